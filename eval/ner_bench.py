"""Speed and memory of a span tagger: characters per second (wall clock and per CPU second),
load time and resident-set growth. Pure measurement; ``app/cli/ner.py`` prints it."""

from __future__ import annotations

import time
from pathlib import Path


def rss_mib() -> float:
    """Resident set of this process in MiB (Linux ``/proc``; 0.0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def bench_text(chars: int, data_dir: str | Path | None = None, seed: int = 7) -> str:
    """About ``chars`` characters of report-like text: held-out MSRA news sentences when the data
    is there, interleaved with the privacy evaluation's 妇联-domain report sentences (shipped with
    ``eval``; the training-time sentence generator is not installed); a line break every 5 sentences."""
    import random

    from eval.ner import load_dataset
    from eval.privacy.data import DOMAIN_FILE, HANDWRITTEN_FILE, load_jsonl
    from models.errors import ConfigError

    sents: list[str] = []
    try:
        news = [s.text for s in load_dataset("msra-heldout", data_dir)]
    except (ConfigError, OSError, ValueError):  # data not present (e.g. CI): report sentences only
        news = []
    reports = [row["text"] for path in (HANDWRITTEN_FILE, DOMAIN_FILE) if path.is_file() for row in load_jsonl(path)]
    random.Random(seed).shuffle(reports)
    if not news and not reports:
        raise ConfigError("找不到测速文本：既没有 NER 留出集，也没有隐私评测句子。")
    i = total = 0
    while total < chars:
        text = news[i % len(news)] if news and (i % 2 == 0 or not reports) else reports[i % len(reports)]
        sents.append(text + ("\n" if i % 5 == 4 else ""))
        total += len(text)
        i += 1
    return "".join(sents)[:chars]


def bench_tagger(tagger, text: str, repeats: int = 3, doc_chars: int = 20000) -> dict:
    """Tag ``text`` split into documents of ``doc_chars`` (one ``tag`` call for all of them);
    best of ``repeats``. Returns wall and CPU-time throughput."""
    docs = [text[i : i + doc_chars] for i in range(0, len(text), doc_chars)]
    tagger.tag(docs[:1])  # warm-up
    best_wall = best_cpu = float("inf")
    spans = 0
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        out = tagger.tag(docs)
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
        spans = sum(len(o) for o in out)
    return {
        "chars": len(text),
        "spans": spans,
        "wall_seconds": round(best_wall, 3),
        "chars_per_second": round(len(text) / best_wall),
        "cpu_seconds": round(best_cpu, 3),
        "chars_per_cpu_second": round(len(text) / best_cpu) if best_cpu > 0 else None,
    }

"""Scoring speed on a report of a given length, built from the labelled base reports."""

from __future__ import annotations

import statistics
import time

from eval.rubric import DATA_DIR, _load_yaml


def bench_text(chars: int) -> tuple[str, str]:
    """A realistic report of about ``chars`` characters, and notes for it."""
    bases = list(_load_yaml(DATA_DIR / "pairs.yaml")["bases"].values())
    head, *_ = bases[0].split("\n", 2)
    paragraphs = [p for b in bases for p in b.splitlines()[2:] if p.strip()]
    body, i = [], 0
    while sum(len(p) + 1 for p in body) + len(head) < chars:
        body.append(paragraphs[i % len(paragraphs)])
        i += 1
    text = (head + "\n" + "\n".join(body))[:chars]
    notes = "\n".join(c["notes"] for c in _load_yaml(DATA_DIR / "fidelity.yaml")["cases"][:10])
    return text, notes


def run_bench(scorer, chars: int = 3000, repeat: int = 50, with_notes: bool = False) -> dict:
    start = time.perf_counter()
    text, notes = bench_text(chars)
    kw = {"notes": notes if with_notes else None, "reference_date": "2024-04-15"}
    scorer.score(text, **kw)  # warm-up: lazy loads (the fidelity tagger) happen here
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        scorer.score(text, **kw)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {
        "chars": len(text),
        "repeat": repeat,
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[max(0, int(0.95 * len(times)) - 1)], 2),
        "max_ms": round(times[-1], 2),
        "scanner": scorer.scanner is not None,
        "notes": with_notes,
        "run_s": time.perf_counter() - start,
    }

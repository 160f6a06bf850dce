"""``fulian bench privacy``: characters per second for scanning report text."""

from __future__ import annotations

import time

from eval.privacy.data import DOMAIN_FILE, HANDWRITTEN_FILE, load_jsonl


def report_text(n_chars: int = 100_000) -> str:
    """About ``n_chars`` of report-style text: the evaluation sentences as paragraphs, repeated."""
    texts = [row["text"] for path in (HANDWRITTEN_FILE, DOMAIN_FILE) if path.is_file() for row in load_jsonl(path)]
    block = "\n".join(texts)
    reps = n_chars // max(1, len(block)) + 1
    return ("\n".join([block] * reps))[:n_chars]


class TimedTagger:
    """Wraps a span tagger and adds up the time spent in it."""

    def __init__(self, tagger):
        self.tagger = tagger
        self.name = tagger.name
        self.splits_documents = getattr(tagger, "splits_documents", False)
        self.seconds = 0.0

    def tag(self, texts):
        t0 = time.perf_counter()
        try:
            return self.tagger.tag(texts)
        finally:
            self.seconds += time.perf_counter() - t0


def bench(scanner, text: str, repeats: int = 3) -> dict:
    """Best of ``repeats`` full scans of ``text``, with the tagger's share."""
    from privacy.recognizers import ChinesePersonRecognizer

    person = next(r for r in scanner.analyzer.registry.recognizers if isinstance(r, ChinesePersonRecognizer))
    timed = TimedTagger(person.tagger) if person.tagger is not None else None
    if timed:
        person.tagger = timed
    scanner.scan(text[:2000])  # warm-up
    best = None
    for _ in range(repeats):
        if timed:
            timed.seconds = 0.0
        t0 = time.perf_counter()
        result = scanner.scan(text)
        total = time.perf_counter() - t0
        tagger_s = timed.seconds if timed else 0.0
        if best is None or total < best["seconds"]:
            best = {"seconds": total, "tagger_seconds": tagger_s, "entities": len(result["entities"])}
    small = text[:2000]
    t0 = time.perf_counter()
    for _ in range(10):
        scanner.scan(small)
    per_2000 = (time.perf_counter() - t0) / 10
    if timed:
        person.tagger = timed.tagger
    rest = best["seconds"] - best["tagger_seconds"]
    return {
        "person_model": scanner.person_model,
        "chars": len(text),
        "seconds": round(best["seconds"], 4),
        "chars_per_second": round(len(text) / best["seconds"]),
        "tagger_seconds": round(best["tagger_seconds"], 4),
        "without_tagger_chars_per_second": round(len(text) / rest) if rest > 0 else None,
        "ms_per_2000_chars": round(per_2000 * 1000, 2),
        "entities": best["entities"],
    }

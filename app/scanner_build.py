"""The service's privacy scanner from its settings: one builder for the API, its scan pool and the CLI."""

from __future__ import annotations

from typing import Any

from app.importguard import SCANNER_SKIPS, skipping
from app.settings import Settings


def scanner_options(settings: Settings) -> dict:
    """``build_service_scanner``'s keywords: plain values, so that they reach the pool's workers."""
    return {"person_model": settings.person_model, "ner_model_dir": settings.ner_model_dir,
            "max_chars": settings.max_chars, "ner_threads": settings.ner_threads, "ner_parallel": settings.ner_parallel,
            "timeout_s": settings.scan_timeout_s}


def build_service_scanner(person_model: str = "auto", ner_model_dir: str | None = None, *, max_chars: int,
                          ner_threads: int = 1, ner_parallel: int | None = None,
                          timeout_s: float | None = None) -> Any:
    """``privacy.scanner.build_scanner`` with the person tagger built from the NER settings."""
    with skipping(*SCANNER_SKIPS):  # Presidio would import transformers without using it
        from models.taggers import load_span_tagger
        from privacy.scanner import build_scanner

    tagger = None
    if person_model != "rules":
        tagger = load_span_tagger(person_model, ner_model_dir,
                                  ner_options={"threads": ner_threads, "parallel": ner_parallel})
    return build_scanner(person_model, ner_model_dir, max_chars=max_chars, tagger=tagger, timeout_s=timeout_s)

"""Drafting from rough notes: composer or language model, always behind the guardrails."""

from __future__ import annotations

import logging

from assist.drafting.planner import compose_notes
from assist.drafting.guardrails import check_fields, default_fidelity, generate_checked, scan_fields
from assist.drafting.llm import draft_messages, exemplar_block, parse_report
from assist.prompts import load_prompts
from models.errors import BackendUnavailable, InputError

log = logging.getLogger(__name__)


def check_notes(notes: str) -> str:
    if not isinstance(notes, str) or not notes.strip():
        raise InputError("笔记为空：请粘贴原始记录（谁、何时、何地、做了什么、数字、案例、原话）。")
    return notes


class Drafter:
    """``Drafter(generator, scanner, scorer=None, library=None).draft(notes) -> dict``.

    With the composer (``generator.is_language_model`` False) the draft is the notes'
    own sentences in the template. With a language model the draft is generated, checked
    against the notes and revised once; if the model is unreachable or fails, the
    composer's draft is returned with ``backend: "composer"`` and ``fallback_reason``.
    """

    def __init__(
        self,
        generator,
        scanner,
        scorer=None,
        library=None,
        *,
        fidelity=None,
        exemplars_k: int = 2,
        max_new_tokens: int = 1500,
        temperature: float = 0.2,
    ):
        self.generator = generator
        self.scanner = scanner
        self.scorer = scorer
        self.library = library
        self.fidelity = fidelity or default_fidelity()
        self.exemplars_k = exemplars_k
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature

    def draft(self, notes: str) -> dict:
        notes = check_notes(notes)
        composed = compose_notes(notes)
        result = {
            "backend": "composer",
            "requested_backend": self.generator.name,
            "fallback_reason": None,
            "revised": False,
            "titles": composed["titles"],
            "missing_sections": composed["missing_sections"],
            "questions": composed["questions"],
        }
        fields = None
        if self.generator.is_language_model:
            try:
                fields, unsupported, info = self._generate(notes)
                result.update(info, backend=self.generator.name)
            except BackendUnavailable as exc:
                log.warning("generator %s failed, falling back to composer", self.generator.name)
                result["fallback_reason"] = f"语言模型（{self.generator.name}）不可用，已改用内置 composer 起草：{exc.message}"
        if fields is None:
            fields = {k: composed[k] for k in ("title", "subtitle", "text")}
            unsupported = self._check(fields, notes)
        result.update(fields)
        result["unsupported"] = unsupported
        result["privacy"] = scan_fields(self.scanner, fields)
        if self.scorer is not None:
            result["score"] = self.scorer.score(_full_text(fields), notes=notes)
        return result

    def _check(self, fields: dict, notes: str) -> list[dict]:
        return check_fields(fields, notes, self.fidelity)

    def _generate(self, notes: str):
        exemplars = exemplar_block(self.library, notes, self.exemplars_k)
        return generate_checked(
            self.generator,
            draft_messages(notes, exemplars),
            parse_report,
            notes,
            self.fidelity,
            load_prompts("draft")["revision"],
            max_new_tokens=self.max_new_tokens,
            temperature=self.temperature,
        )


def _full_text(fields: dict) -> str:
    return "\n".join(part for part in (fields.get("title"), fields.get("subtitle"), fields.get("text")) if part)

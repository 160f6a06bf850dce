"""Drafting from rough notes: composer or language model, always behind the guardrails.

Both paths start from the same event frame (``assist.drafting.frame.read_frame``) and are
judged by the same defect checks (``assist.checks.check_draft``) plus the fidelity check.
A language model's draft with problems gets one revision request that lists them; if the
revision still has problems, or the model fails, the composer's draft is returned.
"""

from __future__ import annotations

import logging

from assist.checks import check_draft
from assist.drafting.frame import read_frame
from assist.drafting.guardrails import (
    check_fields,
    default_fidelity,
    generate_revised,
    scan_fields,
    unsupported_problems,
)
from assist.drafting.llm import draft_messages, exemplar_block, parse_report, with_contact
from assist.drafting.planner import compose_notes
from assist.prompts import load_prompts
from models.errors import BackendUnavailable, InputError

log = logging.getLogger(__name__)


def check_notes(notes: str) -> str:
    if not isinstance(notes, str) or not notes.strip():
        raise InputError("笔记为空：请粘贴原始记录（谁、何时、何地、做了什么、数字、案例、原话）。")
    return notes


def draft_defects(fields: dict, notes: str) -> list[dict]:
    """The defect checks of ``assist.checks`` on one draft, as dicts."""
    return [d.as_dict() for d in check_draft(fields, notes)]


def draft_problems(fields: dict, notes: str, fidelity) -> list[dict]:
    """Defects plus claims the notes do not support: what a model's draft must not have."""
    shape = []
    if not fields.get("title"):
        shape.append({"kind": "no_title", "text": "", "message": "稿件缺少主标题（第一行）"})
    if not (fields.get("text") or "").strip():
        shape.append({"kind": "no_body", "text": "", "message": "稿件缺少正文（第三行起是导语和各部分）"})
    return shape + draft_defects(fields, notes) + unsupported_problems(fields, notes, fidelity)


class Drafter:
    """``Drafter(generator, scanner, scorer=None, library=None).draft(notes) -> dict``.

    With the composer (``generator.is_language_model`` False) the draft is planned from the
    event frame of the notes. With a language model the frame is the prompt; the model's
    draft is checked (defects and fidelity) and revised once; if problems remain, or the
    model is unreachable, the composer's draft is returned with ``backend: "composer"`` and
    ``fallback_reason``. ``defects`` lists the defect checks' findings on the returned draft.
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
            fields = self._language_model(notes, result)
        if fields is None:
            fields = {k: composed[k] for k in ("title", "subtitle", "text")}
        result.update(fields)
        result["unsupported"] = check_fields(fields, notes, self.fidelity)
        result["defects"] = draft_defects(fields, notes)
        result["privacy"] = scan_fields(self.scanner, fields)
        if self.scorer is not None:
            result["score"] = self.scorer.score(_full_text(fields), notes=notes)
        return result

    def _language_model(self, notes: str, result: dict) -> dict | None:
        """The model's checked draft, or None (with ``fallback_reason`` set) to use the composer."""
        name = self.generator.name
        frame = read_frame(notes)
        try:
            fields, problems, info = generate_revised(
                self.generator,
                draft_messages(frame, exemplar_block(self.library, notes, self.exemplars_k)),
                lambda raw: with_contact(parse_report(raw), frame),
                lambda f: draft_problems(f, notes, self.fidelity),
                load_prompts("draft")["revision"],
                max_new_tokens=self.max_new_tokens,
                temperature=self.temperature,
            )
        except BackendUnavailable as exc:
            log.warning("generator %s failed, falling back to composer", name)
            result["fallback_reason"] = f"语言模型（{name}）不可用，已改用内置 composer 起草：{exc.message}"
            return None
        result.update(info)
        if problems:
            kinds = "、".join(dict.fromkeys(p.get("message", "").split("：")[0] for p in problems))
            step = "修改后" if info["revised"] else "（修改请求失败）"
            result["model_problems"] = problems
            result["fallback_reason"] = (
                f"语言模型（{name}）的稿件{step}仍有 {len(problems)} 处问题（{kinds}），已改用内置 composer 起草。"
            )
            return None
        result["backend"] = name
        return fields


def _full_text(fields: dict) -> str:
    return "\n".join(part for part in (fields.get("title"), fields.get("subtitle"), fields.get("text")) if part)

"""Guardrails run on every draft and polish: fidelity against the source, privacy scan,
and, with a language model, one automatic revision that asks it to drop unsupported claims.
"""

from __future__ import annotations

import logging
from typing import Callable

from assist.figures import find_quantities
from models.errors import BackendUnavailable

log = logging.getLogger(__name__)

Fidelity = Callable[[str, str], list[dict]]


def default_fidelity() -> Fidelity:
    """``assist.fidelity.find_unsupported``; a figures-only check if that module is absent."""
    try:
        from assist.fidelity import find_unsupported
    except ModuleNotFoundError:  # pragma: no cover - only before the fidelity module lands
        log.warning("assist.fidelity not available; checking figures only")
        return figures_only_fidelity
    return find_unsupported


def figures_only_fidelity(draft: str, notes: str) -> list[dict]:
    """Figures of ``draft`` whose value and unit appear nowhere in ``notes``."""
    have = {(q.value, q.unit) for q in find_quantities(notes)}
    return [
        {"text": q.text, "start": q.start, "end": q.end, "kind": q.kind}
        for q in find_quantities(draft)
        if (q.value, q.unit) not in have
    ]


def check_fields(fields: dict[str, str], source: str, fidelity: Fidelity) -> list[dict]:
    """Unsupported claims of each output field; offsets index that field (``field`` says which)."""
    found = []
    for name, text in fields.items():
        if text:
            found.extend({**item, "field": name} for item in fidelity(text, source))
    return found


def scan_fields(scanner, fields: dict[str, str]) -> dict:
    """Privacy findings of each output field (``field`` says which); ``checked`` False without a scanner."""
    result = {"checked": scanner is not None, "entities": [], "sensitive": []}
    if scanner is None:
        return result
    for name, text in fields.items():
        if not text:
            continue
        scan = scanner.scan(text)
        result["entities"].extend({**e, "field": name} for e in scan.get("entities", []))
        result["sensitive"].extend({**s, "field": name} for s in scan.get("sensitive", []))
    return result


def claims_list(unsupported: list[dict]) -> str:
    """The unsupported claims as a numbered Chinese list for the revision prompt."""
    seen: list[str] = []
    for item in unsupported:
        if item["text"] not in seen:
            seen.append(item["text"])
    return "\n".join(f"{i}. “{t}”" for i, t in enumerate(seen, 1))


def generate_checked(
    generator,
    messages: list[dict],
    parse: Callable[[str], dict[str, str]],
    source: str,
    fidelity: Fidelity,
    revision_template: str,
    *,
    max_new_tokens: int,
    temperature: float,
) -> tuple[dict[str, str], list[dict], dict]:
    """Generate, check against ``source``, and revise once if claims are unsupported.

    Returns (fields, unsupported after the revision, info) where info holds ``revised``
    and ``unsupported_before_revision`` (and ``revision_error`` if the revision request
    failed: the first output is kept, its claims flagged). Raises ``BackendUnavailable``
    if the first request fails or returns nothing usable.
    """
    raw = generator.generate(messages, max_new_tokens=max_new_tokens, temperature=temperature)
    fields = parse(raw)
    if not any(fields.values()):
        raise BackendUnavailable("语言模型返回了空文本。")
    unsupported = check_fields(fields, source, fidelity)
    info = {"revised": False, "unsupported_before_revision": len(unsupported)}
    if unsupported:
        follow_up = messages + [
            {"role": "assistant", "content": raw},
            {"role": "user", "content": revision_template.format(claims=claims_list(unsupported))},
        ]
        try:
            revised = parse(generator.generate(follow_up, max_new_tokens=max_new_tokens, temperature=temperature))
        except BackendUnavailable as exc:  # keep the first output; its claims stay flagged
            log.warning("revision request failed: %s", exc.message)
            info["revision_error"] = exc.message
            return fields, unsupported, info
        if any(revised.values()):
            fields, info["revised"] = revised, True
            unsupported = check_fields(fields, source, fidelity)
    return fields, unsupported, info

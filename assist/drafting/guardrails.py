"""Guardrails run on every draft and polish: fidelity against the source, privacy scan,
and, with a language model, one automatic revision request that lists the problems found
(``generate_revised``).
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


def problems_list(problems: list[dict]) -> str:
    """Problems ``{"message", "text"}`` as a numbered Chinese list: what is wrong, then the quoted
    text; a text flagged by two checks (an invented figure is also unsupported) is listed once."""
    lines: list[str] = []
    quoted: set[str] = set()
    for item in problems:
        text = item.get("text") or ""
        message = (item.get("message") or "原始材料中找不到依据").split("：", 1)
        if text:
            if text in quoted:
                continue
            quoted.add(text)
            line = f"{message[0]}：“{text}”"
        else:
            line = "：".join(message)
        if line not in lines:
            lines.append(line)
    return "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1))


def unsupported_problems(fields: dict[str, str], source: str, fidelity: Fidelity) -> list[dict]:
    """``check_fields`` rows as problems (kind ``unsupported``, a Chinese message)."""
    return [
        {**item, "kind": "unsupported", "message": "原始材料中找不到依据"}
        for item in check_fields(fields, source, fidelity)
    ]


def generate_revised(
    generator,
    messages: list[dict],
    parse: Callable[[str], dict[str, str]],
    find_problems: Callable[[dict[str, str]], list[dict]],
    revision_template: str,
    *,
    max_new_tokens: int,
    temperature: float,
) -> tuple[dict[str, str], list[dict], dict]:
    """Generate, check with ``find_problems``, and send one revision request listing them.

    Returns (fields, problems left, info); info holds ``revised`` (a revision was
    received), ``problems_before_revision`` and, if the revision request failed,
    ``revision_error`` (the first output is kept with its problems). The caller decides what
    remaining problems mean. Raises ``BackendUnavailable`` if the first request fails or
    returns nothing usable.
    """
    raw = generator.generate(messages, max_new_tokens=max_new_tokens, temperature=temperature)
    fields = parse(raw)
    if not any(fields.values()):
        raise BackendUnavailable("语言模型返回了空文本。")
    problems = find_problems(fields)
    info = {"revised": False, "problems_before_revision": len(problems)}
    if not problems:
        return fields, problems, info
    follow_up = messages + [
        {"role": "assistant", "content": raw},
        {"role": "user", "content": revision_template.format(problems=problems_list(problems))},
    ]
    try:
        revised = parse(generator.generate(follow_up, max_new_tokens=max_new_tokens, temperature=temperature))
    except BackendUnavailable as exc:
        log.warning("revision request failed: %s", exc.message)
        info["revision_error"] = exc.message
        return fields, problems, info
    if any(revised.values()):
        fields, info["revised"] = revised, True
        problems = find_problems(fields)
    return fields, problems, info

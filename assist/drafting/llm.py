"""The language-model path of drafting: prompt building and parsing of the reply."""

from __future__ import annotations

import logging
import re

from assist.prompts import load_prompts
from models.errors import FulianError

log = logging.getLogger(__name__)

_MD = re.compile(r"^\s*(?:#+\s*|\*\*|>\s*)|\*\*\s*$")
_LABEL = re.compile(r"^(?:主标题|标题|副标题)\s*[:：]\s*")


def exemplar_block(library, notes: str, k: int) -> str:
    """Titles and openings of the ``k`` exemplars most like the notes ('' without a library)."""
    if library is None or k <= 0:
        return ""
    try:
        results = library.search(notes, k=k)["results"]
    except FulianError as exc:
        log.warning("exemplar search failed: %s", exc.message)
        return ""
    lines = []
    for r in results:
        opening = (r.get("snippet") or r.get("text") or "").replace("\n", " ")[:200]
        lines.append(f"《{r.get('title', '')}》{opening}")
    return "\n".join(lines)


def draft_messages(notes: str, exemplars: str = "") -> list[dict]:
    prompts = load_prompts("draft")
    system = prompts["system"]
    if exemplars:
        system += "\n" + prompts["exemplar"].format(exemplars=exemplars)
    return [{"role": "system", "content": system}, {"role": "user", "content": prompts["user"].format(notes=notes)}]


def parse_report(raw: str) -> dict[str, str]:
    """Title, subtitle and body of a model's reply (tolerates Markdown and 标题： labels)."""
    lines = [_LABEL.sub("", _MD.sub("", line)).strip() for line in raw.strip().splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return {"title": "", "subtitle": "", "text": ""}
    title = lines[0].strip("《》")
    rest = lines[1:]
    subtitle = ""
    if rest and rest[0].startswith(("——", "--", "—")):
        subtitle = "——" + rest[0].lstrip("—-").strip()
        rest = rest[1:]
    return {"title": title, "subtitle": subtitle, "text": "\n".join(rest)}

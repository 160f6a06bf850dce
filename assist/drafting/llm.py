"""The language-model path of drafting: the event frame as the prompt, parsing of the reply.

The model never sees the raw notes: ``frame_brief`` serialises the event frame of
``assist.drafting.frame`` (the composer's own input) as labelled Chinese lines, so contact
numbers, addresses and a minor's name, which the frame keeps out of its facts, cannot reach
the model. The contact line is appended to the model's body by ``with_contact``.
"""

from __future__ import annotations

import logging
import re

from assist.drafting.frame import Frame
from assist.prompts import load_prompts
from models.errors import FulianError

log = logging.getLogger(__name__)

_MD = re.compile(r"^\s*(?:#+\s*|\*\*|>\s*)|\*\*\s*$")
_LABEL = re.compile(r"^(?:主标题|标题|副标题)\s*[:：]\s*")

KIND_NAMES = {"event": "活动", "survey": "调研", "case": "个案帮扶", "stats": "工作统计", "meeting": "会议"}
# Frame slots in the order of the seed's template, with the heading the model sees.
SLOT_NAMES = (
    ("background", "背景"),
    ("participants", "参与人员"),
    ("speakers", "主讲或授课"),
    ("content", "内容要点"),
    ("findings", "调研发现"),
    ("proposals", "意见建议"),
    ("problems", "存在问题"),
    ("cases", "个人故事"),
    ("quotes", "原话"),
    ("results", "成效"),
    ("plans", "下一步打算"),
)


def frame_brief(frame: Frame) -> str:
    """The frame as the model's structured input: basic facts, then the facts by slot."""
    basics = [
        ("时间", frame.when),
        ("地点", frame.where),
        ("主办单位", frame.organiser),
        ("合作单位", "、".join(frame.partners)),
        ("活动名称", frame.event),
        ("主题", frame.topic.strip("“”")),
        ("形式", frame.form),
        ("时间节点", frame.occasion),
        ("类型", KIND_NAMES.get(frame.kind, frame.kind)),
    ]
    lines = ["【基本要素】"] + [f"{label}：{value}" for label, value in basics if value]
    for slot, heading in SLOT_NAMES:
        facts = frame.of(slot)
        if facts:
            lines.append(f"【{heading}】")
            lines += [f"- {f.text}" for f in facts]
    notes = []
    if frame.contact:
        notes.append("联系人信息由系统附在文末，正文不写电话、证件号码和住址。")
    if frame.minors or frame.withheld:
        notes.append("原始记录中的" + "、".join(frame.withheld or ["未成年人姓名"]) + "已略去，正文不得补写；未成年人只称“孩子”或化名。")
    if notes:
        lines += ["【注意】"] + notes
    return "\n".join(lines)


def contact_line(frame: Frame) -> str:
    """The composer's ``（联系人：…）`` line, or ''."""
    return f"（联系人：{frame.contact}）" if frame.contact else ""


def with_contact(fields: dict[str, str], frame: Frame) -> dict[str, str]:
    """``fields`` with the contact line after the body (the only place contact details go)."""
    line = contact_line(frame)
    if not line or not fields.get("text") or line in fields["text"]:
        return fields
    return {**fields, "text": fields["text"].rstrip() + "\n" + line}


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


def draft_messages(frame: Frame, exemplars: str = "") -> list[dict]:
    prompts = load_prompts("draft")
    system = prompts["system"]
    if exemplars:
        system += "\n" + prompts["exemplar"].format(exemplars=exemplars)
    user = prompts["user"].format(frame=frame_brief(frame))
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


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

"""Meeting minutes (会议纪要, 主席办公会, 党组会, 执委会) written as a report of the meeting.

Minutes give a header (unit + meeting + 纪要), 时间/地点/主持/出席 fields and agenda items
(议题一 X, 一、X, 1. X), each with its decision lines (——审议通过：…, 决定：…, 会议同意…).
``read_minutes(notes)`` reads them into ``Minutes``; ``minutes_paragraphs`` writes the lead
(when, the unit, 召开 the meeting, who chaired, who attended) and one paragraph per agenda item
in report register (会议审议通过…, 会议决定，…). Agenda labels, dashes and the recorder's name
are never copied; every figure of an item stays in its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assist.drafting.personal import strip_identifiers

_CN = "一二三四五六七八九十"
# 议题一：X / 议题1 X / 一、X / 1. X / （一）X
_AGENDA = re.compile(
    rf"^\s*(?:议题\s*[{_CN}\d]{{1,2}}\s*[：:、.．\s]?|[{_CN}]{{1,2}}\s*[、.．]|(?<![\d.])\d{{1,2}}\s*[.．、](?!\d)|[（(][{_CN}\d]{{1,2}}[）)])\s*(.*)$"
)
_DASH = re.compile(r"^\s*[—\-－─]{1,3}\s*")
_NAME_LABELS = ("会议名称", "会议", "名称", "会议主题")
_CHAIR_LABELS = ("主持人", "主持")
_ATTEND_LABELS = {"出席": "出席", "出席人员": "出席", "参会": "参加", "参会人员": "参加", "参加": "参加", "参加人员": "参加",
                  "与会": "参加", "与会人员": "参加", "参会单位": "参加", "列席": "列席", "列席人员": "列席"}
_SKIP_LABELS = ("记录", "记录人", "整理", "整理人", "时间", "会议时间", "日期", "地点", "会议地点", "联系人", "联系电话",
                "经办人", "抄送", "报送", "签发", "审核")
_LIST_LABELS = ("议程", "议题", "会议议程", "会议内容", "主要内容", "会议议题")
_DECISION_LABELS = {"决定": "会议决定，", "会议决定": "会议决定，", "议定": "会议议定，", "议定事项": "会议议定，",
                    "决定事项": "会议决定，", "会议议定": "会议议定，", "审议通过": "会议审议通过", "通过": "会议审议通过",
                    "同意": "会议同意", "要求": "会议要求，", "会议要求": "会议要求，", "明确": "会议明确，",
                    "大家意见": "与会人员提出，", "意见": "与会人员提出，", "讨论意见": "与会人员提出，", "建议": "与会人员建议，",
                    "讨论": "会议讨论中，", "通报": "会议通报，", "部署": "会议部署，"}
_PROBLEM_LABELS = ("存在问题", "问题", "困难和问题", "存在的问题")
_PLAN_LABELS = ("下一步", "下步", "下一步打算", "下一步工作", "工作安排", "后续安排")
_MEETING_ACT = re.compile(
    r"^(?:通报|听取|审议|研究|讨论|部署|总结|安排|传达|布置|学习|表决|通过|确定|明确|分析|研判|酝酿|推荐|增补|选举|补选|调整|"
    r"审定|审核|议定|决定|同意|汇报|回顾|谋划|印发|启动)"
)
_CLOSING = re.compile(r"^(?:散会|会议结束|会议于.{0,12}结束|会议\d{1,2}[时点].{0,6}结束|以上|完)[。.]?$")
_HEADER_DOC = re.compile(r"(?:会议)?(?:纪要|记录)(?:[（(][^）)]{0,12}期[）)]|第[\d一二三四五六七八九十]{1,3}期)?$")
_ORG = r"[\u4e00-\u9fa5]{1,12}?(?:妇联|妇女联合会|委员会|党组|机关党委|局|办|中心|协会|商会|社区|村委会|法院|检察院|医院|卫生院|院|所|站|团委|学校|公司)"
_SPEAKER_HEAD = re.compile(r"^(.{1,16}?)(通报|介绍|汇报|说明|发言|讲话|指出|强调|传达)$")


@dataclass
class Item:
    head: str  # the agenda item's own text (after its number or 议题 label)
    lines: list[str] = field(default_factory=list)  # decision and detail lines below it
    kind: str = "agenda"  # agenda | decision | problems | plans


@dataclass
class Minutes:
    name: str = ""  # the meeting as the notes name it (梅溪县妇联2026年第十一次主席办公会)
    chair: str = ""
    attendance: list[str] = field(default_factory=list)  # 副主席2人、各部室负责人4人出席
    items: list[Item] = field(default_factory=list)
    decided: str = "会议议定，"  # how the decisions listed under a bare 议定事项： label open
    closing: str = ""  # 会议于4时40分结束: the last sentence, its time kept


def _label(line: str) -> tuple[str, str] | None:
    m = re.match(r"^\s*([\u4e00-\u9fa5]{1,6})\s*[：:]\s*(.*)$", line)
    return (m[1], m[2].strip()) if m else None


def _item_label(text: str) -> tuple[str, str] | None:
    """An agenda item's own label, quotes and figures allowed (通报1至11月工作：…, “两癌”救助：…)."""
    m = re.match(r"^([^：:，,。；;]{1,16})[：:]\s*(.*)$", text)
    return (m[1], m[2].strip()) if m else None


def is_minutes(notes: str) -> bool:
    """Minutes: a 纪要/会议记录 header, a 会议/主持 field or an 议程 label, and two or more agenda items."""
    lines = [ln.strip() for ln in notes.replace("\r", "\n").split("\n") if ln.strip()]
    items = sum(1 for ln in lines if _AGENDA.match(ln) and _AGENDA.match(ln)[1])
    marked = any(_HEADER_DOC.search(re.sub(r"\s+", "", ln)) for ln in lines[:2]) or any(
        (lab := _label(ln)) and (lab[0] in _NAME_LABELS + _CHAIR_LABELS + _LIST_LABELS or lab[0] in ("会议时间", "会议地点"))
        for ln in lines
    )
    return items >= 2 and marked


def _attendance(label: str, value: str) -> list[str]:
    """出席：执委15人；列席：街道社会事务办… → [执委15人出席, 街道社会事务办…列席]."""
    out = []
    for part in re.split(r"\s*[；;]\s*", value):
        inner = _label(part)
        verb = _ATTEND_LABELS.get(label, "参加")
        if inner and inner[0] in _ATTEND_LABELS:
            verb, part = _ATTEND_LABELS[inner[0]], inner[1]
        part = re.sub(r"\s+", "", part).strip("，,。")
        if not part:
            continue
        seated = [p for p in re.split(r"[，,]", part) if p]
        main = [p for p in seated if not p.startswith("列席")]
        aside = [p for p in seated if p.startswith("列席")]
        if main:
            joined = "及".join(main) if len(main) == 2 and re.search(r"\d", main[0]) else "，".join(main)
            joined = re.sub(r"[，,]?共(\d)", r"共\1", joined)  # 县妇联、县公安局…，共6家 → …共6家
            out.append(f"{joined}{verb}")
        out += aside
    return out


_FIELD_SPLIT = re.compile(r"\s+(?=(?:时间|地点|主持人?|出席|参加|参会人员|参会|列席|记录人?)[：:])")


def _field_lines(notes: str) -> list[tuple[int, str]]:
    """(line index, field) for each line, a line of several fields (时间：… 地点：… 主持：…) split."""
    out = []
    for number, line in enumerate(notes.replace("\r", "\n").split("\n")):
        out += [(number, part) for part in _FIELD_SPLIT.split(line.strip())]
    return out


def read_minutes(notes: str) -> Minutes | None:
    """The minutes' name, chair, attendance and agenda items, or None for notes that are no minutes."""
    if not is_minutes(notes):
        return None
    m = Minutes()
    current: Item | None = None
    mode = "agenda"  # what numbered items below a label are: agenda items or the meeting's decisions
    for number, raw in _field_lines(notes):
        line, _ = strip_identifiers(raw.strip())
        line = line.strip()
        if not line or _CLOSING.match(line):
            if re.search(r"\d", line):
                m.closing = _sentence(_clause(line))
            continue
        agenda = _AGENDA.match(line)
        labelled = _label(line)
        if labelled and not agenda:
            label, value = labelled
            if label in _NAME_LABELS:
                m.name = m.name or re.sub(r"\s+", "", value)
                continue
            if label in _CHAIR_LABELS:
                m.chair = re.sub(r"\s+", "", value)
                continue
            if label in _ATTEND_LABELS:
                m.attendance += _attendance(label, value)
                continue
            if label in _SKIP_LABELS:
                continue
            if label in _LIST_LABELS and not value:
                mode, current = "agenda", None
                continue
            kind = "problems" if label in _PROBLEM_LABELS else "plans" if label in _PLAN_LABELS else ""
            if label in _DECISION_LABELS and not value:
                mode, current, m.decided = "decided", None, _DECISION_LABELS[label]
                continue
            if kind and not value:
                mode, current = kind, None
                continue
            if kind:
                m.items.append(Item(value, kind=kind))
                current = None
                continue
            if label in _DECISION_LABELS and current is None:
                m.items.append(Item(line, kind="decision"))
                continue
        if agenda and agenda[1]:
            head = agenda[1].strip()
            inner = _label(head)
            kind = mode
            if inner and inner[0] in _PROBLEM_LABELS:
                kind, head = "problems", inner[1]
            elif inner and inner[0] in _PLAN_LABELS:
                kind, head = "plans", inner[1]
            elif inner and inner[0] in _DECISION_LABELS and not inner[1]:
                mode, current, m.decided = "decided", None, _DECISION_LABELS[inner[0]]
                continue
            current = Item(head, kind=kind)
            m.items.append(current)
            continue
        if number <= 1 and not m.items and not labelled and _HEADER_DOC.search(re.sub(r"\s+", "", line)):
            name = re.sub(r"(?:纪要|记录)$", "", re.sub(r"\s+", "", line))
            name = re.sub(r"[（(][^）)]{0,12}期[）)]$|第[\d一二三四五六七八九十]{1,3}期$", "", name)  # （2026年第12期）
            name = re.sub(r"(?:纪要|记录)$", "", name)
            name = re.sub(r"(?<=会)会议$", "", name)  # 党组会会议纪要 → 党组会
            if len(name) >= 3 and not m.name:
                m.name = name
            continue
        if re.match(r"^(?:应到|实到|应出席|实出席)", line):
            m.attendance.append(re.sub(r"\s+", "", line).strip("。"))
            continue
        if current is not None:
            current.lines.append(line)
        elif m.items or _DASH.match(line):
            m.items.append(Item(line, kind="decision"))
    if sum(1 for i in m.items if i.kind == "agenda") < 2:
        return None
    return m


def split_unit(name: str, organiser: str) -> tuple[str, str]:
    """(unit, meeting) of a meeting's name: 青岚县妇联第十三届执委会第五次会议 → (青岚县妇联, 第十三届执委会第五次会议)."""
    if organiser and name.startswith(organiser) and len(name) > len(organiser) + 1:
        return organiser, name[len(organiser):]
    unit = re.match(_ORG, name)
    if unit and len(name) > unit.end() + 1 and re.search(r"妇联|妇女联合会", unit[0]):
        return unit[0], name[unit.end():]
    return organiser, name


def _clause(text: str) -> str:
    return re.sub(r"\s+", "", text).strip("，,；;。 ")


def _sentence(text: str) -> str:
    text = text.rstrip("。；;，, ")
    return text + ("" if re.search(r"[。！？]”$", text) else "。") if text else ""


def _topic(head: str) -> str:
    """An agenda title that is a noun phrase (村里垃圾分类推进慢) as what the meeting discussed."""
    if re.search(r"(?:慢|难|差|少|低|多|不足|不够|不高|不强|突出|滞后)$", head):
        return f"会议讨论了{head}的问题"
    return f"会议研究了{head}"


def decision_sentence(text: str) -> str:
    """A decision or detail line in report register: ——审议通过：X → 会议审议通过X; 决定：X → 会议决定，X."""
    text = _DASH.sub("", text.strip())
    labelled = _label(text)
    if labelled and labelled[0] in _DECISION_LABELS:
        lead_in, body = _DECISION_LABELS[labelled[0]], _clause(labelled[1])
        if lead_in.endswith("，") and body.startswith(lead_in.rstrip("，")[2:]):
            return "会议" + body
        return lead_in + body if body else ""
    text = _clause(text)
    if re.match(r"^(?:会议|会上|与会)", text):
        return text
    for word, lead_in in _DECISION_LABELS.items():
        if text.startswith(word) and len(word) >= 2 and not lead_in.endswith("，"):
            return lead_in + text[len(word):]  # 同意先在3个社区试点 → 会议同意先在3个社区试点
    if re.match(r"^(?:决定|议定|要求|明确)", text):
        return "会议" + text
    return text


def item_paragraph(item: Item) -> str:
    """One agenda item and its decisions as a paragraph of the meeting report."""
    head = _clause(item.head)
    sentences: list[str] = []
    if item.kind == "decision":
        sentences.append(decision_sentence(head))
    else:
        parts = [p for p in re.split(r"(?<=。)", item.head) if p.strip()]
        first = _clause(parts[0]) if parts else head
        rest = [_clause(p) for p in parts[1:]]
        labelled = _item_label(first)
        if labelled and labelled[1]:
            label, body = labelled[0], _clause(labelled[1])
            speaker = _SPEAKER_HEAD.match(label)
            if label in _DECISION_LABELS:
                sentences.append(decision_sentence(first))
            elif speaker and not _MEETING_ACT.match(label):
                verb = "讲话指出" if speaker[2] == "讲话" else speaker[2]
                sentences.append(f"{speaker[1]}{verb}，{body}")
            elif _MEETING_ACT.match(label):
                sentences.append(f"会议{label}：{body}")  # 通报全年工作：… → 会议通报全年工作：…
            elif re.search(r"通报|介绍|汇报|传达|讲话|发言", label):
                sentences.append(f"{label}：{body}")  # 卢晓芸通报前三季度工作：…
            elif re.fullmatch(_ORG, label):
                sentences.append(f"{label}介绍，{body}")  # 县法院：… → 县法院介绍，…
            elif re.match(r"^[\d一二两三四五六七八九十]", body):
                sentences.append(f"{label}{body}")
            else:
                sentences.append(f"在{label}方面，{body}")
        elif re.match(r"^(?:会议|会上|与会)", first):
            sentences.append(first)
        elif _MEETING_ACT.match(first):
            sentences.append(f"会议{first}")
        elif re.match(_ORG, first) or re.search(r"(?:作了?(?:工作)?(?:报告|讲话|部署|动员|总结|发言)|通报|介绍|汇报|讲话|发言)", first[:16]):
            sentences.append(first)  # 区妇联主席刘敏作工作报告
        elif re.search(r"\d", re.sub(r"\d{4}年度?", "", first)):  # a figure, not the year a plan or list is for
            sentences.append(f"会议{first}" if len(first) <= 16 else first)
        elif item.lines and not rest:  # 议题一 “两癌”救助名单审核 + ——审议通过：… → 关于…，会议审议通过…
            decided = decision_sentence(item.lines[0])
            passed = re.match(r"^会议审议通过", decided)
            if passed and re.search(r"(?:名单|方案|办法|制度|计划|要点|报告|意见|细则|规则|预算)$", first) and first not in decided:
                decided = f"会议审议通过{first}，{decided[passed.end():].lstrip('，')}"  # 议题一 X名单 + ——审议通过：…
                sentences.append(decided.rstrip("，"))
            else:
                sentences.append(f"关于{first}，{decided}" if decided.startswith("会议") else _topic(first))
            if decided.startswith("会议"):
                item = Item(item.head, item.lines[1:], item.kind)
        else:
            sentences.append(_topic(first))
        rest = [decision_sentence(r) for r in rest]
        if rest and sentences[0].startswith("会议") and not re.match(r"^(?:会议|会上|与会)", rest[0]) and "：" not in sentences[0]:
            sentences[0] += "，" + rest.pop(0)  # 会议听取…进展。今年新结对… → 会议听取…进展，今年新结对…
        sentences += rest
    sentences += [decision_sentence(line) for line in item.lines]
    return "".join(_sentence(s) for s in sentences if s)


def minutes_lead(when: str, unit: str, where: str, meeting: str, minutes: Minutes) -> str:
    """11月25日，栎川县妇联在…召开主席办公会，县妇联主席甘秋容主持，班子成员…共11人参加。"""
    clause = f"{unit}在{where}召开{meeting}" if where and where not in meeting else f"{unit}召开{meeting}"
    parts = [f"{when}，{clause}" if when else clause]
    if minutes.chair:
        parts.append(f"{minutes.chair}主持" if not minutes.chair.endswith("主持") else minutes.chair)
    parts += minutes.attendance
    return _sentence("，".join(parts))


def minutes_paragraphs(minutes: Minutes) -> dict[str, list[str]]:
    """{"content": […], "problems": […], "plans": […]}: one paragraph per agenda item or decision."""
    out: dict[str, list[str]] = {"content": [], "problems": [], "plans": []}
    decided = [_clause(i.head) for i in minutes.items if i.kind == "decided"]
    for item in minutes.items:
        if item.kind == "decided":
            if decided:  # 议定事项：（一）…（二）… → 会议议定，…；…。
                out["content"].append(_sentence(minutes.decided + "；".join(decided)))
                decided = []
            continue
        if item.kind in ("problems", "plans"):
            out[item.kind].append(_clause(item.head) + "".join("；" + _clause(ln) for ln in item.lines))
            continue
        paragraph = item_paragraph(item)
        if paragraph:
            out["content"].append(paragraph)
    if minutes.closing and out["content"]:
        out["content"][-1] += minutes.closing
    return out

"""The detectors. Each takes the draft's text (and the notes where it needs them) and
returns ``Defect`` rows whose spans index the text it was given.

A draft is checked as one text: title, subtitle and body joined by newlines
(``draft_text``); the body starts at line 3. A line ``（联系人：…）`` or ``（备注：…）`` is the
place for contact details and is exempt from the contact check.
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass
from importlib import resources

import yaml

from assist.figures import DOTTED_RANGE, HALF_SLASH_RANGE, LINE_DASH_DATE, dash_date_words, dotted_range_words, find_quantities, slash_range_words, spoken_numbers

DEFECT_KINDS = {
    "invented_number": "草稿中的数字在笔记中找不到",
    "repeated_sentence": "同一句话重复出现",
    "copied_label": "照抄了笔记的字段标签或群聊标题",
    "chat_word": "保留了聊天或口语说法",
    "list_number": "列表序号混进了正文",
    "title_cut": "标题截自笔记原句",
    "title_brackets": "标题括号或引号不成对",
    "lead_no_event": "导语缺少活动本身（开展/举办了什么）",
    "contact_in_body": "正文中出现联系电话、证件号码或住址",
    "minor_named": "正文中出现未成年人的真实姓名",
    "missing_fact": "笔记中的事实或数字没有写进草稿",
    # editorial faults (assist.checks.editorial)
    "list_item_not_action": "分条列举的一项不是做法（地点、日期、名词或字段值）",
    "colloquial_quantity": "数字仍是口语说法（有N个、N个人、N+人、的有N）",
    "lead_no_actor": "导语首句没有主体（谁开展的工作）",
    "title_raw_clause": "标题是笔记原句或表头，不是标题",
    "broken_sentence": "句子残缺或前后不接（以“的”开头、动词悬空、重复的单位名）",
    "hardship_named": "正文写出了困难或受害群众的真实姓名",
    "lead_no_when": "笔记写了活动日期，导语首句却没有时间",
    "lead_no_place": "笔记的地点字段写了地点，导语首句却没有",
    # note residue (assist.checks.residue)
    "field_residue": "笔记字段原样写成了句子（在X方面，A，B，C；或只有名词的罗列）",
    "nested_quotes": "引号套引号或引号不成对",
    "lead_fragment": "导语首句是笔记残片（开头残缺、活动动词后接地点、动词或连词悬空）",
    "filler_kept": "保留了口语填充词或口语数字（就是说、嗯、六千五）",
    "label_in_list": "分条列举的一项只是标签加字段值、称谓加姓名、单个动词或数量",
    "meeting_as_event": "会议纪要的导语把议题当成了活动，没有写会议本身",
}


@dataclass(frozen=True)
class Defect:
    kind: str
    start: int
    end: int
    text: str
    message: str

    def as_dict(self) -> dict:
        return asdict(self)


@functools.lru_cache(maxsize=1)
def words() -> dict:
    text = resources.files("assist.checks").joinpath("words.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["chat_re"] = [re.compile(p) for p in data["chat"]]
    return data


def _defect(kind: str, start: int, end: int, text: str, detail: str = "") -> Defect:
    message = DEFECT_KINDS[kind] + (f"：{detail}" if detail else "")
    return Defect(kind, start, end, text[start:end], message)


def draft_text(draft: dict) -> str:
    return "\n".join(draft.get(k) or "" for k in ("title", "subtitle", "text"))


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def _contact_line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if re.match(r"^[（(]?(?:联系人|联系方式|备注)[：:]", line.strip()):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


# --- numbers ----------------------------------------------------------------------------

_NOTE_DATE = re.compile(r"(?<![\d.])(?:(\d{4})[./年])?(\d{1,2})[./](\d{1,2})(?![\d.%])(?=[ \t]|[日号]|$)", re.M)


def _norm_notes_dates(notes: str) -> str:
    """12.3 走访 → 12月3日 走访 (a dotted month.day the figures parser reads as a decimal)."""

    def repl(m: re.Match) -> str:
        year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group(0)
        return f"{year + '年' if year else ''}{month}月{day}日"

    # 2场（11.8 / 11.22）: month.day pairs listed in a bracket are dates, whatever follows the last one
    notes = re.sub(
        r"[（(]\s*\d{1,2}[.．]\d{1,2}(?:\s*[/、,，]\s*\d{1,2}[.．]\d{1,2})+\s*[)）]",
        lambda g: re.sub(r"(\d{1,2})[.．](\d{1,2})", lambda m: repl(re.match(r"()(\d+)\D(\d+)", m[0])), g[0]),
        notes,
    )
    # 11/22–11/23: a range of slashed month/day dates (its second month is no figure of its own)
    notes = re.sub(
        r"(?<![\d./])(\d{1,2})/(\d{1,2})\s*[–—\-~～至到]\s*(\d{1,2})/(\d{1,2})(?![\d./%])",
        slash_range_words,
        notes,
    )
    notes = DOTTED_RANGE.sub(dotted_range_words, notes)  # 11.27-11.28 培训班
    notes = LINE_DASH_DATE.sub(dash_date_words, notes)  # 11-06 回访
    notes = HALF_SLASH_RANGE.sub(slash_range_words, notes)  # 11月18日—11/20 上门
    notes = _NOTE_DATE.sub(repl, notes)
    # 2026.10 月度统计: a dotted year.month heading (the drafter writes 2026年10月)
    notes = re.sub(r"(?<![\d.])(\d{4})[.．](\d{1,2})(?![\d.%])(?=\s*月|[ \t])",
                   lambda m: f"{m[1]}年{int(m[2])}月" if 1 <= int(m[2]) <= 12 else m[0], notes)
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    notes = re.sub(  # Nov 12-13 → 11月12日至13日 (a range of days in one month)
        r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})\s*[-–~～]\s*(\d{1,2})(?!\d)",
        lambda m: f"{months.index(m[1].lower()) + 1}月{int(m[2])}日至{int(m[3])}日",
        notes,
    )
    return re.sub(
        r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})(?!\d)",
        lambda m: f"{months.index(m[1].lower()) + 1}月{int(m[2])}日",
        notes,
    )


# Classifiers of a head count: 6个人 in the notes is 6人 in a report, 两个家长 is 两名家长.
PERSON_UNITS = frozenset({"人", "名", "位", "个"})


def same_unit(a: str, b: str) -> bool:
    return a == b or (a in PERSON_UNITS and b in PERSON_UNITS)


def _qkey(q) -> tuple:
    return (q.kind, round(q.value, 4), q.unit)


def _supported(q, notes_q) -> bool:
    if q.kind == "date":
        for n in notes_q:
            if n.kind != "date":
                continue
            if all(getattr(q, p) in (None, getattr(n, p)) for p in ("year", "month", "day")) and (
                q.high is None or q.high == n.high
            ):  # 11月22日至24日 is not the notes' 11/22–11/23
                return True
            if n.high and q.month and n.month and n.month <= q.month <= n.high and q.day is None:
                return True
        return False
    for n in notes_q:
        if (n.kind, round(n.value, 4)) == (q.kind, round(q.value, 4)) and (q.unit == "" or same_unit(q.unit, n.unit) or n.unit == ""):
            return True
        if n.high is not None and q.high is None and round(n.high, 4) == round(q.value, 4) and (q.unit == "" or same_unit(q.unit, n.unit)):
            return True
        if n.kind == "range" and q.kind == "count" and (round(n.value, 4) == round(q.value, 4) or round(n.high or -1, 4) == round(q.value, 4)):
            return True
    return False


def _digits_in(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", text))


def tabled(notes: str) -> str:
    """The notes with each table row read as its cells (assist.drafting.table): 家暴投诉（件）\t4\t6
    gives 4件 and 6件, never the range 6-33.3% across two cells."""
    from assist.drafting.table import rewrite_tables

    return "\n".join(rewrite_tables(notes.replace("\r", "\n").split("\n")))


def invented_numbers(text: str, notes: str) -> list[Defect]:
    """Numbers of ``text`` that the notes do not give (value and unit; 约占70成 from 七成 too)."""
    notes_n = _norm_notes_dates(notes) + "\n" + _norm_notes_dates(tabled(notes))
    notes_n += "\n" + spoken_numbers(notes_n)  # 七十把 said in a transcript supports 70把 (and 七十把 itself)
    notes_q = find_quantities(notes_n)
    digits = _digits_in(notes_n) | {_fmt(q.value) for q in notes_q} | {_fmt(q.high) for q in notes_q if q.high}
    out = []
    for q in find_quantities(text):
        if not _supported(q, notes_q):
            out.append(_defect("invented_number", q.start, q.end, text, q.text))
    for m in re.finditer(r"\d+(?:\.\d+)?成", text):  # 70成: a tenth written as a percent
        out.append(_defect("invented_number", m.start(), m.end(), text, m.group(0)))
    covered = [(d.start, d.end) for d in out] + [(q.start, q.end) for q in find_quantities(text)]
    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        if m.group(0) not in digits and _fmt(float(m.group(0))) not in digits:
            out.append(_defect("invented_number", m.start(), m.end(), text, m.group(0)))
    out = [d for d in set(out) if not any(o != d and o.start <= d.start and d.end <= o.end for o in out)]
    return sorted(out, key=lambda d: d.start)


def _fmt(v: float | None) -> str:
    return "" if v is None else f"{v:.10g}"


# --- repetition ---------------------------------------------------------------------------

_SENT = re.compile(r"[^。！？\n]+[。！？]?")


def _bare(s: str) -> str:
    return re.sub(r"[，,。！？；;、“”\"：:\s]|^[一二三四五六七八九十]是", "", s)


def repeated_sentences(text: str, min_len: int = 8) -> list[Defect]:
    """A sentence, or a clause of 10+ characters, told a second time (across sections too)."""
    out, seen_s, seen_c = [], [], {}
    for m in _SENT.finditer(text):
        sent = m.group(0)
        bare = _bare(sent)
        if len(bare) >= min_len and any(bare in s or s in bare for s in seen_s if len(s) >= min_len):
            out.append(_defect("repeated_sentence", m.start(), m.end(), text, sent[:20]))
            continue
        reported = False
        pos = m.start()
        for clause in re.split(r"(?<=[，,；;])", sent):
            cb = _bare(clause)
            if len(cb) >= min_len and cb in seen_c and seen_c[cb] != m.start() and not reported:
                out.append(_defect("repeated_sentence", pos, pos + len(clause), text, clause[:20]))
                reported = True
            seen_c.setdefault(cb, m.start())
            pos += len(clause)
        seen_s.append(bare)
    return out


# --- copied note material -------------------------------------------------------------------

def copied_labels(text: str) -> list[Defect]:
    """Field labels (题目：, 考核：) at a clause start and chat headers (【群聊记录整理】)."""
    w = words()
    labels = "|".join(sorted(map(re.escape, w["labels"]), key=len, reverse=True))
    exempt = _contact_line_spans(text)
    out = []
    for m in re.finditer(rf"(?:^|(?<=[\n。，；,;：:])|(?<=开展|举办|组织|召开|进行))\s*({labels})\s*[：:]", text):
        if not _inside(m.start(1), exempt):
            out.append(_defect("copied_label", m.start(1), m.end(), text, m.group(1)))
    for m in re.finditer(r"在[\u4e00-\u9fa5]{2,8}方面，(?=[\d一二两三四五六七八九十])|[\u4e00-\u9fa5]{1,8}[：:](?=[。；\n]|$)", text):
        if not _inside(m.start(), exempt):  # 在推荐就业方面，31人 / 议程：。: a field label in disguise
            out.append(_defect("copied_label", m.start(), m.end(), text, m.group(0)))
    for m in re.finditer(r"【(?!请补充[\u4e00-\u9fa5]{2,8}】)[^】\n]{1,20}】", text):  # 【请补充主办单位】 asks, copies nothing
        out.append(_defect("copied_label", m.start(), m.end(), text, m.group(0)))
    # A speaker's turn of a chat log: 张主任：…  (a short name and a colon at a line or sentence start)
    speech = tuple(w["speech"])
    for m in re.finditer(r"(?:^|(?<=[\n。]))([\u4e00-\u9fa5A-Za-z]{1,4})[：:]", text):
        name = m.group(1)
        if name.endswith(speech) or name in w["labels"] or _inside(m.start(1), exempt):
            continue
        out.append(_defect("copied_label", m.start(1), m.end(), text, name + "："))
    return out


def chat_words(text: str) -> list[Defect]:
    """Chat and colloquial wording outside quotes (来了45人, 一起搞的, 那种, [图片])."""
    quoted = _quoted_spans(text)
    out = []
    for pattern in words()["chat_re"]:
        for m in pattern.finditer(text):
            if m.end() > m.start() and not _inside(m.start(), quoted):
                out.append(_defect("chat_word", m.start(), m.end(), text, m.group(0).strip("，。")))
    return sorted(set(out), key=lambda d: d.start)


_LIST_NUM = re.compile(
    r"[①-⑳]|(?<=[\u4e00-\u9fa5，,；;：:])\d{1,2}[.．、](?!\d)(?=[\u4e00-\u9fa5])|(?<=[\u4e00-\u9fa5，,；;：:])(?<![周期第初])[一二三四五六七八九十][、](?=[\u4e00-\u9fa5])(?![一二三四五六七八九十周])"
)


def list_numbers_in_text(text: str) -> list[Defect]:
    """List numbering run into a sentence (需求2.少说教, ①…②…, 内容一、…); headings at a line start are fine."""
    out = []
    for m in _LIST_NUM.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() == line_start:
            continue
        out.append(_defect("list_number", m.start(), m.end(), text, m.group(0)))
    return out


# --- title and lead --------------------------------------------------------------------------

_PAIRS = [("（", "）"), ("(", ")"), ("“", "”"), ("《", "》"), ("【", "】"), ("「", "」")]


def _note_lines(notes: str) -> list[str]:
    lines = []
    for line in notes.replace("\r", "\n").split("\n"):
        line = re.sub(r"^\s*(?:[-*•·]+|\d{1,2}[.、)）]|[①-⑳])\s*", "", line).strip()
        line = re.sub(r"^[^：:\s]{1,8}[：:]\s*", "", line)  # a label or a speaker
        if line:
            lines.append(line)
    return lines


def title_defects(title: str, notes: str, offset: int = 0) -> list[Defect]:
    """A title (or subtitle) with unbalanced brackets/quotes, or cut from a note line mid-clause."""
    out = []
    for a, b in _PAIRS:
        if title.count(a) != title.count(b):
            out.append(Defect("title_brackets", offset, offset + len(title), title, DEFECT_KINDS["title_brackets"]))
            break
    if title.count('"') % 2:
        out.append(Defect("title_brackets", offset, offset + len(title), title, DEFECT_KINDS["title_brackets"]))
    body = re.sub(r"^——", "", title)
    for part in re.split(r"[：:]", body):
        part = part.strip()
        if len(part) < 8:
            continue
        for line in _note_lines(notes):
            i = line.find(part)
            if i < 0 or part == line:
                continue
            before = line[i - 1] if i else ""
            after = line[i + len(part)] if i + len(part) < len(line) else ""
            connector = re.match(r"(?:然后|另外|还|并|同时|其中|而且|以及)", line[i + len(part):])
            unbalanced = part.count("（") != part.count("）") or part.count("(") != part.count(")")
            doc_word = re.match(r"(?:小结|总结|记录|纪要|情况|统计)$", line[i + len(part):])  # the notes' own document words
            heading = i == 0 and after in "：:"  # 全市“女性素质提升”行动：… → the line's whole heading, not a cut
            if (after and after not in "，,。；;！？ ）)”" and not connector and not doc_word and not heading) or unbalanced:
                out.append(Defect("title_cut", offset, offset + len(title), title, DEFECT_KINDS["title_cut"] + f"：“{line[:24]}”"))
                break
    return out


_EVENT_VERB = r"(?:开展|举办|组织|召开|举行|进行|启动|走访|慰问|走进|深入|来到)"


def lead_without_event(lead: str, offset: int = 0) -> list[Defect]:
    """A lead whose event verb has no event after it (…开展11月20日上午。, …开展【群聊记录整理】。)."""
    out = []
    first_sentence = re.split(r"(?<=[。！？])", lead, maxsplit=1)[0]
    dangling = r"(?<=[^，。]{2})(?:开展|举办|组织|召开|启动)(?=[。，]|$)"
    for m in re.finditer(rf"(?:开展|举办|组织|召开|启动)(?=(?:(?:\d{{1,4}}[年月日号./:-]?)+(?:上午|下午|晚上)?(?:[。，]|$)|【|[^。，]{{0,4}}[：:]))|{dangling}", first_sentence):
        subject = re.split(r"[，。]", first_sentence[: m.start()])[-1].split("在")[0]
        if re.fullmatch(dangling[len("(?<=[^，。]{2})"):], first_sentence[m.start():m.end()]) and not re.search(r"(?:妇联|局|所|委员会|团委|中心|我们)$", subject):
            continue  # 宣传活动在东湖社区开展: the event is the subject
        out.append(_defect("lead_no_event", m.start(), m.end() + 6, lead, lead[m.start(): m.end() + 8]))
    first = re.split(r"[。！？]", lead, maxsplit=1)[0]
    m = re.search(r"^[^。]{0,12}?(?:明天|明日|后天|下周|下月)[^。]{0,20}?(?:举行|举办|开展|召开)", first)
    if m:
        out.append(_defect("lead_no_event", 0, m.end(), lead, "导语把尚未举办的活动写成了已举办"))
    m = re.match(r"^(?:为此|然后|另外|同时|此外|其中|所以|因此|并且|还)", lead)
    if m:
        out.append(_defect("lead_no_event", 0, m.end(), lead, f"导语以“{m.group(0)}”开头，缺少前文"))
    if lead and not re.search(rf"{_EVENT_VERB}|推荐|申报|陪同|设立|建立|成立|建设|建成|开设|打造|组建|推出|实施|发放|调研|筛查|排查|帮扶|受理|调解|培训|宣讲|收集|服务|救助|考察|学习|赴|上门|入户|家访|看望|探望|接待|协助|帮助", first):
        out.append(_defect("lead_no_event", 0, len(first), lead, "首句没有说明做了什么"))
    return [Defect(d.kind, d.start + offset, d.end + offset, d.text, d.message) for d in out]


# --- privacy by construction -------------------------------------------------------------------

_CONTACT = re.compile(
    r"(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)|(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])"
    r"|[\u4e00-\u9fa5]{1,8}(?:路|街|巷)\d+号(?:\d+栋|\d+号楼)?(?:\d+单元)?(?:\d+室|\d{3,4})?|\d+栋\d*单元?\d*|[\u4e00-\u9fa5]{1,6}村\d+组"
)


def contact_in_body(text: str) -> list[Defect]:
    """Phone numbers, ID numbers and street/house or village-group addresses outside the contact line."""
    exempt = _contact_line_spans(text)
    return [
        _defect("contact_in_body", m.start(), m.end(), text)
        for m in _CONTACT.finditer(text)
        if not _inside(m.start(), exempt)
    ]


_MINOR = re.compile(
    r"(?:留守儿童|困境儿童|女儿|儿子|孙女|孙子|孩子|女童|男童|学生|女生|男生|女孩|男孩|小朋友|对象[：:])\s*([\u4e00-\u9fa5]{1,3}某{0,2}[\u4e00-\u9fa5]{0,2})\s*[，,、 ]*(?:[男女][，, ]*)?(\d{1,2})岁"
    r"|([\u4e00-\u9fa5]{2,4})(?:[（(][^（）()]{1,10}[）)])?[，, ]+[男女][，, ]+(\d{1,2})岁"
)
# a name with the nickname it also goes by (雷心怡（小名 怡怡）, 王子轩(乳名：豆豆)): one person, two names
NICKNAME = re.compile(r"([\u4e00-\u9fa5]{2,4})[（(](?:小名|乳名|昵称|外号|绰号|小名叫|乳名叫)[\s：:，,]*([\u4e00-\u9fa5]{1,3})[）)]")
# a child named with the school class it is in (梓涵在实验二小三（2）班): a minor without an age
_MINOR_AT_SCHOOL = re.compile(
    r"(?:^|(?<=[，,。；;\s：:]))([\u4e00-\u9fa5]{2,3})(?:在|就读于|读)[\u4e00-\u9fa5\d]{1,10}?"
    r"(?:小学|中学|幼儿园|[一二三四五六七八九十\d][小中])[\u4e00-\u9fa5\d]{0,4}?(?:[（(]\d{1,2}[）)]班|\d{1,2}班|年级)"
)


def minor_names(notes: str) -> list[str]:
    names = []
    for m in _MINOR.finditer(notes):
        name, age = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if re.fullmatch(r"今年|去年|明年|现在|目前|当时|已经|刚满|才满|年仅", name):
            continue  # 女儿今年12岁: a time word, not a name
        if int(age) < 18 and len(name) >= 2 and "某" not in name:
            names.append(name)
    for m in _MINOR_AT_SCHOOL.finditer(notes):
        if "某" not in m[1] and not re.search(r"孩子|女儿|儿子|学生|我们|她们|他们|今年|现在|目前", m[1]):
            names.append(m[1])
    names += [m[2] for m in NICKNAME.finditer(notes) if m[1] in names]  # the child's nickname names the child
    return list(dict.fromkeys(names))


def minor_named(text: str, notes: str) -> list[Defect]:
    """A minor named in the notes (李小雨 女 10岁) whose name reaches the draft."""
    out = []
    names = minor_names(notes)
    given = [n[1:] for n in names if len(n) == 3]  # 王梓涵 is also 梓涵 in a draft
    for name in dict.fromkeys(names + given):
        for m in re.finditer(re.escape(name), text):
            if name in given and text.startswith("（化名）", m.end()):
                continue  # 小雨（化名）: the given name offered as a 化名 (a changed name is better)
            if not any(d.start <= m.start() < d.end for d in out):
                out.append(_defect("minor_named", m.start(), m.end(), text, name))
    if names or "（化名）" in text:  # a named child's school and class identify it under any name
        for m in _SCHOOL_CLASS_IN.finditer(text):
            out.append(_defect("minor_named", m.start(), m.end(), text, f"学校班级：{m.group(0)}"))
    return out


_SCHOOL_CLASS_IN = re.compile(
    r"[\u4e00-\u9fa5\d]{1,10}?(?:小学|中学|幼儿园|[一二三四五六七八九十\d][小中])"
    r"[\u4e00-\u9fa5]{0,3}?(?:[一二三四五六七八九]|初[一二三]|高[一二三])(?:年级)?(?:[（(]\d{1,2}[）)]班|\d{1,2}班)"
)


# --- coverage ----------------------------------------------------------------------------------

def _private_spans(notes: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _CONTACT.finditer(notes)]
    spans += [m.span() for m in re.finditer(r"\d{1,3}岁", notes)]
    spans += [m.span() for m in re.finditer(r"[^\n]*(?:联系人|联系方式|电话|手机)[^\n]*", notes)]
    # a home address (住址：红岩乡新寨村4组18号) is personal data the draft leaves out, not a figure of the work
    spans += [m.span(1) for m in re.finditer(r"(?:住址|家庭住址|地址|家住|现住)[：:\s]*([^\s，,。；\n]{2,30})", notes)]
    school_class = r"(?:[一二三四五六七八九]|初[一二三]|高[一二三])(?:年级)?(?:[（(]\d{1,2}[）)]|\d{1,2})班"
    if minor_names(notes):  # a named child's class (初二（3）班) stays out of a draft: no figure to carry
        spans += [m.span() for m in re.finditer(school_class, notes)]
    else:  # a child's own line (梓萌 10岁 在镇中心小学四年级2班): her age and class are personal
        for m in re.finditer(school_class, notes):
            line = notes[notes.rfind("\n", 0, m.start()) + 1: notes.find("\n", m.end()) % (len(notes) + 1)]
            if re.search(r"\d{1,2}岁", line):
                spans.append(m.span())
    return spans


def note_figures(notes: str) -> list:
    """The notes' figures that must reach a draft: not dates, not personal data (phones, ages),
    not a figure the notes correct themselves (2.36万元？不对，是2360万元)."""
    from assist.facts import apply_corrections

    notes_n = _norm_notes_dates("\n".join(apply_corrections(line) for line in tabled(notes).split("\n")))
    private = _private_spans(notes_n)
    private += [(m.start(1), m.end(1)) for m in re.finditer(r"(?:^|\s|[：:])(\d{1,2})(?:[.．、](?!\d)|[)）](?![\d班]))", notes_n, re.M)]
    # Day 1 / Day2 / Week 3 in mixed notes name a day of the event (首日, 次日), not a figure
    private += [m.span(1) for m in re.finditer(r"(?i)(?<![A-Za-z])(?:day|week|round|step|part)\s*(\d{1,2})(?!\d)", notes_n)]
    # a clock time (上午9:00, 会议11时结束) is when, not a figure of the work
    private += [m.span() for m in re.finditer(r"(?<![小\d])\d{1,2}(?:[:：]\d{2}|[时点](?:\d{1,2}分|半)?)(?![\d多余个])", notes_n)]
    return [
        q for q in find_quantities(notes_n)
        if q.kind != "date" and not _inside(q.start, private) and not (q.chinese and q.value < 10 and q.kind == "count")
    ]


_UNIT_SAME = {"块": "元", "块钱": "元", "岁": "岁"}


def _same_figure(h, q) -> bool:
    """The draft's figure ``h`` says the notes' figure ``q``: the same value in the same unit
    (人/名/位/个 one unit, 块 = 元, either side without a unit). 5例 is not said by 5名."""
    if (h.kind, round(h.value, 4)) != (q.kind, round(q.value, 4)):
        return False
    hu, qu = _UNIT_SAME.get(h.unit, h.unit), _UNIT_SAME.get(q.unit, q.unit)
    return not hu or not qu or same_unit(hu, qu)


def missing_facts(text: str, notes: str, must: list[str] | None = None) -> list[Defect]:
    """Figures of the notes (and the ``must`` facts of an evaluation case) absent from the draft."""
    have = find_quantities(text)
    out = []
    for q in note_figures(notes):
        if not _supported(q, have) and not any(_same_figure(h, q) for h in have):
            out.append(Defect("missing_fact", 0, 0, q.text.strip(), DEFECT_KINDS["missing_fact"] + f"：{q.text.strip()}"))
    for fact in map(str, must or []):
        qs = [q for q in find_quantities(fact) if q.kind != "date"]
        if qs:
            if all(_supported(q, have) or any(_same_figure(h, q) for h in have) for q in qs):
                # a unit the figure reader does not know (1270封): the draft must say it in that unit
                q = qs[-1]
                suffix = fact[q.end:].strip()
                if q.unit or not suffix or re.search(re.escape(fact[q.start:q.end].replace(",", "")) + r"\s*" + re.escape(suffix), text):
                    continue
        elif fact in text:
            continue
        if not any(d.text == fact for d in out):
            out.append(Defect("missing_fact", 0, 0, fact, DEFECT_KINDS["missing_fact"] + f"：{fact}"))
    return out


def check_draft(draft: dict, notes: str, must: list[str] | None = None) -> list[Defect]:
    """All detectors on one draft; spans index ``draft_text(draft)``."""
    text = draft_text(draft)
    title, subtitle = draft.get("title") or "", draft.get("subtitle") or ""
    body_at = len(title) + len(subtitle) + 2
    body = draft.get("text") or ""
    lead = next((p for p in body.split("\n") if p.strip()), "")
    shift = lambda ds: [Defect(d.kind, d.start + body_at, d.end + body_at, d.text, d.message) for d in ds]  # noqa: E731
    from assist.checks import editorial as ed
    from assist.checks import residue as rs

    found = (
        invented_numbers(text, notes)
        + shift(repeated_sentences(body))
        + copied_labels(text)
        + chat_words(text)
        + shift(list_numbers_in_text(body))
        + title_defects(title, notes)
        + title_defects(subtitle, notes, len(title) + 1)
        + lead_without_event(lead, body_at + body.find(lead))
        + contact_in_body(text)
        + minor_named(text, notes)
        + missing_facts(text, notes, must)
        + shift(ed.list_items_not_actions(body))
        + ed.colloquial_quantities(text)
        + ed.lead_without_actor(lead, body_at + body.find(lead))
        + ed.lead_event_object(lead, body_at + body.find(lead))
        + ed.raw_clause_titles(title)
        + ed.raw_clause_titles(subtitle, len(title) + 1)
        + shift(ed.broken_sentences(body))
        + ed.hardship_named(text)
        + ed.lead_without_when(lead, notes, body_at + body.find(lead))
        + ed.lead_without_place(lead, _place_field(notes), body_at + body.find(lead))
        + shift(rs.field_residue(body))
        + shift(rs.nested_quotes(body))
        + rs.lead_fragment(lead, body_at + body.find(lead))
        + rs.filler_kept(text)
        + shift(rs.label_in_list(body))
        + rs.meeting_as_event(lead, notes, body_at + body.find(lead))
    )
    return found


def _place_field(notes: str) -> str:
    """The value of a 地点：/地点 field of the notes, when it is one short place name."""
    m = re.search(r"(?:^|\n|\s)地点[：:\s]\s*([\u4e00-\u9fa5\d]{2,16})(?=\s|$|\n)", notes)
    return m[1] if m else ""

"""Rough notes of any style read into an event frame.

``read_frame(notes) -> Frame``: when, where, organiser and partners, the event's name and
kind, participants, speakers, content points, results, findings, proposals, problems,
plans, quotes and cases. Every fact keeps the number of its source line (``Fact.line``) so a
draft stays traceable. Field labels (题目：, 考核：), chat headers (【工作群】), speakers'
names in a chat log and list numbering (1. ①) are read, never copied. Contact numbers,
addresses and a minor's name are taken out of the facts: contacts go to ``Frame.contact``
(the 联系人 line), the rest to ``Frame.withheld`` (named to the officer, never printed).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources

import yaml

from assist.checks.detectors import NICKNAME
from assist.drafting.personal import hardship_names, mou, pseudonym, replace_minors, strip_identifiers
from assist.drafting.register import english, to_report, unfill
from assist.drafting.table import rewrite_tables
from assist.drafting.case import case_act, case_title, case_when, is_case, sort_case_facts
from assist.facts import _is_meta, clean_sentence, find_unit, split_items
from assist.figures import DOTTED_RANGE, HALF_SLASH_RANGE, LINE_DASH_DATE, dash_date_words, dotted_range_words, find_quantities, slash_range_words, spoken_numbers

SLOTS = (
    "background", "participants", "speakers", "content", "results", "findings",
    "proposals", "problems", "plans", "quotes", "cases",
)


@dataclass
class Fact:
    text: str  # report wording, no closing mark
    line: int  # 1-based line of the notes it comes from
    slot: str
    figures: int = 0


@dataclass
class Frame:
    when: str = ""
    where: str = ""
    organiser: str = ""
    partners: list[str] = field(default_factory=list)
    event: str = ""  # “巾帼心向党”宣讲会, 女性灵活就业调研
    topic: str = ""  # 题目：如何和青春期孩子沟通
    kind: str = "event"  # event | survey | case | stats | meeting
    form: str = ""  # 形式：讲座+现场答疑 → 讲座
    occasion: str = ""  # 母亲节前, 教师节
    when_labelled: bool = False
    voice: str = ""  # who speaks in the quotes below a bare 代表发言： label
    list_head: object = None  # the fact of a 课程3门： line that the numbered items below complete
    pending: str = ""  # the slot of a label with no value (发现：) for the list lines that follow
    contact: str = ""
    withheld: list[str] = field(default_factory=list)  # kinds of personal data kept out
    nominee: str = ""  # a recommendation form's family or person put forward (邵桂兰家庭)
    minors: list[str] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # a minor's real name → the 化名 written
    preview: bool = False  # the notes plan an event not yet held (预告): the lead says 将于…举办
    event_count: str = ""  # 办了一期 “巾帼种养”技术培训: 一期, said with the lead's verb
    case_title: str = ""  # the act without the person: 走访事实无人抚养儿童
    act: str = ""  # a case record's act: 走访事实无人抚养儿童小禾, 受理求助人付丽娟（化名）的维权求助
    facts: list[Fact] = field(default_factory=list)
    dropped: list[int] = field(default_factory=list)  # lines read as chat meta
    total: str = ""  # a chat's closing tally (总计走访79户…) as the lead's figures: 共走访79户…

    def of(self, *slots: str) -> list[Fact]:
        return [f for f in self.facts if f.slot in slots]


@functools.lru_cache(maxsize=1)
def vocab() -> dict:
    text = resources.files("assist.drafting").joinpath("frame.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["label_slot"] = {w: slot for slot, ws in data["labels"].items() for w in ws}
    return data


# --- dates -------------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_DATE_FORMS = [
    (re.compile(r"(?<![\d.])(\d{4})[.．](\d{1,2})(?![\d.])\s*(?:月(?!度|份))?(?!\s*[日号])"),
     lambda m: f"{m[1]}年{int(m[2])}月" if 1 <= int(m[2]) <= 12 else m[0]),  # 2026.10 月度统计 → 2026年10月
    (re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})\s*[-–~]\s*(\d{1,2})(?!\d)"),
     lambda m: f"{_MONTHS[m[1].lower()[:3]]}月{int(m[2])}日至{int(m[3])}日"),
    (re.compile(r"(?<!\d)(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?![\d.])"), lambda m: f"{m[1]}年{int(m[2])}月{int(m[3])}日"),
    (re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})(?!\d)"),
     lambda m: f"{_MONTHS[m[1].lower()[:3]]}月{int(m[2])}日"),
    (re.compile(r"^(\d{1,2})[.．](\d{1,2})(?=\s|$)"), lambda m: f"{int(m[1])}月{int(m[2])}日"
     if 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31 else m[0]),
    (LINE_DASH_DATE, dash_date_words),  # 11-06 回访 at a line's start
    (re.compile(r"(?<![\d.])(\d{1,2})月(\d{1,2})[号日](?:到|至|-|—)(\d{1,2})月(\d{1,2})[号日]"), lambda m: f"{m[1]}月{m[2]}日至{m[3]}月{m[4]}日"),
    (re.compile(r"(?<![\d.])(\d{1,2})号(?:到|至|-|—)(\d{1,2})号"), lambda m: f"{m[1]}日至{m[2]}日"),
    (re.compile(r"(?<![\d.])(\d{1,2})号(?=上午|下午|晚上|\s|$|[，,]|周[一二三四五六日天]|星期|礼拜)"), lambda m: f"{m[1]}日"),
    # 11月18日—11/20: a range written half in words, half with a slash
    (HALF_SLASH_RANGE, slash_range_words),
    # 11/22–11/23, 11/30-12/2: a range of month/day dates (the day after the dash is no figure)
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})\s*[–—\-~～至到]\s*(\d{1,2})/(\d{1,2})(?![\d/])"),
     slash_range_words),
    (re.compile(r"^(\d{1,2})/(\d{1,2})(?=\s|$)"), lambda m: f"{int(m[1])}月{int(m[2])}日"
     if 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31 else m[0]),
    (re.compile(r"(?:(?<=^)|(?<=[\s：:，,]))(\d{1,2})/(\d{1,2})(?=\s|$|[，,]|上午|下午|晚上)"), lambda m: f"{int(m[1])}月{int(m[2])}日"
     if 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31 else m[0]),  # 刘主任：11/3 的编织课
    (re.compile(r"(\d{1,2})月份"), lambda m: f"{m[1]}月"),
    # 2场（11.8 / 11.22）: month.day pairs in a bracket are dates, not figures
    (re.compile(r"[（(]\s*(\d{1,2}[.．]\d{1,2}(?:\s*[/、,，]\s*\d{1,2}[.．]\d{1,2})+)\s*[)）]"),
     lambda m: "（" + "、".join(f"{int(a)}月{int(b)}日" for a, b in re.findall(r"(\d{1,2})[.．](\d{1,2})", m[1])) + "）"
     if all(1 <= int(a) <= 12 and 1 <= int(b) <= 31 for a, b in re.findall(r"(\d{1,2})[.．](\d{1,2})", m[1])) else m[0]),
]
_WHEN = re.compile(
    r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:(?:至|—|-|到)(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上)?"
    r"|\d{1,2}日至\d{1,2}日"
    r"|\d{4}年(?:上半年|下半年)?"
    r"|(?:上周|本周|这周)[一二三四五六日天]?(?:上午|下午|晚上)?"
    r"|(?<![每下])(?:周|星期|礼拜)[一二三四五六日天](?:上午|下午|晚上)?"
    r"|(?:今天|昨天|前天|今日|昨日)(?:上午|下午|晚上)?"
    r"|(?:今年|去年)?\d{1,2}-\d{1,2}月|今年以来|今年|上半年|下半年|本月|这个月|上月|近日|日前"
)
_RELATIVE = {"昨天": "昨日", "今天": "今日", "前天": "前日", "这个月": "本月", "这周": "本周"}


_CN_NUM = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}


def _cn(n: str) -> int:
    """十七 → 17, 三十一 → 31, 十 → 10 (the day and month numbers of a date)."""
    if "十" not in n:
        return _CN_NUM.get(n, 0)
    tens, _, ones = n.partition("十")
    return (_CN_NUM.get(tens, 1) if tens else 1) * 10 + (_CN_NUM.get(ones, 0) if ones else 0)


_CN_DATE = re.compile(r"(?:(?<![\u4e00-\u9fa5])|(?<=年)|(?<=[是在从于]))([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号](?:(至|到|—|-)([一二三四五六七八九十]{1,3})[日号])?")


# 下一步 十二月 再组织一次: a month said alone (no day after it), after a pause or a word of time
_CN_MONTH = re.compile(r"(?:(?<=^)|(?<=[\s，,：:是在于从到至步划年]))(十[一二]?|[一二三四五六七八九])月(?![一二三四五六七八九十\d]{1,3}[日号]|份?[一二三四五六七八九十\d])")


_CN_YEAR = re.compile(r"(?<![\u4e00-\u9fa5\d])([〇零一二三四五六七八九]{4})年")


# a unit named after a referral or report verb received the case or the report; it is no partner
_REFERRED = re.compile(r"(?:转介|转交|移交|转给|转到|转至|报送|上报|报给|报至|反映给|交给|交由|转办)[^，,。；;]*$")


def normalise_dates(line: str) -> str:
    """2024.3.8 → 2024年3月8日, Oct 15 → 10月15日, 12.3 走访 → 12月3日 走访, 10号 → 10日,
    十一月十七日至十九日 → 11月17日至19日, 二〇二六年 → 2026年, Nov 12-13 → 11月12日至13日,
    2026.10 → 2026年10月, 11/3 → 11月3日. Relative dates (上周五) stay as the notes say."""
    line = _CN_YEAR.sub(lambda m: "".join(str(_CN_NUM.get(c, 0)) for c in m[1].replace("〇", "零")) + "年", line)
    line = _CN_MONTH.sub(lambda m: f"{_cn(m[1])}月", line)
    line = _CN_DATE.sub(lambda m: f"{_cn(m[1])}月{_cn(m[2])}日" + (f"至{_cn(m[4])}日" if m[4] else ""), line)
    line = DOTTED_RANGE.sub(dotted_range_words, line)  # 11.27-11.28 → 11月27日至28日
    for pattern, repl in _DATE_FORMS:
        line = pattern.sub(repl, line)
    return line


# --- personal data ---------------------------------------------------------------------------
# Phones, IDs, addresses and minors by the privacy package's definitions (assist.drafting.personal).


def take_personal(line: str, frame: Frame) -> str:
    """Phones, IDs and addresses out of ``line``; a contact line's name and phone to ``frame.contact``."""
    m = re.match(r"^\s*(?:联系人|联系方式|联系电话)[\s：:]*([\u4e00-\u9fa5]{2,4}(?=[\s，,：:\d]|$))?[\s，,：:]*(.*)$", line)
    if m:
        frame.contact = "　".join(p for p in (m[1] or "", m[2].strip()) if p)
        return ""
    line, kinds = strip_identifiers(line)
    frame.withheld += kinds
    return line


_PATERNAL = "姑姑|姑妈|叔叔|伯伯|伯父|叔叔|爷爷|奶奶|爸爸|父亲|哥哥|姐姐|堂姐|堂哥"


def take_minor(line: str, frame: Frame, notes: str = "") -> str:
    """A minor's name, sex and age out (李小雨 女 10岁); the name is remembered for a 化名.
    ``notes`` is kept for callers of the old signature; the cues are the line's own."""
    given_alias = re.search(r"([\u4e00-\u9fa5]{2,4})[（(]化名[\s：:，,]*([\u4e00-\u9fa5]{2,3})[）)]", line)
    if given_alias:  # 蒋雨萱（化名 小萱）: the notes give the 化名; it stands for the name, once
        frame.aliases[given_alias[1]] = given_alias[2]
        line = line[:given_alias.start()] + given_alias[2] + line[given_alias.end():]

    def alias(name: str) -> str:
        if name in frame.aliases.values():
            return name  # the 化名 itself
        if name not in frame.aliases:
            given = lambda n: n[1:] if len(n) == 3 else n  # noqa: E731  梓涵 is 王梓涵
            same = next((a for r, a in frame.aliases.items() if given(r) == given(name)), "")
            frame.aliases[name] = same or pseudonym(name, notes, tuple(frame.aliases.values()))
        return frame.aliases[name]

    nick = NICKNAME.search(line)
    if nick:  # 雷心怡（小名 怡怡）: the nickname leaves the line; it is the same child's name below
        line = line[: nick.end(1)] + line[nick.end():]
    known = tuple(frame.minors) + tuple(n[1:] for n in frame.minors if len(n) == 3)
    line, names = replace_minors(line, known, alias)
    if nick and nick[1] in names + frame.minors and nick[2] not in frame.minors:
        frame.aliases[nick[2]] = alias(nick[1])
        names.append(nick[2])
    for name in frame.minors + names:  # 孩子姑姑韦美凤: a relative with the child's surname names the child
        if len(name) == 3:
            line = re.sub(rf"({_PATERNAL}){name[0]}[\u4e00-\u9fa5]{{1,2}}(?=表示|说|愿意|同意|答应|在|[，,\s]|$)", r"\1", line)
    for name in names:
        if name not in frame.minors:
            frame.minors.append(name)
    if names:
        frame.withheld.append("未成年人姓名和年龄")
    return line


# --- one line ----------------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-*•·●○◆■▪►>]+\s*|\d{1,2}[.、)）](?!\d)\s*|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]\s*|[一二三四五六七八九十]{1,2}[、.]\s*|[①-⑳]\s*)")
_HEADER = re.compile(r"^\s*【[^】]{1,20}】\s*")
_ITEM = re.compile(r"\s*(?:[①-⑳]|(?<![\d.])\d{1,2}[.．、](?![\d.]))\s*")


def label_slot(label: str) -> str | None:
    """The frame part of a field label: listed labels first, then by the label's ending."""
    v = vocab()
    if label in v["label_slot"]:
        return v["label_slot"][label]
    for pattern, slot in v["label_endings"]:
        if re.search(pattern, label):
            return slot
    return None


def _labelled(segment: str) -> tuple[str, str] | None:
    m = re.match(r"^\s*([\u4e00-\u9fa5]{1,6})\s*[：:]\s*(.*)$", segment)
    if m and label_slot(m[1]):
        return m[1], m[2]
    m = re.match(r"^\s*(地点|主讲|讲师|讲课|授课|时间|对象|主题|题目|参加|参会|参训)\s+(.+)$", segment) or re.match(r"^\s*(主题|题目)(“.+)$", segment)
    return (m[1], m[2]) if m else None


def split_fields(line: str) -> list[str]:
    """``时间：9月28日 地点：县妇联三楼会议室`` → two fields."""
    labels = "|".join(sorted(map(re.escape, vocab()["label_slot"]), key=len, reverse=True))
    parts = re.split(rf"(?:\s+|(?<=[；;，,])\s*)(?=(?:{labels})[：:])", line)  # 主办：市妇联，协办：… too
    return [p for p in parts if p.strip()]


def items_of(text: str) -> list[str]:
    """``①A ②B`` / ``1.A 2.B`` / ``A；B`` / ``A、B`` as items, the numbers dropped."""
    parts = [p.strip(" ，,；;。") for p in re.split(r"(?:\s*[；;]\s*)|" + _ITEM.pattern, text)]
    return [p for p in parts if p]


def phrase_gaps(text: str) -> str:
    """Spaces between note phrases: a comma between two Chinese phrases, nothing before a figure."""
    text = re.sub(r"\s*\+\s*", "+", text.strip())
    text = re.sub(r"(走访|慰问|看望|帮扶|调研|讲了|卖了|安排了|查了)\s+", r"\1", text)
    # a bare verb and its object written apart (联系 区妇联维权中心, 出具 告诫书1份), a unit before its act
    # (荷塘派出所 出具 …), and a subject before an adverb (受害人 已报名): one clause, no comma
    text = re.sub(r"(?:(?<=^)|(?<=\s)|(?<=已)|(?<=已经))(联系|安排|出具|反映|报名|邀请|发放|送去|赠送|捐赠|协调|申请|对接|转介|落实|提供|签订|受理|办理|陪同|带领|组织)\s+(?=[\u4e00-\u9fa5“])", r"\1", text)
    text = re.sub(r"(?<=[所局院站队庭会部])\s+(?=(?:出具|发出|签发|受理|办理|联系|安排|介入|出警|核发|作出|开展|组织)[\u4e00-\u9fa5])", "", text)
    text = re.sub(r"(?<=[\u4e00-\u9fa5])\s+(?=(?:已经|已|正在|均已|都已)[\u4e00-\u9fa5])", "", text)
    text = re.sub(r"((?:^|(?<=\s))(?:为|给|帮|向)[\u4e00-\u9fa5]{1,8})\s+(?=[\u4e00-\u9fa5])", r"\1", text)  # 为受害人 安排…
    text = re.sub(r"(?<=[\u4e00-\u9fa5])\s+(?=“[^”\s]{1,16}”)", "", text)  # 社区 “姐妹互助会”: a name after its noun or verb
    text = text.replace('"', "“", 1).replace('"', "”", 1) if text.count('"') == 2 else text
    text = re.sub(r"(?<=[了是有的在给为和与及])\s+(?=[\u4e00-\u9fa5])", "", text)
    # one clause written in spaced chunks: a time before its act (12月中旬 组织…), a chunk that opens on a
    # preposition (… 到县电商产业园), and the purpose after a place gone to (到…产业园 跟班学习)
    text = re.sub(r"((?:^|(?<=\s))(?:\d{1,2}月(?:上旬|中旬|下旬|底|初|\d{1,2}日)|上午|下午|晚上|周末|春节前|节后|年底前?|月底前?))\s+(?=(?:再|还|继续|组织|召开|开展|举办|联合|走访|慰问|看望|发放|完成|启动|办|搞|开|到|去|赴|为|给|帮)[\u4e00-\u9fa5])", r"\1", text)
    text = re.sub(r"(?<=[\u4e00-\u9fa5])\s+(?=(?:到|赴)[\u4e00-\u9fa5]{2,12}(?:\s|$))", "", text)
    text = re.sub(r"((?:^|(?<=\s)|(?<=[\u4e00-\u9fa5]))(?<!去)(?:到|赴)[^\s，,。\d]{2,12})\s+(?=[\u4e00-\u9fa5]{2,6}(?:\s|$))", r"\1", text)
    text = re.sub(r"“[^”\s]{1,12}\s+[^”]{1,12}”", lambda m: re.sub(r"\s+", "\x01", m[0]), text)  # “春风送岗 巾帼就业”
    text = re.sub(r"(?<=[\u4e00-\u9fa5”）%])\s+(?=[\u4e00-\u9fa5“（])", "，", text)
    text = re.sub(r"(?<=[A-Za-z])\s+(?=\d)", "\x00", text)
    return (re.sub(r"\s+", "", text) if not re.search(r"[A-Za-z]\s+[A-Za-z]", text) else re.sub(r"(?<![A-Za-z])\s+|\s+(?![A-Za-z])", "", text)).replace("\x00", " ").replace("\x01", " ")


def _clean(text: str) -> str:
    text = re.sub(r"“[^”]*”", lambda m: m[0].replace(" ", "\x01"), phrase_gaps(text))  # “春风送岗 巾帼就业” keeps its space
    text = to_report(clean_sentence(text)).replace("\x01", " ").strip(" ，,；;")
    return text.rstrip("。；;，,")


def _figures(text: str) -> int:
    return sum(1 for q in find_quantities(text) if q.kind != "date")


def _counted(text: str) -> int:
    """Figures other than dates and idioms (一个, 一场: Chinese numerals under 10)."""
    return sum(1 for q in find_quantities(text) if q.kind != "date" and not (q.chinese and q.value < 10))


def _classify(text: str) -> str:
    """The frame part of an unlabelled sentence, by cues outside its quoted names (“春蕾计划”)."""
    v = vocab()
    if re.fullmatch(r"“[^”]{4,}”\s*(?:[（(][^）)]{1,10}[）)])?", text.strip()):
        return "quotes"  # a line that is only someone's words
    if re.search(r"能不能|可不可以|能否", text) or UNIT_REQUEST.match(text):
        return "proposals"  # 想请街道协调一下社区活动室: what the unit asks for
    if "“" in text and not re.search(r"(?:说|表示|感慨|坦言)[：:，,]?\s*“", text):
        text = re.sub(r"“[^”]*”", "“”", text)
    if re.fullmatch(r"[^“”]{0,10}(?:说|表示|感慨|坦言)[：:，,]?\s*“[^”]+”[。！]?", text):
        return "quotes"  # 有个宝妈说“终于有能接孩子的班上了”: someone's words, no story of her own
    if any(re.search(c, text) for c in v["cues"]["cases"][:2]):
        return "cases"
    if re.search(r"(?:说|表示|感慨|坦言)[：:，,]?\s*[“\"]", text) or re.match(r"^[\u4e00-\u9fa5A-Za-z]{1,10}?(?:说|表示|感慨|坦言)(?!明|下|一下)", text):
        return "quotes"
    for slot in ("plans", "problems", "cases", "findings", "proposals", "background", "results", "speakers", "participants"):
        if any(re.search(c, text) for c in v["cues"][slot]):
            return slot
    return "content"


# --- the frame ------------------------------------------------------------------------------

_ORG = r"[\u4e00-\u9fa5]{1,12}?(?:妇联|局|所|院|中心|儿童之家|学校|公司|团委|团县委|团市委|委员会|居委会|村委会|民政办|司法办|办公室|站|馆|协会|商会|医院|党校)"
_EVENT_NOUNS = r"(?:(?i:demo ?day)|路演|直播带货比赛|直播带货|会议|学习考察|考察|问卷调查|调查|技能比武|比武|进(?:小区|社区|校园|乡村|企业|家庭|机关|学校|集市|村)|宣讲会|宣讲|讲座|调处工作|调处|培训班|培训会|培训|宣传活动|宣传|招聘会|夏令营|训练营|编程营|冬令营|研学营|创业营|(?:编织|手工|公益|亲子|烘焙|插花|书法|舞蹈|健康)课|课堂|义卖|健步走|推进会|分享会|评选会|交流会|座谈会|例会|比赛|大赛|义诊|筛查|直播|调研|沙龙|工作坊|活动|帮扶|走访|慰问|评选|展演|观影会|读书会|开放日)"
_EVENT = re.compile(
    r"“[^”]{1,18}(?:" + _EVENT_NOUNS[3:-1] + r"|(?i:workshop|salon|seminar|forum|camp|meetup))”"  # “女性职场成长workshop”: the noun inside the name
    r"|(?:“[^”]{2,20}”)?[\u4e00-\u9fa5A-Za-z“”\d]{0,16}?" + _EVENT_NOUNS
)


def _event_of(text: str, frame: Frame) -> str:
    """The event's name in a heading line, without date, unit and place."""
    text = _WHEN.sub("", text)
    if frame.organiser:
        text = text.replace(frame.organiser, "")
    text = re.sub(r"(?:^|\s)在[\u4e00-\u9fa5]{2,12}?(?=\s|$)", " ", text)
    text = re.sub(rf"^[\s，,]*(?:联合|和|与|跟)?{_ORG}(?:联合|和|与|跟)?", "", text.strip()) if re.match(rf"^[\s，,]*(?:联合)?{_ORG}\s", text) else text
    text = re.sub(r"\s+", "", text).strip("，,：:。")
    return text


_PARTNER = r"[\u4e00-\u9fa5]{0,8}?(?:妇联|局|所|院|中心|学校|中心校|小学|中学|公司|团委|团县委|委员会|居委会|村委会|办|站|馆|协会|商会|医院)"
_ORG_NOISE = re.compile(r"^.*(?:我们|咱们|礼拜.|上周.|这个月|本月|今天|昨天|说|的|了)(?=[\u4e00-\u9fa5]{1,10}妇联$)")


def find_organiser(notes: str) -> str:
    """The reporting federation: the first 妇联 named that is not a generic or a group's name."""
    for line in notes.split("\n"):
        line = re.sub(r"【[^】]*】", "", line)
        line = re.sub(r"^\s*[\u4e00-\u9fa5A-Za-z]{1,4}[：:]", "", line) if not re.match(r"^\s*(?:单位|主办)", line) else line
        unit = find_unit(line)
        if not unit:
            continue
        unit = _ORG_NOISE.sub("", unit)
        unit = re.split(r"[的了]|(?<=[会动座训])", unit)[-1]
        if unit.startswith(("全", "各", "基层")) or len(unit) < 3:
            continue
        return unit
    return ""


def header_unit(notes: str) -> str:
    """The unit of a chat's 【城南社区妇联工作群】 header: the group is that unit's own."""
    for m in re.finditer(r"【([^】]{2,24})】", notes):
        unit = re.match(r"^([\u4e00-\u9fa5]{1,12}?妇联)", m[1])
        if unit and not unit[1].startswith(("全", "各", "基层")):
            return unit[1]
    return ""


# A thousands separator inside a number (1,024 / 1，024 / 12,000元): one number, not two clauses.
_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3}(?:[,，]\d{3})+)(?![\d])")


def join_thousands(text: str) -> str:
    """``1,024人次`` → ``1024人次``, so that no clause split cuts a number in two."""
    return _THOUSANDS.sub(lambda m: re.sub(r"[,，]", "", m[1]), text)


_SPOKEN_FILLER = re.compile(r"(?:^|\s)(?:嗯|呃|然后|那个|就是)(?=\s)")
_JOIN_PREV = re.compile(r"^(?:跟|和|与|联合|在|搞了|搞|举办|开展|组织|一起|一共|共|签到|其中|要(?:跟|和|与))")
_NEXT_STEP = re.compile(r"^(?:下一步|下步|下次|下周|下个?月|明年|接下来|今后|后续)")
_TURNS = ("另外", "此外", "再有", "再就是", "另外呢")
# a short verb said after its subject with a pause: 120余人 来咨询, 12家公司 参加, 培训中心 也来了
_SPOKEN_VERB = re.compile(r"^(?:(?:也|都|还)(?=[来去到参报签])|(?:参加|参与|到场|出席|参会|来咨询|咨询|报名)(?:了)?$)")
_EVENT_TAIL = re.compile(r"[\u4e00-\u9fa5]{0,6}(?:招聘会|培训班|培训|讲座|宣讲会|宣讲|义诊|筛查|座谈会|分享会|活动|比赛|课堂|夏令营)")
_HELD = re.compile(r"(?:搞|办|举办|组织|开展|举行)了(?:一个|个|一场|一次|一期)?[\u4e00-\u9fa5]{0,8}$")
# a clause that is only 有 + a count so far (一共有12家): the noun it counts may follow after a pause
# (提供岗位 160个 育婴师: the count is the 岗位's, 育婴师 opens the next clause)
_COUNTED_NEXT = re.compile(r"(?:^|，)(?:然后)?(?:一共|共|总共)?(?:有|是|来了|来的是|[\u4e00-\u9fa5]{1,2}了|每人|每户|每家)\d+(?:余|多)?[家个名位户所支]$|(?:^|，)(?:每人|每户|每家)\d+[份本件袋箱套]$")
_AWAITING = re.compile(r"(?:给|发|送|捐|赠|筛|卖|收)了$")
_BARE_COUNT = r"(?:有|是|每月|月薪)?\d+(?:\.\d+)?(?:余|多)?[个名人位户元块份家场次件本套]"
_ROLE_END = re.compile(r"(?:师|员|长|生|主任|书记|主席|老师|专家)$")


def is_transcript(line: str) -> bool:
    """A voice transcript: one long spoken line, phrases separated by spaces, with fillers."""
    return len(line) >= 60 and line.count(" ") >= 8 and len(_SPOKEN_FILLER.findall(line)) >= 2 and not re.search(r"[。；]", line)


def transcript_lines(line: str) -> list[str]:
    """A spoken line (already without fillers) as note lines: a phrase that opens on 跟/在/搞了/一共…
    joins the one before, a phrase ending in 的 joins the next, a name after a role joins it
    (农艺师 姓蓝 蓝玉珍 她讲了… → 农艺师蓝玉珍讲了…)."""
    line = re.sub(r"姓([\u4e00-\u9fa5])\s+(?=\1[\u4e00-\u9fa5]{1,2}(?:\s|$))", "", line)
    # 8家企业 还有 3家托育机构: two counted units said one after the other are one phrase
    line = re.sub(r"(\d+[家支户个名位][\u4e00-\u9fa5]{1,6})\s+(?:还有|和|以及)\s+(?=\d+[家支户个名位][\u4e00-\u9fa5])", r"\1和", line)
    out: list[str] = []
    glue = named = False
    phrases = line.split()
    for i, phrase in enumerate(phrases):
        if phrase in _TURNS:  # 另外 / 此外: the speaker moves on, a clause of its own follows
            out.append(phrase)
            glue = named = False
            continue
        if out and (phrase in ("一共", "共", "总共", "一共有", "总共有") or (re.match(r"(?:一共|总共)[\u4e00-\u9fa5]{1,2}了$", phrase) and re.search(r"\d", out[-1]))):
            out.append(phrase)  # 12家公司参加 一共 提供岗位 180个: a count opens a clause of its own
            glue, named = True, False
            continue
        if out and i and _COUNTED_NEXT.search(out[-1]) and re.search(r"\d+(?:余|多)?[家个名位户所支份]$", phrases[i - 1]) and re.fullmatch(r"[\u4e00-\u9fa5]{2,6}", phrase) and not _SPOKEN_VERB.match(phrase) and not re.match(r"(?:月|小时|大家|我们|她们|他们|都|也|另外|此外|给|为|向|帮|量|发|送|做|讲|教|搞|办|已|就|又|再|正|将|还|被|把)", phrase) and not re.search(r"[了过着]", phrase):
            out[-1] += phrase  # 12家 家政公司: a count and what it counts
            glue = False
            continue
        ahead = phrases[i + 1:i + 3]
        named_next = re.fullmatch(r"[\u4e00-\u9fa5]{1,4}", phrase) and any(_EVENT_TAIL.fullmatch(p) for p in ahead[:2]) and not _EVENT_TAIL.fullmatch(phrase)
        if out and (_SPOKEN_VERB.match(phrase) or ((_EVENT_TAIL.fullmatch(phrase) or named_next) and _HELD.search(out[-1]))):
            out[-1] += phrase  # 120余人 来咨询 / 搞了一个家政服务 专场招聘会: one clause
            glue = False
            continue
        if re.fullmatch(r"(?:昨天|今天|前天|上周.|本周.|这周.|礼拜.|周.|星期.)", phrase) and i + 1 < len(phrases) and re.match(r"\d{1,2}月\d", phrases[i + 1]):
            continue  # 上周六 11月22号: the date itself
        if out and (glue or _JOIN_PREV.match(phrase)):
            # 来了家长八十多个 签到是86个: a second count is a clause of its own
            out[-1] += ("，" if re.match(r"^(?:签到|其中)", phrase) and re.search(r"[\d一二两三四五六七八九十百]+(?:多|余)?[个名人位]$", out[-1]) else "") + phrase
            named = False
        elif out and phrase.startswith("还有") and re.search(_ORG + "$", out[-1]):
            out[-1] += "和" + phrase[2:]  # 黄岗镇妇联 还有镇上的 爱心商会 → 黄岗镇妇联和镇上的爱心商会
            named = False
        elif out and re.fullmatch(r"[\u4e00-\u9fa5]{2,3}", phrase) and _ROLE_END.search(out[-1]):
            out[-1] += phrase
            named = True
        elif out and named and re.match(r"^[她他]\S", phrase):
            out[-1] += phrase[1:]
            named = False
        else:
            out.append(phrase)
            named = False
        glue = (phrase.endswith("的") and len(phrase) <= 10) or phrase in ("现场", "当场", "会上", "当天", "会后", "已经", "已", "每人", "每户", "每家")
    out = [p for p in out if p not in ("然后", "还有", "就是", "一个就是", "还有一个就是", "那个", "我们", "就这样")]
    lines: list[str] = []
    open_ = False  # phrases run into one sentence until one carries a figure or closes on 了
    for phrase in out:
        if phrase in _TURNS:
            open_ = False
            continue
        if lines and re.search(r"(?:和|与|以及|及)$", lines[-1]) and re.match(r"^\d", phrase):
            lines[-1] += phrase  # 来了12家家政公司 还有 2家养老院: the second count joins the first
        elif lines and open_ and (re.fullmatch(_BARE_COUNT, phrase) or re.search(r"(?:^|，)(?:给|为|向|帮|替)[\u4e00-\u9fa5]{1,4}$", lines[-1]) or _AWAITING.search(lines[-1])):
            lines[-1] += phrase  # 一共提供岗位 180个 / 给老人 理发: one clause, no pause
        elif lines and open_ and not _NEXT_STEP.match(phrase):  # 下一步 十二月 再组织一次: a plan opens its own line
            lines[-1] += "，" + phrase
        else:
            lines.append(phrase)
        awaiting = _AWAITING.search(phrase) and not re.search(r"\d", phrase)  # 县妇联给了 / 一共发了: what or how many follows
        open_ = bool(awaiting) or not (re.search(r"\d|[一二两三四五六七八九十百千万]+(?:多|来|余)?[个名人位户元块份]", phrase) or phrase.endswith("了") or _EVENT.search(phrase))
    return lines


# a chat export's time stamp before a speaker: [09:12] 谭玉梅：, 【10:40】, 09:12 执委-邓小芸：
_STAMP = re.compile(
    r"^\s*(?:[\[【(（]\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*[\]】)）]"
    r"|(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?(?=\s+[^\s：:]{1,16}[：:]))\s*"
)


_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")
# a chat turn's address and acknowledgement: 各位执委，… / 收到，… / 好的！…
_CHAT_OPENER = re.compile(
    r"^(?:(?:各位|亲爱的)[\u4e00-\u9fa5]{1,6}[，,：:！!]|大家好[，,！!]?|(?:收到|好的|好嘞|OK|ok)(?:[，,。！!~～\s]+|$)"
    r"|(?:姐妹们|家人们|亲们|大家|同志们|宝子们)(?:好)?[，,：:！!~～]+|辛苦(?:了|啦|大家|各位)+[，,。！!~～\s]+)\s*"
)
# a chat turn that only asks the group to call: 有问题打我电话, 有事随时联系我 (the number is the contact's)
_CALL_ME = re.compile(r"^\s*(?:有(?:事|问题|情况|需要|疑问|困难)(?:的话?)?[，,\s]*)?(?:请|可以|随时|直接)*(?:打|拨|找|联系|call)(?:我|本人)(?:的)?(?:电话|手机)?(?:就行|即可)?[。！!~～\s]*$")


def chat_clean(line: str) -> str:
    """A chat turn without its emoji, its address to the group and its acknowledgement
    (``收到👌 我带5个志愿者过去`` → ``我带5个志愿者过去``); a turn of emoji alone becomes empty."""
    line = _EMOJI.sub(" ", line)
    line = re.sub(r"\s{2,}", " ", line).strip()
    prev = None
    while prev != line:
        prev, line = line, _CHAT_OPENER.sub("", line, count=1)
    return line.strip()


def strip_timestamps(lines: list[str]) -> list[str]:
    """Lines with a chat export's time stamps removed, where two or more lines carry one (a single
    ``9:00 开班`` line of a programme keeps its time)."""
    if sum(1 for ln in lines if _STAMP.match(ln)) < 2:
        return lines
    return [_STAMP.sub("", ln, count=1) for ln in lines]


def read_frame(notes: str) -> Frame:
    frame = Frame()
    notes = join_thousands(notes)
    v = vocab()
    raw_lines = rewrite_tables(notes.replace("\r", "\n").split("\n"))  # table rows → one sentence each
    stamped = strip_timestamps(raw_lines)  # [09:12] 谭玉梅：… → 谭玉梅：…
    exported, raw_lines = stamped != raw_lines, stamped
    names = [m[1] for m in (re.match(r"^\s*(?:[\u4e00-\u9fa5]{1,12}?[-－—·])?([\u4e00-\u9fa5A-Za-z]{1,4})[：:]", ln) for ln in raw_lines) if m and not label_slot(m[1])]
    # A chat log: a 【group】 header, time-stamped turns, or a speaker who takes more than one turn.
    chat = exported or any(_HEADER.match(ln) for ln in raw_lines) or any(names.count(n) >= 2 for n in names)
    whole = "\n".join(raw_lines)
    # a chat's 【柳溪社区妇联执委群】 names the reporting unit; a visitor (区妇联的许部长) does not
    frame.organiser = header_unit(whole) or find_organiser(whole)
    if _MEETING.search(whole):
        frame.kind = "meeting"
    satisfaction = re.search(r"满意(?:度|率)?|满意\d|测评", whole) and not re.search(r"调研|问卷调查", whole)
    if re.search(r"调研|问卷调查", whole) or (not satisfaction and re.search(r"问卷[^\n]{0,8}(?:回收|收回|有效)|(?:回收|收回|有效)[^\n]{0,4}问卷", whole)):
        frame.kind = "survey"  # (a satisfaction form collected after an event is no survey: 回收问卷60份，满意58份)
    ahead, question = bool(_DIVIDER.search(whole)), ""  # a chat that runs into the event's own day
    helped = hardship_names(whole)  # 单亲妈妈林秀梅 → 林某: a person helped is never named
    if helped:
        frame.withheld.append("困难或受害群众的姓名（已改为“某”）")
    seen: set[str] = set()
    tallies: dict = {}  # a chat's total turn and its groups' partial turns, by line
    spoken: list[tuple[int, str]] = []
    for number, line in enumerate(raw_lines, 1):  # a voice transcript is read as its clauses, one a line
        if is_transcript(line.strip()):
            spoken.extend((number, part) for part in transcript_lines(spoken_numbers(unfill(line.replace("\u3000", " ")))))
        else:
            spoken.append((number, line))
    for number, line in spoken:
        for name in helped:
            line = line.replace(name, mou(name))
        line = unfill(line.replace("\u3000", " ").strip())
        line = re.sub(r"\s*(?:有?几件事|几项工作|几个事情?|情况如下|汇报如下|报告如下|如下)[：:]?\s*$", "", line)  # 柘林社区妇联 几件事：
        if not line:
            continue
        if _HEADER.match(line):
            line = _HEADER.sub("", line)
            if not line:
                continue
        speaker = ""
        if chat:
            m = re.match(r"^((?:[\u4e00-\u9fa5]{1,12}?[-－—·])?(?:[\u4e00-\u9fa5]{1,10}?妇联)?[\u4e00-\u9fa5A-Za-z]{1,4})[：:]\s*", line)
            if m and not label_slot(m[1]):
                line = line[m.end():]
                speaker = re.sub(r"^.*[-－—·]", "", m[1])
            line = chat_clean(line)
            if not line:
                continue
            if _TOTAL_TURN.match(line) and re.search(r"\d", line):
                line = _TOTAL_TURN.sub("", line, count=1)  # 总计走访79户… : the day's tally
                tallies["total"] = number
            elif _GROUP_TALLY.match(line) and re.search(r"\d", line):
                tallies.setdefault("groups", []).append(number)
        joint = _JOINT_HOSTS.search(line)
        if joint:  # 县妇联、县人社局在县就业培训中心联合举办… → 县妇联联合县人社局在县就业培训中心举办…
            line = f"{line[:joint.start()]}{joint[1]}联合{joint[2]}{joint[3] or ''}{joint[4]}{line[joint.end():]}"
        if _PREVIEW.fullmatch(line):
            frame.preview = True  # 预告（还没办）: the notes plan an event; the draft announces it
            continue
        if frame.preview and not frame.event:
            line = re.sub(r"^\s*(?:计划于?|拟于?|准备|将于|定于)\s*(?=(?:\d{4}年)?\d{1,2}月)", "", line)
        if re.match(r"^\s*(?:主办|承办|协办|指导)(?:单位)?\s+[\u4e00-\u9fa5]", line):
            # 主办 榕城区妇联 协办 区文化馆: labels written without a colon
            line = re.sub(r"(?:(?<=^)|(?<=\s))(主办|承办|协办|指导)(单位)?\s+", lambda m: f"{m[1]}{m[2] or ''}：", line.strip())
        marked = re.sub(r"\s*\[(?:图片|表情|语音|视频|文件|动画表情)\](?:\s*\[(?:图片|表情|语音|视频|文件|动画表情)\])*\s*", "", line).strip()
        if marked != line and marked and not any(re.search(p, marked) for p in v["chat_meta"]):
            line = marked  # 来了152人[图片]: the photo marker goes, the figures stay
        form = _FORM_HEADING.fullmatch(line)
        if form:  # “最美家庭”推荐表: a recommendation form, and what it puts forward for
            frame.kind = "recommendation"
            frame.event = frame.event or (_clean(form[1]) if len(form[1]) >= 2 else "")
            continue
        if any(re.search(p, line) for p in v["chat_meta"]):
            frame.dropped.append(number)
            heading_of(normalise_dates(line), frame)  # 11/3 的“巧手妈妈”编织课总结一下发群里
            asked = _EVE_QUESTION.match(line) if chat and ahead else None
            if asked:  # 明天“妈妈岗”专场招聘会的展位都落实了吗 before —— 11月27日 ——: the day's event
                short = re.match(r"^(培训|讲座|义诊|筛查|宣讲|比赛)(?=材料|资料|场地|会场|物资)", asked[1])
                frame.event = frame.event or event_name(_clean(asked[1]), frame) or (short[1] if short else "")
                question = asked[1] + (asked[2] or "")
            tomorrow = re.match(r"^\s*(?:明天|明日)(?:的)?(“[^”]{2,14}”[\u4e00-\u9fa5]{0,4}?)(?:[，,]|大家|几点|$)", line) if chat and ahead else None
            if tomorrow and not frame.event:  # 明天“母亲邮包”发放，大家几点到: the day's event, asked the eve before
                name = tomorrow[1]
                frame.event = name if re.search(r"(?:会|活动|培训|讲座|赛|课|节)$", name) else f"{name}活动"
            continue
        if chat and question:  # 装好了 120份, the answer to 培训材料都装袋了吗: 培训材料120份
            reply = _REPLY.match(line)
            if reply:
                rest = line[reply.end():].strip()
                line = f"{question}{rest}已备齐" if re.fullmatch(r"\d+\s*[\u4e00-\u9fa5]{1,2}", rest) else rest
            question = ""
        hosts = re.search(rf"\s*[@＠]\s*({_ORG})\s*(?:[xX×&＆+＋]|和|与)\s*([\u4e00-\u9fa5][\u4e00-\u9fa5A-Za-z\d]{{1,15}})\s*$", line)
        if hosts:  # salon @ 云栖区妇联 x 云栖数字产业园: the unit that holds it and its partner, not a place
            frame.organiser = frame.organiser or hosts[1]
            if hosts[2] != frame.organiser and hosts[2] not in frame.partners:
                frame.partners.append(hosts[2])
            line = line[:hosts.start()]
        at = re.search(r"\s*[@＠]\s*([\u4e00-\u9fa5\d][\u4e00-\u9fa5\dA-Za-z]{1,23}(?:\s[\dA-Za-z]{1,5})?)\s*$", line)  # 高新区创新中心B座五楼, 活动中心 301
        if at and not _HOUSE.search(at[1]):  # 巾帼创业 workshop @ 市创业孵化基地: the place
            frame.where = frame.where or at[1].replace(" ", "")
            line = line[:at.start()]
        if venue(line, frame):
            continue
        called = chat and _CALL_ME.match(re.sub(r"\+?\d[\d\s\-－]{6,}\d", "", line))
        phone = re.search(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)", line) if called else None
        line = take_personal(line, frame)
        if called:
            if phone and not frame.contact:  # the unit's contact line: who asked to be called, and the number
                frame.contact = f"{speaker}　{phone[0]}" if speaker else phone[0]
            continue  # 有问题打我电话 13907312468: the number went to the contact line, the rest is no fact
        line = take_minor(line, frame, whole)
        bullet = bool(_BULLET.match(line))
        if re.match(r"^\s*[一二三四五六七八九十]{1,2}[、.]\s*(?:[^，。；：:\s]{1,8}[：:]|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号])", line):
            bullet = False  # 二、12月计划： / 三、问题：… a section of the notes, not an item of the list above
            frame.list_head, frame.pending = None, ""
        if not bullet:
            frame.pending = ""
        line = normalise_dates(english(_BULLET.sub("", line)))
        if frame.pending and bullet:
            _add(frame, frame.pending, line, number, seen)
            continue
        if bullet and frame.list_head is not None and frame.list_head < len(frame.facts):
            head = frame.facts[frame.list_head]  # 课程3门： 1. AI写作工具入门 2. … → 开设课程3门：…、…
            item = _clean(line)
            head.text = f"{head.text}{'、' if head.text.endswith(tuple('）)') + tuple(chr(c) for c in range(0x4e00, 0x9fa6))) and '：' in head.text else '：'}{item}"
            head.figures = _figures(head.text)
            continue
        if not bullet:
            frame.list_head = None
        for segment in split_fields(line):
            for item in _split_long(segment.strip()):
                _read_segment(item, number, frame, seen)
    frame.withheld = list(dict.fromkeys(frame.withheld))
    if chat:
        chat_tallies(frame, tallies)
    names = re.findall(r"“[^”]+”", frame.event or "")
    if names:  # 今天的“巾帼志愿进楼栋”结束: a line that only names the event is no fact of its own
        frame.facts = [f for f in frame.facts if f.figures or not any(n in f.text for n in names)
                       or len(re.sub(r"[^\u4e00-\u9fa5A-Za-z\d]", "", _residue(f.text, frame))) >= 2]
    for word, report in _RELATIVE.items():
        frame.when = frame.when.replace(word, report)
    if not frame.event and frame.topic and frame.kind != "stats":
        topic = frame.topic
        if frame.organiser and topic.startswith(frame.organiser) and len(topic) > len(frame.organiser) + 2:
            topic = topic[len(frame.organiser):]  # 柳岸镇妇联各村“巧手坊”培训: the unit is the lead's, not the event's
        inner = unquote(topic)
        quoted = re.search(r"[“”]", inner)  # a topic with a quoted name inside is never quoted again
        named = topic if quoted else f"“{inner}”"
        tail = "" if quoted and re.search(_EVENT_NOUNS + "$", topic) else f"主题{frame.form or '活动'}"
        frame.event = f"{named}{tail}" if frame.kind != "survey" else f"{inner}专题调研"
    if re.fullmatch(r"(?:月度|季度|年度|月份|本月|上月|周)?(?:工作)?", frame.topic):
        frame.topic = ""  # 2026.10 月度统计: a period, not the work's topic
    if not frame.event:  # 办“巾帼风采”迎新年文艺汇演 left as a fact: the event the notes name
        for fact in frame.facts[:3]:
            named = re.fullmatch(r"(?:举办|办|开展|组织|举行|搞)了?(“[^”]{2,16}”[\u4e00-\u9fa5]{0,12})", fact.text)
            if named and not fact.figures and fact.slot != "quotes":
                frame.event = named[1]
                frame.facts.remove(fact)
                break
    frame.event = re.sub(r"^(?:举办|办|搞|开展|组织|举行)了?(?=“)", "", frame.event)  # 办“巾帼迎新”健步走: the verb is the lead's
    if not frame.event and frame.kind == "meeting":
        frame.event = "会议"  # minutes name no event: the meeting itself
    if not frame.event:
        frame.event = quoted_event(frame)
    if frame.kind == "survey" and frame.event and not re.search(r"调研|调查|问卷|走访|座谈", frame.event):
        frame.event += "专题调研"
    if _RECOMMENDATION.search(whole) and frame.nominee:
        frame.kind = "recommendation"
    if frame.kind == "recommendation" and frame.nominee:
        for fact in frame.facts:  # a form's deeds are the nominee's story, never the unit's measures or problems
            if fact.slot in ("content", "results", "problems", "background", "findings", "participants"):
                fact.slot = "cases"
                fact.text = re.sub(r"^在家庭成员方面，", "家庭成员有", fact.text)
    if frame.event == "个案跟进帮扶" and "困境儿童" in whole:
        frame.event = "困境儿童个案跟进帮扶"
    if frame.kind == "event" and not frame.event and is_case(whole, frame.minors):
        frame.kind = "case"  # one person helped: the lead tells who, by whom and how it ended
        sort_case_facts(frame)
        frame.act = case_act(frame, whole)
        frame.case_title = case_title(frame, whole)
        frame.when = frame.when or case_when(frame)
        visit = re.compile(r"^(?:(?:和|与|跟|联合)(?:" + "|".join(map(re.escape, frame.partners or ["\uffff"])) + r")[，,]?)?(?:一起|一同)?(?:去看|看望|探望|走访)")
        names = [a for a in frame.aliases.values()] + re.findall(r"[\u4e00-\u9fa5]{1,4}（化名）", whole)
        frame.facts = [f for f in frame.facts if not (visit.match(f.text) and not f.figures and any(n in f.text for n in names))]
    return frame


_TOTAL_TURN = re.compile(r"^(?:今天|今日|全天|当天|上午|下午)?(?:总计|总共|合计|共计|一共|累计|汇总)(?:一下)?[：:，,\s]*(?:共|一共)?")
_GROUP_TALLY = re.compile(r"^(?:[A-Za-z]|第?[一二三四五六七八九十\d]{1,2})(?:组|小组|队|分队)[，,：:\s]*(?:已经?)?")
_STARTED = re.compile(r"^((?:今天|今日|当天)?(?:上午|下午|晚上)?)[，,\s]*(“[^”]{2,16}”[\u4e00-\u9fa5]{0,8}?)(?:活动)?(?:正式)?(?:开始|启动|开展|开干|出发)(?:了|啦)$")


def chat_tallies(frame: Frame, tallies: dict) -> None:
    """A chat's tallies: the closing total turn (总计走访79户…) becomes the lead's figures, the groups'
    partial counts (A组已走访38户… / B组…) one paragraph of what was done, and a bare start turn
    (“防诈骗宣传进万家”入户开始了) names the event."""
    total = [f for f in frame.facts if f.line == tallies.get("total") and f.slot != "quotes"]
    if total:
        text = "，".join(f.text for f in total)
        frame.total = text if re.match(r"\d|共|合计|总", text) else f"共{text}"  # 65名… reads without 共
        frame.facts = [f for f in frame.facts if f not in total]
    lines = tallies.get("groups", [])
    groups = [f for f in frame.facts if f.line in lines and f.slot != "quotes"]
    if len(set(lines)) >= 2 and groups:
        parts = [_GROUP_TALLY.match(f.text)[0].rstrip("，,：: 已经") + _GROUP_TALLY.sub("", f.text, count=1) if _GROUP_TALLY.match(f.text) else f.text for f in groups]
        head = groups[0]
        head.text, head.slot, head.figures = "分组开展工作，" + "；".join(parts), "content", sum(f.figures for f in groups)
        frame.facts = [f for f in frame.facts if f is head or f not in groups]
    if not frame.event:
        for fact in frame.facts:
            first, _, rest = fact.text.partition("，")
            place = re.fullmatch(r"(?:地点|地址|在)[：:]?\s*([\u4e00-\u9fa5]{2,20})", rest) if rest else None
            started = _STARTED.match(first) if (not rest or place) else None
            if started and not re.search(r"\d", fact.text):
                if place:  # “暖冬行动”衣物募捐开始了，地点社区广场东侧: the event and its place
                    frame.where = frame.where or place[1]
                frame.when = frame.when or started[1] or ""
                name = started[2]
                frame.event = name if re.search(_EVENT_NOUNS + "$|[课班会赛]$", name) else f"{name}活动"
                frame.facts.remove(fact)
                break


_JOINT_HOSTS = re.compile(rf"({_ORG})[、和与]({_ORG})(在[^，。\s]{{2,20}}?)?(?:联合|共同|一起)(举办|开展|主办|组织|召开)")
_PREVIEW = re.compile(r"\s*(?:活动)?(?:预告|预热|预告稿)?\s*[（(]?\s*(?:还没办|尚未举办|还未举办|未举办|还没开始|尚未开展)\s*[）)]?\s*|\s*(?:活动)?预告\s*")
_FORM_HEADING = re.compile(r"\s*((?:[\u4e00-\u9fa5“”\d]{0,16}?))(?:典型)?(?:推荐表|申报表|推荐审批表|申报审批表|推荐登记表)\s*")
_RECOMMENDATION = re.compile(r"推荐表|推荐类别|申报表|申报类别|推荐单位|参评类别")
_MEETING = re.compile(r"会议纪要|会议记录|^\s*(?:会议时间|会议地点|议题[一二三四五六七八九十\d]|参会人员|会议内容)", re.M)
_VENUE = re.compile(r"^\s*(?:地点|活动地点|会议地点|场地|(?i:venue|place))\s*[：:]\s*(\S.*)$")
_HOUSE = re.compile(r"\d+\s*(?:号|组|室|栋|单元|弄)|[路街巷]\d")


def venue(line: str, frame: Frame) -> bool:
    """``地点：滨江区锦华社区党群服务中心`` / ``venue：县电商产业园 3楼直播间``: the event's place, read
    before the personal-data pass (a public venue is no one's address; a house number is)."""
    m = _VENUE.match(line)
    if not m or _HOUSE.search(m[1]) or re.search(r"\s[\u4e00-\u9fa5]{1,6}[：:]", m[1]):
        return False
    frame.where = frame.where or _clean(m[1])
    return True


# a chat's question about the coming event, before a date divider: 明天(的)“妈妈岗”专场招聘会的展位都落实了吗
_EVE_QUESTION = re.compile(
    r"^\s*(?:明天|明日)(?:的)?(.+?)(?:(?<=[会训赛课动诊讲])(的[\u4e00-\u9fa5]{1,6}?))?(?:都|已经|全部)?"
    r"(?:落实|准备|装袋|装|备|对接|安排|布置|弄)(?:好|完)?了?(?:吗|没有?|没)[？?]?\s*$"
)
_REPLY = re.compile(r"^\s*(?:都|已经|全部)?(?:落实|准备|装|备|对接|安排|布置|弄)(?:好|完)?了[，,\s]+")
_DIVIDER = re.compile(r"^\s*[—\-=]{2,}\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]\s*[—\-=]{2,}\s*$", re.M)


def heading_of(line: str, frame: Frame) -> None:
    """The date and the event named in a line that is no fact itself (a chat instruction)."""
    line = re.sub(r"(?:总结|汇总|整理|统计)一下.*$|(?<=[\u4e00-\u9fa5])(?:的)?数据出来了\s*$", "", line)
    # 今天直播数据出来了 (a chat's report line): the day and the event of the figures below
    m = re.match(r"^\s*((?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?|(?:今天|今日|昨天|昨日)(?:上午|下午|晚上)?)\s*(?:的)?", line)
    if not m or frame.facts:
        return
    frame.when = frame.when or m[1]
    rest = _clean(line[m.end():])
    name = event_name(rest, frame)
    if not name and re.fullmatch(_EVENT_NOUNS, rest) and len(rest) == 2:
        name = f"{rest}活动"  # 今天直播数据出来了 → 直播活动
    frame.event = frame.event or name


def quoted_event(frame: Frame) -> str:
    """An event the notes name only in quotes (今天的“巾帼志愿进楼栋”结束啦): “name”活动."""
    for fact in [f for f in frame.facts if f.slot not in ("plans", "proposals")][:4]:  # a plan's event is not this one
        for m in re.finditer(r"(?<![说道：:])“([^”]{3,12})”([\u4e00-\u9fa5]{0,6})", fact.text):
            tail = re.match(_EVENT_NOUNS, m[2])
            if tail:
                return f"“{m[1]}”{tail[0]}"
            if not re.search(r"[，。！？,]", m[1]) and re.search(r"结束|举办|开展|举行|启动|圆满", fact.text):
                return f"“{m[1]}”活动"
    return ""


def participants_sentence(text: str, label: str = "", labelled: bool = True) -> str:
    """``家长126人，进群98人`` → ``126名家长参加，进群98人``; a list keeps its items."""
    if "参加" in text or "参与" in text:
        return text
    m = re.match(r"^([^\d，,、]{2,14}?)(\d[\d.]*(?:多|余)?)(?:人|名)(?![次])(.*)$", text)
    if m and not m[3].startswith("、"):
        tail = m[3] if not m[3] or m[3].startswith(("，", ",")) else "，" + m[3]
        return f"{m[2]}名{m[1].strip()}参加{tail}"
    if not labelled:
        return text
    if re.match(r"^\d", text) and not re.search(r"、", text):
        return text + "参加"
    return f"{'出席' if label == '出席' else '参加'}人员包括{text}" if _figures(text) or "、" in text else f"参加对象为{text}"


def _split_long(segment: str) -> list[str]:
    """A run-on line as sentences and as runs of clauses of one kind (the notes' own words)."""
    if _labelled(segment):
        return [segment]
    out = []
    for item in split_items(segment):
        item = item.rstrip("。；;")
        clauses = [c for c in re.split(r"[，,]", item) if c]
        if len(item) < 40 or len(clauses) < 3 or re.search(r"[“\"]", item):
            out.append(item)
            continue
        runs: list[list] = []
        for clause in clauses:
            slot = _classify(clause)
            opens = re.match(r"^(?:为此|于是|因此)", clause) or (
                runs and runs[-1][1] == "background" and re.search(r"设立|建立|成立|开展|组织|举办|打造|推出|开设", clause)
            )
            if runs and not opens and (slot == "content" or slot == runs[-1][1]):
                runs[-1][0].append(clause)
            else:
                runs.append([[clause], slot])
        out.extend("，".join(parts) for parts, _ in runs)
    return out


_ROLE_HEAD = r"[\u4e00-\u9fa5]{0,8}(?:主席|副主席|主任|书记|局长|部长|站长|所长|院长|校长|会长|老师|代表)"
# minutes' labels → the meeting's act (a report sentence, never 在讨论方面)
_MINUTES = {"讨论": "会议讨论中，", "讨论事项": "会议讨论中，", "议定": "会议议定，", "议定事项": "会议议定，",
            "决定": "会议决定，", "通报": "会议通报，", "介绍": "会上介绍，", "交流": "会上交流，"}


def _inner_label(text: str) -> str:
    """``其中：婚姻纠纷21件`` → ``其中，婚姻纠纷21件``; ``“两癌”救助：本季度…`` → ``在“两癌”救助方面，本季度…``."""
    # 县妇联主席，田晓虹：明年… (the space between role and name read as a comma)
    text = re.sub(rf"^({_ROLE_HEAD})[，,]([\u4e00-\u9fa5]{{2,3}})(?=[：:])", r"\1\2", text)
    m = re.match(r"^([^：:，。]{1,10})[：:]\s*(.+)$", text)
    if not m or re.search(r"(?:说|表示|讲话|指出|强调)$", m[1]):
        return text
    head, body = m[1], m[2]
    minutes = _MINUTES.get(head)
    if minutes:  # a minutes' label is the meeting's act: 讨论：… → 会议讨论中，…; 议定：… → 会议议定，…
        return f"{minutes}{body}"
    if re.fullmatch(rf"{_ROLE_HEAD}[\u4e00-\u9fa5]{{2,3}}|[\u4e00-\u9fa5]{{2,4}}[（(][^）)]{{1,8}}[）)]", head):
        # a speaker's words: 冉丽（服装厂）：“订单有了…” → 冉丽（服装厂）表示：“…”
        return f"{head}表示：{body}" if body.startswith("“") else f"{head}表示，{body}"
    if re.fullmatch(_ORG, head) and not re.match(r"^[\d一二两三四五六七八九十]", body):
        return f"{head}介绍，{body}"  # 县法院：保护令平均审查时间… → 县法院介绍，…
    if re.search(r"(?:调查|问卷|调研|测评|回访)$", head):
        return f"{head}显示，{body}"  # 课后问卷调查：满意度94% → 课后问卷调查显示，满意度94%
    if re.fullmatch(r"(?:了解到|经了解|据了解|调查发现|走访发现)", head):
        return f"经了解，{body}"
    online = re.fullmatch(r"(线下|线上|现场)", head)
    if online:  # 线下：区图书馆负一楼多功能厅，到场52人 → 线下会场设在区图书馆负一楼多功能厅，到场52人
        first, _, rest = body.partition("，")
        if _PLACE_ONLY.fullmatch(first):
            return f"{head}会场设在{first}" + (f"，{rest}" if rest else "")
        return f"{head}{body}"
    verb = re.match(r"^(?:开展|组织|举办|发放|培训|服务|走访|慰问|捐赠|赠送)$", head)
    if verb and re.match(_ORG, body) and head in body:
        return body  # 发放：县妇联联合县供销社，给…发放… → the unit leads, the verb stays in its place
    if re.fullmatch(r"(?:上午|下午|晚上|会上|会后|课后|活动中|活动后)", head):
        return f"{head}，{body}"  # 上午：导师讲… → 上午，导师讲…
    if re.fullmatch(r"(?:上午|下午|晚上)?第[一二三四五六七八九十\d]{1,2}(?:单元|环节|场|课|讲|天)", head):
        return f"{head}，{body}"  # 上午第1单元：沟通与谈判 → 上午第1单元，沟通与谈判
    if re.fullmatch(r"(?:跟进|后续|后续跟进|下一步|下步)", head):
        return body  # 跟进：建微信群… (a plan already says it comes next)
    tod = re.fullmatch(r"(上午|下午|晚上)([\u4e00-\u9fa5]{2,6})", head)
    if tod:
        return f"{tod[1]}进行{tod[2]}，{body}"  # 下午实操：每人… → 下午进行实操，每人…
    if head == "其中":
        return f"其中，{body}"
    if re.search(r"(?:回应|通报|介绍|答复|反馈)$", head) or re.match(r"^\d{1,2}月\d{0,2}日?(?:前|后|起)", body):
        return f"{head}，{body}"  # 县医保局回应：明年起… → 县医保局回应，明年起…
    if head.endswith("汇报"):
        return f"据{head}，{body}"
    if head.endswith(("了", "有", "是", "为", "包括", "人数", "数量", "次数", "人次", "金额", "想学", "希望", "需要")) or re.match(
        r"^(?:开展|组织|举办|发放|培训|服务|走访|新增|收到|受理|参与|接待|办理|帮助|救助)", head
    ) or re.match(r"^[\d一二两三四五六七八九十]", body):
        return f"{head}{body}"  # 推荐就业：31人 → 推荐就业31人
    if re.match(r"^(?:发放|回收|收回|开展|组织|举办|召开|接待|服务|培训|走访|完成|收集|建立|成立)", body):
        return f"{head}{body}"  # 问卷：发放500份 → 问卷发放500份
    if len(body) <= 20 and "，" not in body:
        return f"{head}为{body}"  # 方式：问卷+座谈 → 方式为问卷和座谈
    return f"在{head}方面，{body}"


_SPEAKER = re.compile(
    r"^([\u4e00-\u9fa5A-Za-z]{0,10}?(?:长|员|姐|妈|奶奶|爷爷|老师|医生|师傅|书记|主任|主席|女士|先生|阿姨|村民|家长|群众|她|他|大家|老人|代表|小朋友|同学))"
    r"(?:说|表示|讲)[：:，,]?(?!“)(.+)$"
)


def speech(text: str) -> str:
    """``院长说你们每个月来一次就好了`` → ``院长说：“你们每个月来一次就好了。”``;
    ``社长说一场抵得上半年`` → ``社长表示，一场抵得上半年``. The words are not changed."""
    m = _SPEAKER.match(text)
    if not m or "“" in text:
        return text
    who, words = m[1], m[2].strip("，,。 ")
    if re.search(r"你们|我们|咱|俺|我", words):
        return f"{who}说：“{words}。”"
    return f"{who}表示，{words}"


def _first_person(text: str, org: str) -> str:
    """我们/我 outside quotes: the unit's name where a clause opens on it, else dropped
    (我联系了县家庭教育指导中心 → 镇妇联联系了县家庭教育指导中心; 后面我们点了一下 → 后面点了一下)."""
    if not org:
        return re.sub(r"我们|(?<![自本])我(?![国市县区镇省乡村们])", "", text)
    text = re.sub(r"(?<=[\u4e00-\u9fa5])我们", "", re.sub(r"(?:^|(?<=[，,]))我们", org, text))
    text = re.sub(r"(?:^|(?<=[，,]))我(?![国市县区镇省乡村们])(?=[\u4e00-\u9fa5])", org, text)
    text = re.sub(r"(?<![自本])我(?![国市县区镇省乡村们])", "", text)
    return text.replace(f"{org}{org}", org)


_BARE_NOUN = re.compile(r"(?:留守|困境|困难|单亲|失学|残疾)?(?:[\u4e00-\u9fa5]{1,3}的)?(?:孩子|女儿|儿子|孙女|孙子|女生|男生|学生|儿童|一名儿童|对象)")


_EVENT_ACT = re.compile(r"(?:举办|开展|组织|搞|办|开|召开|进行)了?(一|1)?(期|场|次|届)?")


def _add(frame: Frame, slot: str, text: str, number: int, seen: set[str], cleaned: bool = False) -> None:
    text = _inner_label(text if cleaned else _clean(text))
    if frame.when and slot not in ("plans", "quotes") and re.match(r"^(?:今天|今日)(?=[\u4e00-\u9fa5\d])", text):
        text = text[2:]  # 今天进场求职的宝妈有186人, the day the lead already gives
    if slot == "plans" and re.search(r"[，,]", text):
        clauses = re.split(r"[，,]", text)
        done = [c for c in clauses if re.search(r"已经|已(?!有计划)", c) and not re.search(r"计划|准备|打算|将|下一步|下个?月|下周", c)]
        if done and len(done) < len(clauses):
            _add(frame, "results", "，".join(done), number, seen, cleaned=True)
            text = "，".join(c for c in clauses if c not in done)
    if slot != "quotes" and re.match(r"^[^，。“]{2,16}表示：“", text):
        slot = "quotes"  # 冉丽（服装厂）表示：“…”: a speaker's words go to a quote sentence, never a measure
    bare_head = re.match(rf"^({_BARE_NOUN.pattern})[，,](?=[\u4e00-\u9fa5])", text)
    if bare_head and slot != "quotes":  # 困境儿童，母亲去年病逝 (the name withheld) → 该儿童母亲去年病逝
        text = ("该生" if re.search(r"学生|女生|男生", bare_head[1]) else "该儿童") + text[bare_head.end():]
    if slot == "quotes":
        text = speech(text)
        bare_quote = re.fullmatch(r"(“[^”]+”)\s*(?:[（(]([^）)]{1,10})[）)])?", text)
        if bare_quote:  # “这1万块钱救了急…”（患者代表） → 患者代表表示：“…”
            text = f"{bare_quote[2] or frame.voice or '群众'}表示：{bare_quote[1]}"
    else:
        parts = re.split(r"(“[^”]*”)", text)
        org = frame.organiser
        text = "".join(p if i % 2 else _first_person(p, org) for i, p in enumerate(parts))
    at = f"{frame.organiser}在{frame.where}" if frame.organiser and frame.where else ""
    if at and text.startswith(at) and len(text) > len(at) + 3 and slot != "quotes":
        text = text[len(at):].lstrip("，,")  # 区妇联在城南小学的阶梯教室，邀请了… : the place is the lead's
    prev = frame.facts[-1] if frame.facts else None
    if prev and prev.slot in ("results", "content", "participants") and prev.figures and slot != "quotes" and re.match(
        r"^(?:比|较)(?:上次|上一次|上期|上月|上个月|去年|上年|同期|去年同期)[^，。；]{0,8}(?:多|增|提高|提升|上升|少|减|下降)", text
    ):  # 成交额9.7万元 / 比上次多了四成: the comparison belongs to the figure before it
        prev.text = f"{prev.text}，{text}"
        prev.figures = _figures(prev.text)
        return
    text = re.sub(r"[，,]?(?:家住|住在|现住)(?=[，,。；]|$)", "", text)  # 家住 left when the address is withheld
    bare = re.sub(r"[，,。、\s]", "", text)
    act = _EVENT_ACT.fullmatch(bare) if frame.event and slot != "quotes" else None
    if act:  # 办了一期 left when the event's name is taken: the lead says it (举办一期…)
        frame.event_count = frame.event_count or (f"{act[1]}{act[2]}" if act[1] and act[2] else "")
        return
    if len(bare) < 2 or bare in seen or _BARE_NOUN.fullmatch(bare) or _BARE_NOUN.fullmatch(re.sub(r"[（(][^）)]*[）)]", "", bare)):
        return
    seen.add(bare)
    frame.facts.append(Fact(text, number, slot, _figures(text)))


def _read_segment(segment: str, number: int, frame: Frame, seen: set[str]) -> None:
    v = vocab()
    if not segment or _is_meta(clean_sentence(segment)):
        return
    bare = re.fullmatch(r"([^，。；：:]{1,8})[：:]", segment.strip())
    if bare and not label_slot(bare[1]):
        if not re.search(r"\d", bare[1]):
            if re.search(r"(?:发言|表示|说)$", bare[1]):
                frame.voice = re.sub(r"(?:发言|表示|说)$", "", bare[1])
            return
        if re.search(r"(?:计划|打算|安排|工作重点|重点工作)$", bare[1]) and re.match(r"^(?:下?\d{1,2}月|下月|下个月|明年|下一步|下步)", bare[1]):
            frame.pending = "plans"  # 12月计划： the numbered lines below are plans
            return
        frame.list_head = len(frame.facts)  # the numbered lines below are its items
        segment = bare[1]  # 课程3门： heads a list but carries a figure: the fact is 课程3门  # a bare label (代表发言：, 门：) heads the lines below; it is no fact itself
    person = re.match(r"^\s*姓名[：:]\s*([\u4e00-\u9fa5·]{2,5})(?:\s+性别[：:]\s*([男女]))?(?:\s+年龄[：:]\s*(\d{1,3})岁?)?\s*$", segment)
    if person:  # 姓名：覃月娥 性别：女 年龄：44 → 覃月娥，女，44岁 (a recommended person's own details)
        frame.nominee = frame.nominee or person[1]
        _add(frame, "cases", "，".join(p for p in (person[1], person[2], f"{person[3]}岁" if person[3] else "") if p), number, seen)
        return
    named = re.match(r"^\s*((?:全市|全县|全区|全省|全镇|全乡|全街道)?“[^”]{2,14}”(?:专项)?(?:行动|活动|工程|计划|项目))[：:]\s*(\S.*)$", segment)
    if named and not frame.event and _figures(named[2]):
        # 全市“女性素质提升”行动：线上课程点击量12.6万次 → the event, then its first figure as a fact
        frame.event = _clean(named[1])
        _read_segment(named[2], number, frame, seen)
        return
    seat = re.match(r"^\s*所在(?:地|村|社区|村（社区）)[：:]\s*(\S.*)$", segment)
    if seat and frame.nominee and frame.kind == "recommendation" or (seat and frame.nominee and _RECOMMENDATION.search(segment + frame.event)):
        frame.nominee = f"{_clean(seat[1])}{frame.nominee}"  # 所在地：黄桥镇丹霞社区 → 黄桥镇丹霞社区谭建民家庭
        return
    labelled = _labelled(segment)
    if labelled:
        label, value = labelled
        slot = label_slot(label)
        value = value.strip()
        if slot == "contact":
            frame.contact = frame.contact or re.sub(r"\s+", "　", value.strip())
            return
        if label == "列席" and value.strip():
            _add(frame, "participants", f"{_clean(value)}列席会议", number, seen, cleaned=True)
            return
        if slot == "person":
            frame.withheld.append("求助人身份信息")
            return
        if not value:
            frame.pending = slot if slot in SLOTS else ""
            return
        if slot == "when":
            if not frame.when_labelled:
                frame.when, frame.when_labelled = _clean(normalise_dates(value)), True
            return
        if slot == "where":
            frame.where = frame.where or _clean(value)
            return
        if slot == "organiser":
            value = re.sub(r"(妇联|委员会|局|协会)\s+(?=[\u4e00-\u9fa5]{1,6}(?:部|科|室|处)(?:[、，,；;\s]|$))", r"\1", value)  # 市妇联 权益部: one unit
            orgs = re.split(r"[、，,和与；;]|\s+", value)
            frame.organiser = frame.organiser if frame.organiser and frame.organiser in value else orgs[0]
            frame.partners += [o for o in orgs[1:] if o]
            return
        if slot == "partners":
            frame.partners += [o for o in re.split(r"[、，,]", value) if o]
            return
        if slot == "event":
            name = _clean(value)
            if label == "调研" and not name.endswith("调研"):
                name += "调研"
            frame.event = frame.event or name
            return
        if slot == "category":  # 推荐类别：2026年度县“最美家庭”: what the form puts the nominee forward for
            value = re.sub(r"^(?:同意|拟|建议)?(?:推荐|申报)(?:为|参评)?", "", value)  # 推荐意见：同意推荐为市“三八红旗手”
            frame.kind, frame.event = "recommendation", frame.event or _clean(value)
            return
        if slot == "nominee":  # 家庭：邵桂兰家庭（5口人）
            name = re.sub(r"[（(][^）)]*[）)]", "", value).strip()
            whole_name = name
            name = re.split(r"(?<=[\u4e00-\u9fa5·])[，,\s]+", name, maxsplit=1)[0]
            details = whole_name[len(name):].lstrip("，, ")
            if details and not frame.nominee:  # 推荐对象：符晓岚，女，1979年生，…理事长: the name, then who she is
                _add(frame, "cases", f"{name}，{details}", number, seen)
            frame.nominee = frame.nominee or _clean(name)
            size = re.search(r"[（(]\s*(\d+)\s*口人\s*[）)]", value)
            if size:
                _add(frame, "cases", f"{frame.nominee}共有{size[1]}口人", number, seen)
            return
        if slot == "topic":
            frame.topic = frame.topic or unquote(_clean(value))
            return
        if slot == "form":
            forms = [f for f in re.split(r"[+＋、，,和]", value.replace(" ", "")) if f]
            frame.form = forms[0] if forms else ""
            if len(forms) > 1:
                _add(frame, "content", f"活动采取{'和'.join(forms)}的形式", number, seen)
            return
        if slot == "speakers" and _figures(value):  # 家庭教育指导：讲座4场/参加家长356人次 is work done, not a speaker
            _add(frame, "content", f"{label}：{value}", number, seen)
            return
        if slot == "speakers":
            topic = re.match(r"^(.{2,24}?)[，,\s]+讲(?:授|解)?([\u4e00-\u9fa5“”]{2,14})$", _clean(value))
            if topic and label in ("讲师", "授课", "主讲", "主讲人", "授课老师", "主讲老师"):
                # 讲师：县妇幼保健院护士长 麦秀云 讲新生儿护理 → 由…麦秀云讲授新生儿护理 (one verb, not 讲…授课)
                speaker = re.sub(r"[，,\s]", "", topic[1])
                _add(frame, "speakers", f"由{speaker}讲授{topic[2]}", number, seen)
                return
            who = re.sub(r"[，,\s]", "", _clean(value))
            verb = {"主持": "会议由{}主持", "主持人": "会议由{}主持", "讲师": "由{}授课", "授课": "由{}授课", "带队": "由{}带队",
                    **dict.fromkeys(("讲课", "讲课人", "讲课老师", "授课人", "培训老师", "培训讲师"), "由{}授课"),
                    "评委": "{}担任评委", "嘉宾": "{}作为嘉宾出席"}.get(label, "由{}主讲")
            _add(frame, "speakers", verb.format(who), number, seen)
            return
        child = re.match(r"^(?:孩子|儿童)[，,\s]+(.+)$", value)
        if slot == "participants" and label == "对象" and child:  # a minor's name and age taken out
            _add(frame, "content", f"该儿童{_clean(child[1])}", number, seen)
            return
        if slot == "participants" and label == "对象" and frame.withheld:
            _add(frame, "content", f"帮扶对象为{_clean(value)}", number, seen)
            return
        if slot == "participants":
            value = participants_sentence(_clean(value), label)
        if slot == "skip":
            if label == "备注" and _figures(value):  # 备注：调解成功率本月100%；12月重点是… (contacts already taken out)
                for part in re.split(r"[；;]", value):
                    _read_segment(part.strip(), number, frame, seen)
            return
        if re.fullmatch(r"议题[一二三四五六七八九十\d]*", label) and not _figures(value):
            # 议题一：村里垃圾分类推进慢 → 会议讨论了村里垃圾分类推进慢的问题 (an agenda topic, not a measure)
            topic = _clean(value)
            _add(frame, "content", f"会议讨论了{topic}{'' if topic.endswith('问题') else '的问题'}", number, seen, cleaned=True)
            return
        if slot in ("findings", "proposals", "content") and len(items_of(value)) > 1:
            items = [_clean(i) for i in items_of(value)]
            sep = "、" if all(len(i) <= 12 and "，" not in i for i in items) else "；"
            joined = sep.join(items)
            if slot == "proposals":
                who = label[:-2] if label.endswith("需求") and len(label) > 2 else ""
                joined = f"{who}希望{joined}" if who else f"{'调研建议' if frame.kind == 'survey' else '建议'}{joined}"
            _add(frame, slot, f"{v['lead_in'].get(label, '')}{joined}", number, seen)
            return
        _add(frame, slot, f"{v['lead_in'].get(label, '')}{value}", number, seen)
        return
    # An unlabelled line: a heading with date, unit, place and event, or a fact.
    rest = _clean(segment)
    rest = re.sub(r"^(?:今天|今日|昨天|昨日)是?(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日)", "", rest)  # 今天是11月19号: the date
    if re.match(r"^下?\d{1,2}月(?:份)?(?:的)?(?:工作)?重点(?:是|为)", rest):
        _add(frame, "plans", rest, number, seen, cleaned=True)  # 12月重点是…: next month's focus is a plan, not the event
        return
    m = _WHEN.search(rest)
    early = len(frame.facts) <= 1 and _classify(rest) not in ("plans", "problems") and not frame.nominee  # a form's deeds carry years, not its date
    # a spoken heading names the unit first: 街道妇联今天上午搞了一个讲座 (the date mid-line)
    unit_first = m and 2 < m.start() <= 14 and re.fullmatch(rf"(?:我们)?{_ORG}", rest[:m.start()])
    spoken = m and re.search(r"\d月\d{1,2}日", m.group(0)) and re.fullmatch(
        r"(?:.*?从|(?:就是|也就是|是|在)?)", re.split(r"[，,]", rest[:m.start()])[-1])  # 就是11月17日周一, 从7月8日至8月16日: a date said mid-line
    if spoken and not frame.when and early and m.start() > 2 and not unit_first:
        frame.when = m.group(0)
        rest = re.sub(r"(?:(?:^|[，,])(?:就是|也就是|是|在)?|从)" + re.escape(m.group(0)) + r"(?:周[一二三四五六日天]|星期[一二三四五六日天])?(?=[，,]|$)", "", rest, count=1).strip("，,")
    elif m and not frame.when and early and (m.start() <= 2 or unit_first or (not _figures(rest) and "月" in m.group(0))):
        frame.when = m.group(0)
        if m.start() <= 2:
            rest = re.sub(r"^的(?=[\u4e00-\u9fa5]{2})", "", rest[m.end():].strip(" ，,"))
            rest = re.sub(r"^[（(]\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[)）]\s*", "", rest)  # 11月29日（周六）: the weekday goes with the date
        elif unit_first:
            rest = rest[:m.start()] + rest[m.end():].lstrip(" ，,")
    place = re.search(r"在([\u4e00-\u9fa5\d]{2,14}?(?:村委会|村|社区|镇|乡|街道|广场|集市|中心|会议室|阶梯教室|教室|礼堂|活动室|学校|小学|中学|公园|大厅|基地|园区|馆|站|之家|小区门口|小区|党校|报告厅|大院|院|厅|茶园|果园|菜园|大棚|田间)(?:[一二三四五六七八九十\d]{1,2}楼(?:[\u4e00-\u9fa5]{0,4}(?:会议室|活动室|报告厅|大厅))?)?(?:[东南西北正]门|门口)?)(?=[\u4e00-\u9fa5]{0,1}[，,]|组织|举办|开展|搞|开|办|进行|召开|设立|\d|$)", rest)
    if place and not frame.where:
        frame.where = re.sub(r"^在+", "", place[1])
    for partner in re.finditer(rf"(?:联合|和|与|跟|\+)\s*({_ORG})(?=一起|联合|共同|举办|开展|走访|慰问|看望|探望|走进|的同志|的工作人员|在|$|[，,\d])", rest):
        if _REFERRED.search(rest[:partner.start()]):
            continue  # 已转介派出所和区妇联维权中心: where a case was sent, not who held the work
        if partner[1] != frame.organiser and partner[1] not in frame.partners:
            frame.partners.append(partner[1].strip())
    if frame.organiser and frame.organiser in rest:  # 镇妇联和团委，还有镇中心校，一起搞的
        after = rest[rest.find(frame.organiser) + len(frame.organiser):]
        m2 = re.match(rf"^(?:和|与|跟|、)({_PARTNER})(?:[，,、](?:还有|以及|和)?({_PARTNER}))?[，,]?(?:一起|联合|共同)", after)
        for unit in (m2.groups() if m2 else ()):
            if unit and unit not in frame.partners and unit != frame.organiser:
                frame.partners.append(unit)
    if re.match(r"^(?:明天|明日|后天|下周|下月|下次)", rest) and not re.search(r"能不能|可不可以|能否", rest):
        _add(frame, "plans", rest, number, seen, cleaned=True)
        return  # a coming event is a plan, never the event of the report
    sheet = re.match(rf"^(.{{2,20}}?)(?:工作)?(?:统计|汇总|情况表|报表|月报|周报|年报|统计表)[（(]({_ORG})[）)]$", rest)
    summary = re.fullmatch(rf"(.{{2,20}}?)(?:(?:\d{{4}}年)?\d{{1,2}}月(?:份)?|本月|上半年|下半年|年度|季度)?(?:工作)?(?:小结|总结)[（(]({_ORG})[）)]", rest.strip())
    if not frame.facts and not _figures(re.sub(r"(?:\d{4}年)?\d{1,2}月", "", rest)) and summary:
        # 蔚岭县巾帼志愿服务11月小结（县妇联）: a summary's heading names the work and the unit, no fact
        frame.organiser = frame.organiser or summary[2]
        return  # the figures below tell the work; the heading's name is no event of its own
    if not frame.facts and not _figures(rest) and sheet:
        frame.organiser = frame.organiser or sheet[2]
        frame.topic = frame.topic or sheet[1]
        frame.kind = "stats"
        return
    data_sheet = re.fullmatch(rf"({_ORG})(?:(?:\d{{4}}年)?\d{{1,2}}月(?:份)?)?(?:工作)?(?:数据|统计|月报|报表|情况)", rest)
    if not frame.facts and not _figures(re.sub(r"(?:\d{4}年)?\d{1,2}月", "", rest)) and data_sheet:
        frame.organiser = frame.organiser or data_sheet[1]  # 云杉社区妇联 2026年11月工作数据: a sheet's heading
        frame.kind = "stats"
        return
    if not frame.facts and not _figures(rest) and re.search(r"(?:统计|汇总|情况表|报表|月报|周报)[）)]?$", rest):
        topic = re.sub(r"[（(].*?[）)]|统计|汇总|报表|情况表|月报|周报|纪要|，", "", rest)
        topic = re.sub(r"(?:的)?(?:情况)?(?:大家|各位)?$", "", topic)  # 今天…进集市的情况大家汇总一下
        name = event_name(topic, frame) if not frame.event else ""
        if name and name == topic:  # 反家暴宣传进集市 → 反家暴宣传进集市活动
            frame.event = name + ("活动" if re.search(r"进[\u4e00-\u9fa5]{1,3}$", name) else "")
        else:
            frame.topic = frame.topic or topic
        return  # a statistics sheet's heading: its unit and month are already read
    room = re.search(r"(?:会议室|活动室|报告厅|礼堂)$", rest.strip())  # 县妇联会议室: a room of the unit is a place
    if _PLACE_ONLY.fullmatch(rest.strip()) and len(rest.strip()) <= 12 and not _REQUEST.match(rest.strip()) and not re.search(r"联合|[和与、进去到办搞做开讲送帮走访报]|已|准备|计划|打算|下一步" if room else r"妇联|联合|[和与、进去到办搞做开讲送帮走访报]|已|准备|计划|打算|下一步", rest):  # 桥东社区 alone: where, never a measure
        frame.where = frame.where or rest.strip()
        return
    if re.fullmatch(r"[\u4e00-\u9fa5]{1,6}(?:节|节前|节前夕|前夕|期间)", rest.strip()):
        frame.occasion = frame.occasion or rest.strip()
        return
    clauses = [c for c in re.split(r"[，,]", rest) if c]
    first = not frame.facts
    for i, clause in enumerate(clauses):  # 讲的题目是，青春期孩子情绪怎么疏导: the topic, never a fact
        m = re.match(r"^[\u4e00-\u9fa5]{0,4}?(?:讲的|讲座的|课的|培训的)?(?:题目|主题)(?:是|为)(.*)$", clause)
        if m and not frame.topic:
            topic = m[1].strip() or (clauses[i + 1] if i + 1 < len(clauses) else "")
            if 2 <= len(topic) <= 20:
                frame.topic = unquote(topic)
                frame.form = frame.form or ("讲座" if "讲" in clause else "")
                del clauses[i: i + (1 if m[1].strip() else 2)]
            break
    report = re.fullmatch(r"(.{2,20}?(?:发放|救助|帮扶|慰问|走访|培训|宣讲|义诊|筛查|活动))(?:工作)?(?:情况|小结|总结)", rest.strip())
    if report and first and not frame.event and not _figures(rest):  # “巾帼助耕”农资发放情况: the heading names the event
        if not report[1].endswith("发放"):
            frame.event = report[1]
        return  # a distribution's heading: the lead opens on the unit that gave out (县妇联联合…向…发放)
    case = re.fullmatch(r"(?:[\u4e00-\u9fa5]{0,6}?)个案(?:跟进|回访|帮扶|记录|跟踪)?(?:[（(][^）)]{1,10}[）)])?", rest.strip())
    if case and not frame.event:  # 个案跟进（瓦窑村）: a case record; its village may be a child's, never the lead's place
        frame.event = "个案跟进帮扶"
        return
    if rest.strip() == "纪要":
        return  # 县反家暴工作联席会议 纪要: the kind of record, no fact
    record = re.fullmatch(r"([\u4e00-\u9fa5]{2,8}?)(?:记录|纪要|情况)?[（(]([\u4e00-\u9fa5]{2,10})[）)]", rest.strip())
    if record and not frame.event and re.search(_EVENT_NOUNS + "$", record[1]):  # 走访记录（青山村）
        frame.event, frame.where = record[1], frame.where or record[2]
        return
    if not frame.event and (first or not _figures(rest)) and not re.search(r"[说。；]", rest):
        for i, clause in enumerate(clauses):
            name = event_name(clause, frame)
            if _counted(clause) and not re.search(r"(?:看望|慰问|走访|探望)了?\d", clause):
                # 市妇联“巾帼宣讲”进社区第5场: a heading's name with its running number
                tail = clause[clause.find(name) + len(name):] if first and name and name in clause else "x"
                if not re.fullmatch(r"第\d+[场期次轮届]", tail):
                    continue
                name += tail
            if name:
                frame.event = name
                clauses.pop(i)
                break
    if clauses and not frame.where and not _REQUEST.match(clauses[-1].strip()) and re.fullmatch(r"[\u4e00-\u9fa5\d]{2,12}(?:会议室|活动室|报告厅|礼堂|大厅|教室|广场)", clauses[-1].strip()):
        frame.where = clauses.pop().strip()  # 座谈会记录，11月10日，县妇联会议室: the place, never an item
    for i in range(len(clauses) - 2, -1, -1):  # 11月6日，区公安分局…出具告诫书: a date opening a later line stays with it
        if _WHEN.fullmatch(clauses[i].strip()) and re.search(r"\d", clauses[i]) and frame.when and clauses[i].strip() not in frame.when:
            clauses[i:i + 2] = [f"{clauses[i].strip()}，{clauses[i + 1]}"]
    if len(clauses) > 1:  # 地点在县妇联五楼会议室: a clause the frame already holds
        clauses = [c for c in clauses if _figures(c) or len(re.sub(r"[^\u4e00-\u9fa5A-Za-z\d]", "", _residue(c, frame))) >= 2]
    clauses = [c for c in clauses if not re.fullmatch(r"\s*(?:会议)?(?:纪要|记录)\s*", c)]  # 联席会议 纪要: the record's kind
    rest = "，".join(clauses)
    if frame.where and rest.startswith(f"在{frame.where}") and len(rest) > len(frame.where) + 3:
        rest = rest[len(frame.where) + 1:]
    at = f"{frame.organiser}在{frame.where}" if frame.organiser and frame.where else ""
    if at and rest.startswith(at) and len(rest) > len(at) + 3:
        rest = rest[len(at):].lstrip("，,")
    if not _figures(rest) and len(re.sub(r"[^\u4e00-\u9fa5A-Za-z\d]", "", _residue(rest, frame))) < 2:
        return
    slot = _classify(rest)
    if slot == "participants":
        rest = participants_sentence(rest, "", labelled=False)
    _add(frame, slot, rest, number, seen, cleaned=True)


_REQUEST = re.compile(r"(?:想请|希望|建议|请求|恳请|拟请|需要|请)")  # 想请街道协调一下社区活动室: a request, not the place
UNIT_REQUEST = re.compile(r"(?:想请|恳请|请求|拟请)")  # the unit's own request (a proposal, said by the unit)
_PLACE_ONLY = re.compile(
    r"(?:在)?[\u4e00-\u9fa5\d]{1,12}(?:社区|村|镇|乡|街道|广场|中心|会议室|礼堂|活动室|学校|小学|中学|公园|大厅|基地|馆|站|之家|小区|党校|报告厅|楼|室|厅)"
)


def unquote(text: str) -> str:
    """A name without the quotes around it (“如何和孩子沟通” → 如何和孩子沟通); a phrase with a quoted
    name inside keeps its quotes (“家和万事兴”家风故事分享 stays whole)."""
    m = re.fullmatch(r"\s*“([^“”]+)”\s*", text)
    return m[1] if m else text.strip()


def _residue(text: str, frame: Frame) -> str:
    """What a line says besides the frame's when, where, organiser and partners."""
    for word in [frame.organiser, frame.where, frame.when, *re.findall(r"“[^”]+”", frame.event or ""), *frame.partners]:
        if word:
            text = text.replace(word, "")
    text = re.sub(r"今天|今日|“”|结束", "", text)
    return re.sub(r"联合|一起|在|和|与|跟|举办|开展|的|了|[\d年月日号]|上午|下午|晚上|地点|地址|时间|这次|就是|是|我们|咱们", "", text)


def event_name(clause: str, frame: Frame) -> str:
    """The event named in a heading clause (“巾帼心向党”宣讲会, 女性跨境电商培训), or ''."""
    text = clause
    for word in [frame.organiser, *frame.partners]:
        if word:
            text = text.replace(word, "")
    if frame.where:
        text = text.replace(f"在{frame.where}", "").replace(frame.where, "")
    text = re.sub(r"^(?:联合|和|与|跟)", "", text.strip())
    text = _WHEN.sub("", text)
    text = re.sub(r"的(?=(?:免费|公益)?(?:比赛|大赛|活动|讲座|培训|宣讲|义诊))", "", text)  # 直播带货的比赛 → 直播带货比赛
    m = _EVENT.search(text)
    while m and re.match(r"(?:室|中心|站|阵地|场地|场所)", text[m.end():]):
        m = _EVENT.search(text, m.end())  # 社区活动室: a room, not an event
    if not m:
        return ""
    name = re.split(r"举办了|开展了|组织了|召开了|搞了个|搞了|举办|开展|办了|就是|一个|一场", m.group(0))[-1]
    end = m.end()
    if name.count("“") > name.count("”") and text[end:end + 1] == "”":
        name, end = name + "”", end + 1  # 办“巾帼直播带货”培训: the quote closes, then the noun after it
    more = re.match(_EVENT_NOUNS, text[end:])
    while more:  # 电商直播培训: the longer name
        name, end = name + more.group(0), end + more.end()
        more = re.match(_EVENT_NOUNS, text[end:])
    if re.search(r"(?:走访|慰问|帮扶|看望|探望|走进)$", name) and end < len(text):
        name, end = text[m.start():], len(text)
    name = re.sub(r"^(?:的|了|关于|组织了|举办了|开展了|组织|举办|开展|联合举办|办了|搞了|办(?=“)|搞(?=“))+", "", name)
    name = re.sub(r"(?:纪要|记录|情况|小结|总结|统计)$", "", name)
    name = re.sub(r"的(?=问卷调查$|调查$)", "", name)
    if re.search(r"(?:调处|调解|救助|排查)$", name):
        name += "工作"
    name = re.sub(r"的(?=调研$)", "", name)
    return name if len(name) >= 3 and name.count("“") == name.count("”") else ""

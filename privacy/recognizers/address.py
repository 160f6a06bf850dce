"""ADDRESS: addresses precise enough to find a home.

Reported only down to a road and house number, a building/unit/room, or a village group
(村二组); a bare province, city or county name is not personal.

The full pattern is costly to try at every character of a long document, so matching
starts from anchors (a number followed by 号/组/栋/单元/室 ...) and runs the pattern in a
window around each. A match starts at the leftmost possible character, so a leading verb
such as 家住/位于 is trimmed off afterwards.
"""

from __future__ import annotations

from typing import List, Optional

import regex as re
from presidio_analyzer import Pattern, RecognizerResult

from privacy.names import common_words, surname_words
from privacy.recognizers.base import ContextPatternRecognizer

_C = r"[\u4e00-\u9fff]"
# what follows a day of the month (3号上午, 5号开会, 12号前): N号 then reads as a date, not a house
_DATE_NEXT = r"[上下中]午|晚|早|凌晨|前|后|起|以|至|到|开|召|举|当天|那天|这天|左右|晚上"
_N = r"(?:[0-9]+|[一二三四五六七八九十百零〇两]+)"
_ADMIN = (
    rf"(?:{_C}{{1,6}}?(?:省|自治区|特别行政区)|{_C}{{1,5}}?(?:自治州|地区|盟|市|州)"
    rf"|{_C}{{1,5}}?(?:自治县|县|区|旗)|{_C}{{1,5}}?(?:镇|乡|街道|办事处))"
)
# a house or building number may carry 甲/乙/丙/丁 (甲15号院: the first of two numbered 15)
_NO = rf"(?:[甲乙丙丁])?{_N}"
# a numbered or directional part of an estate before its buildings (和平里七区, 天通苑北一区, 龙泽苑东区)
_SUBAREA = rf"(?:[东南西北中]{_N}?|{_N})区"
_BUILDING = rf"(?:{_NO}(?:号楼|栋|幢|座|号院)|[0-9]+-[0-9]+(?:-[0-9]+)?(?:室|号)?)"
_TAIL = (
    rf"(?:{_N}(?:号楼|栋|幢|座|单元|门|排|层|楼|室|户|号)|[A-Za-z](?:座|栋|幢|区)|-?[0-9]+-[0-9]+(?:-[0-9]+)?(?:室|号)?)*"
    r"(?:(?<=单元|栋|幢|号楼|座|门)[0-9]{3,4}(?![0-9]))?"  # a bare room number after the unit or entrance (2门101)
)
# a lane or hutong may follow the street it opens off (新街口北大街三不老胡同1号院)
_STREET = (
    rf"(?:{_C}{{1,7}}?(?:大街|大道|路|街))?"
    rf"{_C}{{1,7}}?(?:大街|大道|路|街|(?<!街|频|渠|知|报|味|轨|赛|跑|通|车|隧)道|巷|弄|胡同){_NO}(?:号|弄)(?:院)?"
)
_ESTATE = (
    rf"{_C}{{1,8}}?(?:小区|花园|家园|公寓|新村|大厦|苑|园|(?<!政)府|公馆|宿舍|社区|村|庄|屯|广场|大院|里)"
    rf"(?:{_SUBAREA})?{_BUILDING}"
    rf"|{_C}{{1,6}}?{_SUBAREA}{_BUILDING}"  # a numbered area and its building (劲松八区805号楼)
)
# a house number in a 里 or 苑 (团结湖北里3号, 八里庄北里甲15号): only after a county or district, or
# right after a word that introduces an address (住在和平里5号), and not a date (村里5号开会, 这里3号前)
_LANE_TAIL = rf"(?:(?<![这那哪村家城乡县镇区院心夜手屋厂店楼])里|苑)(?:{_SUBAREA})?{_NO}号(?!楼|院|栋|{_DATE_NEXT})"
_LANE = rf"{_C}{{1,8}}?{_LANE_TAIL}"
_LANE_LEAD = r"(?<=(?:住|住在|住址|地址|家住|现住|居住|位于|户籍)[：:\s]?)"
_BLOCK_UNIT = rf"{_C}{{1,8}}?{_N}(?:号楼|栋|幢|座){_N}单元"  # any estate name, when a unit follows
_VILLAGE_GROUP = rf"{_C}{{1,6}}?(?:村|屯|庄|社区)(?:第)?{_N}(?:村民小组|小组|组|社|队)"
# 该村二组 / 本村3组 / 某村五组: no village is named, so nothing to find a home by.
_UNNAMED = re.compile(r"(?:该|本|某|各|全|每|此|同|邻|我)(?:村|屯|庄|社区)")
# a house in a village, numbered by row (排) or after the group (芦城村3排5号, 张庄村二组15号)
_VILLAGE_HOUSE = rf"{_C}{{1,6}}?(?:村|屯|庄|社区)(?:{_N}(?:组|队))?(?:{_N}排)?{_N}号"
# a village or community named right after the county or district it belongs to (with the town between
# them or not): a county and a village name find a household; a town alone does not (城关镇 is in
# hundreds of counties). The name has no
# function character, and 村民/村委/村级 ... are words about the village, not its end
_PLACE_NAME = r"[^\s\p{P}\d的在到和与及对为是了于把被从向等妇联党委政府局院校站所中心]"
_NAMED_VILLAGE = (
    rf"(?:{_C}{{1,6}}?(?:省|市))*{_C}{{1,5}}?(?<!小|社|校|景|营)(?:区|县|旗)(?:{_C}{{1,5}}?(?:镇|乡|街道))?"
    rf"{_PLACE_NAME}{{2,5}}?(?<![农乡山渔本该全各邻外])(?:村|社区)(?![民委级里庄头口])"
)
_NAMED_VILLAGE_RX = re.compile(_NAMED_VILLAGE)
_VILLAGE_END = re.compile(r"(?<=[区县旗镇乡道][^\s\p{P}]{2,5})(?:村|社区)(?![民委级里庄头口])")

# A road and house number may go on with the estate or building inside it
# (人民东路318号幸福家园小区5栋..., 广安大街16号美东国际A座1205室).
_IN_STREET = (
    # an estate and its phase before the building (凤凰城2期15栋2602)
    rf"(?:{_ESTATE}|{_BLOCK_UNIT}|{_C}{{1,8}}?(?:{_N}期)?(?:[A-Za-z]|{_N})(?:号楼|栋|幢|座)"
    rf"|{_C}{{1,8}}?(?:大厦|大楼|写字楼|中心|广场)(?={_N}(?:层|楼|室)))"  # 城建大厦18楼
)
ADDRESS_REGEX = (
    rf"(?:{_ADMIN})*(?:{_STREET}{_IN_STREET}?|{_ESTATE}|{_BLOCK_UNIT}|{_VILLAGE_GROUP}|{_VILLAGE_HOUSE}"
    rf"|(?:(?<=[区县旗镇乡道处])|{_LANE_LEAD}){_LANE})"  # a 里 house right after a county, town or address word
    rf"{_TAIL}"
)
# Every address match contains one of these.
_ANCHOR = re.compile(rf"{_N}(?:号|弄|组|社|队|栋|幢|座|村民小组|小组)|[0-9]+-[0-9]+")
# An anchor is worth the full pattern only if a detail suffix (路, 村, 小区 ...) stands just
# before it, or it is a building number (3号楼, 5栋).
_DETAIL_BEFORE = re.compile(r"大街|大道|路|街|道|巷|弄|胡同|村|庄|屯|社区|小区|花园|家园|公寓|新村|大厦|苑|园|府|公馆|宿舍|广场|大院")
# 里 (a lane) and 排 (a row of houses) before a number: worth the pattern only where an address can be
# around, a county or district, a village or an address word in the window before (a text full of
# 这里3号 / 北里5号 is not run through the whole pattern at every number)
_LANE_BEFORE = re.compile(r"里|排")
_LANE_CONTEXT = re.compile(r"[区县旗镇乡村屯庄]|街道|住|地址|位于|户籍")
_LANE_END = re.compile(_LANE_TAIL)  # the 里/苑 and its house number, tried at the 里 (cheap: no 这里, no date)
_LANE_CHAR = re.compile(r"[里苑]")
_WINDOW_BEFORE = 48
_WINDOW_AFTER = 32

# Words that introduce an address; the address starts after the last one.
_LEAD = re.compile(
    r"(?:户籍地|户籍所在地|居住地|现居地|所在地|出生地|家住|住在|住址|地址|现住|居住|位于|来自|搬到|搬至|迁至|前往|回到|来到|户籍|籍贯|接近|靠近|附近|"
    r"走访|看望|探望|慰问|到达|抵达|返回|送至|送到|寄至|寄到|"
    r"住|在|到|至|往|址|为|是|的|和|与|及|从|向|对|赴|去|即|系|近|了)"  # 了: 走访了X街道…
)
_BOUNDARY = re.compile(r"[^\u4e00-\u9fff]|" + _LEAD.pattern[3:-1])
_FIRST_SUFFIX = re.compile(
    r"省|自治|特别|市|州|地区|盟|县|区|旗|镇|乡|街道|大街|大道|路|街|巷|弄|胡同|小区|花园|家园|公寓|新村|大厦|苑|园|府|社区|村|庄|屯"
)


def _begins_word(pair: str) -> bool:
    return len(pair) == 2 and (pair in common_words() or pair in surname_words())


def trim_lead(matched: str) -> int:
    """How many leading characters of a match are not part of the address."""
    first = _FIRST_SUFFIX.search(matched)
    head = matched[: first.start()] if first else matched
    cut = 0
    for m in _LEAD.finditer(head):
        # a one-character lead that begins a word (和平西路, 至诚) is part of the name
        if m.end() - m.start() == 1 and (_begins_word(head[m.start() : m.start() + 2]) or m.end() >= len(head)):
            continue  # 和平西路, 南和区: the character belongs to the place name
        cut = m.end()
    # keep at least one character before the first suffix (a one-character place name)
    if first and cut >= first.start():
        cut = max(0, first.start() - 1)
    return cut


class CnAddressRecognizer(ContextPatternRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = [Pattern("address to house, building or village group", ADDRESS_REGEX, 0.6)]
    CONTEXT = ["住", "地址", "住址", "位于", "户籍"]

    def __init__(self, supported_language: str = "zh"):
        super().__init__(supported_language=supported_language)
        self._regex = re.compile(ADDRESS_REGEX)

    def _match_around(self, text: str, anchor: re.Match, everywhere: bool = True) -> re.Match | None:
        """The leftmost address match that contains ``anchor``.

        Tried first only where an address can begin (after punctuation or a lead word such
        as 家住), which is cheap; then, if none fits and ``everywhere``, at every position of the window.
        """
        lo = max(0, anchor.start() - _WINDOW_BEFORE)
        hi = min(len(text), anchor.end() + _WINDOW_AFTER)
        starts = [lo] if lo == 0 else []
        starts += [b.end() for b in _BOUNDARY.finditer(text, lo, anchor.start())]
        for pos in starts:
            m = self._regex.match(text, pos, hi)
            if m is not None and m.end() >= anchor.end():
                return m
        for m in self._regex.finditer(text, lo, hi) if everywhere else ():
            if m.end() >= anchor.end() and m.start() <= anchor.start():
                return m
            if m.start() > anchor.start():
                break
        return None

    @staticmethod
    def _village_before(text: str, end: int) -> re.Match | None:
        """The leftmost county + village name ending at ``end`` (下花园区辛庄子村), from a boundary."""
        lo = max(0, end - _WINDOW_BEFORE)
        starts = [lo] if lo == 0 else []
        starts += [b.end() for b in _BOUNDARY.finditer(text, lo, end)]
        for pos in starts:
            m = _NAMED_VILLAGE_RX.fullmatch(text, pos, end)
            if m is not None:
                return m
        return None

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None, regex_flags: Optional[int] = None):
        found: dict[tuple[int, int], None] = {}
        covered_to = -1
        for anchor in _ANCHOR.finditer(text):
            if anchor.start() < covered_to:
                continue  # inside an address already found
            building = text[anchor.end() - 1] in "栋幢座" or text.startswith("楼", anchor.end())
            lane_only = False
            if not building and not _DETAIL_BEFORE.search(text, max(0, anchor.start() - 3), anchor.start()):
                if not _LANE_BEFORE.search(text, max(0, anchor.start() - 3), anchor.start()):
                    continue
                if not _LANE_CONTEXT.search(text, max(0, anchor.start() - _WINDOW_BEFORE), anchor.start()):
                    continue
                lane = [c.start() for c in _LANE_CHAR.finditer(text, max(0, anchor.start() - 8), anchor.start())]
                if text[anchor.start() - 1 : anchor.start()] != "排" and not (
                    lane and (m0 := _LANE_END.match(text, lane[-1])) is not None and m0.end() >= anchor.end()
                ):
                    continue  # no house number of a 里 here (这里3号, 北里5号上午): not worth the whole pattern
                lane_only = True  # a 里/排 form starts after a district or an address word: a boundary
            m = self._match_around(text, anchor, everywhere=not lane_only)
            if m is not None:
                start = m.start() + trim_lead(m.group())
                if m.end() - start >= 4 and not _UNNAMED.match(text, start):
                    found[(start, m.end())] = None
                    covered_to = max(covered_to, m.end())
        for end in _VILLAGE_END.finditer(text):
            if end.start() < covered_to:
                continue
            m = self._village_before(text, end.end())
            if m is not None:
                start = m.start() + trim_lead(m.group())
                if end.end() - start >= 5 and not _UNNAMED.match(text, start):
                    found[(start, end.end())] = None
                    covered_to = end.end()
        pattern = self.patterns[0]
        return [
            RecognizerResult(
                self.ENTITY,
                start,
                end,
                pattern.score,
                analysis_explanation=self.build_regex_explanation(
                    self.name, pattern.name, pattern.regex, pattern.score, None, 0
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end in found
        ]

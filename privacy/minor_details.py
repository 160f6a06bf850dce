"""Details that identify a minor even with the name hidden (不得披露未成年人身份信息和相关细节).

In a sentence that mentions a minor by name, these are findings of their own kind, ``MINOR_DETAIL``,
which masking covers like any other entity:

- a school with a grade or class (县实验小学二年级, 镇中学初一（2）班, 镇二小二年级（1）班); a bare
  grade (读高二) is not a detail on its own;
- the small place the minor lives in or was found at (南庄村, 城关镇东关社区, 红星社区) when the
  sentence also gives an exact age under 18 (今年10岁, 13岁的): an age and a village or community
  together point to one child.
"""

from __future__ import annotations

import bisect

import regex as re

from privacy.sentences import sentence_spans

ENTITY = "MINOR_DETAIL"
SCORE = 0.8
_NUM = r"[0-9一二三四五六七八九十]{1,2}"
# a school name: up to ten characters not crossing a verb of study or punctuation, then the school word
# school words: 小学/中学 ..., vocational schools (中专, 职高, 技校), and numbered short forms (二小, 三中)
_SCHOOL_WORD = r"(?:小学|中学|[一二三四五六七八九十]{1,2}[小中](?!学)|中专|职专|职高|职中|技校|实验学校|学校|初中|高中)"
# (和 may stand in a school's name, 和平路小学; 自 of 来自 may not)
_SCHOOL = rf"(?:[^\s，。、；：！？“”（）()在于读上入进的是与到去来自至赴]{{0,10}}?{_SCHOOL_WORD})"
_GRADE = r"(?:[一二三四五六]年级|初[一二三](?![十0-9])|高[一二三](?![十0-9]))"
_CLASS = rf"(?:[（(]{_NUM}[）)]班|{_NUM}班)"
# a school with grade and class names one class of children: in a document about a minor it is flagged
# even in a sentence that names no one (多次到永丰镇中心小学五年级（4）班门口拦截孩子)
_FULL_CLASS = re.compile(rf"{_SCHOOL}{_GRADE}{_CLASS}")
# a school level with no school named and no class (上小学四年级) is a grade, not a detail
_STUDY = r"(?:(?:读|上|念)书?)"  # 在镇中心小学读一年级: a verb of study between a school and its grade
_GENERIC = re.compile(rf"(?:小学|中学|初中|高中){_STUDY}?{_GRADE}$")
_HINT = re.compile(r"年级|初[一二三]|高[一二三]|班")  # a cheap test before the full pattern
# a grade identifies only with its school or class: a bare 初二 names no one
_DETAIL = re.compile(rf"{_SCHOOL}{_STUDY}?{_GRADE}{_CLASS}?|{_GRADE}{_CLASS}|{_SCHOOL}{_CLASS}")
# an exact age under 18 (the cue minors.py reads too)
_AGE = re.compile(r"(?<![0-9])(?:[0-9]|1[0-7]|[一二两三四五六七八九]|十[一二三四五六七]?)\s*(?:周)?岁(?!以[上下]|左右|至|到|-)")
# a village or community with its name, the town before it when named (城关镇东关社区); the name holds
# no function character, and 农村/乡村/本村 ... name no place
_NAME = r"[^\s\p{P}\d的在到和与及对为是了于把被从向等住里个名位岁妇联]"
_SMALL_PLACE = re.compile(
    rf"(?:{_NAME}{{1,4}}?(?:镇|乡|街道))?{_NAME}{{2,4}}?(?<![农乡山渔本该全各邻外同])(?:村|社区)(?![民委级里头口])"
    rf"(?:[0-9一二三四五六七八九十]{{1,2}}组)?"
)
_PLACE_HINT = re.compile(r"村|社区")


def find_details(text: str, minor_mentions: list[tuple[int, int]],
                 sentences: tuple[tuple[int, int], ...] | None = None) -> list[tuple[int, int]]:
    """Spans of school/grade/class details in the sentences that name a minor (``sentences``: the
    scan's sentence spans, split here when not given)."""
    if not minor_mentions:
        return []
    mentions = sorted(minor_mentions)
    starts = [a for a, _ in mentions]
    out = []
    for start, end in sentence_spans(text) if sentences is None else sentences:
        i = bisect.bisect_left(starts, start)
        if i == len(starts) or starts[i] >= end:  # no minor named in this sentence
            if _HINT.search(text, start, end):
                out += [m.span() for m in _FULL_CLASS.finditer(text, start, end)]
            continue
        if _HINT.search(text, start, end):  # a grade or class
            out += [m.span() for m in _DETAIL.finditer(text, start, end)
                    if not _inside_name(mentions, starts, m) and not _GENERIC.match(m.group())]
        # a village or community, with an exact age: a village alone is not identifying
        if _PLACE_HINT.search(text, start, end) and _AGE.search(text, start, end):
            out += [m.span() for m in _SMALL_PLACE.finditer(text, start, end) if not _inside_name(mentions, starts, m)]
    return sorted(out)


def _inside_name(mentions: list[tuple[int, int]], starts: list[int], m: re.Match) -> bool:
    j = bisect.bisect_left(starts, m.end())
    return bool(j) and mentions[j - 1][1] > m.start()

"""Details that identify a minor even with the name hidden (不得披露未成年人身份信息和相关细节).

In a sentence that mentions a minor, these are findings of their own kind, ``MINOR_DETAIL``,
which masking covers like any other entity:

- a school with a grade or class in its common forms (县实验小学二年级, 县实验中学七年级（4）班,
  初二(3)班, 高一3班, 八年级二班, 某校五(2)班, 县机关幼儿园大班); a bare grade (读高二) or a
  level with no school named (上小学四年级, 上幼儿园大班) is not a detail on its own;
- a named school where the child studies (就读于县实验小学, 在城关镇第二中学上学, 考入市一中), not a
  school named as a venue or an adult's workplace (在县实验小学召开家长会, 在镇中心小学当老师);
- the small place the minor lives in or was found at (南庄村, 城关镇东关社区, 红星社区) when the
  sentence also gives an exact age under 18 (今年10岁, 13岁的) or the child's grade: an age and a
  village or community together point to one child.

A minor is a minor mention the scan found, or a child described by an exact age with no name
(家住石门村的9岁女孩, 一名12岁留守儿童). A sentence right after a minor's sentence that speaks of the
child as its subject (她在县实验小学读三年级, 孩子目前就读于…, 该生…) is read as the minor's sentence.
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
_PREFIX_CHAR = r"[^\s，。、；：！？“”（）()在于读上入进的是与到去来自至赴为]"
_SCHOOL = rf"(?:{_PREFIX_CHAR}{{0,10}}?{_SCHOOL_WORD})"
# grades 1-9 of a nine-year school (一年级 ... 九年级, 7年级), and 初一-初三 / 高一-高三
_GRADE = r"(?:[一二三四五六七八九1-9]年级|初[一二三](?![十0-9])|高[一二三](?![十0-9]))"
_CLASS = rf"(?:[（(]{_NUM}[）)]班|{_NUM}班)"
# a grade right before its class may be followed by a digit (高一3班, 初三2班)
_GRADE_OF_CLASS = r"(?:[一二三四五六七八九1-9]年级|初[一二三]|高[一二三])"
# the short grade-class form: 五(2)班 / 三（1）班 (grade five, class two)
_SHORT_CLASS = rf"(?:[一二三四五六七八九1-9][（(]{_NUM}[）)]班)"
# a named kindergarten and its class (县机关幼儿园大班, 阳光幼儿园中（2）班)
_KINDER = rf"(?:{_PREFIX_CHAR}{{1,10}}?幼儿园[大中小](?:[（(]{_NUM}[）)]|{_NUM})?班)"
# a school with grade and class names one class of children: in a document about a minor it is flagged
# even in a sentence that names no one (多次到永丰镇中心小学五年级（4）班门口拦截孩子)
_FULL_CLASS = re.compile(rf"{_SCHOOL}(?:{_GRADE_OF_CLASS}{_CLASS}|{_SHORT_CLASS})")
# a school level with no school named and no class (上小学四年级) is a grade, not a detail
_STUDY = r"(?:(?:读|上|念)书?)"  # 在镇中心小学读一年级: a verb of study between a school and its grade
_GENERIC = re.compile(rf"(?:小学|中学|初中|高中){_STUDY}?{_GRADE}$")
_HINT = re.compile(r"年级|初[一二三]|高[一二三]|班")  # a cheap test before the full pattern
# a grade identifies only with its school or class: a bare 初二 names no one
_DETAIL = re.compile(
    rf"{_SCHOOL}{_STUDY}?(?:{_GRADE_OF_CLASS}{_CLASS}|{_GRADE})|{_SCHOOL}?{_SHORT_CLASS}"
    rf"|{_GRADE_OF_CLASS}{_CLASS}|{_SCHOOL}{_CLASS}"
)
_KINDER_DETAIL = re.compile(_KINDER)  # read only in a sentence that names a kindergarten
# a named school where the child studies: after a verb of entering or studying (就读于, 考入), or between
# 在 and a verb of study (在城关镇第二中学上学), or before 的学生 / 就读
_SCHOOL_ONLY = re.compile(_SCHOOL)
_SCHOOL_HINT = re.compile(_SCHOOL_WORD)  # where a school name ends: the pattern is read only before it
_INTO_SCHOOL = re.compile(r"(?:就读于|就读|在读于|考入|考上|升入|转入|转学到|转学至|转到|入读|进入)$")
_AT_SCHOOL = re.compile(r"在$")
_STUDY_AFTER = re.compile(r"读书|上学|就读|念书|求学|寄宿|住校|读(?!者)|念|上(?=[一二三四五六七八九1-9初高]|幼儿园)")
_PUPIL_AFTER = re.compile(r"的?(?:学生|在读|在校生)|就读|读书|上学")
# what stands before a school word and names no one school (全县小学, 当地中学, 一所小学, a withheld 某小学)
_GENERIC_PREFIX = re.compile(r"(?:某|全[县市区镇乡省国]|本地|当地|该|这所|那所|一所|附近的?|各|本|村里的?|镇上的?|城里的?|"
                             r"县城的?|普通|农村|寄宿制|重点|公办|民办|其他|周边)$")
# an exact age under 18 (the cue minors.py reads too); not the end of a larger number (十九岁) or of a
# range (6至16岁, 十一二岁)
_NUMERAL_OR_RANGE = r"[0-9〇零一二两三四五六七八九十百几至到~\-－—]"
_AGE = re.compile(rf"(?<!{_NUMERAL_OR_RANGE})(?:[0-9]|1[0-7]|[一二两三四五六七八九]|十[一二三四五六七]?)\s*(?:周)?岁(?!以[上下]|左右|至|到|-)")
# a child described by an exact age with no name (9岁女孩, 一名12岁留守儿童, 女孩今年9岁)
_CHILD_NOUN = r"(?:女孩|男孩|女童|男童|儿童|孩子|小学生|中学生|初中生|学生|少女|少年|幼儿|女生|男生)"
_AGE_TXT = r"(?:[0-9]|1[0-7]|[一二两三四五六七八九]|十[一二三四五六七]?)\s*(?:周)?岁(?!以[上下]|左右|至|到|-)"
_UNNAMED_CHILD = re.compile(
    rf"(?<!{_NUMERAL_OR_RANGE}){_AGE_TXT}的?(?:留守|困境|受助|失学|单亲|孤残|残疾)?{_CHILD_NOUN}"
    rf"|{_CHILD_NOUN}[，,]?(?:今年|现年|年仅|仅)?{_AGE_TXT}"
)
# a village or community with its name, the town before it when named (城关镇东关社区); the name holds
# no function character, and 农村/乡村/本村 ... name no place
_POST = (r"童伴妈妈|妇联|妇女主任|妇女之家|党支部|党总支|党委|两委|书记|主任|网格员|社工|干部|调解员|专干|执委|"
         r"志愿者|村医|医生|民警|辅警|村官|联络员|信息员|负责人|主席|会长|工作人员|卫生室|卫生院|居委会|村委会")
_NAME = r"[^\s\p{P}\d的在到和与及对为是了于把被从向等住里个名位岁妇联]"
_SMALL_PLACE = re.compile(
    rf"(?:{_NAME}{{1,4}}?(?:镇|乡|街道))?{_NAME}{{2,4}}?(?<![农乡山渔本该全各邻外同])(?:村|社区)(?![民委级里头口])"
    rf"(?:[0-9一二三四五六七八九十]{{1,2}}组)?"
    # not a village named as an adult's post (石门村妇女主任X, 红星社区网格员X, 河湾村童伴妈妈X)
    rf"(?!的?(?:{_POST}))"
)
_PLACE_HINT = re.compile(r"村|社区")
# a verb of visiting or moving glued before the place (走访岩背村, 来到东关社区, 搬回石门村) is no part of its
# name; it is cut where at least a two-character name stays before 村/社区 (or before the town word)
_PLACE_LEAD = re.compile(r"(?:走访|看望|探望|慰问|来到|前往|回到|到达|抵达|深入|途经|住进|搬到|搬回|搬进|返回)(?=\p{Han}{2})")


def _without_lead(m) -> tuple[int, int]:
    lead = _PLACE_LEAD.match(m.group())
    if lead and _SMALL_PLACE.fullmatch(m.group()[lead.end():]):
        return m.start() + lead.end(), m.end()
    return m.span()
_GRADE_ANY = re.compile(_GRADE)
# the child as the subject of the next sentence (她在县实验小学读三年级; 孩子目前就读于…; 该生…)
_REFERENT = re.compile(
    r"\s*(?:她|他|孩子|该生|该童|该女童|该男童|这名?孩子|小姑娘|小家伙)"
    r"(?:目前|现在|现|今年|已经|已|还|也|正|仍|一直|本学期|从小)*(?=在|就读|读|上|念|考入|考上|升入|转入|转学|入读|是)"
)


def find_details(text: str, minor_mentions: list[tuple[int, int]],
                 sentences: tuple[tuple[int, int], ...] | None = None) -> list[tuple[int, int]]:
    """Spans of a minor's identifying details (school, grade and class; a small place with the child's
    exact age or grade) in the sentences about a minor (``sentences``: the scan's sentence spans,
    split here when not given)."""
    sentences = sentence_spans(text) if sentences is None else sentences
    unnamed = _unnamed_children(text)
    if not minor_mentions and not unnamed:
        return []
    named = sorted(minor_mentions)
    mentions = sorted(set(named) | set(unnamed))
    starts = [a for a, _ in mentions]
    named_starts = [a for a, _ in named]
    out: list[tuple[int, int]] = []
    previous_minor = False
    for start, end in sentences:
        i = bisect.bisect_left(starts, start)
        has_minor = i < len(starts) and starts[i] < end
        lo = start
        if not has_minor and previous_minor:
            ref = _REFERENT.match(text, start, end)
            if ref:  # the child is the subject: read the rest of the sentence as the child's
                has_minor, lo = True, ref.end()
        previous_minor = has_minor
        if not has_minor:  # no minor in this sentence
            if _HINT.search(text, start, end):
                out += [m.span() for m in _near_hints(_FULL_CLASS, text, start, end)]
            continue
        grade = bool(_HINT.search(text, lo, end))
        found = []
        if grade:  # a grade or class
            found += [m.span() for m in _near_hints(_DETAIL, text, lo, end)
                      if not _inside_name(named, named_starts, m) and not _GENERIC.match(m.group())]
            if "幼儿园" in text[lo:end]:
                found += [m.span() for m in _KINDER_DETAIL.finditer(text, lo, end)
                          if not _inside_name(named, named_starts, m) and not any(a < m.end() and m.start() < b for a, b in found)]
        found += [span for span in _study_schools(text, lo, end) if not any(a < span[1] and span[0] < b for a, b in found)]
        # a village or community, with an exact age or a grade: a village alone is not identifying
        if _PLACE_HINT.search(text, lo, end) and (_AGE.search(text, start, end) or _GRADE_ANY.search(text, start, end)):
            found += [_without_lead(m) for m in _SMALL_PLACE.finditer(text, lo, end)
                      if not _inside_name(named, named_starts, m) and not any(a < m.end() and m.start() < b for a, b in found)]
        out += found
    return sorted(set(out))


# a detail holds its grade or class word (_HINT): the pattern is read only around each one, from as far
# before it as a school name with a verb of study reaches (ten characters, a school word, 读书) to the
# end of a class number after it
_HINT_BEFORE, _HINT_AFTER = 18, 8


def _near_hints(pattern: re.Pattern, text: str, lo: int, hi: int) -> list[re.Match]:
    """``pattern``'s matches in ``lo:hi`` that lie in the windows around the grade and class words."""
    windows: list[list[int]] = []
    for h in _HINT.finditer(text, lo, hi):
        a, b = max(lo, h.start() - _HINT_BEFORE), min(hi, h.end() + _HINT_AFTER)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    out: list[re.Match] = []
    for a, b in windows:
        out += [m for m in pattern.finditer(text, a, b) if not out or m.start() >= out[-1].end()]
    return out


_AGE_WINDOW = 12  # characters around each 岁 that an unnamed child's phrase can reach


def _unnamed_children(text: str) -> list[tuple[int, int]]:
    """Spans of children described by an exact age with no name (9岁女孩), read only around each 岁."""
    out: set[tuple[int, int]] = set()
    pos = text.find("岁")
    while pos >= 0:
        lo, hi = max(0, pos - _AGE_WINDOW), min(len(text), pos + _AGE_WINDOW)
        out.update(m.span() for m in _UNNAMED_CHILD.finditer(text, lo, hi))
        pos = text.find("岁", pos + 1)
    return sorted(out)


def _study_schools(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Named schools where someone studies (就读于X, 在X上学, 考入X, X的学生), within ``lo:hi``."""
    out: list[tuple[int, int]] = []
    matches: list[re.Match] = []
    for w in _SCHOOL_HINT.finditer(text, lo, hi):
        m = _SCHOOL_ONLY.search(text, max(lo, w.start() - 10, matches[-1].end() if matches else lo), w.end())
        if m and m.end() == w.end():
            matches.append(m)
    for m in matches:
        a, b = m.span()
        word = m.group()
        prefix = text[max(lo, a - 8) : a]
        school_prefix = re.sub(_SCHOOL_WORD + "$", "", word)
        if not school_prefix or _GENERIC_PREFIX.search(school_prefix) or _GENERIC_PREFIX.search(text[max(lo, a - 6) : a]):
            continue  # 小学, 全县小学, 当地中学: no one school
        if _INTO_SCHOOL.search(prefix) or (_AT_SCHOOL.search(prefix) and _STUDY_AFTER.match(text, b, hi)) \
                or _PUPIL_AFTER.match(text, b, hi):
            out.append((a, b))
    return out


def _inside_name(mentions: list[tuple[int, int]], starts: list[int], m: re.Match) -> bool:
    j = bisect.bisect_left(starts, m.end())
    return bool(j) and mentions[j - 1][1] > m.start()

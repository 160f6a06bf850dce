"""Personal data kept out of a draft's body, by the privacy package's own definitions.

Phones, ID, bank-card numbers, e-mail, WeChat/QQ ids and addresses are found by the
structured recognizers of ``privacy.recognizers`` (the scanner's Presidio pattern recognizers
and its character-window context enhancer, no NER model); a minor is told by
``privacy.minors.find_minors`` over the names the model-free rules of
``privacy.person_rules`` find, and school/grade details by ``privacy.minor_details``. So the
drafting composer and the privacy check agree on what is personal.
"""

from __future__ import annotations

import functools
import re

SCORE_THRESHOLD = 0.4  # the scanner's threshold (privacy.analyzer.SCORE_THRESHOLD)
_KIND = {"ADDRESS": "住址"}
_LABEL_BEFORE = re.compile(
    r"(?:[\u4e00-\u9fa5]{0,2}(?:电话|手机号?|身份证号?码?|证件号码?|银行卡号?|卡号|微信号?|QQ号?|邮箱|住址|地址)|家住|住在|住)[：:\s]*$"
)
_CHILD_NOUN = re.compile(r"(?:留守儿童|困境儿童|儿童|女童|男童|孩子|女儿|儿子|孙女|孙子|外孙女|外孙|学生|女生|男生|小朋友)$")
_SEX_AGE = re.compile(r"[\s，,（(]*(?:[男女][\s，,]*)?(?:今年)?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:周)?岁(?:半)?[）)]?")


@functools.lru_cache(maxsize=1)
def _recognizers():
    from privacy.context import CharWindowContextEnhancer
    from privacy.recognizers import PATTERN_RECOGNIZERS

    return [cls() for cls in PATTERN_RECOGNIZERS], CharWindowContextEnhancer()


def identifiers(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of phones, IDs, cards, e-mail, WeChat/QQ and addresses, disjoint."""
    recognizers, enhancer = _recognizers()
    raw = []
    for recognizer in recognizers:
        raw += recognizer.analyze(text, entities=recognizer.supported_entities)
    kept = [r for r in enhancer.enhance_using_context(text, raw, None, recognizers) if r.score >= SCORE_THRESHOLD]
    out: list[tuple[int, int, str]] = []
    for r in sorted(kept, key=lambda r: (r.start, -(r.end - r.start))):
        if out and r.start < out[-1][1]:
            continue
        out.append((r.start, r.end, r.entity_type))
    return out


def strip_identifiers(line: str) -> tuple[str, list[str]]:
    """``line`` without its identifiers (and the 电话/住址 label before each); the kinds withheld."""
    kinds: list[str] = []
    for start, end, entity in reversed(identifiers(line)):
        label = _LABEL_BEFORE.search(line[:start])
        cut = label.start() if label else start
        line = line[:cut] + line[end:]
        kinds.append(_KIND.get(entity, "电话或证件号码"))
    return line, list(dict.fromkeys(reversed(kinds)))


def minor_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names in ``text`` that ``privacy.minors`` reads as minors'."""
    from privacy.minors import find_minors
    from privacy.person_rules import find_names

    persons: list[tuple[int, int]] = []
    for a, b, _ in sorted(set(find_names(text))):
        if persons and a < persons[-1][1]:
            continue
        persons.append((a, b))
    minors, _ = find_minors(text, persons, [])
    spans = [persons[i] for i in sorted(minors) if not _GRADE_NOT_NAME.match(text, persons[i][0])]
    # the minor_named check's own reading (对象：刘子涵 女 9岁), so that no name it flags is written
    from assist.checks.detectors import minor_names as checked

    for name in checked(text):
        for m in re.finditer(re.escape(name), text):
            a, b = m.span()
            if len(name) == 2 and a and _surnamed(text[a - 1] + name):
                a -= 1  # 王梓涵 where 梓涵 is the child's given name: the whole name goes
            if not any(x < b and a < y for x, y in spans):
                spans.append((a, b))
    return sorted(spans)


# 实验二小三（2）班: 小三 is a grade after a school's short name, not a child's nickname
_GRADE_NOT_NAME = re.compile(r"小[一二三四五六](?=[（(]\d|年级|班)")


def _surnamed(name: str) -> bool:
    from privacy.names import surnames

    single, _ = surnames()
    return len(name) == 3 and name[0] in single


# a school with a class (镇中学初二（3）班, 实验二小三（2）班, 东坡小学二年级): where a named child can be found
_SCHOOL_CLASS = re.compile(
    r"(?:(?<=^)|(?<=[在读于\s，,：:]))(?![在读于])[\u4e00-\u9fa5\d]{1,10}?(?:小学|中学|中心校|幼儿园|学校|[一二三四五六七八九十\d][小中])"
    r"(?:[\u4e00-\u9fa5]{0,3}?(?:[一二三四五六七八九]|初[一二三]|高[一二三])(?:年级)?(?:[（(]\d{1,2}[）)]班|\d{1,2}班|年级))"
)


def minor_details(text: str, mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """School, grade and class details of a line about a minor (privacy.minor_details, and a
    school with its class or grade, which identifies the child wherever it stands)."""
    from privacy.minor_details import find_details

    found = list(find_details(text, mentions))
    if mentions:
        found += [m.span() for m in _SCHOOL_CLASS.finditer(text)]
    spans: list[tuple[int, int]] = []
    for a, b in sorted(found):  # a detail span never takes the name it belongs to
        for x, y in mentions:
            if x <= a < y:
                a = y
        if a < b and not any(x < b and a < y for x, y in spans):
            spans.append((a, b))
    return spans


_STUDY_BEFORE = re.compile(r"[，,\s]*(?:在读|就读于?|读|上|在)\s*$")
_CHILD_AGE = re.compile(
    r"(留守儿童|困境儿童|儿童|女童|男童|孩子|女儿|儿子|孙女|孙子|外孙女|外孙|学生|女生|男生|小朋友)"
    r"[\s，,（(]*(?:[男女][\s，,]*)?(?:今年|才|刚)?(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:周)?岁(?:半)?[）)]?"
)


def _age(raw: str) -> int:
    from privacy.minors import _age_value

    return _age_value(raw) or 99


# Changed names offered for a minor, each marked （化名） where it first stands in a draft. The
# first one that shares no character with the child's real name (小 aside) and that the notes do
# not use is taken, so a 化名 never points back to the child or to anyone else in the notes.
PSEUDONYMS = ("小禾", "小安", "小宁", "小舟", "小溪", "小满", "小夏", "小桐", "小航", "小可")
ALIAS_MARK = "（化名）"


def pseudonym(real: str, notes: str = "", taken: tuple[str, ...] = ()) -> str:
    """A changed name for the minor ``real``: 小雨 → 小禾, 王欣怡 → 小禾 (not 小欣)."""
    chars = set(real) - {"小"}
    for alias in PSEUDONYMS:
        if alias in taken or alias in notes or chars & set(alias):
            continue
        return alias
    return "孩子"


def mark_aliases(text: str, aliases) -> str:
    """``（化名）`` after the first mention of each changed name in ``text``."""
    for alias in dict.fromkeys(aliases):
        if alias == "孩子" or f"{alias}{ALIAS_MARK}" in text:
            continue
        m = re.search(re.escape(alias), text)
        if m:
            text = text[: m.end()] + ALIAS_MARK + text[m.end():]
    return text


def replace_minors(line: str, known: tuple[str, ...] = (), alias=None) -> tuple[str, list[str]]:
    """A minor's name (with the sex and age after it) out of ``line``: ``孩子`` in its place, or
    nothing after a child noun (女儿小雅 14岁 → 女儿); a child's age (女儿14岁 → 女儿) and, in a
    line about a minor, school and grade details (privacy.minor_details) dropped. ``known``
    names (minors named on earlier lines) count as minors here too.
    With ``alias`` (real name → changed name) the changed name stands in the name's place.
    Returns the line and the real names taken (for the 化名 question)."""
    mentions = minor_names(line)
    for name in known:
        mentions += [m.span() for m in re.finditer(re.escape(name), line) if not any(a <= m.start() < b for a, b in mentions)]
    ages = [m for m in _CHILD_AGE.finditer(line) if _age(m[2]) < 18]
    if not mentions and not ages:
        return line, []
    cuts = []
    for a, b in minor_details(line, sorted(mentions + [m.span() for m in ages])):
        verb = _STUDY_BEFORE.search(line[:a])  # 在读小学六年级, 上三年级: the verb goes with the detail
        cuts.append((verb.start() if verb else a, b, ""))
    names = []
    for a, b in sorted(set(mentions)):
        name = line[a:b]
        if "某" not in name:
            names.append(name)
        tail = _SEX_AGE.match(line, b)
        keep = "" if _CHILD_NOUN.search(line[max(0, a - 5): a].rstrip(" ，,")) else "孩子"
        if alias is not None and "某" not in name:
            keep = alias(name)
        cuts.append((a, tail.end() if tail else b, keep))
    for m in ages:
        if not any(a <= m.start(2) < b for a, b, _ in cuts):
            cuts.append((m.end(1), m.end(), ""))
    done = len(line) + 1
    for a, b, keep in sorted(cuts, key=lambda c: c[0], reverse=True):
        if b > done:
            b = done
        if a >= b:
            continue
        line = line[:a] + keep + line[b:]
        done = a
    return line, list(dict.fromkeys(names))


def hardship_names(notes: str) -> list[str]:
    """Adults' real names next to a hardship (the check ``assist.checks.hardship_named`` reads the same)."""
    from assist.checks.editorial import hardship_named

    return list(dict.fromkeys(d.text for d in hardship_named(notes)))


def mou(name: str) -> str:
    """林秀梅 → 林某; 欧阳娜娜 → 欧阳某 (the report's form for a person helped)."""
    from privacy.names import surnames

    _, double = surnames()
    return (name[:2] if name[:2] in double else name[0]) + "某"

"""Document-level resolution of person mentions.

The sentence-level recognizers find mentions; this module works over the whole document:

- ``repeat_mentions``: other occurrences of a name already found, and the short forms of a
  full name (张小雨 → 小雨, 李雨桐 → 雨桐; 谢春花 → 小谢/老谢/阿谢 when she is the only 谢), each
  only where the occurrence itself is supported: it is not part of a longer word on either side
  (马来西亚 does not give 来西亚 again, 雨伞 does not give 小雨), and a name the tagger found
  once with low confidence is not copied at all.
- ``person_groups``: which mentions are the same person (the same name; a short form of
  exactly one full name in the document), so that a minor's status reaches every mention of
  that person and no one else.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import regex as re

from privacy.names import common_words, frequent_words, is_surname, kinship_words, prefix_words, split_surname, surname_words, surnames
from privacy.person_rules import ADDRESS_TERMS, rule_on

REPEAT_SCORE = 0.6  # a propagated mention (below the tagger, above the threshold)
MIN_SOURCE_SCORE = 0.7  # only names found with at least this confidence are propagated anywhere
LOCAL_CHARS = 600  # ... names supported otherwise (source_names) only this near one of their mentions
_PREFIXES = "小老阿"
_CJK = re.compile(r"[\u4e00-\u9fff]")
# characters that may stand right before a name although they are Chinese (function words,
# verbs of address, the end of a title or kinship word): 和小雨, 为小雨, 目前小雨 (前)
_LEFT_OK = frozenset("我你他她和与及向对给被把跟同让由为从叫是的了在将替帮请找见到前后说问看称陪带送让教喊令使于即而并又也还都就才")
# the last character of a title, role or kinship word before a name (主席李红梅, 奶奶陈桂兰, 申请人孙丽)
_TITLE_END = frozenset("席记师长员志任官生士授警者人友奶爷婆公姥妈爸姐妹哥弟儿女子夫妻嫂姨叔伯舅娘孙委表干工属代书家")


# what follows a name-like span that makes it a theory, a style or a programme (马克思主义, 毛泽东思想)
THEORY_AFTER = re.compile(r"主义|思想|理论|学说|精神|路线|式|体(?![检重])"
                          # 习近平新时代中国特色社会主义思想, 习近平总书记关于妇女工作的重要论述
                          r"|新时代[\u4e00-\u9fff]{0,12}?(?:思想|主义)|(?:同志|总书记)?关于[\u4e00-\u9fff]{1,16}?的重要(?:论述|讲话|指示)")
_NOT_PERSON_AFTER = THEORY_AFTER  # the old name
# a quoted programme or title built on a role noun (“童伴妈妈”, “巾帼大使”)
_QUOTED_ROLE = re.compile(r"[“「『\"]([\u4e00-\u9fff]{1,4}(?:妈妈|姐姐|阿姨|大使|之家|小屋|驿站|课堂|讲堂|计划|行动|工程))[”」』\"]")
_SPACES = re.compile(r"[\s·•]+")
_GRADE = re.compile(r"(?:[一二三四五六]年级|初[一二三]|高[一二三]|大[一二三四])")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'.\-]*")
_LATIN_TITLE = re.compile(r"\s*(?:女士|先生|老师|同学|教授|博士|医生|律师)|(?<=(?:Mr|Ms|Mrs|Dr|Miss)\.?\s)")


def plausible(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span from the tagger or the rules can be a person reference at all.

    - a span written in Latin letters needs two capitalised words (Mary Smith) or a title
      next to it (Smith女士); in text that is mostly Latin every ordinary word would pass a
      tagger trained on Chinese, so a single word never does;
    - a span followed by 主义/思想/理论 is a theory (马克思主义), a grade is a grade (高二).
    """
    word = text[start:end]
    if not _CJK.search(word):
        words = _LATIN_WORD.findall(word)
        if not words:
            return False
        if any(not w[0].isupper() for w in words):
            return False
        titled = bool(_LATIN_TITLE.match(text, end)) or bool(re.search(r"(?:Mr|Ms|Mrs|Dr|Miss)\.?\s$", text[max(0, start - 5) : start]))
        return len(words) >= 2 or titled or latin_name_in_chinese(text, start, end)
    if rule_on("theory_after") and THEORY_AFTER.match(text, end):
        return False
    if rule_on("reduplicated") and in_reduplicated_word(text, start, end):
        return False
    if rule_on("byword") and byword(text, start, end):
        return False
    if rule_on("grade") and _GRADE.fullmatch(word):
        return False
    if rule_on("solar_term") and word in _SOLAR_TERMS and _TERM_TIME_AFTER.match(text, end):
        return False  # 谷雨那天, 立冬前后: the solar term as a date (“谷雨”（化名） stays a name)
    return True


# the 24 solar terms, often a child's nickname (谷雨, 小满, 白露) and as often a date: as a date a
# time word follows them (谷雨那天出生, 立冬前后, 清明时节, 冬至当天)
_SOLAR_TERMS = frozenset("立春 雨水 惊蛰 春分 清明 谷雨 立夏 小满 芒种 夏至 小暑 大暑 立秋 处暑 白露 秋分 寒露 霜降 "
                         "立冬 小雪 大雪 冬至 小寒 大寒".split())
_TERM_TIME_AFTER = re.compile(r"(?:那天|那日|那一天|这天|这一天|当日|前后|前夕|时节|节气|过后)")


_LATIN_SINGLE = re.compile(r"[A-Z][a-z]{2,}")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """GCIDE's English headwords, lower-cased (the ``english-words`` package: 114,769 words)."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True))


def latin_name_in_chinese(text: str, start: int, end: int) -> bool:
    """A single capitalised Latin word that the tagger read as a name inside Chinese text
    (Svensson在接受采访时表示, 选手Riddick发现): it stands right next to a Han character and is no
    English word (Monday, Excel, Moon, Mary are; a bare English word is not a name here)."""
    word = text[start:end]
    if not _LATIN_SINGLE.fullmatch(word):
        return False
    beside = text[start - 1 : start] + text[end : end + 1]
    return bool(_CJK.search(beside)) and word.lower() not in english_words()


def adult_address(mention: str) -> bool:
    """老 + a surname (老杨), a surname + a form of address (孟大爷, 柯女士) or + a title (苗医生, 李主任):
    a mention of an adult."""
    mention = canonical(mention)
    if len(mention) < 3:
        return len(mention) == 2 and mention[0] == "老"
    if mention[-2:] in ADDRESS_TERMS:
        return True
    from privacy.person_rules import title_terms

    return mention.endswith(title_terms()) and rule_on("title_form")


def in_reduplicated_word(text: str, start: int, end: int) -> bool:
    """The span is a reduplicated AABB word (文文静静), crosses its middle (文静 of 文文静静) or is a half of
    one whose AB is a word (平平 of 平平安安, 健健康康): an adjective or an adverb, not a child's doubled
    name (磊磊 of 磊磊静静地: 磊静 is no word)."""
    for p in range(max(0, end - 4), start + 1):
        run = text[p : p + 4]
        if len(run) == 4 and run[0] == run[1] and run[2] == run[3] and run[0] != run[2] and _CJK.match(run[0]) \
                and _CJK.match(run[2]) and ((start, end) not in ((p, p + 2), (p + 2, p + 4)) or run[0] + run[2] in _word_lists()[0]):
            return True  # 平平安安 of 平安, the whole 文文静静; 磊磊静静地 (磊静 is no word) holds a name
    return False


_BYWORD_AFTER = re.compile(r"[”」』\"]|精神|志愿|服务|活动|标兵|式|纪念|小组|队")


def byword(text: str, start: int, end: int) -> bool:
    """A name used as a word: after 学/活 (学雷锋, 活雷锋) in a quoted name or before a programme noun
    (学雷锋志愿服务队, 争做“活雷锋”) -- a historic figure standing for a virtue, not a person mentioned."""
    if start == 0 or text[start - 1] not in "学活":
        return False
    quote_open = max(text.rfind(q, max(0, start - 12), start) for q in "“「『\"")
    quoted = quote_open >= 0 and not re.search(r"[”」』]", text[quote_open + 1 : start])
    return quoted or bool(_BYWORD_AFTER.match(text, end))


def filter_spans(text: str, spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The spans that pass ``plausible`` and do not lie inside a quoted programme name (“童伴妈妈”,
    also where it appears unquoted later); a compound surname written apart from the given name
    (欧阳 晓翠) is joined to it, and a surname alone before a form of address to the form (柯女士)."""
    single, compound = surnames()
    # a programme named in quotes anywhere (“童伴妈妈”) is that programme at every occurrence
    programmes = {m.group(1) for m in _QUOTED_ROLE.finditer(text)}
    inside = re.compile("|".join(map(re.escape, sorted(programmes, key=len, reverse=True)))) if programmes else None
    blocked = [m.span() for m in inside.finditer(text)] if inside else []
    block_starts = [a for a, _ in blocked]
    out = []
    # surnames of the full names found (龙欢欢): a sibling's doubled name glued to it (和龙乐乐) takes it
    family = {text[s] for s, e, _ in spans if e - s == 3 and text[s] in single} if rule_on("sibling_surname") else set()
    for s, e, score in spans:
        k = bisect.bisect_right(block_starts, s) - 1
        if not plausible(text, s, e) or (rule_on("programme") and k >= 0 and e <= blocked[k][1]):
            continue
        if s >= 3 and text[s - 1] == " " and text[s - 3 : s - 1] in compound and e - s <= 2:
            s -= 3  # 欧阳 晓翠
        if rule_on("address_form") and text[e : e + 2] in ADDRESS_TERMS and (e - s == 1 or text[s:e] in compound):
            e += 2  # a surname alone before a form of address (柯|女士): the mention is 柯女士
        if e - s == 2 and text[s] == text[s + 1] and s >= 1 and text[s - 1] in family \
                and (s == 1 or not _CJK.match(text[s - 2]) or text[s - 2] in "和与及、跟同"):
            s -= 1  # 龙欢欢和|龙|乐乐
        out.append((s, e, score))
    return out


# verbs and prepositions that are also surnames, or stand glued before a name (奶奶管朗澈叫 read as 管朗澈)
GLUED_VERBS = frozenset("管带陪教帮问找喊送接要替")  # not 和/向/于 ...: those are surnames too (extend_given)


def cut_glued_given(text: str, persons: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """{index: the span cut to the given name} for each found span that is a glued verb (``GLUED_VERBS``)
    + the two-character given name of another full name found in the document with another surname
    (粟朗澈 ... 奶奶管朗澈叫: the span 管朗澈 is 管 + 朗澈), the given name found only in that one full name."""
    if not rule_on("glued_given_cut"):
        return {}
    if not any(e - s == 3 and text[s] in GLUED_VERBS for s, e in persons):
        return {}  # no three-character span opens on a glued verb: nothing to cut (most documents)
    givens: dict[str, set[str]] = {}
    for s, e in persons:
        name = canonical(text[s:e])
        surname, given = split_surname(name)
        if len(name) >= 3 and len(given) == 2 and _known_surname(surname) and all(_CJK.match(c) for c in name):
            givens.setdefault(given, set()).add(name)
    out = {}
    for i, (s, e) in enumerate(persons):
        word = text[s:e]
        owners = givens.get(word[1:], set()) - {word}
        if e - s == 3 and word[0] in GLUED_VERBS and len(owners) == 1:
            out[i] = (s + 1, e)
    return out


def trim_to_known(text: str, spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """A span that is a name found elsewhere plus one more character (雨桐比 beside 李雨桐/雨桐) is cut back
    to that name -- a name found elsewhere, not one found over this very span (a context rule's 张新 inside
    the tagger's 张新生 does not cut it)."""
    if not rule_on("trim_known"):
        return spans
    where: dict[str, list[tuple[int, int]]] = {}
    for s, e, score in spans:
        if score >= MIN_SOURCE_SCORE:
            where.setdefault(canonical(text[s:e]), []).append((s, e))
            for f in short_forms(text[s:e]):
                if len(f) >= 2 and f[0] not in _PREFIXES:
                    where.setdefault(f, []).append((s, e))
    out = []
    for s, e, score in spans:
        word = text[s:e]
        if e - s >= 3 and word not in where and any(b <= s or a >= e for a, b in where.get(word[:-1], ())):
            e -= 1
        out.append((s, e, score))
    return out


# function characters that are also surnames (和雅琴, 向翠兰, 于海燕): the tagger often leaves them off
FUNCTION_SURNAMES = frozenset("和与及向对给被把跟同让由为从叫于将")
_ROLE_VERBS = frozenset("向 帮助 资助 慰问 看望 走访 探望 救助 帮扶 联系 叫".split())  # left words that are verbs


def _role_ends_at(text: str, end: int, roles: frozenset[str]) -> bool:
    return any(end >= k and text[end - k : end] in roles for k in (4, 3, 2))


def extend_given(text: str, spans: list[tuple[int, int, float]], roles: frozenset[str] = frozenset()) -> list[tuple[int, int, float]]:
    """A given name found alone (翠兰, 雅琴) grows to the full name where the surname stands right before it:

    - ``given_to_full``: the full name is found elsewhere in the document (向翠兰 ... 52分，向|翠兰请);
    - ``function_surname_given``: a surname that is also a function character (和, 向, 于 ...) between a
      role or kinship noun (``roles``) and the given name, which starts with no surname and is no word
      (儿媳和|雅琴在镇小学教书: the daughter-in-law is 和雅琴; 妈妈和李明 stays 李明).
    Spans are (start, end, score), sorted and disjoint; the grown span keeps its score."""
    single, compound = surnames()
    full: dict[str, set[str]] = {}
    for s, e, _ in spans:
        if 3 <= e - s <= 4:
            name = text[s:e]
            if name[:2] in compound:
                surname, given = name[:2], name[2:]
            elif name[0] in single:
                surname, given = name[0], name[1:]
            else:
                continue
            if len(given) == 2:
                full.setdefault(given, set()).add(surname)
    to_full, function_given = rule_on("given_to_full"), rule_on("function_surname_given")
    words = _word_lists()[1]
    out = spans  # copied at the first change only
    prev_end = 0
    for i, (s, e, score) in enumerate(spans):
        if e - s == 2:
            given = text[s:e]
            owners = full.get(given)
            grown = None
            if owners and to_full:
                for surname in sorted(owners, key=len, reverse=True):
                    k = len(surname)
                    if s - k >= prev_end and text[s - k : s] == surname:
                        grown = s - k
                        break
            elif function_given and s >= 3 and text[s - 1] in FUNCTION_SURNAMES and s - 1 >= prev_end \
                    and text[s - 1] in single and given[0] not in single and _CJK.fullmatch(given[1]) \
                    and _CJK.match(given[0]) and given not in words and _role_ends_at(text, s - 1, roles):
                grown = s - 1
            if grown is not None:
                if out is spans:
                    out = list(spans)
                out[i] = (grown, e, score)
        prev_end = e
    return out


# characters that follow a surname + one given character as a word of their own, not as a third given
# character: a home, a plural or a count, a form of address, a verb, a function character, a place
_NOT_THIRD = frozenset("家们俩等氏哥姐叔姨伯舅婶嫂总老师说讲问答称是的了着过在到和与及跟同也都就又还才已将把被让给向对从为"
                       "去来住做要会能想很不没一二三四五六七八九十岁年月日号省市县区镇乡村路街组队班"
                       # what a person's name names (尤伯杯, 中山路, 逸夫楼): a cup, a prize, a building
                       "杯奖牌式体馆楼站港湾厂店寺庙塔园桥院堂厅")


def grow_cut_names(text: str, spans: list[tuple[int, int, float]], weak: list[tuple[int, int, float]] = ()) -> list[tuple[int, int, float]]:
    """A surname + one given character that the tagger cut off before the third character of the name
    (龙满|妹住在一起): the span takes the next character where the document supports it -- the recall
    decode read the longer span there (``weak``), or every mention of the name (at least two) is followed
    by the same character -- and that character is no function word, verb, form of address or counter
    (``_NOT_THIRD``), and neither the longer name nor that character with the one after it is a word."""
    if not rule_on("grow_cut"):
        return spans
    single, _ = surnames()
    words = _word_lists()[1]
    weak_names = {text[s:e] for s, e, _ in weak if e - s == 3}
    def third_ok(e: int) -> bool:
        c = text[e : e + 1]
        return bool(c) and "\u4e00" <= c <= "\u9fff" and c not in _NOT_THIRD \
            and text[e - 2 : e + 1] not in words and text[e : e + 2] not in words and text[e - 1 : e + 1] not in words
    grow: dict[str, str] = {}  # name -> the third character it takes
    # the recall decode read the longer name at one of the name's mentions
    for w in weak_names:
        grow[w[:2]] = w[2]
    # every mention followed by the same character: first over the found spans (cheap), then over the text
    nexts: dict[str, set[str]] = {}
    for s, e, _ in spans:
        if e - s == 2 and text[s] in single:
            nexts.setdefault(text[s:e], set()).add(text[e : e + 1] if third_ok(e) else "")
    for name, cs in nexts.items():
        c = next(iter(cs))
        if name in grow or len(cs) != 1 or not c:
            continue
        at, count = text.find(name), 0
        while at >= 0 and text[at + 2 : at + 3] == c:
            count += 1
            at = text.find(name, at + 2)
        if at < 0 and count >= 2:
            grow[name] = c
    if not grow:
        return spans
    out = spans  # copied at the first change only
    for i, (s, e, score) in enumerate(spans):
        c = grow.get(text[s:e]) if e - s == 2 else None
        if c and (i + 1 == len(spans) or spans[i + 1][0] > e) and text[e : e + 1] == c and third_ok(e):
            if out is spans:
                out = list(spans)
            out[i] = (s, e + 1, score)
    return out


ADDRESS_FORMS = ("女士", "先生", "大妈", "大姐", "大娘", "大爷", "大叔", "阿姨", "主席", "主任", "书记", "老师", "律师", "医生")


def _known_surname(surname: str) -> bool:
    """On the surname list, or on the rare list (贲, 禤): the name it starts was found already, so a rare
    surname gives the short forms too (贲知远 → 知远)."""
    return is_surname(surname, rare=rule_on("rare_surname"))


def canonical(name: str) -> str:
    return _SPACES.sub("", name) if not name.isalnum() else name


def short_forms(name: str) -> list[str]:
    """Short forms a report uses for a full Chinese name (given name, 小/老/阿 + surname)."""
    name = canonical(name)
    if "某" in name or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return []
    surname, given = split_surname(name)
    if not _known_surname(surname) or not 1 <= len(given) <= 2 or len(name) < 3:
        return []
    forms = []
    if len(given) == 2 and given not in common_words() and given not in surname_words() and given not in frequent_words():
        forms.append(given)
    forms += [p + surname for p in _PREFIXES]
    # surname + a form of address or a title (柯女士, 陈大妈, 何主席): the same adult, once the full
    # name has been given in the document
    forms += [surname + t for t in ADDRESS_FORMS]
    return forms


_PARTICLES = frozenset("着过")  # a verb's particle before a name (跟着, 见过)


def _supported(text: str, start: int, end: int, name: str) -> bool:
    """The occurrence ``text[start:end]`` of ``name`` stands as a word of its own, and is no theory
    term (邓小平理论 elsewhere does not take 邓小平 again)."""
    if not plausible(text, start, end):
        return False
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before in _PARTICLES:  # 跟着彩霞说 is a mention; 撑着小雨伞, 读过小布头 are objects
        return not (after and _CJK.match(after)) or after in _RIGHT_OK
    if before and _CJK.match(before) and before not in _LEFT_OK and before not in _TITLE_END \
            and not (rule_on("weak_prefix_forms") and name[0] in _PREFIXES and _after_left_word(text, start)):
        return False  # glued to a character in front: part of a longer word (马|来西亚, 中|国副)
    if after and _CJK.match(after):
        if name[-1] + after in common_words() or name[-1] + after in frequent_words():
            return False  # 小雨|伞, 小布|头
    return True


def _after_left_word(text: str, start: int) -> bool:
    """A role word or a verb that takes a person (联系, 看望, 网格员) ends right before ``start``: a 小/老/阿
    form there stands as a word of its own (联系小阙, 看望老蒋)."""
    from privacy.person_rules import _LEFT_SET

    return any(start >= k and text[start - k : start] in _LEFT_SET for k in (2, 3, 4))


def source_names(text: str, spans: list[tuple[int, int, float]], vouched=frozenset()) -> set[str]:
    """The names the document supports enough to be copied to their other occurrences: found once with
    at least ``MIN_SOURCE_SCORE``, or found at two places or more (two sentences read it as a name
    independently: 郎金翠 at 0.58 and 0.61), or found where the context vouches for a person
    (``vouched``: a role or kinship word right before it, 前夫龙军, 执委小蒋)."""
    count: dict[str, int] = {}
    for s, e, _ in spans:
        count[text[s:e]] = count.get(text[s:e], 0) + 1
    if rule_on("given_support"):
        # the given name found on its own (采薇 beside 宁采薇) is a second, independent reading of the person
        given_found = {n: count.get(split_surname(n)[1], 0) for n in count if len(n) >= 3}
        for n, k in given_found.items():
            count[n] += k
    out = set()
    for s, e, score in spans:
        n = text[s:e]
        if len(n) < 2 or "某" in n:
            continue
        if score >= MIN_SOURCE_SCORE or (rule_on("repeat_support") and ((count[n] >= 2 and _full_name_shape(n)) or (s, e) in vouched)):
            out.add(n)
    return out


def _full_name_shape(name: str) -> bool:
    """A Chinese full name: a surname and a two-character given name (郎金翠, 欧阳晓翠), not a word."""
    single, compound = surnames()
    if not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    surname, given = (name[:2], name[2:]) if name[:2] in compound else (name[:1], name[1:])
    return (surname in single or surname in compound) and len(given) == 2 and name not in _word_lists()[1]


def repeat_mentions(text: str, spans: list[tuple[int, int, float]], accept=None,
                    vouched=frozenset()) -> list[tuple[int, int, float]]:
    """Further mentions of the names in ``spans``: the same name elsewhere, and short forms of full names.

    ``accept(start, end)``, when given, must also hold at the occurrence: the recognizer passes
    its own checks of a tagger span there (a place 中山|市, a company, a tagged organisation), so a
    name found in one sentence is copied only where that sentence's context allows it too.
    ``vouched``: spans whose context vouches for a person (``source_names``)."""
    if not rule_on("repeat"):
        return []
    found = [(s, e, score, text[s:e]) for s, e, score in spans]
    names = source_names(text, spans, vouched)
    if not names:
        return []
    # names the document supports only by repetition or context (not by one confident find) are copied
    # near their own mentions only, and give no 和/于 ... + title forms (和万春 is no source of 和医生)
    strong = {n for _, _, score, n in found if score >= MIN_SOURCE_SCORE}
    where: dict[str, list[int]] = {}
    for s, _, _, n in found:
        where.setdefault(canonical(n), []).append(s)
    shorts: dict[str, set[str]] = {}
    for n in names:
        forms = short_forms(n)
        if n not in strong:
            # a surname that is a function character gives no 小/老/阿 forms (和万春: 小和); others do, near
            # the name's own mentions (副主席阙晓红 ... 联系小阙)
            keep_prefixed = rule_on("weak_prefix_forms") and split_surname(n)[0] not in FUNCTION_SURNAMES
            forms = [f for f in forms if (f[0] not in _PREFIXES or keep_prefixed) and not f.endswith(ADDRESS_FORMS)]
        for form in forms:
            shorts.setdefault(form, set()).add(canonical(n))
    latin_given = {}
    for n in names:
        g = latin_given_name(n)
        if g:
            latin_given[g] = n
            shorts.setdefault(g, set()).add(canonical(n))
    # a short form of two different full names is ambiguous; one that is itself a found name is kept.
    # A weakly supported owner competes only near its own mentions (two reports joined, each with its 浩然)
    def near(o: str, s: int) -> bool:
        return o in strong or any(abs(s - p) <= LOCAL_CHARS for p in where.get(o, ()))

    wanted = set(names) | {f for f, owners in shorts.items() if len(owners & strong) <= 1}
    known = {(s, e) for s, e, _, _ in found}
    taken = sorted((s, e) for s, e, _, _ in found)
    pattern = re.compile("|".join(re.escape(n) for n in sorted(wanted, key=len, reverse=True)))
    out = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if (s, e) in known or _overlaps(taken, s, e):
            continue
        if m.group() in names:
            if not near(m.group(), s):
                continue  # supported only weakly, and far from every mention of its name
        else:
            owners = shorts[m.group()]
            close = {o for o in owners if any(abs(s - p) <= LOCAL_CHARS for p in where.get(o, ()))}
            if len(close or owners & strong) != 1:
                continue  # the owners mentioned nearby, else the confident ones anywhere: none, or two
        if m.group() in latin_given:
            if _latin_word_alone(text, s, e):
                out.append((s, e, REPEAT_SCORE))
        elif _supported(text, s, e, m.group()) and (accept is None or accept(s, e)):
            out.append((s, e, REPEAT_SCORE))
    return out


_LATIN_GIVEN = re.compile(r"([A-Z][a-z]{2,})(?:[ ]?[A-Z][a-z]+|[ ]?[\u4e00-\u9fff]{1,2})")


def latin_given_name(name: str) -> str | None:
    """The Latin given name of a Latin-script name found in the document (Anna of Anna 李, Maria of Maria
    Gonzalez): the same person at its later mentions on its own (Anna带大家做), beside Han characters."""
    if not rule_on("latin_given"):
        return None
    m = _LATIN_GIVEN.fullmatch(name)
    return m.group(1) if m else None


def _latin_word_alone(text: str, start: int, end: int) -> bool:
    """A Latin word stands alone: no letter, digit or address character glued on either side (anna.li@,
    Annabel), and a Han character or punctuation beside it (Anna带大家, 发给Anna：)."""
    before, after = text[start - 1 : start], text[end : end + 1]
    glued = re.compile(r"[A-Za-z0-9@._\-]")
    if (before and glued.match(before)) or (after and glued.match(after)):
        return False
    return bool(_CJK.match(before or "") or _CJK.match(after or "")) or after in "，,。：:；;！!？?" or not after


def _overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_left(taken, (s, -1))
    for j in (i - 1, i):
        if 0 <= j < len(taken) and taken[j][0] < e and s < taken[j][1]:
            return True
    return False


def person_groups(text: str, persons: list[tuple[int, int]]) -> list[int]:
    """A group number for each mention: mentions of the same person share it.

    The same name (spaces ignored) is one person; a short form (雨桐, 小谢) joins the full
    name it belongs to when exactly one full name in the document has that short form.
    """
    names = [canonical(text[s:e]) for s, e in persons]
    group_of: dict[str, int] = {}
    for n in names:
        group_of.setdefault(n, len(group_of))
    owners: dict[str, set[str]] = {}
    for n in group_of:
        latin = latin_given_name(n)
        for form in (*short_forms(n), *_found_given(n), *((latin,) if latin else ())):
            owners.setdefault(form, set()).add(n)
    for form, full in owners.items():
        if form in group_of and len(full) == 1:
            group_of[form] = group_of[next(iter(full))]
    return [group_of[n] for n in names]


def _found_given(name: str) -> tuple[str, ...]:
    """The two-character given name of a full name, also where it is an ordinary word (欣然 of 黄欣然,
    安乐 of 乔安乐): used only to join mentions already found as persons, never to find new ones."""
    if "某" in name or len(name) < 3 or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return ()
    surname, given = split_surname(name)
    return (given,) if len(given) == 2 and _known_surname(surname) else ()


# what may follow a short name that is also an ordinary word (平安说, 小花的, 阳光，) -- a function
# character, a verb that takes a person as subject, or punctuation; 平安北京 / 阳光明媚 do not pass
_RIGHT_OK = frozenset("的说是在和与及也都就已被把从向到跟给对等还很每才又能会要想不没便却暂吃上下去来今现最做写读笑哭干")


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(common | frequent words, the same with surname words): built once, not per name or occurrence."""
    words = frozenset(common_words() | frequent_words() | prefix_words())
    return words, frozenset(words | surname_words())


_BABY_WORDS = frozenset(("宝宝", "娃娃", "贝贝"))  # what anyone calls a baby, not one child's nickname


def minor_forms(name: str) -> dict[str, bool]:
    """The short forms a document uses for a child's full name, each with whether it needs the strict
    context of a word (True): the given name (晨曦 of 陈晨曦, 小花 of 王小花, 乐乐 of 赵乐乐), and
    小 + the last given character or that character doubled (小雨/雨雨 of 张雨, 小雪 of 龚雪)."""
    name = canonical(name)
    if "某" in name or not all("\u4e00" <= c <= "\u9fff" for c in name) or len(name) < 2:
        return {}
    single, compound = surnames()
    surname, given = split_surname(name)
    words = _word_lists()[1]
    if len(name) == 2 and name[0] in _PREFIXES:
        return {name: name in words}  # a nickname or an alias (小花（化名）): itself at its other mentions
    if len(name) == 2 and name[0] == name[1]:
        # a doubled nickname (雨雨（化名）) too, unless it is a word (宝宝, 妹妹): other uses are no mentions
        return {} if name in words or name in kinship_words() or name in _BABY_WORDS else {name: False}
    if not _known_surname(surname) or not 1 <= len(given) <= 2:
        return {}
    forms: dict[str, bool] = {}
    if len(given) == 2:
        forms[given] = given in words
    last = given[-1]
    # the first given character doubled too (清清 of 粟朗清); two siblings sharing it (朗清, 朗澈) make
    # the form ambiguous, and minor_mentions drops it
    first_double = (given[0] * 2,) if len(given) == 2 and rule_on("minor_first_double") and given[0] != last \
        and given[0] not in _PREFIXES and given[0] * 2 not in words and given[0] * 2 not in kinship_words() else ()
    for form in ("小" + last, last + last, *first_double, *(("阿" + last,) if rule_on("minor_a_form") else ())):
        if form != given and form != name:
            forms.setdefault(form, form in words)
    return forms


def _minor_occurrence_ok(text: str, start: int, end: int, strict: bool) -> bool:
    """An occurrence of a minor's short form is a mention of the child when no word runs across either
    of its edges: the character before it and its first character are no word (一般|小雪 passes, 快乐|天
    does not), nor its last character and the one after (阳光|明媚 does not), and it is no part of a
    reduplicated word (平平安安). For a form that is also a word (小雨, 文静, 平安: ``strict``) no longer
    word of the lists may contain it either (小雨伞, 平安夜)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    words = _word_lists()[0]
    if in_reduplicated_word(text, start, end):
        return False
    if before and _CJK.match(before) and before not in _LEFT_OK and before not in _TITLE_END:
        # a verb before its object (希望小宇, 照顾晨曦) is fine unless the pair is a word itself
        if before + text[start] in words or text[start - 2 : start] + text[start] in words:
            return False
    if after and _CJK.match(after) and after not in _RIGHT_OK and text[end - 1] + after in words:
        return False
    if strict:
        around = (text[max(0, start - 1) : end], text[start : end + 1], text[max(0, start - 2) : end], text[start : end + 2])
        if any(len(w) > end - start and w in words for w in around):
            return False
    return True


def _given_reduplicated(text: str, start: int, end: int, owner: str) -> bool:
    """The doubled form at ``start:end`` is a half of the child's given name reduplicated as a word
    (文文静静 beside 贺文静: an adjective, not 文文 or 静静)."""
    given = split_surname(canonical(owner))[1]
    if len(given) != 2:
        return False
    aabb = given[0] * 2 + given[1] * 2
    return text[start : start + 4] == aabb or text[max(0, start - 2) : end] == aabb


def minor_mentions(text: str, persons: list[tuple[int, int]], minors: set[int]) -> tuple[list[tuple[int, int, str]], dict[int, tuple[int, int, str]]]:
    """The further mentions of each child found a minor: (new spans of the short forms not yet found,
    each with the full name it belongs to, {index of a found span: the span cut to the short form}) --
    a found 向雨萱 beside 苏雨萱 is 雨萱.

    A form shared by two full names of the document (two children 王小花, 李小花) is not used, nor
    one that is a short form of another full name of the document; a found span equal to a form
    is that child (it is marked minor)."""
    if not rule_on("minor_forms"):
        return [], {}
    owners: dict[str, set[str]] = {}
    strict_of: dict[str, bool] = {}
    # full names first: a nickname mention that is a full name's form (小禾 of 杨小禾) is that child
    for name in sorted({canonical(text[persons[i][0] : persons[i][1]]) for i in minors}, key=len, reverse=True):
        owner = name
        if name in owners and len(owners[name]) == 1 and len(next(iter(owners[name]))) > len(name):
            owner = next(iter(owners[name]))  # 乐言 of 宁乐言: its forms (言言) are the full name's
        for form, strict in minor_forms(name).items():
            if form == name and form in owners:
                continue
            owners.setdefault(form, set()).add(owner)
            strict_of[form] = strict
    full_names = {canonical(text[s:e]) for s, e in persons}
    forms = {f for f, o in owners.items() if len(o) == 1}
    # a form that is another person's short form too (小雪 of 龚小雪 and of 陈雪) is ambiguous
    minor_names = {next(iter(o)) for o in owners.values()}
    for n in full_names - minor_names:
        if n in forms:
            continue  # a found mention that is the child's own form (小宇 of 孙小宇)
        if len(n) == 3 and n[0] in _LEFT_OK and n[1:] in forms:
            continue  # 向雨萱 beside 苏雨萱: a function character glued to the child's form, cut below
        for f in [*short_forms(n), *minor_forms(n)]:
            forms.discard(f)
    if not forms:
        return [], {}
    taken = sorted(persons)
    cut: dict[int, tuple[int, int, str]] = {}
    for i, (s, e) in enumerate(persons):
        word = text[s:e]
        if i in minors:
            continue
        if word in forms:  # found, but not joined to the child (another span claimed the form)
            cut[i] = (s, e, next(iter(owners[word])))
        elif e - s == 3 and word[1:] in forms and word[0] in _LEFT_OK:
            cut[i] = (s + 1, e, next(iter(owners[word[1:]])))
        elif e - s == 3 and word[:2] in forms and word[0] not in surnames()[0]:
            cut[i] = (s, e - 1, next(iter(owners[word[:2]])))  # 一诺爱读书: the child's 一诺 and a verb
    pattern = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
    new = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if _overlaps(taken, s, e):
            continue
        owner = next(iter(owners[m.group()]))
        if _minor_occurrence_ok(text, s, e, strict_of[m.group()]) and not _given_reduplicated(text, s, e, owner):
            new.append((s, e, owner))
    return new, cut

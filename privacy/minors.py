"""Which PERSON entities are minors (未成年人), from context or from an ID number's birth date.

A cue marks the nearest person in the same sentence when no other person stands between
them: words about children (女童, 留守儿童, 学生, 三年级 ...) on either side, an age under
18 after the name (，15岁 / 今年9岁) or before it with 的 (7岁的乐乐), a kinship word (孙女,
女儿) just before the name. Names joined by 、 share the flag (留守儿童豆豆、小宝、甜甜).
An ID number whose birth date is under 18 years ago marks the ID itself and the person
named before it in the same sentence. An age in a predicate is the subject's (X、Y是一对10岁的双胞胎);
an alias introduced in a sentence about a child is the child's (为保护孩子，下文称她为“小橘”（化名）); the
status then reaches every linked mention: the same person, 大名/小名 names, names joined by 、.

A cue binds to the person it describes, not to any name nearby: a cue written about the past
(曾是留守儿童, 33年前年仅6岁) marks no one; a cue before a name must stand in the same clause
(12岁女孩，遭到邻居刘某… does not mark 刘某); a school word for a teacher's work (在小学支教,
小学教师) is no cue. A person shown to be an adult in any mention (a stated age of 18 or more, an adult
title or role before the name, a title after it: 江泽民同志, 李铁辰校长, a college education that describes
the name: 毕业于…学院的少女X) is an adult in every mention.

Names listed together take the cue as one list: 孩子 in apposition (两个孩子X、Y), names joined by 、 or
by 和/与 beside a word for siblings or twins (姐妹俩X和Y), a classmate after 同班/同桌 in a sentence about a
child, ages given one by one (X、Y分别9岁和19岁: the n-th age is the n-th name's). An adult's own age
further on in her description (X，某大学学生志愿者，19岁) outweighs a child word beside her; no age binds
past a relative it may describe (X的父亲今年45岁).

``cue_names``: a name right after a child noun that no recognizer found (看望留守女孩向小满。, 孩子韦思远（10岁）)
is added as a person before the document rules run, so that the cue marks it and its short forms follow;
so is a quoted name after a child noun or a word for someone's child (8岁的女儿“糖糖”).
"""

from __future__ import annotations

import bisect
import datetime as dt
from functools import lru_cache
from importlib import resources

import regex as re

from privacy.names import common_words, frequent_words, kinship_words, surname_words, surnames
from privacy.person_rules import PARENT_AFTER, _is_given, rule_on
from privacy.persons import person_groups
from privacy.recognizers.id_card import birth_date
from privacy.sentences import sentence_spans
from privacy.spans import DisjointSpans, within

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

_CHILD = re.compile(
    r"女童|男童|新生儿|少先队员|中考|(?<!妇女)儿童(?!之家|节|部|活动|福利|医院|权益|工作|友好|发展|乐园|读物|基金|文学|小说|作家|文艺|剧|图书|出版|用品|服装|食品|节目|电影|歌曲|画|艺术|教育|保护|工作者)|未成年|幼儿|婴儿|宝宝|小朋友|女孩|男孩|少女|少年|留守(?!妇女|老人|老年|人员|群体)|孤儿|困境儿童|"
    r"学生(?<!(?:大|大学|高校|大专|研究|博士|硕士|留|医|院|中专|职校)学生)(?!会|干部|代表)|(?:小学|初中|高中|中学|幼儿园)(?!教师|老师|校长|支教|任教|教书|执教|毕业|文化|教导|教务|党|工会|团委|办公|食堂|职工)|"
    r"[一二三四五六1-6]年级|初[一二三]|高[一二三]|[0-9一二三四五六七八九十]+班|"
    r"(?:学习|考试|期末|期中|高考|中考)成绩|成绩单|成绩(?=下滑|下降|优异|提高|提升|进步|不好|不错|很好|较差|落后|名列|排名)|作业|上学|放学|辍学|玩具|奶粉|(?<!大学|老|男|女|共)同学(?!会|习|们好)"
)
_ADULT_KIN = re.compile(r"母亲|父亲|妈妈|爸爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|监护人|家长|老师|班主任|校长|婆婆|养父|养母")
# A child named by kinship between a name and an age cue: the age is the child's
# (张某与前夫育有一女，今年5岁).
_CHILD_NOUN = re.compile(r"的?(?:育有|[一二两三][子女儿]|女儿|儿子|孩子|孙女|孙子|外孙|闺女)")
# A verb or preposition between a name and a child word after it makes the child the object
# (校长王建国带领学生, 刘某陪同孩子, 她负责的儿童之家服务着留守儿童): the cue is not the name's.
_OBJECT_LINK = re.compile(
    r"带领|带着|陪同|陪伴|陪着|照顾|照料|负责|服务|辅导|教育|关爱|关心|走访|看望|探望|慰问|资助|帮助|帮扶|组织|"
    r"培训|接送|送|给|为|对|向|和|与|同|把|替|教|讲|到|开展|举办|参加|联系|动员|号召|鼓励|看护|监护|抚养|收养|检查|督促|批改"
)
# An alias the document gives someone (X（化名）; 化名“X”; 称她为“X”) and two names of one person
# (虎子大名叫韦俊熙, 石明轩（小名牛牛）, 韦俊熙，小名虎子)
_ALIAS_AFTER = re.compile(r"[”」』\"]?\s*[（(]化名[）)]")
_ALIAS_BEFORE = re.compile(r"(?:化名(?:为|叫|是)?|(?:称|叫|唤)(?:她|他|其|孩子)(?:为|作)?)[“「『\"]?$")
_NAME_LINK = re.compile(r"(?:的)?[，,（(]?\s*(?:大名|小名|乳名|学名|本名|真名|原名|昵称|外号)(?:叫|是|为)?[“「『\"]?")
_ALIAS_HINT = re.compile(r"化名|称|叫|唤")  # a cheap test before the alias patterns
_CHILD_WORD = re.compile(r"孩子|孩儿|娃")  # in an alias's own sentence: the alias is the child's
# A classmate of a pupil (孩子被同班韦浩然欺负, 她的同桌周明): a cue for the name after it in a sentence about a child
_CLASSMATE = re.compile(r"同班|同桌|同校|同年级|同寝室")
_CHILD_APPOSITION = "孩子"  # right before a name (两个孩子石佳佳、石乐乐): the name is the child
# A predicate that gives the subject's age (蒙思涵是一对10岁的双胞胎, 罗晓东是个13岁的孩子)
_PREDICATE = re.compile(r"\s*(?:是|为)(?:一对|一名|一个|一位|个|名|位|对)?\s*")
# A verb of saying between a name and a cue after it: the cue is in the reported words.
_SPEECH = re.compile(r"说|表示|介绍|认为|告诉|坦言|感慨|回忆|谈到|强调|指出")
# An adult role or title right before a name (校长王建国, 县妇联副主席李娜, 家长刘某, 奶奶陈桂兰):
# child words elsewhere in the sentence do not make that person a minor.
_ADULT_TITLE = re.compile(
    r"(?:校长|主席|书记|主任|老师|教师|班主任|家长|执委|社工|志愿者|干部|民警|警官|法官|律师|教授|医生|代表|"
    r"委员|局长|省长|市长|区长|县长|旗长|乡长|镇长|村长|部长|处长|科长|行长|社长|站长|所长|院长|园长|会长|理事长|经理|厂长|妈妈|母亲|父亲|奶奶|爷爷|外婆|外公|"
    r"姥姥|姥爷|监护人|养父|养母|丈夫|妻子|前夫|前妻|老人|阿姨|大姐|专干|调解员|网格员|辅导员|"
    r"邻居|村民|职工|员工|工人|农民|村官|党员|学员|嫌疑人|被告人|被申请人|施暴者|专家|学者|研究员|"
    # any head of an office (庭长, 馆长; not 班长/队长/组长, which pupils are) and any officer (检察官)
    r"(?:(?![班队组])[\u4e00-\u9fff])长|[\u4e00-\u9fff]官|咨询师|指导师|教练)$"
)
# A title or form of address right after a name (江泽民同志, 李铁辰校长, 王老师, 刘阿姨): an adult. Kinship
# words are not here: 小雨妈妈 is the child's mother, so 小雨 is the child.
_ADULT_TITLE_AFTER = re.compile(
    r"同志|主席|总理|总书记|书记|校长|老师|教师|教授|院士|主任|局长|部长|厅长|市长|县长|区长|镇长|乡长|村长|厂长|"
    r"经理|董事长|委员|代表(?=[，。、；：:,说])|议长|总统|首相|大使|先生|女士|夫人|太太|律师|医生|大夫|法官|警官|民警|阿姨|大姐|大妈|大爷|"
    r"大叔|老人|烈士|将军|司令|教练|主持人|记者|作家|画家|演员|导演|博士|硕士|"
    # a role the person takes on (Anna 李担任讲师, 王芳担任志愿者)
    r"(?:担任|作为)(?:本次|本期|活动|培训)?(?:的)?(?:讲师|主讲人?|老师|教师|志愿者|评委|主持人|社工|律师|顾问|辅导员)|"
    r"科长|处长|股长|所长|站长|院长|园长|庭长|社长|行长|会长|馆长|检察官|专家|研究员|教授"
)
# A child cue written about the past (33年前，年仅6岁的…; 曾是一名留守儿童; 小时候; 从小): the person is
# not a child now.
_PAST = re.compile(r"曾经|曾是|曾为|小的时候|小时候|幼时|年幼时|儿时|少年时")  # in the cue's clause
_PAST_BEFORE = re.compile(r"当年|那年|那时|[0-9一二三四五六七八九十几多]+年前|早年|昔日")  # may stand a clause before
_PAST_REACH = 12
_CLAUSE_PUNCT = re.compile(r"[，,；;。！？!?]")
# A college education that describes the name (毕业于省师范大学中文系的少女X, 大学毕业的女孩X, 研究生在读的X):
# an adult, whatever child noun (少女, 女孩) stands before the name.
_HIGHER_ED = re.compile(
    r"(?:毕业于|毕业自|从)[^，。；！？、\s]{0,20}?(?:大学|学院|高校|研究生院|大专)(?:[^，。；！？、\s]{0,8}?毕业)?"
    r"|(?:大学|学院|高校|大专|本科|研究生|硕士|博士)(?:毕业|在读|肄业)"
)
# between that phrase and the name: the rest of its noun phrase, 的, and one noun for a young person
_HIGHER_ED_GAP = re.compile(r"(?:[^，。；！？、\s的]{0,12}的)?(?:少女|少年|女孩|男孩|姑娘|小伙子?|女生|男生|女青年|男青年)?")
_HIGHER_ED_REACH = 40
_KIN_BEFORE = re.compile(r"(?:孙女|孙子|外孙女|外孙|女儿|儿子|闺女|侄女|外甥女|其子|其女|[长次幼][子女])$")
# 2010年3月出生 / 生于2012年: a birth date written out (an age under 18 is a cue after the name)
_BORN = re.compile(r"(?:生于|出生于)?((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?(?:出生|生(?=[，,。；;）)\s]))?")
_AGE = re.compile(r"(?:(未满|不满|年仅|仅)\s*)?([0-9]{1,3}|十[几来]|[一二两三四五六七八九十几]{1,3})\s*(?:周)?岁(半|多)?")


def _age_value(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    if raw in ("十几", "十来"):
        return 15  # a teenager
    if raw == "几":
        return 5
    if raw == "十":
        return 10
    if raw.startswith("十"):
        return 10 + _CN_DIGITS.get(raw[1:], 0)
    if "十" in raw:
        tens, _, ones = raw.partition("十")
        return _CN_DIGITS.get(tens, 0) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(raw)


def _under_18(born: dt.date, today: dt.date) -> bool:
    try:
        eighteenth = born.replace(year=born.year + 18)
    except ValueError:  # 29 February
        eighteenth = dt.date(born.year + 18, 3, 1)
    return today < eighteenth


def find_minors(
    text: str,
    persons: list[tuple[int, int]],
    ids: list[tuple[int, int, str]],
    today: dt.date | None = None,
    sentences: tuple[tuple[int, int], ...] | None = None,
    groups: list[int] | None = None,
) -> tuple[set[int], set[int]]:
    """(indices into ``persons`` that are minors, indices into ``ids`` of minors' IDs).

    ``persons`` must be sorted and disjoint (as the scanner's entities are); ``sentences``: the
    scan's sentence spans cut to 400 characters (split here when not given); ``groups`` (one
    person id per mention, privacy.persons.person_groups) is computed when not given.
    """
    today = today or dt.date.today()
    minor_persons: set[int] = set()
    minor_ids: set[int] = set()
    strong: set[int] = set()  # mentions marked by their own age, birth date or kinship word
    if not persons and not ids:
        return minor_persons, minor_ids
    starts = [s for s, _ in persons]
    if sentences is None:
        sentences = sentence_spans(text, max_len=400)
    respective, respective_runs = _respective_ages(text, persons)
    respective_minors = {i for i, age in respective.items() if age < 18}
    class_from = _class_context_start(text) if rule_on("class_context") else None
    for sent_start, sent_end in sentences:
        in_sent = list(within(persons, starts, sent_start, sent_end))
        if not in_sent:
            continue
        cues: list[tuple[int, int, str, bool]] = []  # (start, end, direction, strong)
        for m in _CHILD.finditer(text, sent_start, sent_end):
            cues.append((m.start(), m.end(), "any", False))
        for m in _AGE.finditer(text, sent_start, sent_end):
            if _inside(m.start(), respective_runs):
                continue  # given one by one to a list of names (分别9岁和6岁): bound below
            age = _age_value(m.group(2))
            if age is not None and (age < 18 or (m.group(1) in ("未满", "不满") and age <= 18)):
                # 7岁的乐乐 / 6岁的孙女妞妞: an age before 的 describes the name after it
                direction = "before_name" if text.startswith("的", m.end()) else "after_name"
                cues.append((m.start(), m.end(), direction, True))
        for m in _BORN.finditer(text, sent_start, sent_end):
            if _born_minor(m, today):
                cues.append((m.start(), m.end(), "after_name", True))
        if class_from is not None and sent_start >= class_from:
            cues += _class_cues(text, sent_start, sent_end)
        if cues or any(i in respective_minors for i in in_sent):
            # in a sentence about a child, a classmate named after 同班/同桌 is a pupil too
            for m in _CLASSMATE.finditer(text, sent_start, sent_end):
                cues.append((m.start(), m.end(), "before_name", False))
        for cue_start, cue_end, direction, own in cues:
            if _about_the_past(text, persons, max(sent_start, cue_start - _PAST_REACH), cue_start):
                continue  # 曾是一名留守儿童 / 33年前，年仅6岁的: the person was a child then
            best = _nearest(text, persons, in_sent, cue_start, cue_end, direction)
            if best is not None:
                minor_persons.add(best)
                if own:
                    strong.add(best)  # an age or a birth date of the mention itself
        for i in in_sent:
            s, _ = persons[i]
            # 王秀英的孙女小雅: the kinship word describes the name right after it
            if _KIN_BEFORE.search(text, max(sent_start, s - 6), s) and _child_context(text, *_clause(text, s, sent_start, sent_end)):
                minor_persons.add(i)
                strong.add(i)
            # 两个孩子石佳佳、石乐乐 / 孩子韦思远: 孩子 in apposition names the child
            elif s - 2 >= sent_start and text.startswith(_CHILD_APPOSITION, s - 2) \
                    and not _about_the_past(text, persons, max(sent_start, s - 2 - _PAST_REACH), s - 2):
                minor_persons.add(i)
    minor_persons |= respective_minors
    strong |= respective_minors
    if rule_on("doubled_parent"):
        # a doubled nickname named by its parent (多多和团团的妈妈): a child
        minor_persons |= {i for i, (s, e) in enumerate(persons) if e - s == 2 and text[s] == text[s + 1]
                          and _DOUBLED_PARENT_AFTER.match(text, e)}
    table_minors, table_adults = _table_roles(text, persons)
    minor_persons |= table_minors
    strong |= table_minors
    sentence_starts = [a for a, _ in sentences]
    for j, (s, e, digits) in enumerate(ids):
        born = birth_date(digits)
        if not (born and _under_18(born, today)):
            continue
        minor_ids.add(j)
        k = bisect.bisect_right(sentence_starts, s) - 1
        sent_start = sentences[k][0] if k >= 0 else 0
        before = [i for i in within(persons, starts, sent_start, s)]
        if before:
            minor_persons.add(before[-1])
    groups = person_groups(text, persons) if groups is None else groups
    strong |= _alias_minors(text, persons, sentences, minor_persons)
    _spread_over_links(text, persons, groups, minor_persons)
    if not minor_persons:
        return minor_persons, minor_ids
    id_minors = {i for i in minor_persons if _named_before_minor_id(i, persons, ids, minor_ids)}
    adults, described_adults = _stated_adults(text, persons, respective_runs)
    adults |= table_adults
    adults |= {i for i, age in respective.items() if age >= 18}

    def adult(i: int) -> bool:
        """Shown to be an adult: a stated age of 18 or more, an adult title or role right before the
        name (校长王建国, 奶奶陈桂兰) or a title right after it (江泽民同志, 李铁辰校长)."""
        s, e = persons[i]
        return i in adults or bool(_ADULT_TITLE.search(text, max(0, s - 6), s) or _ADULT_TITLE_AFTER.match(text, e)) \
            or _college_educated(text, s)

    minor_persons -= {i for i in minor_persons if adult(i)} - id_minors
    # a person shown to be an adult in one mention is an adult in the other mentions that only a
    # child word stands next to (刘翠芬 is a 52-year-old 执委, so 翠芬 next to 放学 is not a child); a
    # mention with its own age under 18 stays a minor (the same 某某 form may name two people)
    weak = minor_persons - strong - id_minors
    if weak:
        groups = person_groups(text, persons) if groups is None else groups
        weak_groups = {groups[i] for i in weak}
        adult_groups = {g for i, g in enumerate(groups) if g in weak_groups and (adult(i) or i in described_adults)}
        minor_persons -= {i for i in weak if groups[i] in adult_groups}
    return minor_persons, minor_ids


def _college_educated(text: str, s: int) -> bool:
    """A college education phrase describes the name starting at ``s`` (毕业于…学院的少女X, 大学毕业的女孩X):
    only the rest of its noun phrase, 的 and a noun for a young person stand between them."""
    lo = max(0, s - _HIGHER_ED_REACH)
    if not _HIGHER_ED.search(text, lo, s):
        return False
    for m in _HIGHER_ED.finditer(text, lo, s):
        gap = text[m.end() : s]
        if _HIGHER_ED_GAP.fullmatch(gap):
            return True
    return False


def _about_the_past(text: str, persons: list[tuple[int, int]], lo: int, cue_start: int) -> bool:
    """A past-time word before the cue: in its clause (曾是, 小时候), or up to a clause before (33年前，)."""
    for m in _PAST.finditer(text, lo, cue_start):
        if not _CLAUSE_PUNCT.search(text, m.end(), cue_start):
            return True
    return bool(_PAST_BEFORE.search(text, lo, cue_start))


_ADULT_AGE_REACH = 8  # characters between a stated age and the name it belongs to
_ADULT_PHRASE_REACH = 16  # 20岁的市卫生职业学院学生覃雅琪: the first name of the noun phrase after 的


def _stated_adults(text: str, persons: list[tuple[int, int]],
                   skip: list[tuple[int, int]] = ()) -> tuple[set[int], set[int]]:
    """Persons whose own stated age is 18 or more: (right at the name, further on in its description).

    The first set (32岁的宝妈孙丽 / 孙丽，32岁 / 孙丽今年32岁) is an adult in every mention: a child cue
    elsewhere in the sentence (接孩子放学) refers to someone else. The second is an age that ends the
    name's own description further on (宗佳怡，某大学学生志愿者，19岁), bound as a child's age is (within
    ``_AGE_REACH``, no other person, kin, child noun, speech or age between): it outweighs a child word,
    never a child's own age. Ages in ``skip`` (given one by one to a list of names) are bound elsewhere.
    """
    adults: set[int] = set()
    described: set[int] = set()
    starts = [s for s, _ in persons]
    ends = [e for _, e in persons]  # sorted too: the persons are sorted and disjoint
    for m in _AGE.finditer(text):
        age = _age_value(m.group(2))
        if age is None or age < 18 or m.group(1) or _inside(m.start(), skip):
            continue
        if text.startswith("的", m.end()):
            # every name of the noun phrase after 的 (32岁的宝妈孙丽), up to punctuation
            lo = bisect.bisect_right(starts, m.end())
            hi = bisect.bisect_right(starts, m.end() + _ADULT_AGE_REACH)
            for i in range(lo, hi):
                if not re.search(r"[，。；！？、]", text[m.end() : starts[i]]):
                    adults.add(i)
            if lo < len(persons) and starts[lo] - m.end() <= _ADULT_PHRASE_REACH \
                    and not re.search(r"[，。；！？、\s0-9的岁]", text[m.end() : starts[lo]]):
                adults.add(lo)
        else:
            # the last person ending within reach before the age
            last = bisect.bisect_right(ends, m.start()) - 1
            if last < 0 or re.search(r"[。；！？、]", text[ends[last] : m.start()]):
                continue
            if ends[last] >= m.start() - _ADULT_AGE_REACH:
                # not past a relative it may describe (唐果的父亲今年45岁)
                if not _KIN_OWNER.search(text, ends[last], m.start()) and not _kin_word(text, ends[last], m.start()):
                    adults.add(last)
            elif ends[last] >= m.start() - _AGE_REACH and not _OTHER_OWNER.search(text, ends[last], m.start()) \
                    and not _kin_word(text, ends[last], m.start()):
                described.add(last)
    return adults, described


_AGE_REACH = 30  # characters between a name and an age after it that may be its own (as ``_nearest`` reads)
# between a name and an age after it: someone else the age may describe, or another age, or reported words
_KIN_OWNER = re.compile(_CHILD_NOUN.pattern + "|" + _ADULT_KIN.pattern)
_OTHER_OWNER = re.compile(_CHILD_NOUN.pattern + "|" + _ADULT_KIN.pattern + "|" + _SPEECH.pattern + "|" + _CHILD.pattern
                          + r"|[0-9一二两三四五六七八九十]\s*(?:周)?岁")


def _kin_word(text: str, start: int, end: int) -> bool:
    """A kinship noun (丈夫, 奶奶, 哥哥 ...) in ``text[start:end]``."""
    rx = _kin_regex()
    return rx is not None and rx.search(text, start, end) is not None


@lru_cache(maxsize=1)
def _kin_regex() -> re.Pattern | None:
    words = sorted(kinship_words(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


# Ages given one by one to a list of names (何子轩、何子涵分别9岁和6岁; 李明与王芳今年分别为10岁、12岁)
_AGE_TEXT = r"[0-9一二两三四五六七八九十几]{1,3}\s*(?:周)?岁(?:半|多)?"
_RESPECTIVE = re.compile(rf"(?:今年|现年|目前|现在)?分别(?:是|为)?\s*{_AGE_TEXT}(?:\s*[、和与及，,]\s*{_AGE_TEXT})+")
_LIST_JOIN = re.compile(r"[、和与及，,]")


def _list_join(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` joins two names of a list: 、/和/与/及, and a kinship noun (、弟弟覃星)."""
    m = _LIST_JOIN.match(text, start, end)
    if m is None:
        return False
    rest = text[m.end() : end]
    return not rest or rest in kinship_words()


def _respective_ages(text: str, persons: list[tuple[int, int]]) -> tuple[dict[int, int], list[tuple[int, int]]]:
    """``({person index: age}, [age run spans])`` for ages given one by one (分别) to the list of names
    right before them, the n-th age to the n-th name; only where there are as many names as ages."""
    owners: dict[int, int] = {}
    runs: list[tuple[int, int]] = []
    if "分别" not in text or not persons:
        return owners, runs
    ends = [e for _, e in persons]
    for m in _RESPECTIVE.finditer(text):
        k = bisect.bisect_right(ends, m.start()) - 1
        if k < 0 or text[ends[k] : m.start()].strip() not in ("", "，", ","):
            continue
        names = [k]
        while names[0] > 0 and _list_join(text, persons[names[0] - 1][1], persons[names[0]][0]):
            names.insert(0, names[0] - 1)
        ages = [_age_value(a.group(2)) for a in _AGE.finditer(text, m.start(), m.end())]
        if len(ages) != len(names) or None in ages:
            continue
        owners.update(zip(names, ages))
        runs.append(m.span())
    return owners, runs


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def _named_before_minor_id(i: int, persons, ids, minor_ids) -> bool:
    """The person's mention stands right before a minor's ID number (within 20 characters)."""
    _, e = persons[i]
    return any(0 <= ids[j][0] - e <= 20 for j in minor_ids)


def _born_minor(m: re.Match, today: dt.date) -> bool:
    """A written birth date (生于2012年 / 2010年3月出生) of someone under 18 at ``today``."""
    if not (m.group(0).startswith(("生于", "出生于")) or m.group(0).endswith("生")):
        return False
    year, month = int(m.group(1)), int(m.group(2) or 12)
    try:
        born = dt.date(year, month, int(m.group(3) or 1) if m.group(2) else 1)
    except ValueError:
        return False
    return born <= today and _under_18(born, today)


def _spread_over_links(text: str, persons: list[tuple[int, int]], groups: list[int], minor_persons: set[int]) -> None:
    """A child's status reaches every mention linked to a marked one: the same person (``groups``), two
    names of one child (虎子大名叫韦俊熙), names joined by 、 (留守儿童豆豆、小宝、甜甜) and two full names
    with the same surname joined by 和/与/及 (双胞胎女儿龙欢欢和龙乐乐: siblings)."""
    if not minor_persons:
        return
    parent = list(range(len(persons)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of: dict[int, int] = {}
    for i, g in enumerate(groups):
        parent[find(i)] = find(first_of.setdefault(g, i))
    for a in range(len(persons) - 1):
        (sa, ea), (sb, eb) = persons[a], persons[a + 1]
        gap = text[ea:sb]
        siblings = gap in ("和", "与", "及") and (
            (ea - sa == 3 and eb - sb == 3 and text[sa] == text[sb])
            # a word for siblings, twins or children around the pair (姐妹俩小燕和小雪, 浩浩和然然兄弟俩)
            or bool(_GROUP_BEFORE.search(text, max(0, sa - 5), sa) or _GROUP_AFTER.match(text, eb))
        )
        if gap == "、" or siblings or _NAME_LINK.fullmatch(gap) \
                or (rule_on("quoted_nick") and (_CALL_LINK.fullmatch(gap) or _NICK_LINK.fullmatch(gap))):
            parent[find(a)] = find(a + 1)
    marked = {find(i) for i in minor_persons}
    minor_persons.update(i for i in range(len(persons)) if find(i) in marked)


# a name, then what someone calls that person (奶奶管朗澈叫“铁蛋”): the nickname is the same child
_CALL_LINK = re.compile(r"(?:叫|唤)(?:做|作)?[“「『\"]")
# ... and a nickname given at the end of the name's own clause (妹妹贝晗珠8岁，小名珠珠)
_NICK_LINK = re.compile(r"[^。！？；\n“”]{0,10}?[，,（(]\s*(?:小名|乳名|昵称|外号)(?:叫|是|为)?[“「『\"]?")

# A class of a school named as the audience or the setting (为五年级（2）班的学生讲, 三年级二班, 全班同学):
# from there on a pupil is named by what pupils do in class (X举手问, 班上的X, X的同桌Y), not by a child word
_CLASS_SETTING = re.compile(r"[一二三四五六七八九1-9]年级\s*[（(]?[0-9一二三四五六七八九十]{1,2}[)）]?\s*班|[0-9一二三四五六七八九十]{1,2}班的?(?:学生|同学|孩子)|全班(?:同学|学生)"
                            r"|[一二三四五六七八九]年级的?(?:[0-9一二三四五六七八九十百]+名)?(?:学生|同学|孩子|小朋友)")
_CLASS_CUE_AFTER = re.compile(r"举手|的同桌|的同学|回答问题|上台")  # the name before it is a pupil
_CLASS_CUE_BEFORE = re.compile(r"班上的|班里的|全班的|的同桌|同学|同桌|女生|男生")  # the name after it is a pupil


def _class_context_start(text: str) -> int | None:
    m = _CLASS_SETTING.search(text)
    return m.start() if m else None


def _class_cues(text: str, lo: int, hi: int) -> list[tuple[int, int, str, bool]]:
    """Cues of a pupil in a class's context (see ``_CLASS_SETTING``): the adults there keep their titles
    (班主任郦春燕, 闻人老师), which ``find_minors`` reads as adults whatever cue stands near."""
    out = [(m.start(), m.end(), "after_name", False) for m in _CLASS_CUE_AFTER.finditer(text, lo, hi)]
    out += [(m.start(), m.end(), "before_name", False) for m in _CLASS_CUE_BEFORE.finditer(text, lo, hi)]
    return out


def _table_roles(text: str, persons: list[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """(minors, adults) among ``persons`` by the table or form they stand in (privacy.tables): the main
    name of a pupil's row is a minor, a guardian column's name an adult."""
    if not rule_on("table_roles"):
        return set(), set()
    from privacy.tables import table_people

    roles = {(s, e): role for s, e, role in table_people(text)}
    if not roles:
        return set(), set()
    minors = {i for i, p in enumerate(persons) if roles.get(p) == "minor"}
    adults = {i for i, p in enumerate(persons) if roles.get(p) == "adult"}
    return minors, adults


_DOUBLED_PARENT_AFTER = re.compile(r"(?:[和与、]([\u4e00-\u9fff])\1)?" + PARENT_AFTER)

_SIBLINGS = r"(?:兄弟|姐妹|兄妹|姐弟|双胞胎|孪生)"
_GROUP_BEFORE = re.compile(rf"(?:{_SIBLINGS}俩?|(?:两|俩|三)个?(?:孩子|{_SIBLINGS}))$")
_GROUP_AFTER = re.compile(rf"(?:两|俩|三)?个?{_SIBLINGS}俩?")


def _alias_minors(text: str, persons: list[tuple[int, int]], sentences, minor_persons: set[int]) -> set[int]:
    """Aliases given to a child (为保护孩子，下文称她为“小橘”（化名）; 孩子以化名“豆芽”称呼; 女童雨雨（化名）):
    an alias introduced in a sentence that speaks of a child, and not of an adult right before it (称其母亲为…),
    is the child's. Returns the mentions marked (each is marked by its own sentence)."""
    marked: set[int] = set()
    if not _ALIAS_HINT.search(text):
        return marked
    starts = [a for a, _ in sentences]
    person_starts = [a for a, _ in persons]
    for i, (s, e) in enumerate(persons):
        after = _ALIAS_AFTER.match(text, e)
        if not (after or (_ALIAS_HINT.search(text, max(0, s - 8), s) and _ALIAS_BEFORE.search(text, max(0, s - 8), s))):
            continue
        k = bisect.bisect_right(starts, s) - 1
        lo, hi = sentences[k] if k >= 0 else (0, len(text))
        if _ADULT_KIN.search(text, max(lo, s - 6), s) or _about_the_past(text, persons, lo, s):
            continue
        others = range(bisect.bisect_left(person_starts, lo), bisect.bisect_left(person_starts, hi))
        if _CHILD_NOUN.match(text, after.end() if after else e) or any(j != i and j in minor_persons for j in others):
            continue  # 诸葛怡（化名）的孙女许某某今年5岁: the child of the sentence is someone else
        if _child_context(text, lo, hi) or _CHILD_WORD.search(text, lo, hi):
            minor_persons.add(i)
            marked.add(i)
    return marked


def _clause(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around ``pos`` within the sentence ``lo:hi`` (between clause punctuation)."""
    before = [m.end() for m in _CLAUSE_PUNCT.finditer(text, lo, pos)]
    after = _CLAUSE_PUNCT.search(text, pos, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def _child_context(text: str, start: int, end: int) -> bool:
    return bool(_CHILD.search(text, start, end) or _age_under_18(text, start, end))


def _age_under_18(text: str, start: int, end: int) -> bool:
    for m in _AGE.finditer(text, start, end):
        age = _age_value(m.group(2))
        if age is not None and age < 18:
            return True
    return False


def _nearest(
    text: str, persons: list[tuple[int, int]], candidates: list[int], cue_start: int, cue_end: int, direction: str
) -> int | None:
    """The person closest to the cue with no other person between them (within reach)."""
    best, best_dist = None, None
    for i in candidates:
        s, e = persons[i]
        if e <= cue_start:  # name before the cue
            if direction == "before_name" and not _PREDICATE.fullmatch(text, e, cue_start):
                continue  # 韩雪梅带着4岁的儿子韩豆豆: an age before 的 describes the noun after it
            dist = cue_start - e
            between = [j for j in candidates if j != i and persons[j][0] >= e and persons[j][1] <= cue_start]
            reach = 30
            if direction == "after_name" and _CHILD_NOUN.search(text, e, cue_start):
                continue  # 张某与前夫育有一女，今年5岁: the age is the daughter's
            if direction == "any" and _OBJECT_LINK.search(text, e, cue_start):
                continue  # 王建国带领学生: the pupils are the object, not the name
            if _SPEECH.search(text, e, cue_start):
                continue  # 李娟说，她最懂留守孩子的心: the cue is in what the name says
        elif s >= cue_end and direction in ("any", "before_name"):  # cue before the name
            dist = s - cue_end
            between = [j for j in candidates if j != i and persons[j][0] >= cue_end and persons[j][1] <= s]
            reach = 12
            if _ADULT_KIN.search(text, cue_end, s):  # 女童的母亲葛某: the name is the adult
                continue
            if _CLAUSE_PUNCT.search(text, cue_end, s):  # 12岁女孩，遭到邻居刘某…: another clause, another person
                continue
        elif s <= cue_start and cue_end <= e:  # the cue is inside the name span (宝宝 as a nickname)
            dist, between, reach = 0, [], 1
        else:
            continue  # the cue and the name overlap in part (小女 of 小女孩): a span cut out of the cue word
        if between or dist > reach:
            continue
        if best_dist is None or dist < best_dist:
            best, best_dist = i, dist
    return best



# A child noun right before a name (受助女孩向小满, 留守儿童杨小军, 孩子韦思远（10岁）); not a college or
# overseas student (大学生, 留学生), nor 儿童 of a place or an event (儿童之家, 儿童节)
_NAME_CUE = re.compile(
    r"(?:小学生|中学生|初中生|学生)(?<!(?:大|大学|高校|大专|研究|博士|硕士|留|医|院|中专|职校)学生)"
    r"|(?:女孩|男孩|女童|男童|(?<!妇女)儿童(?!之家|节|活动|福利|医院|权益|工作|友好|发展|乐园)|孩子|少女|少年|幼儿|小朋友)"
)
# What may follow such a name: an age (今年9岁, （10岁）, ，11岁), 化名 or a sex (strong), or punctuation.
_CUE_NAME_STRONG_END = re.compile(
    r"[（(](?:化名|[0-9一二三四五六七八九十]{1,3}(?:周)?岁|女|男)|[，,]?(?:今年|现年|年仅)?[0-9一二三四五六七八九十]{1,3}(?:周)?岁"
    r"|今年|现年|年仅"
)
_CUE_NAME_END = re.compile(r"$|[\s，,。．、；;：:！!？?）)”\"」』]")
# surnames that are far more often an adverb or a pronoun after a child noun (孩子常哭, 女孩易怒, 学生全到)
_ADVERB_SURNAMES = frozenset("常易全尚单那何应")
CUE_NAME_SCORE = 0.7  # as a rule span
_DICT_MIN_COUNT = 20  # a jieba word counted at least this often is a word, whatever its tag


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    """Words of three or four characters in jieba's dictionary (MIT) counted at least ``_DICT_MIN_COUNT``
    times, any tag (jieba tags 夏令营 nr): a span after a child cue that is one is no child's name."""
    try:
        text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    out = set()
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and 3 <= len(parts[0]) <= 4 and int(parts[1]) >= _DICT_MIN_COUNT:
            out.add(parts[0])
    return frozenset(out)


@lru_cache(maxsize=1)
def _name_stop_words() -> frozenset[str]:
    """Ordinary words no cue name may be (built once): common, frequent, surname and kinship words."""
    return frozenset(common_words() | frequent_words() | surname_words() | kinship_words())


def cue_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name-shaped spans right after a child cue that no found entity covers (``taken``: sorted spans
    of the entities found): a surname of the surname list and one or two given characters, no ordinary
    word, ending where a name ends. A two-character span, or one whose surname is mostly an adverb
    (常, 易), needs an age, 化名 or a sex right after it (困境儿童蒙琪（12岁）; not 儿童康复。); a longer
    one may end at punctuation (看望留守女孩向小满。). The longer reading is tried first (向小满, 向小)."""
    quoted = _quoted_names(text, taken) if "“" in text or "「" in text or "『" in text else []
    if not _NAME_CUE.search(text):
        return quoted
    single, compound = surnames()
    words = _name_stop_words()
    starts = [a for a, _ in taken]
    out: list[tuple[int, int]] = list(quoted)
    for m in _NAME_CUE.finditer(text):
        k = bisect.bisect_right(starts, m.end())
        if (k and taken[k - 1][1] > m.end()) or (k < len(starts) and starts[k] <= m.end() + 1):
            continue  # a found entity starts at (or right after) the cue: the name is found
        span = _name_at(text, m.end(), single, compound, words)
        if span is None:
            continue
        k = bisect.bisect_left(starts, span[1])
        if k and taken[k - 1][1] > span[0]:
            continue  # a found entity overlaps: left as found
        out.append(span)
    # names joined by 、 after the first (留守儿童覃一凡、覃一鸣)
    more = []
    for s, e in out:
        while text.startswith("、", e):
            nxt = _name_at(text, e + 1, single, compound, words)
            if nxt is None:
                break
            k = bisect.bisect_left(starts, nxt[1])
            if k and taken[k - 1][1] > nxt[0]:
                break
            more.append(nxt)
            e = nxt[1]
    return sorted(set(out + more))


# A child noun or a word for someone's child, then a name in quotes (8岁的女儿“糖糖”, 受助女孩“小桔”):
# the quoted word is what the child is called, whatever its characters (a nickname has no surname)
_QUOTED_NAME = re.compile(
    "(?:" + _NAME_CUE.pattern + r"|女儿|儿子|孙女|孙子|外孙女|外孙|闺女|[长次幼][子女])"
    r"[“「『]([\u4e00-\u9fff]{2,3})[”」』]"
)


def _quoted_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted names after a child noun (see ``_QUOTED_NAME``) that no found entity overlaps and
    that are no ordinary word."""
    words = _name_stop_words()
    free = DisjointSpans()
    for a, b in taken:
        free.add(a, b)
    out = []
    for m in _QUOTED_NAME.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        if name in words or name in _dictionary_words() or name in frequent_words() or not free.is_free(s, e):
            continue
        out.append((s, e))
    return out


def _name_at(text: str, s: int, single, compound, words) -> tuple[int, int] | None:
    """A surname + 1-2 given characters starting at ``s`` that ends where a name ends (see cue_names)."""
    if text[s : s + 2] in compound:
        given_start = s + 2
    elif text[s : s + 1] in single:
        given_start = s + 1
    else:
        return None
    for e in (given_start + 2, given_start + 1):
        if e > len(text) or not all(_is_given(ch) for ch in text[given_start:e]):
            continue
        name, given = text[s:e], text[given_start:e]
        if name in words or given in words or (given_start == s + 1 and text[s : s + 2] in words):
            continue
        if len(name) >= 3 and name in _dictionary_words():
            continue  # 夏令营
        strong = bool(_CUE_NAME_STRONG_END.match(text, e))
        weak_shape = len(name) == 2 or (given_start == s + 1 and text[s] in _ADVERB_SURNAMES)
        if strong or (not weak_shape and _CUE_NAME_END.match(text, e)):
            return s, e
    return None

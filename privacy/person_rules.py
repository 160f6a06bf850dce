"""Rules that find person names in Chinese text without a model.

Each rule yields ``(start, end, score)`` over the text it is given:

- 某 forms of a surname: 陈某某, 李某, 欧阳某;
- pseudonyms marked 化名: 小红（化名）, 化名"小雨";
- children's nicknames 小X (and reduplicated 萌萌) next to words about children, and reduplicated
  nicknames after a visit or help verb (看望丫丫，);
- surname + one or two characters next to a role word before (受害人, 妇女, 信息员 ...)
  or a title or verb after (女士, 书记, 说, 今年, ，15岁 ...);
- lists joined by 、/和 that contain a name found by any rule or the tagger.
"""

from __future__ import annotations

import contextlib
import re as stdre
from functools import lru_cache

import regex as re

from privacy.names import common_words, frequent_words, prefix_words, rare_surnames, surname_regex, surname_words, surnames

# Named rules after the model, each one switchable for the rule audit of ``fulian eval ner --audit``
# (names gained / lost with the rule off). The first group finds names in the text; the second
# repairs or drops the tagger's spans (``privacy.recognizers.person.repair_span``).
FIND_RULES = ("mou", "rare_surname", "doubled_parent", "table_cells", "quoted_nick", "title_form", "small_surname", "latin_names", "alias", "nick_child", "double_child", "double_named", "care_double", "right_context", "left_context", "lists",
              "address_form", "spaced_name", "in_latin", "function_surname_after_role", "verb_noun", "title_head", "list_after_particle")
REPAIR_RULES = (
    "glued_before", "trailing_verb3", "compound_left", "agent_suffix", "prefix_edges", "compound_grow", "aspect3", "role_prefix", "aspect4", "word_end4",
    "compound_alone", "surname_left", "compound_left2", "he_last", "place_after", "place_last", "company", "doc_number", "locative", "fulian_word", "single_char",
    "not_names", "common_word", "common_prefix", "confident_word", "not_in_name", "function_first", "name_chars",
    "rule_in_entity", "rule_word_cross", "weak_support", "weak_apposition", "role_before", "prefix_word", "prefix_adverb", "time_after",
)
# ... and the third the filters and the document-level resolution of ``privacy.persons``.
DOCUMENT_RULES = ("minor_first_double", "glued_given_cut", "class_context", "table_roles", "latin_given", "weak_prefix_forms", "grow_cut", "given_to_full", "function_surname_given", "given_support", "minor_a_form", "theory_after", "reduplicated", "byword", "sibling_surname", "grade", "solar_term", "programme", "trim_known", "repeat", "repeat_support", "repeat_checked", "minor_forms")
RULES = FIND_RULES + REPAIR_RULES + DOCUMENT_RULES
_off: frozenset[str] = frozenset()


def rule_on(name: str) -> bool:
    return name not in _off


@contextlib.contextmanager
def rules_off(*names: str):
    """Switch the named rules off inside the block (evaluation only: process-wide, not thread-safe)."""
    global _off
    unknown = set(names) - set(RULES)
    if unknown:
        raise ValueError(f"unknown person rules: {sorted(unknown)}")
    saved = _off
    _off = saved | frozenset(names)
    try:
        yield
    finally:
        _off = saved


# Characters that do not occur in given names here: function words, verbs, measure words.
_STOP = (
    "的了是在和与及说到从向把被让给对为于也都就还又将已并等某们个这那其她他我你您之而或但且"
    "很最更再才着过来去上下中内外日月年岁人各每所以因此如即共有无不没要会能可该此乃则并讲称"
    "家住女男今现同老师长记任席书士生妈爸姐妹哥弟奶爷婆姨叔伯孩童学组村镇乡县市区省号路街妇"
    "者"  # an agent suffix: 挖沙者说
)
_GIVEN = rf"(?:(?![{_STOP}])[\u4e00-\u9fff])"
_CJK = r"[\u4e00-\u9fff]"
_NUM = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})"

_LEFT_WORDS = (
    "名叫 叫做 姓名 当事人 受害人 受助人 申请人 被申请人 被告人 被告 原告 信息员 志愿者 妇女 "
    "母亲 父亲 丈夫 妻子 前夫 前妻 儿子 女儿 孙女 孙子 外孙女 奶奶 爷爷 外婆 外公 村民 居民 女童 男童 学生 "
    "老人 患者 负责人 社工 律师 调解员 网格员 联系人 户主 监护人 妈妈 爸爸 婆婆 姐姐 妹妹 哥哥 "
    "弟弟 同学 老师 主任 书记 主席 会长 带头人 能手 代表 获得者 女儿 留守儿童 儿童 女孩 男孩 "
    "创业者 致富带头人 党员 农户 贫困户 执委 委员 队长 组长 站长 专干 医生 法官 民警 干警 记者 "
    "通讯员 报告人 举报人 求助者 新娘 新郎 大学生 乡贤 好媳妇 好婆婆 家庭 姓名为 叫 联系 收件人 工作人员 学员 "
    "员工 干部 职工 群众 成员 向 帮助 资助 慰问 看望 走访 探望 救助 帮扶"
).split()
_RIGHT = (
    r"女士|先生|同志|老师|阿姨|大姐|大妈|大娘|大爷|奶奶|爷爷|书记|主任|主席|律师|社工|医生|同学|小朋友|"
    r"院长|校长|所长|局长|部长|会长|委员|专干|执委|一家|夫妇|夫妻|母女|父女|母子|父子|说|表示|介绍|告诉|反映|"
    r"称|今年|现年|家住|的丈夫|的妻子|的女儿|的儿子|的母亲|的父亲|的孙女|的孙子|"
    r"[，,](?:女|男)[，,]|[，,]?" + _NUM + r"岁|[（(]" + _NUM + r"岁|[（(](?:女|男)|荣获|获得|被评为|当选|"
    r"带领|来到|哭|流泪|感激|激动|拉着|握着|举手|"
    r"[与和](?:其)?(?:丈夫|妻子|前夫|前妻|婆婆|公公|儿子|女儿|父母|家人)|"
    r"主动|作(?:专题|报告|讲座|发言|辅导|交流|典型)|授课|主讲|主持|致辞|讲话|发言|宣讲|出席|一行|"
    r"的(?:银行卡|工资卡|手机|电话|联系方式|微信|QQ|身份证|住址|家庭住址|邮箱)"
)
_CHILD_WORDS = (
    "女童|男童|儿童|孩子|孙女|孙子|女儿|儿子|学生|留守|年级|同学|小朋友|化名|女孩|男孩|娃|幼儿|岁|未成年|小学|初中|班"
)
_NICK_STOP = set(
    "组学区时型额家微康事孩朋伙们姐妹弟哥店吃卖说品生镇城麦米年寒暑满雪心费费的镇巷院屋窝便手脚"
    "伙计计队课题姑娘媳妇溪河山桥路村庄岛楼厂摊铺商贩本规企件数量部分半点型号儿"
)


# First characters of every alternative of _RIGHT (a look-ahead class lets the stdlib
# engine skip most positions at once; keep in step with _RIGHT).
_RIGHT_FIRST = (
    "女先同老阿大奶爷书主律社医小院校所局部会委专执一夫母父说表介告反称今现家的，,（(0123456789"
    "一二三四五六七八九十荣获被当带来哭流感激拉握举与和作授致讲发宣出"
)
# Verb characters that a greedy given name must not swallow (龙涛签发, 夏侯琴作专题).
TRAILING_VERBS = frozenset("住说到是的了和与及向对给被把让从为签作带来去在称讲")
# An aspect particle right after a three-character candidate shows that its last character
# is a verb or adjective (周红红了眼眶, 王芳笑着说) -- unless it starts a word (了解, 着手).
_ASPECT = frozenset("了着过")
# Surname + a form of address is not a given name (王大爷, 李大姐).
_HONORIFICS = frozenset("大爷 大妈 大娘 大姐 大哥 大叔 大婶 大嫂 大伯 大姨".split())
_ASPECT_WORDS = frozenset("了解 了结 了却 着手 着力 着重 着眼 着想 着急 着实 过去 过程 过年 过来 过问 过后 过往 过渡".split())


def aspect_follows(text: str, end: int) -> bool:
    """An aspect particle (了/着/过, not starting a word like 了解) right at ``end``: the character
    before it is a verb or an adjective, not part of a name."""
    return text[end : end + 1] in _ASPECT and text[end : end + 2] not in _ASPECT_WORDS


def _fast(pattern: str, first_chars: str) -> stdre.Pattern:
    """Compile a trigger-word alternation with the stdlib engine and a first-character look-ahead."""
    return stdre.compile(f"(?=[{stdre.escape(first_chars)}])(?:{pattern})")


# what follows surname + 某 in a 某 form of a person (not 某市, 某公司, 某年)
_MOU_TAIL = (
    r"(?>某某|某)(?:[甲乙丙丁])?(?!市|县|区|镇|乡|村|地|处|单位|公司|企业|部门|机构|学校|医院|街道|社区|"
    r"小区|省|种|些|项|方面|项目|年|月|日|小学|中学|大学|高中|初中|幼儿园|学院|厂|店|酒店|宾馆|饭店|超市|网吧|"
    r"派出所|法院|银行|医|诊所|工地|车间|商场|市场|餐馆|机关|局|所|站|队|号)"
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    sn = surname_regex()
    left = "|".join(sorted(set(_LEFT_WORDS), key=len, reverse=True))
    return {
        "mou": re.compile(rf"({sn})" + _MOU_TAIL),
        # a rare surname + 某 (荀某, 鄂某某): the report's own convention, so the rare list may serve
        "mou_rare": re.compile("([" + "".join(sorted(rare_surnames())) + "])" + _MOU_TAIL),
        "alias_after": re.compile(rf"({_CJK}{{2,4}})[（(]化名[)）]"),
        # a quoted alias: 求助人“秋月”（化名） -- the name is what the quotes hold
        "alias_quoted": re.compile(r"[“\"「『]([\u4e00-\u9fff]{1,4})[”\"」』][（(]化名[)）]"),
        "alias_before": re.compile(r"化名(?:为|叫|是)?[“\"「『]?([\u4e00-\u9fff]{2,3})[”\"」』]?"),
        "nick": re.compile(r"小[\u4e00-\u9fff]"),
        # after a verb of naming (the child words before a quoted one are read in the double_ctx loop); the
        # stdlib engine with a first-character look-ahead skips most positions at once
        "double_named": _fast(
            r"(?:名叫|叫做|小名叫|小名|乳名|昵称|叫(?:她|他)?|称(?:她|他)?为?)([“\"「『]?)([\u4e00-\u9fff])\2(?=$|[^\u4e00-\u9fff]|[的和与及等也都就])",
            "名叫小乳昵称",
        ),
        "double_ctx": re.compile(r"女童|男童|孩子|女儿|儿子|孙女|孙子|女孩|男孩|小朋友|学生|儿童"),
        "care_double": re.compile(r"(?:看望|探望|慰问|资助|帮扶|救助|走访|陪伴|照顾)([\u4e00-\u9fff])\1(?=$|[^\u4e00-\u9fff]|[和与及的等])"),
        "child_ctx": re.compile(_CHILD_WORDS),
        "right": _fast(_RIGHT, _RIGHT_FIRST),
        # a byline puts a space between the role and the name: （通讯员 张蕾 记者 刘洋）
        "left": _fast(rf"(?:{left})(?:[：:]|[ \u3000])?", "".join({w[0] for w in _LEFT_WORDS})),
        "list_item": re.compile(rf"{sn}{_GIVEN}{{1,2}}"),
        # a Chinese name alone inside Latin-script text (Please contact 张三 for details.): two to four
        # Han characters with Latin words on both sides, or a Latin word on one side and the text's end
        "in_latin": re.compile(
            rf"(?<=[A-Za-z][A-Za-z.,:;]*[ ]{{1,2}})({sn}{_GIVEN}{{1,2}})(?={_LATIN_NEXT}(?:[A-Za-z]|$))"
            rf"|^({sn}{_GIVEN}{{1,2}})(?={_LATIN_NEXT}[A-Za-z])",
            re.MULTILINE,
        ),
    }


_STOP_SET = frozenset(_STOP)
_OPEN_QUOTES = frozenset("“\"「『")
_CLOSE_QUOTES = frozenset("”\"」』")


def _kinship(word: str) -> bool:
    from privacy.names import kinship_words

    return word in kinship_words()


def _double_word(word: str) -> bool:
    """A doubled word that names no one (宝宝, 妈妈, 天天, 常常): in the word lists or a kinship noun (each
    list asked in turn: one more copy of them all would slow every garbage collection of the process)."""
    from privacy.names import kinship_words

    return word in common_words() or word in frequent_words() or word in kinship_words() or word in ("宝宝", "娃娃", "贝贝")
_LATIN_NEXT = r"[ ]{0,2}[,.;:!?)]?[ ]{0,2}"  # between a name in Latin text and the next word
_LATIN_HINT = stdre.compile(r"[A-Za-z]{2,}[.,:;]? {1,2}[\u4e00-\u9fff]|[\u4e00-\u9fff][,.;:]? {1,2}[A-Za-z]{2,}")
# What follows a title word that names a firm or a body, not a person (律师事务所, 医生集团)
_FIRM_AFTER = stdre.compile(r"事务所|协会|学会|公司|集团|工作室|联盟|商会|研究会")
# A right trigger and the character after it that make a title noun (白宫发言人): what stands before
# it is the body the person speaks for, not a name.
_TRIGGER_NOUNS = frozenset("发言人 主持人 介绍人 致辞人 讲话人".split())
# Left trigger words that are verbs, not roles: they do not vouch for a candidate that is also a
# word (向母亲说明, 向全社会).
_VERB_LEFT = frozenset("向 帮助 资助 慰问 看望 走访 探望 救助 帮扶 联系 叫".split())
VERB_LEFT = _VERB_LEFT
# The character after a place name (乌咀乡, 白云县): what stands before it is no person.
_PLACE_NEXT = frozenset("省市县区镇乡村")
# Surname characters that usually end a profession word (咨询师, 法官).
AGENT_SUFFIXES = frozenset("师官")
# What may follow the last item of a list of names: punctuation, 等, a count (三位同志) ...
_LIST_END = frozenset("、，,。；;：:等和及同被分获荣（(夫两一二三四五六七八九十")
_MOU_END = re.compile(surname_regex() + r"某{1,2}$")
# Function characters that are also surnames: 和刘荣 is 和 + 刘荣; the adverbs 都/也 (孙女都由她照顾)
# start no name the rules find.
_FUNCTION_SURNAMES = frozenset("和与及向对给被把跟同让由为从叫于将都也")
_NICK_NEVER = frozenset("的了是在和与及说到从向把被让给对为于也都就还又将已并等某们个这那其她他我你您之而或但且")
_LEFT_SET = frozenset(_LEFT_WORDS)
_RIGHT_START = _fast(_RIGHT, _RIGHT_FIRST)
# A spouse after a candidate (海宁与丈夫): a person even when the candidate is also a word.
_SPOUSE_AFTER = re.compile(r"[与和](?:其)?(?:丈夫|妻子|前夫|前妻)")


# left words that name a group of people, not one person's role: inside a book or article title they
# are the first half of a compound (妇女史话, 儿童心语), and what follows them up to 》 is the head noun
_GROUP_NOUNS = frozenset("妇女 村民 居民 女童 男童 学生 老人 患者 儿童 留守儿童 党员 农户 贫困户 干部 职工 群众 员工 成员 家庭 学员 "
                         "创业者 志愿者 女孩 男孩".split())
_TITLE_CLOSE = frozenset("》〉")


def _in_title(text: str, at: int) -> bool:
    """``at`` lies inside a 《…》 title: an opening bracket before it on the same line and no closing one between."""
    k = max(text.rfind("《", 0, at + 1), text.rfind("〈", 0, at + 1))
    return k >= 0 and "\n" not in text[k:at] and not any(c in _TITLE_CLOSE for c in text[k:at])


def _is_given(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" and ch not in _STOP_SET


def _name_ending_at(text: str, end: int) -> int | None:
    """Start of the longest surname + 1-2 given characters that ends at ``end``.

    A three-character candidate whose surname character closes an ordinary word
    (律师朱平: 师) is cut to two characters.
    """
    single, compound = surnames()
    for length in (4, 3, 2):
        start = end - length
        if start < 0:
            continue
        if text[start : start + 2] in compound and length >= 3:
            given = text[start + 2 : end]
        elif text[start] in single and length <= 3:
            given = text[start + 1 : end]
            if start > 0 and _closes_word(text[start - 1 : start + 1]):
                continue  # 律师朱平 (3) / 班主任郑老师 (2): the surname character ends a word
            if start > 0 and text[start] in AGENT_SUFFIXES and "\u4e00" <= text[start - 1] <= "\u9fff":
                continue  # 咨询师白露: 师 closes a profession
            if length <= 3 and text[start] in _FUNCTION_SURNAMES and text[start + 1] in single:
                continue  # 和刘荣 / 由王(老师): a function character before a surname
        else:
            continue
        if all(_is_given(ch) for ch in given):
            return start
    return None


def _verb_noun(text: str, start: int, end: int) -> bool:
    """The verb at ``text[start:end]`` and the next one or two characters form a noun of the dictionary
    (救助金, 慰问品, 帮扶对象)."""
    from privacy.names import dictionary_nouns

    nouns = dictionary_nouns(_VERB_LEFT)
    return text[start : end + 1] in nouns or text[start : end + 2] in nouns


def at_boundary(text: str, i: int) -> bool:
    """True when a word can start at ``i``: after punctuation, a function character or a role word."""
    if i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] in _FUNCTION_SURNAMES:
        return True
    return any(text[max(0, i - k) : i] in _LEFT_SET for k in (1, 2, 3, 4)) or text[max(0, i - 2) : i] in common_words()


def _closes_word(pair: str) -> bool:
    return pair in common_words() or pair in _LEFT_SET


def _name_starting_at(text: str, start: int) -> int | None:
    """End of surname + 1-2 given characters starting at ``start``.

    The second given character is dropped when it starts an ordinary word (胡璐提供 → 胡璐).
    """
    single, compound = surnames()
    if text[start : start + 2] in compound:
        pos = start + 2
    elif start < len(text) and text[start] in single and text[start] not in _FUNCTION_SURNAMES:
        pos = start + 1
    else:
        return None
    if text[pos : pos + 2] in _HONORIFICS or _RIGHT_START.match(text, pos):
        return None  # 王大爷, 姚先生: a surname and a form of address, no given name
    if rule_on("spaced_name") and text[pos : pos + 1] in (" ", "\u3000") and pos + 1 < len(text) and _is_given(text[pos + 1]):
        pos += 1  # 欧阳 晓翠: one space typed between the surname and the given name
    end = pos
    while end < len(text) and end - pos < 2 and _is_given(text[end]):
        end += 1
    if (
        end - pos == 2
        and not _RIGHT_START.match(text, end)
        and (
            text[end - 1 : end + 1] in common_words()
            or _RIGHT_START.match(text, end - 1)
            or text[end - 1] in TRAILING_VERBS
            or aspect_follows(text, end)
        )
    ):
        end -= 1
    return end if end > pos else None


# what must follow a name that starts with a function-like surname (留守女孩向小满。): the name ends a clause
_CLAUSE_END = frozenset("，。、；：！？,.;:!?）)”\n")


def _function_surname_name(text: str, start: int, role: str) -> int | None:
    """End of a name whose surname is also a function character (向, 和, 于, 将 ...), right after a role
    noun (留守女孩向小满。, 申请人于海燕，): taken only after a noun (not a verb such as 帮助), with a given
    name that does not itself start with a surname (和刘荣 is 和 + 刘荣) and that closes a clause."""
    single, _ = surnames()
    if role in _VERB_LEFT or start >= len(text) or text[start] not in _FUNCTION_SURNAMES or text[start] not in single:
        return None
    end = start + 3  # a two-character given name only: 向东, 和平 are words as often as names
    given = text[start + 1 : end]
    if end > len(text) or given[0] in single or not all(_is_given(ch) for ch in given):
        return None
    words = _all_words()
    if (end < len(text) and text[end] not in _CLAUSE_END) or text[start:end] in words or text[start : start + 2] in words:
        return None
    return end


def _name_before(text: str, end: int) -> int:
    """Start of the name that ends at ``end`` (for 小红（化名）-style markers)."""
    if text[max(0, end - 2) : end].startswith("小"):
        return end - 2
    if text[end - 1 : end] == "某":
        m = _MOU_END.search(text, max(0, end - 4), end)
        if m:
            return m.start()
    start = _name_ending_at(text, end)
    return start if start is not None else max(0, end - 2)


def find_names(text: str) -> list[tuple[int, int, float]]:
    """Person-name spans found by the rules (may overlap; the caller merges)."""
    p = _patterns()
    found: list[tuple[int, int, float]] = []
    for m in p["mou"].finditer(text) if rule_on("mou") else ():
        if m.group(1) == "于" and m.start() > 0 and text[m.start() - 1] in "位关由至属等对基鉴居处":
            continue
        if m.group() == "于某" and text[m.end() : m.end() + 1] in ("一", "个") and text[m.end() : m.end() + 2] not in ("一审", "一家", "一行"):
            continue  # 从事于某一方面: 于 is the preposition before 某一/某个 (a certain), not a surname
        found.append((m.start(), m.end(), 0.85))
    for m in p["mou_rare"].finditer(text) if rule_on("rare_surname") else ():
        if not (m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff" and text[m.start() - 1 : m.start() + 1] in common_words()):
            found.append((m.start(), m.end(), 0.85))  # not the end of a word (湖鄂 is none; 丁卯 is)
    alias = rule_on("alias")
    for m in p["alias_after"].finditer(text) if alias else ():
        end = m.end(1)
        found.append((_name_before(text, end), end, 0.9))
    for m in p["alias_quoted"].finditer(text) if alias else ():
        if m.end(1) - m.start(1) >= 2:
            found.append((m.start(1), m.end(1), 0.9))
    for m in p["alias_before"].finditer(text) if alias else ():
        if m.start() and text[m.start() - 1 : m.start() + 1] in common_words():
            continue  # 文化名城, 变化名单: 化 closes a word, there is no 化名 here
        found.append((m.start(1), m.end(1), 0.9))
    for m in p["nick"].finditer(text) if rule_on("nick_child") else ():
        ch = text[m.start() + 1]
        if ch in _NICK_STOP or ch in _NICK_NEVER or text[m.end() : m.end() + 1] in ("学", "组", "区", "时", "型", "额"):
            continue
        if rule_on("prefix_word") and m.group() in prefix_words():
            continue  # 工作小结, 只叫她小名: an ordinary word, not a nickname
        lo, hi = max(0, m.start() - 15), min(len(text), m.end() + 15)
        if p["child_ctx"].search(text, lo, hi):
            start = m.start()
            # 黄小红: a full name whose given name starts with 小
            if start > 0 and text[start - 1] in surnames()[0] and at_boundary(text, start - 1):
                start -= 1
            found.append((start, m.end(), 0.8))
    named = rule_on("double_named")
    doubled: list[int] = []
    for m in p["double_ctx"].finditer(text) if rule_on("double_child") or named else ():
        a = m.end()
        if a + 1 < len(text) and text[a] == text[a + 1] and _is_given(text[a]):
            if rule_on("double_child") and not _kinship(text[a : a + 2]):  # 孩子姑姑: a relative
                found.append((a, a + 2, 0.75))
            continue
        # a doubled nickname in quotes after a child word (女儿“糖糖”, 孩子们「朵朵」)
        a += text[a : a + 1] == "们"
        if named and text[a : a + 1] in _OPEN_QUOTES and a + 3 < len(text) and text[a + 1] == text[a + 2] \
                and text[a + 3] in _CLOSE_QUOTES:
            doubled.append(a + 1)
    # ... or after a verb of naming (大家都叫她丫丫，, 小名叫乐乐)
    for m in p["double_named"].finditer(text) if named else ():
        doubled.append(m.start(2))
    for a in doubled:
        if _is_given(text[a]) and text[a] not in _NICK_NEVER and not _double_word(text[a : a + 2]):
            found.append((a, a + 2, 0.75))
    # a reduplicated nickname after a visit or help verb (看望丫丫，), not an ordinary word (看望姥姥)
    for m in p["care_double"].finditer(text) if rule_on("care_double") else ():
        a = m.start(1)
        if _is_given(text[a]) and text[a] not in _NICK_NEVER and text[a : a + 2] not in common_words() \
                and not _kinship(text[a : a + 2]):
            found.append((a, a + 2, 0.75))
    # A candidate that is also an ordinary word (高利, 海宁) is kept only when the context leaves no
    # doubt: a role word before it and a trigger after it (工作人员高利介绍), or a spouse after it
    # at the start of a clause (，海宁与丈夫).
    doubtful_right: set[tuple[int, int]] = set()
    for m in p["right"].finditer(text) if rule_on("right_context") else ():
        if m.start() and (text[m.start() - 1] in "副总" or text[m.start() - 1 : m.start() + 1] in common_words()):
            continue  # 副部长, 总书记: one title; 施政演说, 武侠小说: the trigger ends a word, it follows no name
        if _FIRM_AFTER.match(text, m.end()):
            continue  # 金杜律师事务所: a firm named before the title word
        if text[m.start() : m.end() + 1] in _TRIGGER_NOUNS:
            continue  # 白宫发言人, 晚会主持人: a spokesperson or host of what comes before
        start = _name_ending_at(text, m.start())
        if start is None:
            continue
        if not _ordinary_word(text[start : m.start()]):
            found.append((start, m.start(), 0.7))
        elif _SPOUSE_AFTER.match(text, m.start()) and (start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff"):
            found.append((start, m.start(), 0.7))
        else:
            doubtful_right.add((start, m.start()))
    for m in p["left"].finditer(text) if rule_on("left_context") else ():
        end = _name_starting_at(text, m.end())
        if end is None and rule_on("function_surname_after_role"):
            end = _function_surname_name(text, m.end(), m.group().rstrip("：: \u3000"))
        if end is None or text[end : end + 1] in _PLACE_NEXT:
            continue  # 被告乌咀乡(建筑公司): a place
        role = m.group().rstrip("：: \u3000")
        if rule_on("verb_noun") and role == m.group() and role in _VERB_LEFT and _verb_noun(text, m.start(), m.end()):
            continue  # 救助金|拟发放, 慰问品: the verb and the surname character are one noun
        if rule_on("title_head") and role == m.group() and role in _GROUP_NOUNS and text[end : end + 1] in _TITLE_CLOSE \
                and _in_title(text, m.start()):
            continue  # 《澳门妇女史话》, 《留守儿童心语》: a group noun and the title's head noun, no person
        if not _ordinary_word(text[m.end() : end]) or ((m.end(), end) in doubtful_right and role not in _VERB_LEFT):
            found.append((m.end(), end, 0.7))
    if rule_on("in_latin") and _LATIN_HINT.search(text):
        for m in p["in_latin"].finditer(text):
            a, b = m.span(1) if m.group(1) else m.span(2)
            if text[a:b] not in common_words() and text[a + 1 : b] not in common_words():
                found.append((a, b, 0.7))
    if rule_on("address_form"):
        found += address_forms(text)
    if rule_on("table_cells"):
        from privacy.tables import TABLE_SCORE, table_people

        found += [(a, b, TABLE_SCORE) for a, b, _ in table_people(text)]
    if rule_on("quoted_nick"):
        found += quoted_nicknames(text)
    if rule_on("doubled_parent"):
        found += doubled_before_parent(text)
    if rule_on("title_form"):
        found += title_forms(text)
    if rule_on("small_surname"):
        found += small_surname_forms(text)
    if rule_on("latin_names"):
        found += latin_names(text)
    # 已作化名处理: a word right after 化名 (no 为/叫/是, no quote) gives no name
    return [f for f in found if not (text[max(0, f[0] - 2) : f[0]] == "化名" and text[f[0] : f[0] + 2] in common_words())]


# Forms of address after a surname that make surname + form a person mention (柯女士, 孟大爷, 骆奶奶);
# a teacher named by surname (邝老师) is a mention too; other titles (何主席) are left to the context
# rules, which mark the name before them.
ADDRESS_TERMS = ("女士", "先生", "小姐", "大爷", "大妈", "大娘", "大姐", "大哥", "大叔", "大婶", "大嫂", "大伯",
                 "阿姨", "奶奶", "爷爷", "婆婆", "师傅", "老师")
_ADDRESS_TERM_RE = re.compile("|".join(sorted(ADDRESS_TERMS, key=len, reverse=True)))
ADDRESS_SCORE = 0.8  # above the propagation threshold: a 老周 found once is found at its other mentions
# what may follow 老 + surname as a mention (老周的, 老马和, 老王说, 老周他们): punctuation, a function
# character, a verb taking a person as subject
_OLD_RIGHT = frozenset("的说是在和与及也都就已被把从向到跟给对等还很每才又能会要想不没便却暂吃上下去来今现最做写读笑哭他她们家头")
# 老 + a surname character that is an ordinary noun (老公, 老汉 ...) or a function character
# (老师, 老母, 老练, 老区, 老乡, 老伴, 老板 ...; the word lists also hold 老张 and 老马, which are names)
_OLD_NOT = frozenset("公汉表总干来成和于但向与及同由为从叫将师母练区乡伴板人家年婆太实路")
# characters that end a word with 老 (养老金, 敬老院, 古老, 元老, 白头到老)
_BEFORE_OLD = frozenset("养敬防古衰元长年苍终到变尊")
# surname characters after 老 that often start a noun phrase (老花眼, 老房子, 老时间): such a 老X is a name
# only before punctuation or a function character
_OLD_WORDISH = frozenset("花房方古海明平安时文石黄毛牛金")
# characters before a mention that leave it a word of its own (都叫他老周, 民警老王, 的柯女士)
_MENTION_LEFT = frozenset("他她你我们叫称喊的和与及向对给被把跟同让由为从是了在将替帮请找见到前后说问看陪带送教使于即而并又也还都就才") 


@lru_cache(maxsize=1)
def _all_words() -> frozenset[str]:
    """Common and frequent words in one set, built once (a union per call copied both lists)."""
    return frozenset(common_words() | frequent_words())


def _left_free(text: str, start: int) -> bool:
    """No word runs across ``start``: the text starts there, a non-CJK character or a function
    character stands before it, a role word ends there (民警老王), or the two characters across it
    are no word (养老, 敬老 are)."""
    if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in _MENTION_LEFT:
        return True
    if any(text[max(0, start - k) : start] in _LEFT_SET for k in (2, 3, 4)) or text[start - 1] in "员警师长席任记官工士":
        return True
    words = _all_words()
    return not any(w in words for w in (text[start - 1 : start + 1], text[max(0, start - 2) : start + 1], text[start - 1 : start + 2]))


def address_forms(text: str) -> list[tuple[int, int, float]]:
    """老 + a surname (老王, 老周) and a surname + a form of address (柯女士, 孟大爷) as person mentions:
    the span stands as a word of its own on the left, and 老X is no ordinary noun (老师, 老乡, 老公) nor
    老 + a word (老黄牛, 老干部: 黄牛, 干部)."""
    single, compound = surnames()
    words = _all_words()
    out = []
    last = 0
    # each form of address, then the surname before it (compound first): the same spans as searching
    # surname + form, without trying every surname at every character
    for m in _ADDRESS_TERM_RE.finditer(text):
        t = m.start()
        if t - 2 >= last and text[t - 2 : t] in compound:
            s = t - 2
        elif t - 1 >= last and text[t - 1 : t] in single:
            s = t - 1
        else:
            continue
        last = m.end()
        if text[s] in _FUNCTION_SURNAMES and text[s : s + 2] not in compound:
            continue  # 和大姐, 向阿姨 ...: a function character before the form
        if _left_free(text, s):
            out.append((s, m.end(), ADDRESS_SCORE))
    for m in re.finditer(r"老([\u4e00-\u9fff])", text):
        s, x = m.start(), m.group(1)
        if x not in single or x in _OLD_NOT or not _left_free(text, s) or text[s - 1 : s] in _BEFORE_OLD:
            continue
        if rule_on("prefix_word") and m.group() in prefix_words():
            continue  # 老家, 老友: an ordinary word
        after = text[m.end() : m.end() + 1]
        if after and "\u4e00" <= after <= "\u9fff" and after not in _OLD_RIGHT \
                and (x + after in words or text[s : m.end() + 1] in words or x in _OLD_WORDISH):
            continue  # 老黄牛, 老毛病: 老 + a word
        out.append((s, m.end(), ADDRESS_SCORE))
    return out


# Modifiers of a title that start with a surname character (维权律师, 专职主任).
_TITLE_MODIFIERS = frozenset("维权 专职 兼职 驻村 执业 法律 心理 社区 志愿 公益 值班 责任 包村 驻点 首席 常务 执行 名誉".split())


def _ordinary_word(candidate: str) -> bool:
    """True when a surname + given candidate starts with an ordinary word (相关政, 权益)."""
    _, compound = surnames()
    if candidate[:2] in _TITLE_MODIFIERS:
        return True
    if candidate[:2] in compound:
        return candidate[2:] in common_words()
    return (
        candidate[:2] in surname_words()
        or (len(candidate) == 3 and candidate[1:] in common_words())
        or (len(candidate) == 2 and candidate in common_words())  # 母亲(表达): a word, and spread to every 母亲
    )


_LIST_LEFT_PARTICLES = frozenset("的被让给把跟同对向为")


def _connector_word(text: str, pos: int) -> bool:
    """True when the 和/与/及 at ``pos`` begins an ordinary word (及时, 和平), so joins no list."""
    return text[pos] != "、" and text[pos : pos + 2] in common_words()


def extend_lists(text: str, spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Add the other items of 、-lists in which one item is already a name."""
    if not rule_on("lists"):
        return []
    item = _patterns()["list_item"]
    starts = {s for s, _, _ in spans}
    ends = {e for _, e, _ in spans}
    added: list[tuple[int, int, float]] = []
    for s, e, _ in spans:
        # forward: NAME、X、Y
        pos = e
        while pos < len(text) and text[pos] in "、和与及" and not _connector_word(text, pos):
            m = None
            for length in (4, 3, 2):
                end = pos + 1 + length
                if end > len(text):
                    continue
                cand = item.fullmatch(text, pos + 1, end)
                ends_item = end == len(text) or text[end] in _LIST_END or text[end : end + 2] in common_words()
                if cand and ends_item and not _ordinary_word(cand.group()):
                    m = cand
                    break
            if m is None:
                break
            if m.start() not in starts:
                added.append((m.start(), m.end(), 0.65))
            pos = m.end()
        # backward: X、Y、NAME
        pos = s
        while pos > 1 and text[pos - 1] in "、和与及" and not _connector_word(text, pos - 1):
            hit = None
            for length in (4, 3, 2):
                b = pos - 1 - length
                if b < 0:
                    continue
                m = item.fullmatch(text, b, pos - 1)
                if m and not _ordinary_word(m.group()) and (
                    b == 0 or not ("\u4e00" <= text[b - 1] <= "\u9fff") or text[b - 1] in "、和及与有是"
                    # 同班的|单沛然、柴伊岚, 被|单沛然、…: a full name (surname + two given) after 的 or a
                    # function character of agent or object
                    or (rule_on("list_after_particle") and length == 3 and text[b - 1] in _LIST_LEFT_PARTICLES
                        and text[b] in surnames()[0] and text[b : b + 2] not in common_words())
                ):
                    hit = m
                    break
            if not hit:
                break
            if hit.end() not in ends:
                added.append((hit.start(), hit.end(), 0.65))
            pos = hit.start()
    return added


# A nickname given after a verb of naming, in quotes (大家只叫“细妹”的女孩, 奶奶管他叫“铁蛋”), or after
# 小名/乳名/昵称 with or without quotes (小名多多, 乳名团团): what the person is called
_QUOTED_NICK = re.compile(
    r"(?:(?:只|都|就|常|总|爱)?叫(?:做|作)?(?:她|他|其)?|称(?:她|他|其)?(?:为|作)|唤(?:她|他|其)?"
    r"|(?:小名|乳名|昵称|外号|绰号)(?:叫|是|为)?)"
    r"[“「『\"]([\u4e00-\u9fff]{1,3})[”」』\"]"
)
_BARE_NICK = re.compile(r"(?:小名|乳名|昵称)(?:叫|是|为)?[：:]?([\u4e00-\u9fff]{2})(?=$|[^\u4e00-\u9fff]|[的和与也都就，])")
_NICK_SCORE = 0.8  # above the propagation threshold: the nickname is found at its later mentions
_NICK_NOT = frozenset("宝宝 娃娃 贝贝 小孩 孩子 姑娘 丫头 小子 小朋友".split())


def quoted_nicknames(text: str) -> list[tuple[int, int, float]]:
    """Nicknames introduced after a verb of naming (see ``_QUOTED_NICK``): not a kinship word (叫“妈妈”),
    not an ordinary word of the lists (叫“不”, 称“好人”), not a word for any child (宝宝)."""
    from privacy.names import kinship_words

    out = []
    words = _all_words()
    for pattern in (_QUOTED_NICK, _BARE_NICK):
        for m in pattern.finditer(text):
            name = m.group(1)
            if pattern is _QUOTED_NICK and not _naming_a_person(text, m.start(), m.end()):
                continue  # 称这座岛叫“洛克岛”: a place's name
            if len(name) < 2 or name in kinship_words() or name in words or name in _NICK_NOT or name in prefix_words() \
                    or name[-2:] in kinship_words():  # 称她为“尚妈妈”: an epithet of an adult, not a child's nickname
                continue
            if any(ch in _NICK_NEVER for ch in name):
                continue
            out.append((m.start(1), m.end(1), _NICK_SCORE))
    return out


# what shows that a verb of naming names a person: a pronoun or 管 + a name before 叫 (管他叫, 叫她), 小名/乳名,
# or a word for a child or a relative in the clause around it (只叫“细妹”的女孩, 孩子们都叫他)
_NAMED_PERSON = re.compile(r"她|他|孩子|女孩|男孩|女童|男童|娃|女儿|儿子|孙女|孙子|闺女|小名|乳名|昵称|外号|绰号|管[\u4e00-\u9fff]{1,3}叫"
                           r"|妹妹|弟弟|姐姐|哥哥|奶奶|爷爷|外婆|外公|妈妈|爸爸|小朋友|同学|学生|姑娘|小伙")


def _naming_a_person(text: str, start: int, end: int) -> bool:
    lo = max(text.rfind(c, 0, start) for c in "，。；！？\n")
    hi = min([k for k in (text.find(c, end) for c in "，。；！？\n") if k >= 0] or [len(text)])
    return bool(_NAMED_PERSON.search(text, max(lo + 1, start - 15), min(hi, end + 6)))


@lru_cache(maxsize=1)
def title_terms() -> tuple[str, ...]:
    """Occupations and titles after a surname that make surname + title a mention of one adult (苗医生,
    李主任), from ``privacy/data/title_words.txt``, longest first."""
    from importlib import resources

    raw = resources.files("privacy").joinpath("data/title_words.txt").read_text(encoding="utf-8")
    return tuple(sorted({w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#")}, key=len, reverse=True))


# surnames that are far more often a conjunction or an adverb (但教授的神经, 常主任 is rare beside 常常)
_CONJUNCTION_SURNAMES = frozenset("但常易全尚单那何应只才还又也都就"
                                  "任原现前")  # 彭真同志任主任委员, 第十任校长, 原经理邓金科: a verb or "former"
# surname character + title that is one word (班主任: the class teacher; 全科医生 is 全科 + 医生)
_TITLE_NOT = frozenset("班主任 班长 班干部".split())


def title_forms(text: str) -> list[tuple[int, int, float]]:
    """A surname + an occupation or a title (苗医生, 李主任, 宁校长) as a mention of an adult: the surname
    stands as a word of its own on the left (儿科苗医生, 值班医生 is 值班 + 医生) and the pair is no word."""
    terms = title_terms()
    if not terms:
        return []
    single, compound = surnames()
    words = _all_words()
    out = []
    for m in re.finditer("|".join(map(re.escape, terms)), text):
        t = m.start()
        if t >= 2 and text[t - 2 : t] in compound:
            s = t - 2
        elif t >= 1 and text[t - 1] in single:
            s = t - 1
        else:
            continue
        if (text[s] in _FUNCTION_SURNAMES or text[s] in _CONJUNCTION_SURNAMES) and text[s : s + 2] not in compound:
            continue  # 和医生, 向主任, 但教授: a function character or a conjunction before the title
        if text[s : m.end()] in _TITLE_NOT or text[s : m.end()] in words or text[s : t + 1] in words:
            continue  # 班主任
        if s and text[s - 1] in "副总正常代" :
            continue  # 副|主任 is no surname's; 总书记
        if _title_left_ok(text, s):
            out.append((s, m.end(), ADDRESS_SCORE))
    return out


def _title_left_ok(text: str, s: int) -> bool:
    """Nothing of another name or word runs into the surname at ``s``: the text starts there, a non-Han
    character, a function character or a role word ends there, or the two characters before are a word
    (儿科|苗医生); a given-name character before it (张丽|华书记) is not enough."""
    if s == 0 or not "\u4e00" <= text[s - 1] <= "\u9fff" or text[s - 1] in _MENTION_LEFT:
        return True
    return any(text[max(0, s - k) : s] in _LEFT_SET for k in (2, 3, 4)) or text[max(0, s - 2) : s] in _all_words()


# before 小 + surname (社工小翟, 录用了小於, 联系小张): a role word, or a verb or preposition that takes a person
_SMALL_LEFT_VERBS = ("联系", "录用", "聘用", "聘请", "雇用", "安排", "通知", "表扬", "鼓励", "批评", "告诉", "提醒", "委托",
                     "派", "让", "请", "叫", "找", "问", "陪", "带", "帮", "给", "对", "向", "和", "与", "跟", "同", "把", "被", "由")
_SMALL_RIGHT = frozenset("说讲问答笑哭跟负来去做在把被将也都就已还又便的和与及等介告表")
_CLAUSE_MARK = frozenset("，。、；：！？,.;:!?）)”」\n")
_ROLE_END = frozenset("员警官")  # the end of a role noun (辅导员, 民警, 检察官)


def small_surname_forms(text: str) -> list[tuple[int, int, float]]:
    """小 + a surname (小翟, 小於, 小张) where the context is a person's: a role word or a verb that takes a
    person right before it (社工小翟, 联系小张, 录用了小於), and punctuation or a verb of a person after it
    (小翟跟进, 小张说); not an ordinary 小 word (小结, 小名 ...: ``prefix_words``)."""
    single, _ = surnames()
    out = []
    for m in re.finditer(r"小([\u4e00-\u9fff])", text):
        s, x = m.start(), m.group(1)
        if x not in single or m.group() in prefix_words():
            continue
        after = text[m.end() : m.end() + 1]
        if x in _FUNCTION_SURNAMES:
            continue  # 小于18岁, 联系小和: a function character; a 小和 of a weakly found 和秀芬 is left out too
        if text[m.end() - 1 : m.end() + 1] in _all_words() or text[s : m.end() + 1] in _all_words():
            continue  # 小张|家口-like: the surname character starts a word
        left_role = any(text[max(0, s - k) : s] in _LEFT_SET for k in (2, 3, 4)) or text[s - 1 : s] in _ROLE_END
        left_verb = any(text[max(0, s - len(v)) : s] == v for v in _SMALL_LEFT_VERBS) \
            or (text[s - 1 : s] == "了" and (not after or after in _CLAUSE_MARK))
        # after a role word (辅导员小甄先听, 干部小邝陪她) any verb may follow; after a verb, a clause end or
        # a verb of a person (联系小张说)
        right_ok = not after or after in _CLAUSE_MARK or after in _SMALL_RIGHT
        if (left_role and (right_ok or "\u4e00" <= after <= "\u9fff")) or (left_verb and right_ok):
            out.append((s, m.end(), ADDRESS_SCORE))
    return out


# two capitalised Latin words (Maria Gonzalez), or a capitalised given name and a Chinese surname (Anna 李)
_LATIN_PAIR = re.compile(r"(?<![A-Za-z0-9@._-])([A-Z][a-z]+)[ ]([A-Z][a-z]+)(?![A-Za-z0-9@_-])")
_LATIN_HAN = re.compile(r"(?<![A-Za-z0-9@._-])([A-Z][a-z]{2,})[ ]?([\u4e00-\u9fff])(?=$|[^\u4e00-\u9fff]|[担任是说和与及的也都在讲带老女先])")
# what follows a pair of capitalised words that names a body, a product or a place, not a person
_LATIN_BODY_AFTER = re.compile(r"\s*(?:基金会|基金|公司|集团|大学|学院|学校|协会|组织|中心|银行|酒店|医院|品牌|项目|计划|科技|平台|软件|系统|网站|杂志|报|街|路|市|州|省)")
LATIN_NAME_SCORE = 0.75


def latin_names(text: str) -> list[tuple[int, int, float]]:
    """Latin-script names inside Chinese text: two capitalised words beside Han characters of which one at
    least is no English word (Maria Gonzalez; not Bright Steps基金会, Hello Kitty), and a capitalised given
    name written with a Chinese surname (Anna 李) after a list joint or a role word."""
    from privacy.persons import english_words

    out = []
    if not any("A" <= c <= "Z" for c in text):
        return out
    cjk = lambda c: "\u4e00" <= c <= "\u9fff"  # noqa: E731
    english = english_words()
    for m in _LATIN_PAIR.finditer(text):
        s, e = m.span()
        if not (cjk(text[s - 1 : s] or "a") or cjk(text[e : e + 1] or "a") or text[e : e + 1] in "（(，,、"):
            continue
        if _LATIN_BODY_AFTER.match(text, e):
            continue
        if m.group(1).lower() in english and m.group(2).lower() in english:
            continue
        out.append((s, e, LATIN_NAME_SCORE))
    single, _ = surnames()
    for m in _LATIN_HAN.finditer(text):
        s, e = m.start(), m.end(2)
        if m.group(2) not in single:
            continue
        before = text[max(0, s - 4) : s]
        if not (before[-1:] in ("和", "与", "及", "、", "，", "叫", "是", "人", "员", "者", "师") or any(before.endswith(w) for w in _LEFT_SET)
                or text[e : e + 1] in "（("):
            continue
        out.append((s, e, LATIN_NAME_SCORE))
    return out


# doubled nicknames named by their parent (多多和团团的妈妈, 朵朵的爸爸): the parent's own words
PARENT_AFTER = r"的(?:妈妈|爸爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|家长|母亲|父亲)"
_DOUBLED_PARENT = re.compile(r"([\u4e00-\u9fff])\1(?:[和与、]([\u4e00-\u9fff])\2)?" + PARENT_AFTER)


_PARENT_AFTER = re.compile(PARENT_AFTER)


def _doubled_parent_matches(text: str) -> list:
    """``_DOUBLED_PARENT`` matches, found from the parent word back (a backreference cannot be scanned for
    fast; 的妈妈 and the like are few): the longer form (AA和BB) first, then AA alone."""
    out, taken = [], -1
    for p in _PARENT_AFTER.finditer(text):
        for back in (5, 2):
            start = p.start() - back
            if start <= taken or start < 0:
                continue
            m = _DOUBLED_PARENT.match(text, start)
            if m and m.end() == p.end():
                out.append(m)
                taken = m.start()
                break
    return out


def doubled_before_parent(text: str) -> list[tuple[int, int, float]]:
    """Doubled nicknames right before 的 + a parent word (多多和团团的妈妈卞晓雯, 朵朵的爸爸): children named
    by the parent they belong to. Two joined by 和/、 stand even when they are words (多多, 团团); one alone
    must be no word (天天的妈妈 is every day's); never a kinship word (妈妈的妈妈) or a word for a baby."""
    out = []
    for m in _doubled_parent_matches(text):
        items = [(m.start(), m.start() + 2)] + ([(m.start(2), m.start(2) + 2)] if m.group(2) else [])
        words = [text[a:b] for a, b in items]
        if any(not _is_given(w[0]) or w[0] in _NICK_NEVER or _kinship(w) or w in ("宝宝", "娃娃", "贝贝") for w in words):
            continue
        if len(items) == 1 and _double_word(words[0]):
            continue
        if m.start() and text[m.start() - 1] == text[m.start()]:
            continue  # 哈哈哈的: a longer run
        out += [(a, b, 0.75) for a, b in items]
    return out

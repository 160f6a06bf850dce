"""PERSON: an injected span tagger (PER spans) merged with the rules of ``privacy.person_rules``.

The tagger is called once per document with the batch of its sentences. Where a rule span
and a tagger span overlap, the rule span wins (陈某某 rather than the tagger's 陈某);
otherwise the longest span wins.
"""

from __future__ import annotations

import bisect

from typing import List

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult

from models.taggers import WEAK_PER, SpanTagger, between_batches_run
from privacy import person_rules
from privacy.limits import check_active
from privacy.names import common_words, frequent_words, kinship_words, prefix_words, role_titles, surname_words, surnames
from privacy.persons import ADDRESS_FORMS, REPEAT_SCORE, extend_given, filter_spans, grow_cut_names, repeat_mentions, trim_to_known  # document level: privacy.persons
from privacy.sentences import sentence_spans
from privacy.spans import DisjointSpans

TAGGER_SCORE = 0.75  # a tagger span at full confidence
TAGGER_FLOOR = 0.45  # ... and at none (still above the analyzer's threshold)
# A tagger span at least this sure (the tagger's own score, 0-1) is not dropped for starting with
# or being an ordinary word (桥本, 松下幸之助, 路易斯 -- the word lists know 桥, 松下, 路易): the model
# has read the sentence, the word list has not. Below it the word lists still veto (马里布, 连天红).
# 0.55 (was 0.6): People's Daily dev keeps 松下幸之助 (0.57) and 花木兰 (0.56), with the same figures on
# the other dev sets, the MSRA slice and `fulian eval privacy` (MODEL_CARD.md, session 7).
CONFIDENT_SPAN = 0.55
# A place or organisation the tagger read at least this sure stops a found name from being copied
# over it (中山市 after 中山); a weaker guess does not (子轩 after 冯子轩, read as a place at 0.14).
ENTITY_VETO = 0.5
STRICT_TAGGERS = frozenset({"jieba"})
# Words that a tagger sometimes calls a person but are not people in these reports.
_NOT_NAMES = frozenset({
    "妇联", "巾帼", "木兰", "红娘", "娘家", "妈妈", "姐妹", "老人", "孩子", "孙女", "孙子", "某某",
    # kinship and role nouns a tagger sometimes takes for names (32岁的宝妈孙丽)
    "宝妈", "宝爸", "二宝", "奶奶", "爷爷", "外婆", "姥姥", "婆婆", "大妈", "大娘", "大姐", "阿姨",
    "媳妇", "丈夫", "妻子", "女儿", "儿子", "母亲", "父亲", "老伴", "女婿", "闺女",
})
# Characters that do not occur inside names; a tagger span holding one is dropped. Only
# characters that (almost) never stand in a given name: 和/为/于/之/其/也/生/士/向/卡 do
# (张和平, 王为民, 彭于晏, 林之华, 钱其琛, 曾也鲁, 黄宏生, 陈士渠, 张向东, 卡洛斯), and the rule
# audit (``fulian eval ner --audit``) showed the wider set dropping them on every dev set.
_NOT_IN_NAME = frozenset("的了是在说把被让给们这那她他我你您吗呢吧款援")
# Characters that end no given name: a three-character span ending in one has a verb glued on.
_NEVER_LAST = frozenset("的了是在说到把被让给从向对共都也还又就已仍")  # ... 刘翔共(参加)
# A character after a span that shows its last character is a verb (杨玉住在, 李明来到).
_AFTER_VERB = frozenset("在到了着过")
# One-character words that a segmenter glues to the front of a name (和赵敏, 向龙涛).
_GLUED_BEFORE = frozenset("和与及向对给被把跟同让由为从叫")
# Surname characters that are mostly function words; never taken onto the front of a name.
_FUNCTION_LIKE_SURNAMES = _GLUED_BEFORE | frozenset("但于")
_LEFT_WORDS = frozenset(person_rules._LEFT_WORDS)
# role and kinship nouns before a function-character surname (儿媳和雅琴): ``privacy.persons.extend_given``
_GIVEN_ROLES = frozenset((_LEFT_WORDS - person_rules.VERB_LEFT) | kinship_words())
# kinship and role words that a tagger sometimes takes onto the front of a name (孙子王浩然)
_ROLE_PREFIXES = frozenset(w for w in _NOT_NAMES | _LEFT_WORDS if 2 <= len(w) <= 3)
_TRAILING = person_rules.TRAILING_VERBS
# Characters of a name the tagger found: CJK and Latin letters, the separators of foreign names
# (约翰·格伦, 约翰—格伦, 让-保罗), and a rare character written as its parts in brackets, as news
# text does for characters outside GB2312 (袁（日希）, 郑乃〈王光〉).
_NAME_CHARS = re.compile(r"(?:[\u4e00-\u9fffA-Za-z·•・\-—－. ]|[（(〈][\u4e00-\u9fff]{2,3}[)）〉]){2,30}")
_PLACE_AFTER = re.compile(r"(?:省|市|县|区|镇|乡|村|街道|社区|妇联)")
# a company: what follows its name in business news (金新农发布公告, 道明光学股价)
_COMPANY_AFTER = re.compile(r"(?:股份|股价|股票|公告|发布公告|集团|公司|控股|有限|董事会|旗下|年报|市值|涨停|跌停)")
_COMPANY_END = ("光学", "科技", "电子", "股份", "集团", "实业", "药业", "控股", "传媒", "证券", "银行", "电器", "置业")
# the last character of a village or hamlet name (朱庄, 李家村, 王屯)
_PLACE_LAST = frozenset("庄村屯寨")
# after a two-character name, 和 that joins nothing: the name's own last character (安嘉和的, 赵德和说)
_HE_NAME_AFTER = re.compile(r"[的是在等]|" + person_rules._RIGHT)
# A surname alone is a person before a form of address (马先生, 郑老师, 孙家): the corpora label
# the surname, and masking it hides who is meant.
# (The privacy sets leave 郑老师 unmarked, so only these forms, as the corpora label them.)
_SURNAME_ALONE_BEFORE = re.compile(r"(?:先生|女士|小姐|太太|夫人|氏)")
# the issuing office's abbreviation of a document number: 石妇字〔2024〕9号, 国办发[2023]
_DOC_NUMBER_AFTER = re.compile(r"[字发函]?\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]")


class ChinesePersonRecognizer(EntityRecognizer):
    ENTITY = "PERSON"

    def __init__(self, tagger: SpanTagger | None = None, supported_language: str = "zh"):
        self.tagger = tagger
        # segmenter-based taggers (jieba) call many ordinary words names: keep only spans
        # that start like a Chinese name; a trained model's foreign names are kept
        self.strict = getattr(tagger, "name", "") in STRICT_TAGGERS
        super().__init__(
            supported_entities=[self.ENTITY],
            name=f"ChinesePersonRecognizer[{getattr(tagger, 'name', 'rules')}]",
            supported_language=supported_language,
        )

    def load(self) -> None:
        pass

    def tagger_spans(self, text: str, sentences=None) -> list[tuple[int, int, float]]:
        """``sentences``: the scan's sentence spans of ``text`` (split here when not given)."""
        return self._tag(text, sentences)[0]

    def _tag(self, text: str, sentences=None) -> tuple[list, list, list]:
        """(repaired PER spans with merge scores, the tagger's other entity spans with their scores:
        places, organisations; the repaired ``WEAK_PER`` spans of the recall decode)."""
        if self.tagger is None:
            return [], [], []
        # the NER tagger splits and batches a whole document itself (one feature pass per call)
        if getattr(self.tagger, "splits_documents", False):
            sentences = ((0, len(text)),)
        elif sentences is None:
            sentences = sentence_spans(text)
        with between_batches_run(check_active):
            tagged = self.tagger.tag([text[a:b] for a, b in sentences])
        out, others, weak = [], [], []
        for (offset, _), spans in zip(sentences, tagged):
            for span in spans:
                if span.label == WEAK_PER:
                    fixed = repair_span(text, offset + span.start, offset + span.end, strict=self.strict,
                                        score=float(span.score or 0.0))
                    if fixed is not None:
                        weak.append((*fixed, REPEAT_SCORE))
                    continue
                if span.label != "PER":
                    others.append((offset + span.start, offset + span.end, float(getattr(span, "score", 1.0) or 0.0)))
                    continue
                fixed = repair_span(text, offset + span.start, offset + span.end, strict=self.strict,
                                    score=float(getattr(span, "score", 0.0) or 0.0))
                if fixed is not None:
                    # the tagger has already decided; its confidence only orders the merge
                    out.append((*fixed, TAGGER_FLOOR + (TAGGER_SCORE - TAGGER_FLOOR) * min(1.0, span.score)))
        return out, sorted(others), weak

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        tagged, found, weak = self._tag(text, getattr(nlp_artifacts, "sentences", None))
        others = Intervals(found)
        rules = [r for r in person_rules.find_names(text) if _rule_span_ok(text, *r, others)]
        rules += person_rules.extend_lists(text, rules + tagged)
        # document-level filters (privacy.persons) on both sources, then the model's spans win the merge
        rules, tagged = filter_spans(text, rules), filter_spans(text, tagged)
        trimmed = trim_to_known(text, rules + tagged)
        merged = merge_spans(trimmed[: len(rules)], model_spans=trimmed[len(rules) :])
        merged = extend_given(text, grow_cut_names(text, merged, weak), _GIVEN_ROLES)
        weak = _supported_weak(text, filter_spans(text, weak), merged) if person_rules.rule_on("weak_support") else []
        strong = Intervals([o for o in found if o[2] >= ENTITY_VETO])
        accept = lambda s, e: _occurrence_ok(text, s, e, strong)  # noqa: E731
        vouched = frozenset((a, b) for a, b, _ in merged if _role_before(text, a)) if person_rules.rule_on("repeat_support") else frozenset()
        merged = merge_spans(merged + weak + repeat_mentions(text, merged, accept, vouched))
        # a kinship noun (曾祖母, 孙子, 小叔子) is a role, not a name, whichever source tagged it
        kin = kinship_words()
        titles = _title_spans(text) if person_rules.rule_on("programme") else Intervals([])
        merged = [m for m in merged if text[m[0] : m[1]] not in kin and not titles.any_over(m[0], m[1])]
        return [
            RecognizerResult(
                self.ENTITY,
                start,
                end,
                score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end, score in merged
        ]


# a common word before one of these is a role title, not a name and a kin word (爱心妈妈, 知心姐姐)
_TITLE_KIN = re.compile(r"妈妈|爸爸|姐姐|奶奶")


def _title_spans(text: str) -> "Intervals":
    """Where a role or programme title that ends in a kinship word stands (童伴妈妈, 爱心妈妈): the head
    of the title is no one's name (``privacy.names.role_titles``, or a common word before 妈妈/姐姐 ...)."""
    spans = []
    for title in role_titles():
        pos = text.find(title)
        while pos >= 0:
            spans.append((pos, pos + len(title) - 2, 1.0))
            pos = text.find(title, pos + len(title))
    for m in _TITLE_KIN.finditer(text):
        if m.start() >= 2 and text[m.start() - 2 : m.start()] in common_words():
            spans.append((m.start() - 2, m.start(), 1.0))
    return Intervals(spans)


class Intervals:
    """The tagger's place and organisation spans of a document, for one question asked many times:
    does any of them overlap [lo, hi) -- starts before ``hi`` and ends after ``lo`` (a bisection over
    the starts and a running maximum of the ends, instead of a pass over every span per candidate)."""

    def __init__(self, spans: list[tuple[int, int, float]]):
        ordered = sorted(spans)
        self.starts = [a for a, _, _ in ordered]
        self.max_end: list[int] = []
        for _, b, _ in ordered:
            self.max_end.append(max(b, self.max_end[-1]) if self.max_end else b)

    def any_over(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.starts, hi)  # spans starting before hi
        return i > 0 and self.max_end[i - 1] > lo


def _rule_span_ok(text: str, start: int, end: int, score: float, others: Intervals) -> bool:
    """Whether a context or nickname rule's candidate (below ``STRONG_RULE``) may stand: not starting
    inside a place or an organisation the tagger has read (中共中央统[战部], 朝鲜劳动[党总]书记), and,
    for a nickname or after a verb, not ending inside a frequent word (向[全社]会, [小培]养, [小女]孩)."""
    if score >= STRONG_RULE:
        return True  # 某 forms and 化名 are the report's own convention
    if person_rules.rule_on("rule_in_entity") and others.any_over(start, start):
        return False  # it starts inside a place or organisation (an entity that is itself the span may be a misread name: 海宁与丈夫)
    if (
        person_rules.rule_on("rule_word_cross")
        and end < len(text)
        and text[end - 1 : end + 1] in frequent_words()
        and (text[start] == "小" or any(text[max(0, start - k) : start] in person_rules.VERB_LEFT for k in (1, 2)))
    ):
        return False  # only for nicknames and after a verb (向全社|会): after a role word the candidate stands (主席许想到)
    return True


def _supported_weak(text: str, weak: list[tuple[int, int, float]], found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The weak tagger spans (``WEAK_PER``: only the recall decode found them) that the document supports:
    the same name, or the given name of a full name, found elsewhere (海燕 after 韦海燕, 子轩 after 冯子轩)."""
    single, compound = surnames()
    names = set()
    for s, e, _ in found:
        name = text[s:e]
        if len(name) >= 2 and "某" not in name:
            names.add(name)
            if 3 <= len(name) <= 4 and (name[:2] in compound or name[0] in single):
                names.add(name[2:] if name[:2] in compound else name[1:])
    return [(s, e, score) for s, e, score in weak
            if e - s >= 2 and (text[s:e] in names or (person_rules.rule_on("weak_apposition") and _apposition(text, s, e)))]


# the end of an office's name before a staff member's name (县妇联儿童部金丽, 维权站工作人员)
_OFFICE_END = re.compile(r"(?:妇联|[^\s，。、；：]{1,8}(?:部|科|处|办|办公室|站|中心))$")


def _apposition(text: str, start: int, end: int) -> bool:
    """A weak span in apposition to a role noun or an office (受助女孩X, 执委X, 儿童部X): a surname and one or
    two given characters, no ordinary word, closing the name (a verb, punctuation or a time word follows)."""
    single, compound = surnames()
    word = text[start:end]
    if not (2 <= len(word) <= 3 and (word[0] in single or word[:2] in compound)) or word in common_words() \
            or word in frequent_words() or word[:2] in surname_words():
        return False
    return _role_before(text, start) or bool(_OFFICE_END.search(text, max(0, start - 12), start))


def _occurrence_ok(text: str, start: int, end: int, strong: Intervals) -> bool:
    """A further occurrence of a found name may be marked: the tagger read no place or organisation
    over it with some confidence (a guess below ``ENTITY_VETO``, 子轩 read as a place at 0.14 after 冯子轩,
    does not stop it), and the checks of a tagger span leave it as it is (not 中山|市, not a company)."""
    if person_rules.rule_on("repeat_checked"):
        if strong.any_over(start, end):  # the spans read with at least ENTITY_VETO
            return False
        # 老张/小谢 of a full name in the document is that person, though alone it is a word
        prefixed = end - start in (2, 3) and text[start] in "小老阿" and text[start + 1] in surnames()[0]
        # 柯女士/何主席: the surname and a form of address of a full name in the document
        titled = end - start in (3, 4) and text[end - 2 : end] in ADDRESS_FORMS
        if end - start >= 2 and not prefixed and not titled and repair_span(text, start, end, strict=False) != (start, end):
            return False
    return True


# adverbs that stand between a 小/老/阿 + surname form and its verb (小甄先听, 老周又来, 小许也说); a word they
# start with the name (小李先生) is left to the address-form rules
_ADVERB_AFTER = frozenset("先又也就才还再都便却刚正已曾")
_ADVERB_WORDS = frozenset(("先生",))


# time words that open a clause right after a name (张丽前年病故, 王芳去年离婚): the character before them
# ends the name even where it and the time word's first character also make a word (年前, 年去)
_CJK_RE = re.compile(r"[\u4e00-\u9fff]+")
_TIME_WORDS = frozenset("前年 去年 今年 明年 当年 早年 前天 昨天 今天 明天 上月 本月 上周 本周".split())
# what stands between a name and a time word on its own (王芳自去年, 李红于前年, 张丽说今天): no name's end
_BEFORE_TIME = person_rules._NICK_NEVER | frozenset("自至截直早晚每近从于在到同跟")


def repair_span(text: str, start: int, end: int, strict: bool = True, score: float = 0.0) -> tuple[int, int] | None:
    """Fix the usual segmentation slips of a tagger's PER span, or drop it (None).

    - a function character glued in front (和赵敏 → 赵敏);
    - a compound surname split from its given name (诸葛 + 佳 → 诸葛佳);
    - a given name split from a one-character surname that starts the clause (，张 + 玉兰);
    - a verb glued to the end of three characters (杨玉住在) or a verb or an ordinary word glued
      to the end of four (陈秀英拉着, 白露每周);
    - ordinary words and spans holding characters that never occur in names are dropped;
      with ``strict``, so is anything that does not start like a Chinese name (a surname,
      小/老/阿, or a doubled character).
    """
    single, compound = surnames()
    on = person_rules.rule_on
    if (
        on("glued_before")
        and end - start >= 3
        and text[start] in _GLUED_BEFORE
        and text[start + 1] in single
        and start >= 1
        and "\u4e00" <= text[start - 1] <= "\u9fff"
    ):
        start += 1  # 她和赵敏: a function character between two words (not ，和万春 at a clause start)
    if on("trailing_verb3") and end - start == 3 and _verb_glued(text, end):
        end -= 1  # 杨玉住(在): a verb glued to the end; 周恩来(总理), 安嘉和(的) stay whole
    if on("compound_left") and start >= 1 and text[start - 1 : start + 1] in compound:
        start -= 1  # 公孙红琳 tagged as 孙红琳
    if on("agent_suffix") and end - start == 3 and start >= 1 and text[start] in person_rules.AGENT_SUFFIXES and "\u4e00" <= text[start - 1] <= "\u9fff":
        start += 1  # 咨询师白露 tagged as 师白露
    if (
        on("compound_grow")
        and end - start == 3
        and text[start : start + 2] in compound
        and end < len(text)
        and person_rules._is_given(text[end])
        and (end + 1 == len(text) or not "\u4e00" <= text[end + 1] <= "\u9fff")
    ):
        end += 1  # 上官婉清 tagged as 上官婉: a compound surname takes two given characters
    if (
        on("aspect3")
        and end - start == 3
        and text[start] in single
        and text[end - 1] == text[end - 2]
        and person_rules.aspect_follows(text, end)
    ):
        end -= 1  # 周红红(了眼眶): a reduplicated verb or adjective before an aspect particle
    if on("prefix_edges") and end - start == 3:
        if text[start] in "小老阿" and text[start + 1] in single and text[end - 1] in "和与及跟同":
            end -= 1  # 小蒋和(网格员): 小/老/阿 + a surname, then a conjunction
        elif on("prefix_adverb") and text[start] in "小老阿" and text[start + 1] in single and text[end - 1] in _ADVERB_AFTER \
                and end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and text[end - 1 : end + 1] not in _ADVERB_WORDS:
            end -= 1  # 小甄先(听): 小/老/阿 + a surname, then an adverb before the verb (not 先生, 又名)
        elif start >= 1 and text[start - 1] in "小老阿" and text[start] in single and text[start] not in _FUNCTION_LIKE_SURNAMES \
                and (text[start + 1 : end] in common_words() or text[start + 1] in person_rules._STOP_SET):
            # (老)顾上门: 老/小/阿 + the surname, then no given name (an ordinary word, a verb, 上 ...)
            start, end = start - 1, start + 1
    if on("role_prefix") and end - start >= 4:
        for k in (3, 2):
            rest = end - start - k
            if text[start : start + k] in _ROLE_PREFIXES and (text[start + k] in single or (text[start + k] in "小阿" and rest >= 2)):
                start += k  # 孙子王浩然, 孙子小明: a kinship or role word in front of the name or nickname
                break
    if on("time_after") and end - start == 2 and _CJK_RE.fullmatch(text[start:end]) and text[start:end] not in common_words() \
            and text[end + 1 : end + 3] in _TIME_WORDS and "\u4e00" <= text[end] <= "\u9fff" and text[end] not in _BEFORE_TIME:
        end += 1  # 贝永|年前年病故: the third character of the name read as a word with the time word after it (年前)
    if end - start == 4 and text[start] in single and text[start : start + 2] not in compound:
        if on("aspect4") and person_rules.aspect_follows(text, end):
            end -= 1  # 陈秀英拉(着): an aspect particle shows the last character is a verb
        elif on("word_end4") and text[end - 2 : end] in common_words() and repair_span(text, start, end - 2, strict, score) is not None:
            end -= 2  # 白露每周: an ordinary word glued to the end, where what is left is a name (not 武村|正义)
    word = text[start:end]
    if on("compound_alone") and word in compound:
        grown = person_rules._name_starting_at(text, start)
        if grown is None or grown - start <= 2:
            return None
        end = grown
    elif (
        on("surname_left")
        and end - start == 2
        and start >= 1
        and text[start - 1] in single
        and text[start - 1] not in _FUNCTION_LIKE_SURNAMES
        and text[start - 1 : start + 1] not in surname_words()
        and (start < 2 or not "\u4e00" <= text[start - 2] <= "\u9fff")
    ):
        start -= 1  # ，张 + 玉兰: the surname starts the clause (not 但葛菲, 于金秋, 明徐渭)
    elif on("compound_left2") and end - start == 2 and start >= 2 and text[start - 2 : start] in compound:
        start -= 2
    word = text[start:end]
    if (
        on("he_last")
        and end - start == 2
        and text[start] in single
        and text[end : end + 1] == "和"
        and _HE_NAME_AFTER.match(text, end + 1)
    ):
        end += 1  # 安嘉和的, 赵德和介绍: 和 joins nothing here, so it ends the name
        word = text[start:end]
    if (
        (on("place_after") and _PLACE_AFTER.match(text, end))
        or (on("place_last") and word[-1] in _PLACE_LAST)
        or (on("company") and (_COMPANY_AFTER.match(text, end) or word.endswith(_COMPANY_END)))
        or (on("fulian_word") and "妇联" in word)
        or (on("doc_number") and _DOC_NUMBER_AFTER.match(text, end))
        or (on("locative") and _locative(text, start, end))
    ):
        # 白云县, 秀英县妇联: a place; 石妇(字〔2024〕9号): a document number; not a person
        return None
    starts_like_name = (
        word[:2] in compound
        or (word[0] in single and word[:2] not in surname_words() and word[:2] not in common_words() and len(word) <= 3)
        or word[0] in "小老阿"
        or (len(word) == 2 and word[0] == word[1])
    )
    chinese = all("\u4e00" <= c <= "\u9fff" for c in word)
    # the model is sure, or the context vouches for a person (黄家学，男，; 桥本首相 is the model's call;
    # a role word right before it: 记者马力 -- a role, not a verb like 向 that takes any word: 向母亲)
    sure = on("confident_word") and chinese and len(word) >= 2 and (
        score >= CONFIDENT_SPAN or bool(person_rules._RIGHT_START.match(text, end))
        or (on("role_before") and _role_before(text, start)))
    if (
        (len(word) < 2 and (not word or (on("single_char") and not _surname_alone(text, start, end))))
        or (on("not_names") and word in _NOT_NAMES)
        or (on("prefix_word") and word in prefix_words())  # 小结, 小名, 老家: 小/老/阿 + a character, a word
        or (on("common_word") and not sure and word in common_words())
        or (on("common_prefix") and not sure and word[:2] in common_words() and word[:2] not in compound)  # 维权站, 简明(扼要)
        or (on("not_in_name") and chinese and any(ch in _NOT_IN_NAME for ch in word[1:]))
        or (on("function_first") and chinese and word[0] in _NOT_IN_NAME and word[0] not in single)  # 之夫, 其女
    ):
        return None
    if strict and (not starts_like_name or not chinese or len(word) > 4):
        return None
    if not strict and on("name_chars") and not _NAME_CHARS.fullmatch(word) and not _surname_alone(text, start, end):
        return None
    return start, end


# a preposition of place before a noun and a locative (在群里, 到村里, 从家里): what the tagger read there is a
# place phrase with the next word glued on (在|群里多|说), not a name
_PLACE_PREPOSITIONS = frozenset("在到从往回进去于")
_LOCATIVES = frozenset("里内")


def _locative(text: str, start: int, end: int) -> bool:
    """A span that opens with a noun and a locative (群里, 村里) right after 在/到/从 ...: the noun is no surname
    (在哈里斯家 keeps 哈里斯)."""
    return end - start >= 2 and start >= 1 and text[start - 1] in _PLACE_PREPOSITIONS and text[start + 1] in _LOCATIVES \
        and text[start] not in surnames()[0] and text[start : start + 2] not in surnames()[1]


def _role_before(text: str, start: int) -> bool:
    """A role or kinship word (记者, 主任, 妻子; not a verb such as 向/帮助) ends right before ``start``."""
    return any(
        start >= k and text[start - k : start] in _LEFT_WORDS and text[start - k : start] not in person_rules.VERB_LEFT
        for k in (4, 3, 2)
    )


def _surname_alone(text: str, start: int, end: int) -> bool:
    return end - start == 1 and text[start] in surnames()[0] and bool(_SURNAME_ALONE_BEFORE.match(text, end))


def _verb_glued(text: str, end: int) -> bool:
    """The last character of ``text[end-3:end]`` is a verb glued to a name: a character that ends
    no given name (王芳说), or a verb shown by what follows (杨玉住在, 李明来到)."""
    last = text[end - 1]
    if last in _NEVER_LAST:
        return True
    return last in _TRAILING and (text[end : end + 1] in _AFTER_VERB or text[end - 1 : end + 1] in common_words())


# Rule spans at or above this score (某 forms 0.85, 化名 0.9) beat an overlapping model span:
# the model labels 孙某 as 孙 (MSRA's convention) and the mask must cover 孙某.
STRONG_RULE = 0.85


def merge_spans(spans: list[tuple[int, int, float]],
                model_spans: list[tuple[int, int, float]] = ()) -> list[tuple[int, int, float]]:
    """Non-overlapping spans, highest score first, then the longest.

    ``model_spans`` (the tagger's, after ``repair_span``) beat every overlapping span of
    ``spans`` scoring below ``STRONG_RULE``: the model has seen the whole sentence, and the
    context rules (0.65-0.8) cut or stretch the names it had right (金庸, 彭小兰 → 小兰). The
    rules still add names where the model found none.
    """
    def order(x: tuple[int, int, float]) -> tuple:
        return (-x[2], -(x[1] - x[0]), x[0])

    strong = sorted({x for x in spans if x[2] >= STRONG_RULE}, key=order)
    weak = sorted({x for x in spans if x[2] < STRONG_RULE}, key=order)
    chosen: list[tuple[int, int, float]] = []
    taken = DisjointSpans()
    for s, e, score in strong + sorted(set(model_spans), key=order) + weak:
        if taken.add(s, e):
            chosen.append((s, e, score))
    return sorted(chosen)

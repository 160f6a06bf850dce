"""Historic and public figures, theory and idiom names: person mentions that are no one's personal
information in a report (学习秋瑾、宋庆龄等先辈; 马斯洛需求层次理论; 孟母三迁的故事).

A document-level decision over the PERSON spans the recognizers found (``public_mentions``):

- ``historic``: the span is a name of ``data/public_figures.txt`` (deceased or legendary figures with
  distinctive names, sources in the file), or lies inside one written out (冼 of 冼夫人);
- ``idiom``: the span lies in an idiom or allusion of ``data/name_idioms.txt`` (孟母 of 孟母三迁);
- ``theory``: a theory, law or effect named after the span follows it within a short noun phrase
  (马斯洛|需求层次|理论, 埃里克森|心理社会发展|理论); a theory word right after it is already
  ``privacy.persons.THEORY_AFTER``.

A listed name is public at each of its mentions unless the document treats the name as a case's person
somewhere: an alias mark, an age or sex given after it, a case role before it (求助人宋庆龄，38岁), or a
longer name found that ends with it (冰心 of 李冰心) -- then every mention stays personal. A theory's
name covers its own mention only.

The scan reports these mentions apart (``ScanResult.public``): the reviewer sees them, masking leaves
them readable, and they count neither as findings nor for a minor's status.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex as re

HISTORIC, IDIOM, THEORY = "historic", "idiom", "theory"
KIND_LABELS = {HISTORIC: "历史或公众人物", IDIOM: "成语典故", THEORY: "理论名称"}

# a theory named after a person: up to 10 characters of a noun phrase (no verb or function character),
# then the theory word, then no further word (理论学习 is studying, not a theory's name)
_THEORY_WORDS = r"理论|学说|定律|效应|法则|疗法|模型|量表|金字塔"
_GAP_STOP = "的了是在和与及等说讲谈对把被向从跟为给这那他她我们也都就还又将已并"
_GAP_VERBS = "学习|组织|开展|参加|带领|讲解|讲授|介绍|运用|用|结合|按照|根据|掌握|熟悉|懂"
_GAP = rf"(?:(?!{_GAP_VERBS})(?![{_GAP_STOP}])[\u4e00-\u9fff]){{0,10}}?"
THEORY_NEAR = re.compile(rf"{_GAP}(?:{_THEORY_WORDS})(?:(?![\u4e00-\u9fff])|(?=[和与及、的中]))")
# what shows that the document treats a name as a case's person
_PERSONAL_AFTER = re.compile(r"[”」』\"]?\s*[（(]化名|[，,]\s*(?:女|男)\s*[，,（(]|[，,（(]?\s*(?:今年|现年)?\s*\d{1,3}\s*岁")
_CASE_ROLES = ("求助人", "申请人", "当事人", "受害人", "受助人", "被申请人", "被告人", "村民", "居民", "女童", "男童",
               "女孩", "男孩", "学生", "患者", "户主", "联系人", "监护人")


def _read_list(name: str) -> tuple[str, ...]:
    text = resources.files("privacy").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tuple(line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip())


@lru_cache(maxsize=1)
def figures() -> frozenset[str]:
    return frozenset(_read_list("public_figures.txt"))


@lru_cache(maxsize=1)
def idioms() -> frozenset[str]:
    return frozenset(_read_list("name_idioms.txt"))


@lru_cache(maxsize=1)
def _lexicon() -> re.Pattern:
    """Every listed figure and idiom, longest first (an idiom before the name inside it)."""
    words = sorted(figures() | idioms(), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


def listed_occurrences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every listed figure or idiom in ``text``, not overlapping."""
    out = []
    for m in _lexicon().finditer(text):
        out.append((m.start(), m.end(), IDIOM if m.group() in idioms() else HISTORIC))
    return out


def _listed_kind(span: tuple[int, int], occurrences: list[tuple[int, int, str]]) -> str | None:
    """The kind of the listed word that the span is or lies in (秋瑾; 冼 of 冼夫人; 孟母 of 孟母三迁) --
    never a longer name that holds one (王木兰, 秋瑾华 are people)."""
    s, e = span
    for a, b, kind in occurrences:
        if a <= s and e <= b:
            return kind
    return None


def _personal(text: str, s: int, e: int) -> bool:
    if _PERSONAL_AFTER.match(text, e):
        return True
    return any(text[max(0, s - len(r)) : s] == r for r in _CASE_ROLES)


def public_mentions(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """{index of a PERSON span: kind} for the spans that name a public figure, an idiom or a theory."""
    if not spans:
        return {}
    occurrences = listed_occurrences(text)
    kinds: dict[int, str] = {}
    for i, (s, e) in enumerate(spans):
        kind = _listed_kind((s, e), occurrences)
        if kind is None and THEORY_NEAR.match(text, e):
            kind = THEORY
        if kind is not None:
            kinds[i] = kind
    if not kinds:
        return {}
    # the document level: a listed name is public at every mention unless the document treats it as a
    # case's person at one of them; a theory's name covers its own mention only (邓小平理论 leaves 邓小平同志
    # to the other rules: a theory named after someone says nothing of the other mentions)
    names = {text[spans[i][0] : spans[i][1]] for i in kinds}
    personal = {text[s:e] for s, e in spans if text[s:e] in names and _personal(text, s, e)}
    # a listed name that is the given name of a longer name found in the document (冰心 of 李冰心)
    found = {text[s:e] for s, e in spans}
    personal |= {n for n in names if any(len(f) > len(n) and f.endswith(n) for f in found)}
    return {i: kind for i, kind in kinds.items() if text[spans[i][0] : spans[i][1]] not in personal}

"""Surname list and the character classes built from it."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames) from ``privacy/data/surnames.txt``."""
    text = resources.files("privacy").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) > 1)


@lru_cache(maxsize=1)
def rare_surnames() -> frozenset[str]:
    """Rare single-character surnames (荀, 鄂, 卯) from ``privacy/data/rare_surnames.txt``: names only where
    the context already says a person is meant (荀某, a table's name column, a full name found)."""
    text = resources.files("privacy").joinpath("data/rare_surnames.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_surname(surname: str, rare: bool = False) -> bool:
    """``surname`` is on the surname list (single or compound), or on the rare list when ``rare``."""
    single, compound = surnames()
    return surname in single or surname in compound or (rare and surname in rare_surnames())


@lru_cache(maxsize=1)
def surname_regex() -> str:
    """A regex fragment matching one surname, compound ones first."""
    single, compound = surnames()
    first = "".join(sorted(single | {c[0] for c in compound}))
    # the leading class lets the regex engine skip non-surname positions quickly
    return f"(?=[{first}])(?:" + "|".join(sorted(compound)) + "|[" + "".join(sorted(single)) + "])"


def split_surname(name: str) -> tuple[str, str]:
    """(surname, rest); a name that starts with no known surname gets its first character."""
    _, compound = surnames()
    if name[:2] in compound:
        return name[:2], name[2:]
    return name[:1], name[1:]


@lru_cache(maxsize=1)
def surname_words() -> frozenset[str]:
    """Ordinary two-character words that begin with a surname character (权益, 相关, 关注 ...)."""
    text = resources.files("privacy").joinpath("data/surname_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent two-character words that are not given names (信息, 背景, 指导 ...)."""
    text = resources.files("privacy").joinpath("data/common_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def kinship_words() -> frozenset[str]:
    """Kinship and family-role nouns (曾祖母, 孙子, 小叔子 ...), from ``privacy/data/kinship_words.txt``,
    with 老/小/大 forms of each (老婆婆, 小姨妈): a span that is one of them names no one."""
    text = resources.files("privacy").joinpath("data/kinship_words.txt").read_text(encoding="utf-8")
    words = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return frozenset(words | {p + w for w in words for p in "老小大"})


@lru_cache(maxsize=1)
def role_titles() -> tuple[str, ...]:
    """Role and programme titles that end in a kinship word (童伴妈妈, 春蕾妈妈), from
    ``privacy/data/role_titles.txt``, longest first: the characters before the kinship word name no one."""
    text = resources.files("privacy").joinpath("data/role_titles.txt").read_text(encoding="utf-8")
    words = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def prefix_words() -> frozenset[str]:
    """Ordinary words of 小/老/阿 + a character (小结, 小名, 老家, 阿姨), from ``privacy/data/prefix_words.txt``:
    a span that is one of them is no nickname and no 老/小 + surname mention."""
    text = resources.files("privacy").joinpath("data/prefix_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


FREQUENT_WORD_COUNT = 100  # jieba counts at least this high


@lru_cache(maxsize=1)
def frequent_words() -> frozenset[str]:
    """Two-character words of jieba's dictionary (MIT) counted at least ``FREQUENT_WORD_COUNT`` times
    and not tagged as names (社会, 需要, 培养, 新生 ...): a candidate whose last character forms one with
    the character after it ends inside a word (全社|会, 张新|生)."""
    try:
        text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # jieba is a dependency; without it, no hint
        return frozenset()
    out = set()
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and len(parts[0]) == 2 and not parts[2].startswith("nr") and int(parts[1]) >= FREQUENT_WORD_COUNT:
            out.add(parts[0])
    return frozenset(out)


@lru_cache(maxsize=8)
def dictionary_nouns(prefixes: frozenset[str]) -> frozenset[str]:
    """Nouns of jieba's dictionary (MIT) of three or four characters that start with one of ``prefixes``
    (救助金, 慰问品 for 救助, 慰问): a verb before a name candidate may be the start of one of them
    (救助金|拟发放), where the candidate is no name. Only these are kept: a set of every noun would make
    each garbage collection of the process slower."""
    try:
        text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    out = set()
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and 3 <= len(parts[0]) <= 4 and parts[2].startswith("n") and not parts[2].startswith("nr") \
                and parts[0][:2] in prefixes:
            out.add(parts[0])
    return frozenset(out)

"""Input normalisation with an offset map back to the original text.

Matching runs on a normalised copy, built in two passes:

1. character by character, by Unicode property rather than a hand list: every format
   character (category Cf: zero-width, bidi controls, invisible operators, soft hyphen, BOM),
   every variation selector, the Hangul and half-width fillers, the combining grapheme joiner
   and combining or enclosing marks stacked on a digit (U+0301 on a digit, the keycap U+FE0F U+20E3) are
   dropped; every decimal digit of any script
   (``unicodedata.decimal``: Arabic-Indic, Devanagari, full-width ...) becomes an ASCII digit;
   the rest goes through NFKC (compatibility forms), with ideographic spaces made plain;
   traditional characters are matched as their simplified form (OpenCC t2s, one for one:
   全國婦聯 reads 全国妇联, 陳秀英 is found as a name).
2. inside number-shaped runs: a run of seven or more Chinese numerals (一三九一二三四五六七八,
   with 〇/零/幺, or the financial 壹贰叁 ...) becomes digits, and dots, slashes, middle dots and runs of two or more spaces
   between digit groups are dropped where the digits together are long enough to be a phone,
   ID or card number (10 or more), so 138.3112.4567, 130102  19850312  4501, 6217 - 0001 - 3000 - 4456
   and groups set off by tabs match as one number. Single spaces and dashes stay: the recognizers read them as group separators.

Chinese full-width punctuation (，。：；（）…) is kept as it is, because the span taggers were
trained on it and the rules expect it. ``Normalized.span`` maps a ``[start, end)`` span of the
normalised text back to the original string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Kept as they are although NFKC would fold them to ASCII.
_KEEP = frozenset("，：；！？（）～")
# Fillers that render as blank but are letters (Lo), and the combining grapheme joiner (Mn).
_FILLERS = frozenset("\u3164\u115f\u1160\uffa0\u034f\u2800\u17b4\u17b5")
# Characters that may need work: anything outside ASCII and the common CJK block/punctuation.
_CANDIDATE = re.compile(r"[^\x00-\x7f\u4e00-\u9fff，。、：；！？（）“”‘’《》【】〔〕—…·]")
_CN_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
             "八": "8", "九": "9", "幺": "1",
             # the financial (anti-forgery) numerals, read as digits only inside a run of seven or more
             "壹": "1", "贰": "2", "叁": "3", "肆": "4", "伍": "5", "陆": "6", "柒": "7", "捌": "8", "玖": "9"}
_CN_CLASS = "[" + "".join(_CN_DIGIT) + "]"
# seven or more digits and Chinese numerals, with at least one numeral (the look-ahead keeps the scan in C)
_CN_RUN = re.compile(f"(?=[0-9{''.join(_CN_DIGIT)}]{{7}})[0-9]*{_CN_CLASS}[0-9{''.join(_CN_DIGIT)}]*")
# digit groups joined by separators that are not part of the recognizers' own formats (at least
# three groups, or two when one is long: a decimal like 1.8 is not looked at)
_SEP = r"(?:[ \t]*[./·・][ \t]*|[ \t]+[-\u2010-\u2015\u2212][ \t]+|[ \t]{2,}|\t)"
_SEP_RUN = re.compile(rf"\d{{1,8}}(?:{_SEP}\d{{1,8}}){{2,}}|\d{{4,8}}{_SEP}\d{{4,8}}")
_SEP_HINT = re.compile(rf"\d{_SEP}\d")  # where a run may be: a digit, a separator, a digit
# numeral groups set off by single spaces (一八六 七三二一 五五零八): the numerals become digits, the
# spaces stay as the recognizers' group separators; seven or more digits in all
_CN_DIGITS = f"[0-9{''.join(_CN_DIGIT)}]"
_CN_SPACED = re.compile(f"(?<!{_CN_DIGITS}){_CN_DIGITS}{{2,4}}(?: {_CN_DIGITS}{{2,4}}){{1,3}}(?!{_CN_DIGITS})")
_CN_CLASS_RE = re.compile(_CN_CLASS)
_CN_SPACED_HINT = re.compile(f"{_CN_CLASS}{{2}} {_CN_DIGITS}")
_CN_HINT = re.compile(f"{_CN_CLASS}[0-9{''.join(_CN_DIGIT)}]{{6}}|[0-9]{{6}}{_CN_CLASS}")
_SEP_CHAR = re.compile(r"[./·・ \t]")
MIN_JOINED_DIGITS = 10
# a dotted quad of numbers 0-255 (192.168.10.254) is an IPv4 address, not a number split to dodge matching
_IPV4 = re.compile(r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}")


def is_invisible(ch: str) -> bool:
    """A character dropped before matching: format (Cf), variation selector, filler."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) == "Cf"
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
        or 0x180B <= cp <= 0x180F  # Mongolian free variation selectors (180E is Cf)
        or ch in _FILLERS
    )


def _attaches(ch: str) -> bool:
    cp = ord(ch)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or unicodedata.category(ch) in ("Mn", "Me")


@lru_cache(maxsize=8192)
def _fold(ch: str) -> str:
    if is_invisible(ch):
        return ""
    if ch in _KEEP:
        return ch
    if ch == "\u3000":
        return " "
    value = unicodedata.decimal(ch, None)
    if value is not None:
        return str(value)
    return unicodedata.normalize("NFKC", ch)


def folded_length(text: str) -> int:
    """The length of ``text`` after the character pass (what NFKC and the dropped characters make
    of it), counted without building it; the number pass after it only drops separators, so this
    is the normalised length or a little more."""
    n = len(text)
    for m in _CANDIDATE.finditer(text):
        ch, pos = m.group(), m.start()
        if unicodedata.category(ch) in ("Mn", "Me") and pos and (text[pos - 1].isdigit() or is_invisible(text[pos - 1])):
            n -= 1
        else:
            n += len(_fold(ch)) - 1
    return n


@lru_cache(maxsize=1)
def _traditional() -> tuple[dict[str, str], re.Pattern | None]:
    """Traditional characters of the CJK block and their simplified form (one for one), via OpenCC."""
    try:
        import opencc
    except ImportError:  # matching then runs on the text as written
        return {}, None
    convert = opencc.OpenCC("t2s").convert
    table = {}
    for cp in range(0x4E00, 0xA000):
        ch = chr(cp)
        out = convert(ch)
        if out != ch and len(out) == 1:
            table[ch] = out
    return table, re.compile("[" + "".join(table) + "]")


def digit_value(ch: str) -> str | None:
    """The ASCII digit a character stands for (any script's decimal digit, a Chinese numeral)."""
    if ch in _CN_DIGIT:
        return _CN_DIGIT[ch]
    value = unicodedata.decimal(ch, None)
    if value is not None:
        return str(value)
    return _compat_digit(ch)


@lru_cache(maxsize=4096)
def _compat_digit(ch: str) -> str | None:
    """The digit of a compatibility form that NFKC folds to one digit (① ¹ ⒈ → 1), which matching reads
    as that digit and masking must count as one."""
    if ch.isascii():
        return None
    folded = unicodedata.normalize("NFKC", ch)
    digits = [c for c in folded if c.isdecimal()]
    return digits[0] if len(digits) == 1 and len(folded) <= 2 else None


@dataclass(frozen=True)
class Normalized:
    original: str
    text: str
    # index into ``original`` of each character of ``text``; None when text == original
    index: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original-string span of the normalised span ``[start, end)``.

        Characters dropped inside the span (a bidi control between digits) are inside the
        original span too; one original character that expands (U+FDFA) maps back whole.
        """
        if self.index is None:
            return start, end
        if end <= start:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        o_end = self.index[end - 1] + 1
        # a variation selector or combining mark sits on the character before it: keep it with the span
        while o_end < len(self.original) and _attaches(self.original[o_end]):
            o_end += 1
        return self.index[start], o_end


def _fold_chars(text: str) -> tuple[str, list[int] | None]:
    changes: dict[int, str] = {}
    for m in _CANDIDATE.finditer(text):
        ch, pos = m.group(), m.start()
        if unicodedata.category(ch) in ("Mn", "Me") and pos and (text[pos - 1].isdigit() or pos - 1 in changes):
            changes[pos] = ""  # a combining mark stacked on a digit (1\u0301)
        elif _fold(ch) != ch:
            changes[pos] = _fold(ch)
    table, traditional = _traditional()
    if traditional is not None:
        for m in traditional.finditer(text):
            changes[m.start()] = table[m.group()]
        changes = dict(sorted(changes.items()))
    if not changes:
        return text, None
    parts: list[str] = []
    index: list[int] = []
    prev = 0
    for pos, folded in changes.items():
        if pos > prev:
            parts.append(text[prev:pos])
            index.extend(range(prev, pos))
        parts.append(folded)
        index.extend([pos] * len(folded))
        prev = pos + 1
    parts.append(text[prev:])
    index.extend(range(prev, len(text)))
    return "".join(parts), index


def _has_cn_pair(text: str) -> bool:
    """A numeral followed by six more digits or numerals (or six digits and a numeral) somewhere."""
    return _CN_HINT.search(text) is not None


def _number_runs(text: str) -> tuple[dict[int, str], set[int]]:
    """Replacements (position → digit) for Chinese-numeral runs, and separator positions to drop."""
    replace: dict[int, str] = {}
    for m in _CN_RUN.finditer(text) if _has_cn_pair(text) else ():
        if len(m.group()) >= 7:
            for i, c in enumerate(m.group()):
                if c in _CN_DIGIT:
                    replace[m.start() + i] = _CN_DIGIT[c]
    for m in _CN_SPACED.finditer(text) if _CN_SPACED_HINT.search(text) else ():
        run = m.group()
        if sum(c != " " for c in run) >= 7 and _CN_CLASS_RE.search(run):
            for i, c in enumerate(run):
                if c in _CN_DIGIT:
                    replace[m.start() + i] = _CN_DIGIT[c]
    if replace:
        chars = list(text)
        for pos, d in replace.items():
            chars[pos] = d
        probe = "".join(chars)
    else:
        probe = text
    drop: set[int] = set()
    covered = -1
    for hint in _SEP_HINT.finditer(probe):
        if hint.start() < covered:
            continue
        start = hint.start()
        while start > 0 and probe[start - 1].isdigit() and hint.start() - start < 8:
            start -= 1
        m = _SEP_RUN.match(probe, start)
        if m is None:
            continue
        covered = m.end()
        run = m.group()
        if sum(c.isdigit() for c in run) < MIN_JOINED_DIGITS or _IPV4.fullmatch(run):
            continue
        drop.update(m.start() + i for i, c in enumerate(run) if _SEP_CHAR.match(c))
    return replace, drop


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching, keeping a map back to the original offsets."""
    folded, index = _fold_chars(text)
    replace, drop = _number_runs(folded)
    if not replace and not drop:
        return Normalized(text, text) if index is None else Normalized(text, folded, tuple(index))
    base = index if index is not None else range(len(text))
    parts: list[str] = []
    new_index: list[int] = []
    for pos, ch in enumerate(folded):
        if pos in drop:
            continue
        parts.append(replace.get(pos, ch))
        new_index.append(base[pos])
    return Normalized(text, "".join(parts), tuple(new_index))

"""Chinese number and quantity parsing: ``find_quantities(text) -> list[Quantity]``.

Used by fidelity (claims in a draft against the notes) and by the drafting composer.
Pure functions, no model. Offsets index the input string: full-width digits and signs are
mapped one character to one character before matching, so spans never shift.

What is recognised (every equivalent form gets the same ``value``/``unit``):

- Arabic and Chinese numerals, full-width digits, thousands commas: ``137``, ``1,200``,
  ``１３７``, ``两千`` = 2000, ``一百二十`` = 120, ``三万五千`` = 35000.
- Magnitudes: ``1.2万`` = 12000, ``2.36万人`` = 23600 人, ``5亿元`` = 500000000 元.
- Percentages: ``30%``, ``３０％``, ``百分之三十`` = 30 %, ``5个百分点`` (unit ``百分点``),
  tenths: ``八成`` = 80 %, ``七成半`` = 75 %, ``近九成`` (approximate); fractions:
  ``四分之三`` = 75 %.
- Dates and date ranges: ``2024年3月8日``, ``2024-03-08``, ``3月8日``, ``2024年``,
  ``1-6月`` = ``1至6月`` = ``一至六月`` = ``上半年``, ``一季度`` = ``1-3月``, ``2021-2023年``.
- Numeric ranges: ``8-12人``, ``2至3名``.
- Multipliers: ``翻倍`` = ``翻一番`` = ``增长一倍`` = factor 2, ``翻两番`` = 4,
  ``增长2倍`` = 3 (growth by N times is a factor N+1), ``3倍`` = 3.
- Approximations (``approx=True``): ``近百人``, ``约200人``, ``百余人``, ``3000多名``,
  ``数百人``, ``上千名``, ``200人左右``, ``超过500人``, ``1200+``, and the spoken hedges
  that notes use: ``差不多120人``, ``大概80户``, ``大约3000人``, ``不到50人``.

Units are normalised: 名/位 → 人, 块/万元/亿元 → 元 (value scaled), 号 → 日,
个百分点 → 百分点. A Chinese numeral with no unit, magnitude or approximation marker is
not a quantity (三八妇女节, 党的二十大), and set phrases such as 千方百计 are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Quantity", "find_quantities", "parse_chinese_number", "normalise_digits", "spoken_numbers"]


@dataclass(frozen=True)
class Quantity:
    """One number or quantity found in a text.

    ``value`` is in base units (元, not 万元). ``high`` is the upper end of a range.
    For dates ``year``/``month``/``day`` hold the parts that were written (``None`` for
    parts left out), ``value`` is sortable (YYYYMMDD with missing parts as 0) and ``unit``
    is the finest part written (年, 月 or 日); ``high`` is then the end of a date range in
    that unit (1-6月: month=1, high=6).
    """

    start: int
    end: int
    text: str
    value: float
    unit: str
    kind: str  # count | money | percent | date | range | multiplier
    approx: bool = False
    high: float | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    chinese: bool = field(default=False, compare=False)  # written in Chinese numerals


# --- normalisation -----------------------------------------------------------------

_FULLWIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "．": ".",
        "％": "%",
        "－": "-",
        "～": "~",
        "／": "/",
        "＋": "+",
        "﹪": "%",
    }
)


def normalise_digits(text: str) -> str:
    """Full-width digits and signs to ASCII, one character for one (offsets unchanged)."""
    return text.translate(_FULLWIDTH)


# Set phrases whose numerals are not quantities; masked (same length) before matching.
_SET_PHRASES = (
    "千方百计", "千家万户", "千辛万苦", "千丝万缕", "万众一心", "一心一意", "百花齐放",
    "百姓", "万一", "一一", "三八", "十四五", "十五五", "二十大", "三中全会", "一带一路",
    "五好家庭", "一对一", "一站式", "一线", "一体化", "一批又一批", "四个一", "百家姓",
    "成千上万", "一条龙", "一把手", "千里", "万里", "百年", "九九重阳",
)
_SET_RE = re.compile(
    "|".join(sorted(map(re.escape, _SET_PHRASES), key=len, reverse=True))
    # 一起 is "together" (一起办, 一起参加) unless it counts cases (一起家暴案件, 调解纠纷一起)
    + r"|(?<!案件)(?<!纠纷)(?<!事件)(?<!发生)(?<!受理)(?<!调解)(?<!处理)(?<!办结)"
    r"一起(?![^，。；、]{0,6}(?:案|事件|纠纷|事故|侵害|投诉))"
)

# --- Chinese numerals ----------------------------------------------------------------

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_CN_CHARS = "".join(_CN_DIGIT) + "".join(_CN_SMALL) + "".join(_CN_BIG)


def parse_chinese_number(s: str) -> float | None:
    """Value of a Chinese numeral (``两千`` → 2000, ``二〇二四`` → 2024), ``None`` if malformed."""
    if not s or any(c not in _CN_CHARS for c in s):
        return None
    if len(s) > 1 and all(c in _CN_DIGIT for c in s):  # digit by digit: 二〇二四
        if "两" in s:
            return None
        return float("".join(str(_CN_DIGIT[c]) for c in s))
    total = section = 0
    number: int | None = None
    prev_digit = False
    for c in s:
        if c in _CN_DIGIT:
            if prev_digit and number != 0:  # 十四五: two digits in a row (一千零五 is fine)
                return None
            number, prev_digit = _CN_DIGIT[c], True
        elif c in _CN_SMALL:
            section += (number if number else 1) * _CN_SMALL[c]
            number, prev_digit = None, False
        else:
            chunk = section + (number or 0)
            total += (chunk or 1) * _CN_BIG[c]
            section, number, prev_digit = 0, None, False
    return float(total + section + (number or 0))


def _number(s: str) -> tuple[float, bool] | None:
    """(value, written in Chinese) of an Arabic or Chinese numeral."""
    if s[0].isdigit():
        return float(s.replace(",", "")), False
    value = parse_chinese_number(s)
    return None if value is None else (value, True)


# A full-width comma used as a thousands separator (1，024) reads as ASCII ',' (same length).
_THOUSANDS_FW = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")

# --- patterns --------------------------------------------------------------------------

_A = r"(?<![\dA-Za-z.])\d+(?:,\d{3})*(?:\.\d+)?(?![\d])"
_C = f"[{_CN_CHARS}]+"
_NUM = f"(?:{_A}|{_C})"
_SEP = r" ?[-－–—~～至到] ?"  # one space at most: 6\t-33.3% are two cells of a table, not a range
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_YEAR = r"(?:(?<!\d)(?:19|20)\d{2}|[一二〇零][〇零一二三四五六七八九]{3})"

_DATE_ISO = re.compile(rf"(?<!\d)((?:19|20)\d{{2}})[-/.]({_MON})[-/.]({_DAY})(?!\d)")
_DATE_YEAR_RANGE = re.compile(rf"({_YEAR}){_SEP}({_YEAR})年(?!龄)")
# the lookahead only skips positions where no date can start (the rest of the pattern may
# match empty); without it finditer yields an empty match at every character of the text
_DATE_CN = re.compile(
    rf"(?=[\d一二三四五六七八九十〇零])(?:({_YEAR})年(?!龄|轻))?(?:(?<![\d{_CN_CHARS}])({_MON})(?:{_SEP}({_MON}))?月份?"
    rf"(?:({_DAY})[日号])?)?"
)
def slash_range_words(m) -> str:
    """``m`` matched month/day, a dash, month/day (11/22–11/23, 11/30-12/2): the range in report words
    (11月22日至23日, 11月30日至12月2日), or the match itself where a month or day is out of range."""
    mo1, d1, mo2, d2 = (int(g) for g in m.groups()[:4])
    if not (all(1 <= mo <= 12 for mo in (mo1, mo2)) and all(1 <= d <= 31 for d in (d1, d2))):
        return m[0]
    return f"{mo1}月{d1}日至" + (f"{d2}日" if mo1 == mo2 else f"{mo2}月{d2}日")


# 11.27-11.28 汀州湾市妇联…: a range of dotted month.day dates standing apart (line start, a space,
# a colon or a comma before; a space and words, a comma or the line's end after), never a decimal
# range with its unit (1.5-2.5万元, 1.5-2.5 万元)
DOTTED_RANGE = re.compile(
    r"(?:(?<=^)|(?<=[\s：:，,]))(\d{1,2})[.．](\d{1,2})\s*[–—\-~～至到]\s*(\d{1,2})[.．](\d{1,2})"
    r"(?=[ \t\u3000]+[^\d\s万千百亿元%‰倍]|[ \t]*$|[，,])",
    re.M,
)


# 11-06 回访: a line that opens on month-day with a dash and a space, then words (a range has a unit)
LINE_DASH_DATE = re.compile(r"^(\d{1,2})-(\d{2})(?=[ \t\u3000]+[\u4e00-\u9fa5])", re.M)


# 11月18日—11/20: a range written half in words, half with a slash
HALF_SLASH_RANGE = re.compile(r"(?<![\d.])(\d{1,2})月(\d{1,2})日\s*[–—\-~～至到]\s*(\d{1,2})/(\d{1,2})(?![\d/])")


def dash_date_words(m) -> str:
    """11-06 → 11月6日, or the match itself where the month or day is out of range."""
    month, day = int(m[1]), int(m[2])
    return f"{month}月{day}日" if 1 <= month <= 12 and 1 <= day <= 31 else m[0]


def dotted_range_words(m) -> str:
    """11.27-11.28 → 11月27日至28日, where the second date is not before the first."""
    mo1, d1, mo2, d2 = (int(g) for g in m.groups()[:4])
    if (mo2, d2) <= (mo1, d1):
        return m[0]
    return slash_range_words(m)


# 11/22, 11/22–11/23, 11/30-12/2 in notes: month/day with a slash, read as a date only where it
# stands apart (line start, a space or a comma before; a space, a range dash or a time of day
# after), so a fraction such as 1/3的人 stays a figure
_SLASH_MD = r"(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])"
_SLASH_BEFORE = r"(?:(?<=^)|(?<=[\s：:，,、（(]))"
_SLASH_AFTER = r"(?=$|\s|[，,。；;、（(）)]|上午|下午|晚上|周|星期|[号日])"
_DATE_SLASH_RANGE = re.compile(rf"{_SLASH_BEFORE}{_SLASH_MD}\s*[–—\-~～至到]\s*{_SLASH_MD}{_SLASH_AFTER}", re.M)
# a range written half in words, half with a slash: 11月18日—11/20
_DATE_MIXED_RANGE = re.compile(rf"(?<!\d)(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])[日号]\s*[–—\-~～至到]\s*{_SLASH_MD}(?![\d/])")
_DATE_SLASH = re.compile(rf"{_SLASH_BEFORE}{_SLASH_MD}(?![\d/]){_SLASH_AFTER}", re.M)
_DATE_MD_RANGE = re.compile(rf"(?<![\d{_CN_CHARS}])({_MON})月({_DAY})[日号]?{_SEP}({_DAY})[日号]")

_PERIODS = {"一季度": (1, 3), "二季度": (4, 6), "三季度": (7, 9), "四季度": (10, 12),
            "第一季度": (1, 3), "第二季度": (4, 6), "第三季度": (7, 9), "第四季度": (10, 12),
            "前三季度": (1, 9), "上半年": (1, 6), "下半年": (7, 12)}
_DATE_PERIOD = re.compile(
    rf"(?:({_YEAR})年)?({'|'.join(sorted(_PERIODS, key=len, reverse=True))})")

_HEDGE = r"(?:差不多|大概|大致|大约|约莫|约)有|差不多|大概|大致|约莫|将近|接近|大约|不到|不足|超过|多达|(?<![最附临靠亲将接])近|(?<![签预邀节相履合特制公条婚])约|逾|(?<![赶])超"
_PERCENT_CN = re.compile(rf"({_HEDGE})?百分之({_NUM})")
# 八成 = 80 %; not 一成不变, 九成新, 三成员 (a digit before 成 that starts another word).
_PERCENT_TENTHS = re.compile(
    rf"({_HEDGE})?(?<![{_CN_CHARS}\d])([一二两三四五六七八九])成(半)?(?![立为功员本果效长绩熟型品就交年新不了])"
    r"(以上|左右|多)?")
# 四分之三 = 75 %, 3分之1; not 百分之 (a percentage, above) nor 十分之重要 (no number after).
_FRACTION = re.compile(r"(?<![百千万])([一二两三四五六七八九十]|\d{1,2})分之([一二两三四五六七八九十]|\d{1,2})(?![\d百千万])")
_MULT_WORDS = re.compile(r"翻了?(?:一)?倍|翻了?一番|翻番|翻了?两番")
_MULT_GROW = re.compile(rf"(?:增长|增加|提高|提升|上升)了?({_NUM})倍")
_MULT_PLAIN = re.compile(rf"({_NUM})倍")

_UNITS = (
    "个百分点", "百分点", "人次", "周岁", "个月", "小时", "分钟", "公里", "公斤", "平方米",
    "%", "人", "名", "位", "户", "家", "个", "场", "次", "期", "项", "条", "所", "村", "岁",
    "天", "年", "元", "块", "亩", "斤", "吨", "件", "份", "支", "批", "组", "间", "套",
    "台", "篇", "部", "款", "类", "轮", "届", "处", "座", "张", "本", "册", "单", "笔",
    "节", "课", "门", "种", "名次", "万元", "起", "例", "宗", "封", "栋",
)
_UNIT_RE = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_PERIOD_UNITS = ("年", "个月", "天", "周", "小时")
_UNIT_NORMAL = {"名": "人", "位": "人", "块": "元", "个百分点": "百分点", "%": "%"}

# the lookahead names every character a quantity can start with (a digit, a Chinese numeral,
# the first character of a hedge or of 数/几/上十): the engine skips the rest in C
_QTY_START = rf"[\d{_CN_CHARS}差大约将接不超多近逾数几上]"
_QTY = re.compile(
    rf"(?={_QTY_START})(?P<pre>{_HEDGE})?"
    rf"(?:(?P<fz>数|几|上)(?P<fzm>十万|百万|千万|十|百|千|万|亿)(?!分之|分比|分点)"
    rf"|(?P<lo>{_NUM})(?P<lomag>万|亿|千)?{_SEP}(?P<hi>{_NUM})"
    rf"|(?P<num>{_NUM}))"
    rf"(?P<mag>万|亿|千)?(?P<suf>余|多|来|几|\+)?\s?(?P<unit>{_UNIT_RE})?(?P<post>左右|以上|上下|之多|开外)?"
)
_MAG = {"万": 10_000, "亿": 100_000_000, "千": 1000, "十": 10, "百": 100,
        "十万": 100_000, "百万": 1_000_000, "千万": 10_000_000}


def find_quantities(text: str) -> list[Quantity]:
    """Every number, quantity, percentage, date, range and multiplier in ``text``, in order."""
    t = _SET_RE.sub(lambda m: "□" * len(m.group()), _THOUSANDS_FW.sub(",", normalise_digits(text)))
    taken = [False] * len(t)
    found: list[Quantity] = []

    def claim(start: int, end: int) -> bool:
        if start >= end or any(taken[start:end]):
            return False
        taken[start:end] = [True] * (end - start)
        return True

    def add(start: int, end: int, **kw) -> None:
        if claim(start, end):
            found.append(Quantity(start=start, end=end, text=text[start:end], **kw))

    for m in _DATE_ISO.finditer(t) if ("-" in t or "/" in t or "." in t) else ():
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        add(m.start(), m.end(), **_date(y, mo, d))
    for m in _DATE_MIXED_RANGE.finditer(t) if "/" in t else ():  # 11月18日—11/20
        mo1, d1, mo2, d2 = (int(g) for g in m.groups())
        if mo1 == mo2 and d1 < d2:
            add(m.start(), m.end(), **_date(None, mo1, d1, high=d2))
        elif (mo1, d1) < (mo2, d2):
            add(m.start(), m.start(2) + len(m[2]) + 1, **_date(None, mo1, d1))
            add(m.start(3), m.end(), **_date(None, mo2, d2))
    for m in _DATE_SLASH_RANGE.finditer(t) if "/" in t else ():
        mo1, d1, mo2, d2 = (int(g) for g in m.groups())
        if mo1 == mo2 and d1 < d2:
            add(m.start(), m.end(), **_date(None, mo1, d1, high=d2))
        elif (mo1, d1) < (mo2, d2):
            add(m.start(), m.start(2) + len(m[2]), **_date(None, mo1, d1))
            add(m.start(3), m.end(), **_date(None, mo2, d2))
    for m in _DATE_SLASH.finditer(t) if "/" in t else ():
        add(m.start(), m.end(), **_date(None, int(m[1]), int(m[2])))
    for m in _DATE_YEAR_RANGE.finditer(t) if "年" in t else ():
        y1, y2 = (_int(m[1]), _int(m[2]))
        if y1 and y2 and y1 < y2:
            add(m.start(), m.end(), **_date(y1, None, None, high=y2))
    for m in _DATE_PERIOD.finditer(t) if ("季度" in t or "半年" in t) else ():  # 一季度 = 1-3月, 上半年 = 1-6月
        lo, hi = _PERIODS[m[2]]
        year = _int(m[1]) if m[1] else None
        add(m.start(), m.end(), **_date(year, lo, None, high=hi))
    for m in _DATE_MD_RANGE.finditer(t) if "月" in t else ():
        mo, d1, d2 = _int(m[1]), _int(m[2]), _int(m[3])
        if mo and d1 and d2 and d1 < d2 <= 31:
            add(m.start(), m.end(), **_date(None, mo, d1, high=d2))
    for m in _DATE_CN.finditer(t):
        if m.start() == m.end() or not (m[1] or m[2]):
            continue
        if m[2] is None and m[1] is None:
            continue
        year = _int(m[1]) if m[1] else None
        month = _int(m[2]) if m[2] else None
        hi = _int(m[3]) if m[3] else None
        day = _int(m[4]) if m[4] else None
        if month is not None and not 1 <= month <= 12:
            continue
        if hi is not None and (day is not None or not month or hi <= month or hi > 12):
            continue
        if m[1] and not m[2] and t[m.end():m.end() + 1] in ("轻", "龄"):
            continue
        add(m.start(), m.end(), **_date(year, month, day, high=hi))

    # (a pattern is run only when the text holds the characters every match of it needs)
    for m in _PERCENT_CN.finditer(t) if "百分之" in t else ():
        parsed = _number(m[2])
        if parsed:
            add(m.start(), m.end(), value=parsed[0], unit="%", kind="percent",
                approx=bool(m[1]), chinese=parsed[1])
    for m in _FRACTION.finditer(t) if "分之" in t else ():
        den, num = _number(m[1]), _number(m[2])
        if den and num and 0 < num[0] <= den[0]:
            add(m.start(), m.end(), value=round(100.0 * num[0] / den[0], 2), unit="%", kind="percent",
                chinese=den[1] or num[1])
    for m in _PERCENT_TENTHS.finditer(t) if "成" in t else ():
        value = _CN_DIGIT[m[2]] * 10.0 + (5.0 if m[3] else 0.0)
        add(m.start(), m.end(), value=value, unit="%", kind="percent",
            approx=bool(m[1] or m[4]), chinese=True)
    for rx, factor in ((_MULT_WORDS, None), (_MULT_GROW, 1.0), (_MULT_PLAIN, 0.0)):
        for m in rx.finditer(t) if ("倍" in t or "番" in t) else ():
            if factor is None:
                value = 4.0 if "两番" in m[0] else 2.0
                chinese = True
            else:
                parsed = _number(m[1])
                if not parsed:
                    continue
                value, chinese = parsed[0] + factor, parsed[1]
            add(m.start(), m.end(), value=value, unit="倍", kind="multiplier", chinese=chinese)

    for m in _QTY.finditer(t):
        q = _quantity(m)
        if q is not None:
            start, end, kw = q
            add(start, end, **kw)
    found.sort(key=lambda q: q.start)
    return found


def _int(s: str) -> int | None:
    parsed = _number(s)
    return int(parsed[0]) if parsed else None


def _date(year, month, day, *, high=None) -> dict:
    unit = "日" if day else "月" if month else "年"
    value = float((year or 0) * 10000 + (month or 0) * 100 + (day or 0))
    return {"value": value, "unit": unit, "kind": "date", "high": float(high) if high else None,
            "year": year, "month": month, "day": day}


def _quantity(m: re.Match) -> tuple[int, int, dict] | None:
    """Turn a ``_QTY`` match into (start, end, fields), or ``None`` when it is not one."""
    unit = m["unit"] or ""
    approx = bool(m["pre"] or m["suf"] or m["post"] or m["fz"])
    start, end = m.start(), m.end()
    mag = _MAG[m["mag"]] if m["mag"] else 1
    high = None
    if m["fz"]:
        step = _MAG[m["fzm"]]
        value, high, chinese = 2.0 * step, 9.0 * step, True
        if m["fz"] == "上":  # 上千: at least a thousand
            value, high = float(step), None
    elif m["lo"]:
        lo, hi = _number(m["lo"]), _number(m["hi"])
        if not lo or not hi:
            return None
        lomag = _MAG[m["lomag"]] if m["lomag"] else mag
        value, high, chinese = lo[0] * lomag, hi[0] * mag, lo[1] or hi[1]
        if high <= value:
            return None
        if chinese and not unit and not m["mag"]:
            return None
    else:
        parsed = _number(m["num"])
        if not parsed:
            return None  # a malformed Chinese numeral run (十四五)
        value, chinese = parsed[0] * mag, parsed[1]
        if chinese and not (unit or m["mag"] or approx):
            return None
        if chinese and not unit and not m["pre"] and m["suf"] not in ("余", "多"):
            return None
        if chinese and not unit and value < 10:  # 近一半, 一多: not a figure
            return None
    if unit == "万元":
        value, high, unit = value * 10_000, high * 10_000 if high else None, "元"
    unit = _UNIT_NORMAL.get(unit, unit)
    if unit == "%" or unit == "百分点":
        kind = "percent"
    elif high is not None and not m["fz"]:
        kind = "range"
    elif unit == "元":
        kind = "money"
    else:
        kind = "count"
    if m["suf"] == "+":
        approx = True
    if m["pre"] == "近" and not (m["suf"] or m["post"] or m["fz"]) and unit in _PERIOD_UNITS:
        approx = False  # 近三年, 近6个月: the last N years, a period rather than a fuzzy figure
    return start, end, {"value": value, "unit": unit, "kind": kind, "approx": approx,
                        "high": high, "chinese": chinese}


# A count said aloud in a voice transcript (七十把, 三把, 两个小时): its figure, the unit as said.
_SPOKEN_NUM = re.compile(r"(?<![第周礼拜星期\d])([零一二两三四五六七八九十百千]+)(个小时|小时|把|户|人|名|位|次|场|天|元|家|份|个|本|套|箱|袋|斤|张|所|条|棵|株|亩|件|盒|期|节|岗)")


# 六千五一个月 (6500), 一万二块 (12000): a round figure said with its next digit, before its unit
_SPOKEN_ABBREV = re.compile(r"(?<![\d零一二两三四五六七八九十百千万])([一二两三四五六七八九])(万|千)([一二两三四五六七八九])(?=(?P<unit>\s*(?:一个月|每个月|块|元|人|个|名|户|份|斤|亩))|\s*(?:$|[，,。；]))")
# 一百二十几个人 → 120余人: a count said with 几 is a count with 余
_SPOKEN_SOME = re.compile(r"(?<![第周礼拜星期\d])([一二两三四五六七八九十百千]*[十百千])几(个人|个|名|位|人)")
# 6500一个月, 一个月6500, 6500块一个月: a monthly pay said aloud → 每月6500元
_PER_MONTH = re.compile(r"(?<![\d.])(\d{3,6})(?:块钱?|元)?\s*(?:一个月|每个月)|(?:一个月|每个月)\s*(\d{3,6})(?:块钱?|元)?(?![\d.个])")


def _abbreviated(m: re.Match) -> str:
    head, mag, tail = parse_chinese_number(m[1]), {"万": 10_000, "千": 1000}[m[2]], parse_chinese_number(m[3])
    if head is None or tail is None:
        return m[0]
    if not m["unit"] and not re.search(r"(?:一个月|每个月|月薪|工资)\s*$", m.string[max(0, m.start() - 6):m.start()]):
        return m[0]  # 她个人销售一万二 (no unit said, no pay before it): left as said
    return f"{head * mag + tail * mag / 10:.10g}"


def _some(m: re.Match) -> str:
    value = parse_chinese_number(m[1])
    if value is None or value < 20:  # 十几个 stays a round phrase (十余个 in the report)
        return m[0]
    return f"{value:.10g}余{'个' if m[2] == '个' else '人'}"


def spoken_numbers(text: str) -> str:
    """Spoken counts as figures (七十把 → 70把, 两个小时 → 2小时, 一百二十几个人 → 120余人, 六千五一个月
    → 每月6500元); 一个, 一次, 一场 stay idioms."""
    text = _SPOKEN_ABBREV.sub(_abbreviated, text)
    text = _SPOKEN_SOME.sub(_some, text)
    text = _PER_MONTH.sub(lambda m: f"每月{m[1] or m[2]}元", text)

    def repl(m: re.Match) -> str:
        value = parse_chinese_number(m[1])
        if value is None or (value == 1 and m[2] in ("个", "次", "场", "天", "家", "位", "件", "期", "节")):
            return m[0]
        return f"{value:.10g}{'小时' if m[2] == '个小时' else m[2]}"
    return _SPOKEN_NUM.sub(repl, text)

"""The facts and figures a report states: numbers with units, dates, organisations."""

from __future__ import annotations

import re

_NUMBER = r"(?<![\d.．])\d+(?:[.,．]\d+)*"
_UNITS = (
    "个百分点|个月|万人次|人次|万元|亿元|千元|元|万人|人|名|位|户|家|个|项|场|次|期|批|所|支|篇|条|件|份|"
    "天|小时|周|岁|倍|平方米|亩|公里|万|亿|%|％"
)
FIGURE = re.compile(rf"{_NUMBER}\s?(?:余|多)?\s?(?:{_UNITS})|百分之[零一二三四五六七八九十百点]+")
DATE = re.compile(
    r"(?<!\d)(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|\d{1,2}月\d{1,2}[日号]|\d{1,2}月(?:份|上旬|中旬|下旬|底|初))"
)
_ORG_SUFFIXES = (
    "妇女联合会|妇联|人民政府|人民法院|人民检察院|法院|检察院|公安局|派出所|人社分局|人社局|民政局|教育局|司法局|"
    "财政局|农业农村局|卫健委|卫生健康委员会|团委|工会|残联|关工委|医院|卫生院|妇幼保健院|技工学校|学校|职教中心|"
    "中心|协会|商会|基金会|委员会|居委会|村委会|办公室|公司|合作社|工作站|服务站|驿站|大学|学院|银行"
)
_ORG_SUFFIX = re.compile(_ORG_SUFFIXES)
_ORG_STOP_CHARS = set("的在与和及同由向对为把被了是将等从到给跟并且也都就而又还让使以其之这那有各该此后前里中上下")
_ORG_STOP_WORDS = re.compile(r"联合|会同|携手|组织|协调|邀请|依托|通过|牵头|指导|推动|成立|走进|来到|发挥|加强|建立|设立|开设")
_MAX_ORG_PREFIX = 10


def _span(m: re.Match, text: str | None = None) -> dict:
    return {"text": m.group(0) if text is None else text, "start": m.start(), "end": m.end()}


def find_dates(text: str) -> list[dict]:
    return [_span(m) for m in DATE.finditer(text)]


def find_figures(text: str) -> list[dict]:
    """Numbers with a unit or percentage; dates are reported separately, not as figures."""
    dates = [(d["start"], d["end"]) for d in find_dates(text)]
    out = []
    for m in FIGURE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in dates):
            continue
        out.append(_span(m))
    return out


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def find_organisations(text: str) -> list[dict]:
    """Organisation names: a known suffix (妇联, 人社局, 中心, ...) and the place or name
    words before it, cut at function words and verbs such as 联合 or 邀请."""
    out, seen = [], set()
    for m in _ORG_SUFFIX.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < _MAX_ORG_PREFIX:
            ch = text[start - 1]
            if not _is_cjk(ch) or ch in _ORG_STOP_CHARS:
                break
            start -= 1
        prefix = text[start : m.start()]
        cut = list(_ORG_STOP_WORDS.finditer(prefix))
        if cut:
            start += cut[-1].end()
        if start == m.start():
            continue  # a bare suffix ("中心", "妇联") names no particular organisation
        name = text[start : m.end()]
        if name not in seen:
            seen.add(name)
            out.append({"text": name, "start": start, "end": m.end()})
    return out


def extract_facts(text: str) -> dict:
    """``{"figures", "dates", "organisations"}``: lists of ``{"text", "start", "end"}``."""
    return {
        "figures": find_figures(text),
        "dates": find_dates(text),
        "organisations": find_organisations(text),
    }

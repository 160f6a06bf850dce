"""Outline a report by the seed's template sections: 标题, 导语, 背景, 措施, 案例, 成效, 经验.

Sections are found from explicit headings (一、主要做法 …) where the report has them, and
otherwise from each paragraph's cue words and its position (the first body paragraph is
the lead; experience and next steps come last). A paragraph may also carry a second
section (``also``): a lead that states the results, measures that end on figures.
"""

from __future__ import annotations

import re

from retrieval.chunking import paragraph_spans

SECTIONS = {
    "title": "标题",
    "lead": "导语",
    "background": "背景",
    "measures": "措施",
    "cases": "案例",
    "results": "成效",
    "experience": "经验",
}
_BODY = ("background", "measures", "cases", "results", "experience")

# Cue words per body section, as regexes; each match adds one point.
CUES = {
    "background": r"近年来|随着|为破解|为解决|为了|针对|地处|现状|调查|难题|短板|缺口|困境|需求|问题|面临|此前|以往|过去",
    "measures": r"一是|首先|举办|开设|建立|组建|推行|实施|搭建|采取|模式|机制|措施|做法|开通|设置|联合|协调|培训|开展|组织",
    "cases": r"化名|\d+岁|她说|他说|表示|坦言|感慨|例如|比如|典型|案例|家住|某某|[\u4e00-\u9fff]某[\u4e00-\u9fff]?（|“[^”]{8,}”",
    "results": r"截至|累计|成效|惠及|带动|增收|覆盖|同比|提高|提升|下降|达到|实现|效果|满意率|\d+(?:\.\d+)?[%％]",
    "experience": r"实践表明|经验|启示|表明|关键在于|下一步|今后|将继续|将推动|将进一步|将把|计划|证明|体会|做法值得|可复制|建议",
}
# Words that open a paragraph and announce its section outright (worth three cue points).
OPENERS = {
    "background": r"此前|近年来|随着|为破解|为解决|针对",
    "results": r"截至|目前|经过|如今",
    "experience": r"经验|启示|建议|为此|下一步|实践表明|今后",
}
_OPENER_RE = {key: re.compile(rf"^(?:[^，。]{{0,6}})(?:{pattern})") for key, pattern in OPENERS.items()}
_CUE_RE = {key: re.compile(pattern) for key, pattern in CUES.items()}
HEADINGS = {
    "background": r"背景|基本情况|现状|问题",
    "measures": r"做法|措施|举措|主要工作|工作开展",
    "cases": r"案例|典型|故事",
    "results": r"成效|成果|效果",
    "experience": r"经验|启示|体会|下一步|打算|建议",
    "lead": r"导语|摘要|概况",
}
_HEADING_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、]|【)?(.{1,16}?)】?\s*[:：]?\s*$")


def _heading_section(line: str) -> str | None:
    """The section a short heading line announces, if it is a heading at all."""
    if len(line) > 20 or line.endswith(("。", "！", "？", "”")):
        return None
    m = _HEADING_LINE.match(line)
    if not m:
        return None
    for key, pattern in HEADINGS.items():
        if re.search(pattern, m.group(1)):
            return key
    return None


def _looks_like_title(line: str, n_lines: int) -> bool:
    return n_lines > 1 and len(line) <= 60 and not line.endswith(("。", "；", "！", "？"))


ALSO_MIN_CUES = 2  # distinct cue words that show a paragraph also carries a second section
# Extra evidence for a second section (not used for a paragraph's own section); any number of
# head counts is one cue.
_ALSO_EXTRA = {"results": re.compile(r"取得|录用|上岗|就业|受益|增加|减少|(?<![\d.])\d+(?:名|人|户)(?!次)")}


def also_sections(paragraph: str, main: str) -> list[str]:
    """Body sections other than ``main`` that a paragraph also carries, from its content: a
    lead that gives the results, a measures paragraph that ends on figures. A section counts
    when at least ``ALSO_MIN_CUES`` distinct cue words of it occur, or its opener starts a
    sentence of the paragraph."""
    out = []
    sentences = [x for x in re.split(r"(?<=[。！？；])", paragraph) if x.strip()]
    for key in _BODY:
        if key == main:
            continue
        cues = {m.group() for m in _CUE_RE[key].finditer(paragraph)}
        if key in _ALSO_EXTRA:
            cues |= {"<count>" if m.group()[0].isdigit() else m.group() for m in _ALSO_EXTRA[key].finditer(paragraph)}
        first = 0 if not main else 1  # a lead may open on its background (为破解……)
        opened = key in _OPENER_RE and any(_OPENER_RE[key].search(x) for x in sentences[first:])
        if len(cues) >= ALSO_MIN_CUES or opened:
            out.append(key)
    return out


def classify_paragraph(paragraph: str, position: int, n_body: int) -> str:
    """The body section a paragraph belongs to, from cue words plus a position prior."""
    scores = {key: float(len(_CUE_RE[key].findall(paragraph))) for key in _BODY}
    for key, opener in _OPENER_RE.items():
        if opener.search(paragraph):
            scores[key] += 3.0
    relative = position / max(n_body - 1, 1)
    if relative <= 0.34:
        scores["background"] += 0.5
    if position == n_body - 1 and scores["experience"] > 0:
        scores["experience"] += 1.0  # lessons and next steps close a report
    scores["measures"] += 0.25  # the main body is the fallback
    return max(_BODY, key=lambda key: (scores[key], -_BODY.index(key)))


def outline(text: str, title: str | None = None) -> list[dict]:
    """Ordered outline items ``{"section", "label", "start", "end", "excerpt"}`` over ``text``.

    ``title`` given separately (as exemplars have it) appears as a first item without
    offsets; otherwise a short first line of ``text`` is taken as the title.
    """
    items: list[dict] = []
    lines = paragraph_spans(text)
    if title:
        items.append({"section": "title", "label": SECTIONS["title"], "start": None, "end": None, "excerpt": title})
    elif lines and _looks_like_title(text[lines[0][0] : lines[0][1]], len(lines)):
        s, e = lines.pop(0)
        items.append(_item("title", text, s, e))
        # a subtitle line (——…) right under the title belongs to it
        if lines and text[lines[0][0]] in "—-" and len(text[lines[0][0] : lines[0][1]]) <= 60:
            s, e = lines.pop(0)
            items.append(_item("title", text, s, e))
    body: list[tuple[int, int, str | None]] = []  # (start, end, section fixed by a heading)
    current = None
    for s, e in lines:
        heading = _heading_section(text[s:e])
        if heading:
            current = heading
            continue
        body.append((s, e, current))
    for position, (s, e, fixed) in enumerate(body):
        if fixed:
            section = fixed
        elif position == 0:
            section = "lead"
        else:
            section = classify_paragraph(text[s:e], position, len(body))
        item = _item(section, text, s, e)
        item["also"] = also_sections(text[s:e], section if section != "lead" else "")
        items.append(item)
    return items


def _item(section: str, text: str, start: int, end: int) -> dict:
    excerpt = text[start:end]
    if len(excerpt) > 40:
        excerpt = excerpt[:40] + "…"
    return {"section": section, "label": SECTIONS[section], "start": start, "end": end, "excerpt": excerpt}


def sections_present(items: list[dict]) -> list[str]:
    """Sections the outline shows: each paragraph's own and those its content also carries."""
    present = {item["section"] for item in items} | {k for item in items for k in item.get("also", ())}
    return [key for key in SECTIONS if key in present]

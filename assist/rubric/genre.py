"""Which genre (文体) a report is, from its text, or as the user says.

The seed names four: 消息 (short news), 综合信息/经验材料, 调研报告 and 新媒体稿. Each is
judged by what it needs (``genres`` in the rubric file). Detection, in order:

1. a 电头 (本报讯, 新华社石家庄3月8日电, （记者 X）) before the lead → 消息;
2. a survey: the title says 调研报告, the subtitle names a survey (……情况调查), or the text
   reports survey findings (调查显示, 受访者, 问卷) twice or more and proposes measures
   (建议, 对策) → 调研报告;
3. new-media wording (小编, 点击关注, emoji) → 新媒体稿;
4. a short text (at most ``max_chars`` body characters, ``max_paragraphs`` paragraphs)
   with a single title (no 副标题), no section headings and no enumerated measures
   (一是……二是……) → 消息;
5. otherwise the default (经验材料).
"""

from __future__ import annotations

import re

from assist.rubric.document import Document
from models.errors import InputError

_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]|【)[^。]{1,16}$|^[^。，]{2,10}[：:]$")


_ENUMERATION = re.compile(r"[一二三四五六七八九十]是|其[一二三]是|（[一二三四五]）")


def is_heading(line: str) -> bool:
    """A section heading line: 一、主要做法 / （二）工作成效 / 【典型案例】 / 工作成效："""
    return len(line) <= 20 and not line.endswith(("。", "！", "？", "”")) and bool(_HEADING.match(line))


def resolve_genre(rubric: dict, doc: Document, requested: str | None = None) -> dict:
    """{key, name, detected, reason}: the genre assumed for ``doc``."""
    genres = rubric.get("genres")
    if not genres:
        return {"key": "jingyan", "name": "经验材料（综合信息）", "detected": False, "reason": "评分细则未区分文体"}
    keys = [k for k in genres if k != "default"]
    if requested:
        wanted = requested.strip()
        for key in keys:
            if wanted == key or wanted == genres[key]["name"] or wanted in genres[key]["aliases"]:
                return {"key": key, "name": genres[key]["name"], "detected": False, "reason": "按用户指定的文体评分"}
        names = "、".join(f"{genres[k]['name']}（{k}）" for k in keys)
        raise InputError(f"文体“{requested}”不认识；可用：{names}。", code="bad_genre")
    key, reason = _detect(genres, doc, rubric["criteria"]["lead"]["dateline_re"])
    return {"key": key, "name": genres[key]["name"], "detected": True, "reason": reason}


def dateline_match(rubric: dict, doc: Document) -> re.Match | None:
    lead = doc.lead
    if lead is None:
        return None
    return rubric["criteria"]["lead"]["dateline_re"].match(lead.text)


def _detect(genres: dict, doc: Document, dateline: re.Pattern) -> tuple[str, str]:
    body = "\n".join(p.text for p in doc.paragraphs)
    head = (doc.title.text if doc.title else "") + "\n" + body
    headings = [p.text for p in doc.paragraphs if is_heading(p.text)]
    if "xiaoxi" in genres and doc.lead is not None and dateline.match(doc.lead.text):
        return "xiaoxi", "导语前有电头（本报讯、××社×月×日电等），按消息评分"
    dy = genres.get("diaoyan")
    heading = " ".join(b.text for b in (doc.title, doc.subtitle) if b is not None)
    if dy and re.search(r"调研报告|调查报告|调研与思考|调查与思考", heading):
        return "diaoyan", "标题写明是调研报告，按调研报告评分"
    if dy and dy.get("survey_title_re") and doc.subtitle is not None and dy["survey_title_re"].search(doc.subtitle.text):
        return "diaoyan", "副标题写明是一项调查，按调研报告评分"
    if dy and dy.get("pattern_re") and len(dy["pattern_re"].findall(body)) >= dy.get("min_evidence", 1) and (
        not dy.get("heading_pattern_re") or dy["heading_pattern_re"].search(head)
    ):
        return "diaoyan", "写了调查结果（调查显示、受访者、问卷等）和对策建议，按调研报告评分"
    xm = genres.get("xinmeiti")
    if xm and xm.get("pattern_re") and len(xm["pattern_re"].findall(head)) >= 2:
        return "xinmeiti", "含“小编”“点击关注”、表情符号等新媒体用语，按新媒体稿评分"
    xx = genres.get("xiaoxi")
    enumerated = _ENUMERATION.search(body)
    if xx and doc.subtitle is None and not headings and not enumerated and doc.body_chars <= xx.get("max_chars", 0) and len(doc.paragraphs) <= xx.get("max_paragraphs", 0):
        return "xiaoxi", f"篇幅短（正文 {doc.body_chars} 字、{len(doc.paragraphs)} 段）且没有小标题，按消息评分"
    default = genres["default"]
    if xx and not headings and doc.body_chars <= xx.get("max_chars", 0):
        why = f"正文分条写做法（“{enumerated.group()}”）" if enumerated else "有“主标题+副标题”"
        return default, f"{why}，按{genres[default]['name']}评分"
    return default, f"篇幅较长或分部分写作，按{genres[default]['name']}评分"


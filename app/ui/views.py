"""Turns API answers into what the UI components show (pure functions, tested without a browser)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

# the privacy package's one table of entity types and passage kinds (a plain module: imports nothing heavy)
from privacy import entity_types as _types

ENTITY_LABELS = _types.entity_labels()
MINOR_SUFFIX = "（未成年人）"
MINOR_LABEL = _types.label_of("PERSON", minor=True)
SENSITIVE_LABEL = _types.SENSITIVE_LABEL
SENSITIVE_KINDS = _types.kind_labels()
STYLE_NAMES = {"chinese": "中文习惯（张某某）", "placeholder": "编号占位（[人名1]）", "redact": "■遮盖"}
DECISION_NAMES = {"release": "脱敏后发布", "withhold": "不予发布"}
ACTOR_NAMES = {"local": "本机用户"}  # single-user mode's actor
ROLE_NAMES = {"officer": "信息员", "reviewer": "审核人", "trainer": "培训者", "admin": "管理员"}
BEIJING = timezone(timedelta(hours=8))

_FALLBACK_CRITERIA = {
    "title": "标题",
    "lead": "导语",
    "five_w_one_h": "新闻要素",
    "specificity": "具体性",
    "data_support": "数据支撑",
    "focus": "主题集中",
    "redundancy": "简洁",
    "structure": "结构",
    "timeliness": "时效性",
    "privacy": "隐私保护",
    "fidelity": "忠实原始材料",
}
_RUBRIC = Path(__file__).resolve().parents[2] / "assist" / "data" / "rubric.yaml"


@lru_cache(maxsize=1)
def criterion_labels() -> dict[str, str]:
    """Criterion key → Chinese name, from the rubric data file (the names a trainer edits there)."""
    labels = dict(_FALLBACK_CRITERIA)
    try:
        import yaml

        data = yaml.safe_load(_RUBRIC.read_text(encoding="utf-8")) or {}
        for key, c in (data.get("criteria") or {}).items():
            if isinstance(c, dict) and c.get("name"):
                labels[key] = str(c["name"])
    except (OSError, ValueError, ImportError):  # the fallback names are good enough
        pass
    return labels


AUTO_GENRE = "自动识别"


def genre_choices() -> list[str]:
    """What the score tab offers: automatic detection, then each genre's Chinese name from the rubric file
    (the API accepts the names as they are)."""
    names: list[str] = []
    try:
        import yaml

        data = yaml.safe_load(_RUBRIC.read_text(encoding="utf-8")) or {}
        names = [str(g["name"]) for k, g in (data.get("genres") or {}).items() if isinstance(g, dict) and g.get("name")]
    except (OSError, ValueError, ImportError):  # detection alone still works
        pass
    return [AUTO_GENRE, *names]


def genre_markdown(result: dict | None) -> str:
    """Which genre the score assumed and why (detected from the text, or as the user chose)."""
    genre = (result or {}).get("genre") or {}
    if not genre.get("name"):
        return ""
    how = "自动识别" if genre.get("detected") else "按指定"
    reason = f"：{genre['reason']}" if genre.get("reason") else ""
    return f"文体：**{genre['name']}**（{how}{reason}）"


def criterion_label(key: str) -> str:
    return criterion_labels().get(key, "其他评分项")


def chinese_keys(text: str) -> str:
    """Replace criterion keys (``title``, ``five_w_one_h`` …) that a message quotes by their Chinese names."""
    labels = criterion_labels()
    pattern = re.compile(r"(?<![A-Za-z_])(" + "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
                         + r")(?![A-Za-z_])")
    return pattern.sub(lambda m: labels[m.group(1)], text)


def for_web(message: str) -> str:
    """A scorer message as a web user reads it: no hint to run a command-line tool."""
    message = re.sub(r"[，,；;]?\s*(?:完整检查)?(?:请|可)?(?:用|运行|使用)\s*`?fulian\s+mask`?\s*(?:一键)?脱敏",
                     "，可在“隐私审查”页一键脱敏", message)
    message = re.sub(r"[，,；;]?\s*(?:完整检查)?(?:请|可)?(?:用|运行|使用)\s*`?fulian\s+scan`?",
                     "，完整检查请用“隐私审查”页", message)
    return chinese_keys(re.sub(r"`?fulian\s+[a-z]+`?", "“隐私审查”页", message))


def is_chinese(text: str, min_share: float = 0.3) -> bool:
    """Whether the letters of ``text`` are mostly Chinese characters (notes in English are not drafted)."""
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return han > 0 and han >= min_share * (han + latin / 4)


def beijing_time(iso: str) -> str:
    """An ISO time (UTC when it has no offset) as Beijing time, to the minute."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return str(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")

STYLE_CHOICES = [("姓名改为“张某某”等（中文习惯）", "chinese"), ("编号占位，如 [人名1]（同一文档内一致）", "placeholder"),
                 ("等长■遮盖", "redact")]

POLISH_OPERATIONS = [("删繁就简", "trim"), ("空话套话提示", "empty_phrases"), ("标题建议", "titles")]
CHANNELS = ["上报信息稿", "微信公众号", "微博"]

COLOR_MAP = _types.colors()


CAPABILITY_LABELS = {"scanner": "隐私审查", "scorer": "质量评分", "library": "范文检索", "generator": "文本生成",
                     "drafter": "起草", "polisher": "润色"}


def status_markdown(health: dict) -> str:
    """One line on the service: single-user or keyed, and which functions are unavailable."""
    mode = "单用户模式（无需密钥）" if health.get("single_user") else "需要 API 密钥"
    down = [CAPABILITY_LABELS.get(n, n) for n, c in health.get("capabilities", {}).items() if c.get("status") != "ready"]
    line = f"服务：{'正常' if health.get('status') == 'ok' else '部分功能不可用'}；{mode}"
    return line + (f"；暂不可用：{'、'.join(down)}" if down else "")


def entity_label(entity: dict) -> str:
    return _types.label_of(str(entity.get("type", "")), bool(entity.get("minor")))


def _kind_names(kinds) -> list[str]:
    order = list(SENSITIVE_KINDS)
    ranked = sorted(set(kinds), key=lambda k: order.index(k) if k in order else len(order))
    return list(dict.fromkeys(_types.kind_label(k) for k in ranked))


def sensitive_label(kinds) -> str:
    return f"{SENSITIVE_LABEL}：{'、'.join(_kind_names(kinds))}"


def highlighted(text: str, entities: list[dict], sensitive: list[dict] | None = None) -> dict:
    """HighlightedText value: entities by type (minors apart); a sensitive passage's other characters
    carry its kinds, so that a passage that holds a name shows both the name and the passage."""
    marks: list[str | None] = [None] * len(text)
    for s in sensitive or []:
        for i in range(max(0, s["start"]), min(len(text), s["end"])):
            marks[i] = (marks[i] or "") + "|" + str(s.get("kind", ""))
    labels: list[str | None] = [None if m is None else sensitive_label(filter(None, m.split("|"))) for m in marks]
    spans = []
    taken = [False] * len(text)
    for e in sorted(entities, key=lambda e: (e["start"], -(e["end"] - e["start"]))):
        if any(taken[e["start"]:e["end"]]):
            continue  # the component cannot draw overlaps
        for i in range(e["start"], e["end"]):
            taken[i] = True
        spans.append((e["start"], e["end"], entity_label(e)))
    start = None
    for i in range(len(text) + 1):
        label = labels[i] if i < len(text) and not taken[i] else None
        if start is not None and (label != labels[start]):
            spans.append((start, i, labels[start]))
            start = None
        if label is not None and start is None:
            start = i
    spans.sort()
    return {"text": text, "entities": [{"entity": label, "start": a, "end": b} for a, b, label in spans]}


def color_map(value: dict) -> dict[str, str]:
    """Colours of the labels in ``value`` only (the legend lists what was found); sensitive passages grey."""
    return {e["entity"]: COLOR_MAP.get(e["entity"], "#adb5bd") for e in value.get("entities", [])}


def confidence(score: float) -> str:
    """A reviewer reads 高/中 rather than a raw model score; low scores are still findings."""
    return "高" if score >= 0.85 else "中"


def entity_table(entities: list[dict]) -> list[list[Any]]:
    """Rows for the findings table: type, text, minor, confidence (高/中); no offsets."""
    return [[entity_label(e), e.get("text", ""), "是" if e.get("minor") else "", confidence(float(e.get("score", 0.0)))]
            for e in entities]


def counts_markdown(entities: list[dict], sensitive: list[dict], public: list[dict] | None = None) -> str:
    if not entities and not sensitive:
        text = "未发现个人信息或敏感段落。"
        return text + ("\n\n" + _public_line(public) if public else "")
    counts: dict[str, int] = {}
    for e in entities:
        if e.get("type") == "PERSON" and e.get("minor"):
            continue  # counted on their own line
        counts[entity_label(e)] = counts.get(entity_label(e), 0) + 1
    parts = [f"{label} {n} 处" for label, n in counts.items()]
    minors = sum(1 for e in entities if e.get("minor"))
    lines = ["**发现：** " + "，".join(parts) if parts else "**发现：** 无成年人个人信息"]
    if minors:
        lines.append(f"**未成年人：** {minors} 处，发布前必须隐去。")
    if sensitive:
        kinds = "、".join(_kind_names(str(s.get("kind")) for s in sensitive))
        passages = len({(s["start"], s["end"]) for s in sensitive})
        lines.append(f"**敏感段落：** {passages} 处（{kinds}），已在左侧标出，请慎重处理。")
    if public:
        lines.append(_public_line(public))
    return "\n\n".join(lines)


def _public_line(public: list[dict]) -> str:
    """The names read as public figures, theories or idioms: shown so the reviewer can disagree (and add
    one to the terms to mask), not counted as personal information."""
    names = "、".join(dict.fromkeys(str(m.get("text", "")) for m in public))
    return f"**未作为个人信息：** {names}（历史或公众人物、理论或典故中的人名，不遮盖；如需遮盖请加入补充遮盖内容）"


def _counts(d: dict) -> str:
    return "，".join(f"{_types.label_of(k)} {v}" for k, v in d.items()) or "无"


def _minors(record: dict) -> str:
    return f"（含未成年人 {record['minors']}）" if record.get("minors") else ""


def audit_markdown(record: dict) -> str:
    decision = DECISION_NAMES.get(record["decision"], "其他")
    return (
        f"**审计记录 #{record['id']}**：{decision}\n\n"
        f"- 审核人：{ACTOR_NAMES.get(record['actor'], record['actor'])}（{ROLE_NAMES.get(record['role'], '其他角色')}）\n"
        f"- 时间：{beijing_time(record['created_at'])}（北京时间，UTC+8）\n"
        f"- 文档：{record['document_chars']} 字（只记录摘要，不保存原文）\n"
        f"- 发现：{_counts(record['found'])}{_minors(record)}\n- 已脱敏：{_counts(record['masked'])}\n"
        f"- 脱敏方式：{STYLE_NAMES.get(record['style'], '其他')}"
    )


AUDIT_HEADERS = ["编号", "时间（北京时间 UTC+8）", "审核人", "决定", "发现", "已脱敏", "脱敏方式"]


def audit_rows(records: list[dict]) -> list[list[Any]]:
    return [[r["id"], beijing_time(r["created_at"]), ACTOR_NAMES.get(r["actor"], r["actor"]),
             DECISION_NAMES.get(r["decision"], "其他"), _counts(r["found"]) + _minors(r), _counts(r["masked"]),
             STYLE_NAMES.get(r["style"], "其他")] for r in records]


def criteria_rows(result: dict) -> list[list[Any]]:
    rows = []
    for key, c in result.get("criteria", {}).items():
        label = c.get("name") or criterion_label(key)
        rows.append([label, round(float(c.get("score", 0)), 1), len(c.get("findings", []))])
    return rows


def total_markdown(result: dict | None) -> str:
    """The total as a line; nothing before a score exists (never a 0 that nobody computed)."""
    if not result or result.get("total") is None:
        return ""
    genre = genre_markdown(result)
    return f"### 总分：{float(result['total']):.1f}" + (f"\n\n{genre}" if genre else "")


def findings_markdown(result: dict, text: str = "") -> str:
    lines = []
    for key, c in result.get("criteria", {}).items():
        for f in c.get("findings", []):
            where = ""
            if text and f.get("start") is not None and f.get("end") is not None and text[f["start"]:f["end"]].strip():
                where = f"（原文：“{text[f['start']:f['end']][:40]}”）"
            line = f"- **{c.get('name') or criterion_label(key)}**：{for_web(f.get('message', ''))}{where}"
            if f.get("suggestion"):
                line += f"\n  - 建议：{for_web(f['suggestion'])}"
            lines.append(line)
    return "\n".join(lines) or "没有发现问题。"


def unsupported_markdown(items: list[dict]) -> str:
    """Each unsupported claim with its Chinese reason (the ``kind`` code is for programs, not people)."""
    if not items:
        return "没有发现素材不支持的内容。"
    return "\n".join(f"- “{u.get('text', '')}”" + (f"：{u['reason']}" if u.get("reason") else "") for u in items)


def draft_notes_markdown(result: dict, unsupported: bool = True) -> str:
    """What the officer should check or add after drafting (``unsupported=False`` where the score lists them)."""
    lines = ["### 素材不支持的内容", unsupported_markdown(result.get("unsupported", []))] if unsupported else []
    if result.get("missing_sections"):
        lines += ["", "### 缺少的部分", "、".join(map(str, result["missing_sections"]))]
    if result.get("questions"):
        lines += ["", "### 请补充素材"] + [f"- {q}" for q in result["questions"]]
    others = [t for t in result.get("titles", []) if isinstance(t, str) and t != result.get("title")]
    if others:
        lines += ["", "### 其他标题"] + [f"- {t}" for t in others]
    if result.get("fallback_reason"):
        lines += ["", f"> {result['fallback_reason']}"]
    return "\n".join(lines)


def titles_markdown(titles: list) -> str:
    items = [t if isinstance(t, str) else t.get("text") or t.get("title", "") for t in titles]
    return "### 标题建议\n" + "\n".join(f"- {t}" for t in items if t) if any(items) else ""


def polish_report(result: dict) -> str:
    lines = ["### 修改说明"]
    lines += [f"- {c}" for c in result.get("changes") or [] if isinstance(c, str)]
    for f in result.get("findings", []):
        if isinstance(f, dict):
            quote = f"“{f['text']}”：" if f.get("text") else ""
            lines.append(f"- {quote}{f.get('message', '')}" + (f"\n  - 建议：{f['suggestion']}" if f.get("suggestion") else ""))
        else:
            lines.append(f"- {f}")
    removed = result.get("removed") or []
    if removed:
        lines.append(f"- 删去冗余内容 {len(removed)} 处")
    if len(lines) == 1:
        lines.append("- 没有发现需要修改的地方。")
    if result.get("fallback_reason"):
        lines.append(f"\n> {result['fallback_reason']}")
    lines += ["", "### 素材不支持的内容", unsupported_markdown(result.get("unsupported", []))]
    return "\n".join(lines)


def search_rows(result: dict) -> list[list[Any]]:
    return [[r.get("id", ""), r.get("title", ""), round(float(r.get("score", 0)), 3), r.get("award", "") or "—"]
            for r in result.get("results", [])]


SEARCH_HEADERS = ["编号", "标题", "得分", "奖项"]


def _mark(value: Any) -> str:
    if isinstance(value, bool):
        return "✓" if value else "—"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def comparison_markdown(result: dict) -> str:
    """The comparison as tables: rubric scores side by side, sections present, then advice."""
    lines = []
    title = result.get("exemplar_title") or (result.get("exemplar") or {}).get("title")
    if title:
        lines.append(f"### 对照范文：{title}")
    rubric = result.get("rubric") or {}
    if rubric.get("criteria"):
        total = rubric.get("total") or {}
        lines += ["", "| 评分项 | 草稿 | 范文 | 差距 |", "|---|---|---|---|"]
        if total:
            lines.append(f"| **总分** | {_mark(total.get('draft'))} | {_mark(total.get('exemplar'))} | "
                         f"{_mark(total.get('gap'))} |")
        for key, c in rubric["criteria"].items():
            lines.append(f"| {criterion_label(key)} | {_mark(c.get('draft'))} | {_mark(c.get('exemplar'))} | "
                         f"{_mark(c.get('gap'))} |")
    sections = result.get("sections") or []
    if sections:
        lines += ["", "| 结构 | 草稿 | 范文 |", "|---|---|---|"]
        lines += [f"| {s.get('label') or '其他'} | {_mark(s.get('draft'))} | {_mark(s.get('exemplar'))} |"
                  for s in sections]
    advice = result.get("advice") or []
    if advice:
        lines += ["", "### 修改建议"] + [f"- {chinese_keys(str(a))}" for a in advice]
    return "\n".join(lines) or "（无对比结果）"


def exemplar_text(result: dict) -> str:
    """The exemplar's full text under its title."""
    exemplar = result.get("exemplar")
    if not isinstance(exemplar, dict):
        return ""
    title = exemplar.get("title") or result.get("exemplar_title") or ""
    return (f"{title}\n\n" if title else "") + exemplar.get("text", "")

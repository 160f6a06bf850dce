"""Turns API answers into what the UI components show (pure functions, tested without a browser)."""

from __future__ import annotations

from typing import Any

ENTITY_LABELS = {
    "PERSON": "姓名",
    "CN_ID_CARD": "身份证号",
    "PHONE_NUMBER": "电话",
    "CN_BANK_CARD": "银行卡号",
    "EMAIL_ADDRESS": "电子邮箱",
    "ADDRESS": "地址",
    "WECHAT_ID": "微信号",
    "QQ_NUMBER": "QQ号",
}
MINOR_SUFFIX = "（未成年人）"
SENSITIVE_LABEL = "敏感经历"

CRITERION_LABELS = {
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
    "fidelity": "忠实于素材",
}

STYLE_CHOICES = [("姓名改为“张某某”等（中文习惯）", "chinese"), ("编号占位，如 [人名1]（同一文档内一致）", "placeholder"),
                 ("等长■遮盖", "redact")]

POLISH_OPERATIONS = [("删繁就简", "trim"), ("空话套话提示", "empty_phrases"), ("标题建议", "titles")]
CHANNELS = ["上报信息稿", "微信公众号", "微博"]

COLOR_MAP = {
    "姓名": "#f4a261",
    "姓名" + MINOR_SUFFIX: "#e63946",
    "电话": "#2a9d8f",
    "身份证号": "#9b5de5",
    "银行卡号": "#577590",
    "电子邮箱": "#43aa8b",
    "地址": "#f9c74f",
    "微信号": "#90be6d",
    "QQ号": "#4d908e",
    SENSITIVE_LABEL: "#adb5bd",
}


CAPABILITY_LABELS = {"scanner": "隐私审查", "scorer": "质量评分", "library": "范文检索", "generator": "文本生成",
                     "drafter": "起草", "polisher": "润色"}


def status_markdown(health: dict) -> str:
    """One line on the service: single-user or keyed, and which functions are unavailable."""
    mode = "单用户模式（无需密钥）" if health.get("single_user") else "需要 API 密钥"
    down = [CAPABILITY_LABELS.get(n, n) for n, c in health.get("capabilities", {}).items() if c.get("status") != "ready"]
    line = f"服务：{'正常' if health.get('status') == 'ok' else '部分功能不可用'}；{mode}"
    return line + (f"；暂不可用：{'、'.join(down)}" if down else "")


def entity_label(entity: dict) -> str:
    label = ENTITY_LABELS.get(entity.get("type", ""), entity.get("type", "其他"))
    return label + MINOR_SUFFIX if entity.get("minor") else label


def highlighted(text: str, entities: list[dict], sensitive: list[dict] | None = None) -> dict:
    """HighlightedText value: entities by type (minors marked), sensitive passages where no entity is."""
    spans = [(e["start"], e["end"], entity_label(e)) for e in entities]
    taken = sorted(spans)
    for s in sensitive or []:
        if not any(a < s["end"] and s["start"] < b for a, b, _ in taken):
            spans.append((s["start"], s["end"], SENSITIVE_LABEL))
    spans.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    chosen: list[tuple[int, int, str]] = []
    for start, end, label in spans:  # drop overlaps: the component cannot draw them
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end, label))
    return {"text": text, "entities": [{"entity": label, "start": a, "end": b} for a, b, label in chosen]}


def entity_table(entities: list[dict]) -> list[list[Any]]:
    """Rows for the findings table: type, text, position, minor."""
    return [[entity_label(e), e.get("text", ""), f"{e['start']}–{e['end']}", "是" if e.get("minor") else "",
             round(float(e.get("score", 0.0)), 2)] for e in entities]


def counts_markdown(entities: list[dict], sensitive: list[dict]) -> str:
    if not entities and not sensitive:
        return "未发现个人信息或敏感段落。"
    counts: dict[str, int] = {}
    for e in entities:
        counts[entity_label(e)] = counts.get(entity_label(e), 0) + 1
    parts = [f"{label} {n} 处" for label, n in counts.items()]
    minors = sum(1 for e in entities if e.get("minor"))
    lines = ["**发现：** " + "，".join(parts) if parts else "**发现：** 无个人信息"]
    if minors:
        lines.append(f"**未成年人：** {minors} 处，发布前必须隐去。")
    if sensitive:
        kinds = "、".join(sorted({str(s.get("kind", "")) for s in sensitive}))
        lines.append(f"**敏感段落：** {len(sensitive)} 处（{kinds}），请慎重处理。")
    return "\n\n".join(lines)


def audit_markdown(record: dict) -> str:
    found = "，".join(f"{ENTITY_LABELS.get(k, k)} {v}" for k, v in record["found"].items()) or "无"
    masked = "，".join(f"{ENTITY_LABELS.get(k, k)} {v}" for k, v in record["masked"].items()) or "无"
    decision = "脱敏后发布" if record["decision"] == "release" else "不予发布"
    return (
        f"**审计记录 #{record['id']}**：{decision}\n\n"
        f"- 审核人：{record['actor']}（{record['role']}）\n- 时间：{record['created_at']}\n"
        f"- 文档摘要（SHA-256）：`{record['document_sha256'][:16]}…`，{record['document_chars']} 字\n"
        f"- 发现：{found}\n- 已脱敏：{masked}\n- 脱敏方式：{record['style']}"
    )


def criteria_rows(result: dict) -> list[list[Any]]:
    rows = []
    for key, c in result.get("criteria", {}).items():
        label = c.get("name") or CRITERION_LABELS.get(key, key)
        rows.append([label, round(float(c.get("score", 0)), 1), len(c.get("findings", []))])
    return rows


def findings_markdown(result: dict, text: str = "") -> str:
    lines = []
    for key, c in result.get("criteria", {}).items():
        for f in c.get("findings", []):
            where = ""
            if text and f.get("start") is not None and f.get("end") is not None:
                where = f"（原文：“{text[f['start']:f['end']][:40]}”）"
            line = f"- **{c.get('name') or CRITERION_LABELS.get(key, key)}**：{f.get('message', '')}{where}"
            if f.get("suggestion"):
                line += f"\n  - 建议：{f['suggestion']}"
            lines.append(line)
    return "\n".join(lines) or "没有发现问题。"


def unsupported_markdown(items: list[dict]) -> str:
    if not items:
        return "没有发现素材不支持的内容。"
    return "\n".join(f"- “{u.get('text', '')}”" + (f"（{u['kind']}）" if u.get("kind") else "") for u in items)


def draft_notes_markdown(result: dict) -> str:
    """What the officer should check or add after drafting."""
    lines = ["### 素材不支持的内容", unsupported_markdown(result.get("unsupported", []))]
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
    return [[r.get("id", ""), r.get("title", ""), round(float(r.get("score", 0)), 3), r.get("category", ""),
             r.get("award", "")] for r in result.get("results", [])]


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
            lines.append(f"| {CRITERION_LABELS.get(key, key)} | {_mark(c.get('draft'))} | {_mark(c.get('exemplar'))} | "
                         f"{_mark(c.get('gap'))} |")
    sections = result.get("sections") or []
    if sections:
        lines += ["", "| 结构 | 草稿 | 范文 |", "|---|---|---|"]
        lines += [f"| {s.get('label', s.get('key'))} | {_mark(s.get('draft'))} | {_mark(s.get('exemplar'))} |"
                  for s in sections]
    advice = result.get("advice") or []
    if advice:
        lines += ["", "### 修改建议"] + [f"- {a}" for a in advice]
    return "\n".join(lines) or "（无对比结果）"


def exemplar_text(result: dict) -> str:
    exemplar = result.get("exemplar")
    return exemplar.get("text", "") if isinstance(exemplar, dict) else ""

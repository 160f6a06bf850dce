"""The Chinese web UI (Gradio Blocks). Every action is an HTTP call to the API via ``ApiClient``."""

from __future__ import annotations

import contextlib
import tempfile
import time
from datetime import date
from pathlib import Path

import gradio as gr

from app.ui import views
from app.ui.client import ApiClient, ApiError

_DOWNLOADS = Path(tempfile.gettempdir()) / "fulian-ui"
KEEP_FILES_S = 3600  # generated documents may hold personal data: kept one hour at most


def _call(fn, *args, **kwargs):
    """Run an API call; show its Chinese error message in the UI."""
    try:
        return fn(*args, **kwargs)
    except ApiError as exc:
        raise gr.Error(exc.message) from None


def _need(text: str | None, what: str) -> str:
    if not text or not text.strip():
        raise gr.Error(f"请先输入{what}。")
    return text


def _save_docx(data: bytes, stem: str) -> str:
    _DOWNLOADS.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - KEEP_FILES_S
    for old in _DOWNLOADS.glob("*.docx"):
        with contextlib.suppress(OSError):
            if old.stat().st_mtime < cutoff:
                old.unlink()
    with tempfile.NamedTemporaryFile(dir=_DOWNLOADS, prefix=stem + "-", suffix=".docx", delete=False) as fh:
        fh.write(data)
    return fh.name


def _read_upload(api: ApiClient, path: str | None, key: str) -> str:
    if not path:
        return ""
    p = Path(path)
    if p.suffix.lower() == ".docx":
        return _call(api.docx_text, p.read_bytes(), p.name, key=key)
    try:
        return p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise gr.Error("文件不是 UTF-8 文本；请上传 .docx 或 UTF-8 编码的 .txt。") from None


def _draft_tab(api: ApiClient, key: gr.Textbox) -> None:
    with gr.Row():
        with gr.Column():
            notes = gr.Textbox(label="素材 / 笔记", lines=12, placeholder="粘贴活动素材、笔记或采访记录……")
            upload = gr.File(label="或上传 .docx / .txt", file_types=[".docx", ".txt"], type="filepath")
            go = gr.Button("起草", variant="primary")
        with gr.Column():
            title = gr.Textbox(label="主标题")
            subtitle = gr.Textbox(label="副标题")
            body = gr.Textbox(label="正文", lines=14)
            download = gr.DownloadButton("下载 .docx", visible=False)
    with gr.Row():
        total = gr.Number(label="总分", precision=1)
        criteria = gr.Dataframe(headers=["评分项", "得分", "问题数"], label="质量评分", interactive=False)
    with gr.Row():
        unsupported = gr.Markdown()
        privacy = gr.HighlightedText(label="隐私提示", color_map=views.COLOR_MAP, show_legend=True)

    upload.upload(lambda p, k: _read_upload(api, p, k), [upload, key], notes, api_name="read_notes")

    def run(notes_text, k, progress=gr.Progress()):
        _need(notes_text, "素材")
        progress(0.1, desc="起草中……")
        result = _call(api.draft, notes_text, key=k)
        full = "\n".join(p for p in (result["title"], result.get("subtitle"), result["text"]) if p)
        scored = result.get("score")
        if not isinstance(scored, dict) or "total" not in scored:
            progress(0.5, desc="评分中……")
            scored = _call(api.score, full, notes=notes_text, key=k)
        found = result.get("privacy") if isinstance(result.get("privacy"), dict) else None
        if not found or "entities" not in found:
            progress(0.8, desc="隐私检查……")
            found = _call(api.scan, result["text"], key=k)
        entities = [e for e in found["entities"] if e.get("field", "text") == "text"]
        sensitive = [s for s in found.get("sensitive", []) if s.get("field", "text") == "text"]
        data = _call(api.docx_render, result["title"], result["text"], result.get("subtitle"), key=k)
        progress(1.0)
        return (result["title"], result.get("subtitle") or "", result["text"], scored["total"],
                views.criteria_rows(scored), views.draft_notes_markdown(result),
                views.highlighted(result["text"], entities, sensitive),
                gr.DownloadButton(value=_save_docx(data, "draft"), visible=True))

    go.click(run, [notes, key], [title, subtitle, body, total, criteria, unsupported, privacy, download],
             api_name="draft")


def _polish_tab(api: ApiClient, key: gr.Textbox) -> None:
    with gr.Row():
        with gr.Column():
            text = gr.Textbox(label="待润色的稿件", lines=14)
            operations = gr.CheckboxGroup(views.POLISH_OPERATIONS, value=["trim", "empty_phrases", "titles"],
                                          label="润色内容")
            channel = gr.Dropdown([("（不改写）", "")] + [(c, c) for c in views.CHANNELS], value="",
                                  label="按渠道改写（可选）")
            go = gr.Button("润色", variant="primary")
        with gr.Column():
            out = gr.Textbox(label="润色结果", lines=14)
            titles = gr.Markdown()
            download = gr.DownloadButton("下载 .docx", visible=False)
    findings = gr.Markdown()

    def run(draft, ops, chan, k, progress=gr.Progress()):
        _need(draft, "稿件")
        ops = [o for o in ops if o != "channel"] + (["channel"] if chan else [])
        progress(0.2, desc="润色中……")
        result = _call(api.polish, draft, channel=chan or None, operations=ops, key=k)
        data = _call(api.docx_render, "", result["text"], key=k)
        return (result["text"], views.titles_markdown(result.get("titles", [])), views.polish_report(result),
                gr.DownloadButton(value=_save_docx(data, "polished"), visible=True))

    go.click(run, [text, operations, channel, key], [out, titles, findings, download], api_name="polish")


def _privacy_tab(api: ApiClient, key: gr.Textbox) -> None:
    with gr.Row():
        with gr.Column():
            text = gr.Textbox(label="待审查的文本", lines=12, elem_id="privacy-input",
                              placeholder="粘贴拟发布的稿件……")
            upload = gr.File(label="或上传 .docx / .txt", file_types=[".docx", ".txt"], type="filepath")
            style = gr.Radio(views.STYLE_CHOICES, value="chinese", label="脱敏方式")
            with gr.Row():
                scan = gr.Button("扫描", variant="primary", elem_id="privacy-scan")
                preview = gr.Button("脱敏预览")
        with gr.Column():
            marked = gr.HighlightedText(label="发现的个人信息（按类型标注，未成年人单独标出）", elem_id="privacy-findings",
                                        color_map=views.COLOR_MAP, show_legend=True, combine_adjacent=False)
            summary = gr.Markdown()
            table = gr.Dataframe(headers=["类型", "内容", "位置", "未成年人", "置信度"], label="明细", interactive=False)
    masked = gr.Textbox(label="脱敏后文本", lines=8)
    with gr.Row():
        release = gr.Button("脱敏并发布", variant="primary")
        withhold = gr.Button("不予发布", variant="stop")
        download = gr.DownloadButton("下载脱敏稿 .docx", visible=False)
    record = gr.Markdown()

    upload.upload(lambda p, k: _read_upload(api, p, k), [upload, key], text, api_name="read_document")

    def run_scan(doc, k, progress=gr.Progress()):
        _need(doc, "文本")
        progress(0.3, desc="扫描中……")
        found = _call(api.scan, doc, key=k)
        return (views.highlighted(doc, found["entities"], found.get("sensitive")),
                views.counts_markdown(found["entities"], found.get("sensitive", [])),
                views.entity_table(found["entities"]))

    def run_preview(doc, chosen, k):
        return _call(api.mask, _need(doc, "文本"), chosen, key=k)["text"]

    def decide(decision):
        def run(doc, chosen, k, progress=gr.Progress()):
            _need(doc, "文本")
            progress(0.3, desc="记录审核结果……")
            result = _call(api.release, doc, chosen, decision, key=k)
            button = gr.DownloadButton(visible=False)
            if result["text"] is not None:
                data = _call(api.docx_render, "", result["text"], key=k)
                button = gr.DownloadButton(value=_save_docx(data, "released"), visible=True)
            return result["text"] or "", views.audit_markdown(result["audit"]), button

        return run

    scan.click(run_scan, [text, key], [marked, summary, table], api_name="scan")
    preview.click(run_preview, [text, style, key], masked, api_name="mask")
    release.click(decide("release"), [text, style, key], [masked, record, download], api_name="release")
    withhold.click(decide("withhold"), [text, style, key], [masked, record, download], api_name="withhold")


def _score_tab(api: ApiClient, key: gr.Textbox) -> None:
    with gr.Row():
        with gr.Column():
            text = gr.Textbox(label="稿件", lines=12)
            notes = gr.Textbox(label="原始素材（可选，用于核对事实）", lines=5)
            ref = gr.Textbox(label="参照日期（可选，YYYY-MM-DD）", value=lambda: date.today().isoformat())
            go = gr.Button("评分", variant="primary")
        with gr.Column():
            total = gr.Number(label="总分", precision=1)
            criteria = gr.Dataframe(headers=["评分项", "得分", "问题数"], label="逐项得分", interactive=False)
    findings = gr.Markdown()

    def run(draft, notes_text, ref_date, k, progress=gr.Progress()):
        _need(draft, "稿件")
        progress(0.3, desc="评分中……")
        result = _call(api.score, draft, notes=notes_text or None, reference_date=(ref_date or "").strip() or None,
                       key=k)
        report = "### 问题与建议\n" + views.findings_markdown(result, draft)
        if notes_text:
            report += "\n\n### 素材不支持的内容\n" + views.unsupported_markdown(result.get("unsupported", []))
        return result["total"], views.criteria_rows(result), report

    go.click(run, [text, notes, ref, key], [total, criteria, findings], api_name="score")


def _compare_tab(api: ApiClient, key: gr.Textbox) -> None:
    with gr.Row():
        with gr.Column():
            text = gr.Textbox(label="稿件或检索词", lines=10)
            with gr.Row():
                k_slider = gr.Slider(1, 20, value=5, step=1, label="范文数")
                mode = gr.Radio([("语义", "dense"), ("混合", "hybrid"), ("关键词", "lexical")], value="dense",
                                label="检索方式")
            go = gr.Button("检索相似范文", variant="primary")
        with gr.Column():
            results = gr.Dataframe(headers=["编号", "标题", "相似度", "类别", "奖项"], label="相似范文", interactive=False)
            chosen = gr.Dropdown(label="选择范文", choices=[], allow_custom_value=True)
            compare = gr.Button("逐项对比")
    comparison = gr.Markdown()
    with gr.Row():
        mine = gr.Textbox(label="我的稿件", lines=16)
        theirs = gr.Textbox(label="范文全文", lines=16)

    def run_search(query, k, m, api_key, progress=gr.Progress()):
        _need(query, "稿件或检索词")
        progress(0.3, desc="检索中……")
        result = _call(api.search, query, k=int(k), mode=m, key=api_key)
        rows = views.search_rows(result)
        choices = [(f"{r[1]}（{r[0]}）", r[0]) for r in rows]
        return rows, gr.Dropdown(choices=choices, value=choices[0][1] if choices else None)

    def run_compare(draft, exemplar_id, api_key, progress=gr.Progress()):
        _need(draft, "稿件")
        if not exemplar_id:
            raise gr.Error("请先检索并选择一篇范文。")
        progress(0.3, desc="对比中……")
        result = _call(api.compare, draft, exemplar_id, key=api_key)
        return views.comparison_markdown(result), draft, views.exemplar_text(result)

    go.click(run_search, [text, k_slider, mode, key], [results, chosen], api_name="search")
    compare.click(run_compare, [text, chosen, key], [comparison, mine, theirs], api_name="compare")


def _audit_tab(api: ApiClient, key: gr.Textbox) -> None:
    go = gr.Button("刷新审计记录")
    table = gr.Dataframe(headers=["编号", "时间", "审核人", "决定", "发现", "已脱敏", "方式"], interactive=False)

    def run(k):
        records = _call(api.audit, 100, key=k)["records"]
        fmt = lambda d: "，".join(f"{views.ENTITY_LABELS.get(t, t)} {n}" for t, n in d.items())  # noqa: E731
        return [[r["id"], r["created_at"][:19], r["actor"], "发布" if r["decision"] == "release" else "不予发布",
                 fmt(r["found"]), fmt(r["masked"]), r["style"]] for r in records]

    go.click(run, key, table, api_name="audit")


def build_ui(api_url: str, http=None) -> gr.Blocks:
    """The UI as a client of the API at ``api_url``."""
    api = ApiClient(api_url, http=http)
    # delete_cache: Gradio's copies of uploads and downloads are removed after KEEP_FILES_S too
    with gr.Blocks(title="妇联信息助手", delete_cache=(KEEP_FILES_S, KEEP_FILES_S)) as ui:
        gr.Markdown("## 妇联信息助手\n起草、润色、隐私审查、质量评分与范文对比。")
        status = gr.Markdown()
        key = gr.Textbox(label="API 密钥（单用户模式可留空）", type="password", max_lines=1)
        with gr.Tab("起草"):
            _draft_tab(api, key)
        with gr.Tab("润色"):
            _polish_tab(api, key)
        with gr.Tab("隐私审查", id="privacy"):
            _privacy_tab(api, key)
        with gr.Tab("质量评分"):
            _score_tab(api, key)
        with gr.Tab("范文对比"):
            _compare_tab(api, key)
        with gr.Tab("审计记录"):
            _audit_tab(api, key)
        ui.load(lambda: _status(api), None, status, api_name="status")
    return ui


def _status(api: ApiClient) -> str:
    try:
        return views.status_markdown(api.health())
    except ApiError as exc:
        return f"⚠️ {exc.message}"


def theme() -> gr.themes.Base:
    """System fonts only: the service runs offline, so no web fonts are fetched."""
    fonts = ["system-ui", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "sans-serif"]
    return gr.themes.Default(font=fonts, font_mono=["ui-monospace", "monospace"])

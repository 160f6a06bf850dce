"""The Chinese web UI (Gradio Blocks). Every action is an HTTP call to the API via ``ApiClient``."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import gradio as gr

from app.ui import views
from app.ui.client import ApiClient, ApiError

KEEP_FILES_S = 600  # Gradio's copies of downloads (they may hold personal data): ten minutes at most
ERROR_TITLE = "出错了"
MAX_QUESTIONS = 5
_PRIVATE: Path | None = None


def private_dir() -> Path:
    """This process's own temp folder (mode 0700), removed at exit: uploads and downloads live only here."""
    global _PRIVATE
    if _PRIVATE is None or not _PRIVATE.is_dir():
        _PRIVATE = Path(tempfile.mkdtemp(prefix="fulian-ui-"))  # mkdtemp creates it 0700
        atexit.register(shutil.rmtree, _PRIVATE, True)
    return _PRIVATE


def cleanup() -> None:
    """Remove the private folder now (the server's shutdown calls this; atexit is the fallback)."""
    global _PRIVATE
    if _PRIVATE is not None:
        shutil.rmtree(_PRIVATE, ignore_errors=True)
        _PRIVATE = None


def _error(message: str) -> gr.Error:
    return gr.Error(message, title=ERROR_TITLE)


def _call(fn, *args, **kwargs):
    """Run an API call; show its Chinese error message in the UI."""
    try:
        return fn(*args, **kwargs)
    except ApiError as exc:
        raise _error(exc.message) from None


def _need(text: str | None, what: str) -> str:
    if not text or not text.strip():
        raise _error(f"请先输入{what}。")
    return text


def _need_chinese(text: str | None, what: str) -> str:
    _need(text, what)
    if not views.is_chinese(text):
        raise _error(f"请输入中文{what}：本工具只处理中文稿件。")
    return text


def _save_docx(data: bytes, stem: str) -> str:
    """The file Gradio serves for download; no personal name in its name, in the private folder."""
    folder = private_dir() / "downloads"
    folder.mkdir(mode=0o700, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, prefix=stem + "-", suffix=".docx", delete=False) as fh:
        fh.write(data)
    return fh.name


def _forget_downloads() -> None:
    """Once Gradio has copied a download into its cache, our own copy goes at once."""
    for old in (private_dir() / "downloads").glob("*.docx"):
        with contextlib.suppress(OSError):
            old.unlink()


def _read_upload(api: ApiClient, path: str | None, key: str) -> str:
    """The text of an upload; the uploaded file (kept by Gradio under its original name) is deleted at once."""
    if not path:
        return ""
    p = Path(path)
    try:
        data = p.read_bytes()
    finally:
        with contextlib.suppress(OSError):
            p.unlink()
            if private_dir() in p.parent.parents and not any(p.parent.iterdir()):  # Gradio's per-file folder
                p.parent.rmdir()
    if p.suffix.lower() == ".docx":
        return _call(api.docx_text, data, "upload.docx", key=key)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error("文件不是 UTF-8 文本；请上传 .docx 或 UTF-8 编码的 .txt。") from None


def _score_outputs(api: ApiClient, text: str, notes: str | None, key: str, reference_date: str | None = None,
                   genre: str | None = None):
    result = _call(api.score, text, notes=notes or None, reference_date=reference_date, key=key,
                   genre=None if genre in (None, "", views.AUTO_GENRE) else genre)
    report = "### 问题与建议\n" + views.findings_markdown(result, text)
    if notes:
        report += "\n\n### 素材不支持的内容\n" + views.unsupported_markdown(result.get("unsupported", []))
    return views.total_markdown(result), views.criteria_rows(result), report


def _score_view(label: str = "质量评分"):
    with gr.Row(equal_height=False):
        with gr.Column(min_width=280, scale=1):
            total = gr.Markdown()
        with gr.Column(min_width=280, scale=2):
            criteria = gr.Dataframe(headers=["评分项", "得分", "问题数"], label=label, interactive=False, wrap=True)
    report = gr.Markdown()
    return total, criteria, report


def _draft_tab(api: ApiClient, key: gr.Textbox) -> None:
    with gr.Row(equal_height=False):
        with gr.Column(min_width=300):
            notes = gr.Textbox(label="素材 / 笔记", lines=12, placeholder="粘贴活动素材、笔记或采访记录……",
                               elem_id="draft-notes")
            upload = gr.File(label="或上传 .docx / .txt", file_types=[".docx", ".txt"], type="filepath")
            go = gr.Button("起草", variant="primary", elem_id="draft-go")
            questions_md = gr.Markdown(visible=False)
            answers = [gr.Textbox(visible=False, max_lines=3, elem_classes=["draft-answer"]) for _ in range(MAX_QUESTIONS)]
            redraft = gr.Button("补充后重新起草", visible=False, elem_id="draft-redraft")
        with gr.Column(min_width=300):
            title = gr.Textbox(label="主标题", interactive=True, elem_id="draft-title")
            subtitle = gr.Textbox(label="副标题", interactive=True)
            body = gr.Textbox(label="正文（可直接修改后重新评分）", lines=14, interactive=True, elem_id="draft-body")
            with gr.Row():
                rescore = gr.Button("修改后重新评分", elem_id="draft-rescore")
                download = gr.DownloadButton("下载 .docx", visible=False, elem_id="draft-download")
    total, criteria, report = _score_view()
    with gr.Row(equal_height=False):
        with gr.Column(min_width=300):
            unsupported = gr.Markdown()
        with gr.Column(min_width=300):
            privacy = gr.HighlightedText(label="隐私提示", color_map=views.COLOR_MAP, show_legend=True,
                                         combine_adjacent=False, elem_classes=["fl-highlight"])
    asked = gr.State([])

    upload.upload(lambda p, k: _read_upload(api, p, k), [upload, key], notes, api_name="read_notes")

    def run(notes_text, k, progress=gr.Progress()):
        _need_chinese(notes_text, "素材")
        progress(0.1, desc="起草中……")
        result = _call(api.draft, notes_text, key=k)
        full = "\n".join(p for p in (result["title"], result.get("subtitle"), result["text"]) if p)
        progress(0.5, desc="评分中……")
        scored = _score_outputs(api, full, notes_text, k)
        found = result.get("privacy") if isinstance(result.get("privacy"), dict) else None
        if not found or "entities" not in found:
            progress(0.8, desc="隐私检查……")
            found = _call(api.scan, result["text"], key=k)
        entities = [e for e in found["entities"] if e.get("field", "text") == "text"]
        sensitive = [s for s in found.get("sensitive", []) if s.get("field", "text") == "text"]
        data = _call(api.docx_render, result["title"], result["text"], result.get("subtitle"), key=k)
        marked = views.highlighted(result["text"], entities, sensitive)
        questions = [q for q in result.get("questions") or [] if isinstance(q, str)][:MAX_QUESTIONS]
        progress(1.0)
        return (result["title"], result.get("subtitle") or "", result["text"], *scored,
                views.draft_notes_markdown({**result, "questions": []}, unsupported=False),
                gr.HighlightedText(value=marked, color_map=views.color_map(marked)),
                gr.DownloadButton(value=_save_docx(data, "draft"), visible=True),
                questions, *_question_updates(questions))

    def _question_updates(questions):
        head = gr.Markdown("### 请补充素材（填写后点“补充后重新起草”）", visible=bool(questions))
        boxes = [gr.Textbox(label=questions[i] if i < len(questions) else "", value="", visible=i < len(questions))
                 for i in range(MAX_QUESTIONS)]
        return (head, *boxes, gr.Button(visible=bool(questions)))

    def add_answers(notes_text, questions, *given):
        extra = [a.strip() for a in given[:len(questions)] if a and a.strip()]  # the answers are new notes
        if not extra:
            raise _error("请至少回答一个问题。")
        return (notes_text or "").rstrip() + "\n" + "\n".join(extra)

    def rescore_draft(t, sub, text, notes_text, k, progress=gr.Progress()):
        _need_chinese(text, "正文")
        progress(0.3, desc="评分中……")
        full = "\n".join(p for p in (t, sub, text) if p)
        scored = _score_outputs(api, full, notes_text, k)
        data = _call(api.docx_render, t or "", text, sub or None, key=k)
        return (*scored, gr.DownloadButton(value=_save_docx(data, "draft"), visible=True))

    outputs = [title, subtitle, body, total, criteria, report, unsupported, privacy, download, asked, questions_md,
               *answers, redraft]
    go.click(run, [notes, key], outputs, api_name="draft").then(_forget_downloads)
    redraft.click(add_answers, [notes, asked, *answers], notes, api_name="add_answers").success(
        run, [notes, key], outputs).then(_forget_downloads)
    rescore.click(rescore_draft, [title, subtitle, body, notes, key], [total, criteria, report, download],
                  api_name="rescore_draft").then(_forget_downloads)


def _polish_tab(api: ApiClient, key: gr.Textbox) -> None:
    with gr.Row(equal_height=False):
        with gr.Column(min_width=300):
            text = gr.Textbox(label="待润色的稿件", lines=14)
            operations = gr.CheckboxGroup(views.POLISH_OPERATIONS, value=["trim", "empty_phrases", "titles"],
                                          label="润色内容")
            channel = gr.Dropdown([("（不改写）", "")] + [(c, c) for c in views.CHANNELS], value="",
                                  label="按渠道改写（可选）")
            go = gr.Button("润色", variant="primary")
        with gr.Column(min_width=300):
            out = gr.Textbox(label="润色结果（可直接修改后评分）", lines=14, interactive=True)
            titles = gr.Markdown()
            with gr.Row():
                rescore = gr.Button("评分")
                download = gr.DownloadButton("下载 .docx", visible=False)
    findings = gr.Markdown()
    total, criteria, report = _score_view()

    def run(draft, ops, chan, k, progress=gr.Progress()):
        _need_chinese(draft, "稿件")
        ops = [o for o in ops if o != "channel"] + (["channel"] if chan else [])
        progress(0.2, desc="润色中……")
        result = _call(api.polish, draft, channel=chan or None, operations=ops, key=k)
        data = _call(api.docx_render, "", result["text"], key=k)
        return (result["text"], views.titles_markdown(result.get("titles", [])), views.polish_report(result),
                gr.DownloadButton(value=_save_docx(data, "polished"), visible=True))

    def run_score(polished, k, progress=gr.Progress()):
        _need_chinese(polished, "稿件")
        progress(0.3, desc="评分中……")
        data = _call(api.docx_render, "", polished, key=k)
        return (*_score_outputs(api, polished, None, k), gr.DownloadButton(value=_save_docx(data, "polished"),
                                                                            visible=True))

    go.click(run, [text, operations, channel, key], [out, titles, findings, download], api_name="polish").then(
        _forget_downloads)
    rescore.click(run_score, [out, key], [total, criteria, report, download], api_name="score_polished").then(
        _forget_downloads)


def _lines(text: str | None) -> list[str]:
    return [t.strip() for t in (text or "").splitlines() if t.strip()]


def _privacy_tab(api: ApiClient, key: gr.Textbox) -> None:
    with gr.Row(equal_height=False):
        with gr.Column(min_width=300):
            text = gr.Textbox(label="待审查的文本", lines=12, elem_id="privacy-input",
                              placeholder="粘贴拟发布的稿件……")
            upload = gr.File(label="或上传 .docx / .txt", file_types=[".docx", ".txt"], type="filepath")
            style = gr.Radio(views.STYLE_CHOICES, value="chinese", label="脱敏方式")
            scan = gr.Button("扫描", variant="primary", elem_id="privacy-scan")
        with gr.Column(min_width=300):
            marked = gr.HighlightedText(label="发现的个人信息与敏感段落", elem_id="privacy-findings",
                                        color_map=views.COLOR_MAP, show_legend=True, combine_adjacent=False,
                                        elem_classes=["fl-highlight"])
            summary = gr.Markdown(elem_id="privacy-summary")
            table = gr.Dataframe(headers=["类型", "内容", "未成年人", "可信度"], label="明细", interactive=False, wrap=True)
    with gr.Row(equal_height=False):
        with gr.Column(min_width=300):
            keep = gr.CheckboxGroup([], label="保留以下内容（不遮盖，例如已征得同意公开的姓名）", elem_id="privacy-keep")
        with gr.Column(min_width=300):
            extra = gr.Textbox(label="补充遮盖扫描漏掉的内容（每行一个）", lines=3, elem_id="privacy-extra")
    preview = gr.Button("脱敏预览", elem_id="privacy-preview")
    masked = gr.Textbox(label="脱敏后文本（可修改；发布的就是这段文字）", lines=8, interactive=True, elem_id="privacy-masked")
    with gr.Row():
        release = gr.Button("脱敏并发布", variant="primary", elem_id="privacy-release")
        withhold = gr.Button("不予发布", variant="stop", elem_id="privacy-withhold")
        download = gr.DownloadButton("下载脱敏稿 .docx", visible=False)
        rescore = gr.Button("对脱敏稿评分", elem_id="privacy-rescore")
    with gr.Group(visible=False, elem_id="privacy-confirm") as confirm_box:
        confirm_md = gr.Markdown(elem_id="privacy-confirm-text")
        with gr.Row():
            confirm = gr.Button("确认发布", variant="primary", elem_id="privacy-confirm-go")
            cancel = gr.Button("取消", elem_id="privacy-confirm-cancel")
    record = gr.Markdown(elem_id="privacy-record")
    total, criteria, report = _score_view()
    scanned = gr.State(None)  # the text the last scan saw: release needs a scan of the current text

    upload.upload(lambda p, k: _read_upload(api, p, k), [upload, key], text, api_name="read_document")

    def run_scan(doc, k, progress=gr.Progress()):
        _need(doc, "文本")
        progress(0.3, desc="扫描中……")
        found = _call(api.scan, doc, key=k)
        value = views.highlighted(doc, found["entities"], found.get("sensitive"))
        flagged = list(dict.fromkeys(e["text"] for e in found["entities"] if not e.get("minor")))
        return (gr.HighlightedText(value=value, color_map=views.color_map(value)),
                views.counts_markdown(found["entities"], found.get("sensitive", []), found.get("public", [])),
                views.entity_table(found["entities"]), gr.CheckboxGroup(choices=flagged, value=[]), doc, "",
                gr.Group(visible=False), "")

    def _scanned(doc, seen):
        _need(doc, "文本")
        if seen != doc:
            raise _error("请先扫描当前文本（文本在上次扫描后有改动）。")

    def run_preview(doc, chosen, kept, added, seen, k):
        _scanned(doc, seen)
        return _call(api.mask, doc, chosen, key=k, keep=kept, extra=_lines(added))["text"]

    def ask_release(doc, chosen, kept, added, final, seen, k):
        _scanned(doc, seen)
        if not (final or "").strip():
            final = _call(api.mask, doc, chosen, key=k, keep=kept, extra=_lines(added))["text"]
        lines = [f"**确认发布？** 将按“{views.STYLE_NAMES.get(chosen, '所选方式')}”脱敏，发布下方文本，并写入审计记录。"]
        if kept:
            lines.append(f"- 保留不遮盖：{'、'.join(kept)}")
        if _lines(added):
            lines.append(f"- 补充遮盖：{'、'.join(_lines(added))}")
        return final, gr.Group(visible=True), "\n".join(lines)

    def run_release(doc, chosen, kept, added, final, seen, k, progress=gr.Progress()):
        _scanned(doc, seen)
        progress(0.3, desc="记录审核结果……")
        result = _call(api.release, doc, chosen, "release", key=k, keep=kept, extra=_lines(added),
                       final_text=final if (final or "").strip() else None)
        data = _call(api.docx_render, "", result["text"], key=k)
        return (result["text"], views.audit_markdown(result["audit"]),
                gr.DownloadButton(value=_save_docx(data, "released"), visible=True), gr.Group(visible=False))

    def run_withhold(doc, chosen, seen, k, progress=gr.Progress()):
        _scanned(doc, seen)
        progress(0.3, desc="记录审核结果……")
        result = _call(api.release, doc, chosen, "withhold", key=k)
        return "", views.audit_markdown(result["audit"]), gr.DownloadButton(visible=False), gr.Group(visible=False)

    scan.click(run_scan, [text, key], [marked, summary, table, keep, scanned, masked, confirm_box, record],
               api_name="scan")
    preview.click(run_preview, [text, style, keep, extra, scanned, key], masked, api_name="mask")
    release.click(ask_release, [text, style, keep, extra, masked, scanned, key], [masked, confirm_box, confirm_md],
                  api_name="ask_release")
    confirm.click(run_release, [text, style, keep, extra, masked, scanned, key],
                  [masked, record, download, confirm_box], api_name="release").then(_forget_downloads)
    cancel.click(lambda: gr.Group(visible=False), None, confirm_box)

    def run_score(final, k, progress=gr.Progress()):
        _need_chinese(final, "脱敏后文本")
        progress(0.3, desc="评分中……")
        return _score_outputs(api, final, None, k)

    rescore.click(run_score, [masked, key], [total, criteria, report], api_name="score_masked")
    withhold.click(run_withhold, [text, style, scanned, key], [masked, record, download, confirm_box],
                   api_name="withhold")


def _score_tab(api: ApiClient, key: gr.Textbox) -> None:
    with gr.Row(equal_height=False):
        with gr.Column(min_width=300):
            text = gr.Textbox(label="稿件", lines=12)
            notes = gr.Textbox(label="原始素材（可选，用于核对事实）", lines=5)
            ref = gr.Textbox(label="参照日期（可选，YYYY-MM-DD）", value=lambda: date.today().isoformat())
            genre = gr.Dropdown(views.genre_choices(), value=views.AUTO_GENRE, label="文体（默认从稿件自动识别）",
                                elem_id="score-genre")
            go = gr.Button("评分", variant="primary", elem_id="score-go")
        with gr.Column(min_width=300):
            total, criteria, findings = _score_view("逐项得分")

    def run(draft, notes_text, ref_date, chosen, k, progress=gr.Progress()):
        _need_chinese(draft, "稿件")
        progress(0.3, desc="评分中……")
        return _score_outputs(api, draft, notes_text, k, (ref_date or "").strip() or None, chosen)

    go.click(run, [text, notes, ref, genre, key], [total, criteria, findings], api_name="score")


def _compare_tab(api: ApiClient, key: gr.Textbox) -> None:
    with gr.Row(equal_height=False):
        with gr.Column(min_width=300, scale=2):
            text = gr.Textbox(label="稿件或检索词", lines=8, elem_id="compare-input")
        with gr.Column(min_width=300, scale=1):
            k_slider = gr.Slider(1, 20, value=5, step=1, label="范文数")
            mode = gr.Radio([("语义", "dense"), ("混合", "hybrid"), ("关键词", "lexical")], value="hybrid",  # the library default
                            label="检索方式")
            go = gr.Button("检索相似范文", variant="primary", elem_id="compare-search")
    results = gr.Dataframe(headers=views.SEARCH_HEADERS, label="相似范文", interactive=False, wrap=True,
                           column_widths=["12%", "58%", "10%", "20%"], elem_id="compare-results")
    with gr.Row(equal_height=False):
        with gr.Column(min_width=300, scale=3):
            chosen = gr.Dropdown(label="选择范文", choices=[], elem_id="compare-choice")
        with gr.Column(min_width=200, scale=1):
            compare = gr.Button("逐项对比", elem_id="compare-go")
    comparison = gr.Markdown(elem_id="compare-table")
    with gr.Row(equal_height=False):
        with gr.Column(min_width=300):
            mine = gr.Textbox(label="我的稿件", lines=16)
        with gr.Column(min_width=300):
            theirs = gr.Textbox(label="范文全文", lines=16, elem_id="compare-exemplar")

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
            raise _error("请先检索并选择一篇范文。")
        progress(0.3, desc="对比中……")
        result = _call(api.compare, draft, exemplar_id, key=api_key)
        title = result.get("exemplar_title") or ""
        return (views.comparison_markdown(result), draft,
                gr.Textbox(value=views.exemplar_text(result), label=f"范文全文：{title}" if title else "范文全文"))

    go.click(run_search, [text, k_slider, mode, key], [results, chosen], api_name="search")
    compare.click(run_compare, [text, chosen, key], [comparison, mine, theirs], api_name="compare")


def _audit_tab(api: ApiClient, key: gr.Textbox):
    go = gr.Button("刷新审计记录", elem_id="audit-refresh")
    table = gr.Dataframe(headers=views.AUDIT_HEADERS, interactive=False, wrap=True, elem_id="audit-table",
                         column_widths=["6%", "16%", "10%", "10%", "22%", "22%", "14%"])
    message = gr.Markdown()

    def run(k):
        try:
            records = api.audit(100, key=k)["records"]
        except ApiError as exc:  # e.g. a key without the reviewer role: say so in place, not as a pop-up
            return [], f"⚠️ {exc.message}"
        return views.audit_rows(records), "" if records else "暂无审计记录。"

    go.click(run, key, [table, message], api_name="audit")
    return run, [table, message]


CSS = """
/* highlighted text flows as a paragraph, not one line per token */
.fl-highlight .textfield { display: block !important; line-height: 2; }
.fl-highlight .textfield > * { display: inline !important; }
.fl-highlight .textfield .textspan { display: inline !important; white-space: pre-wrap; }
#fl-key { max-width: 360px; }
/* Gradio's status line reads "queue: 1/2 | 0.4s" in English: the spinner and our Chinese progress text stay */
.progress-text, .meta-text, .meta-text-center { display: none !important; }
"""



# Gradio 6 titles its toasts with the English message type ("Error"), whatever gr.Error(title=...) says,
# its status tracker writes "queue: 1/2 |" and "processing |" (the hidden .progress-text aside, also in a
# screen reader's text) and announces "common.complete" (an i18n key without a zh-CN entry): the page
# rewrites those text nodes in Chinese in place.
JS = """
() => {
  const names = {Error: "出错了", Warning: "注意", Info: "提示", Success: "完成"};
  // and the screen-reader announcements, whose zh-CN translations Gradio lacks (the raw i18n key shows).
  // Only a text node that is nothing but such a status is rewritten: a user's text that merely contains
  // "processing" or "status.x@example.com" (in a table, a preview) stays as it is.
  const keys = {"common.complete": "完成", "common.loading": "加载中", "common.error": "出错了",
                "status.queue_position": "排队中"};
  const status = n => {
    const value = (n.nodeValue || "").trim();
    if (/^queue:\\s*\\d+\\/\\d*\\s*\\|?$/.test(value)) return value.replace(/^queue:\\s*/, "排队：");
    if (/^processing\\s*\\|?$/.test(value)) return value.replace("processing", "处理中");
    if (/^(common|status)\\.[a-z_]+$/.test(value)) return keys[value] || "处理中";
    return null;
  };
  const fix = n => {
    if (n.parentElement?.closest("textarea, input, .textfield")) return;
    const fixed = status(n);
    if (fixed !== null) n.nodeValue = fixed;
  };
  const rename = records => {
    document.querySelectorAll(".toast-title").forEach(el => {
      el.childNodes.forEach(n => {
        const word = (n.nodeValue || "").trim();
        if (n.nodeType === 3 && names[word]) n.nodeValue = names[word] + " ";
      });
    });
    for (const r of records) {  // only what changed: the status tracker redraws often
      for (const root of r.type === "characterData" ? [r.target] : r.addedNodes) {
        if (root.nodeType === 3) { fix(root); continue; }
        if (root.nodeType !== 1) continue;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) fix(n);
      }
    }
  };
  new MutationObserver(rename).observe(document.body, {subtree: true, childList: true, characterData: true});
}
"""


def build_ui(api_url: str, http=None) -> gr.Blocks:
    """The UI as a client of the API at ``api_url``."""
    # Gradio keeps uploads and its copies of downloads here: private to this process, removed at exit
    os.environ["GRADIO_TEMP_DIR"] = str(private_dir() / "gradio")
    api = ApiClient(api_url, http=http)
    with gr.Blocks(title="妇联信息助手", delete_cache=(60, KEEP_FILES_S)) as ui:
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=240):
                gr.Markdown("## 妇联信息助手\n起草、润色、隐私审查、质量评分与范文对比。")
                status = gr.Markdown()
            with gr.Column(scale=1, min_width=200):
                with gr.Accordion("API 密钥", open=False, visible=False, elem_id="fl-key-box") as key_box:
                    key = gr.Textbox(label="API 密钥", type="password", max_lines=1, elem_id="fl-key",
                                     placeholder="管理员分配的密钥")
        with gr.Tabs(elem_classes=["fl-tabs"], overflow_behavior="wrap"):  # all six tabs reachable at 390 px
            with gr.Tab("起草", id="draft"):
                _draft_tab(api, key)
            with gr.Tab("润色", id="polish"):
                _polish_tab(api, key)
            with gr.Tab("隐私审查", id="privacy"):
                _privacy_tab(api, key)
            with gr.Tab("质量评分", id="score"):
                _score_tab(api, key)
            with gr.Tab("范文对比", id="compare"):
                _compare_tab(api, key)
            with gr.Tab("审计记录", id="audit") as audit_tab:
                load_audit, audit_out = _audit_tab(api, key)
        # the browser sends the key as a cookie with Gradio's upload requests (keyed mode checks it there)
        key.change(None, key, None, js="(k) => { document.cookie = 'fulian_key=' + encodeURIComponent(k || '')"
                                       " + '; path=/; SameSite=Strict'; }")
        audit_tab.select(load_audit, key, audit_out)

        def on_load(k):
            line, single = _status(api)
            return (line, gr.Accordion(visible=not single, open=not single), *load_audit(k))

        ui.load(on_load, key, [status, key_box, *audit_out], api_name="status")
    return ui


def _status(api: ApiClient) -> tuple[str, bool]:
    try:
        health = api.health()
    except ApiError as exc:
        return f"⚠️ {exc.message}", False
    return views.status_markdown(health), bool(health.get("single_user"))


def theme() -> gr.themes.Base:
    """System fonts only: the service runs offline, so no web fonts are fetched."""
    fonts = ["system-ui", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "sans-serif"]
    return gr.themes.Default(font=fonts, font_mono=["ui-monospace", "monospace"])

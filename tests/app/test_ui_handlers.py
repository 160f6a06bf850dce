"""Each UI action, run against the real API through the UI's HTTP client (no browser)."""

from __future__ import annotations

import os
from pathlib import Path

import gradio as gr
import pytest
from app_testutil import need

from app.ui.blocks import build_ui

DOC = "县妇联执委张三的电话是13812345678，她的孙女李小红今年9岁，在镇中心小学读书，放学后常在红星小卖部等她。"
NOTES = "3月8日 县妇联 家政培训 100名妇女参加 80人取得证书 张三介绍经验"


@pytest.fixture(scope="module")
def handlers(real_client):
    ui = build_ui("http://testserver", http=real_client)
    fns = ui.fns.values() if isinstance(ui.fns, dict) else ui.fns
    return {f.api_name: f.fn for f in fns}


def _value(update):
    value = update.value if hasattr(update, "value") else update
    return value["path"] if isinstance(value, dict) and "path" in value else value


def test_privacy_scan_keep_add_confirm_release(handlers, real_client):
    need(real_client, "scanner")
    marked, summary, table, keep, seen, masked, _confirm, _record = handlers["scan"](DOC, "")
    value = marked.value
    pairs = [(d["token"], d["class_or_confidence"]) if isinstance(d, dict) else tuple(d)
             for d in (value.root if hasattr(value, "root") else value)]
    labels = {label: text for text, label in pairs if label}
    assert labels["电话"] == "13812345678" and labels["姓名"] == "张三" and "未成年人姓名" in labels
    assert "未成年人" in summary and len(table) == len(labels) + 0 * len(pairs) and seen == DOC and masked == ""
    assert "张三" in {c[0] if isinstance(c, tuple) else c for c in keep.choices}
    # release needs a scan of the current text
    with pytest.raises(gr.Error, match="请先扫描"):
        handlers["ask_release"](DOC + "改", "chinese", [], "", "", seen, "")
    # the child's school is a finding (MINOR_DETAIL); the shop is the reviewer's own addition
    preview = handlers["mask"](DOC, "placeholder", ["张三"], "红星小卖部", seen, "")
    assert "13812345678" not in preview and "张三" in preview and "红星小卖部" not in preview
    assert "镇中心小学" not in preview
    final, confirm, question = handlers["ask_release"](DOC, "chinese", ["张三"], "红星小卖部", "", seen, "")
    assert _value(confirm) is None or confirm.visible and "确认发布" in question and "红星小卖部" in question
    text, record, download, _ = handlers["release"](DOC, "chinese", ["张三"], "红星小卖部", final + "（已审核）", seen, "")
    assert text.endswith("（已审核）") and "13812345678" not in text and "其他信息 1" in record
    assert Path(_value(download)).suffix == ".docx"
    total, criteria, _report = handlers["score_masked"](text, "")
    assert total.startswith("### 总分：") and criteria
    # an edit that puts a phone number back is refused
    with pytest.raises(gr.Error, match="未脱敏"):
        handlers["release"](DOC, "chinese", [], "", final + "电话13912345678", seen, "")
    text, record, _, _ = handlers["withhold"](DOC, "chinese", seen, "")
    assert text == "" and "不予发布" in record
    rows, _message = handlers["audit"]("")
    assert rows[0][3] == "不予发布" and rows[1][3] == "脱敏后发布"


def test_draft_tab(handlers, real_client):
    need(real_client, "drafter", "scorer", "scanner")
    with pytest.raises(gr.Error, match="请输入中文"):
        handlers["draft"]("Speaker: hello world", "")
    out = handlers["draft"](NOTES, "")
    title, subtitle, body, total, criteria, report = out[:6]
    assert title and body and total.startswith("### 总分：") and criteria and "问题与建议" in report
    assert "fulian" not in report
    download, questions = out[8], out[9]
    assert Path(_value(download)).read_bytes()[:2] == b"PK"
    assert isinstance(questions, list)
    if questions:
        notes = handlers["add_answers"](NOTES, questions, "为了帮助妇女就业。", *[""] * 4)
        assert notes == NOTES + "\n为了帮助妇女就业。"
    total, criteria, report, download = handlers["rescore_draft"](title, subtitle, body + "\n共有100名妇女参加。", NOTES, "")
    assert total.startswith("### 总分：") and Path(_value(download)).read_bytes()[:2] == b"PK"


def test_polish_tab(handlers, real_client):
    need(real_client, "polisher")
    text, titles, report, download = handlers["polish"](
        "县妇联开展培训活动\n县妇联认真开展了培训活动，取得了良好效果，200名妇女参加。", ["trim", "empty_phrases", "titles"],
        "微博", "")
    assert text and "修改说明" in report and "取得了良好效果" in report
    total, criteria, _report, _download = handlers["score_polished"](text + "\n3月8日，县妇联组织培训。", "")
    assert total.startswith("### 总分：") and criteria


def test_score_tab(handlers, real_client):
    need(real_client, "scorer")
    total, criteria, report = handlers["score"]("巾帼培训助就业\n3月8日，县妇联组织200名妇女参加培训。", "3月8日 培训 100名妇女",
                                                "2025-03-10", "自动识别", "")
    assert total.startswith("### 总分：") and {row[0] for row in criteria} >= {"标题", "导语"}
    assert "问题与建议" in report and "200" in report
    assert "文体：**" in total and "自动识别" in total  # the genre it assumed, and that it was detected


@pytest.mark.parametrize("chosen", ["消息", "调研报告"])
def test_score_tab_genre_override(handlers, real_client, chosen):
    need(real_client, "scorer")
    text = "本报讯 3月8日，县妇联在县职教中心举办家政技能培训班，200名农村妇女参加。"
    auto, _, _ = handlers["score"](text, "", "2025-03-10", "自动识别", "")
    total, _, _ = handlers["score"](text, "", "2025-03-10", chosen, "")
    assert f"文体：**{chosen}**（按指定" in total
    assert "文体：**消息**（自动识别" in auto  # the dateline says 消息


def test_compare_tab(handlers, real_client):
    need(real_client, "library", "scorer")
    rows, dropdown = handlers["search"]("妇女 技能培训 就业", 2, "hybrid", "")
    assert rows and _value(dropdown) == rows[0][0]
    table, mine, theirs = handlers["compare"]("县妇联开展培训，200名妇女参加。", rows[0][0], "")
    assert "对照范文" in table and "| 评分项 | 草稿 | 范文 | 差距 |" in table
    assert mine.startswith("县妇联") and len(_value(theirs)) > 100 and theirs.label.startswith("范文全文：")


def test_docx_upload_fills_the_notes(handlers, real_client, tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(real_client.post("/v1/docx/render", json={"title": "素材", "body": NOTES}).content)
    assert handlers["read_notes"](str(path), "") == "素材\n" + NOTES
    txt = tmp_path / "notes.txt"
    txt.write_text(NOTES, encoding="utf-8")
    assert handlers["read_document"](str(txt), "") == NOTES


@pytest.mark.parametrize(
    "name, args, message",
    [("scan", ("  ", ""), "请先输入"), ("compare", ("稿件", "", ""), "请先检索"),
     ("compare", ("稿件", "no-such-id", ""), "范文")],
)
def test_errors_become_chinese_gradio_errors(handlers, name, args, message):
    with pytest.raises(gr.Error, match=message):
        handlers[name](*args)


def test_status_line_hides_the_key_box_in_single_user_mode(handlers):
    line, key_box, _rows, _message = handlers["status"]("")
    assert line.startswith("服务：") and key_box.visible is False


def test_files_stay_in_a_private_folder_and_go_at_once(handlers, real_client, tmp_path):
    import stat

    from app.ui import blocks

    saved = Path(blocks._save_docx(b"PK new", "draft"))
    folder = blocks.private_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and folder in saved.parents
    assert "gradio" in os.environ["GRADIO_TEMP_DIR"] and Path(os.environ["GRADIO_TEMP_DIR"]).is_relative_to(folder)
    blocks._forget_downloads()
    assert not saved.exists()
    upload = folder / "上官翠萍15836271940.txt"  # an upload under its original name: read, then deleted
    upload.write_text(NOTES, encoding="utf-8")
    assert handlers["read_document"](str(upload), "") == NOTES and not upload.exists()

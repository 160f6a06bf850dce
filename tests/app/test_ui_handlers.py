"""Each UI action, run against the real API through the UI's HTTP client (no browser)."""

from __future__ import annotations

from pathlib import Path

import gradio as gr
import pytest
from app_testutil import need

from app.ui.blocks import build_ui

DOC = "县妇联执委张三的电话是13812345678，她的孙女李小红今年9岁，在镇中心小学读书。"
NOTES = "3月8日 县妇联 家政培训 100名妇女参加 80人取得证书 张三介绍经验"


@pytest.fixture(scope="module")
def handlers(real_client):
    ui = build_ui("http://testserver", http=real_client)
    fns = ui.fns.values() if isinstance(ui.fns, dict) else ui.fns
    return {f.api_name: f.fn for f in fns}


def _value(update):
    value = update.value if hasattr(update, "value") else update
    return value["path"] if isinstance(value, dict) and "path" in value else value


def test_privacy_scan_mask_release(handlers, real_client):
    need(real_client, "scanner")
    marked, summary, table = handlers["scan"](DOC, "")
    labels = {e["entity"]: DOC[e["start"]:e["end"]] for e in marked["entities"]}
    assert labels["电话"] == "13812345678" and labels["姓名"] == "张三" and "姓名（未成年人）" in labels
    assert "未成年人" in summary and len(table) == len(marked["entities"])
    assert "13812345678" not in handlers["mask"](DOC, "placeholder", "")
    text, record, download = handlers["release"](DOC, "chinese", "")
    assert "13812345678" not in text and "审计记录" in record and Path(_value(download)).suffix == ".docx"
    text, record, _ = handlers["withhold"](DOC, "chinese", "")
    assert text == "" and "不予发布" in record
    rows = handlers["audit"]("")
    assert rows[0][3] == "不予发布" and rows[1][3] == "发布"


def test_draft_tab(handlers, real_client):
    need(real_client, "drafter", "scorer", "scanner")
    title, subtitle, body, total, criteria, unsupported, privacy, download = handlers["draft"](NOTES, "")
    assert title and body and 0 <= total <= 100 and criteria
    assert "素材不支持" in unsupported and privacy["text"] == body
    assert Path(_value(download)).read_bytes()[:2] == b"PK"


def test_polish_tab(handlers, real_client):
    need(real_client, "polisher")
    text, titles, report, download = handlers["polish"](
        "县妇联开展培训活动\n县妇联认真开展了培训活动，取得了良好效果，200名妇女参加。", ["trim", "empty_phrases", "titles"],
        "微博", "")
    assert text and "修改说明" in report and "取得了良好效果" in report


def test_score_tab(handlers, real_client):
    need(real_client, "scorer")
    total, criteria, report = handlers["score"]("巾帼培训助就业\n3月8日，县妇联组织200名妇女参加培训。", "3月8日 培训 100名妇女",
                                                "2025-03-10", "")
    assert 0 <= total <= 100 and {row[0] for row in criteria} >= {"标题", "导语"}
    assert "问题与建议" in report and "200" in report


def test_compare_tab(handlers, real_client):
    need(real_client, "library", "scorer")
    rows, dropdown = handlers["search"]("妇女 技能培训 就业", 2, "hybrid", "")
    assert rows and _value(dropdown) == rows[0][0]
    table, mine, theirs = handlers["compare"]("县妇联开展培训，200名妇女参加。", rows[0][0], "")
    assert "对照范文" in table and "| 评分项 | 草稿 | 范文 | 差距 |" in table
    assert mine.startswith("县妇联") and len(theirs) > 100


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


def test_status_line(handlers):
    assert handlers["status"]().startswith("服务：")


def test_old_downloads_are_removed(monkeypatch, tmp_path):
    import os
    import time

    from app.ui import blocks

    monkeypatch.setattr(blocks, "_DOWNLOADS", tmp_path)
    old = tmp_path / "draft-old.docx"
    old.write_bytes(b"PK")
    os.utime(old, (time.time() - 2 * blocks.KEEP_FILES_S,) * 2)
    fresh = blocks._save_docx(b"PK new", "draft")
    assert not old.exists() and Path(fresh).read_bytes() == b"PK new"

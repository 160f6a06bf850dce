"""Each user's flow in Debian's chromium (headless) against the UI served at /ui: one server, one browser."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import httpx
import pytest

sync_api = pytest.importorskip("playwright.sync_api")
from app_testutil import need

from app.ui import views

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
REVIEW = ("县妇联执委张三的电话是13812345678。受害人王丽多次遭受丈夫殴打，患有抑郁症。"
          "她的孙女李小红今年9岁，在阳光小学读书，放学后常在红星小卖部等她。")
MISSED = "红星小卖部"  # a place that identifies the child: the scanner does not flag it (it flags the school)
NOTES = "2025年3月8日 县妇联 家政培训 学员张三介绍经验"  # sparse: the drafter asks where, how many
TABS = ["起草", "润色", "隐私审查", "质量评分", "范文对比", "审计记录"]
# codes that must never reach a user: styles, sensitive kinds, entity types, criterion keys, roles
CODES = re.compile(r"(?<![A-Za-z_])(" + "|".join(
    ["chinese", "placeholder", "redact", "release", "withhold", "reviewer", "officer", "admin", "local", "Error",
     *views.SENSITIVE_KINDS, *views.ENTITY_LABELS, *views.criterion_labels()]) + r")(?![A-Za-z_])")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason="Debian's chromium is not installed"),
]


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN", accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{live_server}/ui/", wait_until="domcontentloaded")
    page.get_by_text("服务：").wait_for()
    yield page
    context.close()


# Latin words a user may see: file types, the course's 5W1H terms (何时（When）…), units
LATIN_OK = {"docx", "txt", "API", "UTC", "SHA", "Who", "When", "Where", "What", "Why", "How", "HTTP"}


def _no_codes(page) -> None:
    # Gradio's own transient status text (a queue position under load) goes once the event ends
    try:
        page.wait_for_function("() => !/\\bqueue\\b/.test(document.body.innerText)", timeout=10_000)
    except sync_api.TimeoutError:
        pass  # still there: the assertion below reports it with its context
    text = page.locator("body").inner_text()
    assert not CODES.findall(text), CODES.findall(text)
    words = set(re.findall(r"[A-Za-z_]{3,}", text)) - LATIN_OK
    assert not words, (words, [text[max(0, m.start() - 40):m.end() + 40] for m in re.finditer("|".join(words), text)][:5])


@pytest.mark.parametrize("english, chinese", [("queue: 1/2 |", "排队：1/2 |"), ("processing |", "处理中 |"),
                                              ("common.complete", "完成"), ("common.anything_else", "处理中")])
def test_the_status_tracker_reads_chinese(browser, english, chinese):
    # Gradio's status tracker writes these in English whatever the locale; the page's script rewrites them
    from app.ui.blocks import JS

    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.set_content("<body><div class='wrap'><span id='status'>0.1s</span></div>"
                     "<div class='textfield'><span id='typed'></span></div></body>")
    page.evaluate(JS)
    page.evaluate(f"() => {{ document.getElementById('status').firstChild.nodeValue = {english!r}; }}")
    page.wait_for_function(f"() => document.getElementById('status').innerText === {chinese!r}")
    page.evaluate(f"() => {{ document.getElementById('status').innerHTML = '<b>{english}</b>'; }}")  # a redraw
    page.wait_for_function(f"() => document.getElementById('status').innerText === {chinese!r}")
    page.evaluate(f"() => {{ document.getElementById('typed').textContent = {english!r}; }}")  # the user's own text
    page.evaluate(f"() => {{ document.getElementById('status').textContent = {'见 ' + english + ' 一节'!r}; }}")
    page.wait_for_timeout(100)
    assert page.locator("#typed").inner_text() == english  # in a text field
    assert page.locator("#status").inner_text() == f"见 {english} 一节"  # part of a longer text
    context.close()


def _textarea(page, elem_id: str):
    return page.locator(f"#{elem_id} textarea").first


def test_reviewer_scans_adds_a_term_confirms_releases_and_finds_the_record(page, live_server, real_client):
    need(real_client, "scanner")
    page.get_by_role("tab", name="隐私审查").click()
    _textarea(page, "privacy-input").fill(REVIEW)
    page.locator("#privacy-scan").click()
    findings = page.locator("#privacy-findings")
    findings.get_by_text("13812345678", exact=True).wait_for()
    tokens = findings.locator(".token.highlighted")
    labels = dict(zip((t.strip() for t in tokens.all_inner_texts()), tokens.evaluate_all("els => els.map(e => e.style.backgroundColor)")))
    # the violence/health passage is drawn in the sensitive colour and named by its Chinese kinds in the legend,
    # and the victim's name inside it keeps its own colour
    assert any("殴打" in t for t in labels), labels
    assert findings.get_by_text(re.compile("敏感经历：.*家庭暴力")).count() >= 1
    assert labels["王丽"] != next(c for t, c in labels.items() if "殴打" in t)
    summary = page.locator("#privacy-summary").inner_text()
    assert "未成年人：" in summary and "家庭暴力" in summary and "姓名 2 处" in summary
    # one paragraph, not one line per token: all tokens of the first sentence share a few line boxes
    tops = {round(b["y"]) for b in tokens.evaluate_all("els => els.map(e => e.getBoundingClientRect())")}
    assert len(tops) <= 4, tops

    # release needs a scan of the current text
    _textarea(page, "privacy-input").fill(REVIEW + "另有说明。")
    page.locator("#privacy-release").click()
    page.get_by_text("请先扫描当前文本").first.wait_for()
    _no_codes(page)  # the toast's title is Chinese, not "Error"
    _textarea(page, "privacy-input").fill(REVIEW)
    page.locator("#privacy-scan").click()
    findings.get_by_text("13812345678", exact=True).wait_for()

    _textarea(page, "privacy-extra").fill(MISSED)
    page.locator("#privacy-preview").click()
    masked = _textarea(page, "privacy-masked")
    page.wait_for_function("() => document.querySelector('#privacy-masked textarea').value.length > 0")
    preview = masked.input_value()
    assert MISSED not in preview and "13812345678" not in preview and "李小红" not in preview
    masked.fill(preview + "（已审核）")  # the reviewer edits the masked text before release
    page.locator("#privacy-release").click()
    confirm = page.locator("#privacy-confirm-text")
    confirm.get_by_text("确认发布？").wait_for()
    assert MISSED in confirm.inner_text()
    _no_codes(page)
    page.locator("#privacy-confirm-go").click()
    record = page.locator("#privacy-record")
    record.get_by_text("审计记录 #").wait_for()
    assert "北京时间" in record.inner_text() and "其他信息 1" in record.inner_text()
    assert masked.input_value().endswith("（已审核）")
    page.screenshot(path=str(ARTIFACTS / "ui_reviewer.png"), full_page=True)

    latest = httpx.get(f"{live_server}/v1/audit", params={"limit": 1}, trust_env=False).json()["records"][0]
    page.get_by_role("tab", name="审计记录").click()
    table = page.locator("#audit-table")
    sync_api.expect(table).to_contain_text(views.beijing_time(latest["created_at"]), timeout=30_000)
    text = table.inner_text()
    assert "北京时间 UTC+8" in text and "中文习惯" in text and "脱敏后发布" in text
    _no_codes(page)
    page.screenshot(path=str(ARTIFACTS / "ui_audit.png"), full_page=True)


def test_officer_drafts_edits_rescores_and_downloads(page, real_client):
    need(real_client, "drafter", "scorer", "scanner")
    assert "总分" not in page.locator("body").inner_text()  # nothing has run: no score shown
    notes = _textarea(page, "draft-notes")
    notes.fill("Speaker: hello world, we trained 100 women.")
    page.locator("#draft-go").click()
    page.get_by_text("请输入中文").first.wait_for()
    assert _textarea(page, "draft-title").input_value() == ""

    notes.fill(NOTES)
    page.locator("#draft-go").click()
    page.wait_for_function("() => document.querySelector('#draft-title textarea').value.length > 0")
    page.get_by_text("总分：").wait_for()
    # the drafter's questions can be answered in place
    answer = page.locator(".draft-answer textarea").first
    answer.wait_for()
    answer.fill("在县职教中心举办，100名妇女参加。")
    page.locator("#draft-redraft").click()
    page.wait_for_function("() => document.querySelector('#draft-notes textarea').value.includes('职教中心')")
    page.wait_for_function("() => document.querySelector('#draft-body textarea').value.includes('职教中心')")

    body = _textarea(page, "draft-body")
    edited = body.input_value() + "\n培训结束后，已有60名学员到家政企业上岗。"
    body.fill(edited)
    page.locator("#draft-rescore").click()
    page.get_by_text("总分：").wait_for()
    page.wait_for_timeout(500)
    _no_codes(page)
    page.screenshot(path=str(ARTIFACTS / "ui_officer.png"), full_page=True)
    with page.expect_download() as info:
        page.locator("#draft-download").click()
    path = info.value.path()
    import docx

    text = "\n".join(p.text for p in docx.Document(io.BytesIO(Path(path).read_bytes())).paragraphs)
    assert "60名学员到家政企业上岗" in text


def test_trainer_searches_and_compares_with_chinese_criterion_names(page, real_client):
    need(real_client, "library", "scorer")
    page.get_by_role("tab", name="范文对比").click()
    _textarea(page, "compare-input").fill("县妇联开展家政培训，100名妇女参加，80人取得证书。")
    page.locator("#compare-search").click()
    results = page.locator("#compare-results")
    sync_api.expect(results).to_contain_text(re.compile(r"0\.\d{3}"), timeout=30_000)  # a score: rows are in
    # 编号、标题、得分、奖项 all visible at desktop width without scrolling sideways
    for header in views.SEARCH_HEADERS:
        box = results.locator("th:visible").filter(has_text=header).first.bounding_box()
        assert box and box["x"] + box["width"] <= 1400, header
    page.locator("#compare-go").click()
    table = page.locator("#compare-table")
    table.get_by_text("对照范文：").first.wait_for()
    text = table.inner_text()
    assert "新闻五要素" in text and "修改建议" in text
    exemplar = page.locator("#compare-exemplar")
    assert "范文全文：" in exemplar.inner_text() and len(exemplar.locator("textarea").input_value()) > 100
    _no_codes(page)
    page.screenshot(path=str(ARTIFACTS / "ui_trainer.png"), full_page=True)


def test_all_six_tabs_at_390px(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True)
    page = context.new_page()
    try:
        page.goto(f"{live_server}/ui/", wait_until="domcontentloaded")
        page.get_by_text("服务：").wait_for()
        assert not page.get_by_label("API 密钥").is_visible()  # single-user mode: no key box
        for name in TABS:
            tab = page.get_by_role("tab", name=name)
            box = tab.bounding_box()
            assert tab.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= 390, name
            tab.click()
            assert tab.get_attribute("aria-selected") == "true"
        page.get_by_role("tab", name="起草").click()
        # the draft tab's columns stack: the notes box is above the title box, both full width
        notes = page.locator("#draft-notes").bounding_box()
        title = page.locator("#draft-title").bounding_box()
        assert title["y"] > notes["y"] + notes["height"] - 1 and notes["width"] > 300
        _no_codes(page)
        page.screenshot(path=str(ARTIFACTS / "ui_390px.png"), full_page=True)
    finally:
        context.close()

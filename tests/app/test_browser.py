"""Drives Debian's chromium (headless) through the 隐私审查 tab of the UI served at /ui."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from app_testutil import need

from app.ui import views

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TEXT = "县妇联执委张三的电话是13812345678，她的孙女李小红今年9岁，在镇中心小学读书。"

def _rgba(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, 0.5)"


pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason="Debian's chromium is not installed"),
]


def test_privacy_scan_in_the_browser(live_server, real_client):
    need(real_client, "scanner")
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
            page.goto(f"{live_server}/ui/", wait_until="domcontentloaded")
            page.get_by_role("tab", name="隐私审查").click()
            page.locator("#privacy-input textarea").fill(TEXT)
            page.locator("#privacy-scan").click()
            findings = page.locator("#privacy-findings")
            findings.get_by_text("13812345678", exact=True).wait_for(timeout=30_000)
            # each finding is a highlighted token drawn in its type's colour from the legend
            for text, label in (("13812345678", "电话"), ("张三", "姓名")):
                token = findings.locator(".token.highlighted").filter(
                    has=page.get_by_text(text, exact=True))
                assert token.count() == 1, text
                colour = token.evaluate("el => el.style.backgroundColor")
                assert colour == _rgba(views.COLOR_MAP[label]), (text, colour)
            # the granddaughter is a minor: drawn in the minors' colour
            colours = findings.locator(".token.highlighted").evaluate_all("els => els.map(e => e.style.backgroundColor)")
            assert _rgba(views.COLOR_MAP["姓名（未成年人）"]) in colours
            page.screenshot(path=str(ARTIFACTS / "ui_privacy_scan.png"), full_page=True)
        finally:
            browser.close()
    assert (ARTIFACTS / "ui_privacy_scan.png").stat().st_size > 10_000

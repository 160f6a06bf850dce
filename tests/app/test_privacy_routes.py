"""The privacy routes scan a document once and reuse the result; a scan past its budget is a 503."""

from __future__ import annotations

import pytest
from app_fakes import FakeScanner, fake_capabilities
from test_api_errors import assert_error

from privacy.limits import ScanTimeout

DOC = "张三的电话是13812345678，李小红9岁。"


class CountingScanner(FakeScanner):
    def __init__(self):
        self.scanned: list[str] = []

    def scan(self, text: str) -> dict:
        self.scanned.append(text)
        return super().scan(text)

    def mask(self, text: str, style: str = "chinese") -> dict:
        raise AssertionError("the routes mask the result of their one scan, they do not scan again")


class Late:
    def scan(self, text: str) -> dict:
        raise ScanTimeout("隐私扫描超过时间上限（60 秒），已停止；请把文本分段后再扫描。")


@pytest.fixture
def counting():
    return CountingScanner()


def test_mask_scans_once(fake_client, counting):
    with fake_client(caps=fake_capabilities(scanner=counting)) as client:
        body = client.post("/v1/privacy/mask", json={"text": DOC, "style": "placeholder"}).json()
    assert counting.scanned == [DOC]
    assert body["text"] == "[人名1]的电话是[电话1]，[人名2]9岁。"


@pytest.mark.parametrize("edit, scans", [(None, 1), ("same", 1), ("某某的电话是***，某某9岁。", 2)])
def test_release_scans_the_document_once_and_an_edited_text_once_more(fake_client, counting, edit, scans):
    with fake_client(caps=fake_capabilities(scanner=counting)) as client:
        masked = client.post("/v1/privacy/mask", json={"text": DOC}).json()["text"]
        counting.scanned.clear()
        body = {"text": DOC, "style": "chinese", "decision": "release"}
        if edit is not None:
            body["final_text"] = masked if edit == "same" else edit
        answer = client.post("/v1/privacy/release", json=body)
    assert answer.status_code == 200, answer.text
    assert len(counting.scanned) == scans and counting.scanned[0] == DOC
    assert answer.json()["audit"]["minors"] == 1


def test_release_refuses_an_edited_text_that_shows_a_finding(fake_client, counting):
    with fake_client(caps=fake_capabilities(scanner=counting)) as client:
        answer = client.post("/v1/privacy/release", json={"text": DOC, "final_text": "张三的电话是***。"})
    assert_error(answer, 422, "unmasked_personal_data")


def test_extra_terms_are_masked_and_listed(fake_client, counting):
    with fake_client(caps=fake_capabilities(scanner=counting)) as client:
        body = client.post("/v1/privacy/release", json={"text": DOC, "extra": ["电话"], "keep": ["张三"]}).json()
    assert body["text"] == "张三的**是138****5678，某某9岁。"
    assert [e["type"] for e in body["entities"]] == ["PERSON", "OTHER", "PHONE_NUMBER", "PERSON"]


@pytest.mark.parametrize("path", ["/v1/privacy/scan", "/v1/privacy/mask", "/v1/privacy/release"])
def test_scan_timeout_is_a_503_in_chinese(fake_client, path):
    with fake_client(caps=fake_capabilities(scanner=Late())) as client:
        error = assert_error(client.post(path, json={"text": DOC}), 503, "scan_timeout")
    assert "时间上限" in error["message"]

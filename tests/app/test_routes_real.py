"""Every route with the real capability objects (skipped while a capability is not installed)."""

from __future__ import annotations

import pytest
from app_testutil import need

DOC = "县妇联执委张三的电话是13812345678，她的孙女李小红今年9岁，在镇中心小学读书。"


def test_healthz_reports_backends(real_client):
    body = real_client.get("/healthz").json()
    assert set(body["capabilities"]) == {"scanner", "scorer", "library", "generator", "drafter", "polisher"}
    assert body["audit"] == {"backend": "sqlite", "status": "ready"}
    assert body["status"] in {"ok", "degraded"}


def test_openapi_lists_every_route(real_client):
    paths = set(real_client.get("/openapi.json").json()["paths"])
    for path in ("/v1/privacy/scan", "/v1/privacy/mask", "/v1/privacy/release", "/v1/assist/score",
                 "/v1/assist/draft", "/v1/assist/polish", "/v1/retrieval/search", "/v1/retrieval/compare",
                 "/v1/audit", "/v1/docx/text", "/v1/docx/render", "/healthz"):
        assert path in paths
    assert real_client.get("/docs").status_code == 200


def test_scan_finds_name_and_phone_with_offsets(real_client):
    need(real_client, "scanner")
    body = real_client.post("/v1/privacy/scan", json={"text": DOC}).json()
    by_text = {e["text"]: e for e in body["entities"]}
    assert by_text["13812345678"]["type"] == "PHONE_NUMBER"
    assert by_text["张三"]["type"] == "PERSON"
    for e in body["entities"]:
        assert DOC[e["start"]:e["end"]] == e["text"]
    assert isinstance(body["sensitive"], list)


@pytest.mark.parametrize("style", ["chinese", "placeholder", "redact"])
def test_mask_removes_the_phone(real_client, style):
    need(real_client, "scanner")
    body = real_client.post("/v1/privacy/mask", json={"text": DOC, "style": style}).json()
    assert "13812345678" not in body["text"] and "张三" not in body["text"]


@pytest.mark.parametrize(
    "decision, released",
    [("release", True), ("withhold", False)],
)
def test_release_records_an_audit_trail_without_personal_data(real_client, decision, released):
    need(real_client, "scanner")
    body = real_client.post("/v1/privacy/release", json={"text": DOC, "style": "chinese", "decision": decision}).json()
    record = body["audit"]
    assert record["decision"] == decision and record["style"] == "chinese"
    assert record["found"]["PHONE_NUMBER"] == 1 and record["found"]["PERSON"] >= 1
    assert (body["text"] is not None) is released
    assert bool(record["masked"]) is released
    listed = real_client.get("/v1/audit", params={"decision": decision}).json()
    assert listed["records"][0]["id"] == record["id"]
    assert "13812345678" not in str(listed) and "张三" not in str(listed)


def test_score_with_and_without_notes(real_client):
    need(real_client, "scorer")
    draft = "巾帼技能培训助妇女就业\n3月8日，县妇联组织200名妇女参加家政培训，150人当场签约。"
    plain = real_client.post("/v1/assist/score", json={"text": draft}).json()
    assert 0 <= plain["total"] <= 100
    for key in ("title", "lead", "five_w_one_h", "specificity", "data_support", "focus", "redundancy",
                "structure", "timeliness", "privacy"):
        assert key in plain["criteria"]
    checked = real_client.post("/v1/assist/score", json={"text": draft, "notes": "3月8日 培训 妇女100名",
                                                         "reference_date": "2025-03-10"}).json()
    assert "fidelity" in checked["criteria"]
    assert any("200" in u["text"] for u in checked["unsupported"])


def test_draft_from_notes(real_client):
    need(real_client, "drafter")
    notes = "3月8日 县妇联 家政培训 100名妇女参加 80人取得证书"
    body = real_client.post("/v1/assist/draft", json={"notes": notes}).json()
    assert body["title"] and body["text"] and body["backend"]
    assert isinstance(body["unsupported"], list)


def test_polish(real_client):
    need(real_client, "polisher")
    body = real_client.post("/v1/assist/polish", json={"text": "县妇联开展培训活动\n县妇联认真开展了培训活动，取得了良好效果。"}).json()
    assert isinstance(body["text"], str) and body["text"]


def test_search_then_compare(real_client):
    need(real_client, "library")
    found = real_client.post("/v1/retrieval/search", json={"query": "妇女 技能培训 就业", "k": 2}).json()["results"]
    assert 1 <= len(found) <= 2 and all({"id", "title", "score"} <= set(r) for r in found)
    compared = real_client.post("/v1/retrieval/compare", json={"draft": "县妇联开展培训，200名妇女参加。",
                                                               "exemplar_id": found[0]["id"]})
    assert compared.status_code == 200 and compared.json()


def test_compare_unknown_exemplar_is_404(real_client):
    need(real_client, "library")
    response = real_client.post("/v1/retrieval/compare", json={"draft": "稿件", "exemplar_id": "no-such-id"})
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_docx_round_trip(real_client):
    rendered = real_client.post("/v1/docx/render", json={"title": "主标题", "subtitle": "——副标题", "body": "第一段\n第二段"})
    assert rendered.status_code == 200 and rendered.content[:2] == b"PK"
    text = real_client.post("/v1/docx/text", files={"file": ("a.docx", rendered.content)}).json()["text"]
    assert text.splitlines() == ["主标题", "——副标题", "第一段", "第二段"]


@pytest.mark.parametrize("data, code", [(b"not a zip", "bad_docx"), (b"", "empty_file")])
def test_docx_bad_upload(real_client, data, code):
    response = real_client.post("/v1/docx/text", files={"file": ("a.docx", data)})
    assert response.status_code == 422 and response.json()["error"]["code"] == code


def test_docx_upload_missing_file_is_422(real_client):
    assert real_client.post("/v1/docx/text").status_code == 422

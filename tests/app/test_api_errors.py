"""Bad input never gives a 500 or a traceback: every error is JSON with a code and a Chinese message."""

from __future__ import annotations

import pytest
from app_fakes import Boom, fake_capabilities

ROUTES = [
    ("/v1/privacy/scan", {"text": "张三 13812345678"}),
    ("/v1/privacy/mask", {"text": "张三"}),
    ("/v1/privacy/release", {"text": "张三"}),
    ("/v1/assist/score", {"text": "张三"}),
    ("/v1/assist/draft", {"notes": "张三"}),
    ("/v1/assist/polish", {"text": "张三"}),
    ("/v1/retrieval/search", {"query": "留守儿童"}),
    ("/v1/retrieval/compare", {"draft": "稿件", "exemplar_id": "ex1"}),
]
PATHS = [path for path, _ in ROUTES]
JSON = {"content-type": "application/json"}


def assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["message"] and not body["error"]["message"].isascii()  # Chinese
    assert "Traceback" not in response.text
    if code:
        assert body["error"]["code"] == code
    return body["error"]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize(
    "raw, status, code",
    [
        (b"", 422, "empty_body"),
        (b"{not json", 422, "invalid_json"),
        (b'{"text": "\xe5\xbc"}', 400, "invalid_json"),  # not UTF-8
        (b"[]", 422, "wrong_type"),
        (b'"text"', 422, "wrong_type"),
        (b"{}", 422, "missing_field"),
    ],
    ids=["empty", "malformed", "truncated-utf8", "array", "string", "empty-object"],
)
def test_malformed_bodies_give_4xx(fake_client, path, raw, status, code):
    with fake_client() as client:
        assert_error(client.post(path, content=raw, headers=JSON), status, code)


def test_lone_surrogate_escape_gives_422(fake_client):
    with fake_client() as client:
        assert_error(client.post("/v1/privacy/scan", content=b'{"text": "\\ud800"}', headers=JSON), 422, "bad_value")


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_non_json_content_type_gives_415(fake_client, content_type):
    with fake_client() as client:
        response = client.post("/v1/privacy/scan", content=b'{"text": "a"}', headers={"content-type": content_type})
        assert_error(response, 415, "unsupported_media_type")


@pytest.mark.parametrize(
    "path, body, code",
    [
        ("/v1/privacy/scan", {"text": 123}, "wrong_type"),
        ("/v1/privacy/scan", {"text": None}, "wrong_type"),
        ("/v1/privacy/scan", {"text": ["a"]}, "wrong_type"),
        ("/v1/privacy/scan", {"text": ""}, "empty_text"),
        ("/v1/privacy/scan", {"text": "a\x00b"}, "binary_input"),
        ("/v1/privacy/scan", {"text": "a", "txet": "b"}, "unknown_field"),
        ("/v1/privacy/mask", {"text": "a", "style": "stars"}, "bad_value"),
        ("/v1/privacy/release", {"text": "a", "decision": "maybe"}, "bad_value"),
        ("/v1/assist/score", {"text": "a", "reference_date": "yesterday"}, "wrong_type"),
        ("/v1/assist/score", {"text": "a", "notes": 5}, "wrong_type"),
        ("/v1/assist/polish", {"text": "a", "operations": "all"}, "wrong_type"),
        ("/v1/retrieval/search", {"query": "a", "k": 0}, "bad_value"),
        ("/v1/retrieval/search", {"query": "a", "k": "many"}, "wrong_type"),
        ("/v1/retrieval/search", {"query": "a", "mode": "magic"}, "bad_value"),
        ("/v1/retrieval/compare", {"draft": "a"}, "missing_field"),
    ],
)
def test_wrong_types_and_values_give_422(fake_client, path, body, code):
    with fake_client() as client:
        assert_error(client.post(path, json=body), 422, code)


@pytest.mark.parametrize("path, body", ROUTES)
def test_text_over_max_chars_gives_413(fake_client, path, body):
    long_body = {k: (v * 50 if k != "exemplar_id" else v) for k, v in body.items()}
    with fake_client(max_chars=20) as client:
        assert_error(client.post(path, json=long_body), 413, "too_large")


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_body_over_size_limit_gives_413(fake_client, chunked):
    payload = b'{"text": "' + b"a" * 5000 + b'"}'
    content = iter([payload[:2000], payload[2000:]]) if chunked else payload
    with fake_client(max_body_bytes=4096) as client:
        assert_error(client.post("/v1/privacy/scan", content=content, headers=JSON), 413, "too_large")


def test_body_under_size_limit_passes(fake_client):
    with fake_client(max_body_bytes=4096) as client:
        assert client.post("/v1/privacy/scan", json={"text": "a" * 1000}).status_code == 200


@pytest.mark.parametrize(
    "method, path, status",
    [("get", "/v1/nothing", 404), ("get", "/v1/privacy/scan", 405), ("delete", "/v1/audit", 405)],
)
def test_unknown_routes_and_methods(fake_client, method, path, status):
    with fake_client() as client:
        assert_error(getattr(client, method)(path), status)


@pytest.mark.parametrize("path, body", ROUTES)
def test_missing_capability_gives_503(fake_client, path, body):
    caps = fake_capabilities(scanner=None, scorer=None, library=None, drafter=None, polisher=None)
    with fake_client(caps=caps) as client:
        assert_error(client.post(path, json=body), 503, "capability_unavailable")


@pytest.mark.parametrize("path, body", ROUTES)
def test_unexpected_error_is_a_plain_500_and_its_message_is_not_logged(fake_client, path, body, caplog):
    caps = fake_capabilities(scanner=Boom(), scorer=Boom(), library=Boom(), drafter=Boom(), polisher=Boom())
    with fake_client(caps=caps) as client:
        response = client.post(path, json=body)
        error = assert_error(response, 500, "internal")
        assert "张三" not in response.text and "RuntimeError" not in error["message"]
    assert "RuntimeError" in caplog.text and path in caplog.text
    assert "张三" not in caplog.text


def test_docs_need_no_cdn(fake_client):
    import re

    with fake_client() as client:
        page = client.get("/docs")
        assert page.status_code == 200
        assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
        assert assets and all(a.startswith("/") for a in assets)
        assert all(client.get(a).status_code == 200 for a in assets)


def test_domain_error_keeps_its_status_and_message(fake_client):
    from models.errors import InputError

    class Refuses:
        def scan(self, text):
            raise InputError("文本无法处理：请提供正文。", code="no_body")

    with fake_client(caps=fake_capabilities(scanner=Refuses())) as client:
        error = assert_error(client.post("/v1/privacy/scan", json={"text": "x"}), 422, "no_body")
        assert error["message"] == "文本无法处理：请提供正文。"

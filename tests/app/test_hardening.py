"""Holes a probe of the running service found (issue 16): each test failed before its fix."""

from __future__ import annotations

import pytest
from app_fakes import fake_capabilities
from test_api_errors import assert_error

JSON = {"content-type": "application/json"}


# 1. the body limit counts the bytes received, not the declared Content-Length
@pytest.mark.parametrize("declared", ["5", "100"])
def test_declared_length_smaller_than_the_body_cannot_bypass_the_limit(fake_client, declared):
    payload = b'{"text": "' + b"a" * 20_000 + b'"}'
    with fake_client(max_body_bytes=4096) as client:
        response = client.post("/v1/privacy/scan", content=iter([payload[:10], payload[10:]]),
                               headers={**JSON, "content-length": declared})
        assert_error(response, 413, "too_large")


def test_body_counter_passes_bodies_under_the_limit(fake_client):
    with fake_client(max_body_bytes=4096) as client:
        payload = b'{"text": "13812345678"}'
        response = client.post("/v1/privacy/scan", content=iter([payload[:5], payload[5:]]), headers=JSON)
        assert response.status_code == 200 and response.json()["entities"][0]["type"] == "PHONE_NUMBER"


# 3. the character limit counts the text after normalisation (NFKC expands some characters)
def test_limit_counts_the_normalised_text(fake_client):
    with fake_client(max_chars=1000) as client:
        assert client.post("/v1/privacy/scan", json={"text": "好" * 900}).status_code == 200
        # 60 x U+FDFA is 60 characters that NFKC expands to 18 each (1080)
        assert_error(client.post("/v1/privacy/scan", json={"text": "\ufdfa" * 60}), 413, "too_large")


def test_heavy_expansion_is_refused_under_the_limit(fake_client):
    with fake_client() as client:  # default limit (1M): 20k x U+FDFA expands to 360k characters
        error = assert_error(client.post("/v1/privacy/scan", json={"text": "\ufdfa" * 20_000}), 413, "too_large")
        assert "规范化" in error["message"]


def test_time_budget_answers_503_when_work_runs_too_long(fake_client):
    import time

    class Slow:
        def scan(self, text):
            time.sleep(3)
            return {"entities": [], "sensitive": []}

    with fake_client(caps=fake_capabilities(scanner=Slow()), request_timeout_s=0.5) as client:
        started = time.monotonic()
        error = assert_error(client.post("/v1/privacy/scan", json={"text": "x"}), 503, "timeout")
        assert time.monotonic() - started < 2.5
        assert "超时" in error["message"]


# 7. Host check, cache and security headers, WWW-Authenticate
@pytest.mark.parametrize("host, status", [("attacker.example", 400), ("attacker.example:8000", 400),
                                          ("127.0.0.1:8000", 200), ("localhost", 200), ("[::1]:8000", 200)])
def test_host_header_is_checked(fake_client, host, status):
    with fake_client(trusted_hosts="") as client:  # the default: loopback names only
        response = client.get("/v1/audit", headers={"host": host})
        assert response.status_code == status, response.text
        if status == 400:
            assert_error(response, 400, "bad_host")


def test_configured_trusted_hosts(fake_client):
    with fake_client(trusted_hosts="fulian.example.org, *.lan") as client:
        assert client.get("/v1/audit", headers={"host": "fulian.example.org"}).status_code == 200
        assert client.get("/v1/audit", headers={"host": "a.lan"}).status_code == 200
        assert client.get("/v1/audit", headers={"host": "127.0.0.1"}).status_code == 200  # loopback always
        assert client.get("/v1/audit", headers={"host": "other.example.org"}).status_code == 400
        assert client.get("/v1/audit", headers={"host": "lan"}).status_code == 400


@pytest.mark.parametrize("method, path, body", [("post", "/v1/privacy/scan", {"text": "张三"}),
                                                ("get", "/v1/audit", None), ("post", "/v1/privacy/scan", {})])
def test_api_responses_are_not_cached_and_carry_security_headers(fake_client, method, path, body):
    with fake_client() as client:
        response = getattr(client, method)(path, **({"json": body} if body is not None else {}))
        headers = response.headers
        assert headers["cache-control"] == "no-store"
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_401_names_the_scheme(fake_client):
    from app_testutil import KEYS

    with fake_client(api_keys=KEYS) as client:
        response = client.get("/v1/audit")
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")


# 8. the two 500s, the schema, the messages
@pytest.mark.parametrize("body", ["m\u001a", "a\u0001b", "\ud7ff\ufffe"])
def test_render_with_control_characters_is_a_422(fake_client, body):
    with fake_client() as client:
        error = assert_error(client.post("/v1/docx/render", json={"body": body}), 422, "control_characters")
        assert "控制字符" in error["message"]


def test_render_keeps_tabs_and_turns_vertical_tabs_into_lines(fake_client):
    from app.docx_io import read_docx

    with fake_client() as client:
        response = client.post("/v1/docx/render", json={"title": "标\u000b题", "body": "第一段\u000b第二段\t完"})
        assert response.status_code == 200
        assert read_docx(response.content).splitlines()[1:] == ["第一段", "第二段\t完"]


@pytest.mark.parametrize("offset", ["9223372036854775808", "9223372036854775807", "99999999999999999999"])
def test_huge_audit_offset_is_a_422(fake_client, offset):
    with fake_client() as client:
        assert_error(client.get(f"/v1/audit?offset={offset}"), 422, "bad_value")


def test_openapi_lists_400_and_404(fake_client):
    with fake_client() as client:
        paths = client.get("/openapi.json").json()["paths"]
        for path, ops in paths.items():
            if path.startswith("/v1"):
                for op in ops.values():
                    assert {"400", "404"} <= set(op["responses"]), path


@pytest.mark.parametrize("path, body, expected", [
    ("/v1/privacy/scan", {"text": 5}, "字段 text（文本）应为字符串"),
    ("/v1/retrieval/search", {"query": "a", "k": "x"}, "字段 k（返回条数）应为整数"),
    ("/v1/privacy/scan", "纯字符串", "请求体应为 JSON 对象"),
])
def test_validation_messages_name_the_field(fake_client, path, body, expected):
    with fake_client() as client:
        error = assert_error(client.post(path, json=body), 422)
        assert expected in error["message"]
        assert "字段 请求体" not in error["message"]

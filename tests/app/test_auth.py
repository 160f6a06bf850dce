"""API keys, roles, and the loopback-only single-user mode."""

from __future__ import annotations

import pytest
from app_testutil import HEADERS, KEY, KEYS

from app.auth import KeyRing, Unauthenticated, check_bind, is_loopback
from app.main import create_app
from app.settings import Settings, load_settings
from models.errors import ConfigError


@pytest.mark.parametrize(
    "host, loopback",
    [("127.0.0.1", True), ("127.8.0.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
     ("0.0.0.0", False), ("192.168.1.10", False), ("::", False), ("example.org", False)],
)
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


@pytest.mark.parametrize("host", ["0.0.0.0", "10.0.0.5", "::"])
def test_non_loopback_without_keys_refuses_to_start(host):
    with pytest.raises(ConfigError, match="FULIAN_API_KEYS"):
        create_app(Settings(host=host, ui=False))


@pytest.mark.parametrize("host", ["0.0.0.0", "10.0.0.5"])
def test_non_loopback_with_keys_starts(host):
    check_bind(host, KeyRing.from_setting("k" * 16 + ":reviewer"))


def test_keyring_names_and_fingerprints():
    alpha, beta = "alpha-0123456789abcdef", "beta-0123456789abcdef"
    ring = KeyRing.from_setting(f"{alpha}:reviewer:李审核, {beta}:officer", secret=b"s" * 32)
    assert ring.resolve(alpha).name == "李审核" and ring.resolve(alpha).role == "reviewer"
    label = ring.resolve(beta).name
    assert ring.resolve(beta).role == "officer" and label.startswith("key-") and beta not in label
    # the label is keyed by the server secret: a plain hash of the key does not reproduce it
    import hashlib

    assert label[4:] not in hashlib.sha256(beta.encode()).hexdigest()
    assert KeyRing.from_setting(f"{beta}:officer", secret=b"t" * 32).resolve(beta).name != label


@pytest.mark.parametrize("key", [None, "", "gamma", "alpha-0123456789abcde", "alpha-0123456789abcdef0"])
def test_keyring_rejects_missing_or_unknown_keys(key):
    with pytest.raises(Unauthenticated):
        KeyRing.from_setting("alpha-0123456789abcdef:reviewer").resolve(key)


@pytest.mark.parametrize("keys", ["ab:reviewer", "0123456789abcdef:admin,short-key:officer"])
def test_short_keys_are_refused_at_start(keys):
    with pytest.raises(ConfigError, match="至少需要 16 个") as info:
        load_settings(api_keys=keys)
    assert "short-key" not in info.value.message and "ab:" not in info.value.message  # never echoes a key
    with pytest.raises(ConfigError, match="至少需要 16 个"):
        KeyRing.from_setting(keys)


@pytest.mark.parametrize("value", ["k:boss", "k", ":reviewer"])
def test_settings_reject_bad_key_lists(value):
    with pytest.raises(ValueError):
        Settings(api_keys=value)


# role -> (method, path, body) -> expected status
SCAN = ("post", "/v1/privacy/scan", {"text": "张三 13812345678"})
RELEASE = ("post", "/v1/privacy/release", {"text": "张三 13812345678"})
SCORE = ("post", "/v1/assist/score", {"text": "稿件"})
DRAFT = ("post", "/v1/assist/draft", {"notes": "素材"})
SEARCH = ("post", "/v1/retrieval/search", {"query": "留守儿童"})
AUDIT = ("get", "/v1/audit", None)

ROLE_TABLE = [
    ("officer", SCAN, 200), ("officer", RELEASE, 403), ("officer", SCORE, 200), ("officer", DRAFT, 200),
    ("officer", SEARCH, 200), ("officer", AUDIT, 403),
    ("reviewer", SCAN, 200), ("reviewer", RELEASE, 200), ("reviewer", SCORE, 200), ("reviewer", DRAFT, 403),
    ("reviewer", SEARCH, 403), ("reviewer", AUDIT, 200),
    ("trainer", SCAN, 200), ("trainer", RELEASE, 403), ("trainer", SCORE, 200), ("trainer", DRAFT, 200),
    ("trainer", SEARCH, 200), ("trainer", AUDIT, 403),
    ("admin", SCAN, 200), ("admin", RELEASE, 200), ("admin", DRAFT, 200), ("admin", SEARCH, 200),
    ("admin", AUDIT, 200),
]


@pytest.mark.parametrize("role, call, status", ROLE_TABLE, ids=[f"{r}-{c[1]}" for r, c, _ in ROLE_TABLE])
def test_roles(fake_client, role, call, status):
    method, path, body = call
    with fake_client(api_keys=KEYS) as client:
        kwargs = {"json": body} if body is not None else {}
        response = getattr(client, method)(path, headers=HEADERS[role], **kwargs)
        assert response.status_code == status, response.text
        if status == 403:
            assert response.json()["error"]["code"] == "forbidden"


@pytest.mark.parametrize(
    "headers, status",
    [({}, 401), ({"X-API-Key": "wrong"}, 401), ({"Authorization": f"Bearer {KEY['reviewer']}"}, 200),
     ({"Authorization": f"Basic {KEY['reviewer']}"}, 401), ({"X-API-Key": KEY["reviewer"]}, 200)],
)
def test_keys_are_required_when_configured(fake_client, headers, status):
    with fake_client(api_keys=KEYS) as client:
        response = client.post("/v1/privacy/scan", json={"text": "张三"}, headers=headers)
        assert response.status_code == status
        if status == 401:
            assert response.json()["error"]["code"] == "unauthenticated"


def test_single_user_mode_needs_no_key_and_is_admin(fake_client):
    with fake_client() as client:
        assert client.get("/healthz").json()["single_user"] is True
        assert client.get("/v1/audit").status_code == 200
        record = client.post("/v1/privacy/release", json={"text": "张三"}).json()["audit"]
        assert (record["actor"], record["role"]) == ("local", "admin")


def test_healthz_needs_no_key(fake_client):
    with fake_client(api_keys=KEYS) as client:
        assert client.get("/healthz").status_code == 200

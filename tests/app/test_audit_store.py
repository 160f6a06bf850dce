"""The audit store on SQLite (WAL): counts and hashes, never personal data."""

from __future__ import annotations

import sqlite3

import pytest

from app.audit import AuditStore, document_hash
from models.errors import ConfigError

DOC = "张三（13812345678）的女儿李小红今年9岁。"
FOUND = [{"type": "PERSON", "text": "张三"}, {"type": "PHONE_NUMBER", "text": "13812345678"},
         {"type": "PERSON", "text": "李小红"}]


SECRET = bytes(range(32))


@pytest.fixture
def store(tmp_path):
    s = AuditStore(f"sqlite:///{tmp_path}/sub/audit.db", SECRET)
    yield s
    s.close()


def test_record_keeps_counts_and_hashes(store):
    rec = store.record(actor="李审核", role="reviewer", document=DOC, released="某某（***）", style="chinese",
                       decision="release", found=FOUND, masked=FOUND[:2], minors=1, sensitive=0)
    assert rec["found"] == {"PERSON": 2, "PHONE_NUMBER": 1}
    assert rec["masked"] == {"PERSON": 1, "PHONE_NUMBER": 1}
    assert rec["document_sha256"] == document_hash(DOC, SECRET) and rec["document_chars"] == len(DOC)
    assert rec["created_at"].endswith("+00:00")
    assert store.list()["records"] == [rec]


def test_no_personal_data_reaches_the_database(store, tmp_path):
    store.record(actor="李审核", role="reviewer", document=DOC, released="某某", style="chinese",
                 decision="release", found=FOUND, masked=FOUND)
    store.close()
    raw = b"".join(p.read_bytes() for p in (tmp_path / "sub").iterdir())
    for secret in ("张三", "13812345678", "李小红"):
        assert secret.encode("utf-8") not in raw


def test_sqlite_uses_wal(store, tmp_path):
    store.list()
    mode = sqlite3.connect(tmp_path / "sub" / "audit.db").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


@pytest.mark.parametrize("decision, expected", [(None, 3), ("release", 2), ("withhold", 1)])
def test_list_filters_and_orders_newest_first(store, decision, expected):
    for d in ("release", "withhold", "release"):
        store.record(actor="a", role="admin", document=d, released=None, style="redact", decision=d,
                     found=[], masked=[])
    page = store.list(decision=decision)
    assert page["total"] == expected
    ids = [r["id"] for r in page["records"]]
    assert ids == sorted(ids, reverse=True)


def test_paging(store):
    for i in range(5):
        store.record(actor="a", role="admin", document=str(i), released=None, style="redact",
                     decision="withhold", found=[], masked=[])
    assert [r["id"] for r in store.list(limit=2, offset=1)["records"]] == [4, 3]


@pytest.mark.parametrize("url", ["not a url", "nosuchdb://x"])
def test_bad_url_is_a_config_error(url):
    with pytest.raises(ConfigError):
        AuditStore(url, SECRET)


def test_hashes_cannot_be_recomputed_without_the_server_secret(store):
    """A withheld phone number must not be recoverable by hashing the 10^8 candidates."""
    import hashlib

    rec = store.record(actor="a", role="admin", document="13812345678", released=None, style="redact",
                       decision="withhold", found=[], masked=[])
    assert rec["document_sha256"] != hashlib.sha256(b"13812345678").hexdigest()
    assert rec["document_sha256"] != document_hash("13812345678", b"another secret, 32 bytes long..")
    assert rec["document_sha256"] == document_hash("13812345678", SECRET)  # equal texts still match


def test_server_secret_is_created_once_with_mode_0600(tmp_path):
    import stat

    from app.server_secret import load_or_create_secret

    path = tmp_path / "var" / "secret.key"
    first = load_or_create_secret(path)
    assert len(first) == 32 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_secret(path) == first
    path.chmod(0o644)
    assert load_or_create_secret(path) == first and stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text("not hex")
    with pytest.raises(ConfigError, match="内容无效"):
        load_or_create_secret(path)


def test_the_app_keys_its_audit_with_the_secret_beside_the_database(fake_client, tmp_path):
    import hashlib

    with fake_client() as client:
        rec = client.post("/v1/privacy/release", json={"text": "13812345678", "decision": "withhold"}).json()["audit"]
    assert (tmp_path / "fulian-secret.key").is_file()
    assert rec["document_sha256"] != hashlib.sha256(b"13812345678").hexdigest()

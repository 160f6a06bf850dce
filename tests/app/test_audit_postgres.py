"""The audit store on PostgreSQL, started for the test from Debian's packages (skipped without them)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time

import pytest

pytestmark = pytest.mark.postgres


def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return os.path.dirname(found[-1]) if found else None


def _as_postgres(cmd: list[str]) -> list[str]:
    """Commands run as the postgres user when we are root (PostgreSQL refuses to run as root)."""
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


@pytest.fixture(scope="module")
def pg_url():
    pytest.importorskip("psycopg")
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("no postgres user to run the server as")
    root = tempfile.mkdtemp(prefix="fulian-pg-")
    data = os.path.join(root, "data")
    if os.geteuid() == 0:
        os.chown(root, owner.pw_uid, owner.pw_gid)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run = dict(check=True, capture_output=True, timeout=120)
    try:
        subprocess.run(_as_postgres([f"{bindir}/initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
                       **run)
        subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", data, "-w", "-l", os.path.join(root, "log"),
                                     "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {root}", "start"]), **run)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, FileNotFoundError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"could not start PostgreSQL: {exc}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "stop"]), capture_output=True,
                       timeout=60)
        shutil.rmtree(root, ignore_errors=True)


def test_audit_store_on_postgres(pg_url):
    from app.audit import AuditStore, document_hash

    store = AuditStore(pg_url, b"s" * 32)
    try:
        assert store.backend == "postgresql"
        doc = "张三（13812345678）"
        rec = store.record(actor="李审核", role="reviewer", document=doc, released="某某（***）", style="chinese",
                           decision="release", found=[{"type": "PERSON"}, {"type": "PHONE_NUMBER"}],
                           masked=[{"type": "PERSON"}, {"type": "PHONE_NUMBER"}], minors=0)
        store.record(actor="李审核", role="reviewer", document="x", released=None, style="redact",
                     decision="withhold", found=[], masked=[])
        page = store.list()
        assert page["total"] == 2 and page["records"][1] == rec
        assert rec["document_sha256"] == document_hash(doc, b"s" * 32) and rec["created_at"].endswith("+00:00")
        assert store.list(decision="withhold")["total"] == 1
    finally:
        store.close()


def test_service_uses_postgres_for_releases(pg_url, fake_client):
    with fake_client(database_url=pg_url) as client:
        assert client.get("/healthz").json()["audit"] == {"backend": "postgresql", "status": "ready"}
        record = client.post("/v1/privacy/release", json={"text": "张三 13812345678"}).json()["audit"]
        assert record["found"] == {"PERSON": 1, "PHONE_NUMBER": 1}
        assert client.get("/v1/audit").json()["records"][0]["id"] == record["id"]


def test_unreachable_database_gives_503_on_release(fake_client):
    start = time.monotonic()
    with fake_client(database_url="postgresql+psycopg://postgres@127.0.0.1:9/none?connect_timeout=2") as client:
        assert client.get("/healthz").json()["audit"]["status"] == "unavailable"
        response = client.post("/v1/privacy/release", json={"text": "张三"})
        assert response.status_code == 503 and response.json()["error"]["code"] == "backend_unavailable"
    assert time.monotonic() - start < 30

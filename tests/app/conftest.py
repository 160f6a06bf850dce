"""Fixtures: apps with fake capabilities (for error and role tests) and the real app (loaded once)."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

# the helper modules beside this file import under any pytest --import-mode
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from app.api.capabilities import Capabilities  # noqa: E402
from app.main import create_app  # noqa: E402
from app.settings import Settings  # noqa: E402
from app_fakes import fake_capabilities  # noqa: E402
from app_testutil import free_port  # noqa: E402


@pytest.fixture
def fake_client(tmp_path):
    """A factory: ``with fake_client(caps=..., **settings) as client``."""

    @contextmanager
    def make(caps=None, **overrides):
        # TestClient sends "Host: testserver"
        settings = Settings(**{"ui": False, "database_url": f"sqlite:///{tmp_path}/audit.db",
                               "trusted_hosts": "testserver", "background_load": False, **overrides})
        app = create_app(settings, capabilities=lambda _settings: Capabilities({}))  # load nothing real
        capabilities = caps or fake_capabilities()
        with TestClient(app, raise_server_exceptions=False) as client:
            services = app.state.services
            services.capabilities = capabilities  # the typed services now serve the fakes
            yield client

    return make


BUNDLED_CORPUS = Path(__file__).resolve().parents[2] / "retrieval" / "data" / "exemplars.jsonl"


@pytest.fixture(scope="session")
def real_client(tmp_path_factory):
    """The real app with every capability that is installed, built once per test run.

    The exemplar library gets the first few bundled exemplars, so that building it stays quick.
    """
    tmp = tmp_path_factory.mktemp("real")
    corpus = None
    if BUNDLED_CORPUS.is_file():
        corpus = tmp / "exemplars.jsonl"
        corpus.write_text("".join(BUNDLED_CORPUS.read_text(encoding="utf-8").splitlines(keepends=True)[:4]),
                          encoding="utf-8")
    settings = Settings(ui=False, database_url=f"sqlite:///{tmp}/audit.db", corpus_path=str(corpus) if corpus else None,
                        trusted_hosts="testserver", scan_processes=0, background_load=False)  # in-process: test_scan_pool covers the pool
    app = create_app(settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client




@pytest.fixture(scope="session")
def live_server(real_client, tmp_path_factory):
    """``fulian serve``'s app (API + UI) on a loopback port, in a thread, reusing the loaded capabilities."""
    import threading
    import time

    import uvicorn

    port = free_port()
    db = tmp_path_factory.mktemp("live") / "audit.db"
    loaded = real_client.app.state.services.capabilities
    app = create_app(Settings(port=port, database_url=f"sqlite:///{db}", background_load=False),
                     capabilities=lambda _s: loaded)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the live server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)

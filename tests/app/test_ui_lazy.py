"""The UI is built after the server answers: a Chinese waiting page (503) until then, the UI after."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.ui.lazy import LOADING_ID, LazyUI


def _holder_app() -> FastAPI:
    inner = FastAPI()
    inner.get("/")(lambda: {"ui": "built"})
    holder = FastAPI()
    holder.mount("/ui", inner)
    return holder


@pytest.mark.parametrize("method, kind", [("GET", "text/html"), ("POST", "application/json")])
def test_a_waiting_page_until_built_then_the_ui(method, kind):
    lazy = LazyUI(_holder_app)
    app = FastAPI()
    app.mount("/ui", lazy)
    with TestClient(app) as client:
        waiting = client.request(method, "/ui/")
        assert waiting.status_code == 503 and waiting.headers["content-type"].startswith(kind)
        assert "正在加载" in waiting.text and waiting.headers["retry-after"] == "2"
        if method == "GET":
            assert LOADING_ID in waiting.text
        lazy.build()
        client.portal.call(lazy.activate)
        assert lazy.status == "ready"
        assert client.get("/ui/").json() == {"ui": "built"}
        client.portal.call(lazy.close)


def test_a_ui_that_fails_to_build_says_so_and_the_rest_serves():
    def broken():
        raise RuntimeError("no gradio here")

    lazy = LazyUI(broken)
    lazy.build()
    asyncio.run(lazy.activate())
    assert lazy.status == "failed"
    app = FastAPI()
    app.mount("/ui", lazy)
    app.get("/ok")(lambda: {"ok": True})
    with TestClient(app) as client:
        page = client.get("/ui/")
        assert page.status_code == 503 and "加载失败" in page.text
        assert client.get("/ok").status_code == 200


def test_fulian_serve_answers_healthz_before_the_ui_is_built(tmp_path, monkeypatch):
    """Background start-up: /healthz shows the UI loading while the Gradio build is held back."""
    import app.ui as ui_module
    from app.api.capabilities import Capabilities
    from app.main import create_app
    from app.settings import Settings

    release = threading.Event()
    real_mount = ui_module._gradio_mount

    def held_mount(*args, **kwargs):
        release.wait(30)
        return real_mount(*args, **kwargs)

    monkeypatch.setattr(ui_module, "_gradio_mount", held_mount)
    app = create_app(Settings(ui=True, database_url=f"sqlite:///{tmp_path}/a.db"), capabilities=lambda _s: Capabilities({}))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        assert client.get("/healthz").json()["ui"]["status"] == "loading"
        assert client.get("/ui/").status_code == 503
        release.set()
        deadline = time.monotonic() + 60
        while client.get("/healthz").json()["ui"]["status"] == "loading" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert client.get("/healthz").json()["ui"]["status"] == "ready"
        page = client.get("/ui/")
        assert page.status_code == 200 and "妇联信息助手" in page.text and LOADING_ID not in page.text


def test_the_private_folder_goes_when_the_service_stops(tmp_path):
    """The mounted UI's uploads and downloads folder is removed by the service's own lifespan."""
    from app.api.capabilities import Capabilities
    from app.main import create_app
    from app.settings import Settings
    from app.ui import blocks

    app = create_app(Settings(ui=True, database_url=f"sqlite:///{tmp_path}/a.db", background_load=False),
                     capabilities=lambda _s: Capabilities({}))
    with TestClient(app, base_url="http://127.0.0.1"):
        folder = blocks.private_dir()
        (folder / "上官翠萍15836271940.docx").write_bytes(b"PK")
        assert folder.is_dir()
    assert not folder.exists()


@pytest.mark.slow  # starts `fulian serve` with the UI: 10-30 s on a busy 2-core machine
def test_a_terminated_fulian_serve_leaves_no_private_folder(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    import httpx

    from app_testutil import free_port

    port, root = free_port(), Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "HF_HUB_OFFLINE": "1", "TMPDIR": str(tmp_path),
           "FULIAN_DATABASE_URL": f"sqlite:///{tmp_path}/a.db", "FULIAN_CAPABILITIES": "generator"}
    proc = subprocess.Popen([sys.executable, "-m", "app.cli.main", "serve", "--port", str(port)], env=env, cwd=root)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).json()["ui"]["status"] == "ready":
                    break
            except (httpx.HTTPError, ValueError):
                pass
            time.sleep(0.25)
        assert list(tmp_path.glob("fulian-ui-*")), "the UI made no private folder"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    assert list(tmp_path.glob("fulian-ui-*")) == []

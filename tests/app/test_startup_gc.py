"""The collector pause of a served process's start-up."""

from __future__ import annotations

import gc

import pytest

from app import startup_gc


@pytest.fixture()
def collector(monkeypatch):
    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))  # never freeze the test process
    monkeypatch.setattr(startup_gc, "_paused", False)
    was = gc.isenabled()
    yield frozen
    gc.enable() if was else gc.disable()


def test_pause_then_resume_collects_freezes_and_reenables(collector):
    gc.enable()
    startup_gc.pause()
    assert not gc.isenabled()
    startup_gc.resume()
    assert gc.isenabled() and collector == [True]
    startup_gc.resume()  # twice: nothing more
    assert collector == [True]


def test_resume_leaves_a_collector_it_did_not_pause(collector):
    gc.disable()  # switched off by someone else (a profiler, the embedding program)
    startup_gc.pause()
    startup_gc.resume()
    assert not gc.isenabled() and collector == []


def test_an_app_built_outside_serve_leaves_the_collector_alone(collector, tmp_path):
    from fastapi.testclient import TestClient

    from app.api.capabilities import Capabilities
    from app.main import create_app
    from app.settings import Settings

    gc.enable()
    settings = Settings(ui=False, database_url=f"sqlite:///{tmp_path}/audit.db", trusted_hosts="testserver",
                        secret_path=str(tmp_path / "secret"), background_load=False)
    with TestClient(create_app(settings, capabilities=lambda s: Capabilities({}))) as client:
        assert client.get("/healthz").status_code == 200
    assert gc.isenabled() and collector == []

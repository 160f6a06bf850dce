"""Loading capabilities: missing, failed and disabled ones are reported, never fatal."""

from __future__ import annotations

import pytest

from app.api.capabilities import Capabilities, CapabilityUnavailable, _build, build_capabilities
from app.settings import Settings
from models.errors import ConfigError


def _boom(_target):
    raise RuntimeError("bug while loading")


def _refuse(_target):
    raise ConfigError("模型文件不存在：请检查 FULIAN_NER_MODEL_DIR。")


@pytest.mark.parametrize(
    "path, factory, enabled, status, detail",
    [
        ("no_such_package.scanner:build", lambda f: f, True, "missing", "未安装"),
        ("json:no_such_function", lambda f: f, True, "failed", "导入失败"),
        ("json:dumps", _boom, True, "failed", "RuntimeError"),
        ("json:dumps", _refuse, True, "failed", "FULIAN_NER_MODEL_DIR"),
        ("json:dumps", lambda f: f, False, "disabled", "FULIAN_CAPABILITIES"),
        ("json:dumps", lambda f: f({"a": 1}), True, "ready", ""),
    ],
)
def test_build_statuses(path, factory, enabled, status, detail):
    cap = _build("scanner", path, factory, enabled)
    assert cap.status == status and detail in cap.detail
    if status != "ready":
        with pytest.raises(CapabilityUnavailable) as info:
            Capabilities({"scanner": cap}).get("scanner")
        assert info.value.http_status == 503 and "隐私审查" in info.value.message
    else:
        assert Capabilities({"scanner": cap}).service("scanner").upper() == '{"A": 1}'


def test_a_missing_dependency_of_an_installed_module_is_a_failure(tmp_path, monkeypatch):
    (tmp_path / "fulian_probe_mod.py").write_text("import fulian_not_installed_dep\nbuild = None\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    cap = _build("scanner", "fulian_probe_mod:build", lambda f: f)
    assert cap.status == "failed" and "fulian_not_installed_dep" in cap.detail


def test_only_the_chosen_capabilities_load():
    caps = build_capabilities(Settings(capabilities="generator"))
    statuses = {name: c.status for name, c in caps.items.items()}
    assert statuses["generator"] == "ready"
    assert {statuses[n] for n in ("scanner", "scorer", "library", "drafter", "polisher")} == {"disabled"}


def test_background_load_answers_healthz_at_once_and_serves_what_is_ready(tmp_path):
    """The server answers while capabilities load; each one's state is on /healthz; 503 until ready."""
    import threading

    from fastapi.testclient import TestClient

    from app.api.capabilities import Capabilities, Capability
    from app.main import create_app
    from app.settings import Settings
    from app_fakes import FakeScanner

    release = threading.Event()

    def slow_factory(_settings):
        release.wait(10)
        return Capabilities({"scanner": Capability(name="scanner", obj=FakeScanner(), status="ready")})

    settings = Settings(ui=False, database_url=f"sqlite:///{tmp_path}/a.db", trusted_hosts="testserver")
    with TestClient(create_app(settings, capabilities=slow_factory), raise_server_exceptions=False) as client:
        health = client.get("/healthz").json()
        assert health["status"] == "starting" and health["capabilities"]["scanner"]["status"] == "loading"
        response = client.post("/v1/privacy/scan", json={"text": "张三"})
        assert response.status_code == 503 and response.json()["error"]["code"] == "loading"
        release.set()
        for _ in range(100):
            if client.get("/healthz").json()["capabilities"]["scanner"]["status"] == "ready":
                break
            threading.Event().wait(0.05)
        assert client.post("/v1/privacy/scan", json={"text": "张三"}).status_code == 200

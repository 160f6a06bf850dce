"""Settings used by the service: environment, config file, validation."""

from __future__ import annotations

import pytest

from app.settings import Settings, load_settings
from models.errors import ConfigError


def test_environment_and_config_file(tmp_path, monkeypatch):
    config = tmp_path / "fulian.yaml"
    config.write_text("port: 9001\nworkers: 2\ncapabilities: scanner\nmax_chars: 5000\n", encoding="utf-8")
    monkeypatch.setenv("FULIAN_CONFIG", str(config))
    monkeypatch.setenv("FULIAN_PORT", "9002")  # the environment wins over the file
    settings = load_settings()
    assert (settings.port, settings.workers, settings.capabilities, settings.max_chars) == (9002, 2, "scanner", 5000)
    assert load_settings(port=9003).port == 9003  # command-line options win over both


@pytest.mark.parametrize(
    "field, value",
    [("port", 0), ("workers", 0), ("workers", 99), ("max_body_bytes", 10), ("person_model", "bert"),
     ("api_keys", "k:superuser")],
)
def test_bad_values_fail_fast(field, value, monkeypatch):
    monkeypatch.delenv("FULIAN_CONFIG", raising=False)
    with pytest.raises(ConfigError, match="配置无效"):
        load_settings(**{field: value})


K1, K2 = "k1-0123456789abcdef", "k2-0123456789abcdef"


@pytest.mark.parametrize("value", ["", f"{K1}:reviewer", f"{K1}:reviewer:李审核,{K2}:officer",
                                   f" {K1}:admin , {K2}:trainer:培训 "])
def test_api_key_lists(value):
    assert Settings(api_keys=value).api_keys == value


@pytest.mark.parametrize("env, value, message", [
    ("FULIAN_NER_THREADS", "0", "ner_threads：应不小于 1"), ("FULIAN_PORT", "abc", "port：应为整数"),
    ("FULIAN_PERSON_MODEL", "bert", "person_model：只能是 auto、ner、thulac、jieba、rules"),
    ("FULIAN_UI", "maybe", "ui：应为 true 或 false"),
])
def test_setting_errors_are_in_chinese(env, value, message, monkeypatch):
    monkeypatch.delenv("FULIAN_CONFIG", raising=False)
    monkeypatch.setenv(env, value)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert message in info.value.message

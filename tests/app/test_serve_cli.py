"""``fulian serve`` refusing unsafe binds, and ``fulian bench load``."""

from __future__ import annotations

import json
import random

import pytest
from app_testutil import need
from typer.testing import CliRunner

import app.cli.serve  # noqa: F401  (registers the commands)
from app.cli.common import cli
from app.loadtest import make_report

runner = CliRunner()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20"])
def test_serve_refuses_non_loopback_without_keys(host, monkeypatch):
    monkeypatch.delenv("FULIAN_API_KEYS", raising=False)
    result = runner.invoke(cli, ["serve", "--host", host])
    assert result.exit_code == 2
    assert "拒绝启动" in result.output and "FULIAN_API_KEYS" in result.output


def test_unknown_capability_name_is_a_config_error(monkeypatch):
    from app.api.capabilities import build_capabilities
    from app.settings import Settings
    from models.errors import ConfigError

    with pytest.raises(ConfigError, match="scaner"):
        build_capabilities(Settings(capabilities="scaner"))


@pytest.mark.parametrize("chars", [200, 2000])
def test_reports_have_the_requested_length_and_personal_data(chars):
    report = make_report(random.Random(1), chars)
    assert len(report) == chars
    assert make_report(random.Random(1), chars) == report  # reproducible


def test_bench_load_refuses_remote_targets():
    result = runner.invoke(cli, ["bench", "load", "--url", "http://10.1.2.3:8000", "--duration", "1"])
    assert result.exit_code == 2 and "回环" in result.output


def test_bench_load_against_a_running_service(live_server, real_client):
    need(real_client, "scanner")
    result = runner.invoke(cli, ["bench", "load", "--url", live_server, "--clients", "2", "--duration", "1.5",
                                 "--chars", "300", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["errors"] == 0 and summary["requests_ok"] > 0
    assert summary["latency_ms"]["p50"] <= summary["latency_ms"]["p95"]
    # the one-client baseline is measured in the same run, and the ratio is theirs
    assert summary["baseline"]["clients"] == 1 and summary["baseline"]["requests_ok"] > 0
    assert summary["speedup"] == round(summary["throughput_rps"] / summary["baseline"]["throughput_rps"], 2)


@pytest.mark.slow
def test_bench_load_starts_fulian_serve(monkeypatch):
    monkeypatch.setenv("FULIAN_CAPABILITIES", "scanner")
    result = runner.invoke(cli, ["bench", "load", "--clients", "2", "--duration", "3", "--chars", "500", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.strip().splitlines()[-1])["errors"] == 0


def test_serve_refuses_short_keys_with_a_clear_message(monkeypatch):
    monkeypatch.setenv("FULIAN_API_KEYS", "ab:reviewer")
    result = runner.invoke(cli, ["serve"])
    assert result.exit_code == 2
    assert "至少需要 16 个" in result.output and "ab:" not in result.output and "Traceback" not in result.output

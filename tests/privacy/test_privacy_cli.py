"""``fulian scan`` / ``fulian mask`` / ``fulian eval privacy`` / ``fulian bench privacy`` through the CLI."""

import json

import pytest
from typer.testing import CliRunner

from app.cli.main import cli

runner = CliRunner()
TEXT = "受害人张秀英，电话13812345678，家住竞秀区东风路128号。"


@pytest.fixture(autouse=True)
def _rules_backend(monkeypatch):
    monkeypatch.setenv("FULIAN_PERSON_MODEL", "rules")


def test_scan_json(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(cli, ["scan", str(path), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert [(e["type"], e["text"]) for e in out["entities"]] == [
        ("PERSON", "张秀英"),
        ("PHONE_NUMBER", "13812345678"),
        ("ADDRESS", "竞秀区东风路128号"),
    ]


def test_scan_stdin_table():
    result = runner.invoke(cli, ["scan", "-"], input=TEXT.encode("utf-8"))
    assert result.exit_code == 0
    assert "张秀英" in result.stdout and "电话" in result.stdout


@pytest.mark.parametrize(
    ("style", "needle"), [("chinese", "张某某"), ("placeholder", "[人名1]"), ("redact", "■■■")]
)
def test_mask_styles(tmp_path, style, needle):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(cli, ["mask", str(path), "--style", style, "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == {"text", "entities"} and needle in out["text"] and "张秀英" not in out["text"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01binary\x00", "二进制"),
        ("张某某".encode("gbk"), "UTF-8"),
    ],
)
def test_bad_input_exits_non_zero(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    result = runner.invoke(cli, ["scan", str(path), "--json"])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_too_long_input(tmp_path, monkeypatch):
    monkeypatch.setenv("FULIAN_MAX_CHARS", "10")
    path = tmp_path / "long.txt"
    path.write_text("字" * 11, encoding="utf-8")
    result = runner.invoke(cli, ["scan", str(path)])
    assert result.exit_code == 2 and "上限" in result.stderr


def test_empty_input(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = runner.invoke(cli, ["scan", str(path), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == {"entities": [], "sensitive": []}


def test_bad_style_and_backend(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert runner.invoke(cli, ["mask", str(path), "--style", "blur"]).exit_code == 2
    assert runner.invoke(cli, ["scan", str(path), "--person-model", "bert"]).exit_code == 2


def test_eval_privacy_json():
    result = runner.invoke(cli, ["eval", "privacy", "--person-model", "rules", "--limit", "20", "--no-ner", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out["datasets"]) == {"domain", "handwritten", "holdout", "fresh", "reports", "reports_fresh", "reports_fresh2", "reports_fresh3"}
    assert out["structured"]["total"] >= 70 and "left_unmasked" in out["datasets"]["reports"]["unmasked"]
    domain = out["datasets"]["domain"]
    assert domain["sentences"] == 20 and "PHONE_NUMBER" in domain["types"]
    assert {"precision", "recall", "f2"} <= set(domain["types"]["PHONE_NUMBER"])


def test_bench_privacy_json():
    result = runner.invoke(cli, ["bench", "privacy", "--person-model", "rules", "--chars", "5000", "--repeats", "1", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["chars"] == 5000 and out["chars_per_second"] > 0


def test_scan_past_its_time_budget_exits_non_zero(tmp_path, monkeypatch):
    monkeypatch.setenv("FULIAN_SCAN_TIMEOUT_S", "0.000001")  # preparing 50,000 characters takes longer
    path = tmp_path / "long.txt"
    path.write_text(TEXT * 2000, encoding="utf-8")
    for command in (["scan", str(path), "--json"], ["mask", str(path)]):
        result = runner.invoke(cli, command)
        assert result.exit_code == 2 and "时间上限" in result.stderr and "Traceback" not in result.output
        assert result.stdout == ""

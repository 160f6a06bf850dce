import json

import pytest
from typer.testing import CliRunner

from app.cli.main import cli

NOTES = (
    "- 3月8日上午，城关镇妇联在新华村文化广场举办三八节电商直播培训\n"
    "- 120名农村妇女参加，培训后有25名妇女开了网店，平均月增收2000元\n"
    "- 下一步计划每季度办一期\n"
)
REPORT = (
    "为了进一步深入贯彻落实党的二十大精神，经过认真研究和充分准备，我们决定开展电商培训。"
    "3月8日，县妇联举办电商直播培训，120名农村妇女参加，活动取得了显著成效。"
)
FAST = ["--no-privacy"]


@pytest.fixture
def runner(monkeypatch, tmp_path):
    monkeypatch.setenv("FULIAN_GENERATOR", "composer")
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def test_draft_json_contract(runner, tmp_path):
    (tmp_path / "notes.txt").write_text(NOTES, encoding="utf-8")
    res = runner.invoke(cli, ["draft", "notes.txt", "--json", "--no-score", *FAST])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert {"title", "subtitle", "text", "backend", "unsupported", "privacy"} <= out.keys()
    assert out["backend"] == "composer" and out["unsupported"] == []


def test_draft_docx_in_and_out(runner, tmp_path):
    from app.docx_io import read_docx, write_docx

    (tmp_path / "notes.docx").write_bytes(write_docx("", NOTES))
    res = runner.invoke(cli, ["draft", "notes.docx", "--out", "draft.docx", "--no-score", *FAST])
    assert res.exit_code == 0, res.output
    text = read_docx(tmp_path / "draft.docx")
    title, subtitle, lead = text.splitlines()[:3]
    assert "电商直播培训" in title and subtitle.startswith("——城关镇妇联")
    assert lead.startswith("3月8日上午，城关镇妇联在新华村文化广场举办三八节电商直播培训")


def test_draft_from_stdin_plain_output(runner):
    res = runner.invoke(cli, ["draft", "-", "--no-score", *FAST], input=NOTES)
    assert res.exit_code == 0, res.output
    assert "城关镇妇联" in res.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["draft", "missing.txt"], "文件不存在"),
        (["draft", "empty.txt"], "笔记为空"),
        (["draft", "notes.txt", "--backend", "gpt"], "配置无效"),
        (["draft", "notes.txt", "--out", "x.pdf", "--no-score"], ".docx"),
        (["polish", "notes.txt", "--channel", "抖音"], "渠道"),
    ],
)
def test_bad_input_gives_a_message_not_a_traceback(runner, tmp_path, args, message):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text(NOTES, encoding="utf-8")
    res = runner.invoke(cli, [*args, *FAST])
    assert res.exit_code == 2
    assert message in res.output and "Traceback" not in res.output


def test_unreachable_openai_server_falls_back_with_reason(runner, tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (tmp_path / "notes.txt").write_text(NOTES, encoding="utf-8")
    res = runner.invoke(
        cli,
        ["draft", "notes.txt", "--json", "--no-score", "--no-exemplars", *FAST, "--backend", "openai", "--model", "m",
         "--base-url", f"http://127.0.0.1:{port}/v1"],
        env={"FULIAN_GENERATOR_RETRIES": "0", "FULIAN_GENERATOR_TIMEOUT_S": "2"},
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["backend"] == "composer" and out["requested_backend"] == "openai"
    assert "无法连接" in out["fallback_reason"]


@pytest.mark.parametrize("channel, limit", [("微博", 140), ("上报信息稿", 1500)])
def test_polish_json(runner, tmp_path, channel, limit):
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    res = runner.invoke(cli, ["polish", "report.txt", "--json", "--channel", channel, *FAST])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert len(out["text"]) <= limit and not out["text"].startswith("为了")
    assert [f["text"] for f in out["findings"]] == ["取得了显著成效"]
    assert out["unsupported"] == []


def test_eval_draft_json(runner):
    res = runner.invoke(cli, ["eval", "draft", "--limit", "3", "--json"], env={"FULIAN_PERSON_MODEL": "rules"})
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    (composer,) = report["backends"]
    assert report["n_notes"] == 3 and composer["backend"] == "composer"
    assert composer["unsupported_per_draft"] == 0 and composer["figure_recall"] == 1.0

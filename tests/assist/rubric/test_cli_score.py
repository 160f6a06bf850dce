"""`fulian score`, `fulian eval rubric` and `fulian bench score` (app/cli/score.py)."""

import json

import pytest
from typer.testing import CliRunner

from app.cli.main import cli

runner = CliRunner()


@pytest.fixture
def files(tmp_path, good):
    draft = tmp_path / "draft.txt"
    draft.write_text(good, encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("4月10日 青石镇妇联 97名留守妇女", encoding="utf-8")
    return draft, notes


def test_score_json_contract(files):
    draft, _ = files
    result = runner.invoke(cli, ["score", str(draft), "--no-privacy", "--reference-date", "2024-04-15", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) >= {"total", "criteria", "unsupported"} and "fidelity" not in report["criteria"]


def test_score_with_notes_lists_unsupported(files):
    draft, notes = files
    result = runner.invoke(cli, ["score", str(draft), "--notes", str(notes), "--no-privacy", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert "fidelity" in report["criteria"]
    assert "5200元" in {u["text"] for u in report["unsupported"]}


def test_score_from_stdin(good):
    result = runner.invoke(cli, ["score", "-", "--no-privacy", "--json"], input=good)
    assert result.exit_code == 0 and json.loads(result.stdout)["total"] > 0


@pytest.mark.parametrize("genre, key", [(None, "jingyan"), ("消息", "xiaoxi"), ("xiaoxi", "xiaoxi")])
def test_score_genre_is_reported_and_can_be_given(files, genre, key):
    draft, _ = files
    args = ["score", str(draft), "--no-privacy", "--reference-date", "2024-04-15", "--json"]
    result = runner.invoke(cli, args + (["--genre", genre] if genre else []))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["genre"]["key"] == key and report["genre"]["detected"] is (genre is None)
    assert all(c["name"] and not c["name"].isascii() for c in report["criteria"].values())


def test_score_human_output(files):
    draft, _ = files
    result = runner.invoke(cli, ["score", str(draft), "--no-privacy"])
    assert result.exit_code == 0 and "总分" in result.stdout and "文体：经验材料" in result.stdout
    assert "five_w_one_h" not in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["score", "/nonexistent/x.txt", "--json"], "文件不存在"),
        (["score", "DRAFT", "--reference-date", "15/4", "--no-privacy", "--json"], "YYYY-MM-DD"),
        (["score", "DRAFT", "--rubric", "/nonexistent/r.yaml", "--no-privacy", "--json"], "评分细则"),
        (["score", "DRAFT", "--genre", "诗歌", "--no-privacy", "--json"], "文体"),
    ],
)
def test_bad_input_exits_with_a_message(files, args, message):
    draft, _ = files
    args = [str(draft) if a == "DRAFT" else a for a in args]
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_bench_score_json():
    result = runner.invoke(cli, ["bench", "score", "--repeat", "2", "--chars", "1000", "--no-privacy", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["chars"] == 1000 and out["repeat"] == 2 and out["median_ms"] > 0


def _english_keys(text: str) -> list[str]:
    import re

    from assist.rubric.loader import CRITERIA

    # a key as a word of its own (pair ids such as title-cut-1 in the eval report are ids)
    return [k for k in CRITERIA if re.search(rf"(?<![A-Za-z_-]){k}(?![A-Za-z_-])", text)]


@pytest.mark.parametrize("args", [["--no-privacy"], ["--no-privacy", "--genre", "消息"]])
def test_no_criterion_key_in_the_human_output(files, bad, tmp_path, args):
    draft, notes = files
    worse = tmp_path / "bad.txt"
    worse.write_text(bad, encoding="utf-8")
    for path in (draft, worse):
        result = runner.invoke(cli, ["score", str(path), "--notes", str(notes), *args])
        assert result.exit_code == 0, result.output
        assert _english_keys(result.stdout) == [], result.stdout


def test_no_criterion_key_in_the_eval_report():
    from assist.rubric import load_scorer
    from eval.rubric import evaluate, format_report

    text = format_report(evaluate(load_scorer()))
    assert _english_keys(text) == [] and "识别文体 消息" in text  # the genre by its name

"""``fulian eval polish`` (eval/polish.py): channel versions measured against the report."""

import json

import pytest

from assist.polishing import Polisher
from eval.polish import composer_reports, evaluate, exemplar_reports
from models.errors import ConfigError
from models.generators import ComposerGenerator


@pytest.fixture(scope="module")
def report():
    return evaluate(exemplar_reports()[:12], Polisher(ComposerGenerator(), None))


def test_channel_versions_differ_measurably(report):
    ch = report["channels"]
    assert report["n"] == 12 and set(ch) == {"原稿", "上报信息稿", "微信公众号", "微博"}
    assert ch["原稿"]["hook"] == 0 and ch["上报信息稿"]["difference_mean"] == 0
    assert ch["微信公众号"]["hook"] == 1 and ch["微博"]["hook"] == 1
    assert ch["微信公众号"]["paragraph_chars_mean"] < ch["原稿"]["paragraph_chars_mean"]
    assert ch["微博"]["chars_mean"] <= 140 and ch["微博"]["within_norm"] == 1
    assert 0 < ch["微信公众号"]["difference_mean"] < ch["微博"]["difference_mean"]
    assert all(r["unsupported"] == 0 for r in ch.values())  # nothing invented in any version


def test_composer_reports_come_from_the_note_sets(tmp_path):
    notes = tmp_path / "n.jsonl"
    notes.write_text(json.dumps({"id": "a", "notes": "3月8日，县妇联举办电商直播培训，120名农村妇女参加。"}, ensure_ascii=False),
                     encoding="utf-8")
    reports = composer_reports([notes])
    assert [r["id"] for r in reports] == ["n/a"] and "120名" in reports[0]["text"]


def test_empty_set_is_a_clear_error():
    with pytest.raises(ConfigError, match="没有可评测的稿件"):
        evaluate([], Polisher(ComposerGenerator(), None))


def test_cli_eval_polish_json(tmp_path):
    from typer.testing import CliRunner

    from app.cli.main import cli

    notes = tmp_path / "n.yaml"
    notes.write_text("- id: a\n  notes: |\n    3月8日，县妇联举办电商直播培训，120名农村妇女参加。\n    培训后有25名妇女开了网店。\n",
                     encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", "polish", "--data", str(notes), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["n"] == 1 and data["channels"]["微博"]["hook"] == 1.0

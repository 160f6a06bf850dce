"""``fulian eval ner`` and ``fulian bench ner`` on tiny inputs (the bundled model)."""

import json

import pytest
from typer.testing import CliRunner

import app.cli.ner  # noqa: F401  (registers the commands)
from app.cli.common import cli
from eval.ner import load_dataset, score_tagger
from models.ner.data import tags_from_spans

runner = CliRunner()

_SENTENCES = [
    ("县妇联主席王秀英带队走访了困难家庭。", [(5, 8, "PER")]),
    ("全国妇联在北京召开会议。", [(0, 4, "ORG"), (5, 7, "LOC")]),
]


@pytest.fixture()
def data_dir(tmp_path):
    lines = []
    for text, spans in _SENTENCES:
        lines += [f"{c}\t{t}" for c, t in zip(text, tags_from_spans(len(text), spans))] + [""]
    (tmp_path / "cluener.dev.bio").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_eval_ner_json(data_dir):
    result = runner.invoke(cli, ["eval", "ner", "--data-dir", str(data_dir), "--datasets", "cluener",
                                 "--taggers", "ner", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    per = report["cluener"]["taggers"]["ner"]["PER"]
    assert report["cluener"]["per_mentions"] == 1 and per["gold"] == 1
    assert set(per) >= {"precision", "recall", "f1", "f2"}


def test_eval_ner_at_another_bias_leaves_the_cached_tagger_alone(data_dir):
    from models.taggers import load_span_tagger

    bundled = load_span_tagger("ner").per_bias
    preds = {}
    for bias in ("-5", "5"):
        result = runner.invoke(cli, ["eval", "ner", "--data-dir", str(data_dir), "--datasets", "cluener",
                                     "--taggers", "ner", "--per-bias", bias, "--json"])
        assert result.exit_code == 0, result.output
        preds[bias] = json.loads(result.stdout)["cluener"]["taggers"]["ner"]["PER"]["pred"]
    assert preds["5"] > preds["-5"]  # a PER bias of 5 tags far more characters as names
    assert load_span_tagger("ner").per_bias == bundled


@pytest.mark.parametrize(
    "args, message",
    [
        (["--datasets", "nope"], "未知的 NER 评测集"),
        (["--datasets", "weibo"], "找不到 NER 数据文件"),
        (["--taggers", "bert"], "未知的人名识别后端"),
        (["--per-bias", "9"], "--per-bias 应在 -5 到 5 之间"),
    ],
)
def test_eval_ner_errors_are_messages(data_dir, args, message):
    result = runner.invoke(cli, ["eval", "ner", "--data-dir", str(data_dir), *args])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_score_tagger_counts(data_dir):
    class Fake:
        name = "fake"

        def tag(self, texts):
            from models.taggers import Span

            return [[Span(5, 8, "PER")], [Span(0, 2, "PER")]]

    r = score_tagger(Fake(), load_dataset("cluener", data_dir))
    assert (r["PER"]["tp"], r["PER"]["pred"], r["PER"]["gold"]) == (1, 2, 1)


def test_bench_ner_json():
    result = runner.invoke(cli, ["bench", "ner", "--chars", "3000", "--repeats", "1", "--data-dir", "/nonexistent",
                                 "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["chars"] == 3000 and report["chars_per_second"] > 0 and report["weights_mib"] < 20


def test_eval_ner_reports_the_scan_per_sentence_and_per_document(data_dir):
    result = runner.invoke(cli, ["eval", "ner", "--data-dir", str(data_dir), "--datasets", "cluener",
                                 "--taggers", "ner", "--modes", "tagger,scan-sentence,scan-document", "--json"])
    assert result.exit_code == 0, result.output
    block = json.loads(result.stdout)["cluener"]
    assert set(block["scan"]) == {"sentence", "document"}
    for mode in ("sentence", "document"):
        assert block["scan"][mode]["PER"]["gold"] == 1 and block["scan"][mode]["chars_per_second"] > 0
    assert block["taggers"]["ner"]["PER"]["gold"] == 1


def test_eval_ner_audit_lists_the_chosen_rules(data_dir):
    result = runner.invoke(cli, ["eval", "ner", "--data-dir", str(data_dir), "--datasets", "cluener",
                                 "--taggers", "ner", "--modes", "tagger", "--audit", "--audit-rules", "he_last,lists",
                                 "--json"])
    assert result.exit_code == 0, result.output
    audit = json.loads(result.stdout)["audit"]["cluener"]
    for mode in ("sentence", "document"):
        assert list(audit[mode]["rules"]) == ["he_last", "lists"]
        assert set(audit[mode]["rules"]["lists"]) >= {"gained", "lost", "false_alarms_removed", "false_alarms_added", "net"}


@pytest.mark.parametrize(
    "args, message",
    [
        (["--modes", "bogus"], "未知的评测方式"),
        (["--audit", "--audit-rules", "nope"], "未知的人名规则"),
    ],
)
def test_eval_ner_mode_and_rule_errors(data_dir, args, message):
    result = runner.invoke(cli, ["eval", "ner", "--data-dir", str(data_dir), "--datasets", "cluener", *args])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output

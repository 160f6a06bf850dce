"""``fulian eval ner`` (the trained NER model beside thulac/jieba) and ``fulian bench ner``."""

from __future__ import annotations

from typing import Optional

import typer

from app.cli.common import bench_cli, emit_json, eval_cli, fail, handle_errors

_DATASETS_HELP = "评测集，逗号分隔：msra-heldout、cluener、weibo、resume、peoples_daily"
_MODES_HELP = "评测方式，逗号分隔：tagger（模型单独）、scan-sentence（隐私扫描逐句）、scan-document（隐私扫描整篇）"


@eval_cli.command("ner")
@handle_errors
def eval_ner(
    data_dir: Optional[str] = typer.Option(None, "--data-dir", help="NER 数据目录（默认 ../shared/data/ner）"),
    datasets: str = typer.Option("msra-heldout,cluener,weibo,resume,peoples_daily", "--datasets", help=_DATASETS_HELP),
    modes: str = typer.Option("tagger,scan-sentence,scan-document", "--modes", help=_MODES_HELP),
    audit: bool = typer.Option(False, "--audit", help="逐条关闭人名规则，统计每条规则找回与丢失的人名（人名识别器逐句）"),
    rules_to_audit: Optional[str] = typer.Option(None, "--audit-rules", help="只审计这些规则，逗号分隔（默认全部）"),
    taggers: str = typer.Option("ner,thulac", "--taggers", help="对比的人名识别后端，逗号分隔：ner、thulac、jieba"),
    model_dir: Optional[str] = typer.Option(None, "--model-dir", help="其他 NER 模型目录"),
    per_bias: Optional[float] = typer.Option(None, "--per-bias", help="改用此人名偏置，-5 到 5（默认：模型自带的工作点）"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """在留出的 MSRA 切片和开发集上并排报告人名（PER）的 P/R/F1/F2：模型单独、隐私扫描逐句、隐私扫描整篇。"""
    from eval.ner import MODES, CachedTagger, audit_rules, compare
    from models.taggers import load_span_tagger
    from privacy import person_rules

    if per_bias is not None and not -5.0 <= per_bias <= 5.0:
        fail("--per-bias 应在 -5 到 5 之间。")
    mode_list = tuple(m.strip() for m in modes.split(",") if m.strip())
    if not mode_list or set(mode_list) - set(MODES):
        fail(f"未知的评测方式：{modes}（可选：{'、'.join(MODES)}）。")
    rule_list = tuple(r.strip() for r in (rules_to_audit or "").split(",") if r.strip()) or None
    if rule_list and set(rule_list) - set(person_rules.RULES):
        fail(f"未知的人名规则：{'、'.join(sorted(set(rule_list) - set(person_rules.RULES)))}（可选：{'、'.join(person_rules.RULES)}）。")
    names = [t.strip() for t in taggers.split(",") if t.strip()]
    scanning = audit or any(m.startswith("scan") for m in mode_list)
    if scanning and "ner" not in names:
        names.insert(0, "ner")  # the scan runs on the NER model
    loaded = {n: load_span_tagger(n, model_dir if n == "ner" else None) for n in names}
    if per_bias is not None and "ner" in loaded:
        import copy

        loaded["ner"] = copy.copy(loaded["ner"])  # the cached tagger keeps its own operating point
        loaded["ner"].per_bias = per_bias
    ds_list = [d.strip() for d in datasets.split(",") if d.strip()]
    scanner = None
    if any(m.startswith("scan") for m in mode_list):
        from privacy.scanner import build_scanner

        scanner = build_scanner(tagger=loaded["ner"])
    report = compare(loaded, ds_list, data_dir, scanner=scanner, modes=mode_list)
    if audit:
        from privacy.recognizers.person import ChinesePersonRecognizer

        recognizer = ChinesePersonRecognizer(CachedTagger(loaded["ner"]))
        report = {"compare": report, "audit": audit_rules(recognizer, ds_list, data_dir, rule_list)}
    if as_json:
        emit_json(report)
        return
    _print_compare(report["compare"] if audit else report)
    if audit:
        _print_audit(report["audit"])


def _print_compare(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for ds, block in report.items():
        table = Table(title=f"{ds}（{block['sentences']} 句，PER {block['per_mentions']} 个）")
        for col in ("方式", "P", "R", "F1", "F2", "F1（除去约定）", "LOC F1", "ORG F1", "字/秒"):
            table.add_column(col, justify="right")
        rows = [(f"模型 {n}", r) for n, r in block["taggers"].items()]
        rows += [(f"扫描（{'逐句' if m == 'sentence' else '整篇'}）", r) for m, r in block.get("scan", {}).items()]
        for label, r in rows:
            per = r["PER"]
            loc = f"{r['LOC']['f1']:.4f}" if "LOC" in r else "-"
            org = f"{r['ORG']['f1']:.4f}" if "ORG" in r else "-"
            aside = f"{r['PER_aside']['f1']:.4f}" if "PER_aside" in r else "-"
            table.add_row(label, f"{per['precision']:.4f}", f"{per['recall']:.4f}", f"{per['f1']:.4f}",
                          f"{per['f2']:.4f}", aside, loc, org, str(r["chars_per_second"]))
        console.print(table)
        console.print("F1（除去约定）：不计单独的姓（江主席的“江”）和理论、思想名称中的人名（邓小平理论），"
                      "扫描按产品约定不遮盖后者；也不计语料未标注的“姓＋称呼”（王先生、老刘），扫描按产品约定"
                      "把它们报为人名；F1 是原始数字。")
        if block.get("scan_vs_thulac"):
            console.print("扫描速度是 thulac 的：" + "，".join(
                f"{'逐句' if m == 'sentence' else '整篇'} {x} 倍" for m, x in block["scan_vs_thulac"].items()))


def _print_audit(audit: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for ds, block in audit.items():
        for mode in ("sentence", "document"):
            if mode not in block:
                continue
            sub = block[mode]
            how = "逐句" if mode == "sentence" else "整篇"
            table = Table(title=f"规则审计 {ds}（人名识别{how}，PER {block['per_mentions']} 个；全部规则 F1 {sub['all_rules']['f1']:.4f}）")
            for col in ("规则", "找回", "丢失", "去掉误报", "新增误报", "净得"):
                table.add_column(col, justify="right")
            for rule, r in sub["rules"].items():
                table.add_row(rule, str(r["gained"]), str(r["lost"]), str(r["false_alarms_removed"]),
                              str(r["false_alarms_added"]), str(r["net"]))
            console.print(table)


@bench_cli.command("ner")
@handle_errors
def bench_ner(
    model_dir: Optional[str] = typer.Option(None, "--model-dir", help="其他 NER 模型目录"),
    chars: int = typer.Option(200_000, "--chars", min=1000, help="测试文本字数"),
    repeats: int = typer.Option(3, "--repeats", min=1),
    threads: int = typer.Option(0, "--threads", min=0, help="torch 线程数（0：默认）"),
    thulac_chars: int = typer.Option(0, "--thulac-chars", min=0, help="另用 thulac 测这么多字（0：不测）"),
    data_dir: Optional[str] = typer.Option(None, "--data-dir", help="NER 数据目录（用其中的新闻句子拼测试文本）"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """NER 模型的加载时间、吞吐量（墙钟与 CPU 时间）、内存增量与权重大小。"""
    import time

    from eval.ner_bench import bench_tagger, bench_text, rss_mib

    rss0 = rss_mib()
    t0 = time.perf_counter()
    import torch

    from models.ner.tagger import DEFAULT_DIR, WEIGHTS_NAME, load_ner_tagger

    if threads:
        torch.set_num_threads(threads)
    t_import = time.perf_counter() - t0
    rss_import = rss_mib()
    t1 = time.perf_counter()
    tagger = load_ner_tagger(model_dir)
    load_s = time.perf_counter() - t1
    rss_loaded = rss_mib()
    text = bench_text(chars, data_dir)
    result = bench_tagger(tagger, text, repeats=repeats)
    from pathlib import Path

    weights = (Path(model_dir) if model_dir else DEFAULT_DIR) / WEIGHTS_NAME
    report = {
        "tagger": "ner",
        "tagger_threads": tagger.threads,
        "import_seconds": round(t_import, 3),
        "load_seconds": round(load_s, 3),
        "weights_mib": round(weights.stat().st_size / 2**20, 2),
        "rss_mib": {"start": round(rss0, 1), "after_import": round(rss_import, 1),
                    "after_load": round(rss_loaded, 1), "after_tagging": round(rss_mib(), 1)},
        "rss_added_mib": round(rss_mib() - rss0, 1),
        **result,
    }
    if thulac_chars:
        from models.taggers import load_span_tagger

        thu = bench_tagger(load_span_tagger("thulac"), text[:thulac_chars], repeats=1)
        report["thulac"] = thu
        report["speedup_vs_thulac"] = round(result["chars_per_second"] / thu["chars_per_second"], 1)
    if as_json:
        emit_json(report)
        return
    typer.echo(
        f"NER：{report['chars']} 字用时 {report['wall_seconds']} 秒，{report['chars_per_second']} 字/秒"
        f"（每 CPU 秒 {report['chars_per_cpu_second']} 字，torch 线程 {report['tagger_threads']}）；"
        f"加载 {report['load_seconds']} 秒；权重 {report['weights_mib']} MiB；内存增加 {report['rss_added_mib']} MiB。"
    )
    if thulac_chars:
        typer.echo(f"thulac：{report['thulac']['chars_per_second']} 字/秒；NER 是其 {report['speedup_vs_thulac']} 倍。")

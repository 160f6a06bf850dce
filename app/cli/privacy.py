"""CLI for privacy review: ``scan``, ``mask``, ``eval privacy`` and ``bench privacy``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from app.cli.common import bench_cli, cli, emit_json, eval_cli, fail, handle_errors, read_text
from privacy.entity_types import kind_label, label_of
PERSON_MODELS = ("auto", "ner", "thulac", "jieba", "rules")
_PERSON_HELP = "人名识别后端：auto、ner、thulac、jieba 或 rules（仅规则）；默认取配置 FULIAN_PERSON_MODEL"


def _scanner(person_model: Optional[str], ner_model_dir: Optional[str] = None):
    from app.services import build_services
    from app.settings import load_settings

    if person_model is not None and person_model not in PERSON_MODELS:
        fail(f"--person-model 只能是 {'、'.join(PERSON_MODELS)}。")
    settings = load_settings(person_model=person_model, ner_model_dir=ner_model_dir)
    return build_services(settings, names={"scanner"}, cli=True).scanner, settings


def _read(path: str, max_chars: int) -> str:
    return read_text(path, max_chars=max_chars)


@cli.command("scan")
@handle_errors
def scan(
    file: str = typer.Argument(..., help="文本文件、.docx 文档或 -（标准输入）"),
    person_model: Optional[str] = typer.Option(None, "--person-model", help=_PERSON_HELP),
    ner_model_dir: Optional[str] = typer.Option(None, "--ner-model-dir", help="其他 NER 模型目录"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """隐私审查：找出文本中的个人信息（人名、身份证号、电话、银行卡、邮箱、微信、QQ、地址）与敏感段落。"""
    scanner, settings = _scanner(person_model, ner_model_dir)
    text = _read(file, settings.max_chars)
    result = scanner.scan(text)
    if as_json:
        emit_json(result)
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not result["entities"] and not result["sensitive"]:
        console.print("未发现个人信息。")
        return
    table = Table(title=f"个人信息 {len(result['entities'])} 处")
    for col in ("类型", "位置", "内容", "置信度", "未成年人"):
        table.add_column(col)
    for e in result["entities"]:
        table.add_row(
            label_of(e["type"]), f"{e['start']}-{e['end']}", e["text"], f"{e['score']:.2f}",
            "是" if e["minor"] else "",
        )
    console.print(table)
    for s in result["sensitive"]:
        console.print(f"敏感段落（{kind_label(s['kind'])}）{s['start']}-{s['end']}：{text[s['start']:s['end']]}")
    for m in result.get("public", []):
        console.print(f"非个人信息（{m['label']}，不遮盖）{m['start']}-{m['end']}：{m['text']}")


@cli.command("mask")
@handle_errors
def mask(
    file: str = typer.Argument(..., help="文本文件、.docx 文档或 -（标准输入）"),
    style: str = typer.Option("chinese", "--style", help="chinese（张某某、138****5678）、placeholder（[人名1]）或 redact（■■）"),
    person_model: Optional[str] = typer.Option(None, "--person-model", help=_PERSON_HELP),
    ner_model_dir: Optional[str] = typer.Option(None, "--ner-model-dir", help="其他 NER 模型目录"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """遮盖文本中的个人信息；未成年人姓名一律完全遮盖。"""
    from privacy.masking import STYLES

    if style not in STYLES:
        fail(f"--style 只能是 {'、'.join(STYLES)}。")
    scanner, settings = _scanner(person_model, ner_model_dir)
    text = _read(file, settings.max_chars)
    result = scanner.mask(text, style)
    if as_json:
        emit_json(result)
    else:
        typer.echo(result["text"])


@eval_cli.command("privacy")
@handle_errors
def eval_privacy(
    person_model: Optional[str] = typer.Option(None, "--person-model", help=_PERSON_HELP),
    ner_model_dir: Optional[str] = typer.Option(None, "--ner-model-dir", help="其他 NER 模型目录"),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="每个数据集最多评测的句数"),
    ner_data: Optional[str] = typer.Option(None, "--ner-data", help="NER 开发集目录（默认 ../shared/data/ner）"),
    no_ner: bool = typer.Option(False, "--no-ner", help="跳过 NER 开发集"),
    errors: bool = typer.Option(False, "--errors", help="同时列出漏报与误报"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """在领域数据集、手写数据集与 NER 开发集上报告各实体类型的精确率、召回率与 F2。"""
    from eval.privacy.data import default_ner_dir
    from eval.privacy.run import evaluate, to_json

    scanner, _ = _scanner(person_model, ner_model_dir)
    ner_dir = Path(ner_data) if ner_data else default_ner_dir()
    report = evaluate(scanner, limit=limit, ner_dir=ner_dir, include_ner=not no_ner)
    if as_json:
        emit_json(to_json(report, with_errors=errors))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for name, ds in report["datasets"].items():
        table = Table(title=f"{name}（{ds['sentences']} 句，人名后端 {report['person_model']}）")
        for col in ("类型", "精确率", "召回率", "F2", "命中", "预测", "标注"):
            table.add_column(col, justify="right" if col != "类型" else "left")
        rows = list(ds["types"].items())
        if "minor" in ds and ds["minor"].n_gold:
            rows.append(("未成年人（人名）", ds["minor"]))
        for t, prf in rows:
            table.add_row(
                t, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f2:.3f}", str(prf.tp), str(prf.n_pred), str(prf.n_gold)
            )
        console.print(table)
        for kind, prf in ds.get("sensitive", {}).items():
            console.print(
                f"敏感段落 {'合计' if kind == 'all' else kind_label(kind)}：精确率 {prf.precision:.3f}，"
                f"召回率 {prf.recall:.3f}（命中 {prf.tp}/预测 {prf.n_pred}/标注 {prf.n_gold}，按句计）"
            )
        if ds.get("negatives"):
            parts = [f"{k} {v['flagged']}/{v['total']}" for k, v in ds["negatives"].items()]
            console.print("误标的非个人数字/地名（误标/总数）：" + "，".join(parts))
        if errors:
            for err in ds["errors"]:
                console.print(f"  {err['id']} 漏报 {err['missed']} 误报 {err['spurious']}")
    obf = report.get("obfuscation")
    if obf:
        left = "，".join(f"{style} {n}" for style, n in obf["left_readable"].items())
        console.print(f"混淆变体 {obf['variants']} 个：识别率 {obf['caught_all']:.3f}；遮盖后仍可读：{left}")
    for name, d in report.get("document", {}).items():
        console.print(
            f"整篇对照 {name}（{d['rows']} 段）：逐句 F1 {d['sentence'].f1:.3f}，整篇 F1 {d['document'].f1:.3f}，"
            f"差 {d['delta_f1']:+.3f}"
        )


@bench_cli.command("privacy")
@handle_errors
def bench_privacy(
    person_model: Optional[str] = typer.Option(None, "--person-model", help=_PERSON_HELP),
    ner_model_dir: Optional[str] = typer.Option(None, "--ner-model-dir", help="其他 NER 模型目录"),
    chars: int = typer.Option(100_000, "--chars", min=1000, help="测试文本字数"),
    repeats: int = typer.Option(3, "--repeats", min=1, max=20, help="重复次数（取最快）"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """隐私扫描速度：扫描 10 万字报告文本的每秒字数（并单列人名模型所占时间）。"""
    from eval.privacy.bench import bench, report_text

    scanner, _ = _scanner(person_model, ner_model_dir)
    result = bench(scanner, report_text(chars), repeats=repeats)
    if as_json:
        emit_json(result)
        return
    typer.echo(
        f"人名后端 {result['person_model']}：{result['chars']} 字用时 {result['seconds']} 秒，"
        f"{result['chars_per_second']} 字/秒；其中人名模型 {result['tagger_seconds']} 秒，"
        f"其余部分 {result['without_tagger_chars_per_second']} 字/秒；2000 字文本每次 {result['ms_per_2000_chars']} 毫秒。"
    )

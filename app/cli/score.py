"""``fulian score``, ``fulian eval rubric`` and ``fulian bench score``."""

from __future__ import annotations

from typing import Optional

import typer

from app.cli.common import bench_cli, cli, emit_json, eval_cli, handle_errors, read_text


def _scorer(rubric: Optional[str], privacy: bool):
    """The scorer, with the privacy scanner when it is installed and wanted."""
    from app.services import build_services
    from app.settings import load_settings

    names = {"scorer", "scanner"} if privacy else {"scorer"}
    return build_services(load_settings(rubric_path=rubric), names=names, cli=True).scorer


@cli.command("score")
@handle_errors
def score_command(
    file: str = typer.Argument(..., help="稿件：文本文件、.docx 或 -（标准输入）"),
    notes: Optional[str] = typer.Option(None, "--notes", help="原始素材文件；给出时检查稿件中素材不支持的内容"),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help="时效性参照日期 YYYY-MM-DD，默认今天"),
    rubric: Optional[str] = typer.Option(None, "--rubric", help="评分细则 YAML，默认内置细则"),
    privacy: bool = typer.Option(True, "--privacy/--no-privacy", help="是否调用隐私扫描器"),
    genre: Optional[str] = typer.Option(None, "--genre", help="文体：消息、经验材料、调研报告、新媒体稿；默认自动识别"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 对象"),
) -> None:
    """按评分细则逐项评分，给出问题位置与修改建议。"""
    text = read_text(file)
    notes_text = read_text(notes) if notes else None
    report = _scorer(rubric, privacy).score(text, notes=notes_text, reference_date=reference_date, genre=genre)
    if as_json:
        emit_json(report)
        return
    _print_report(report)


def _print_report(report: dict) -> None:
    from assist.rubric.names import criterion_name

    lines = [f"总分：{report['total']}"]
    if report.get("genre"):
        lines.append(f"文体：{report['genre']['name']}（{report['genre']['reason']}）")
    for flaw in report.get("flaws", []):
        lines.append(f"硬伤：{flaw['label']}，总分最高 {flaw['cap']:g} 分（未封顶时 {report['uncapped_total']}）")
    for key, crit in report["criteria"].items():
        lines.append(f"【{crit.get('name') or criterion_name(key)}】{crit['score']} 分")
        for f in crit["findings"]:
            lines.append(f"  - {f['message']}")
            lines.append(f"    建议：{f['suggestion']}")
    if report["unsupported"]:
        lines.append("素材不支持的内容：" + "、".join(u["text"] for u in report["unsupported"]))
    typer.echo("\n".join(lines))


@eval_cli.command("rubric")
@handle_errors
def eval_rubric_command(
    data: Optional[str] = typer.Option(None, "--data", help="标注数据目录，默认 eval/data/rubric"),
    privacy: bool = typer.Option(True, "--privacy/--no-privacy", help="是否调用隐私扫描器"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 对象"),
) -> None:
    """在标注的优劣稿件对与忠实性案例上评测评分器。"""
    from eval.rubric import evaluate, format_report

    report = evaluate(_scorer(None, privacy), data_dir=data)
    if as_json:
        emit_json(report)
    else:
        typer.echo(format_report(report))


@bench_cli.command("score")
@handle_errors
def bench_score_command(
    chars: int = typer.Option(3000, "--chars", min=100, help="基准稿件长度（字）"),
    repeat: int = typer.Option(50, "--repeat", min=1, help="重复次数"),
    notes: bool = typer.Option(False, "--notes/--no-notes", help="同时做忠实性检查"),
    privacy: bool = typer.Option(True, "--privacy/--no-privacy", help="是否调用隐私扫描器"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 对象"),
) -> None:
    """评分速度：启动后为一篇约 3000 字的稿件评分的耗时。"""
    import time

    from eval.rubric_bench import run_bench

    start = time.perf_counter()
    scorer = _scorer(None, privacy)
    result = run_bench(scorer, chars=chars, repeat=repeat, with_notes=notes)
    result["startup_s"] = round(time.perf_counter() - start - result.pop("run_s"), 3)
    if as_json:
        emit_json(result)
    else:
        typer.echo(
            f"{result['chars']} 字稿件，{result['repeat']} 次：中位数 {result['median_ms']:.1f} ms，"
            f"p95 {result['p95_ms']:.1f} ms，最长 {result['max_ms']:.1f} ms；启动 {result['startup_s']:.2f} s"
            f"（隐私扫描器：{'有' if result['scanner'] else '无'}，忠实性检查：{'有' if result['notes'] else '无'}）"
        )

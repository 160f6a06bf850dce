"""``fulian draft``, ``fulian polish`` and ``fulian eval draft``."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from app.cli.common import cli, emit_json, eval_cli, fail, handle_errors, read_text

_BACKEND_HELP = "生成后端：composer（内置，默认）、transformers（本地模型目录）、openai（兼容 OpenAI 的服务）"


def _settings(backend, model, base_url):
    from app.settings import load_settings

    return load_settings(generator=backend, generator_model=model, openai_base_url=base_url)


def _services(settings, *, privacy: bool = True, score: bool = True, generator: bool = True):
    """The generator, scanner and scorer a command uses, built as the service builds them."""
    from app.services import build_services

    names = {n for n, on in (("generator", generator), ("scanner", privacy), ("scorer", score)) if on}
    return build_services(settings, names=names, cli=True)


class _LazyLibrary:
    """The exemplar library, opened on the first search (building an index takes a while)."""

    def __init__(self, settings):
        self.settings = settings
        self._library = None

    def search(self, query: str, k: int = 5, mode: str | None = None) -> dict:
        if self._library is None:
            from app.services import build_services

            self._library = build_services(self.settings, names={"library"}, cli=True).library
        return self._library.search(query, k=k, mode=mode)


def _library(settings, generator, enabled: bool = True):
    """Style exemplars for the prompt: only with a language model and the retrieval package."""
    if not enabled or not generator.is_language_model:
        return None
    try:
        import retrieval.library  # noqa: F401
    except ModuleNotFoundError:
        return None
    return _LazyLibrary(settings)


def _write_docx(out: str, title: str, text: str, subtitle: str | None) -> None:
    from app.docx_io import write_docx

    if not out.lower().endswith(".docx"):
        fail("--out 只支持 .docx 文件。")
    Path(out).write_bytes(write_docx(title, text, subtitle))


def _print_checks(result: dict) -> None:
    if result.get("fallback_reason"):
        typer.echo(f"\n提示：{result['fallback_reason']}", err=True)
    for item in result.get("unsupported", []):
        typer.echo(f"［无依据］{item['text']}（{item.get('field', 'text')}）：{item.get('reason', '笔记中找不到依据')}", err=True)
    privacy = result.get("privacy", {})
    for e in privacy.get("entities", []):
        typer.echo(f"［隐私］{e['type']}：{e['text']}", err=True)
    if privacy and not privacy.get("checked", True):
        typer.echo("提示：本次未做隐私扫描（已关闭或未安装扫描器），发布前请另行审查个人信息。", err=True)


@cli.command("draft")
@handle_errors
def draft_command(
    notes: str = typer.Argument(..., help="原始记录：文本文件、.docx 或 -（标准输入）"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 对象"),
    out: Optional[str] = typer.Option(None, "--out", help="另存为 Word 文档（.docx）"),
    backend: Optional[str] = typer.Option(None, "--backend", help=_BACKEND_HELP),
    model: Optional[str] = typer.Option(None, "--model", help="模型目录（transformers）或模型名（openai）"),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="OpenAI 兼容服务地址，如 http://127.0.0.1:8000/v1"),
    score: bool = typer.Option(True, "--score/--no-score", help="是否给草稿打分"),
    privacy: bool = typer.Option(True, "--privacy/--no-privacy", help="是否做隐私扫描"),
    exemplars: bool = typer.Option(True, "--exemplars/--no-exemplars", help="语言模型起草时是否参考最相似的范文"),
) -> None:
    """由原始记录起草规范结构的稿件（主标题+副标题、导语、背景、做法、案例、成效、经验）。"""
    from assist.drafting import Drafter

    settings = _settings(backend, model, base_url)
    text = read_text(notes, max_chars=settings.max_chars)
    services = _services(settings, privacy=privacy, score=score)
    generator = services.generator
    drafter = Drafter(generator, services.optional_scanner, scorer=services.optional_scorer,
                      library=_library(settings, generator, exemplars))
    result = drafter.draft(text)
    if out:
        _write_docx(out, result["title"], result["text"], result["subtitle"])
    if as_json:
        emit_json(result)
        return
    typer.echo(result["title"])
    if result["subtitle"]:
        typer.echo(result["subtitle"])
    typer.echo("")
    typer.echo(result["text"])
    if result.get("missing_sections"):
        typer.echo(f"\n笔记中没有材料的部分：{'、'.join(result['missing_sections'])}", err=True)
    for question in result.get("questions", []):
        typer.echo(f"［请补充］{question}", err=True)
    if "score" in result:
        typer.echo(f"质量评分：{result['score']['total']}", err=True)
    _print_checks(result)


@cli.command("polish")
@handle_errors
def polish_command(
    file: str = typer.Argument(..., help="稿件：文本文件、.docx 或 -（标准输入）"),
    op: Optional[List[str]] = typer.Option(None, "--op", help="操作，可重复：trim、empty_phrases、titles、channel；默认全部"),
    channel: Optional[str] = typer.Option(None, "--channel", help="渠道版本：上报信息稿、微信公众号、微博"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 对象"),
    out: Optional[str] = typer.Option(None, "--out", help="另存为 Word 文档（.docx）"),
    backend: Optional[str] = typer.Option(None, "--backend", help=_BACKEND_HELP),
    model: Optional[str] = typer.Option(None, "--model", help="模型目录（transformers）或模型名（openai）"),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="OpenAI 兼容服务地址"),
    privacy: bool = typer.Option(True, "--privacy/--no-privacy", help="是否做隐私扫描"),
) -> None:
    """润色稿件：删去冗长开头和重复、标出空话并提示补充事实、拟三个标题、生成渠道版本。"""
    from assist.polishing import Polisher

    settings = _settings(backend, model, base_url)
    text = read_text(file, max_chars=settings.max_chars)
    services = _services(settings, privacy=privacy, score=False)
    polisher = Polisher(services.generator, services.optional_scanner)
    result = polisher.polish(text, operations=op or None, channel=channel)
    if out:
        title = result["titles"][0] if result["titles"] else ""
        _write_docx(out, title, result["text"], None)
    if as_json:
        emit_json(result)
        return
    typer.echo(result["text"])
    for c in result.get("changes", []):
        typer.echo(f"［修改］{c}", err=True)
    for t in result["titles"]:
        typer.echo(f"［标题建议］{t}", err=True)
    for r in result["removed"]:
        typer.echo(f"［已删除·{'套话开头' if r['kind'] == 'preamble' else '重复'}］{r['text']}", err=True)
    for f in result["findings"]:
        typer.echo(f"［空话］{f['text']}：{f['suggestion']}", err=True)
    _print_checks(result)


@eval_cli.command("draft")
@handle_errors
def eval_draft_command(
    data: Optional[str] = typer.Option(None, "--data", help="笔记集 JSONL，默认 eval/data/draft/notes.jsonl"),
    backend: Optional[List[str]] = typer.Option(None, "--backend", help="要评测的后端，可重复；默认 composer 与已配置的后端"),
    model: Optional[str] = typer.Option(None, "--model", help="模型目录（transformers）或模型名（openai）"),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="OpenAI 兼容服务地址"),
    limit: Optional[int] = typer.Option(None, "--limit", help="只评测前 N 份笔记"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 对象"),
) -> None:
    """在笔记集上评测起草：每稿无依据内容数、笔记数字进入草稿的比例、模板部分填充数、质量总分。"""
    from eval.draft import evaluate, load_notes_set, render_table

    settings = _settings(None, model, base_url)
    backends = list(backend or dict.fromkeys(["composer", settings.generator]))
    notes_set = load_notes_set(data)[: limit or None]
    checks = _services(settings, generator=False)
    scanner, scorer = checks.optional_scanner, checks.optional_scorer
    reports = []
    for name in backends:
        s = _settings(name, model, base_url)
        generator = _services(s, privacy=False, score=False).generator
        reports.append(evaluate(notes_set, generator, scanner=scanner, scorer=scorer, library=_library(s, generator)))
    if as_json:
        emit_json({"n_notes": len(notes_set), "backends": reports})
    else:
        render_table(reports, len(notes_set))


@eval_cli.command("polish")
@handle_errors
def eval_polish_command(
    data: Optional[List[str]] = typer.Option(None, "--data", help="笔记集（可重复），默认 eval/data/draft/ 下全部笔记集"),
    exemplars: bool = typer.Option(False, "--exemplars", help="改用范文库 retrieval/data/exemplars.jsonl 的稿件"),
    backend: Optional[str] = typer.Option(None, "--backend", help=_BACKEND_HELP),
    model: Optional[str] = typer.Option(None, "--model", help="模型目录（transformers）或模型名（openai）"),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="OpenAI 兼容服务地址"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 对象"),
) -> None:
    """评测润色：各渠道版本的平均字数、段均字数、符合渠道规范比例、有引子比例、与原稿差异、无依据内容。"""
    from assist.polishing import Polisher
    from eval.polish import composer_reports, evaluate, exemplar_reports, render_table

    settings = _settings(backend, model, base_url)
    reports = exemplar_reports() if exemplars else composer_reports(data or None)
    report = evaluate(reports, Polisher(_services(settings, privacy=False, score=False).generator, None))
    if as_json:
        emit_json(report)
    else:
        render_table(report)

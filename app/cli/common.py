"""Shared pieces of the CLI: the Typer apps, input reading, JSON output, error exits.

Capability modules (``privacy.py``, ``assist.py``, ``retrieval.py``, ``serve.py``, ...)
register their commands on ``cli``, ``index_cli``, ``eval_cli`` or ``bench_cli``.
Import heavy libraries inside command functions, so ``fulian --help`` stays fast.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any, Callable

import typer

from models.errors import FulianError

cli = typer.Typer(
    name="fulian",
    help="妇联信息助手：起草、润色、质量评分、范文检索与隐私审查。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
index_cli = typer.Typer(help="范文索引：构建与管理。", no_args_is_help=True)
eval_cli = typer.Typer(help="评测：在标注数据上报告各项指标。", no_args_is_help=True)
bench_cli = typer.Typer(help="性能基准：打印速度与内存数据。", no_args_is_help=True)
cli.add_typer(index_cli, name="index")
cli.add_typer(eval_cli, name="eval")
cli.add_typer(bench_cli, name="bench")


def fail(message: str, code: int = 2) -> None:
    """Print a Chinese error message on stderr and exit non-zero (no traceback)."""
    typer.echo(f"错误：{message}", err=True)
    raise typer.Exit(code)


def read_text(path: str, *, max_chars: int | None = None) -> str:
    """Read a UTF-8 text file, a .docx file, or ``-`` (stdin), validated."""
    from app.textinput import DEFAULT_MAX_CHARS, check_text, decode_input

    limit = max_chars or DEFAULT_MAX_CHARS
    if path == "-":
        return decode_input(sys.stdin.buffer.read(), max_chars=limit)
    p = Path(path)
    if not p.exists():
        fail(f"文件不存在：{path}")
    if p.is_dir():
        fail(f"{path} 是目录，请给出文件路径。")
    if p.suffix.lower() == ".docx":
        from app.docx_io import read_docx

        return check_text(read_docx(p), max_chars=limit)
    return decode_input(p.read_bytes(), max_chars=limit)


def emit_json(obj: Any) -> None:
    """One JSON object on stdout, UTF-8, Chinese kept readable."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def handle_errors(func: Callable) -> Callable:
    """Turn expected errors into a message and exit code 2 instead of a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except FulianError as exc:
            fail(exc.message)
        except (BrokenPipeError, KeyboardInterrupt):
            raise typer.Exit(130)

    return wrapper

"""The exemplar corpus: JSONL, one report per line, validated with line-numbered errors.

Line format: ``{"id", "title", "text", "category", "award"?, "year"?}``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable

from models.errors import ConfigError, InputError

BUNDLED_CORPUS = Path(__file__).resolve().parent / "data" / "exemplars.jsonl"
CATEGORIES = ("政务信息", "业务信息", "社情民意", "宣传报道", "权益维护")
_REQUIRED = ("id", "title", "text", "category")
_OPTIONAL = ("award", "year")
_MAX_REPORTED = 20


@dataclass(frozen=True)
class Exemplar:
    id: str
    title: str
    text: str
    category: str
    award: str | None = None
    year: int | None = None

    def as_dict(self, *, with_text: bool = True) -> dict:
        d = asdict(self)
        if not with_text:
            d.pop("text")
        return {k: v for k, v in d.items() if v is not None}


class CorpusError(InputError):
    """A corpus file has bad lines; ``problems`` lists ``(line_number, message)``."""

    code = "bad_corpus"

    def __init__(self, source: str, problems: list[tuple[int, str]]):
        self.problems = problems
        shown = "；".join(f"第 {n} 行：{m}" for n, m in problems[:_MAX_REPORTED])
        more = f"；另有 {len(problems) - _MAX_REPORTED} 处问题" if len(problems) > _MAX_REPORTED else ""
        super().__init__(f"范文库 {source} 有 {len(problems)} 处格式问题，请修正后重试：{shown}{more}")


def _check_record(obj: object) -> tuple[Exemplar | None, str | None]:
    """One parsed line to an Exemplar, or the reason it is invalid (Chinese)."""
    if not isinstance(obj, dict):
        return None, "每行必须是一个 JSON 对象"
    missing = [k for k in _REQUIRED if k not in obj]
    if missing:
        return None, f"缺少字段 {', '.join(missing)}"
    for key in _REQUIRED:
        if not isinstance(obj[key], str) or not obj[key].strip():
            return None, f"字段 {key} 必须是非空字符串"
    award = obj.get("award")
    if award is not None and not isinstance(award, str):
        return None, "字段 award 必须是字符串"
    year = obj.get("year")
    if year is not None:
        if isinstance(year, str) and year.strip().isdigit():
            year = int(year)
        if not isinstance(year, int) or isinstance(year, bool) or not 1949 <= year <= 2100:
            return None, "字段 year 必须是 1949 到 2100 之间的整数"
    unknown = sorted(set(obj) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        return None, f"未知字段 {', '.join(unknown)}（可用字段：id, title, text, category, award, year）"
    return (
        Exemplar(
            id=obj["id"].strip(),
            title=obj["title"].strip(),
            text=obj["text"].strip(),
            category=obj["category"].strip(),
            award=award.strip() if isinstance(award, str) and award.strip() else None,
            year=year,
        ),
        None,
    )


def parse_corpus(lines: Iterable[str], source: str = "<corpus>") -> list[Exemplar]:
    """Parse and validate JSONL lines; raise CorpusError listing every bad line."""
    records: list[Exemplar] = []
    problems: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append((number, f"不是有效的 JSON（第 {exc.colno} 列：{exc.msg}）"))
            continue
        record, problem = _check_record(obj)
        if problem:
            problems.append((number, problem))
            continue
        if record.id in seen:
            problems.append((number, f"id “{record.id}” 与第 {seen[record.id]} 行重复"))
            continue
        seen[record.id] = number
        records.append(record)
    if problems:
        raise CorpusError(source, problems)
    if not records:
        raise InputError(f"范文库 {source} 是空的：每行应是一篇范文的 JSON 对象。")
    return records


def load_corpus(path: str | Path | None = None) -> list[Exemplar]:
    """Load a corpus file (None = the bundled illustrative corpus)."""
    p = Path(path) if path else BUNDLED_CORPUS
    if not p.is_file():
        if path is None:
            raise ConfigError(f"内置范文库缺失：{p}。请重新安装，或用 --corpus 指定范文库文件。")
        raise InputError(f"范文库文件不存在：{p}")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"范文库 {p} 不是 UTF-8 文本。") from None
    return parse_corpus(text.splitlines(), source=str(p))


def corpus_hash(records: Iterable[Exemplar]) -> str:
    """A stable hash of the corpus content, used to key caches and detect stale indexes."""
    digest = hashlib.sha256()
    for r in records:
        digest.update(json.dumps(r.as_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()

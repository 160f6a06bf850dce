"""``fulian eval draft``: drafting measured on a set of rough notes, per backend.

Per backend: unsupported claims per draft (fidelity against the notes; target 0 for the
composer), the share of the notes' figures that reach the draft, template sections filled
(of 导语 + 5 body sections), the rubric total, fallbacks and seconds per draft.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from pathlib import Path

import yaml

from assist.figures import find_quantities
from models.errors import ConfigError

DEFAULT_NOTES = Path(__file__).parent / "data" / "draft" / "notes.yaml"
SECTION_KEYS = {
    "background": ("背景",),
    "measures": ("做法", "措施", "举措"),
    "cases": ("案例", "故事"),
    "outcomes": ("成效", "成果", "效果"),
    "lessons": ("经验", "启示", "体会", "下一步"),
}
_MINOR_CLASS = re.compile(r"(?:[一二三四五六七八九]|初[一二三]|高[一二三])(?:年级)?(?:[（(]\d{1,2}[）)]|\d{1,2})班")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d+[.、])?\s*(.{2,10})\s*$")


def load_notes_set(path: str | Path | None = None) -> list[dict]:
    """``[{"id", "style", "notes"}]`` from a YAML list or a JSONL file."""
    p = Path(path) if path else DEFAULT_NOTES
    if not p.is_file():
        raise ConfigError(f"笔记集不存在：{p}")
    text = p.read_text(encoding="utf-8")
    if p.suffix == ".jsonl":
        items = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        items = yaml.safe_load(text) or []
    bad = [i for i, item in enumerate(items) if not isinstance(item, dict) or not str(item.get("notes", "")).strip()]
    if bad:
        raise ConfigError(f"笔记集 {p} 第 {bad[0] + 1} 条缺少 notes 字段。")
    return items


def _key(q) -> tuple:
    from assist.checks.detectors import PERSON_UNITS

    unit = "人" if q.unit in PERSON_UNITS else q.unit  # 6个人 in the notes is 6人 in the draft
    return (q.kind, round(q.value, 4), unit, round(q.high, 4) if q.high else None)


def figure_recall(notes: str, output: str, *, public: bool = False) -> tuple[int, int]:
    """(figures of the notes found in the output, figures of the notes); dates and list numbers
    excluded. ``public``: personal data a draft must leave out (phones, ages, home addresses, a
    minor's school class: the spans ``missing_fact`` skips) excluded too."""
    from assist.facts import split_items

    text = "\n".join(split_items(notes))
    private = []
    if public:
        from assist.checks.detectors import _private_spans, minor_names

        private = _private_spans(text)
        if minor_names(notes):
            private += [m.span() for m in _MINOR_CLASS.finditer(text)]
    wanted = [q for q in find_quantities(text) if q.kind != "date" and not any(a <= q.start < b for a, b in private)]
    found = find_quantities(output)
    have = {_key(q) for q in found}
    # a bare count of the notes (a table cell: | 19 |) is kept where the draft gives that count a
    # unit (19人次 from the row's label 来访接待（人次）)
    counts = {(q.kind, round(q.value, 4), round(q.high, 4) if q.high else None) for q in found}

    def hit(q) -> bool:
        key = _key(q)
        return key in have or (q.kind == "count" and not q.unit and (key[0], key[1], key[3]) in counts)

    return sum(1 for q in wanted if hit(q)), len(wanted)


def _heading_section(line: str) -> str | None:
    """The section a heading line names ("" for a numbered heading of no known section)."""
    if len(line) > 14 or line.endswith(("。", "！", "？", "；")):
        return None
    m = _HEADING.match(line)
    if not m:
        return None
    for key, words in SECTION_KEYS.items():
        if any(w in m.group(1) for w in words):
            return key
    return "" if re.match(r"^(?:[一二三四五六七八九十]+、|\d+[.、])", line) else None


def sections_filled(result: dict) -> int:
    """Template parts present: the lead plus body sections found by their headings."""
    lines = [line.strip() for line in result.get("text", "").split("\n") if line.strip()]
    if not lines:
        return 0
    found = {key for key in map(_heading_section, lines) if key}
    has_lead = _heading_section(lines[0]) is None
    return len(found) + (1 if has_lead else 0)


def evaluate(notes_set: list[dict], generator, *, scanner=None, scorer=None, library=None) -> dict:
    """Draft every notes set with ``generator`` and aggregate the figures."""
    from assist.checks import check_draft
    from assist.drafting import Drafter

    drafter = Drafter(generator, scanner, scorer=scorer, library=library)
    rows = []
    for item in notes_set:
        start = time.perf_counter()
        result = drafter.draft(item["notes"])
        seconds = time.perf_counter() - start
        output = "\n".join([result["title"], result["subtitle"], result["text"]])
        hit, total = figure_recall(item["notes"], output)
        public_hit, public_total = figure_recall(item["notes"], output, public=True)
        defects = check_draft(result, item["notes"], item.get("must"))
        rows.append(
            {
                "id": item.get("id"),
                "backend": result["backend"],
                "unsupported": len(result["unsupported"]),
                "unsupported_items": [u["text"] for u in result["unsupported"]],
                "figures_hit": hit,
                "figures_total": total,
                "public_figures_hit": public_hit,
                "public_figures_total": public_total,
                "sections": sections_filled(result),
                "score": (result.get("score") or {}).get("total"),
                "fallback": bool(result.get("fallback_reason")),
                "seconds": round(seconds, 3),
                "defects": [d.as_dict() for d in defects],
            }
        )
    n = len(rows) or 1
    scores = [r["score"] for r in rows if r["score"] is not None]
    figures_total = sum(r["figures_total"] for r in rows)
    return {
        "backend": generator.name,
        "n": len(rows),
        "unsupported_per_draft": round(sum(r["unsupported"] for r in rows) / n, 3),
        "drafts_with_unsupported": sum(1 for r in rows if r["unsupported"]),
        "figure_recall": round(sum(r["figures_hit"] for r in rows) / figures_total, 3) if figures_total else None,
        # the same without the personal data a draft must leave out (phones, ages, a minor's class)
        "public_figure_recall": _share(rows, "public_figures_hit", "public_figures_total"),
        "sections_filled_mean": round(sum(r["sections"] for r in rows) / n, 2),
        "sections_max": 1 + len(SECTION_KEYS),
        "rubric_total_mean": round(statistics.mean(scores), 1) if scores else None,
        "fallbacks": sum(1 for r in rows if r["fallback"]),
        "seconds_per_draft": round(sum(r["seconds"] for r in rows) / n, 3),
        "defect_free": sum(1 for r in rows if not r["defects"]),
        "defect_free_share": round(sum(1 for r in rows if not r["defects"]) / n, 3),
        "defects_by_kind": defects_by_kind(rows),
        "rows": rows,
    }


def _share(rows: list[dict], hit: str, total: str) -> float | None:
    t = sum(r[total] for r in rows)
    return round(sum(r[hit] for r in rows) / t, 3) if t else None


def defects_by_kind(rows: list[dict]) -> dict[str, int]:
    """Drafts with at least one defect of each kind."""
    from assist.checks import DEFECT_KINDS

    return {k: sum(1 for r in rows if any(d["kind"] == k for d in r["defects"])) for k in DEFECT_KINDS}


def render_table(reports: list[dict], n_notes: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"起草评测（{n_notes} 份笔记）")
    for col in ("后端", "每稿无依据", "含无依据稿数", "数字进入比例", "模板部分", "质量总分", "无缺陷稿", "回退", "秒/稿"):
        table.add_column(col)
    for r in reports:
        table.add_row(
            r["backend"],
            f"{r['unsupported_per_draft']:.3f}",
            str(r["drafts_with_unsupported"]),
            "—" if r["figure_recall"] is None else f"{r['figure_recall']:.1%}",
            f"{r['sections_filled_mean']:.2f}/{r['sections_max']}",
            "—" if r["rubric_total_mean"] is None else f"{r['rubric_total_mean']:.1f}",
            f"{r['defect_free']}/{r['n']}",
            str(r["fallbacks"]),
            f"{r['seconds_per_draft']:.2f}",
        )
    console = Console(width=120)
    console.print(table)
    from assist.checks import DEFECT_KINDS

    for r in reports:
        kinds = Table(title=f"缺陷（{r['backend']}，含该缺陷的稿数）")
        kinds.add_column("缺陷")
        kinds.add_column("稿数")
        for k, v in r["defects_by_kind"].items():
            kinds.add_row(DEFECT_KINDS[k], str(v))
        console.print(kinds)
        for row in r["rows"]:
            if row["defects"]:
                items = "；".join(f"{d['message']}「{d['text'][:16]}」" for d in row["defects"][:6])
                console.print(f"{row['id']}: {items}", markup=False)


def print_drafts(path: str | Path, out=None) -> None:
    """Every composer draft of a notes set with its notes, figure recall and defects, to read as an editor."""
    import sys

    from assist.checks import check_draft
    from assist.drafting.planner import compose_notes

    out = out or sys.stdout
    for item in load_notes_set(path):
        r = compose_notes(item["notes"])
        text = "\n".join(p for p in (r["title"], r["subtitle"], r["text"]) if p)
        hit, total = figure_recall(item["notes"], text)
        defects = check_draft({k: r[k] for k in ("title", "subtitle", "text")}, item["notes"], item.get("must"))
        print(f"===== {item.get('id')} {item.get('style', '')}  数字 {hit}/{total}", file=out)
        print("--- 笔记\n" + item["notes"].rstrip() + "\n--- 草稿\n" + text, file=out)
        if defects:
            print("--- 缺陷：" + "；".join(f"{d.message}「{d.text[:20]}」" for d in defects), file=out)


if __name__ == "__main__":  # python -m eval.draft eval/data/draft/editor.yaml [...]: print the drafts
    import sys

    for arg in sys.argv[1:] or [str(DEFAULT_NOTES)]:
        print_drafts(arg)

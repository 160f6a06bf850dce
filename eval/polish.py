"""``fulian eval polish``: do the channel versions differ from the report, measurably?

Over a set of reports (the composer's drafts of every note set in ``eval/data/draft/``,
or with ``--exemplars`` the 80 reports of ``retrieval/data/exemplars.jsonl``), each report is polished for 上报信息稿, 微信公众号 and 微博, and per
channel this prints: mean length, mean paragraph length (headings excluded), the share of
versions within the channel's norm (``assist.polishing.norms.within_norm``: length,
paragraph length, a hook line where the channel wants one), the share with a hook line, the
mean difference from the report (1 − difflib's character matching ratio) and the claims the
fidelity check finds unsupported by the report (target 0). The row 原稿 is the report itself,
measured against the 微信公众号 norm, as the baseline.

FIRST-RUN FIGURES (rules as first written, before looking at any output; 2026-12-02 06:36 UTC,
`fulian eval polish` and `fulian eval polish --exemplars`; chars / paragraph chars / within
norm / hook / difference; unsupported 0 everywhere):
  drafts (85):    原稿 132.2/28.5/0%/0%/0;  上报信息稿 132.2/28.5/100%/0%/0;
                  微信公众号 110.3/29.4/95.3%/100%/0.124;  微博 109.2/109.2/100%/100%/0.156
  exemplars (80): 原稿 526.5/89.2/0%/0%/0;  上报信息稿 same, 100%;
                  微信公众号 515.9/52.7/41.2%/100%/0.035;  微博 120.2/120.2/100%/100%/0.680
Then, after reading the exemplars' output (so the later exemplar figures are tuned): a title
line with an inline ——subtitle is a title, 一是/二是 items start WeChat paragraphs, a long
sentence is cut before a clause such as 同时/其中/累计 (``channels._NEW_SENTENCE``).
Session 6 (2026-12-02): a long sentence with no such clause is cut at a comma outside quotes
with 15+ characters either side (``channels._comma_cuts``): 微信公众号 within norm on the
exemplars 58.8% → 98.8% (paragraph chars 48.6 → 47.0), unsupported 0.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from assist.polishing.norms import measure

DRAFT_SETS = Path(__file__).parent / "data" / "draft"
EXEMPLARS = Path(__file__).parent.parent / "retrieval" / "data" / "exemplars.jsonl"
CHANNELS = ("上报信息稿", "微信公众号", "微博")


def report_text(draft: dict) -> str:
    return "\n".join(p for p in (draft.get("title"), draft.get("subtitle"), draft.get("text")) if p)


def composer_reports(paths: list[str | Path] | None = None) -> list[dict]:
    """``[{"id", "text"}]``: the composer's draft of each note set in ``paths`` (YAML/JSONL)."""
    from assist.drafting import Drafter
    from eval.draft import load_notes_set
    from models.generators import ComposerGenerator

    drafter = Drafter(ComposerGenerator(), None)
    paths = paths or sorted(DRAFT_SETS.glob("*.yaml"))
    reports = []
    for path in paths:
        for item in load_notes_set(path):
            reports.append({"id": f"{Path(path).stem}/{item.get('id', len(reports))}",
                            "text": report_text(drafter.draft(item["notes"]))})
    return reports


def exemplar_reports(path: str | Path | None = None) -> list[dict]:
    """``[{"id", "text"}]``: the exemplar corpus (award-style reports, title line first)."""
    import json

    p = Path(path) if path else EXEMPLARS
    rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"id": r["id"], "text": f"{r['title']}\n{r['text']}"} for r in rows]


def _summary(rows: list[dict], unsupported: list[int], seconds: float | None = None) -> dict:
    n = len(rows)
    return {
        "n": n,
        "chars_mean": round(statistics.fmean(r["chars"] for r in rows), 1),
        "paragraph_chars_mean": round(statistics.fmean(r["paragraph_chars"] for r in rows), 1),
        "within_norm": round(sum(r["within_norm"] for r in rows) / n, 3),
        "hook": round(sum(r["hook"] for r in rows) / n, 3),
        "difference_mean": round(statistics.fmean(r["difference"] for r in rows), 3),
        "unsupported": sum(unsupported),
        "seconds_per_text": None if seconds is None else round(seconds / n, 3),
    }


def evaluate(reports: list[dict], polisher) -> dict:
    """Per channel (and 原稿) the figures above; ``reports`` are ``{"id", "text"}``."""
    if not reports:
        from models.errors import ConfigError

        raise ConfigError("没有可评测的稿件。")
    out = {"原稿": _summary([measure(r["text"], "微信公众号", r["text"]) for r in reports], [0] * len(reports))}
    for channel in CHANNELS:
        rows, unsupported = [], []
        t0 = time.perf_counter()
        for r in reports:
            result = polisher.polish(r["text"], channel=channel)
            rows.append(measure(result["text"], channel, r["text"]))
            unsupported.append(len(result["unsupported"]))
        out[channel] = _summary(rows, unsupported, time.perf_counter() - t0)
    return {"n": len(reports), "backend": polisher.generator.name, "channels": out}


def render_table(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"润色评测（{report['n']} 篇稿件，后端 {report['backend']}）")
    for col in ("渠道", "平均字数", "段均字数", "符合渠道规范", "有引子", "与原稿差异", "无依据"):
        table.add_column(col)
    for channel, r in report["channels"].items():
        table.add_row(channel, f"{r['chars_mean']:.1f}", f"{r['paragraph_chars_mean']:.1f}", f"{r['within_norm']:.1%}",
                      f"{r['hook']:.1%}", f"{r['difference_mean']:.3f}", str(r["unsupported"]))
    Console(width=120).print(table)

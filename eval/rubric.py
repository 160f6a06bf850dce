"""Evaluation of the rubric scorer and of fidelity on the labelled sets in ``eval/data/rubric``.

- ``pairs.yaml``: base reports and, for each pair, the edits that make the worse version
  (and optionally the better one) differ in one named criterion. A pair counts as ordered
  when the better version scores strictly higher, on the total and on its criterion.
- ``fidelity.yaml``: notes, a draft and the claims in the draft that the notes do not
  support (as text; ``text#2`` means the second occurrence). A predicted claim is correct
  when it overlaps an expected one; precision, recall and false alarms on faithful drafts.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from assist.rubric.names import criterion_name
from models.errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent / "data" / "rubric"


def _load_yaml(path: Path) -> dict:
    if not path.is_file():
        raise ConfigError(f"找不到评测数据：{path}")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _apply(text: str, edits: list, where: str) -> str:
    for old, new in edits or []:
        if old not in text:
            raise ConfigError(f"评测数据 {where}：要替换的“{old}”不在原文中。")
        text = text.replace(old, new, 1)
    return text


def load_pairs(data_dir: str | Path | None = None, name: str = "pairs.yaml") -> list[dict]:
    """Every pair as {id, criterion, better, worse, notes, reference_date}."""
    data = _load_yaml(Path(data_dir or DATA_DIR) / name)
    bases, notes = data["bases"], data.get("notes", {})
    out = []
    for p in data["pairs"]:
        base = bases[p["base"]]
        out.append({
            "id": p["id"],
            "criterion": p["criterion"],
            "better": _apply(base, p.get("better"), p["id"]),
            "worse": _apply(base, p.get("worse"), p["id"]),
            "notes": notes.get(p["notes"]) if p.get("notes") else None,
            "reference_date": str(p.get("reference_date", data["reference_date"])),
            "broken_lead": bool(p.get("broken_lead")),
            "genre": p.get("genre"),
        })
    for d in data.get("drafts") or []:  # whole defect drafts and their corrections
        out.append({
            "id": d["id"], "criterion": d["criterion"], "better": d["better"], "worse": d["worse"],
            "notes": None, "reference_date": str(d.get("reference_date", data["reference_date"])),
            "broken_lead": bool(d.get("broken_lead")), "genre": d.get("genre"), "draft": True,
        })
    return out


def load_fidelity_cases(data_dir: str | Path | None = None, name: str = "fidelity.yaml") -> list[dict]:
    """Every case as {id, notes, draft, spans: [(start, end, text)]}."""
    data = _load_yaml(Path(data_dir or DATA_DIR) / name)
    out = []
    for case in data["cases"]:
        draft = case["draft"]
        spans = []
        for item in case.get("unsupported") or []:
            text, _, nth = str(item).partition("#")
            pos = -1
            for _ in range(int(nth or 1)):
                pos = draft.find(text, pos + 1)
                if pos < 0:
                    raise ConfigError(f"评测数据 {case['id']}：“{item}”不在稿件中。")
            spans.append((pos, pos + len(text), text))
        out.append({"id": case["id"], "notes": case["notes"], "draft": draft, "spans": spans})
    return out


def evaluate_pairs(scorer, pairs: list[dict]) -> dict:
    per: dict[str, dict] = {}
    failures = []
    for p in pairs:
        kw = {"notes": p["notes"], "reference_date": p["reference_date"]}
        if p.get("genre"):
            kw["genre"] = p["genre"]
        good, bad = scorer.score(p["better"], **kw), scorer.score(p["worse"], **kw)
        key = p["criterion"]
        on_total = good["total"] > bad["total"]
        # a criterion the scorer does not know (an older rubric) counts as not ordered
        g_crit = good["criteria"].get(key, {}).get("score")
        b_crit = bad["criteria"].get(key, {}).get("score")
        on_crit = g_crit is not None and b_crit is not None and g_crit > b_crit
        row = per.setdefault(key, {"pairs": 0, "total_ordered": 0, "criterion_ordered": 0})
        row["pairs"] += 1
        row["total_ordered"] += on_total
        row["criterion_ordered"] += on_crit
        if not (on_total and on_crit):
            failures.append({"id": p["id"], "criterion": key,
                             "better": [good["total"], g_crit], "worse": [bad["total"], b_crit]})
    n = len(pairs)
    return {
        "pairs": n,
        "total_accuracy": round(sum(r["total_ordered"] for r in per.values()) / n, 4) if n else None,
        "criterion_accuracy": round(sum(r["criterion_ordered"] for r in per.values()) / n, 4) if n else None,
        "per_criterion": {k: {**r, "total_rate": round(r["total_ordered"] / r["pairs"], 4),
                              "criterion_rate": round(r["criterion_ordered"] / r["pairs"], 4)}
                          for k, r in sorted(per.items())},
        "failures": failures,
    }


def evaluate_fidelity(cases: list[dict], find=None) -> dict:
    from assist.fidelity import find_unsupported

    find = find or find_unsupported
    tp_pred = n_pred = caught = n_gold = 0
    faithful = faithful_alarms = 0
    missed, false_alarms = [], []
    for case in cases:
        pred = find(case["draft"], case["notes"])
        gold = case["spans"]
        n_pred += len(pred)
        n_gold += len(gold)
        for p in pred:
            if any(p["start"] < e and s < p["end"] for s, e, _ in gold):
                tp_pred += 1
            else:
                false_alarms.append({"id": case["id"], "text": p["text"], "kind": p["kind"]})
        for s, e, text in gold:
            if any(p["start"] < e and s < p["end"] for p in pred):
                caught += 1
            else:
                missed.append({"id": case["id"], "text": text})
        if not gold:
            faithful += 1
            faithful_alarms += bool(pred)
    return {
        "cases": len(cases),
        "faithful_cases": faithful,
        "expected_claims": n_gold,
        "predicted_claims": n_pred,
        "precision": round(tp_pred / n_pred, 4) if n_pred else 1.0,
        "recall": round(caught / n_gold, 4) if n_gold else 1.0,
        "faithful_with_false_alarm": faithful_alarms,
        "missed": missed,
        "false_alarms": false_alarms,
    }


def load_news(data_dir: str | Path | None = None, name: str = "xiaoxi.yaml") -> list[dict]:
    """The hand-written 消息 set as {id, text, reference_date}."""
    data = _load_yaml(Path(data_dir or DATA_DIR) / name)
    return [{"id": t["id"], "text": t["text"], "reference_date": str(t.get("reference_date", data["reference_date"]))}
            for t in data["texts"]]


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _without(result: dict, leave_out: tuple[str, ...] = ("timeliness",)) -> float:
    """The weighted mean leaving out some criteria, capped as the total is (caps are in the result)."""
    rows = [c for k, c in result["criteria"].items() if k not in leave_out]
    total = sum(c["weight"] * c["score"] for c in rows) / sum(c["weight"] for c in rows)
    for flaw in result.get("flaws", []):
        total = min(total, flaw["cap"])
    return total


def evaluate_calibration(scorer, pairs: list[dict], news: list[dict], exemplars: list, reference_date: str) -> dict:
    """Where the anchors fall: bundled exemplars against defect drafts and broken-lead texts,
    and the 消息 set against the exemplars (all on one reference date per set)."""
    ex_results = [scorer.score(f"{e.title}\n{e.text}", reference_date=reference_date) for e in exemplars]
    ex_scores = [r["total"] for r in ex_results]
    drafts = [scorer.score(p["worse"], reference_date=p["reference_date"])["total"] for p in pairs if p.get("draft")]
    broken = [(scorer.score(p["worse"], reference_date=p["reference_date"])["total"], p["id"])
              for p in pairs if p.get("broken_lead")]
    news_scores = [(scorer.score(n["text"], reference_date=n["reference_date"]), n["id"]) for n in news]
    news_totals = [r["total"] for r, _ in news_scores]
    ex_mean, news_mean, draft_mean = _mean(ex_scores), _mean(news_totals), _mean(drafts)
    worst_ex = min(ex_scores) if ex_scores else None
    return {
        "exemplars": {"count": len(ex_scores), "mean": ex_mean, "min": worst_ex,
                      "max": max(ex_scores) if ex_scores else None},
        "defect_drafts": {"count": len(drafts), "mean": draft_mean, "max": max(drafts) if drafts else None},
        "margin": None if ex_mean is None or draft_mean is None else round(ex_mean - draft_mean, 1),
        "broken_lead": {"count": len(broken), "max": max(broken)[0] if broken else None,
                        "max_id": max(broken)[1] if broken else None,
                        "exemplars_below": sum(s <= max(broken)[0] for s in ex_scores) if broken else 0},
        "news": {"count": len(news_totals), "mean": news_mean,
                 "min": min(news_totals) if news_totals else None,
                 "gap_to_exemplars": None if ex_mean is None or news_mean is None else round(ex_mean - news_mean, 1),
                 # the exemplars are years older than the reference date: the gap without timeliness
                 "gap_without_timeliness": None if not ex_results or not news_scores else round(
                     _mean([_without(r) for r in ex_results]) - _mean([_without(r) for r, _ in news_scores]), 1),
                 "below_a_defect_draft": sum(t <= max(drafts) for t in news_totals) if drafts else 0,
                 "genres": sorted({r.get("genre", {}).get("name", "?") for r, _ in news_scores})},
    }


def evaluate(scorer, data_dir: str | Path | None = None) -> dict:
    """The development sets, and the held-out sets (written after the rules were frozen)."""
    base = Path(data_dir or DATA_DIR)
    report = {
        "scanner": scorer.scanner is not None,
        "pairs": evaluate_pairs(scorer, load_pairs(base)),
        "fidelity": evaluate_fidelity(load_fidelity_cases(base)),
    }
    if (base / "contrast.yaml").is_file():
        from retrieval.corpus import load_corpus

        contrast = load_pairs(base, "contrast.yaml")
        ref = str(_load_yaml(base / "contrast.yaml")["reference_date"])
        report["contrast"] = evaluate_pairs(scorer, contrast)
        exemplars = load_corpus()
        report["calibration"] = evaluate_calibration(scorer, contrast, load_news(base), exemplars, ref)
        fresh_file = base / "contrast_fresh.yaml"
        if fresh_file.is_file():  # written after the rules above, before this session's changes
            fresh = load_pairs(base, fresh_file.name)
            fresh_ref = str(_load_yaml(fresh_file)["reference_date"])
            report["fresh"] = {
                "pairs": evaluate_pairs(scorer, fresh),
                "calibration": evaluate_calibration(scorer, fresh, load_news(base, fresh_file.name), exemplars, fresh_ref),
            }
        blind_file = base / "contrast_blind.yaml"
        if blind_file.is_file():  # written by someone who saw no scores; first run in its header
            blind_news = base / "xiaoxi_blind.yaml"
            report["blind"] = {
                "pairs": evaluate_pairs(scorer, load_pairs(base, blind_file.name)),
                "calibration": evaluate_calibration(
                    scorer, load_pairs(base, blind_file.name),
                    load_news(base, blind_news.name) if blind_news.is_file() else [],
                    exemplars, str(_load_yaml(blind_file)["reference_date"])),
            }
    for pairs_file in sorted(base.glob("pairs_holdout*.yaml")):
        batch = pairs_file.stem.removeprefix("pairs_")
        fidelity_file = base / f"fidelity_{batch}.yaml"
        report.setdefault("holdout", {})[batch] = {
            "pairs": evaluate_pairs(scorer, load_pairs(base, pairs_file.name)),
            "fidelity": evaluate_fidelity(load_fidelity_cases(base, fidelity_file.name))
            if fidelity_file.is_file() else None,
        }
    return report


def format_report(report: dict) -> str:
    lines = [f"隐私扫描器：{'有' if report['scanner'] else '无'}", "== 开发集 =="]
    lines += _format_sets(report["pairs"], report["fidelity"])
    if "contrast" in report:
        lines.append("== 对照稿件对 contrast.yaml（常见问题与起草缺陷） ==")
        lines += _format_sets(report["contrast"], None)
        lines += _format_calibration(report["calibration"])
    if "fresh" in report:
        lines.append("== 新编对照集 contrast_fresh.yaml（改规则前编写；首轮结果见数据文件开头的说明） ==")
        lines += _format_sets(report["fresh"]["pairs"], None)
        lines += _format_calibration(report["fresh"]["calibration"])
    if "blind" in report:
        lines.append("== 盲写对照集 contrast_blind.yaml、xiaoxi_blind.yaml（编写者未见评分；首轮结果见数据文件开头的说明，"
                     "此后据其失败项改过规则，已不再是盲测） ==")
        lines += _format_sets(report["blind"]["pairs"], None)
        lines += _format_calibration(report["blind"]["calibration"])
    for batch, sets in report.get("holdout", {}).items():
        lines.append(f"== 留出集 {batch}（规则定稿后编写；首轮结果见数据文件开头的说明） ==")
        lines += _format_sets(sets["pairs"], sets["fidelity"])
    return "\n".join(lines)


def _gap(exemplars_minus_news: float | None) -> str:
    """高 X 分 / 低 X 分: where the 消息 mean stands against the exemplars' mean."""
    if exemplars_minus_news is None:
        return "—"
    return f"{'低' if exemplars_minus_news > 0 else '高'} {abs(exemplars_minus_news)} 分"


def _format_calibration(c: dict) -> list[str]:
    lines = []
    lines.append(f"范文 {c['exemplars']['count']} 篇：均分 {c['exemplars']['mean']}，最低 {c['exemplars']['min']}；"
                 f"缺陷草稿 {c['defect_drafts']['count']} 篇：均分 {c['defect_drafts']['mean']}，最高 {c['defect_drafts']['max']}；"
                 f"差距 {c['margin']} 分（目标 ≥ 10）")
    b = c["broken_lead"]
    lines.append(f"导语残缺稿件 {b['count']} 篇：最高 {b['max']}（{b['max_id']}），不高于它的范文 {b['exemplars_below']} 篇（目标 0）")
    n = c["news"]
    lines.append(f"消息 {n['count']} 篇：均分 {n['mean']}，最低 {n['min']}，比范文均分{_gap(n['gap_to_exemplars'])}"
                 f"（不计时效性{_gap(n['gap_without_timeliness'])}；目标相差不超过 5 分），"
                 f"不高于缺陷草稿最高分的 {n['below_a_defect_draft']} 篇（目标 0）；识别文体 {'、'.join(n['genres'])}")
    return lines


def _format_sets(p: dict, f: dict | None) -> list[str]:
    lines = [f"优劣稿件对：{p['pairs']} 对",
             f"{'评分项':<14}{'对数':>4}{'总分排序正确':>10}{'该项排序正确':>10}"]
    for key, r in p["per_criterion"].items():
        lines.append(f"{criterion_name(key):<14}{r['pairs']:>4}{r['total_ordered']:>10}/{r['pairs']:<4}"
                     f"{r['criterion_ordered']:>8}/{r['pairs']}")
    lines.append(f"合计：总分 {p['total_accuracy']:.1%}，该项 {p['criterion_accuracy']:.1%}")
    for fail in p["failures"]:
        lines.append(f"  未正确排序：{fail['id']}（{criterion_name(fail['criterion'])}）较优 {fail['better']} 较差 {fail['worse']}")
    if f is None:
        return lines
    lines.append(f"忠实性：{f['cases']} 例（其中 {f['faithful_cases']} 例完全忠实），"
                 f"精确率 {f['precision']:.3f}，召回率 {f['recall']:.3f}，"
                 f"忠实稿件误报 {f['faithful_with_false_alarm']} 例")
    for m in f["missed"]:
        lines.append(f"  漏报：{m['id']} “{m['text']}”")
    for a in f["false_alarms"]:
        lines.append(f"  误报：{a['id']} “{a['text']}”（{a['kind']}）")
    return lines

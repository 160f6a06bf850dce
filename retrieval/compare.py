"""A draft beside one exemplar: outlines by template section, facts and figures, rubric scores."""

from __future__ import annotations

from assist.rubric.names import criterion_name
from models.errors import InputError
from retrieval.corpus import Exemplar
from retrieval.facts import extract_facts
from retrieval.sections import SECTIONS, outline, sections_present

_FACT_ADVICE = {
    "figures": ("数据", "用具体数字代替“效果良好”“大幅提升”等笼统表述。"),
    "dates": ("时间", "写明具体时间。"),
    "organisations": ("单位", "写明组织、参与的具体单位。"),
}
MAX_RUBRIC_ADVICE = 4
_SECTION_ADVICE = {
    "title": "加一个点明主题和亮点的主标题（可配副标题）。",
    "lead": "开头用约 100 字的导语交代何时、何地、谁、做了什么、效果如何。",
    "background": "用一两句话交代背景或问题，不要长篇铺陈。",
    "measures": "写清具体做了什么、怎么做（一是、二是……）。",
    "cases": "补充一个具体的人或事例（注意隐去真实姓名）。",
    "results": "用数字写明成效（人数、增收、覆盖面、满意率等）。",
    "experience": "结尾提炼经验或下一步打算。",
}
RUBRIC_GAP = 15  # points below the exemplar that earn a piece of advice


def _side(text: str, title: str | None = None) -> dict:
    items = outline(text, title=title)
    facts = extract_facts(text)
    n_facts = sum(len(v) for v in facts.values())
    return {
        "chars": len(text),
        "outline": items,
        "sections": sections_present(items),
        "facts": facts,
        "facts_per_100_chars": round(100 * n_facts / max(len(text), 1), 2),
    }


def _rubric(scorer, draft: str, exemplar_document: str) -> dict:
    draft_score = scorer.score(draft)
    exemplar_score = scorer.score(exemplar_document)
    criteria = {}
    for key, value in exemplar_score.get("criteria", {}).items():
        if key not in draft_score.get("criteria", {}):
            continue
        d, e = draft_score["criteria"][key]["score"], value["score"]
        criteria[key] = {"name": value.get("name") or criterion_name(key), "draft": d, "exemplar": e,
                         "gap": round(e - d, 2)}
    total_d, total_e = draft_score.get("total"), exemplar_score.get("total")
    gap = None if total_d is None or total_e is None else round(total_e - total_d, 2)
    return {"total": {"draft": total_d, "exemplar": total_e, "gap": gap}, "criteria": criteria}


def _advice(draft: dict, exemplar: dict, rubric: dict | None) -> list[str]:
    advice = []
    for key in exemplar["sections"]:
        if key not in draft["sections"]:
            advice.append(f"范文有“{SECTIONS[key]}”，草稿没有：{_SECTION_ADVICE[key]}")
    for key, (label, hint) in _FACT_ADVICE.items():
        d, e = len(draft["facts"][key]), len(exemplar["facts"][key])
        if e >= 2 and d * 2 < e:
            advice.append(f"范文写出了 {e} 处{label}，草稿只有 {d} 处：{hint}")
    if rubric:
        gaps = sorted(
            ((row["gap"], row.get("name") or criterion_name(key)) for key, row in rubric["criteria"].items()
             if row["gap"] is not None and row["gap"] >= RUBRIC_GAP),
            reverse=True,
        )
        for gap, name in gaps[:MAX_RUBRIC_ADVICE]:
            advice.append(f"“{name}”一项比范文低 {gap:g} 分，可对照范文修改。")
    return advice


def compare_reports(draft: str, exemplar: Exemplar, scorer=None) -> dict:
    """Side-by-side comparison of ``draft`` with ``exemplar``.

    Offsets in the draft's outline and facts index ``draft``; those of the exemplar index
    ``exemplar["text"]`` (its title is given apart). ``rubric`` is filled when a scorer
    (``assist.rubric.load_scorer()``) is given, else None.
    """
    if not draft or not draft.strip():
        raise InputError("草稿为空：请粘贴要对照的稿件。")
    draft_side = _side(draft)
    exemplar_side = {**exemplar.as_dict(), **_side(exemplar.text, title=exemplar.title)}
    rubric = _rubric(scorer, draft, f"{exemplar.title}\n{exemplar.text}") if scorer is not None else None
    sections = [
        {"key": key, "label": label, "draft": key in draft_side["sections"], "exemplar": key in exemplar_side["sections"]}
        for key, label in SECTIONS.items()
    ]
    return {
        "exemplar_id": exemplar.id,
        "exemplar_title": exemplar.title,
        "sections": sections,
        "draft": draft_side,
        "exemplar": exemplar_side,
        "rubric": rubric,
        "advice": _advice(draft_side, exemplar_side, rubric),
    }

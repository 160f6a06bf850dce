"""The criteria, one function each, registered by their DESIGN.md keys."""

from __future__ import annotations

from assist.rubric.criteria.base import Context, Criterion
from assist.rubric.criteria.content import score_data_support, score_five_w_one_h, score_specificity
from assist.rubric.criteria.context import score_fidelity, score_privacy, score_timeliness
from assist.rubric.criteria.form import score_focus, score_redundancy, score_structure
from assist.rubric.criteria.headline import score_lead, score_title
from assist.rubric.criteria.language import score_language

CRITERIA: dict[str, Criterion] = {
    "title": score_title,
    "lead": score_lead,
    "five_w_one_h": score_five_w_one_h,
    "specificity": score_specificity,
    "data_support": score_data_support,
    "focus": score_focus,
    "redundancy": score_redundancy,
    "language": score_language,
    "structure": score_structure,
    "timeliness": score_timeliness,
    "privacy": score_privacy,
    "fidelity": score_fidelity,
}

__all__ = ["CRITERIA", "Context"]

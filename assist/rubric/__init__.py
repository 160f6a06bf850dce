"""Quality rubric: criteria from the seed's 常见问题 and 高质量稿件标准, weights in YAML.

    scorer = load_scorer()                      # assist/data/rubric.yaml
    scorer.score(text, notes=None, reference_date=None)
    -> {"total", "criteria": {KEY: {"score", "findings": [...]}}, "unsupported": [...]}
"""

from assist.rubric.loader import DEFAULT_RUBRIC, load_rubric, validate_rubric
from assist.rubric.scorer import Scorer, load_scorer

__all__ = ["DEFAULT_RUBRIC", "Scorer", "load_rubric", "load_scorer", "validate_rubric"]

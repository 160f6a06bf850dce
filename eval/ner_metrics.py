"""Span-exact precision, recall, F1 and F2 for NER, per label."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class PRF:
    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    def f_beta(self, beta: float) -> float:
        p, r = self.precision, self.recall
        if p == 0 and r == 0:
            return 0.0
        b2 = beta * beta
        return (1 + b2) * p * r / (b2 * p + r)

    @property
    def f1(self) -> float:
        return self.f_beta(1.0)

    @property
    def f2(self) -> float:
        return self.f_beta(2.0)

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "f2": round(self.f2, 4),
            "tp": self.tp, "pred": self.n_pred, "gold": self.n_gold,
        }


def span_prf(
    gold: Iterable[Iterable[tuple[int, int, str]]],
    pred: Iterable[Iterable[tuple[int, int, str]]],
    label: str = "PER",
) -> PRF:
    """Exact-match scores of ``label`` spans; ``gold``/``pred`` hold one span list per sentence."""
    tp = n_pred = n_gold = 0
    for g, p in zip(gold, pred, strict=True):
        gs = {(s, e) for s, e, lab in g if lab == label}
        ps = {(s, e) for s, e, lab in p if lab == label}
        tp += len(gs & ps)
        n_pred += len(ps)
        n_gold += len(gs)
    return PRF(tp, n_pred, n_gold)

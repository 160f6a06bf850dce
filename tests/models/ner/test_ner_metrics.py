import pytest

from eval.ner_metrics import span_prf


@pytest.mark.parametrize(
    "gold, pred, p, r",
    [
        ([[(0, 2, "PER")]], [[(0, 2, "PER")]], 1.0, 1.0),
        ([[(0, 2, "PER")]], [[(0, 3, "PER")]], 0.0, 0.0),  # exact spans only
        ([[(0, 2, "PER"), (3, 5, "PER")]], [[(0, 2, "PER"), (6, 8, "PER")]], 0.5, 0.5),
        ([[(0, 2, "PER")]], [[(0, 2, "LOC")]], 0.0, 0.0),  # label must match
        ([[(0, 2, "PER")], []], [[], []], 0.0, 0.0),
    ],
)
def test_span_prf(gold, pred, p, r):
    s = span_prf(gold, pred, "PER")
    assert (s.precision, s.recall) == (p, r)


def test_f2_weights_recall():
    s = span_prf([[(0, 1, "PER"), (2, 3, "PER"), (4, 5, "PER"), (6, 7, "PER")]], [[(0, 1, "PER"), (2, 3, "PER")]])
    assert s.precision == 1.0 and s.recall == 0.5
    assert s.f2 < s.f1 and s.f2 == pytest.approx(5 * 0.5 / (4 + 0.5))

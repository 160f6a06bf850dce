import itertools

import numpy as np
import pytest
import torch

from models.ner.crf import CRF
from models.ner.data import TAGS


def _brute_force(crf, em):
    start, trans = crf._scores()
    best, scores = None, []
    for path in itertools.product(range(len(TAGS)), repeat=em.shape[0]):
        s = start[path[0]] + em[0, path[0]] + crf.end[path[-1]]
        s = s + sum(trans[a, b] + em[i + 1, b] for i, (a, b) in enumerate(zip(path, path[1:])))
        scores.append(s)
        if best is None or s > best[0]:
            best = (s, path)
    return torch.logsumexp(torch.stack(scores), 0), best[1]


@pytest.mark.parametrize("length", [1, 2, 3])
def test_decode_and_nll_match_brute_force(length):
    torch.manual_seed(length)
    crf = CRF()
    with torch.no_grad():
        crf.transitions.normal_()
        crf.end.normal_()
    em = torch.randn(1, 4, len(TAGS))
    logz, best = _brute_force(crf, em[0, :length])
    decoded = crf.decode(em, torch.tensor([length]))[0, :length].tolist()
    assert decoded == list(best)
    mask = torch.arange(4).unsqueeze(0) < length
    tags = torch.tensor([list(best) + [0] * (4 - length)])
    gold = logz - crf.nll(em, tags, mask)
    assert torch.allclose(gold, _brute_force_score(crf, em[0, :length], best), atol=1e-4)


def _brute_force_score(crf, em, path):
    start, trans = crf._scores()
    s = start[path[0]] + em[0, path[0]] + crf.end[path[-1]]
    return s + sum(trans[a, b] + em[i + 1, b] for i, (a, b) in enumerate(zip(path, path[1:])))


def test_decode_is_valid_bio():
    torch.manual_seed(0)
    crf = CRF()
    tags = crf.decode(torch.randn(16, 12, len(TAGS)) * 5, torch.full((16,), 12))
    for row in tags.tolist():
        prev = "O"
        for t in row:
            name = TAGS[t]
            if name.startswith("I-"):
                assert prev[2:] == name[2:], (prev, name)
            prev = name


@pytest.mark.parametrize("seed,batch,width", [(0, 1, 1), (1, 5, 9), (2, 33, 40), (3, 8, 150)])
def test_numpy_decode_matches_torch_decode(seed, batch, width):
    torch.manual_seed(seed)
    crf = CRF()
    with torch.no_grad():
        crf.transitions.normal_()
        crf.start.normal_()
        crf.end.normal_()
    em = torch.randn(batch, width, len(TAGS)) * 4
    lengths = torch.randint(1, width + 1, (batch,))
    lengths[0] = width
    expected = crf.decode(em, lengths)
    got = crf.decode_numpy(em.numpy(), lengths.numpy())
    assert got.dtype == np.int64
    assert got.tolist() == expected.tolist()

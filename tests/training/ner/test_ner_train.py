"""A tiny end-to-end training run: data split, training, selection, saving, loading."""

import json

import pytest

from training.ner import train
from models.ner.tagger import load_ner_tagger

def test_tiny_training_run_writes_loadable_weights(data_dir, tmp_path):
    out = tmp_path / "out"
    train.main(["--data-dir", str(data_dir), "--out", str(out), "--epochs", "2", "--synth", "20",
                "--hidden", "8", "--char-dim", "8", "--bigram-dim", "4", "--threads", "1", "--average-last", "2"])
    log = json.loads((out / "train_log.json").read_text(encoding="utf-8"))
    assert [h["epoch"] for h in log["history"]] == [1, 2, "mean of last 2"]  # the mean is a candidate too
    assert log["meta"]["heldout"].startswith("last 2000 sentences")
    tagger = load_ner_tagger(str(out))
    [spans] = tagger.tag(["王秀英在北京工作。"])
    assert all(0 <= s.start < s.end <= 9 for s in spans)
    # fine-tuning keeps the vocabulary and shape of --init
    out2 = tmp_path / "out2"
    train.main(["--data-dir", str(data_dir), "--out", str(out2), "--epochs", "1", "--synth", "5",
                "--init", str(out / "ner.pt"), "--threads", "1"])
    assert load_ner_tagger(str(out2)).vocab.chars == tagger.vocab.chars


@pytest.mark.parametrize("step, time_, expected", [(0.0, 0.0, 0.1), (1.0, 0.0, 0.05), (0.0, 1.0, 0.05), (0.515, 0.0, 0.525)])
def test_lr_factor(step, time_, expected):
    assert train.lr_factor(step, time_) == pytest.approx(expected, abs=1e-3)


def test_swap_names_replaces_han_person_names_and_keeps_other_spans():
    from models.ner import data as D

    text = "李鹏会见了江泽民和Smith，在北京。"
    spans = [(0, 2, "PER"), (5, 8, "PER"), (9, 14, "PER"), (16, 18, "LOC")]
    sent = D.Sentence(text, D.tags_from_spans(len(text), spans))
    [swapped] = train.swap_names([sent], 1.0, seed=3)
    got = D.spans_from_tags(swapped.tags)
    names = [swapped.text[a:b] for a, b, lab in got]
    assert [lab for _, _, lab in got] == ["PER", "PER", "PER", "LOC"]
    assert names[0] != "李鹏" and names[1] != "江泽民" and names[2:] == ["Smith", "北京"]
    assert swapped.text == f"{names[0]}会见了{names[1]}和Smith，在北京。"
    assert train.swap_names([sent], 0.0, seed=3) == [sent]
    assert train.swap_names([sent], 1.0, seed=3) == [swapped]  # seeded


@pytest.mark.parametrize(
    ("f1", "f2", "expected"),
    [
        # the bundled run's held-out scores (e5b): F1 best at 0, F2 best within tolerance at 0.5
        ({0.0: 0.8992, 0.5: 0.8970, 1.0: 0.8764}, {0.0: 0.8775, 0.5: 0.8875, 1.0: 0.8836}, (0.0, 0.5)),
        # a bias that loses too much F1 is no recall decode, however high its F2
        ({0.0: 0.90, 0.5: 0.88, 1.0: 0.85}, {0.0: 0.87, 0.5: 0.88, 1.0: 0.90}, (0.0, 0.0)),
        # the first decode may sit above 0
        ({0.0: 0.88, 0.5: 0.89, 1.0: 0.885}, {0.0: 0.86, 0.5: 0.87, 1.0: 0.89}, (0.5, 1.0)),
    ],
)
def test_operating_point_first_decode_by_f1_recall_decode_by_f2(f1, f2, expected):
    from training.ner.train import choose_operating_point

    scores = {b: {"f1": f1[b], "f2": f2[b]} for b in f1}
    assert choose_operating_point(scores, 0.005) == expected

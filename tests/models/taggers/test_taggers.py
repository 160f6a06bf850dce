import pytest

from models.taggers import Span, load_span_tagger
from models.taggers._align import spans_from_words


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("李鹏、乔石", [("李鹏", "np"), ("、", "w"), ("乔石", "np")], [(0, 2), (3, 5)]),
        # the segmenter dropped the spaces: offsets still index the original text
        ("张三 住在 北京", [("张三", "np"), ("住在", "v"), ("北京", "ns")], [(0, 2)]),
        # a word the segmenter rewrote is skipped, later words still align
        ("ａ王芳", [("a", "x"), ("王芳", "np")], [(1, 3)]),
        ("", [], []),
    ],
)
def test_spans_from_words_aligns_offsets(text, words, expected):
    spans = spans_from_words(text, words, {"np": "PER"})
    assert [(s.start, s.end) for s in spans] == expected
    assert all(text[s.start : s.end] == w for s, (w, t) in zip(spans, [x for x in words if x[1] == "np"]))


def test_unknown_backend_is_a_clear_error():
    from models.errors import ConfigError

    with pytest.raises(ConfigError, match="未知"):
        load_span_tagger("bert")


@pytest.fixture(scope="module")
def jieba_tagger():
    return load_span_tagger("jieba")


@pytest.mark.parametrize(
    "text, name",
    [
        ("县妇联主席王秀英带队走访了困难家庭。", "王秀英"),
        ("记者从市妇联获悉，李明华同志当选为执委。", "李明华"),
    ],
)
def test_jieba_finds_names(jieba_tagger, text, name):
    [spans] = jieba_tagger.tag([text])
    found = [text[s.start : s.end] for s in spans if s.label == "PER"]
    assert name in found


def test_thulac_finds_names_and_keeps_stdout_clean(capsys):
    tagger = load_span_tagger("thulac")
    [spans] = tagger.tag(["参加座谈的有李鹏、乔石和欧阳小雅。"])
    names = {"参加座谈的有李鹏、乔石和欧阳小雅。"[s.start : s.end] for s in spans if s.label == "PER"}
    assert {"李鹏", "乔石", "欧阳小雅"} <= names
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    "words, join, expected",
    [
        ([("王", "nr"), ("秀英", "nr")], True, [(0, 3)]),
        ([("王", "nr"), ("秀英", "nr")], False, [(0, 1), (1, 3)]),
        ([("李鹏", "nr"), ("乔石", "nr")], True, [(0, 2), (2, 4)]),
    ],
)
def test_split_names_joined_only_when_asked(words, join, expected):
    text = "".join(w for w, _ in words)
    spans = spans_from_words(text, words, {"nr": "PER"}, join_split_names=join)
    assert [(s.start, s.end) for s in spans] == expected


@pytest.mark.parametrize("text, name", [("社区干部赵淑华上门调解。", "赵淑华"), ("志愿者王淑芬每周来辅导。", "王淑芬")])
def test_jieba_dictionary_names_are_persons(jieba_tagger, text, name):
    [spans] = jieba_tagger.tag([text])
    assert name in [text[s.start : s.end] for s in spans if s.label == "PER"]

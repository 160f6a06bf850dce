"""The bundled model through the public loader (loaded once for the module)."""

import time

import pytest

from models.errors import ConfigError
from models.ner.tagger import load_ner_tagger
from models.taggers import Span, load_span_tagger


@pytest.fixture(scope="module")
def tagger():
    return load_ner_tagger()


def test_interface(tagger):
    assert tagger.name == "ner"
    assert load_span_tagger("ner") is tagger  # one object per process
    assert load_span_tagger("auto").name == "ner"


@pytest.mark.parametrize(
    "text, names",
    [
        ("县妇联主席王秀英带队走访了困难家庭。", ["王秀英"]),
        ("参加座谈的有张丽华、刘建国、陈小梅等同志。", ["张丽华", "刘建国", "陈小梅"]),
        ("留守儿童小芳（化名）今年9岁，和奶奶李桂兰生活在一起。", ["小芳", "李桂兰"]),
        ("欧阳娜娜同志扎根基层二十年。", ["欧阳娜娜"]),
        # MSRA's convention: the surname of a 某 form (the privacy rules mask the whole 张某)
        ("当事人张某与丈夫王某某因家庭琐事发生纠纷。", ["张", "王"]),
        ("今天天气很好，会议讨论了妇女就业问题。", []),
    ],
)
def test_finds_names_in_domain_sentences(tagger, text, names):
    [spans] = tagger.tag([text])
    assert [text[s.start : s.end] for s in spans if s.label == "PER"] == names


def test_offsets_index_each_input_across_sentences_and_batches(tagger):
    texts = ["", "   ", "第一句话。\n李明华说：“好。”" * 30, "王芳", "全国妇联在北京召开会议。"]
    out = tagger.tag(texts)
    assert len(out) == len(texts) and out[0] == [] and out[1] == []
    for text, spans in zip(texts, out):
        for s in spans:
            assert isinstance(s, Span) and 0 <= s.start < s.end <= len(text)
            assert s.label in {"PER", "LOC", "ORG"} and 0.0 <= s.score <= 1.0
    assert [texts[2][s.start : s.end] for s in out[2] if s.label == "PER"] == ["李明华"] * 30
    # the batch result equals tagging each text alone (scores may differ in the last digits:
    # int8 dynamic quantisation scales activations per batch)
    def key(spans):
        return [(s.start, s.end, s.label) for s in spans]

    assert [key(o) for o in out] == [key(tagger.tag([t])[0]) for t in texts]
    assert all(type(s.start) is int and type(s.end) is int for o in out for s in o)


@pytest.mark.parametrize("text", ["王芳😀说李明华来了。", "王芳\ud800李明华来了。", "王芳\r\n\t李明华"])
def test_odd_characters_keep_offsets(tagger, text):
    [spans] = tagger.tag([text])
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert "李明华" in [text[s.start : s.end] for s in spans]


def test_long_text_without_punctuation(tagger):
    text = "李" * 1000
    [spans] = tagger.tag([text])
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_missing_weights_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="python -m training.ner.train"):
        load_ner_tagger(str(tmp_path))


def test_load_is_fast(tmp_path):
    import shutil

    from models.ner.tagger import DEFAULT_DIR, WEIGHTS_NAME

    shutil.copy(DEFAULT_DIR / WEIGHTS_NAME, tmp_path / WEIGHTS_NAME)  # a new path: not cached
    start = time.perf_counter()
    load_ner_tagger(str(tmp_path))
    assert time.perf_counter() - start < 5.0  # about 0.3 s alone; generous for a shared CI machine


@pytest.mark.parametrize("value", [0, "two", -1])
def test_bad_thread_setting_is_a_config_error(value):
    from models.ner.tagger import NerTagger

    tagger = load_ner_tagger()
    with pytest.raises(ConfigError, match="FULIAN_NER_THREADS"):
        NerTagger(tagger.model, tagger.vocab, threads=value)
    with pytest.raises(ConfigError, match="FULIAN_NER_PARALLEL"):
        NerTagger(tagger.model, tagger.vocab, parallel=value)


def test_recall_decode_adds_weak_names_beside_the_first_decode(tagger):
    import copy

    from models.taggers import WEAK_PER

    texts = ["韦海燕从小跟着奶奶长大。如今海燕回乡当了村妇联主席。", "今天天气很好，会议讨论了妇女就业问题。"]
    plain = copy.copy(tagger)
    plain.per_bias, plain.recall_bias = -4.0, None  # a first decode that finds few names ...
    recall = copy.copy(plain)
    recall.recall_bias = 0.5  # ... and a recall decode that finds them
    first, both = plain.tag(texts), recall.tag(texts)
    assert all(s.label != WEAK_PER for spans in first for s in spans)
    # the first decode is unchanged; the weak spans overlap none of its names
    assert [[s for s in spans if s.label != WEAK_PER] for spans in both] == first
    weak = [(i, s) for i, spans in enumerate(both) for s in spans if s.label == WEAK_PER]
    assert weak
    for i, w in weak:
        assert not any(p.label == "PER" and p.start < w.end and w.start < p.end for p in first[i])


class _Stop(Exception):
    pass


def test_a_caller_check_runs_before_each_batch_and_can_stop_the_call(tagger, monkeypatch):
    from models.taggers import between_batches_run

    monkeypatch.setattr(tagger, "batch_chars", 40)  # about one sentence per batch
    texts = [f"第{i}位学员李明华发言。" for i in range(12)]
    calls = []

    def check():
        calls.append(1)
        if len(calls) == 3:
            raise _Stop

    with between_batches_run(check), pytest.raises(_Stop):
        tagger.tag(texts)
    assert len(calls) == 3  # stopped at the third batch, not after the twelve
    calls.clear()
    tagger.tag(texts)  # outside the block no check runs
    assert calls == []
    with between_batches_run(lambda: calls.append(1)):
        assert len(tagger.tag(texts)) == 12
    assert len(calls) >= 3

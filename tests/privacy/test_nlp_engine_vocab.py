"""The NLP engine must not keep scanned text in a process-wide vocabulary."""

from privacy.nlp_engine import ChineseNlpEngine


def test_scanned_sentences_do_not_accumulate_in_the_shared_vocab():
    engine = ChineseNlpEngine()
    engine.load()
    vocab = engine.nlp["zh"].vocab
    before = len(vocab.strings)
    for i in range(50):
        engine.process_text(f"受助人王某{i}的电话是1380013{i:04d}。她住在某村{i}组。", "zh")
    assert len(vocab.strings) == before
    assert "受助人王某7的电话是13800130007。" not in vocab.strings


def test_stopword_and_punct_lookups_do_not_grow_vocab():
    engine = ChineseNlpEngine()
    engine.load()
    before = len(engine.nlp["zh"].vocab.strings)
    assert engine.is_punct("，。", "zh") and not engine.is_punct("王芳", "zh")
    engine.is_stopword("李秀兰", "zh")
    assert len(engine.nlp["zh"].vocab.strings) == before

"""eval.ner: the scan of whole documents mapped back to sentences, the fresh cases, the rule audit."""

import pytest

from eval import ner as E
from models.ner import data as D
from models.taggers import Span
from privacy.recognizers.person import ChinesePersonRecognizer


class _Tagger:
    """Tags as PER every occurrence of the given strings."""

    name = "fake"
    splits_documents = True

    def __init__(self, *names):
        self.names = names

    def tag(self, texts):
        out = []
        for text in texts:
            spans = []
            for name in self.names:
                at = text.find(name)
                while at >= 0:
                    spans.append(Span(at, at + len(name), "PER"))
                    at = text.find(name, at + 1)
            out.append(spans)
        return out


def _sent(text, *names):
    spans = sorted((text.index(n), text.index(n) + len(n), "PER") for n in names)
    return D.Sentence(text, D.tags_from_spans(len(text), spans))


class _Scanner:
    """Finds the names in the text like a scanner; records what it was given."""

    def __init__(self, *names):
        self.tagger = _Tagger(*names)
        self.seen = []

    def scan(self, text):
        self.seen.append(text)
        [spans] = self.tagger.tag([text])
        return {"entities": [{"type": "PERSON", "start": s.start, "end": s.end} for s in spans]}


def test_scan_document_is_one_scan_mapped_back_to_sentences():
    sents = [_sent("王秀英在北京。", "王秀英"), _sent("今天很好。"), _sent("李明华和王秀英开会。", "李明华", "王秀英")]
    scanner = _Scanner("王秀英", "李明华")
    preds, seconds = E.scan_document(scanner, sents)
    assert len(scanner.seen) == 1 and scanner.seen[0].count("\n") == 2
    assert preds == [[(0, 3, "PER")], [], [(4, 7, "PER"), (0, 3, "PER")]]
    assert E.score_spans(sents, preds, ("PER",))["PER"]["tp"] == 3 and seconds >= 0


def test_load_fresh_marks_every_occurrence():
    sents = E.load_fresh()
    assert len(sents) >= 30
    both = next(s for s in sents if s.text.startswith("纪念馆"))
    assert [both.text[a:b] for a, b, _ in D.spans_from_tags(both.tags)] == ["周恩来", "邓颖超"]


def test_audit_counts_what_a_rule_gains(monkeypatch):
    sents = [_sent("剧中安嘉和的家暴行为引起反感。", "安嘉和")]
    monkeypatch.setattr(E, "load_dataset", lambda name, data_dir=None: sents)
    rec = ChinesePersonRecognizer(E.CachedTagger(_Tagger("安嘉")))
    block = E.audit_rules(rec, ["x"], rules=("he_last", "lists"))["x"]
    for mode in ("sentence", "document"):
        report = block[mode]
        assert report["all_rules"]["tp"] == 1
        he = report["rules"]["he_last"]
        assert (he["gained"], he["lost"], he["false_alarms_removed"], he["false_alarms_added"], he["net"]) == (1, 0, 1, 0, 2)
        assert he["examples"] == {"gained": ["安嘉和"], "false_alarms_removed": ["安嘉"]}
        assert report["rules"]["lists"]["net"] == 0


def test_audit_in_document_mode_sees_propagation(monkeypatch):
    # 王秀英 found in the first sentence propagates to the second only in one document
    sents = [_sent("王秀英说今天开会。", "王秀英"), _sent("随后王秀英回家。", "王秀英")]
    monkeypatch.setattr(E, "load_dataset", lambda name, data_dir=None: sents)

    class _First(_Tagger):
        def tag(self, texts):
            return [[Span(0, 3, "PER", 1.0)] if t.startswith("王秀英") else [] for t in texts]

    rec = ChinesePersonRecognizer(E.CachedTagger(_First("王秀英")))
    block = E.audit_rules(rec, ["x"], rules=("repeat",))["x"]
    assert block["sentence"]["rules"]["repeat"]["gained"] == 0
    assert block["document"]["rules"]["repeat"]["gained"] == 1


@pytest.mark.parametrize(
    "text, names, pred, aside, tp, gold, kept",
    [
        ("学习邓小平理论。", ["邓小平"], [], 1, 0, 0, 0),  # a name in a theory term is set aside
        ("江主席会见王芳。", ["江", "王芳"], [(5, 7)], 1, 1, 1, 1),  # a bare surname is set aside
        ("孙某说。", ["孙"], [(0, 2)], 1, 0, 0, 0),  # ... and the prediction over it (孙某) with it
        ("王芳说。", ["王芳"], [(0, 2)], 0, 1, 1, 1),
        # a form of address the corpus leaves unlabelled is left out of the predictions ...
        ("市民王先生说。", [], [(2, 5)], 0, 0, 0, 0),
        ("老刘告诉调解员。", [], [(0, 2)], 0, 0, 0, 0),
        # ... but not one that a labelled name overlaps, nor a false name of another shape
        ("王先生说。", ["王先生"], [(0, 3)], 0, 1, 1, 1),
        ("俱乐部主席说。", [], [(1, 3)], 0, 0, 0, 1),
    ],
)
def test_conventions_aside(text, names, pred, aside, tp, gold, kept):
    sents = [_sent(text, *names)]
    report = E.score_spans(sents, [[(a, b, "PER") for a, b in pred]], ("PER",))
    got = report["PER_aside"]
    assert (got["set_aside"], got["tp"], got["gold"], got["pred"]) == (aside, tp, gold, kept)
    assert report["PER"]["gold"] == len(names)  # the raw figure keeps every gold name


def test_cached_tagger_tags_each_text_once():
    calls = []

    class T(_Tagger):
        def tag(self, texts):
            calls.append(list(texts))
            return super().tag(texts)

    cached = E.CachedTagger(T("王"))
    cached.tag(["王一", "王二"])
    cached.tag(["王二", "王一", "王三"])
    assert calls == [["王一", "王二"], ["王三"]]


def test_unknown_dataset_is_a_config_error():
    from models.errors import ConfigError

    with pytest.raises(ConfigError, match="未知的 NER 评测集"):
        E.load_dataset("nope")

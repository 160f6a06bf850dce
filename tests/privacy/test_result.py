"""One scan, one result: masking and the reviewer's choices reuse it; the text is prepared once."""

import pytest

import privacy.minor_details
import privacy.minors
import privacy.prepared
import privacy.recognizers.person
import privacy.sensitive
from privacy.prepared import prepare
from privacy.result import Finding, ScanResult
from privacy.scanner import build_scanner
from privacy.sentences import sentence_spans

from privacy_fakes import TODAY, FakeTagger

TEXT = ("受助女孩张小雨今年9岁，在县实验小学二年级读书，曾遭受家暴。镇妇联为小雨联系了心理疏导，"
        "联系人王丽，电话13812345678。王丽表示将持续跟踪。")


@pytest.mark.parametrize("style", ["chinese", "placeholder", "redact"])
def test_mask_is_the_scan_result_masked(scanner, style):
    assert scanner.mask(TEXT, style) == scanner.analyze(TEXT).mask(style)


def test_result_round_trips_through_its_dict(scanner):
    result = scanner.analyze(TEXT)
    assert ScanResult.from_dict(TEXT, result.to_dict()) == result
    assert result.minors == sum(1 for e in result.to_dict()["entities"] if e["minor"])


@pytest.mark.parametrize(
    "keep, extra, readable, added",
    [
        ((), (), [], []),
        (["王丽"], (), ["王丽"], []),
        ((), ["心理疏导", "县实验小学二年级"], [], ["心理疏导"]),  # a term inside a finding is covered already
        (["王丽", " "], ["王丽"], [], ["王丽", "王丽"]),  # a term the reviewer adds is masked even if also kept
    ],
)
def test_reviewed(scanner, keep, extra, readable, added):
    reviewed = scanner.analyze(TEXT).reviewed(keep, extra)
    assert [e.text for e in reviewed.entities if e.type == "OTHER"] == added
    masked = reviewed.mask("placeholder")["text"]
    assert [t for t in ("王丽", "小雨", "心理疏导", "13812345678") if t in masked] == readable + (
        [] if "心理疏导" in extra else ["心理疏导"])


def test_review_over_a_stand_in_result():
    found = ScanResult("张三说张三", (Finding("PERSON", 0, 2, "张三", 0.9),))
    assert found.reviewed(extra=["张三"]).mask("redact")["text"] == "■■说■■"


def _count(monkeypatch, module, name):
    calls = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def _forbid(monkeypatch, module):
    def split_again(*_a, **_k):
        raise AssertionError(f"{module.__name__} split the text again")

    monkeypatch.setattr(module, "sentence_spans", split_again)


@pytest.mark.parametrize("tagger", [None, FakeTagger(("王丽",))], ids=["rules", "sentence-tagger"])
def test_one_scan_normalises_and_splits_once(monkeypatch, tagger):
    scanner = build_scanner("rules", tagger=tagger, today=TODAY)
    normalised = _count(monkeypatch, privacy.prepared, "normalize")
    split = _count(monkeypatch, privacy.prepared, "sentence_bounds")
    for module in (privacy.minors, privacy.sensitive, privacy.minor_details, privacy.recognizers.person):
        _forbid(monkeypatch, module)
    result = scanner.scan(TEXT)
    assert (len(normalised), len(split)) == (1, 1)
    assert any(e["minor"] for e in result["entities"]) and result["sensitive"]


@pytest.mark.parametrize("max_len", [20, 200, 400, 10_000])
def test_prepared_sentences_are_the_sentence_spans(max_len):
    text = "\u200b" + TEXT * 5 + "\n\n  末句，没有句号"
    doc = prepare(text)
    assert doc.sentences(max_len) == sentence_spans(doc.text, max_len)


def test_placeholders_follow_the_scans_person_groups(scanner):
    masked = scanner.mask(TEXT, "placeholder")["text"]
    assert masked.count("[人名1]") == 2 and masked.count("[人名2]") == 2  # 张小雨 … 小雨; 王丽 twice

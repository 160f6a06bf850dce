import pytest

from models.ner.data import Sentence, chunk_sentence, read_bio, spans_from_tags, tags_from_spans


@pytest.mark.parametrize(
    "tags, expected",
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["B-PER", "B-PER", "I-PER"], [(0, 1, "PER"), (1, 3, "PER")]),  # adjacent names stay apart
        (["O", "I-ORG", "I-ORG"], [(1, 3, "ORG")]),  # a stray I- starts a span
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
        ([], []),
    ],
)
def test_spans_from_tags(tags, expected):
    assert spans_from_tags(tags) == expected


@pytest.mark.parametrize("spans", [[], [(0, 2, "PER")], [(1, 3, "LOC"), (3, 4, "PER")]])
def test_tags_round_trip(spans):
    assert spans_from_tags(tags_from_spans(5, spans)) == spans


def test_read_bio(tmp_path):
    path = tmp_path / "x.bio"
    path.write_text("李\tB-PER\n鹏\tI-PER\n好\tO\n\n北\tB-LOC\n\n", encoding="utf-8")
    assert read_bio(path) == [Sentence("李鹏好", ("B-PER", "I-PER", "O")), Sentence("北", ("B-LOC",))]


@pytest.mark.parametrize("line", ["李 B-PER", "李\tB-XXX", "\tO"])
def test_read_bio_rejects_malformed_lines(tmp_path, line):
    path = tmp_path / "bad.bio"
    path.write_text(line + "\n\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.bio:1"):
        read_bio(path)


@pytest.mark.parametrize("max_len", [5, 8, 13])
def test_chunk_sentence_never_cuts_a_span(max_len):
    text = "王秀英李明华，张三丰与欧阳娜娜在北京市开会，会议由刘某主持。"
    spans = [(0, 3, "PER"), (3, 6, "PER"), (7, 10, "PER"), (11, 15, "PER"), (16, 19, "LOC"), (25, 27, "PER")]
    sent = Sentence(text, tags_from_spans(len(text), spans))
    pieces = chunk_sentence(sent, max_len)
    assert "".join(p.text for p in pieces) == text
    assert all(len(p.text) <= max_len for p in pieces)
    rebuilt, offset = [], 0
    for p in pieces:
        rebuilt += [(s + offset, e + offset, lab) for s, e, lab in spans_from_tags(p.tags)]
        offset += len(p.text)
    assert rebuilt == spans

"""eval ner counts the scan's person names, including the public figures it reports apart."""

import pytest

from eval.ner import _persons


@pytest.mark.parametrize(
    "found, expected",
    [
        ({"entities": [{"type": "PERSON", "start": 0, "end": 3}]}, [(0, 3, "PER")]),
        ({"entities": [{"type": "PHONE_NUMBER", "start": 0, "end": 11}]}, []),
        ({"entities": [], "public": [{"kind": "historic", "start": 2, "end": 5}]}, [(2, 5, "PER")]),
        ({"entities": [], "public": [{"kind": "theory", "start": 0, "end": 3}]}, [(0, 3, "PER")]),
        ({"entities": [], "public": [{"kind": "idiom", "start": 0, "end": 2}]}, [(0, 2, "PER")]),
        ({"entities": [{"type": "PERSON", "start": 9, "end": 12}],
          "public": [{"kind": "historic", "start": 0, "end": 3}]}, [(9, 12, "PER"), (0, 3, "PER")]),
    ],
)
def test_persons_reads_findings_and_public_names(found, expected):
    assert _persons(found) == expected


def test_offset_moves_spans():
    assert _persons({"entities": [{"type": "PERSON", "start": 10, "end": 13}]}, offset=10) == [(0, 3, "PER")]

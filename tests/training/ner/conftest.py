"""A tiny NER corpus in the layout of ../shared/data/ner, for training tests."""

import pytest

from models.ner.data import tags_from_spans

_SENTS = [
    ("王秀英在北京工作。", [(0, 3, "PER"), (4, 6, "LOC")]),
    ("李明华参加了全国妇联的会议。", [(0, 3, "PER"), (6, 10, "ORG")]),
    ("今天天气很好。", []),
]


def _write(path, n):
    lines = []
    for i in range(n):
        text, spans = _SENTS[i % len(_SENTS)]
        lines += [f"{c}\t{t}" for c, t in zip(text, tags_from_spans(len(text), spans))] + [""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture()
def data_dir(tmp_path):
    for name in ("msra.train.part1.bio", "msra.train.part2.bio", "msra.train.part3.bio",
                 "cluener.train.bio", "weibo.train.bio", "resume.train.bio"):
        _write(tmp_path / name, 6)
    _write(tmp_path / "msra.train.part4.bio", 3)  # all of it becomes the held-out slice
    return tmp_path

"""Reading BIO files (one ``char<TAB>tag`` per line, blank line between sentences) and spans."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LABELS = ("PER", "LOC", "ORG")
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}

MSRA_TRAIN_PARTS = tuple(f"msra.train.part{i}.bio" for i in range(1, 5))
OTHER_TRAIN_FILES = ("cluener.train.bio", "weibo.train.bio", "resume.train.bio")
DEV_FILES = ("cluener.dev.bio", "weibo.dev.bio", "resume.dev.bio")
# The held-out MSRA slice: the last HELDOUT_SENTENCES sentences of part4, a contiguous block
# at the end of the file (split by position in the corpus, never by random sentences).
HELDOUT_FILE = "msra.train.part4.bio"
HELDOUT_SENTENCES = 2000


@dataclass(frozen=True)
class Sentence:
    text: str
    tags: tuple[str, ...]


def read_bio(path: str | Path) -> list[Sentence]:
    """Sentences of a BIO file; raises ValueError on a malformed line."""
    sentences: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line:
                if chars:
                    sentences.append(Sentence("".join(chars), tuple(tags)))
                    chars, tags = [], []
                continue
            char, sep, tag = line.partition("\t")
            if not sep or not char or tag not in TAG_INDEX:
                raise ValueError(f"{path}:{lineno}: expected 'char<TAB>tag', got {line!r}")
            chars.append(char[0])  # a few Weibo tokens hold two U+FFFD; keep one char per tag
            tags.append(tag)
    if chars:
        sentences.append(Sentence("".join(chars), tuple(tags)))
    return sentences


def spans_from_tags(tags: tuple[str, ...] | list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of a BIO sequence; a stray I-X starts a new span."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate(tags):
        if tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if label:
                spans.append((start, i, label))
            start, label = i, tag[2:]
        elif tag == "O":
            if label:
                spans.append((start, i, label))
            start, label = -1, ""
    if label:
        spans.append((start, len(tags), label))
    return spans


def tags_from_spans(length: int, spans: list[tuple[int, int, str]]) -> tuple[str, ...]:
    tags = ["O"] * length
    for start, end, label in spans:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tuple(tags)


def msra_split(data_dir: str | Path) -> tuple[list[Sentence], list[Sentence]]:
    """(train, held-out) from the MSRA train parts; held-out is the tail block of part4.

    Training sentences whose text equals a held-out sentence are dropped, so the held-out
    slice is not seen verbatim in training.
    """
    data_dir = Path(data_dir)
    train: list[Sentence] = []
    heldout: list[Sentence] = []
    for name in MSRA_TRAIN_PARTS:
        sents = read_bio(data_dir / name)
        if name == HELDOUT_FILE:
            train.extend(sents[:-HELDOUT_SENTENCES])
            heldout = sents[-HELDOUT_SENTENCES:]
        else:
            train.extend(sents)
    held_texts = {s.text for s in heldout}
    train = [s for s in train if s.text not in held_texts]
    return train, heldout


def load_heldout(data_dir: str | Path) -> list[Sentence]:
    return read_bio(Path(data_dir) / HELDOUT_FILE)[-HELDOUT_SENTENCES:]


def chunk_sentence(sent: Sentence, max_len: int) -> list[Sentence]:
    """Cut a long sentence into pieces of at most ``max_len`` characters, never inside a span.

    Cuts prefer a position right after punctuation (the way ``segment`` cuts documents).
    """
    if len(sent.text) <= max_len:
        return [sent]
    inside = [t.startswith("I-") for t in sent.tags] + [False]
    pieces: list[Sentence] = []
    start = 0
    n = len(sent.text)
    while n - start > max_len:
        cut = -1
        for pos in range(start + max_len, start + max_len // 2, -1):
            if not inside[pos] and sent.text[pos - 1] in "，,、；;：:":
                cut = pos
                break
        if cut < 0:
            cut = start + max_len
            while cut > start + 1 and inside[cut]:
                cut -= 1
        pieces.append(Sentence(sent.text[start:cut], sent.tags[start:cut]))
        start = cut
    pieces.append(Sentence(sent.text[start:], sent.tags[start:]))
    return pieces

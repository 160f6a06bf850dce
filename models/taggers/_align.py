"""Map a segmenter's word sequence back to character offsets in the original text."""

from __future__ import annotations

from collections.abc import Iterable

from models.taggers import Span


def spans_from_words(
    text: str,
    words: Iterable[tuple[str, str]],
    labels: dict[str, str],
    *,
    join_split_names: bool = False,
) -> list[Span]:
    """Turn ``(word, pos_tag)`` pairs into spans for the tags named in ``labels``.

    Words are located left to right with ``str.find`` so that a segmenter that drops or
    rewrites whitespace cannot shift the offsets; a word that cannot be found is skipped.
    Adjacent names are kept apart (李鹏乔石 is two people), except that with
    ``join_split_names`` a one-character person word glued to the next person word is
    joined: jieba often splits 王秀英 into 王 + 秀英.
    """
    spans: list[Span] = []
    pos = 0
    for word, tag in words:
        if not word.strip():
            continue
        at = text.find(word, pos)
        if at < 0:
            continue
        pos = at + len(word)
        label = labels.get(tag)
        if not label:
            continue
        prev = spans[-1] if spans else None
        if (
            join_split_names
            and label == "PER"
            and prev is not None
            and prev.label == "PER"
            and prev.end == at
            and prev.end - prev.start == 1
        ):
            spans[-1] = Span(prev.start, pos, label)
        else:
            spans.append(Span(at, pos, label))
    return spans

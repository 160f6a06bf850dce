"""Details that identify a minor even with the name hidden (不得披露未成年人身份信息和相关细节).

A school with a grade or class (县实验小学二年级, 镇中学初一（2）班, 读高二) in a sentence that
mentions a minor by name is a finding of its own kind, ``MINOR_DETAIL``, which masking covers
like any other entity.
"""

from __future__ import annotations

import bisect

import regex as re

from privacy.sentences import sentence_spans

ENTITY = "MINOR_DETAIL"
SCORE = 0.8
_NUM = r"[0-9一二三四五六七八九十]{1,2}"
# a school name: up to ten characters not crossing a verb of study or punctuation, then the school word
_SCHOOL = r"(?:[^\s，。、；：！？“”（）()在于读上入进的是和与到去来至赴]{0,10}?(?:小学|中学|一中|二中|三中|四中|五中|实验学校|学校|初中|高中))"
_GRADE = r"(?:[一二三四五六]年级|初[一二三](?![十0-9])|高[一二三](?![十0-9]))"
_CLASS = rf"(?:[（(]{_NUM}[）)]班|{_NUM}班)"
_HINT = re.compile(r"年级|初[一二三]|高[一二三]|班")  # a cheap test before the full pattern
_DETAIL = re.compile(rf"{_SCHOOL}?{_GRADE}{_CLASS}?|{_SCHOOL}{_CLASS}")


def find_details(text: str, minor_mentions: list[tuple[int, int]],
                 sentences: tuple[tuple[int, int], ...] | None = None) -> list[tuple[int, int]]:
    """Spans of school/grade/class details in the sentences that name a minor (``sentences``: the
    scan's sentence spans, split here when not given)."""
    if not minor_mentions:
        return []
    mentions = sorted(minor_mentions)
    starts = [a for a, _ in mentions]
    out = []
    for start, end in sentence_spans(text) if sentences is None else sentences:
        i = bisect.bisect_left(starts, start)
        if i == len(starts) or starts[i] >= end or not _HINT.search(text, start, end):
            continue  # no minor named in this sentence, or no grade or class
        for m in _DETAIL.finditer(text, start, end):
            j = bisect.bisect_left(starts, m.end())
            if j and mentions[j - 1][1] > m.start():
                continue  # inside a name
            out.append(m.span())
    return out

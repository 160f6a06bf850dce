"""PERSON: the tagger's weak (recall-decode) names kept only where the document supports them, and weak
place guesses that do not stop a found name from being copied."""

import pytest

from models.taggers import WEAK_PER, Span
from privacy import person_rules
from privacy.recognizers.person import ChinesePersonRecognizer


class ScriptedTagger:
    """Returns, for each text, the spans given for it as (substring, label, score), every occurrence."""

    name = "scripted"
    splits_documents = True

    def __init__(self, spans):
        self.spans = spans

    def tag(self, texts):
        out = []
        for text in texts:
            found = []
            for word, label, score, nth in self.spans:
                start = -1
                for _ in range(nth + 1):
                    start = text.find(word, start + 1)
                found.append(Span(start, start + len(word), label, score))
            out.append(sorted(found, key=lambda s: s.start))
        return out


def _names(text, spans):
    recognizer = ChinesePersonRecognizer(ScriptedTagger(spans))
    return [text[r.start : r.end] for r in sorted(recognizer.analyze(text, ["PERSON"]), key=lambda r: r.start)]


HAIYAN = "韦海燕从小跟着奶奶长大。如今海燕回乡当了村妇联主席。"
ZIXUAN = "13岁的冯子轩在池塘边落水，子轩被村民救起。"


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # the given name of a full name found in the document: kept
        (HAIYAN, [("韦海燕", "PER", 0.78, 0), ("海燕", WEAK_PER, 0.43, 1)], ["韦海燕", "海燕"]),
        # the same name found for sure elsewhere: kept
        ("李红梅来了。李红梅说，孩子变了。", [("李红梅", "PER", 0.9, 0), ("李红梅", WEAK_PER, 0.4, 1)], ["李红梅", "李红梅"]),
        # nothing in the document supports it: dropped
        ("如今海燕回乡当了村妇联主席。", [("海燕", WEAK_PER, 0.43, 0)], []),
        ("韦海燕从小跟着奶奶长大。如今海鸥飞回。", [("韦海燕", "PER", 0.78, 0), ("海鸥", WEAK_PER, 0.4, 0)], ["韦海燕"]),
    ],
)
def test_weak_names_need_support_in_the_document(text, spans, expected):
    assert _names(text, spans) == expected


def test_weak_support_is_an_audited_rule():
    spans = [("韦海燕", "PER", 0.78, 0), ("海燕", WEAK_PER, 0.43, 1)]
    with person_rules.rules_off("weak_support"):
        assert _names(HAIYAN, spans) == ["韦海燕"]


@pytest.mark.parametrize(
    ("loc_score", "expected"),
    [
        (0.14, ["冯子轩", "子轩"]),  # a weak place guess does not stop the short form
        (0.9, ["冯子轩"]),  # a confident place does
    ],
)
def test_weak_place_guesses_do_not_veto_a_found_name(loc_score, expected):
    # the full name found for sure (merge score >= the propagation floor), its given name read as a place
    spans = [("冯子轩", "PER", 0.95, 0), ("子轩", "LOC", loc_score, 1)]
    assert _names(ZIXUAN, spans) == expected

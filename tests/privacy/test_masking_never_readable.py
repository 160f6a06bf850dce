"""Masking never leaves a found entity readable beyond what its style keeps: a given name masked in
the ``chinese`` style shows nothing (no character of it passes for a surname), a minor's status reaches
every mention of the same person in every style, and invisible characters go with the value."""

import pytest

from privacy.masking import STYLES, mask_address, mask_email, mask_person, mask_text


@pytest.mark.parametrize(
    ("value", "given_only", "expected"),
    [
        ("张秀英", False, "张某某"),
        ("诸葛明", False, "诸葛某"),
        # no known surname first: a given name or a nickname, nothing shown
        ("雅琴", False, "某某"),
        ("翠兰", False, "某某"),
        ("晓峰", False, "某某"),
        # forms of address keep their prefix, which names no one
        ("老邝", False, "老某"),
        ("小雨", False, "某某"),
        # the scan says it is the given name of a longer mention: nothing, even where a character is a surname too
        ("满妹", True, "某某"),
        ("秀英", True, "某某"),
        ("王\u200b秀英", False, "王某某"),
    ],
)
def test_mask_person(value, given_only, expected):
    assert mask_person(value, given_only=given_only) == expected


def _ents(text, spans):
    """Scan-shaped entities for ``(surface, type, minor, person)`` in order of appearance."""
    out, pos = [], 0
    for surface, etype, minor, person in spans:
        start = text.index(surface, pos)
        pos = start + len(surface)
        ent = {"type": etype, "start": start, "end": pos, "text": surface, "minor": minor}
        if person is not None:
            ent["person"] = person
        out.append(ent)
    return out


@pytest.mark.parametrize(
    ("text", "spans", "style", "hidden"),
    [
        # the given-name form of a grouped full name shows no character of it
        ("龙满妹来电求助。满妹说她想离婚。", [("龙满妹", "PERSON", False, 0), ("满妹", "PERSON", False, 0)],
         "chinese", "满妹"),
        ("居民秦秀英反映，秀英的丈夫长期酗酒。", [("秦秀英", "PERSON", False, 0), ("秀英", "PERSON", False, 0)],
         "chinese", "秀英"),
        # one mention flagged minor: every mention of that person is masked as a minor's
        ("韦浩然被带到办公室。韦浩然承认了错误。", [("韦浩然", "PERSON", True, 3), ("韦浩然", "PERSON", False, 3)],
         "chinese", "韦"),
    ],
)
def test_no_character_of_a_grouped_mention_stays(text, spans, style, hidden):
    masked = mask_text(text, _ents(text, spans), style)["text"]
    assert not any(ch in masked for ch in hidden)


@pytest.mark.parametrize("style", STYLES)
def test_a_minor_is_masked_alike_in_every_mention(style):
    text = "留守儿童覃小溪今年9岁。小溪的奶奶说，小溪很懂事。"
    spans = [("覃小溪", "PERSON", True, 1), ("小溪", "PERSON", False, 1), ("小溪", "PERSON", True, 1)]
    reps = [e["replacement"] for e in mask_text(text, _ents(text, spans), style)["entities"]]
    assert not any(ch in rep for rep in reps for ch in "覃小溪")
    if style == "redact":
        assert all(set(rep) == {"■"} for rep in reps)
    else:  # 某某 / one placeholder for the child
        assert len(set(reps)) == 1


@pytest.mark.parametrize(
    ("func", "value", "expected"),
    [
        (mask_email, "\u2066lin_xia@163.com\u2069", "l***@163.com"),
        (mask_email, "\u200blin_xia@163.com", "l***@163.com"),
        (mask_address, "\u202d竞秀区东风路128号\u202c", "竞秀区***"),
    ],
)
def test_invisible_characters_go_with_the_value(func, value, expected):
    assert func(value) == expected


def test_mentions_no_group_claimed_are_not_one_person():
    # a negative person id (a mention the scan grouped with no one) joins no other mention
    text = "韦小满今天放学后去了亲戚家，秦秀英也来了。"
    spans = [("韦小满", "PERSON", True, -1), ("秦秀英", "PERSON", False, -1)]
    out = mask_text(text, _ents(text, spans), "chinese")
    assert [e["replacement"] for e in out["entities"]] == ["某某", "秦某某"]
    placeholders = [e["replacement"] for e in mask_text(text, _ents(text, spans), "placeholder")["entities"]]
    assert placeholders == ["[人名1]", "[人名2]"]

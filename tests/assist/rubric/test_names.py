"""The one key → Chinese name table (assist.rubric.names)."""

from assist.rubric.loader import CRITERIA, load_rubric
from assist.rubric.names import CRITERION_NAMES, criterion_name


def test_every_criterion_has_a_chinese_name():
    assert set(CRITERION_NAMES) == set(CRITERIA)
    for key, name in CRITERION_NAMES.items():
        assert name and not name.isascii(), key
    assert criterion_name("privacy") == "隐私保护" and criterion_name("language") == "语言规范"


def test_names_follow_an_edited_rubric():
    rubric = load_rubric()
    rubric["criteria"]["title"]["name"] = "标题拟定"
    assert criterion_name("title", rubric) == "标题拟定"
    assert criterion_name("unknown") == "unknown"

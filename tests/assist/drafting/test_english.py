"""Notes mixed with English: common words mapped to report Chinese by the data file
(register.yaml ``english``), proper nouns and brands kept; labels never become titles."""

import pytest

from assist.drafting.frame import normalise_dates, read_frame, split_fields
from assist.drafting.planner import compose_notes
from assist.drafting.register import english


@pytest.mark.parametrize("text, expected", [
    ("next：明年3月办 advanced 班", "下一步：明年3月办进阶班"),
    ("next step：12月开班", "下一步：12月开班"),
    ("“她编程”女性 coding camp", "“她编程”女性编程营"),
    ("Day 2：hackathon，做小程序", "次日：编程马拉松，做小程序"),
    ("提交 demo 14个", "提交作品14个"),
    ("分16个 team", "分16个团队"),
    ("Python 入门 + AI 工具使用", "Python 入门 + AI 工具使用"),  # a language and AI are names, kept
    ("nextday 再说", "nextday 再说"),  # a word only starting with next is no 下一步
])
def test_english_words(text, expected):
    assert english(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("11/22–11/23 编程营", "11月22日至23日 编程营"),
    ("11/30-12/2 培训", "11月30日至12月2日 培训"),
    ("11/5 联合镇卫生院", "11月5日 联合镇卫生院"),
])
def test_slash_date_ranges(line, expected):
    assert normalise_dates(line) == expected


@pytest.mark.parametrize("line, parts", [
    ("主办：市妇联，协办：市科协、市女性科技工作者协会", ["主办：市妇联，", "协办：市科协、市女性科技工作者协会"]),
    ("时间：9月28日 地点：县妇联三楼会议室", ["时间：9月28日", "地点：县妇联三楼会议室"]),
])
def test_fields_split_after_comma(line, parts):
    assert split_fields(line) == parts


CAMP = """11/22–11/23 “她编程”女性 coding camp @ 高新区创新中心B座五楼
主办：市妇联，协办：市科协、市女性科技工作者协会
学员：本市女大学生和转行女性 共64人，分16个 team
Day 2：hackathon，做“社区助老”小程序，提交 demo 14个
next：明年3月办 advanced 班"""


def test_mixed_notes_frame():
    frame = read_frame(CAMP)
    assert frame.organiser == "市妇联"
    assert frame.partners == ["市科协", "市女性科技工作者协会"]
    assert frame.where == "高新区创新中心B座五楼"
    assert frame.when == "11月22日至23日"
    assert "编程营" in frame.event


@pytest.mark.parametrize("word", ["next", "coding camp", "hackathon", "advanced", "demo", "team", "协办：", "@"])
def test_mixed_notes_draft_has_no_english_or_label(word):
    draft = compose_notes(CAMP)
    assert word not in draft["title"] + draft["text"]
    assert not draft["lead"].startswith("下一步")

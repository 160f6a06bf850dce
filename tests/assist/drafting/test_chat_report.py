"""A chat's report line (今天直播数据出来了) gives the day and the event; a comparison (比上次多了四成)
joins the figure before it; 下次定在25号 is the next date of the same event."""

import pytest

from assist.drafting.frame import read_frame
from assist.drafting.planner import compose_notes

CHAT = "【电商群】\n赵：今天直播数据出来了\n赵：观看2.3万人次，成交额9.7万元\n孙：比上次多了四成\n孙：下次定在25号"


@pytest.mark.parametrize("notes, when, event", [
    (CHAT, "今日", "直播活动"),
    ("【群】\n周：昨天培训数据出来了\n周：培训45人", "昨日", "培训活动"),
])
def test_report_line_gives_day_and_event(notes, when, event):
    frame = read_frame(notes)
    assert (frame.when, frame.event) == (when, event)


@pytest.mark.parametrize("notes, joined", [
    (CHAT, "成交额9.7万元，比上次多了四成"),
    ("【群】\n周：今天培训数据出来了\n周：培训结业45人\n周：较去年同期增加12人", "培训结业45人，较去年同期增加12人"),
])
def test_comparison_joins_its_figure(notes, joined):
    assert any(joined in f.text for f in read_frame(notes).facts)


def test_next_date_of_the_event():
    draft = compose_notes(CHAT)
    assert "下次直播活动时间定为25日" in draft["sections"]["plans"]
    assert "下一步计划定在" not in draft["text"]

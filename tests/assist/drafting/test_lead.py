"""The lead and the titles built from the event frame (issue 13 §3), table-driven.

Notes here are written for these tests; none comes from an evaluation set.
"""

import re

import pytest

from assist.checks.detectors import title_defects
from assist.drafting.frame import normalise_dates, read_frame
from assist.drafting.planner import compose_notes

DATES = [
    ("2026.11.3 石桥镇妇联", "2026年11月3日 石桥镇妇联"),
    ("二〇二五年十月九日上午", "2025年10月9日上午"),
    ("Oct 5-6 县妇联 training", "10月5日至6日 县妇联 training"),
    ("2025.9 月度统计", "2025年9月月度统计"),
    ("刘姐：9/12 的插花课", "刘姐：9月12日 的插花课"),
    ("从6月3号到7月20号", "从6月3日至7月20日"),
    ("就是9月2号周三", "就是9月2日周三"),
    ("上周五 我们", "上周五 我们"),  # a relative date stays as the notes say it
    ("3/4的人", "3/4的人"),  # a fraction is no date
    ("合格率91.7%", "合格率91.7%"),
]


@pytest.mark.parametrize("line,expected", DATES)
def test_normalise_dates(line, expected):
    assert normalise_dates(line) == expected


FRAMES = [
    # chat: the header's unit reports, a visitor's unit does not; a quoted name is the event
    ("【东桥社区妇联执委群】9月6日\n阿梅：今天的“邻里互助日”圆满结束啦\n小吴：街道妇联的刘部长也来了",
     {"organiser": "东桥社区妇联", "event": "“邻里互助日”活动", "when": "9月6日"}),
    # minutes: a meeting at the labelled place
    ("会议纪要\n会议时间：2025年9月3日上午\n会议地点：乡政府二楼会议室\n主持人：乡妇联主席 周敏\n议题一：部署秋季两癌筛查",
     {"organiser": "乡妇联", "event": "会议", "where": "乡政府二楼会议室", "kind": "meeting"}),
    # a voice line: 今天是 + date, 讲的题目是 as the topic, the place said with 在
    ("嗯 今天是9月20号 我们在实验中学的阶梯教室 县妇联请了律师 讲的题目是 家庭财产怎么保护 来了80人",
     {"when": "9月20日", "where": "实验中学的阶梯教室", "topic": "家庭财产怎么保护", "event": "“家庭财产怎么保护”主题讲座"}),
    # partners named after the organiser, a date after 从
    ("那个 阳光课堂 我们镇妇联和团委 还有镇中心校 一起搞的 从7月1号到8月10号 在镇文化站",
     {"organiser": "镇妇联", "partners": ["团委", "镇中心校"], "when": "7月1日至8月10日", "event": "阳光课堂"}),
    # a heading with a running number; a public venue with a district name is kept
    ("9月9日上午 市妇联“巾帼宣讲”进企业第3场\n地点：高新区科创园党群服务中心\n听众：女职工60人",
     {"event": "“巾帼宣讲”进企业第3场", "where": "高新区科创园党群服务中心"}),
    # a space inside a quoted name stays; a partner named with 跟…一起搞的
    ("活动名称：“送岗上门 就业暖心”专场招聘会\n时间：9月3日\n刘主任：跟社区居委会一起搞的，记得写上",
     {"event": "“送岗上门 就业暖心”专场招聘会", "partners": ["社区居委会"]}),
    # a statistics sheet's period is no topic
    ("2025.9 月度统计（北关街道妇联）\n信访接待：18件", {"when": "2025年9月", "topic": "", "kind": "stats", "organiser": "北关街道妇联"}),
    # a chat instruction still dates and names the event
    ("【西岭社区妇联群】\n王主任：9/15 的“妈妈手作”编织课总结一下发群里\n小林：来了宝妈20个",
     {"when": "9月15日", "event": "“妈妈手作”编织课"}),
]


@pytest.mark.parametrize("notes,expected", FRAMES)
def test_frame_reads_when_where_who_what(notes, expected):
    frame = read_frame(notes)
    for key, value in expected.items():
        assert getattr(frame, key) == value, key


LEADS = [
    # (notes, substrings the lead's first sentence holds, in order)
    ("2025.9.8 河口镇妇联\n在河口镇文化站 开展“平安家庭”普法讲座\n到场妇女群众64人\n发放宣传册150份",
     ["2025年9月8日", "河口镇妇联", "在河口镇文化站", "举办“平安家庭”普法讲座"]),
    ("会议纪要\n会议时间：2025年9月3日上午\n会议地点：乡政府二楼会议室\n参会人员：各村妇联主席11人\n主持人：乡妇联主席 周敏\n议题一：部署秋季两癌筛查",
     ["2025年9月3日上午", "乡妇联", "在乡政府二楼会议室", "召开会议"]),
    ("9月5日 南坪村\n村妇联主席李红和志愿者一起上门\n送去棉被2床",
     ["9月5日", "村妇联主席李红和志愿者一起到南坪村上门"]),
    ("2025.9 月度统计（北关街道妇联）\n信访接待：18件\n心理疏导：6人",
     ["2025年9月", "北关街道妇联信访接待18件"]),
    ("活动名称：“春风送岗 巾帼就业”专场招聘会\n时间：二〇二五年九月十日上午\n地点：县人力资源市场\n主办单位：县妇联、县人社局\n参会企业：30家",
     ["2025年9月10日上午", "县妇联联合县人社局", "在县人力资源市场", "专场招聘会"]),
]


@pytest.mark.parametrize("notes,parts", LEADS)
def test_lead_from_frame(notes, parts):
    result = compose_notes(notes)
    first = re.split(r"(?<=。)", result["lead"])[0]
    at = 0
    for part in parts:
        i = first.find(part, at)
        assert i >= 0, (part, first)
        at = i + len(part)
    body = result["text"][len(result["lead"]):]
    for sentence in re.findall(r"[^。]+。", result["lead"]):
        assert sentence not in body  # each fact once: the lead is not repeated below


TITLES = [
    # the event alone would be a cut note line (…编织课总结一下): the unit names it
    "【西岭社区妇联群】\n王主任：9/15 的“妈妈手作”编织课总结一下发群里\n小林：做出围巾30条",
    # a meeting is no title by itself
    "会议纪要\n会议时间：2025年9月3日上午\n会议地点：乡政府二楼会议室\n主持人：乡妇联主席 周敏\n议题一：部署秋季两癌筛查",
    "2025.9.8 河口镇妇联\n在河口镇文化站 开展“平安家庭”普法讲座\n到场妇女群众64人",
]


@pytest.mark.parametrize("notes", TITLES)
def test_title_is_no_cut_line(notes):
    result = compose_notes(notes)
    assert result["title"] and result["title"] != "会议"
    assert not title_defects(result["title"], notes)
    if result["subtitle"]:
        assert not title_defects(result["subtitle"], notes)
        assert result["subtitle"].lstrip("—") != result["title"]


def test_headline_skips_note_wording():
    """签到是137人 is a note's wording: the title keeps the event, not that clause."""
    notes = "9月1日 县妇联在县图书馆举办亲子读书会\n签到是52人"
    title = compose_notes(notes)["title"]
    assert "签到是" not in title and "读书会" in title

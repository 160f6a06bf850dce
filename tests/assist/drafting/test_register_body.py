"""Register rules added by the body helper (session 7), table-driven."""

import pytest

from assist.drafting.register import to_report, unfill


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("来了家长八十多个", "八十多名家长参加"),
        ("来了志愿者23个", "23名志愿者参加"),
        ("签到是86个", "签到86人"),
        ("签到有137人", "签到137人"),
        ("讲live streaming的script怎么写", "讲直播的脚本怎么写"),
        ("每人开一个demo直播间", "每人开一个模拟直播间"),
        ("讲师是区电商协会的2位trainer", "讲师是区电商协会的2位培训师"),
        ("下午hands-on", "下午实操"),
        ("还有KPI怎么定", "还有考核指标怎么定"),
        ("最后发了那个家庭教育手册", "最后发放了家庭教育手册"),
        ("在那个幸福里社区", "在幸福里社区"),
        ("今天的“巾帼志愿进楼栋”结束啦，大家辛苦！", "今天的“巾帼志愿进楼栋”结束"),
        ("发了150本，就这些", "发放了150本"),
        ("可以，去联系美发店", "去联系美发店"),
        ("后续每两周回访一次，我存了", "后续每两周回访一次"),
        # a quoted name and a figure stay as written
        ("“那个年代”主题展览", "“那个年代”主题展览"),
        ("商业计划书2份", "商业计划书2份"),
    ],
)
def test_body_register(raw, expected):
    assert to_report(unfill(raw)) == expected


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("来的家长大概是一百三十来个", "约一百三十名家长到场"),
        ("参展的有16个村的女致富带头人38名", "来自16个村的38名女致富带头人参展"),
        ("主要是手机管理和早恋这两块", "主要是手机管理和早恋等方面"),  # 两块 here is two topics, not money
        ("差点被骗了两万块", "差点被骗了两万元"),
        ("其中3个是来问保护令的", "其中3人咨询保护令"),
        ("在幸福里社区的党群服务中心", "在幸福里社区党群服务中心"),
    ],
)
def test_body_register_counts_and_places(raw, expected):
    assert to_report(unfill(raw)) == expected


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("来的都是留守孩子", "参加对象均为留守孩子"),
        ("一共报了84个", "共84人报名"),
        ("每天平均来六十个左右", "日均约六十人参加"),
        ("是省师范大学来的", "来自省师范大学，"),
        ("共卖了四万六千多块", "共销售四万六千多元"),
        ("家长问了有十几个问题", "家长提出了十余个问题"),
        ("大家都说挺实用的", "参与者普遍认为内容实用"),
        ("今天到了村（社区）妇联主席116人", "116名村（社区）妇联主席参加"),
    ],
)
def test_voice_transcript_phrases(raw, expected):
    assert to_report(unfill(raw)) == expected


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("参与者普遍认为内容实用下个月还想再请刘老师来讲一次", "参与者普遍认为内容实用，下个月还想再请刘老师来讲一次"),
        ("下个月要去平安乡的集市", "下月将到平安乡的集市"),
        ("feedback 很好", "反馈良好"),
        ("老师是区电商协会的2位trainer", "由区电商协会2位培训师授课"),
    ],
)
def test_plans_split_off_and_chat_feedback(raw, expected):
    assert to_report(unfill(raw)) == expected

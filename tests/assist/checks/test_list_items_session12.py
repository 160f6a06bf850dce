"""list_item_not_action, session 12: an 一是… item that is only a time (and a place), a record's
header, a chat aside, or opens on a doubled 是 is no measure; real measures with a time pass."""

import pytest

from assist.checks.editorial import list_items_not_actions
from assist.drafting.planner import compose_notes


@pytest.mark.parametrize("text, reason", [
    ("一是周日上午，在青山公园东门。二是设置了4个打卡点。", "时间或地点"),
    ("一是9点半到村委会大院。二是邮包共到货90个。", "时间或地点"),
    ("一是是十月九号。二是邀请律师1名。", "多了一个“是”"),
    ("一是个案记录2026年10月3日。二是联系县民政局。", "记录表头"),
    ("一是维权个案，编号QY-2026-0930。二是联系县劳动监察大队。", "记录表头"),
    ("一是名单发我一份。二是发放慰问品40份。", "聊天用语"),
    ("一是辛苦，整理个信息报区妇联。二是发放慰问品40份。", "聊天用语"),
])
def test_fires(text, reason):
    found = list_items_not_actions(text)
    assert found and reason in found[0].message


@pytest.mark.parametrize("text", [
    "一是10月9日上午，走访困难妇女12户。二是发放慰问金6000元。",
    "一是周六上午在文化广场举办健身操展演。二是9支队伍参加。",
    "一是8点开始签到，共签到96人。二是邀请律师1名。",
    "一是建立个案档案12份。二是联系县民政局。",
])
def test_does_not_fire(text):
    assert list_items_not_actions(text) == []


CHATS = [
    "【柳岸村妇联工作群】\n—— 10月8日 ——\n周主任：明天重阳节慰问，大家几点到\n小吴：8点到村委会大院\n"
    "—— 10月9日 ——\n小吴：上午走访了5个组，送出慰问品60份\n周主任：好，名单发我一份\n周主任：辛苦，整理个信息报镇妇联",
    "【城南社区妇联群】\n孔姐：辛苦！爱心企业的车明天来拉\n小葛：今天收到捐赠图书320册\n小葛：分拣出能用的280册\n孔姐：好，辛苦了",
]


@pytest.mark.parametrize("notes", CHATS)
def test_chat_asides_never_become_measures(notes):
    draft = compose_notes(notes)
    assert list_items_not_actions(draft["text"]) == []
    for aside in ("几点到", "名单发", "整理个信息", "辛苦"):
        assert aside not in draft["text"]


def test_the_eves_question_names_the_days_event():
    notes = ("【柳岸村妇联工作群】\n—— 10月8日 ——\n周主任：明天“爱心菜篮”发放，大家几点到\n小吴：8点到村委会大院\n"
             "—— 10月9日 ——\n小吴：上午发了5个组，共发出菜篮60份")
    draft = compose_notes(notes)
    assert "“爱心菜篮”发放活动" in draft["text"].split("\n")[0]


@pytest.mark.parametrize("lead, fires", [
    ("区妇联将于1月10日在区文化馆举办“迎春”文艺汇演。", False),
    ("街道妇联举办“巾帼迎新”联欢晚会。", False),
    ("县妇联开展新就业形态女性劳动者权益保障。", True),
])
def test_an_event_object_of_a_lead(lead, fires):
    from assist.checks.editorial import lead_event_object

    assert bool(lead_event_object(lead)) == fires

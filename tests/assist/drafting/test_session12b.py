"""Session 12b rules: a chat export's time stamps and speaker prefixes (单位-姓名：, 职务-姓名：),
emoji, the turn's address to the group and its acknowledgement are read, never copied."""

import pytest

from assist.checks import check_draft, invented_numbers
from assist.drafting.frame import chat_clean, strip_timestamps
from assist.drafting.planner import compose_notes


def _body(draft: dict) -> str:
    return "\n".join([draft["title"], draft["subtitle"], draft["text"]])


@pytest.mark.parametrize("lines, expected", [
    (["[08:05] 柳岸村妇联-韦春花：人到齐了", "[08:30] 韦春花：发放宣传册200份"],
     ["柳岸村妇联-韦春花：人到齐了", "韦春花：发放宣传册200份"]),
    (["【14:20】 主任：开始了", "【14:45】 主任：签到63人"], ["主任：开始了", "主任：签到63人"]),
    (["2026-11-02 09:00 妇联-周敏：开班", "2026-11-02 09:40 周敏：学员36人"], ["妇联-周敏：开班", "周敏：学员36人"]),
    # one time in a programme is not a chat stamp: it stays
    (["9:00 开班仪式", "讲座2场"], ["9:00 开班仪式", "讲座2场"]),
    # a time inside the text is never cut
    (["活动14:30开始", "参加45人"], ["活动14:30开始", "参加45人"]),
])
def test_chat_time_stamps_are_removed(lines, expected):
    assert strip_timestamps(lines) == expected


@pytest.mark.parametrize("turn, expected", [
    ("收到👌 我带5个志愿者过去", "我带5个志愿者过去"),
    ("各位姐妹，下午两点在村部集合", "下午两点在村部集合"),
    ("好的！已经发了通知", "已经发了通知"),
    ("👍👍", ""),
    ("大家好，今天入户走访12户", "今天入户走访12户"),
    ("收到群众来信3封", "收到群众来信3封"),  # 收到 as a verb stays
])
def test_chat_turn_without_emoji_address_or_acknowledgement(turn, expected):
    assert chat_clean(turn) == expected


CHATS = [
    "[15:02] 石桥镇妇联-韦小红：“护苗”安全课今天下午在镇中心小学上完了\n[15:04] 志愿者-黄丽：收到🌹 到场学生186人\n"
    "[15:10] 韦小红：发放安全手册200册\n[15:11] 黄丽：👏👏",
    "[19:40] 社区妇联-孟芳：各位执委，周六的亲子阅读会办完了\n[19:42] 执委-汪琳：好的 来了亲子家庭31组\n[19:45] 孟芳：捐赠图书150册",
]


@pytest.mark.parametrize("notes", CHATS)
def test_chat_export_draft_has_no_stamp_emoji_or_invented_number(notes):
    draft = compose_notes(notes)
    body = _body(draft)
    assert invented_numbers(body, notes) == []
    assert "[" not in body and ":" not in body.replace("：", "")
    assert not any(ch in body for ch in "🌹👏😊👌")
    assert "收到" not in body and "各位" not in body
    assert [d for d in check_draft(draft, notes) if d.kind == "invented_number"] == []


# --- a space-separated table whose total row leaves a column empty -------------------------------

from assist.drafting.table import align_row, rewrite_tables, table_blocks  # noqa: E402

GAPPED = [
    ("村别      培训人数(人)   每期(天)   补贴(元)\n东山村    30             2          6000\n西山村    25             3          7500\n"
     "合计      55                        13500\n备注：补贴由县人社局拨付",
     ["合计培训人数55人", "补贴13500元"], ["5513500"]),
    ("社区    走访户数   慰问金(元)   物资(份)\n城东    14         2800         14\n城西    9          1800         9\n"
     "合计    23         4600\n",
     ["合计走访23户", "慰问金4600元"], ["234600"]),
]


@pytest.mark.parametrize("notes, parts, fused", GAPPED)
def test_a_total_row_with_an_empty_cell_stays_in_its_columns(notes, parts, fused):
    lines = notes.split("\n")
    assert len(table_blocks(lines)) == 1
    text = "\n".join(rewrite_tables(lines))
    for part in parts:
        assert part in text.replace("，", ""), (part, text)
    draft = compose_notes(notes)
    assert invented_numbers(_body(draft), notes) == []
    for f in fused:
        assert f not in _body(draft)


@pytest.mark.parametrize("line, model, expected", [
    ("合计      55                        60500",
     ["乡镇      人数(名)   每人(元)   合计(元)", "甲镇      26         1000       26000"], ["合计", "55", "", "60500"]),
    ("合计      55         1000       56000", ["乡镇      人数   每人   合计", "甲镇      26     1000   26000"], []),  # a full row
    ("合计", ["乡镇      人数   每人", "甲镇      26     1000"], []),  # one cell
])
def test_align_row(line, model, expected):
    assert align_row(line, model) == expected


# --- a range of dotted month.day dates ----------------------------------------------------------

from assist.drafting.frame import normalise_dates  # noqa: E402


@pytest.mark.parametrize("line, expected", [
    ("10.9-10.10 县妇联 在县委党校 举办 执委培训班", "10月9日至10日 县妇联 在县委党校 举办 执委培训班"),
    ("时间：9.29-10.3", "时间：9月29日至10月3日"),
    ("培训 5.6—5.8，共3天", "培训 5月6日至8日，共3天"),
    ("人均增收1.5-2.5万元", "人均增收1.5-2.5万元"),  # a decimal range with its unit
    ("人均增收 1.5-2.5 万元", "人均增收 1.5-2.5 万元"),
    ("比例 3.5-2.1 之间", "比例 3.5-2.1 之间"),  # the second before the first: no date range
])
def test_dotted_date_range(line, expected):
    assert normalise_dates(line) == expected


@pytest.mark.parametrize("notes", [
    "10.9-10.10 县妇联 在县委党校 举办 执委培训班\n参训执委 64人\n考试合格率 96.9%",
    "9.29-10.3 巾帼志愿服务周\n街道妇联组织志愿者 45人 开展服务 18场",
])
def test_dotted_date_range_draft_invents_no_number(notes):
    draft = compose_notes(notes)
    assert invented_numbers(_body(draft), notes) == []
    assert [d for d in check_draft(draft, notes) if d.kind == "invented_number"] == []

"""Table-driven tests of the draft defect detectors: each row a text that has the defect
and one that must not."""

import pytest

from assist.checks import (
    chat_words,
    check_draft,
    contact_in_body,
    copied_labels,
    invented_numbers,
    lead_without_event,
    list_numbers_in_text,
    minor_named,
    missing_facts,
    repeated_sentences,
    title_defects,
)

NOTES = "3月8日 城关镇妇联 来了村里妇女45人\n约占七成的家长不会安排\n发放资料300份\n县妇联宣讲团成员8名（县妇联干部3名，教师5名）"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("45名妇女参加。", []),
        ("约占七成的家长不会安排。", []),
        ("约占70成的家长不会安排。", ["70成"]),
        ("发放资料500份。", ["500份"]),
        ("3月8日，城关镇妇联举办活动。", []),
        ("3月9日，城关镇妇联举办活动。", ["3月9日"]),
        ("宣讲团成员8名，其中教师5名、干部3名。", []),
        ("共12人报名。", ["12人"]),
    ],
)
def test_invented_numbers(text, expected):
    assert [d.text for d in invented_numbers(text, NOTES)] == expected


def test_dotted_notes_date_is_a_date_not_a_decimal():
    assert invented_numbers("12月3日，镇妇联走访留守儿童。", "12.3 走访 留守儿童") == []
    assert invented_numbers("销售额6.3万元。", "销售额6.3万元") == []


@pytest.mark.parametrize(
    "text,n",
    [
        ("县妇联举办讲座，120名妇女参加。一、主要做法\n一是120名妇女参加。", 1),
        ("县妇联举办讲座，120名妇女参加。\n会后6人报名当志愿者。", 0),
        ("全县已评出示范户1260户。\n三、工作成效\n全县已评出示范户1260户。", 1),
        ("好。\n好。", 0),  # too short to count
    ],
)
def test_repeated_sentences(text, n):
    assert len(repeated_sentences(text)) == n


@pytest.mark.parametrize(
    "text,expected",
    [
        ("县妇联在新华乡开展题目：如何和青春期孩子沟通。", ["题目"]),
        ("社区妇联开展【群聊记录整理】。", ["【群聊记录整理】"]),
        ("考核：会后问卷满意度96%。", ["考核"]),
        ("张主任：来了12家企业。", ["张主任："]),
        ("镇妇联主席赵敏表示：“今后每年开展一次。”", []),
        ("会后问卷满意度为96%。", []),
        ("正文。\n（联系人：赵敏 13512345678）", []),
    ],
)
def test_copied_labels(text, expected):
    assert [d.text.rstrip("：:") if not d.text.endswith("】") and len(d.text) < 4 else d.text for d in copied_labels(text)] == [
        e.rstrip("：") if len(e) < 4 else e for e in expected
    ]


@pytest.mark.parametrize(
    "text,hit",
    [
        ("来了村里妇女45人。", True),
        ("社区妇联+人社所一起搞的招聘会。", True),
        ("都是弹性上班可以接送孩子那种。", True),
        ("上个礼拜三，镇妇联开展宣传。", True),
        ("小赵：[图片]", True),
        ("45名妇女参加。社区妇联联合人社所举办招聘会。", False),
        ("她说：“俺以前不敢说话。”", False),  # colloquial words inside a quote stay
    ],
)
def test_chat_words(text, hit):
    assert bool(chat_words(text)) is hit


@pytest.mark.parametrize(
    "text,hit",
    [
        ("家长需求：1.多办家长课堂2.少说教多活动", True),
        ("主要发现：①约七成家长不会安排②42%的家长陪伴不足", True),
        ("一、主要做法\n一是开展培训。", False),
        ("发放资料1.5万册。", False),
    ],
)
def test_list_numbers(text, hit):
    assert bool(list_numbers_in_text(text)) is hit


@pytest.mark.parametrize(
    "title,kinds",
    [
        ("县妇联：宣讲团成员8名（县妇联干部3名", ["title_brackets", "title_cut"]),
        ("“巾帼心向党”宣讲会走进城关镇", []),
        ("宣讲团成员8名", []),
        ("《家庭教育促进法》宣讲进村", []),
        ("“法律进乡村", ["title_brackets"]),
    ],
)
def test_title_defects(title, kinds):
    assert [d.kind for d in title_defects(title, NOTES)] == kinds


@pytest.mark.parametrize(
    "lead,hit",
    [
        ("城关镇妇联在镇文化站开展11月20日上午。", True),
        ("社区妇联开展【群聊记录整理】。", True),
        ("县妇联在新华乡开展题目：如何和青春期孩子沟通。", True),
        ("11月20日上午，城关镇妇联在镇文化站。会后6人报名。", True),
        ("为此镇妇联设立婚姻家庭辅导室。", True),
        ("11月20日上午，城关镇妇联在镇文化站举办“巾帼心向党”宣讲会，45名妇女参加。", False),
    ],
)
def test_lead_without_event(lead, hit):
    assert bool(lead_without_event(lead)) is hit


@pytest.mark.parametrize(
    "text,hit",
    [
        ("请联系赵敏13512345678。", True),
        ("她住和平路18号3栋501。", True),
        ("家住东坡村3组。", True),
        ("身份证号110101199003071234。", True),
        ("正文。\n（联系人：赵敏 13512345678）", False),
        ("发放手册3000份，覆盖12个村。", False),
    ],
)
def test_contact_in_body(text, hit):
    assert bool(contact_in_body(text)) is hit


@pytest.mark.parametrize(
    "notes,text,hit",
    [
        ("走访 留守儿童 李小雨 女 10岁", "村妇联执委每周看望李小雨。", True),
        ("走访 留守儿童 李小雨 女 10岁", "村妇联执委每周看望小雨（化名）。", False),
        ("女儿王欣怡 8岁", "王欣怡目睹家暴。", True),
        ("对象：张某某，男，7岁", "为张某某申请保障。", False),  # already a pseudonym
        ("学员王芳，女，35岁", "学员王芳说。", False),  # an adult
    ],
)
def test_minor_named(notes, text, hit):
    assert bool(minor_named(text, notes)) is hit


@pytest.mark.parametrize(
    "text,must,missing",
    [
        ("45名妇女参加，发放资料300份。", [], []),
        ("45名妇女参加。", [], ["300份"]),
        ("45名妇女参加，发放资料300份。", ["城关镇妇联"], ["城关镇妇联"]),
        ("城关镇妇联组织，45名妇女参加，发放资料300份。", ["城关镇妇联", "45人"], []),
    ],
)
def test_missing_facts(text, must, missing):
    notes = "城关镇妇联 来了村里妇女45人\n发放资料300份\n联系人 赵敏 13512345678"
    assert [d.text for d in missing_facts(text, notes, must)] == missing


def test_check_draft_spans_index_the_joined_text():
    draft = {"title": "标题", "subtitle": "——副标题", "text": "导语开展题目：讲座。\n请联系13512345678。"}
    text = "\n".join(draft.values())
    for d in check_draft(draft, "题目：讲座 13512345678"):
        if d.end > d.start:
            assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "text,hit",
    [("参加对象为五、六年级家长。", False), ("内容一、宣讲二、答疑", True)],
)
def test_chinese_enumeration_is_not_a_list_number(text, hit):
    assert bool(list_numbers_in_text(text)) is hit


def test_english_month_in_notes_supports_a_chinese_date():
    assert invented_numbers("10月15日，市妇联举办培训。", "Oct 15 市妇联 training") == []


def test_list_numbers_of_the_notes_are_not_facts():
    notes = "家长需求：1.多办家长课堂 2.少说教多活动"
    assert missing_facts("家长希望多办家长课堂、少说教多活动。", notes) == []


@pytest.mark.parametrize(
    "lead,hit",
    [
        ("上周五，反家暴法宣传在东湖社区开展，约两百人参加。", False),  # the event is the subject
        ("上周五，镇妇联在东湖社区开展，约两百人参加。", True),
    ],
)
def test_passive_event_lead(lead, hit):
    assert bool(lead_without_event(lead)) is hit


def test_a_village_committee_is_not_the_organiser_subject():
    assert lead_without_event("12月1日晚，村妇女议事会会议在新塘村村委会二楼召开，11人参加。") == []


@pytest.mark.parametrize(
    "text,hit",
    [("在推荐就业方面，31人。", True), ("二是议程：。", True), ("推荐就业31人。", False), ("在家庭教育方面，区妇联举办讲座。", False)],
)
def test_labels_in_disguise(text, hit):
    assert bool(copied_labels(text)) is hit


@pytest.mark.parametrize(
    "lead,hit",
    [("明天的女性就业招聘会举行。", True), ("镇妇联举办女性就业招聘会，22家企业参加。", False)],
)
def test_a_coming_event_is_not_the_lead(lead, hit):
    assert bool(lead_without_event(lead)) is hit

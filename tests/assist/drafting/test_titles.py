"""Title candidates (assist.drafting.titles) and the planner's lead on classic note shapes."""

import pytest

from assist.drafting.planner import compose_notes
from assist.drafting.titles import is_event_name, title_candidates
from assist.facts import extract_facts

TRAINING = (
    "- 5月12日 县妇联 联合县人社局 在城南社区 办了家政技能培训班\n"
    "- 来了86名农村妇女，培训7天，内容有育婴、养老护理\n"
    "- 结业考试通过79人，已有52人上岗，月收入大概4500元\n"
    "- 学员张桂花说：以前在家带孩子，现在一个月能挣四千多\n"
    "- 下一步打算在其他3个乡镇再办\n"
)


def test_contrast_and_quote_titles_offered():
    facts = extract_facts("北街社区妇联建了巾帼志愿服务队\n志愿者由32人发展到110人\n队员张阿姨说：“帮别人也是帮自己”")
    assert "“帮别人也是帮自己”" in title_candidates(facts)
    facts = extract_facts("巾帼示范基地从5个增加到18个，带动妇女就业3600人")
    assert any("从5个增加到18个" in t for t in title_candidates(facts))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("母亲节“好家风伴成长”家庭教育讲座", True),
        ("家庭教育讲座", True),
        ("来了86名农村妇女", False),
        ("讲座，120人参加", False),
    ],
)
def test_is_event_name(text, expected):
    assert is_event_name(text) is expected


def test_training_notes_title_lead_and_sections():
    draft = compose_notes(TRAINING)
    assert "52人上岗" in draft["title"]
    assert not any(w in t for t in draft["titles"] for w in ("大概", "差不多", "来了"))
    assert draft["subtitle"] == "——县妇联联合县人社局举办家政技能培训班"
    for part in ("5月12日", "县妇联", "城南社区", "举办家政技能培训班", "86名农村妇女参加", "52人上岗"):
        assert part in draft["lead"], part
    assert "县妇联计划在其他3个乡镇再办。" in draft["text"]


@pytest.mark.parametrize(
    "notes, lead_start",
    [
        ("时间：2024年5月12日\n地点：河西区妇女儿童活动中心\n单位：河西区妇联\n活动：家庭教育讲座\n成效：评出最美家庭10户",
         "2024年5月12日，河西区妇联在河西区妇女儿童活动中心举办家庭教育讲座。"),
        ("6月1日青山镇妇联走访慰问留守儿童\n为46名留守儿童送去书包", "6月1日，青山镇妇联走访慰问留守儿童。"),
    ],
)
def test_lead_opening(notes, lead_start):
    assert compose_notes(notes)["lead"].startswith(lead_start)


def test_drafter_composer_drafts_have_no_unsupported_claims():
    from assist.drafting import Drafter
    from eval.draft import load_notes_set
    from models.generators import ComposerGenerator

    for item in load_notes_set():
        assert Drafter(ComposerGenerator(), None).draft(item["notes"])["unsupported"] == [], item["id"]

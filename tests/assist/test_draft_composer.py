import functools

import pytest

from assist.drafting.composer import LEAD_MAX, SENTENCE_MAX, compose
from assist.drafting.titles import title_candidates
from assist.facts import extract_facts
from assist.figures import find_quantities
from eval.draft import load_notes_set

NOTES = (
    "- 3月8日上午，城关镇妇联在新华村文化广场举办三八节电商直播培训\n"
    "- 120名农村妇女参加，请了县电商中心的老师讲课\n"
    "- 培训后有25名妇女开了网店，平均月增收2000元\n"
    "- 李大姐说“以前不敢对着手机说话，现在一场直播能卖出300斤橘子”\n"
    "- 下一步计划每季度办一期\n"
)


@functools.lru_cache(maxsize=1)
def notes_set():
    return load_notes_set()


def test_template_order_and_headings():
    draft = compose(extract_facts(NOTES))
    lines = draft["text"].split("\n")
    assert lines[0] == draft["lead"]
    assert [line for line in lines if "、" in line[:2]] == ["一、主要做法", "二、典型案例", "三、工作成效", "四、下一步打算"]
    assert draft["missing_sections"] == ["工作背景"]
    assert draft["subtitle"] == "——城关镇妇联举办三八节电商直播培训"


def test_lead_names_time_unit_action_and_outcome():
    lead = compose(extract_facts(NOTES))["lead"]
    for part in ("3月8日上午", "城关镇妇联", "电商直播培训", "25名妇女", "2000元"):
        assert part in lead
    assert len(lead) <= LEAD_MAX


def test_main_measure_not_repeated_in_body():
    draft = compose(extract_facts(NOTES))
    assert draft["text"].count("举办三八节电商直播培训") == 1


@pytest.mark.parametrize("item", notes_set(), ids=lambda i: i["id"])
def test_every_figure_of_the_draft_comes_from_the_notes(item):
    draft = compose(extract_facts(item["notes"]))
    have = {(q.value, q.unit) for q in find_quantities(item["notes"])}
    output = "\n".join([draft["title"], draft["subtitle"], draft["text"], *draft["titles"]])
    invented = [q.text for q in find_quantities(output) if (q.value, q.unit) not in have]
    assert invented == []
    assert draft["title"] and draft["text"]
    assert all(len(s) <= SENTENCE_MAX + 1 for s in draft["lead"].split("。") if s)


@pytest.mark.parametrize(
    "notes, expected",
    [
        # figures and results, with a hot-concept frame the notes' theme selects
        ("县妇联开展电商直播培训\n培训后25名妇女开网店，平均月增收2000元", "她经济激活电商新业态，平均月增收2000元"),
        # action + figure when no theme matches
        ("县妇联举办心理健康讲座\n讲完以后有15个人留下来做了咨询，满意度达到98%", "举办心理健康讲座，满意度达到98%"),
    ],
)
def test_main_title_patterns(notes, expected):
    assert compose(extract_facts(notes))["title"] == expected


def test_contrast_and_quote_titles_offered():
    facts = extract_facts("北街社区妇联建了巾帼志愿服务队\n志愿者由32人发展到110人\n队员张阿姨说：“帮别人也是帮自己”")
    titles = title_candidates(facts)
    assert "“帮别人也是帮自己”" in titles
    facts = extract_facts("巾帼示范基地从5个增加到18个，带动妇女就业3600人")
    assert any("从5个增加到18个" in t for t in title_candidates(facts))


def test_notes_with_nothing_to_sort_still_give_a_title():
    draft = compose(extract_facts("今天天气很好"))
    assert draft["title"] and "工作成效" in draft["missing_sections"]


@pytest.mark.parametrize("item", notes_set(), ids=lambda i: i["id"])
def test_fidelity_checker_finds_nothing_unsupported_in_composer_drafts(item):
    from assist.drafting import Drafter
    from models.generators import ComposerGenerator

    result = Drafter(ComposerGenerator(), None).draft(item["notes"])
    assert result["unsupported"] == []


TRAINING = (
    "- 5月12日 县妇联 联合县人社局 在城南社区 办了家政技能培训班\n"
    "- 来了86名农村妇女，培训7天，内容有育婴、养老护理\n"
    "- 结业考试通过79人，已有52人上岗，月收入大概4500元\n"
    "- 学员张桂花说：以前在家带孩子，现在一个月能挣四千多\n"
    "- 下一步打算在其他3个乡镇再办\n"
)


def _section(text: str, heading: str) -> str:
    lines = text.split("\n")
    return next(lines[i + 1] for i, line in enumerate(lines) if line.endswith(heading))


def test_title_from_the_strongest_outcome_without_guesses():
    draft = compose(extract_facts(TRAINING))
    assert "52人上岗" in draft["title"]
    assert not any(w in t for t in draft["titles"] for w in ("大概", "差不多", "来了"))
    assert draft["subtitle"] == "——县妇联联合县人社局举办家政技能培训班"


def test_quotes_go_to_cases_and_plans_to_next_steps():
    draft = compose(extract_facts(TRAINING))
    assert _section(draft["text"], "典型案例") == "学员张桂花说：“以前在家带孩子，现在一个月能挣四千多。”"
    assert _section(draft["text"], "下一步打算") == "县妇联计划在其他3个乡镇再办。"
    assert "经验启示" not in draft["text"] and "经验启示" not in draft["missing_sections"]
    assert "学员张桂花" not in _section(draft["text"], "主要做法")


def test_lead_tells_who_when_where_what_and_result():
    lead = compose(extract_facts(TRAINING))["lead"]
    for part in ("5月12日", "县妇联", "城南社区", "举办了家政技能培训班", "86名农村妇女参加", "52人上岗"):
        assert part in lead, part
    assert 60 <= len(lead) <= LEAD_MAX


@pytest.mark.parametrize(
    "notes, lead_start",
    [
        # a labelled activity without a verb becomes unit + place + 举办/开展 + activity
        ("时间：2024年5月12日\n地点：河西区妇女儿童活动中心\n单位：河西区妇联\n活动：家庭教育讲座\n成效：评出最美家庭10户",
         "2024年5月12日，河西区妇联在河西区妇女儿童活动中心举办家庭教育讲座。"),
        ("时间：3月5日\n单位：梨园镇妇联\n活动：反家暴宣传\n成效：服务群众300余人", "3月5日，梨园镇妇联开展反家暴宣传。"),
        # a date run into the subject gets a comma; a vague time word is left as it is
        ("6月1日青山镇妇联走访慰问留守儿童\n为46名留守儿童送去书包", "6月1日，青山镇妇联走访慰问留守儿童。"),
        ("今天上午村妇联召开了评选会\n村里推荐了12户，最后评出5户", "今天上午村妇联召开了评选会。"),
    ],
)
def test_lead_opening(notes, lead_start):
    assert compose(extract_facts(notes))["lead"].startswith(lead_start)


@pytest.mark.parametrize(
    "notes, forbidden",
    [
        ("县妇联举办讲座\n来了大概80人，发现有6个人血压偏高", "大概"),
        ("县妇联举办讲座\n差不多200人参加，发放宣传册1200份", "差不多"),
    ],
)
def test_no_guessed_figure_in_title(notes, forbidden):
    assert all(forbidden not in t for t in compose(extract_facts(notes))["titles"])


# Notes written after the rules were tuned (not in eval/data/draft/notes.yaml).
FRESH = [
    "- 8月3日 市妇联 在滨江社区 办了巾帼创业分享会\n- 来了65名返乡女青年，请了2位电商达人讲课\n"
    "- 会后有18人开了网店\n- 学员王芳说：以前不知道怎么起步，现在心里有底了\n- 下一步准备办一个孵化基地",
    "嗯，上个月我们镇妇联在红星村搞了个反家暴宣传，来了大概一百二十人。发了手册八百份。"
    "有位阿姨说以前不知道家暴可以报警。然后打算下个月去另外两个村。",
    "时间：2024年6月20日\n地点：城南街道妇女之家\n单位：城南街道妇联\n活动：“巧手妈妈”手工编织培训\n"
    "参加人员：全职妈妈42人\n成效：21人接到了订单，人均月增收1200元\n下一步：成立编织合作社",
]


@pytest.mark.parametrize("notes", FRESH)
def test_fresh_notes_draft_without_unsupported_claims(notes):
    from assist.fidelity import find_unsupported

    draft = compose(extract_facts(notes))
    assert draft["subtitle"].startswith("——") and "妇联" in draft["subtitle"]
    for field in (draft["title"], draft["subtitle"], draft["text"]):
        assert find_unsupported(field, notes) == []


def test_labelled_participants_and_event_in_the_lead():
    lead = compose(extract_facts(FRESH[2]))["lead"]
    assert lead.startswith("2024年6月20日，城南街道妇联在城南街道妇女之家举办“巧手妈妈”手工编织培训。全职妈妈42人参加。")

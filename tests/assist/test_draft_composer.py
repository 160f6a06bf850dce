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
    assert [line for line in lines if "、" in line[:2]] == ["一、主要做法", "二、典型案例", "三、工作成效", "四、经验启示"]
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
    pytest.importorskip("assist.fidelity")
    from assist.drafting import Drafter
    from models.generators import ComposerGenerator

    result = Drafter(ComposerGenerator(), None).draft(item["notes"])
    assert result["unsupported"] == []

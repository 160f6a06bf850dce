"""Channel versions by rules (assist.polishing.channels), their norms (norms) and the list
renumbering of trim, table-driven."""

import pytest

from assist.polishing import Polisher
from assist.polishing.channels import channel_version, hook_for, split_long_sentence
from assist.polishing.norms import difference, hook_line, measure, within_norm
from assist.polishing.polisher import new_titles
from assist.polishing.rules import renumber, split_title, trim_text
from models.generators import ComposerGenerator

REPORT = (
    "巾帼电商助增收\n——城关镇妇联举办电商直播培训\n"
    "3月8日，城关镇妇联在新华村文化广场举办电商直播培训，120名农村妇女参加。培训后有25名妇女开了网店，平均月增收2000元。\n"
    "一、主要做法\n"
    "一是请县电商中心的老师讲课，讲解选品、拍摄和直播话术，每期3天。二是建立学员微信群，跟踪开店情况，解答学员问题。"
    "三是组织学员到县电商产业园区观摩，学习包装和发货。\n"
    "二、典型案例\n"
    "李大姐说：“以前不敢对着手机说话，现在一场直播能卖出300斤橘子。”"
)


@pytest.mark.parametrize(
    "text, expected, changes",
    [
        ("一是甲。三是乙。四是丙。", "一是甲。二是乙。三是丙。", ["三是→二是", "四是→三是"]),
        ("二是甲；三是乙。", "一是甲；二是乙。", ["二是→一是", "三是→二是"]),
        ("一是甲。二是乙。\n一是丙。三是丁。", "一是甲。二是乙。\n一是丙。二是丁。", ["三是→二是"]),
        ("一要学；三要做。", "一要学；二要做。", ["三要→二要"]),
        ("一是甲。二是乙。三是丙。", "一是甲。二是乙。三是丙。", []),
        ("统一是基础，二是指第二项。", "统一是基础，二是指第二项。", []),  # not list items
    ],
)
def test_renumber(text, expected, changes):
    assert renumber(text) == (expected, changes)


def test_trim_renumbers_after_removing_a_list_item():
    text = ("县妇联举办电商直播培训，120名农村妇女参加。一是开展电商培训。"
            "二是县妇联举办电商直播培训，120名农村妇女参加。三是建立帮扶台账。")
    out, removed, renumbered = trim_text(text)
    assert [r["kind"] for r in removed] == ["repetition"]
    assert out.endswith("一是开展电商培训。二是建立帮扶台账。") and renumbered == ["三是→二是"]
    result = Polisher(ComposerGenerator(), None).polish(text)
    assert "删去列表项后重新编号：三是→二是" in result["changes"]


def test_trim_keeps_a_lead_that_repeats_the_subtitle():
    text = "走访留守儿童\n——青山镇妇联走访慰问留守儿童\n6月1日，青山镇妇联走访慰问留守儿童。为46名留守儿童送去书包。"
    out, removed, _ = trim_text(text)
    assert out == text and removed == []


@pytest.mark.parametrize(
    "text, parts",
    [
        ("主标题\n——副标题\n正文。", ("主标题", "——副标题", "正文。")),
        ("主标题——副标题\n正文。", ("主标题", "——副标题", "正文。")),
        ("县妇联举办培训。\n正文。", ("", "", "县妇联举办培训。\n正文。")),
        ("只有一行", ("", "", "只有一行")),
    ],
)
def test_split_title(text, parts):
    assert split_title(text) == parts


@pytest.mark.parametrize(
    "text, hook",
    [
        ("#她力量#【25名妇女开了网店】县妇联举办培训。", "25名妇女开了网店"),
        ("25名妇女开了网店！\n县妇联举办培训。", "25名妇女开了网店！"),
        ("“现在一场直播能卖300斤橘子”\n正文。", "“现在一场直播能卖300斤橘子”"),
        ("谁来照看留守儿童？\n正文。", "谁来照看留守儿童？"),
        ("巾帼电商助增收\n正文。", ""),  # a plain title is no hook
        ("县妇联举办电商直播培训，120名农村妇女参加，培训后有25名妇女开了网店！", ""),  # too long
    ],
)
def test_hook_line(text, hook):
    assert hook_line(text) == hook


@pytest.mark.parametrize(
    "text, channel, ok",
    [
        ("25名妇女开了网店！\n县妇联举办培训。", "微信公众号", True),
        ("县妇联举办培训。", "微信公众号", False),  # no hook
        ("25名妇女开了网店！\n" + "县妇联举办培训，" * 12, "微信公众号", False),  # a 96-character paragraph
        ("#她力量#【开网店】县妇联举办培训。", "微博", True),
        ("#她力量#【开网店】" + "县妇联举办培训。" * 20, "微博", False),
        ("县妇联举办培训。", "上报信息稿", True),
        ("", "上报信息稿", False),
    ],
)
def test_within_norm(text, channel, ok):
    assert within_norm(text, channel) is ok


@pytest.mark.parametrize("a, b, d", [("甲乙丙丁", "甲乙丙丁", 0.0), ("甲乙丙丁", "戊己庚辛", 1.0), ("甲乙\n丙丁", "甲乙丙丁", 0.0)])
def test_difference(a, b, d):
    assert difference(a, b) == d


@pytest.mark.parametrize(
    "sentence, pieces",
    [
        ("甲" * 50 + "，同时建成母婴室58间，" + "乙" * 40 + "。", ["甲" * 50 + "。", "同时建成母婴室58间，" + "乙" * 40 + "。"]),
        ("甲" * 50 + "；" + "乙" * 40 + "。", ["甲" * 50 + "；", "乙" * 40 + "。"]),
        ("甲" * 100 + "。", ["甲" * 100 + "。"]),  # no place to cut: left whole
        ("甲" * 30 + "，同时乙乙。", ["甲" * 30 + "，同时乙乙。"]),  # short enough
    ],
)
def test_split_long_sentence(sentence, pieces):
    assert split_long_sentence(sentence, 80) == pieces


def test_wechat_version_differs_from_the_report():
    out, changes = channel_version(REPORT, "微信公众号")
    lines = out.split("\n")
    assert lines[0] == hook_for(split_title(REPORT)[2], 30) and hook_line(out) == lines[0]
    assert "巾帼电商助增收" not in out and "▍主要做法" in lines and "一、主要做法" not in lines
    assert max(len(line) for line in lines) <= 80 and within_norm(out, "微信公众号")
    assert "一是请县电商中心的老师讲课，讲解选品、拍摄和直播话术，每期3天。" in lines  # items start paragraphs
    assert any(c.startswith("开头加引子") for c in changes) and any(c.startswith("长段拆短") for c in changes)
    assert any(c.startswith("标题移出正文") for c in changes)


def test_weibo_version_is_one_tagged_post_with_a_hook():
    out, changes = channel_version(REPORT, "微博", tag="#她经济#")
    assert out.startswith("#她经济#【") and "\n" not in out and len(out) <= 140
    assert "巾帼电商助增收" not in out and "主要做法" not in out and within_norm(out, "微博")
    assert changes[0] == "加话题标签 #她经济#" and any("略去" in c for c in changes)


def test_report_version_keeps_the_report():
    out, changes = channel_version(REPORT, "上报信息稿")
    assert out == REPORT and not hook_line(out) and "保持上报信息稿结构" in changes[0]


@pytest.mark.parametrize("channel", ["上报信息稿", "微信公众号", "微博"])
def test_polished_versions_add_no_figure_or_name(channel):
    result = Polisher(ComposerGenerator(), None).polish(REPORT, channel=channel)  # real fidelity check
    assert result["unsupported"] == [] and result["changes"]
    m = measure(result["text"], channel, REPORT)
    assert m["within_norm"] and (m["difference"] > 0) == (channel != "上报信息稿")


@pytest.mark.parametrize(
    "report",
    [
        REPORT,
        "她经济激活电商新业态，平均月增收2000元\n县妇联举办电商直播培训，120名农村妇女参加。培训后有25名妇女开了网店，平均月增收2000元。",
        "她经济激活电商新业态——平均月增收2000元\n县妇联举办电商直播培训。培训后有25名妇女开了网店，平均月增收2000元。",
    ],
)
def test_title_suggestions_never_repeat_the_input_title(report):
    title, subtitle, _ = split_title(report)
    titles = new_titles(report, report)
    assert titles and title not in titles and subtitle.lstrip("—") not in titles


def test_title_suggestions_over_the_exemplars_never_repeat_their_titles():
    from eval.polish import exemplar_reports

    for r in exemplar_reports():
        title, subtitle, _ = split_title(r["text"])
        assert not {title, subtitle.lstrip("—")} & set(new_titles(r["text"], r["text"])), r["id"]


def test_a_long_sentence_with_no_opening_clause_is_cut_at_a_comma_outside_quotes():
    from assist.polishing.channels import split_long_sentence

    sentence = ("2024年以来，桐川县妇联联合县人社局、县职教中心开展“订单式”母婴护理培训12期，386名农村妇女结业，"
                "341人取得育婴员职业技能等级证书，312人由省城7家合作家政企业直接录用，平均月收入6800元。")
    parts = split_long_sentence(sentence, 80)
    assert len(parts) > 1 and all(len(p) <= 80 for p in parts)
    assert "".join(parts).replace("。", "，")[:-1] == sentence.replace("。", "，")[:-1]  # nothing dropped

import re

import pytest

from assist.polishing import Polisher
from assist.polishing.channels import channel_version
from assist.polishing.rules import empty_phrase_findings, fit, trim
from models.errors import InputError
from models.generators import ComposerGenerator

SEED_PREAMBLE = (
    "为了进一步深入贯彻落实党的二十大精神，全面提高妇女儿童工作水平，切实保障妇女儿童合法权益，"
    "经过认真研究和充分准备，我们决定在全县开展“巾帼电商”培训行动。"
)
REPORT = (
    SEED_PREAMBLE + "3月8日，县妇联在文化广场举办电商直播培训，120名农村妇女参加，活动取得了显著成效。"
    "培训后有25名妇女开了网店，平均月增收2000元。县妇联在文化广场举办电商直播培训，120名农村妇女参加。活动反响热烈。"
)


@pytest.mark.parametrize(
    "text, kept, removed_kind",
    [
        (SEED_PREAMBLE, "在全县开展“巾帼电商”培训行动。", "preamble"),
        ("在市妇联的坚强领导下，县妇联举办了培训。", "县妇联举办了培训。", "preamble"),
        ("根据省妇联的工作部署，全面推进家庭教育，县妇联开展了讲座。", "县妇联开展了讲座。", "preamble"),
        ("县妇联举办培训，120人参加。县妇联举办培训，120人参加。", "县妇联举办培训，120人参加。", "repetition"),
        ("县妇联举办培训，120人参加，评价很高。县妇联举办培训，120人参加。", "县妇联举办培训，120人参加，评价很高。", "repetition"),
    ],
)
def test_trim(text, kept, removed_kind):
    out, removed = trim(text)
    assert out == kept
    assert [r["kind"] for r in removed] == [removed_kind]


@pytest.mark.parametrize("text", ["为了让妇女增收，县妇联举办了培训。", "县妇联举办培训。妇女踊跃报名参加培训后就业。"])
def test_trim_leaves_plain_sentences(text):
    assert trim(text) == (text, [])


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("活动取得了显著成效。", "取得了显著成效"),
        ("培训效果良好。", "效果良好"),
        ("活动反响热烈。", "反响热烈"),
        ("县妇联高度重视。", "高度重视"),
        ("活动圆满成功。", "圆满成功"),
    ],
)
def test_empty_phrases_flagged_with_fact_seeking_suggestion(text, phrase):
    (finding,) = empty_phrase_findings(text)
    assert text[finding["start"] : finding["end"]] == phrase
    assert finding["message"] and finding["suggestion"]
    assert not re.search(r"\d", finding["suggestion"])  # never a made-up figure


@pytest.mark.parametrize("channel, limit", [("上报信息稿", 1500), ("微信公众号", 3000), ("微博", 140)])
def test_channel_versions_fit_their_length(channel, limit):
    long_text = "\n".join(["县妇联举办电商直播培训，120名农村妇女参加，培训后有25名妇女开了网店。"] * 120)
    out, changes = channel_version(long_text, channel)
    assert 0 < len(out) <= limit and changes
    if channel == "微博":
        assert out.startswith("#她力量#")
    if channel == "微信公众号":
        assert max(len(p) for p in out.split("\n")) <= 80


def test_fit_keeps_whole_sentences():
    assert fit("第一句。第二句很长很长。", 6) == "第一句。"


def test_polisher_rule_based_output():
    result = Polisher(ComposerGenerator(), None, fidelity=lambda d, n: []).polish(REPORT, channel="微博")
    assert result["backend"] == "composer" and result["operations"] == ["trim", "empty_phrases", "titles", "channel"]
    assert len(result["text"]) <= 140 and result["length"]["max_chars"] == 140
    assert {r["kind"] for r in result["removed"]} == {"preamble", "repetition"}
    assert [f["text"] for f in result["findings"]] == ["取得了显著成效", "反响热烈"][: len(result["findings"])]
    assert len(result["titles"]) == 3 and result["titles"][0] == "她经济激活电商新业态，平均月增收2000元"


def test_polisher_real_fidelity_finds_nothing_added():
    result = Polisher(ComposerGenerator(), None).polish(REPORT, channel="上报信息稿")
    assert result["unsupported"] == []


@pytest.mark.parametrize(
    "operations, channel, message",
    [
        (["translate"], None, "润色操作"),
        (["channel"], None, "没有指定渠道"),
        (None, "抖音", "渠道"),
    ],
)
def test_bad_requests_rejected(operations, channel, message):
    with pytest.raises(InputError, match=message):
        Polisher(ComposerGenerator(), None).polish(REPORT, operations=operations, channel=channel)


def test_only_requested_operations_run():
    result = Polisher(ComposerGenerator(), None, fidelity=lambda d, n: []).polish(REPORT, operations=["titles"])
    assert result["removed"] == [] and result["findings"] == [] and result["titles"]
    assert result["text"] == REPORT


@pytest.mark.parametrize(
    "text, tag",
    [
        ("北街社区巾帼志愿服务队开展助老活动58场。", "#巾帼志愿#"),
        ("县妇联举办电商直播培训，120名妇女参加。", "#她经济#"),
        ("县妇联召开执委会议。", "#她力量#"),
    ],
)
def test_weibo_tag_follows_the_theme(text, tag):
    result = Polisher(ComposerGenerator(), None, fidelity=lambda d, n: []).polish(text, channel="微博")
    assert result["text"].startswith(tag)

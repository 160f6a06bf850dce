import pytest

from assist.drafting.guardrails import figures_only_fidelity
from assist.polishing import Polisher
from assist.polishing.polisher import channel_problems
from models.errors import BackendUnavailable
from generator_fakes import ScriptedGenerator

ORIGINAL = "3月8日，县妇联举办电商直播培训，120名农村妇女参加。培训后有25名妇女开了网店，平均月增收2000元。"
WEIBO = "#她力量#【25名妇女开了网店】县妇联电商直播培训，25名妇女开网店，月增收2000元。"
WECHAT = "25名妇女开了网店！\n3月8日，县妇联举办电商直播培训，120名农村妇女参加。\n培训后有25名妇女开了网店，平均月增收2000元。"


def polisher(gen):
    return Polisher(gen, None, fidelity=figures_only_fidelity)


@pytest.mark.parametrize("channel, reply", [("微博", WEIBO), ("微信公众号", WECHAT)])
def test_channel_rewrite_by_the_model(channel, reply):
    gen = ScriptedGenerator(reply)
    result = polisher(gen).polish(ORIGINAL, channel=channel)
    assert result["backend"] == "openai" and result["unsupported"] == [] and result["text"] == reply
    assert channel in gen.calls[0][1]["content"] and ORIGINAL in gen.calls[0][1]["content"]
    assert any("语言模型" in c for c in result["changes"]) and len(gen.calls) == 1


@pytest.mark.parametrize(
    "channel, text, kinds",
    [
        ("微博", WEIBO, []),
        ("微博", "县妇联举办电商直播培训。", ["no_hook"]),
        ("微博", "#她力量#【培训】" + "县妇联举办电商直播培训，120名农村妇女参加。" * 6, ["too_long"]),
        ("微信公众号", WECHAT, []),
        ("微信公众号", "25名妇女开了网店！\n" + "县妇联举办电商直播培训，120名农村妇女参加，" * 4, ["long_paragraph"]),
        ("微信公众号", "县妇联举办电商直播培训，120名农村妇女参加。", ["no_hook"]),
        ("上报信息稿", "县妇联举办电商直播培训，120名农村妇女参加。", []),
    ],
)
def test_channel_problems(channel, text, kinds):
    assert [p["kind"] for p in channel_problems(text, channel)] == kinds


def test_rewrite_with_problems_is_revised_once():
    gen = ScriptedGenerator("县妇联培训300名妇女。", WEIBO)
    result = polisher(gen).polish(ORIGINAL, channel="微博")
    assert result["revised"] is True and result["unsupported"] == [] and result["backend"] == "openai"
    request = gen.calls[1][-1]["content"]
    assert "“300名”" in request and "开头缺少引子" in request


@pytest.mark.parametrize("second", ["县妇联举办电商直播培训，120名农村妇女参加。" * 20, "县妇联培训300名妇女。"])
def test_a_revision_that_still_misses_the_norm_gives_the_rules_version(second):
    gen = ScriptedGenerator(second, second)
    result = polisher(gen).polish(ORIGINAL, channel="微博")
    from models.generators import ComposerGenerator

    rules = polisher(ComposerGenerator()).polish(ORIGINAL, channel="微博")
    assert result["backend"] == "composer" and "仍有" in result["fallback_reason"]
    assert len(result["text"]) <= 140 and result["text"].startswith("#")
    assert len(gen.calls) == 2 and result["model_problems"]
    assert result["text"] == rules["text"]


def test_model_failure_falls_back_to_rules():
    gen = ScriptedGenerator(BackendUnavailable("语言模型服务响应超时"))
    result = polisher(gen).polish(ORIGINAL, channel="微博")
    assert result["backend"] == "composer" and "已改用规则润色" in result["fallback_reason"]
    assert result["text"].startswith("#") and len(result["text"]) <= 140


def test_without_channel_the_model_is_not_called():
    gen = ScriptedGenerator()
    result = polisher(gen).polish(ORIGINAL)
    assert gen.calls == [] and result["backend"] == "composer"

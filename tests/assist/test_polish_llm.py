from assist.drafting.guardrails import figures_only_fidelity
from assist.polishing import Polisher
from models.errors import BackendUnavailable
from generator_fakes import ScriptedGenerator

ORIGINAL = "3月8日，县妇联举办电商直播培训，120名农村妇女参加。培训后有25名妇女开了网店，平均月增收2000元。"


def polisher(gen):
    return Polisher(gen, None, fidelity=figures_only_fidelity)


def test_channel_rewrite_by_the_model():
    gen = ScriptedGenerator("#她力量#县妇联电商直播培训，25名妇女开网店，月增收2000元。")
    result = polisher(gen).polish(ORIGINAL, channel="微博")
    assert result["backend"] == "openai" and result["unsupported"] == []
    assert result["text"].startswith("#她力量#")
    assert "微博" in gen.calls[0][1]["content"] and ORIGINAL in gen.calls[0][1]["content"]


def test_rewrite_with_invented_figure_is_revised_once():
    gen = ScriptedGenerator("县妇联培训300名妇女。", "县妇联培训120名农村妇女。")
    result = polisher(gen).polish(ORIGINAL, channel="微博")
    assert result["revised"] is True and result["unsupported"] == []
    assert "“300名”" in gen.calls[1][-1]["content"]


def test_overlong_rewrite_is_cut_to_the_channel_length():
    gen = ScriptedGenerator("县妇联举办电商直播培训，120名农村妇女参加。" * 20)
    result = polisher(gen).polish(ORIGINAL, channel="微博")
    assert len(result["text"]) <= 140


def test_model_failure_falls_back_to_rules():
    gen = ScriptedGenerator(BackendUnavailable("语言模型服务响应超时"))
    result = polisher(gen).polish(ORIGINAL, channel="微博")
    assert result["backend"] == "composer" and "已改用规则润色" in result["fallback_reason"]
    assert result["text"].startswith("#") and len(result["text"]) <= 140


def test_without_channel_the_model_is_not_called():
    gen = ScriptedGenerator()
    result = polisher(gen).polish(ORIGINAL)
    assert gen.calls == [] and result["backend"] == "composer"

import pytest

from assist.drafting import Drafter
from assist.drafting.guardrails import figures_only_fidelity
from assist.drafting.llm import parse_report
from models.errors import BackendUnavailable, InputError
from models.generators import ComposerGenerator, UnavailableGenerator
from generator_fakes import ScriptedGenerator

NOTES = "3月8日，城关镇妇联举办电商直播培训，120名农村妇女参加。\n培训后有25名妇女开了网店，平均月增收2000元。"
GOOD = (
    "电商直播培训助25名妇女开网店\n——城关镇妇联举办电商直播培训\n"
    "3月8日，城关镇妇联举办电商直播培训，120名农村妇女参加。培训后有25名妇女开了网店，平均月增收2000元。"
)
BAD = "她经济助力乡村振兴\n——城关镇妇联举办电商直播培训\n3月8日，城关镇妇联举办电商直播培训，500名农村妇女参加，增收翻倍。"


class FakeScanner:
    def scan(self, text):
        i = text.find("13812345678")
        entities = [{"type": "PHONE_NUMBER", "start": i, "end": i + 11, "text": "13812345678", "score": 1.0, "minor": False}]
        return {"entities": entities if i >= 0 else [], "sensitive": []}


class FakeScorer:
    def __init__(self):
        self.seen = []

    def score(self, text, notes=None, reference_date=None):
        self.seen.append((text, notes))
        return {"total": 80.0, "criteria": {}, "unsupported": []}


class FakeLibrary:
    def search(self, query, k=5, mode=None):
        return {"results": [{"id": "e1", "title": "她力量点亮乡村振兴新希望", "score": 1.0, "snippet": "某县妇联……"}][:k]}


def drafter(generator, **kw):
    return Drafter(generator, kw.pop("scanner", FakeScanner()), fidelity=figures_only_fidelity, **kw)


def test_composer_path_reports_backend_and_checks():
    scorer = FakeScorer()
    result = drafter(ComposerGenerator(), scorer=scorer).draft(NOTES)
    assert result["backend"] == "composer" and result["fallback_reason"] is None
    assert result["unsupported"] == []
    assert result["privacy"] == {"checked": True, "entities": [], "sensitive": []}
    assert result["score"]["total"] == 80.0 and scorer.seen[0][1] == NOTES
    assert scorer.seen[0][0].startswith(result["title"] + "\n" + result["subtitle"])


def test_language_model_draft_without_problems_is_not_revised():
    gen = ScriptedGenerator(GOOD)
    result = drafter(gen).draft(NOTES)
    assert (result["backend"], result["revised"], result["unsupported"], result["defects"]) == ("openai", False, [], [])
    assert result["title"] == "电商直播培训助25名妇女开网店" and result["subtitle"].startswith("——城关镇妇联")
    assert len(gen.calls) == 1


def test_the_model_gets_the_event_frame_not_the_raw_notes():
    gen = ScriptedGenerator(GOOD)
    drafter(gen).draft("【工作群】\n" + NOTES + "\n联系人：赵敏 13812345678")
    prompt = gen.calls[0][-1]["content"]
    assert "主办单位：城关镇妇联" in prompt and "时间：3月8日" in prompt
    facts = [line for line in prompt.splitlines() if line.startswith("- ")]
    assert any("25名妇女开了网店" in f and "平均月增收2000元" in f for f in facts)
    assert "13812345678" not in prompt and "【工作群】" not in prompt


def test_the_contact_line_is_added_after_the_model_body():
    result = drafter(ScriptedGenerator(GOOD)).draft(NOTES + "\n联系人：赵敏 13812345678")
    assert result["backend"] == "openai"
    assert result["text"].splitlines()[-1] == "（联系人：赵敏　13812345678）"


@pytest.mark.parametrize(
    "first, wanted",
    [
        (BAD, ["“500名”", "“翻倍”", "笔记中的事实或数字没有写进草稿：“25名”"]),
        (GOOD.replace("举办电商直播培训，120名农村妇女参加。", "搞了个直播培训，来了120名农村妇女。"), ["保留了聊天或口语说法"]),
        ("只有一行标题", ["稿件缺少正文"]),
    ],
)
def test_one_revision_request_lists_the_problems_then_the_revision_is_used(first, wanted):
    gen = ScriptedGenerator(first, GOOD)
    result = drafter(gen).draft(NOTES)
    assert (result["backend"], result["revised"], result["defects"]) == ("openai", True, [])
    assert result["problems_before_revision"] >= len(wanted)
    request = gen.calls[1][-1]["content"]
    assert request.startswith("你的稿件有以下问题：\n1. ")
    assert all(w in request for w in wanted), request
    assert gen.calls[1][-2] == {"role": "assistant", "content": first} and len(gen.calls) == 2


@pytest.mark.parametrize("second", [BAD, "", "只有一行标题"])
def test_a_revision_that_still_fails_gives_the_composer_draft(second):
    gen = ScriptedGenerator(BAD, second)
    result = drafter(gen).draft(NOTES)
    composed = drafter(ComposerGenerator()).draft(NOTES)
    assert result["backend"] == "composer" and result["requested_backend"] == "openai"
    assert "仍有" in result["fallback_reason"] and result["model_problems"]
    assert result["text"] == composed["text"] and result["unsupported"] == []
    assert len(gen.calls) == 2


@pytest.mark.parametrize(
    "generator",
    [
        ScriptedGenerator(BackendUnavailable("无法连接语言模型服务")),
        ScriptedGenerator("   "),
        UnavailableGenerator("transformers", "模型目录不存在"),
    ],
)
def test_failing_language_model_falls_back_to_composer(generator):
    result = drafter(generator).draft(NOTES)
    assert result["backend"] == "composer" and result["requested_backend"] == generator.name
    assert "已改用内置 composer" in result["fallback_reason"]
    assert "25名妇女" in result["text"] and result["unsupported"] == []


def test_exemplars_from_the_library_go_into_the_prompt():
    gen = ScriptedGenerator(GOOD)
    drafter(gen, library=FakeLibrary()).draft(NOTES)
    assert "她力量点亮乡村振兴新希望" in gen.calls[0][0]["content"]


def test_a_private_phone_never_reaches_the_draft():
    result = drafter(ComposerGenerator()).draft(NOTES + "\n走访对象王秀兰，电话13812345678")
    assert "13812345678" not in result["text"] and result["privacy"]["entities"] == []
    assert any("电话" in q for q in result["questions"])  # the officer is told what was left out


def test_privacy_findings_carry_their_field():
    result = drafter(ComposerGenerator()).draft(NOTES + "\n联系人 赵敏 13812345678")
    assert [(e["type"], e["field"]) for e in result["privacy"]["entities"]] == [("PHONE_NUMBER", "text")]
    assert result["text"].splitlines()[-1] == "（联系人：赵敏　13812345678）"


def test_without_scanner_privacy_is_marked_unchecked():
    assert drafter(ComposerGenerator(), scanner=None).draft(NOTES)["privacy"]["checked"] is False


@pytest.mark.parametrize("notes", ["", "   \n ", None])
def test_empty_notes_rejected(notes):
    with pytest.raises(InputError):
        drafter(ComposerGenerator()).draft(notes)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("标题：甲\n副标题：——乙\n正文", {"title": "甲", "subtitle": "——乙", "text": "正文"}),
        ("# 《甲》\n—— 乙\n\n段一\n段二", {"title": "甲", "subtitle": "——乙", "text": "段一\n段二"}),
        ("**甲**\n正文", {"title": "甲", "subtitle": "", "text": "正文"}),
        ("", {"title": "", "subtitle": "", "text": ""}),
    ],
)
def test_parse_report(raw, expected):
    assert parse_report(raw) == expected


def test_real_fidelity_checker_on_composer_drafts():
    result = Drafter(ComposerGenerator(), None).draft(NOTES)
    assert result["unsupported"] == []


def test_failed_revision_request_gives_the_composer_draft():
    gen = ScriptedGenerator(BAD, BackendUnavailable("语言模型服务响应超时"))
    result = drafter(gen).draft(NOTES)
    assert result["backend"] == "composer" and result["revised"] is False
    assert result["revision_error"] == "语言模型服务响应超时" and "修改请求失败" in result["fallback_reason"]
    assert result["unsupported"] == []

"""Drafting and polishing end to end with the real backends (tiny local model, local server)."""

import pytest

from assist.drafting import Drafter
from assist.polishing import Polisher
from models.generators import load_generator

NOTES = "3月8日，城关镇妇联举办电商直播培训，120名农村妇女参加。\n培训后有25名妇女开了网店，平均月增收2000元。"
GOOD = (
    "电商直播培训助25名妇女开网店\n——城关镇妇联举办电商直播培训\n"
    "3月8日，城关镇妇联举办电商直播培训，120名农村妇女参加。培训后有25名妇女开了网店，平均月增收2000元。"
)
BAD = GOOD.replace("120名", "500名")


def test_openai_backend_draft_with_one_revision(chat_server):
    chat_server.replies = [BAD, GOOD]
    gen = load_generator("openai", model="qwen", base_url=chat_server.base_url)
    result = Drafter(gen, None).draft(NOTES)
    assert (result["backend"], result["revised"], result["unsupported"]) == ("openai", True, [])
    assert result["title"] == "电商直播培训助25名妇女开网店"
    assert len(chat_server.requests) == 2
    assert "“500名”" in chat_server.requests[1]["messages"][-1]["content"]
    assert "【基本要素】" in chat_server.requests[0]["messages"][-1]["content"]


def test_openai_backend_polish_for_weibo(chat_server):
    chat_server.replies = ["#她力量#【25名妇女开了网店】城关镇妇联举办电商直播培训，120名农村妇女参加。"]
    gen = load_generator("openai", model="qwen", base_url=chat_server.base_url)
    result = Polisher(gen, None).polish(NOTES, channel="微博")
    assert result["backend"] == "openai" and result["unsupported"] == [] and len(result["text"]) <= 140


def test_openai_server_errors_fall_back_to_composer(chat_server):
    chat_server.fail_first = 5
    gen = load_generator("openai", model="qwen", base_url=chat_server.base_url, retries=1)
    gen.backoff_s = 0.01
    result = Drafter(gen, None).draft(NOTES)
    assert result["backend"] == "composer" and "HTTP 503" in result["fallback_reason"]


def test_tiny_transformers_model_drafts_behind_the_guardrails(tiny_model_dir):
    gen = load_generator("transformers", model=str(tiny_model_dir), device="cpu")
    result = Drafter(gen, None, max_new_tokens=16, temperature=0.0).draft(NOTES)
    # A random model writes noise, or nothing: either the guardrails ran on its output or
    # the composer took over because it produced no text.
    if result["backend"] == "transformers":
        assert isinstance(result["unsupported"], list) and isinstance(result["revised"], bool)
    else:
        assert result["fallback_reason"] and "空文本" in result["fallback_reason"]


@pytest.mark.parametrize("backend, kwargs", [("transformers", {"model": "/nonexistent"}), ("openai", {})])
def test_backend_that_cannot_load_falls_back_per_request(backend, kwargs):
    gen = load_generator(backend, fallback=True, **kwargs)
    result = Drafter(gen, None).draft(NOTES)
    assert result["backend"] == "composer" and result["requested_backend"] == backend
    assert result["fallback_reason"]


def test_eval_draft_runs_a_language_model_backend(chat_server):
    from eval.draft import evaluate

    chat_server.replies = [GOOD, GOOD]
    gen = load_generator("openai", model="qwen", base_url=chat_server.base_url)
    notes = [{"id": "a", "notes": NOTES}, {"id": "b", "notes": NOTES}]
    report = evaluate(notes, gen)
    assert (report["backend"], report["n"], report["fallbacks"], report["unsupported_per_draft"]) == ("openai", 2, 0, 0)
    assert report["figure_recall"] == 1

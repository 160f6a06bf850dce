"""The OpenAI-compatible backend against a real server: transformers' ``Serve`` (the code of
``transformers serve``) on a tiny random model built in the test (character tokenizer,
nothing downloaded). Default suite: the server in a thread of this process; ``slow``: the
``transformers serve`` command as a subprocess (start-up, a hung and a stopped server).

The model writes noise, so these tests check the plumbing: the request on the wire,
non-streaming and streaming replies, timeouts, a hung and a stopped server, and the drafting
and polishing guardrails on real model output (the checks reject it, one revision request
lists the problems, the composer or the rules take over).
"""

import os
import signal

import pytest

from assist.drafting import Drafter
from assist.polishing import Polisher
from models.errors import BackendUnavailable
from models.generators import ComposerGenerator
from models.generators.openai_backend import OpenAIGenerator

from real_server import RecordingTransport, ServeProcess, ServeThread

MESSAGES = [{"role": "system", "content": "你是妇联信息员。"}, {"role": "user", "content": "写一句话。"}]
NOTES = (
    "3月8日，城关镇妇联举办电商直播培训，120名农村妇女参加。\n"
    "培训后有25名妇女开了网店，平均月增收2000元。\n"
    "联系人：王芳 13812345678"
)
REPORT = (
    "3月8日，城关镇妇联在新华村举办电商直播培训，120名农村妇女参加。\n"
    "培训后有25名妇女开了网店，平均月增收2000元。\n"
    "李大姐说：“以前不敢对着手机说话，现在一场直播能卖出300斤橘子。”"
)


def client(server, **kw) -> tuple[OpenAIGenerator, RecordingTransport]:
    transport = RecordingTransport()
    kw.setdefault("retries", 0)
    return OpenAIGenerator(server.base_url, server.model, transport=transport, **kw), transport


@pytest.mark.parametrize("max_new_tokens", [8, 24])
def test_non_streaming_request_and_reply(served_model, max_new_tokens):
    gen, wire = client(served_model)
    text = gen.generate(MESSAGES, max_new_tokens=max_new_tokens, temperature=0.0)
    assert wire.paths == ["/v1/chat/completions"]
    body = wire.bodies[0]
    assert body == {"model": served_model.model, "messages": MESSAGES, "max_tokens": max_new_tokens,
                    "temperature": 0.0, "stream": False}
    # One character per token, the end token held back for 4 tokens: a bounded, non-empty reply.
    assert 0 < len(text) <= max_new_tokens and text == text.strip()


def test_streaming_reply_equals_the_greedy_reply(served_model):
    gen, wire = client(served_model)
    whole = gen.generate(MESSAGES, max_new_tokens=16, temperature=0.0)
    pieces = list(gen.stream(MESSAGES, max_new_tokens=16, temperature=0.0))
    assert wire.bodies[1]["stream"] is True
    assert len(pieces) > 1 and "".join(pieces) == whole


@pytest.mark.parametrize("method", ["generate", "stream"])
def test_read_timeout_becomes_backend_unavailable(served_model, method):
    # 1 ms: the server's first chunk takes tens of ms even for the tiny model (its reply to 400
    # tokens, about 0.5 s), so the read times out however fast the machine; 50 ms was not
    # always enough (transformers 5.25 streams every token within 50 ms of the last).
    gen, _ = client(served_model, timeout_s=0.001)
    with pytest.raises(BackendUnavailable, match="超时"):
        out = getattr(gen, method)(MESSAGES, max_new_tokens=400, temperature=0.0)
        list(out) if method == "stream" else out


def test_unknown_model_name_is_a_clear_error(served_model):
    gen = OpenAIGenerator(served_model.base_url, "no-such-model", retries=0)
    with pytest.raises(BackendUnavailable, match="HTTP 4"):
        gen.generate(MESSAGES, max_new_tokens=4)


def test_noise_draft_is_rejected_revised_once_then_the_composer_takes_over(served_model):
    gen, wire = client(served_model)
    result = Drafter(gen, None, max_new_tokens=48, temperature=0.0).draft(NOTES)
    composed = Drafter(ComposerGenerator(), None).draft(NOTES)
    assert len(wire.bodies) == 2  # the draft and one revision request
    first, revision = wire.bodies
    prompt = first["messages"][-1]["content"]
    assert "【基本要素】" in prompt and "城关镇妇联" in prompt and "120名农村妇女参加" in prompt
    assert "13812345678" not in prompt  # the frame keeps the contact out of the model's input
    assert revision["messages"][:2] == first["messages"]
    assert revision["messages"][2]["role"] == "assistant" and revision["messages"][2]["content"]
    asked = revision["messages"][3]["content"]
    assert "笔记中的事实或数字没有写进草稿" in asked and "1. " in asked
    assert result["revised"] is True and result["problems_before_revision"] > 0
    assert result["backend"] == "composer" and "仍有" in result["fallback_reason"]
    assert result["model_problems"] and result["text"] == composed["text"]
    assert "（联系人：王芳" in result["text"]


def test_noise_channel_version_falls_back_to_the_rules(served_model):
    gen, wire = client(served_model)
    result = Polisher(gen, None, max_new_tokens=48, temperature=0.0).polish(REPORT, channel="微博")
    rules = Polisher(ComposerGenerator(), None).polish(REPORT, channel="微博")
    assert len(wire.bodies) == 2
    assert result["backend"] == "composer" and "仍有" in result["fallback_reason"]
    assert result["text"] == rules["text"]


def test_server_that_went_away_is_a_clear_error_and_drafting_falls_back(tiny_char_model_dir):
    server = ServeThread(tiny_char_model_dir).start()
    gen, _ = client(server)
    assert gen.generate(MESSAGES, max_new_tokens=4, temperature=0.0)
    server.stop()
    with pytest.raises(BackendUnavailable, match="无法连接"):
        gen.generate(MESSAGES, max_new_tokens=4)
    result = Drafter(gen, None).draft(NOTES)
    assert result["backend"] == "composer" and "无法连接" in result["fallback_reason"]


# --- the same server as a subprocess: the command line, a hung and a stopped server (slow) ---


@pytest.mark.slow
def test_command_line_server_answers_like_the_in_process_one(served_process, served_model):
    # served_process.start_s: about 6 s alone, 35 s under a load of 10 on 2 cores.
    cli, _ = client(served_process)
    same, _ = client(served_model)
    assert cli.generate(MESSAGES, max_new_tokens=12, temperature=0.0) == same.generate(
        MESSAGES, max_new_tokens=12, temperature=0.0
    )


@pytest.mark.slow
def test_hung_server_times_out_and_drafting_falls_back(served_process):
    gen, _ = client(served_process, timeout_s=1)
    os.kill(served_process.proc.pid, signal.SIGSTOP)
    try:
        result = Drafter(gen, None, max_new_tokens=16).draft(NOTES)
    finally:
        os.kill(served_process.proc.pid, signal.SIGCONT)
    assert result["backend"] == "composer" and "超时" in result["fallback_reason"]


@pytest.mark.slow
def test_stopped_server_is_unreachable(tiny_char_model_dir, tmp_path):
    server = ServeProcess(tiny_char_model_dir, tmp_path / "serve.log").start()
    gen, _ = client(server)
    assert gen.generate(MESSAGES, max_new_tokens=4, temperature=0.0)
    server.stop()
    with pytest.raises(BackendUnavailable, match="无法连接"):
        gen.generate(MESSAGES, max_new_tokens=4)
    result = Drafter(gen, None).draft(NOTES)
    assert result["backend"] == "composer" and "无法连接" in result["fallback_reason"]

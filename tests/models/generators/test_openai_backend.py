import pytest

from models.errors import BackendUnavailable, ConfigError, InputError
from models.generators import load_generator
from models.generators.openai_backend import OpenAIGenerator

MESSAGES = [{"role": "system", "content": "你是妇联信息员。"}, {"role": "user", "content": "写一句话。"}]


@pytest.mark.parametrize(
    "base_url, model",
    [(None, "qwen"), ("", "qwen"), ("127.0.0.1:8000/v1", "qwen"), ("http://127.0.0.1:8000/v1", None)],
)
def test_missing_or_bad_settings_raise_config_error(base_url, model):
    with pytest.raises(ConfigError):
        OpenAIGenerator(base_url, model)


def test_generate_sends_model_key_and_limits(chat_server):
    chat_server.replies = ["县妇联举办培训。"]
    gen = load_generator("openai", model="qwen2.5-7b", base_url=chat_server.base_url, api_key="sk-test")
    assert gen.generate(MESSAGES, max_new_tokens=64, temperature=0.0) == "县妇联举办培训。"
    body = chat_server.requests[-1]
    assert (body["model"], body["max_tokens"], body["temperature"], body["stream"]) == ("qwen2.5-7b", 64, 0.0, False)
    assert body["messages"] == MESSAGES
    assert chat_server.headers[-1]["authorization"] == "Bearer sk-test"


@pytest.mark.parametrize("reply", ["县妇联举办电商培训，120名妇女参加。", "a", "她力量助力乡村振兴" * 5])
def test_stream_yields_the_whole_reply_in_pieces(chat_server, reply):
    chat_server.replies = [reply]
    gen = OpenAIGenerator(chat_server.base_url, "m")
    pieces = list(gen.stream(MESSAGES))
    assert "".join(pieces) == reply
    assert len(pieces) == -(-len(reply) // 3)
    assert chat_server.requests[-1]["stream"] is True


@pytest.mark.parametrize(
    "failures, retries, ok, n_requests", [(1, 2, True, 2), (2, 2, True, 3), (3, 2, False, 3), (1, 0, False, 1)]
)
def test_retries_on_503(chat_server, failures, retries, ok, n_requests):
    chat_server.fail_first = failures
    chat_server.replies = ["成功"]
    gen = OpenAIGenerator(chat_server.base_url, "m", retries=retries, backoff_s=0.01)
    if ok:
        assert gen.generate(MESSAGES) == "成功"
    else:
        with pytest.raises(BackendUnavailable, match="HTTP 503"):
            gen.generate(MESSAGES)
    assert len(chat_server.requests) == n_requests


@pytest.mark.parametrize("method", ["generate", "stream"])
def test_unreachable_server_raises_backend_unavailable(dead_url, method):
    gen = OpenAIGenerator(dead_url, "m", retries=1, backoff_s=0.01, timeout_s=2)
    with pytest.raises(BackendUnavailable, match="无法连接"):
        result = getattr(gen, method)(MESSAGES)
        list(result) if method == "stream" else result


@pytest.mark.parametrize("messages", [[], [{"role": "robot", "content": "x"}], [{"role": "user"}]])
def test_bad_messages_rejected_before_any_request(chat_server, messages):
    gen = OpenAIGenerator(chat_server.base_url, "m")
    with pytest.raises(InputError):
        gen.generate(messages)
    assert chat_server.requests == []


def test_load_generator_fallback_wraps_config_errors():
    gen = load_generator("openai", model=None, base_url=None, fallback=True)
    assert gen.name == "openai" and gen.is_language_model
    with pytest.raises(BackendUnavailable, match="FULIAN_OPENAI_BASE_URL"):
        gen.generate(MESSAGES)


@pytest.mark.parametrize("backend", ["gpt", "", "Composer"])
def test_unknown_backend(backend):
    with pytest.raises(ConfigError, match="未知的生成后端"):
        load_generator(backend)

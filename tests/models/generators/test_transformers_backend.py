import pytest

from models.errors import ConfigError
from models.generators import load_generator
from models.generators.transformers_backend import TransformersGenerator

MESSAGES = [{"role": "system", "content": "你是妇联信息员。"}, {"role": "user", "content": "县妇联举办培训。"}]


@pytest.fixture(scope="module")
def tiny_generator(tiny_model_dir):
    return load_generator("transformers", model=str(tiny_model_dir), device="cpu")


def test_loads_on_cpu_with_chat_template(tiny_generator):
    assert tiny_generator.name == "transformers" and tiny_generator.is_language_model
    assert tiny_generator.device == "cpu"


@pytest.mark.parametrize("max_new_tokens", [1, 4, 12])
def test_greedy_generation_is_deterministic_and_bounded(tiny_generator, max_new_tokens):
    first = tiny_generator.generate(MESSAGES, max_new_tokens=max_new_tokens, temperature=0.0)
    second = tiny_generator.generate(MESSAGES, max_new_tokens=max_new_tokens, temperature=0.0)
    assert isinstance(first, str) and first == second
    assert len(tiny_generator.tokenizer(first, add_special_tokens=False)["input_ids"]) <= max_new_tokens


def test_prompt_uses_the_chat_template(tiny_generator):
    ids = tiny_generator._inputs(MESSAGES)["input_ids"][0]
    prompt = tiny_generator.tokenizer.decode(ids)
    assert prompt.startswith("<|im_start|>system\n你是妇联信息员。<|im_end|>")
    assert prompt.endswith("<|im_start|>assistant\n")


def test_stream_matches_generate(tiny_generator):
    whole = tiny_generator.generate(MESSAGES, max_new_tokens=8, temperature=0.0)
    assert "".join(tiny_generator.stream(MESSAGES, max_new_tokens=8, temperature=0.0)) == whole


def test_sampling_runs(tiny_generator):
    assert isinstance(tiny_generator.generate(MESSAGES, max_new_tokens=4, temperature=0.8), str)


@pytest.mark.parametrize("model_dir", [None, "", "/nonexistent/model"])
def test_missing_directory_is_a_config_error(model_dir):
    with pytest.raises(ConfigError):
        TransformersGenerator(model_dir)


def test_directory_without_chat_template_is_rejected(tiny_model_dir, tmp_path):
    import shutil

    copy = tmp_path / "nochat"
    shutil.copytree(tiny_model_dir, copy)
    for name in ("tokenizer_config.json", "chat_template.jinja"):
        p = copy / name
        if p.exists() and name.endswith(".jinja"):
            p.unlink()
        elif p.exists():
            import json

            cfg = json.loads(p.read_text())
            cfg.pop("chat_template", None)
            p.write_text(json.dumps(cfg))
    with pytest.raises(ConfigError, match="chat_template"):
        TransformersGenerator(copy, device="cpu")


def test_generation_failure_becomes_backend_unavailable(tiny_generator, monkeypatch):
    from models.errors import BackendUnavailable

    def broken(**kwargs):
        raise RuntimeError("CUDA out of memory")

    monkeypatch.setattr(tiny_generator.model, "generate", broken)
    with pytest.raises(BackendUnavailable, match="RuntimeError"):
        tiny_generator.generate(MESSAGES, max_new_tokens=2)
    with pytest.raises(BackendUnavailable, match="RuntimeError"):
        list(tiny_generator.stream(MESSAGES, max_new_tokens=2))

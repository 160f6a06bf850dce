"""Fixtures: a tiny randomly initialised chat model on disk, and a local OpenAI-style server."""

import json
import threading
import time
from pathlib import Path

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from real_server import ServeProcess, ServeThread, free_port as _free_port

CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
_CORPUS = [
    "县妇联组织开展电商直播培训，120名农村妇女参加。",
    "培训后有25名妇女成功创业，平均月增收2000元。",
    "她力量助力乡村振兴，巾帼志愿服务进社区。",
]


def build_tiny_chat_model(path: Path) -> Path:
    """Save a tiny Qwen2 model with a byte-level BPE tokenizer and a chat template to ``path``."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast, Qwen2Config, Qwen2ForCausalLM

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400, special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tok.train_from_iterator(_CORPUS, trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<|endoftext|>", bos_token=None
    )
    fast.chat_template = CHAT_TEMPLATE
    fast.save_pretrained(path)

    torch.manual_seed(0)
    Qwen2ForCausalLM(Qwen2Config(**_tiny_sizes(fast, 512), tie_word_embeddings=True)).save_pretrained(path)
    return path


def _tiny_sizes(tokenizer, max_positions: int) -> dict:
    """Config sizes of a one-layer 16-wide model for ``tokenizer``."""
    return dict(
        vocab_size=len(tokenizer), hidden_size=16, intermediate_size=32, num_hidden_layers=1,
        num_attention_heads=2, num_key_value_heads=1, max_position_embeddings=max_positions,
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
    )


def build_tiny_char_model(path: Path, min_new_tokens: int = 4) -> Path:
    """A tiny Llama model with a character-level tokenizer, for a real server to run.

    Every ordinary token is one Chinese character or letter, with no whitespace among them,
    and ``generation_config.json`` suppresses the end token for ``min_new_tokens`` tokens:
    greedy output is deterministic, non-empty noise (a byte-level tokenizer's random output
    is often only newlines or broken UTF-8). Llama, because transformers gives a Qwen2
    directory its own byte-level tokenizer class whatever ``tokenizer.json`` says.
    """
    import torch
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers
    from transformers import GenerationConfig, LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "[UNK]"]
    chars = sorted(set("".join(_CORPUS)) - set("，。、：“”") | set("systemuranitc"))
    vocab = {t: i for i, t in enumerate(specials + chars)}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Split(Regex(r"[\s\S]"), behavior="isolated")
    tok.decoder = decoders.Fuse()
    tok.add_special_tokens(specials)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<|endoftext|>", unk_token="[UNK]", bos_token=None
    )
    fast.chat_template = CHAT_TEMPLATE
    fast.save_pretrained(path)

    torch.manual_seed(0)
    # Untied: with tied embeddings greedy decoding repeats the last prompt token.
    model = LlamaForCausalLM(LlamaConfig(**_tiny_sizes(fast, 4096), tie_word_embeddings=False))
    model.generation_config = GenerationConfig(
        eos_token_id=fast.eos_token_id, pad_token_id=fast.pad_token_id, min_new_tokens=min_new_tokens
    )
    model.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    return build_tiny_chat_model(tmp_path_factory.mktemp("tiny-qwen2"))


class FakeChatServer:
    """A small OpenAI-compatible server: scripted replies, optional leading failures."""

    def __init__(self):
        self.replies: list[str] = []
        self.fail_first = 0
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"

    def app(self):
        app = FastAPI()

        @app.post("/v1/chat/completions")
        async def chat(request: Request):
            body = await request.json()
            self.requests.append(body)
            self.headers.append(dict(request.headers))
            if self.fail_first > 0:
                self.fail_first -= 1
                return JSONResponse({"error": "busy"}, status_code=503)
            reply = self.replies.pop(0) if self.replies else "好的。"
            if not body.get("stream"):
                return {"choices": [{"index": 0, "message": {"role": "assistant", "content": reply}}]}

            def events():
                for i in range(0, len(reply), 3):
                    chunk = {"choices": [{"index": 0, "delta": {"content": reply[i : i + 3]}}]}
                    yield f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"
                yield "data: [DONE]\n\n"

            return StreamingResponse(events(), media_type="text/event-stream")

        return app


@pytest.fixture(scope="session")
def _server_process():
    import uvicorn

    fake = FakeChatServer()
    server = uvicorn.Server(uvicorn.Config(fake.app(), host="127.0.0.1", port=fake.port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield fake
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture
def chat_server(_server_process):
    """The session's server, reset for each test."""
    _server_process.replies.clear()
    _server_process.requests.clear()
    _server_process.headers.clear()
    _server_process.fail_first = 0
    return _server_process


@pytest.fixture
def dead_url() -> str:
    """A base URL on which nothing listens."""
    return f"http://127.0.0.1:{_free_port()}/v1"


@pytest.fixture(scope="session")
def tiny_char_model_dir(tmp_path_factory) -> Path:
    return build_tiny_char_model(tmp_path_factory.mktemp("tiny-char-llama"))


@pytest.fixture(scope="session")
def served_model(tiny_char_model_dir):
    """A real OpenAI-compatible server (transformers' ``Serve``) on the tiny model, for the session."""
    server = ServeThread(tiny_char_model_dir).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def served_process(tiny_char_model_dir, tmp_path_factory):
    """``transformers serve`` as a subprocess (slow to start: a second interpreter loads torch)."""
    server = ServeProcess(tiny_char_model_dir, tmp_path_factory.mktemp("serve") / "serve.log").start()
    yield server
    server.stop()

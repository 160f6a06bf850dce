"""Fixtures: a tiny randomly initialised chat model on disk, and a local OpenAI-style server."""

import json
import socket
import threading
import time
from pathlib import Path

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

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
    config = Qwen2Config(
        vocab_size=len(fast),
        hidden_size=16,
        intermediate_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        num_key_value_heads=1,
        max_position_embeddings=512,
        eos_token_id=fast.eos_token_id,
        pad_token_id=fast.pad_token_id,
        tie_word_embeddings=True,
    )
    Qwen2ForCausalLM(config).save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    return build_tiny_chat_model(tmp_path_factory.mktemp("tiny-qwen2"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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

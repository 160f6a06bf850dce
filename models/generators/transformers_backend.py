"""A local Hugging Face model directory (e.g. a Qwen instruct model) with its chat template.

Loads once, on CUDA when available (bfloat16) else CPU (float32); nothing is downloaded:
the directory must hold the weights, the tokenizer and a chat template.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Iterator

from models.errors import BackendUnavailable, ConfigError
from models.generators.base import DEFAULT_MAX_NEW_TOKENS, DEFAULT_TEMPERATURE, Message, check_messages

log = logging.getLogger(__name__)


def _pick_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise ConfigError("指定了 GPU（cuda），但本机没有可用的 CUDA 设备；请改用 device=cpu 或 auto。")
    return device


class TransformersGenerator:
    name = "transformers"
    is_language_model = True

    def __init__(self, model_dir: str | Path | None, *, device: str = "auto"):
        if not model_dir:
            raise ConfigError("transformers 后端需要本地模型目录：请设置 FULIAN_GENERATOR_MODEL。")
        path = Path(model_dir)
        if not (path / "config.json").is_file():
            raise ConfigError(f"模型目录不存在或缺少 config.json：{model_dir}")
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.device = _pick_device(device)
        dtype = torch.bfloat16 if self.device.startswith("cuda") else torch.float32
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
            self.model = AutoModelForCausalLM.from_pretrained(str(path), dtype=dtype, local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"无法加载模型目录 {model_dir}：{type(exc).__name__}") from None
        if not getattr(self.tokenizer, "chat_template", None):
            raise ConfigError(f"模型目录 {model_dir} 的分词器没有对话模板（chat_template），请使用 instruct/chat 模型。")
        self.model.to(self.device).eval()
        self._lock = threading.Lock()  # one generation at a time per loaded model

    def _inputs(self, messages: list[Message]):
        messages = check_messages(messages)
        try:
            ids = self.tokenizer.apply_chat_template(
                messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
            )
        except Exception as exc:  # a template that rejects these roles, for example
            raise BackendUnavailable(f"本地模型的对话模板无法处理这些消息：{type(exc).__name__}。") from None
        return {k: v.to(self.device) for k, v in ids.items()}

    def _gen_kwargs(self, max_new_tokens: int, temperature: float) -> dict:
        kwargs = {"max_new_tokens": int(max_new_tokens)}
        pad = self.tokenizer.pad_token_id
        kwargs["pad_token_id"] = pad if pad is not None else self.tokenizer.eos_token_id
        if temperature > 0:
            kwargs.update(do_sample=True, temperature=float(temperature), top_p=0.9)
        else:
            kwargs.update(do_sample=False)
        return kwargs

    def generate(
        self,
        messages: list[Message],
        max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
        temperature: float = DEFAULT_TEMPERATURE,
    ) -> str:
        import torch

        inputs = self._inputs(messages)
        try:
            with self._lock, torch.inference_mode():
                out = self.model.generate(**inputs, **self._gen_kwargs(max_new_tokens, temperature))
        except Exception as exc:  # any model failure (OOM, bad config) means: fall back
            log.warning("local model generation failed: %s", type(exc).__name__)
            raise BackendUnavailable(f"本地模型生成失败：{type(exc).__name__}。") from None
        new_tokens = out[0, inputs["input_ids"].shape[1] :]
        return self.tokenizer.decode(new_tokens, skip_special_tokens=True)

    def stream(
        self,
        messages: list[Message],
        max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
        temperature: float = DEFAULT_TEMPERATURE,
    ) -> Iterator[str]:
        import torch
        from transformers import TextIteratorStreamer

        inputs = self._inputs(messages)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        errors: list[BaseException] = []

        def run() -> None:
            try:
                with self._lock, torch.inference_mode():
                    self.model.generate(**inputs, streamer=streamer, **self._gen_kwargs(max_new_tokens, temperature))
            except BaseException as exc:  # surfaced to the consumer below
                errors.append(exc)
                streamer.end()

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        for piece in streamer:
            if piece:
                yield piece
        thread.join()
        if errors:
            raise BackendUnavailable(f"本地模型生成失败：{type(errors[0]).__name__}。")

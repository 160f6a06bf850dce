"""The generator interface shared by every backend.

A generator turns chat messages into text::

    class Generator(Protocol):
        name: str                 # "composer", "transformers" or "openai"
        is_language_model: bool   # False only for the composer marker
        def generate(self, messages, max_new_tokens=1024, temperature=0.2) -> str
        def stream(self, messages, max_new_tokens=1024, temperature=0.2) -> Iterator[str]

``messages`` are OpenAI-style dicts ``{"role": "system"|"user"|"assistant", "content": str}``.
Backends raise ``BackendUnavailable`` (with a Chinese message) when the model cannot be
reached or fails, so callers can fall back to the composer.
"""

from __future__ import annotations

from typing import Iterator, Protocol

Message = dict[str, str]

DEFAULT_MAX_NEW_TOKENS = 1024
DEFAULT_TEMPERATURE = 0.2


class Generator(Protocol):
    name: str
    is_language_model: bool

    def generate(
        self,
        messages: list[Message],
        max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
        temperature: float = DEFAULT_TEMPERATURE,
    ) -> str: ...

    def stream(
        self,
        messages: list[Message],
        max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
        temperature: float = DEFAULT_TEMPERATURE,
    ) -> Iterator[str]: ...


def check_messages(messages: list[Message]) -> list[Message]:
    """Validate the chat messages every backend receives."""
    from models.errors import InputError

    if not messages:
        raise InputError("生成请求没有任何消息。")
    for m in messages:
        if m.get("role") not in {"system", "user", "assistant"} or not isinstance(m.get("content"), str):
            raise InputError("消息格式应为 {\"role\": system|user|assistant, \"content\": 文本}。")
    return messages

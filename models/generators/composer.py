"""The ``composer`` marker: the embedded, deterministic default.

It is not a language model. Drafting and polishing see ``is_language_model = False`` and
use their rule-based paths (``assist.drafting.planner``), which only rearrange facts from
the notes. Calling ``generate`` on it is a programming error.
"""

from __future__ import annotations

from typing import Iterator

from models.errors import ConfigError
from models.generators.base import Message


class ComposerGenerator:
    name = "composer"
    is_language_model = False

    def generate(self, messages: list[Message], max_new_tokens: int = 0, temperature: float = 0.0) -> str:
        raise ConfigError("composer 后端不是语言模型，不能自由生成文本；请使用起草/润色的规则路径。")

    def stream(self, messages: list[Message], max_new_tokens: int = 0, temperature: float = 0.0) -> Iterator[str]:
        raise ConfigError("composer 后端不是语言模型，不能自由生成文本；请使用起草/润色的规则路径。")


class UnavailableGenerator:
    """Stands in for a configured language model that failed to load.

    Every call raises ``BackendUnavailable`` with the load error, so each request falls
    back to the composer and reports why.
    """

    is_language_model = True

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason

    def generate(self, messages: list[Message], max_new_tokens: int = 0, temperature: float = 0.0) -> str:
        from models.errors import BackendUnavailable

        raise BackendUnavailable(self.reason)

    def stream(self, messages: list[Message], max_new_tokens: int = 0, temperature: float = 0.0) -> Iterator[str]:
        from models.errors import BackendUnavailable

        raise BackendUnavailable(self.reason)

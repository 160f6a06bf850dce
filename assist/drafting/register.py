"""Colloquial note wording in report register (``register.yaml``), quotes left verbatim."""

from __future__ import annotations

import functools
import regex as re
from importlib import resources

import yaml

# Quoted words are kept verbatim when they are speech (7+ characters); a short quoted name
# (“两癌”, “妈妈岗”) is part of the sentence and may be reworded around.
_QUOTE = re.compile(r"(“[^”]{7,}”|\"[^\"]{7,}\"|「[^」]{7,}」)")


@functools.lru_cache(maxsize=1)
def _register() -> dict:
    return yaml.safe_load(resources.files("assist.drafting").joinpath("register.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def _section(name: str) -> list[tuple[re.Pattern, str]]:
    """One list of ``register.yaml`` (rules, voice, english) as compiled (pattern, replacement) pairs."""
    return [(re.compile(p), r) for p, r in _register().get(name, [])]


def rules() -> list[tuple[re.Pattern, str]]:
    return _section("rules")


def voice_rules() -> list[tuple[re.Pattern, str]]:
    return _section("voice")


def english_rules() -> list[tuple[re.Pattern, str]]:
    return _section("english")


def english(text: str) -> str:
    """``next step：12月开进阶班`` → ``下一步：12月开进阶班`` (quoted words unchanged)."""
    parts = _QUOTE.split(text)
    for i in range(0, len(parts), 2):
        for pattern, repl in english_rules():
            parts[i] = pattern.sub(repl, parts[i])
    return "".join(parts)


def unfill(line: str) -> str:
    """A spoken line without its fillers (嗯, 就是那个, 说一下) and pauses (搞了一个 讲座 → 搞了一个讲座)."""
    for pattern, repl in voice_rules():
        line = pattern.sub(repl, line)
    return re.sub(r"\s{2,}", " ", line).strip()


def to_report(text: str) -> str:
    """``来了村里妇女45人`` → ``45名村里妇女参加``; figures and quoted words unchanged."""
    parts = _QUOTE.split(english(text))
    for i in range(0, len(parts), 2):
        part = parts[i]
        for pattern, repl in rules():
            part = pattern.sub(repl, part)
        parts[i] = part
    return "".join(parts)

"""Polishing a report: trim, flag empty phrases, propose titles, shape for a channel.

Rule-based with the composer; with a language model the channel version may be rewritten
by the model, behind the same guardrails (fidelity against the original text, one
revision, privacy scan, fallback to the rules when the model fails).
"""

from __future__ import annotations

import logging

from assist.drafting.guardrails import check_fields, default_fidelity, generate_checked, scan_fields
from assist.drafting.titles import hot_word, title_candidates
from assist.facts import extract_facts
from assist.polishing import rules
from assist.prompts import load_prompts
from models.errors import BackendUnavailable, InputError

log = logging.getLogger(__name__)

OPERATIONS = ("trim", "empty_phrases", "titles", "channel")
CHANNELS = ("上报信息稿", "微信公众号", "微博")


class Polisher:
    """``Polisher(generator, scanner).polish(text, operations=None, channel=None) -> dict``.

    Operations run in a fixed order: trim, titles (from the trimmed text), channel,
    empty_phrases (on the final text, so offsets index ``text`` of the result).
    """

    def __init__(self, generator, scanner, *, fidelity=None, max_new_tokens: int = 1500, temperature: float = 0.2):
        self.generator = generator
        self.scanner = scanner
        self.fidelity = fidelity or default_fidelity()
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature

    def polish(self, text: str, operations: list[str] | None = None, channel: str | None = None) -> dict:
        ops = _check(text, operations, channel)
        result = {
            "backend": "composer",
            "requested_backend": self.generator.name,
            "fallback_reason": None,
            "operations": ops,
            "channel": channel,
            "removed": [],
            "findings": [],
            "titles": [],
            "revised": False,
        }
        out = text.strip()
        if "trim" in ops:
            out, result["removed"] = rules.trim(out)
        if "titles" in ops:
            result["titles"] = title_candidates(extract_facts(out))[:3]
        if "channel" in ops:
            out = self._channel(out, text, channel, result)
        if "empty_phrases" in ops:
            result["findings"] = rules.empty_phrase_findings(out)
        # The guardrails judge the final output, whichever path produced it.
        fields = {"text": out, **{f"titles[{i}]": t for i, t in enumerate(result["titles"])}}
        result["unsupported"] = check_fields(fields, text, self.fidelity)
        result["text"] = out
        result["length"] = {"chars": len(out), "max_chars": _max_chars(channel)}
        result["privacy"] = scan_fields(self.scanner, {"text": out})
        return result

    def _channel(self, trimmed: str, original: str, channel: str, result: dict) -> str:
        tag = f"#{hot_word(extract_facts(original))}#"
        if self.generator.is_language_model:
            try:
                return self._rewrite(trimmed, original, channel, result)
            except BackendUnavailable as exc:
                log.warning("generator %s failed, polishing by rules", self.generator.name)
                result["fallback_reason"] = f"语言模型（{self.generator.name}）不可用，已改用规则润色：{exc.message}"
        return rules.channel_version(trimmed, channel, tag=tag)

    def _rewrite(self, trimmed: str, original: str, channel: str, result: dict) -> str:
        prompts = load_prompts("polish")
        spec = prompts["channels"][channel]
        messages = [
            {"role": "system", "content": prompts["system"]},
            {
                "role": "user",
                "content": prompts["user"].format(channel_name=channel, channel_rule=spec["rule"], text=trimmed),
            },
        ]
        fields, _unsupported, info = generate_checked(
            self.generator,
            messages,
            lambda raw: {"text": raw.strip()},
            original,
            self.fidelity,
            prompts["revision"],
            max_new_tokens=self.max_new_tokens,
            temperature=self.temperature,
        )
        result.update(info, backend=self.generator.name)
        return rules.fit(fields["text"], spec["max_chars"])


def _max_chars(channel: str | None) -> int | None:
    return rules.phrases()["channels"][channel]["max_chars"] if channel else None


def _check(text: str, operations: list[str] | None, channel: str | None) -> list[str]:
    if not isinstance(text, str) or not text.strip():
        raise InputError("稿件为空：请粘贴要润色的稿件。")
    if channel is not None and channel not in CHANNELS:
        raise InputError(f"渠道“{channel}”无效，可选：{'、'.join(CHANNELS)}。")
    if operations is None:
        ops = ["trim", "empty_phrases", "titles"] + (["channel"] if channel else [])
    else:
        bad = [op for op in operations if op not in OPERATIONS]
        if bad:
            raise InputError(f"润色操作“{'、'.join(bad)}”无效，可选：{'、'.join(OPERATIONS)}。")
        ops = [op for op in OPERATIONS if op in operations]
    if "channel" in ops and channel is None:
        raise InputError("选择了“channel”操作但没有指定渠道：请选择 上报信息稿、微信公众号 或 微博。")
    return ops

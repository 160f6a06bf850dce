"""Polishing a report: trim, flag empty phrases, propose titles, shape for a channel.

Rule-based with the composer; with a language model the channel version may be rewritten
by the model, behind the same guardrails (fidelity against the original text, the channel's
norm, one revision request listing the problems, privacy scan); if the model fails or its
revision still has problems, the rules' version is returned. ``changes`` says in Chinese
what the polishing changed.
"""

from __future__ import annotations

import logging
import re

from assist.drafting.guardrails import (
    check_fields,
    default_fidelity,
    generate_revised,
    scan_fields,
    unsupported_problems,
)
from assist.drafting.titles import hot_word, title_candidates
from assist.facts import extract_facts
from assist.polishing import channels, rules
from assist.polishing.norms import hook_line, norm, paragraphs
from assist.prompts import load_prompts
from models.errors import BackendUnavailable, InputError

log = logging.getLogger(__name__)

OPERATIONS = ("trim", "empty_phrases", "titles", "channel")
CHANNELS = ("上报信息稿", "微信公众号", "微博")
_KIND_NAMES = {"preamble": "套话开头", "repetition": "重复句"}


class Polisher:
    """``Polisher(generator, scanner).polish(text, operations=None, channel=None) -> dict``.

    Operations run in a fixed order: trim, titles (from the trimmed text, never the input's
    own title), channel, empty_phrases (on the final text, so offsets index ``text`` of the
    result).
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
            "renumbered": [],
            "findings": [],
            "titles": [],
            "changes": [],
            "revised": False,
        }
        out = text.strip()
        changes = result["changes"]
        if "trim" in ops:
            out, result["removed"], result["renumbered"] = rules.trim_text(out)
            for kind, name in _KIND_NAMES.items():
                parts = [r["text"] for r in result["removed"] if r["kind"] == kind]
                if parts:
                    changes.append(f"删去{name} {len(parts)} 处：" + "；".join(_short(p) for p in parts))
            if result["renumbered"]:
                changes.append("删去列表项后重新编号：" + "、".join(result["renumbered"]))
        if "titles" in ops:
            result["titles"] = new_titles(out, text)
            if result["titles"]:
                changes.append(f"拟标题 {len(result['titles'])} 个（不重复原标题）")
        if "channel" in ops:
            out = self._channel(out, text, channel, result)
            changes.append(f"篇幅：原稿 {len(text.strip())} 字 → {channel} {len(out)} 字")
        if "empty_phrases" in ops:
            result["findings"] = rules.empty_phrase_findings(out)
            if result["findings"]:
                changes.append(f"标出空话套话 {len(result['findings'])} 处，请补充具体事实")
        if not changes:
            changes.append("没有需要修改的地方")
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
                fields, problems, info = self._rewrite(trimmed, original, channel)
                result.update(info)
                if not problems:
                    result["backend"] = self.generator.name
                    result["changes"].append(f"由语言模型（{self.generator.name}）改写为{channel}版本")
                    return fields["text"]
                kinds = "、".join(dict.fromkeys(p["message"].split("：")[0] for p in problems))
                result["model_problems"] = problems
                result["fallback_reason"] = (
                    f"语言模型（{self.generator.name}）的改写稿仍有 {len(problems)} 处问题（{kinds}），已改用规则润色。"
                )
            except BackendUnavailable as exc:
                log.warning("generator %s failed, polishing by rules", self.generator.name)
                result["fallback_reason"] = f"语言模型（{self.generator.name}）不可用，已改用规则润色：{exc.message}"
        out, changes = channels.channel_version(trimmed, channel, tag=tag)
        result["changes"] += changes
        return out

    def _rewrite(self, trimmed: str, original: str, channel: str):
        prompts = load_prompts("polish")
        spec = prompts["channels"][channel]
        messages = [
            {"role": "system", "content": prompts["system"]},
            {
                "role": "user",
                "content": prompts["user"].format(channel_name=channel, channel_rule=spec["rule"], text=trimmed),
            },
        ]
        return generate_revised(
            self.generator,
            messages,
            lambda raw: {"text": raw.strip()},
            lambda f: channel_problems(f["text"], channel) + unsupported_problems(f, original, self.fidelity),
            prompts["revision"],
            max_new_tokens=self.max_new_tokens,
            temperature=self.temperature,
        )


def channel_problems(text: str, channel: str) -> list[dict]:
    """Where a channel version misses its channel's norm (length, paragraphs, hook line)."""
    n = norm(channel)
    found = []
    if len(text) > n["max_chars"]:
        found.append({"kind": "too_long", "text": "", "message": f"篇幅 {len(text)} 字，超过{channel}的 {n['max_chars']} 字"})
    long = [p for p in paragraphs(text) if n.get("max_paragraph") and len(p) > n["max_paragraph"]]
    if long:
        found.append({"kind": "long_paragraph", "text": "",
                      "message": f"有 {len(long)} 段超过 {n['max_paragraph']} 字，请拆成短段"})
    if n.get("hook") and not hook_line(text):
        found.append({"kind": "no_hook", "text": "",
                      "message": f"开头缺少引子：第一行用不超过 {n['hook_max']} 字的一句（原稿中的引语、最有分量的数字或【引题】）"})
    return found


def _norm_title(title: str) -> str:
    return re.sub(r"[\s《》“”\"'，,。：:！!？?——\-·]", "", title)


def new_titles(text: str, original: str, k: int = 3) -> list[str]:
    """Up to ``k`` title suggestions for ``text``, none the same as the original's title or subtitle."""
    title, subtitle, _ = channels.split_title(original)
    taken = {_norm_title(t) for t in (title, subtitle) if t}
    out = []
    for candidate in title_candidates(extract_facts(text)):
        key = _norm_title(candidate)
        if key and key not in taken and key not in {_norm_title(t) for t in out}:
            out.append(candidate)
        if len(out) == k:
            break
    return out


def _short(text: str, limit: int = 24) -> str:
    text = text.strip()
    return f"“{text}”" if len(text) <= limit else f"“{text[:limit]}…”"


def _max_chars(channel: str | None) -> int | None:
    return norm(channel)["max_chars"] if channel else None


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

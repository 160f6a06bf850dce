"""What one scan may cost: the size limit on the text and the time budget.

The size limit counts the text as the scanner reads it, after normalisation (NFKC turns
U+FDFA into 18 characters, and every later stage grows with the normalised length).
``privacy.prepared.prepare`` applies it once per scan, on the normalised text itself;
``check_text`` is the same rule for callers that have not normalised (the API and CLI
boundaries, which also serve texts that reach no scanner): it counts the length after the
character pass of the normaliser without building the text or its offset map.

The time budget is a ``Deadline`` the scanner checks between its stages; past it the scan
stops with ``ScanTimeout`` (HTTP 503 in the API, a message and a non-zero exit in the CLI).
While the recognizers run, the scan's deadline is also the *active* one (``Deadline.active``):
a model that works in batches calls ``check_active()`` between them, so that one long model
call does not run past the budget; a batch that has started runs to its end.
"""

from __future__ import annotations

import contextlib
import time
from contextvars import ContextVar

from models.errors import FulianError, InputError, InputTooLarge

DEFAULT_MAX_CHARS = 1_000_000
# Beyond this growth by normalisation the text is refused (a flood of compatibility characters).
MAX_GROWTH_CHARS = 2000
MAX_GROWTH_RATIO = 0.25


class ScanTimeout(FulianError):
    """A scan ran past its time budget."""

    code = "scan_timeout"
    http_status = 503


def check_read(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """The text as read: not over the limit before any work, no NUL characters."""
    if len(text) > max_chars:
        raise InputTooLarge(f"文本长度 {len(text)} 字超过上限 {max_chars} 字；请分段处理。")
    if "\x00" in text:
        raise InputError("文本中含有二进制控制字符，无法处理。", code="binary_input")
    return text


def check_normalised(read_chars: int, normalised_chars: int, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """The limit on the normalised text, and on how much normalisation may lengthen it."""
    if normalised_chars > max_chars:
        raise InputTooLarge(f"文本规范化（NFKC）后长度 {normalised_chars} 字超过上限 {max_chars} 字；请分段处理。")
    if normalised_chars - read_chars > max(MAX_GROWTH_CHARS, MAX_GROWTH_RATIO * read_chars):
        raise InputTooLarge(
            f"文本中含有大量规范化时会展开的兼容字符（{read_chars} 字展开为 {normalised_chars} 字）；请改用普通字符后再提交。"
        )


def check_text(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Validate decoded text against the limit, counted after normalisation; returns ``text``."""
    from privacy.normalize import folded_length

    check_read(text, max_chars=max_chars)
    check_normalised(len(text), folded_length(text), max_chars=max_chars)
    return text


class Deadline:
    """A point on the monotonic clock after which a scan stops; ``None`` seconds = no budget."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self._at = None if seconds is None else time.monotonic() + seconds

    @contextlib.contextmanager
    def active(self):
        """Within the block this deadline is the one ``check_active`` checks (per thread and task)."""
        token = _ACTIVE.set(self)
        try:
            yield self
        finally:
            _ACTIVE.reset(token)

    def check(self) -> None:
        if self._at is not None and time.monotonic() > self._at:
            raise ScanTimeout(
                f"隐私扫描超过时间上限（{self.seconds:g} 秒），已停止；请把文本分段后再扫描，"
                "或请管理员调大 FULIAN_SCAN_TIMEOUT_S。"
            )


_ACTIVE: ContextVar[Deadline | None] = ContextVar("fulian_scan_deadline", default=None)


def check_active() -> None:
    """Raise ``ScanTimeout`` when the active scan is past its budget (no scan active: nothing)."""
    deadline = _ACTIVE.get()
    if deadline is not None:
        deadline.check()

"""Decoding and validating user text, shared by the CLI and the API."""

from __future__ import annotations

from models.errors import InputError, InputTooLarge

DEFAULT_MAX_CHARS = 1_000_000


def decode_input(data: bytes, *, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Decode UTF-8 bytes into text, rejecting binary data and oversize input."""
    if b"\x00" in data:
        raise InputError("输入看起来是二进制文件，不是 UTF-8 文本；请提供 .txt 文本或 .docx 文档。", code="binary_input")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"输入不是有效的 UTF-8 文本（第 {exc.start} 字节处出错）；请先转换为 UTF-8 编码。",
            code="invalid_utf8",
        ) from None
    return check_text(text, max_chars=max_chars)


# Normalisation may lengthen a text (NFKC turns U+FDFA into 18 characters) and the work that
# follows grows with the normalised length: beyond this growth the text is refused.
MAX_GROWTH_CHARS = 2000
MAX_GROWTH_RATIO = 0.25


def check_text(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Validate already-decoded text: size limit (before and after normalisation), control characters."""
    if len(text) > max_chars:
        raise InputTooLarge(f"文本长度 {len(text)} 字超过上限 {max_chars} 字；请分段处理。")
    if "\x00" in text:
        raise InputError("文本中含有二进制控制字符，无法处理。", code="binary_input")
    normalised = normalised_length(text)
    if normalised > max_chars:
        raise InputTooLarge(f"文本规范化（NFKC）后长度 {normalised} 字超过上限 {max_chars} 字；请分段处理。")
    if normalised - len(text) > max(MAX_GROWTH_CHARS, MAX_GROWTH_RATIO * len(text)):
        raise InputTooLarge(
            f"文本中含有大量规范化时会展开的兼容字符（{len(text)} 字展开为 {normalised} 字）；请改用普通字符后再提交。"
        )
    return text


def normalised_length(text: str) -> int:
    """Length of ``text`` as the privacy scanner matches it (its own normaliser; the raw length without it)."""
    try:
        from privacy.normalize import normalize
    except ImportError:  # the privacy package is optional for the service
        return len(text)
    return len(normalize(text).text)

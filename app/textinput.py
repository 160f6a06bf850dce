"""Decoding user text, shared by the CLI and the API; the size limit itself is ``privacy.limits``'s."""

from __future__ import annotations

from models.errors import InputError
from privacy.limits import DEFAULT_MAX_CHARS, MAX_GROWTH_CHARS, MAX_GROWTH_RATIO, check_text

__all__ = ["DEFAULT_MAX_CHARS", "MAX_GROWTH_CHARS", "MAX_GROWTH_RATIO", "check_text", "decode_input"]


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

"""Scoring, drafting and polishing."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field

from app.schemas.common import InputModel, OutputModel


class ScoreIn(InputModel):
    text: str = Field(min_length=1, description="待评分的稿件")
    notes: str | None = Field(None, description="原始素材；提供时检查稿件中素材不支持的内容")
    reference_date: date | None = Field(None, description="时效性的参照日期，默认今天")
    genre: str | None = Field(None, description="文体：消息、经验材料、调研报告或新媒体稿；默认从稿件自动识别")


class FindingOut(OutputModel):
    message: str
    start: int | None = None
    end: int | None = None
    suggestion: str | None = None


class CriterionOut(OutputModel):
    score: float
    findings: list[FindingOut] = []


class ScoreOut(OutputModel):
    total: float
    criteria: dict[str, CriterionOut]
    unsupported: list[dict[str, Any]] = []


class DraftIn(InputModel):
    notes: str = Field(min_length=1, description="粗略的素材或笔记")


class DraftOut(OutputModel):
    title: str
    subtitle: str | None = None
    text: str
    backend: str
    unsupported: list[dict[str, Any]] = []
    privacy: Any = None


class PolishIn(InputModel):
    text: str = Field(min_length=1, description="待润色的稿件")
    operations: list[str] | None = Field(None, description="润色操作：trim（删冗余）、empty_phrases（空话提示）、titles（三个标题）、channel（渠道版本）；默认全部")
    channel: str | None = Field(None, description="输出渠道：上报信息稿、微信公众号 或 微博（用于 channel 操作）")


class PolishOut(OutputModel):
    text: str
    titles: list[Any] = []
    findings: list[Any] = []
    unsupported: list[dict[str, Any]] = []
    privacy: Any = None
    backend: str | None = None

"""Exemplar search and comparison."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from app.schemas.common import InputModel, OutputModel


class SearchIn(InputModel):
    query: str = Field(min_length=1, description="检索词或一段稿件")
    k: int = Field(5, ge=1, le=50, description="返回的范文数")
    mode: Literal["hybrid", "dense", "lexical"] | None = Field(
        None, description="检索方式；默认采用评测选出的方式（dense）"
    )


class SearchHit(OutputModel):
    id: str
    title: str
    score: float


class SearchOut(OutputModel):
    results: list[SearchHit]


class CompareIn(InputModel):
    draft: str = Field(min_length=1, description="待对比的稿件")
    exemplar_id: str = Field(min_length=1, description="范文编号（检索结果中的 id）")


class CompareOut(OutputModel):
    """Criterion-by-criterion comparison; its fields come from the retrieval package."""

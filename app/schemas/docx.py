"""Word document conversion."""

from __future__ import annotations

from pydantic import Field

from app.schemas.common import InputModel, OutputModel


class DocxTextOut(OutputModel):
    text: str


class DocxRenderIn(InputModel):
    title: str = Field("", description="主标题")
    subtitle: str | None = Field(None, description="副标题")
    body: str = Field(min_length=1, description="正文，每行一段")

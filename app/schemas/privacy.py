"""Privacy scan, mask and release."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from app.schemas.audit import AuditRecordOut
from app.schemas.common import InputModel, OutputModel
from privacy.entity_types import MINOR_PERSON, entity_labels, kind_labels

MaskStyle = Literal["chinese", "placeholder", "redact"]


class ScanIn(InputModel):
    text: str = Field(min_length=1, description="待审查的文本")


class MaskIn(ScanIn):
    style: MaskStyle = Field("chinese", description="chinese：张某某、138****5678；placeholder：[人名1]（同一文档内编号一致）；redact：等长■遮盖。未成年人姓名总是完全遮盖")
    keep: list[str] = Field([], max_length=200, description="审核人决定保留（不遮盖）的已发现内容，按原文匹配")
    extra: list[str] = Field([], max_length=200, description="扫描漏掉、审核人补充遮盖的词语（每处出现都遮盖）")


class ReleaseIn(MaskIn):
    final_text: str | None = Field(None, description="审核人确认（可手工修改过）的发布文本；省略时发布按所选方式脱敏的文本。"
                                   "其中仍含未保留的个人信息时拒绝发布")
    decision: Literal["release", "withhold"] = Field("release", description="release：脱敏后发布；withhold：不予发布")


class EntityOut(OutputModel):
    type: str = Field(description="类型代码：" + "、".join(f"{k}（{v}）" for k, v in entity_labels().items()
                                                        if k != MINOR_PERSON))
    label: str | None = Field(None, description="类型的中文名（如 姓名、电话、未成年人姓名）")
    start: int
    end: int
    text: str
    score: float
    minor: bool = False


class SensitiveOut(OutputModel):
    kind: str = Field(description="敏感段落类别代码：" + "、".join(f"{k}（{v}）" for k, v in kind_labels().items()))
    label: str | None = Field(None, description="类别的中文名（如 家庭暴力、健康状况）")
    start: int
    end: int


class PublicOut(OutputModel):
    kind: str = Field(description="historic（历史或公众人物）、theory（理论名称）或 idiom（成语典故）")
    label: str | None = Field(None, description="类别的中文名")
    start: int
    end: int
    text: str = ""


class ScanOut(OutputModel):
    entities: list[EntityOut]
    sensitive: list[SensitiveOut] = []
    public: list[PublicOut] = Field([], description="读作人名但不属个人信息的提及（历史或公众人物、理论、成语典故）：供审核人查看，不遮盖")


class MaskOut(OutputModel):
    text: str
    entities: list[dict[str, Any]]


class ReleaseOut(OutputModel):
    decision: str
    text: str | None = Field(description="发布的脱敏文本；不予发布时为 null")
    entities: list[EntityOut]
    sensitive: list[SensitiveOut] = []
    audit: AuditRecordOut

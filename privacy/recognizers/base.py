"""A PatternRecognizer for Chinese text: class-constant patterns and context words."""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from privacy.context import words_regex

# A number directly followed by one of these is a quantity (137人, 2000元, 30%), not an identifier.
STAT_SUFFIX = re.compile(
    r"\s*(?:[人元次个条户家名位件万亿千百%％年月日号天岁周届期场项篇所间台辆米亩斤吨份本张页组村倍册部双套]"
    r"|余|多|小时|分钟|公里|平方)"
)

# Words that name a number that is neither an ID nor a payment card: orders, parcels, documents,
# products, devices, companies (统一社会信用代码, 营业执照号, 税号), school and staff numbers.
NUMBER_WORDS = [
    "订单", "单号", "编号", "流水号", "运单", "快递", "发票", "批次", "文号", "登记号", "注册号", "证书",
    "序列号", "序号", "条码", "条形码", "编码", "代码", "型号", "货号", "串号", "IMEI", "SN", "设备号",
    "商品码", "产品码", "批号", "执照", "税号", "纳税人识别号", "信用代码", "准考证", "学号", "工号",
]


class ContextPatternRecognizer(PatternRecognizer):
    """Subclasses set ENTITY, PATTERNS and optionally CONTEXT and the veto lists.

    - ``CONTEXT``: words that raise the score when found within ``CONTEXT_BEFORE``
      characters before or ``CONTEXT_AFTER`` characters after the match.
    - ``NEGATIVE_BEFORE``: words that drop the match when found in that window before it.
    - ``NEGATIVE_AFTER``: a regex that drops the match when it matches right after it.
    """

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[Pattern]]
    CONTEXT: ClassVar[list[str]] = []
    CONTEXT_BEFORE: ClassVar[int] = 12
    CONTEXT_AFTER: ClassVar[int] = 4
    NEGATIVE_BEFORE: ClassVar[list[str]] = []
    NEGATIVE_WINDOW: ClassVar[int] = 8
    NEGATIVE_AFTER: ClassVar[re.Pattern | None] = None

    def __init__(self, supported_language: str = "zh"):
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=supported_language,
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=list(self.CONTEXT),
        )
        self.context_regex = words_regex(self.CONTEXT)
        self._negative_before = words_regex(self.NEGATIVE_BEFORE)

    def vetoed(self, text: str, start: int, end: int) -> bool:
        """True when the surroundings show that the match is not this entity."""
        if self._negative_before is not None:
            if self._negative_before.search(text, max(0, start - self.NEGATIVE_WINDOW), start):
                return True
        if self.NEGATIVE_AFTER is not None and self.NEGATIVE_AFTER.match(text, end):
            return True
        return False

    @staticmethod
    def digits(text: str) -> str:
        return "".join(ch for ch in text if ch.isdigit() or ch in "Xx")

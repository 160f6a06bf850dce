"""The one table of what the privacy scan reports: entity types and sensitive-passage kinds.

Every reader takes its names from here: the scanner (which types, which wins an overlap),
masking (which rule, which placeholder), the rubric's privacy criterion (the phrase in a
finding), the CLI, the audit trail and the UI (label and colour). A plain module: it imports
nothing, so the UI can read it without loading Presidio.

Columns of ``EntityType``:

- ``key``: the code in the scan contract (``PERSON``, ``PHONE_NUMBER`` ...);
- ``label``: the Chinese name a reviewer reads (UI, CLI, audit, the scan result's ``label``);
- ``placeholder``: the stem of the ``placeholder`` masking style ([人名1], [电话1]);
- ``phrase``: the noun in a sentence (“未脱敏的电话号码”);
- ``priority``: lower wins when spans of different types overlap;
- ``mask``: the rule of the ``chinese`` masking style (a name that ``privacy.masking`` resolves),
  with ``keep`` = (head, tail) readable characters for the ``chars`` rule;
- ``digits``: the value is a number: placeholders number it by its digits alone;
- ``structured``: found by a pattern recognizer (a number, an e-mail, an address): a finding takes in
  the invisible characters (format characters, variation selectors) that touch its edges;
- ``color``: the UI's highlight colour.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntityType:
    key: str
    label: str
    priority: int
    mask: str
    keep: tuple[int, int] = (0, 0)
    placeholder: str = ""
    phrase: str = ""
    digits: bool = False
    structured: bool = False
    scanned: bool = True  # found by the scanner (not a reviewer's addition or a masking variant)
    color: str = "#adb5bd"

    def __post_init__(self) -> None:
        object.__setattr__(self, "placeholder", self.placeholder or self.label)
        object.__setattr__(self, "phrase", self.phrase or self.label)


@dataclass(frozen=True)
class PassageKind:
    key: str
    label: str


_TYPES = (
    EntityType("PERSON", "姓名", 5, "person", placeholder="人名", phrase="人名", color="#f4a261"),
    EntityType("CN_ID_CARD", "身份证号", 1, "chars", (3, 4), digits=True, structured=True, color="#9b5de5"),
    EntityType("PHONE_NUMBER", "电话", 3, "phone", phrase="电话号码", digits=True, structured=True, color="#2a9d8f"),
    EntityType("CN_BANK_CARD", "银行卡号", 1, "chars", (4, 4), digits=True, structured=True, color="#577590"),
    EntityType("EMAIL_ADDRESS", "邮箱", 0, "email", phrase="电子邮箱", structured=True, color="#43aa8b"),
    EntityType("ADDRESS", "地址", 4, "address", phrase="详细地址", structured=True, color="#f9c74f"),
    EntityType("WECHAT_ID", "微信号", 2, "chars", (2, 2), structured=True, color="#90be6d"),
    EntityType("QQ_NUMBER", "QQ号", 2, "chars", (2, 2), digits=True, structured=True, color="#4d908e"),
    # a minor's school, grade or class (privacy.minor_details)
    EntityType("MINOR_DETAIL", "未成年人身份细节", 6, "detail", color="#d62828"),
    # masking's variant of PERSON for a minor: always 某某 / [人名N] / ■■
    EntityType("PERSON_MINOR", "未成年人姓名", 5, "minor", placeholder="人名", phrase="未成年人姓名", scanned=False,
               color="#e63946"),
    # a term the reviewer added by hand (the mask and release requests' ``extra``)
    EntityType("OTHER", "其他信息", 9, "stars", scanned=False, color="#ff8fab"),
)
ENTITY_TYPES: dict[str, EntityType] = {t.key: t for t in _TYPES}
SCANNED_TYPES: tuple[str, ...] = tuple(t.key for t in _TYPES if t.scanned)
MINOR_PERSON = "PERSON_MINOR"
OTHER = "OTHER"
UNKNOWN_LABEL = ENTITY_TYPES[OTHER].label

# privacy.sensitive's kinds: the seed's 隐私信息范围 (健康信息, 特殊经历, 家庭情况, 财产情况)
_KINDS = (
    PassageKind("sexual_assault", "性侵害"),
    PassageKind("domestic_violence", "家庭暴力"),
    PassageKind("health", "健康状况"),
    PassageKind("family", "家庭情况"),
    PassageKind("finance", "财产债务"),
)
SENSITIVE_KINDS: dict[str, PassageKind] = {k.key: k for k in _KINDS}
SENSITIVE_LABEL = "敏感经历"  # what a passage is called as a whole
SENSITIVE_COLOR = "#adb5bd"
UNKNOWN_KIND_LABEL = "特殊经历"


def entity_type(key: str) -> EntityType:
    """The row of ``key``; an unknown key reads as 其他信息."""
    return ENTITY_TYPES.get(key, ENTITY_TYPES[OTHER])


def masking_kind(key: str, minor: bool = False) -> str:
    """The row masking uses: a minor's name is ``PERSON_MINOR``."""
    return MINOR_PERSON if key == "PERSON" and minor else key


def label_of(key: str, minor: bool = False) -> str:
    """The reviewer's label of a finding (a minor's name reads 未成年人姓名)."""
    return entity_type(masking_kind(key, minor)).label


def kind_label(kind: str) -> str:
    found = SENSITIVE_KINDS.get(kind)
    return found.label if found else UNKNOWN_KIND_LABEL


def entity_labels() -> dict[str, str]:
    """Type key → label, for every row."""
    return {t.key: t.label for t in _TYPES}


def kind_labels() -> dict[str, str]:
    """Passage kind → label, in the table's order (the order a reviewer reads them in)."""
    return {k.key: k.label for k in _KINDS}


def colors() -> dict[str, str]:
    """Label → highlight colour, for every entity row and the sensitive passages."""
    return {**{t.label: t.color for t in _TYPES}, SENSITIVE_LABEL: SENSITIVE_COLOR}

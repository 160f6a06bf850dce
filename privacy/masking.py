"""Masking styles for the scanner's entities.

- ``chinese``: the conventional forms: 张某某, 138****5678, ID and bank card with the
  middle hidden, e-mail with the local part hidden, an address cut after the district.
- ``placeholder``: [人名1], [电话1] ..., consistent within a document (the same person is
  always [人名1], under a short form too when the scan grouped the mentions).
- ``redact``: a block of ■ as long as the original.

A minor's name is always masked completely (某某 / [人名N] / ■■), whatever the style.
Which ``chinese`` rule and which placeholder a type takes are columns of ``privacy.entity_types``.
"""

from __future__ import annotations

from typing import Callable

import regex as re

from models.errors import InputError
from privacy.entity_types import MINOR_PERSON, EntityType, entity_type, masking_kind  # noqa: F401 (MINOR_PERSON: old import)
from privacy.names import split_surname, surnames
from privacy.normalize import digit_value, is_invisible

STYLES = ("chinese", "placeholder", "redact")

# County-level units (not 小区/社区/园区 ..., nor an estate's numbered or directional part: 和平里七区,
# 天通苑北一区, 龙泽苑东区), then the city as a fallback.
_DISTRICT = re.compile(r"县|旗|(?<![小社园校景营城街0-9一二三四五六七八九十百零〇两]|[苑园里][东南西北中])区")
_CITY = re.compile(r"(?<![超城])市")


def _readable(ch: str) -> bool:
    return ch.isalnum() or digit_value(ch) is not None


def mask_chars(value: str, keep_head: int, keep_tail: int, mask: str = "*") -> str:
    """Hide the alphanumeric characters of ``value`` except the first and last ones;
    separators (spaces, dashes, brackets) stay where they are; invisible characters
    (bidi controls, zero-width, variation selectors) are dropped, so the kept digits read
    in order. Digits of any script count as digits."""
    value = "".join(ch for ch in value if not is_invisible(ch))
    positions = [i for i, ch in enumerate(value) if _readable(ch)]
    if len(positions) <= keep_head + keep_tail:
        return "".join(mask if _readable(ch) else ch for ch in value)
    hidden = set(positions[keep_head : len(positions) - keep_tail])
    return "".join(mask if i in hidden else ch for i, ch in enumerate(value))


_ADDRESS_PREFIXES = frozenset("老小阿")  # 老杨, 小雨, 阿莲: a form of address, not a surname


def mask_person(name: str, given_only: bool = False) -> str:
    """张某某 / 欧阳某某: the surname stays, the given name is hidden. A mention that starts with no
    known surname (雅琴, 翠兰: a given name), or that the scan knows to be the given name of a longer
    mention (``given_only``: 满妹 of 龙满妹), shows nothing: 某某."""
    name = re.sub(r"[\s·•]+", "", "".join(ch for ch in name if not is_invisible(ch)))  # 欧阳 晓翠
    surname, given = split_surname(name)
    if "某" in name and (name.strip("某") == "" or (given and set(given) == {"某"})):
        return name  # already in the conventional 某 form (陈某某); 李某华 still shows 华
    if surname == "小" or not given or given_only or not _known_surname(surname):
        return "某某"
    return surname + "某" * min(2, max(1, len(given)))


def _known_surname(surname: str) -> bool:
    single, compound = surnames()
    return surname in single or surname in compound or surname in _ADDRESS_PREFIXES


def mask_phone(value: str) -> str:
    core = "".join(d for d in map(digit_value, value) if d is not None)  # full-width, 一三九, ١٣٩
    if core.startswith("86") and len(core) == 13:
        head = 5  # +86 138 ****
    elif core.startswith("0086"):
        head = 7
    elif core.startswith("1"):
        head = 3
    elif core.startswith("0"):  # landline: keep the area code and the last two digits
        area = 3 if core[:3] in {"010", "020", "021", "022", "023", "024", "025", "027", "028", "029"} else 4
        return mask_chars(value, area, 2)
    else:  # a local number with no area code (8395 2271): its head is no area code, only the last two stay
        return mask_chars(value, 0, 2)
    return mask_chars(value, head, 4)


def _visible(value: str) -> str:
    return "".join(ch for ch in value if not is_invisible(ch))


def mask_email(value: str) -> str:
    value = _visible(value)
    at = re.search(r"@|[(\[（]at[)\]）]", value)
    if not at:
        return mask_chars(value, 1, 0)
    local = value[: at.start()]
    return local[:1] + "***" + value[at.start() :]


def mask_address(value: str) -> str:
    """Keep the address down to the district (county), hide the rest."""
    value = _visible(value)
    for rx in (_DISTRICT, _CITY):
        ends = [m.end() for m in rx.finditer(value)]
        if ends and ends[-1] < len(value):
            return value[: ends[-1]] + "***"
    return "***"


def mask_detail(value: str) -> str:
    """A minor's school, grade and class: 某校某年级某班."""
    out = "某校" if re.search(r"学|中|校|园", value) else ""
    if re.search(r"年级|初[一二三]|高[一二三]", value):
        out += "某年级"
    if value.endswith("班"):
        out += "某班"
    return out or "某某"


# the ``chinese`` style's rules, by the name the entity-type table gives (``EntityType.mask``)
_RULES: dict[str, Callable[[str, EntityType], str]] = {
    "person": lambda v, _t: mask_person(v),
    "minor": lambda _v, _t: "某某",
    "phone": lambda v, _t: mask_phone(v),
    "email": lambda v, _t: mask_email(v),
    "address": lambda v, _t: mask_address(v),
    "detail": lambda v, _t: mask_detail(v),
    "chars": lambda v, t: mask_chars(v, *_keep(v, t)),
    "stars": lambda v, _t: "*" * len(v),
}


def _keep(value: str, row: EntityType) -> tuple[int, int]:
    """Characters kept at each end; a short identity document (a passport) keeps fewer: E******78."""
    return (1, 2) if row.key == "CN_ID_CARD" and len(value) < 15 else row.keep


def chinese_rule(key: str) -> Callable[[str], str]:
    """The ``chinese`` style's replacement function for entity type ``key``."""
    row = entity_type(key)
    rule = _RULES[row.mask]
    return lambda value: rule(value, row)


def _canonical(key: str, value: str) -> str:
    if entity_type(key).digits:
        return "".join(ch for ch in value if ch.isalnum()).upper()
    return re.sub(r"\s+", "", value).lower()


def _person_id(ent: dict) -> int | None:
    """The scan's person group of a mention; none for a negative id (a mention no group claimed)."""
    pid = ent.get("person")
    return pid if isinstance(pid, int) and pid >= 0 else None


def _person_facts(text: str, entities: list[dict]) -> tuple[set, set[int]]:
    """(person ids with a minor's mention, ids of PERSON entities that are the given name of a longer
    mention of the same person: 翠兰 of 向翠兰, whose first character is no surname there)."""
    minor_people: set = set()
    mentions: dict = {}
    for ent in entities:
        pid = _person_id(ent)
        if ent["type"] != "PERSON" or pid is None:
            continue
        if ent.get("minor"):
            minor_people.add(pid)
        mentions.setdefault(pid, set()).add(_name_key(text[ent["start"] : ent["end"]]))
    given: set[int] = set()
    for ent in entities:
        pid = _person_id(ent)
        if ent["type"] == "PERSON" and pid is not None:
            value = _name_key(text[ent["start"] : ent["end"]])
            if value and any(len(m) > len(value) and m.endswith(value) for m in mentions[pid]):
                given.add(id(ent))
    return minor_people, given


def _name_key(value: str) -> str:
    return re.sub(r"[\s·•]+", "", "".join(ch for ch in value if not is_invisible(ch)))


def check_style(style: str) -> str:
    if style not in STYLES:
        raise InputError(f"未知的遮盖方式：{style}（可选：{'、'.join(STYLES)}）", code="bad_style")
    return style


def mask_text(text: str, entities: list[dict], style: str = "chinese") -> dict:
    """``{"text": masked, "entities": [... each with "replacement"]}`` for scan entities."""
    check_style(style)
    ordered = sorted(entities, key=lambda e: e["start"])
    minor_people, given_forms = _person_facts(text, ordered)
    replacements: list[str] = []
    numbers: dict[tuple[str, str], int] = {}
    counters: dict[str, int] = {}
    for ent in ordered:
        # a minor's status reaches every mention the scan grouped as that person
        minor = bool(ent.get("minor")) or (ent["type"] == "PERSON" and _person_id(ent) in minor_people)
        kind = masking_kind(ent["type"], minor)
        value = text[ent["start"] : ent["end"]]
        if style == "redact":
            replacements.append("■" * len(value))
        elif style == "placeholder":
            label = entity_type(kind).placeholder
            # the scan's person groups: 张小雨 and the later 小雨 are one [人名1]
            pid = _person_id(ent)
            key = (label, pid) if pid is not None else (label, _canonical(ent["type"], value))
            if key not in numbers:
                counters[label] = counters.get(label, 0) + 1
                numbers[key] = counters[label]
            replacements.append(f"[{label}{numbers[key]}]")
        elif kind == "PERSON" and id(ent) in given_forms:
            replacements.append(mask_person(value, given_only=True))
        else:
            replacements.append(chinese_rule(kind)(value))

    # The scanner's entities are sorted and disjoint, so the masked text is one linear
    # splice. (presidio-anonymizer's conflict resolution is quadratic in the number of
    # entities: 15 s for the 38,000 entities of a 1,000,000-character document.)
    parts: list[str] = []
    pos = 0
    for ent, rep in zip(ordered, replacements):
        if ent["start"] < pos:
            raise InputError("实体位置重叠，无法遮盖；请先用 scan 得到不重叠的实体。", code="overlapping_entities")
        parts.append(text[pos : ent["start"]])
        parts.append(rep)
        pos = ent["end"]
    parts.append(text[pos:])
    masked_ents = []
    for ent, rep in zip(ordered, replacements):
        masked_ents.append({**ent, "replacement": rep})
    return {"text": "".join(parts), "entities": masked_ents}

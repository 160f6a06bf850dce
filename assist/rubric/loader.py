"""Load and validate the rubric data file (``assist/data/rubric.yaml`` by default).

The file is for trainers to edit, so every problem is reported in Chinese with the path
of the offending key (``criteria.title.weight``), before any scoring happens.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from models.errors import ConfigError

DEFAULT_RUBRIC = Path(__file__).resolve().parent.parent / "data" / "rubric.yaml"

CRITERIA = (
    "title", "lead", "five_w_one_h", "specificity", "data_support", "focus",
    "redundancy", "language", "structure", "timeliness", "privacy", "fidelity",
)

_NUM = (int, float)
# The fields each criterion needs, with their types; "re" is a regular expression string,
# "phrases" a list of {phrase, suggestion}.
_SCHEMA: dict[str, dict[str, Any]] = {
    "title": {"deductions": dict, "min_chars": int, "max_chars": int, "flat_patterns": "re_list",
              "highlight_words": "str_list", "suggestion": str, "slogan_pattern": "re", "slogan_concrete": "re",
              "note_line_pattern": "re", "cut_off_pattern": "re", "no_event_pattern": "re"},
    "lead": {"deductions": dict, "min_chars": int, "max_chars": int,
             "background_openers": "str_list", "subject_words": "str_list", "broken_patterns": "re_list",
             "broken_suggestion": str, "event_verbs": "re", "place_pattern": "re", "dateline": "re"},
    "language": {"deductions": dict, "chat_phrases": "phrases", "chat_patterns": "re_list",
                 "chat_suggestion": str, "note_labels": "str_list", "note_header_pattern": "re", "speaker_pattern": "re",
                 "run_in_number_pattern": "re", "label_suggestion": str, "header_suggestion": str,
                 "number_suggestion": str, "unbalanced_suggestion": str},
    "five_w_one_h": {"elements": "elements", "weak_when": "str_list", "weak_when_suggestion": str},
    "specificity": {"deductions": dict, "empty_phrases": "phrases", "example_markers": "re"},
    "data_support": {"points_by_count": "num_list", "deductions": dict, "approx_suggestion": str,
                     "vague_comparatives": "str_list", "vague_suggestion": str,
                     "vague_quantities": "str_list"},
    "focus": {"background_markers": "str_list", "max_background_share": _NUM,
              "zero_background_share": _NUM, "deductions": dict, "late_core_paragraph": int,
              "max_enumerated_points": int, "suggestion": str, "digression_pattern": "re",
              "digression_suggestion": str},
    "redundancy": {"deductions": dict, "long_sentence_chars": int, "repeat_ngram": int,
                   "repeat_min_count": int, "verbose_phrases": "phrases", "stacked_modifiers": "re",
                   "sentence_suggestion": str, "repeat_sentence_chars": int, "repeat_sentence_overlap": _NUM},
    "structure": {"min_paragraphs": int, "deductions": dict, "sections": "sections", "headings": "re_map",
                  "plan_markers": "re", "problem_markers": "re", "result_markers": "re", "case_markers": "re"},
    "timeliness": {"steps": "steps", "stale_score": _NUM, "no_date_score": _NUM,
                   "vague_date_score": _NUM, "year_only_score": _NUM, "future_deduction": _NUM,
                   "vague_words": "str_list"},
    "privacy": {"deductions": dict, "suggestion": str},
    "fidelity": {"per_claim": _NUM, "suggestion": str},
}
# Fields a rubric may leave out (an older rubric file still loads; the check is then off).
_OPTIONAL: dict[str, dict[str, Any]] = {
    "title": {"cut_compound_min": int},
    "lead": {"time_pattern": "re", "telegraphic_min_parts": int, "telegraphic_share": _NUM, "telegraphic_suggestion": str},
    "specificity": {"empty_patterns": "re_list", "empty_pattern_suggestion": str},
    "five_w_one_h": {"optional_credit": _NUM},
    "data_support": {"bound_markers": "re", "not_quantity_before": "re"},
    "focus": {"preamble_pattern": "re", "preamble_suggestion": str},
    "structure": {"proposal_markers": "re", "finding_markers": "re", "name_line_pattern": "re", "action_verbs": "re"},
}
_FIVE_W = ("who", "what", "when", "where", "why", "how")


def load_rubric(path: str | Path | None = None) -> dict:
    """The validated rubric as a dict (regexes compiled under ``<key>_re``)."""
    p = Path(path) if path else DEFAULT_RUBRIC
    if not p.is_file():
        raise ConfigError(f"找不到评分细则文件：{p}；请检查 FULIAN_RUBRIC_PATH 或 --rubric 参数。")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"评分细则文件 {p} 不是有效的 UTF-8 YAML：{exc}") from None
    return validate_rubric(data, source=str(p))


def validate_rubric(data: Any, source: str = "rubric") -> dict:
    """Check the structure of a rubric dict; raise ConfigError naming the first bad key."""

    def bad(key: str, what: str) -> ConfigError:
        return ConfigError(f"评分细则 {source} 中 {_named(key, data)} {what}；请按 assist/data/rubric.yaml 的格式修改。")

    if not isinstance(data, dict) or not isinstance(data.get("criteria"), dict):
        raise bad("criteria", "缺失或不是映射")
    criteria = data["criteria"]
    unknown = set(criteria) - set(CRITERIA)
    if unknown:
        raise bad("criteria", f"含有未知的评分项 {sorted(unknown)}（可用：{'、'.join(CRITERIA)}）")
    for key in CRITERIA:
        cfg = criteria.get(key)
        where = f"criteria.{key}"
        if not isinstance(cfg, dict):
            raise bad(where, "缺失或不是映射")
        weight = cfg.get("weight")
        if not isinstance(weight, _NUM) or isinstance(weight, bool) or weight < 0:
            raise bad(f"{where}.weight", "必须是不小于 0 的数字")
        if not isinstance(cfg.get("name"), str):
            raise bad(f"{where}.name", "必须是中文名称字符串")
        for field, kind in _SCHEMA[key].items():
            _check_field(cfg, field, kind, f"{where}.{field}", bad)
        for field, kind in _OPTIONAL.get(key, {}).items():
            if field in cfg:
                _check_field(cfg, field, kind, f"{where}.{field}", bad)
        for name, value in (cfg.get("deductions") or {}).items():
            if not isinstance(value, _NUM) or value < 0:
                raise bad(f"{where}.deductions.{name}", "必须是不小于 0 的数字")
    if sum(criteria[k]["weight"] for k in CRITERIA if k != "fidelity") <= 0:
        raise bad("criteria.*.weight", "之和必须大于 0")
    _check_caps(data.get("caps") or {}, bad)
    _check_genres(data, bad)
    return data


_CAPS = ("broken_lead", "telegraphic_lead", "note_header", "title_note_line", "repeated_sentence", "misfiled")
_GENRE_FIELDS = {"name": str, "aliases": "str_list", "sections": list, "min_paragraphs": int,
                 "subtitle_required": bool, "example_required": bool, "optional_elements": list, "weight_factors": dict}


def _check_caps(caps: Any, bad) -> None:
    if not isinstance(caps, dict):
        raise bad("caps", "必须是映射")
    for name, item in caps.items():
        if name not in _CAPS:
            raise bad(f"caps.{name}", f"不是已知的硬伤（可用：{'、'.join(_CAPS)}）")
        if not isinstance(item, dict) or not isinstance(item.get("cap"), _NUM) or not isinstance(item.get("label"), str):
            raise bad(f"caps.{name}", "必须含 cap（数字）和 label（字符串）")


def _check_genres(data: dict, bad) -> None:
    """Genres are optional (an older rubric has none: every text is judged as one kind)."""
    genres = data.get("genres")
    if genres is None:
        return
    if not isinstance(genres, dict) or genres.get("default") not in genres:
        raise bad("genres.default", "必须是 genres 中的一个文体")
    sections = set(data["criteria"]["structure"]["sections"])
    for key, g in genres.items():
        if key == "default":
            continue
        where = f"genres.{key}"
        if not isinstance(g, dict):
            raise bad(where, "必须是映射")
        for field, kind in _GENRE_FIELDS.items():
            _check_field(g, field, kind, f"{where}.{field}", bad)
        if not set(g["sections"]) <= sections:
            raise bad(f"{where}.sections", f"含有 structure.sections 中没有的部分 {sorted(set(g['sections']) - sections)}")
        if not set(g["optional_elements"]) <= set(_FIVE_W):
            raise bad(f"{where}.optional_elements", f"只能是 {'、'.join(_FIVE_W)}")
        for name, w in g["weight_factors"].items():
            if name not in CRITERIA or not isinstance(w, _NUM) or isinstance(w, bool) or w < 0:
                raise bad(f"{where}.weight_factors.{name}", "必须是已知评分项的非负倍数")
        for field in ("pattern", "heading_pattern", "survey_title"):
            if field in g:
                _check_field(g, field, "re", f"{where}.{field}", bad)


def _check_field(cfg: dict, field: str, kind: Any, where: str, bad) -> None:
    if field not in cfg:
        raise bad(where, "缺失")
    value = cfg[field]
    if kind == "str_list":
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise bad(where, "必须是非空字符串的列表")
    elif kind == "re_map":
        if not isinstance(value, dict) or not value or not all(isinstance(v, str) for v in value.values()):
            raise bad(where, "必须是 名称: 正则表达式 的映射")
        cfg[f"{field}_re"] = {k: _compile(v, f"{where}.{k}", bad) for k, v in value.items()}
    elif kind == "num_list":
        if not isinstance(value, list) or not value or not all(isinstance(v, _NUM) for v in value):
            raise bad(where, "必须是数字列表")
    elif kind in ("re", "re_list"):
        items = [value] if kind == "re" else value
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise bad(where, "必须是正则表达式字符串" + ("列表" if kind == "re_list" else ""))
        compiled = [_compile(v, where, bad) for v in items]
        cfg[f"{field}_re"] = compiled[0] if kind == "re" else compiled
    elif kind == "phrases":
        if not isinstance(value, list) or not all(
            isinstance(v, dict) and isinstance(v.get("phrase"), str) and v["phrase"]
            and isinstance(v.get("suggestion"), str) for v in value
        ):
            raise bad(where, "必须是 {phrase, suggestion} 的列表")
    elif kind == "elements":
        if not isinstance(value, dict) or set(value) != set(_FIVE_W):
            raise bad(where, f"必须恰好包含 {'、'.join(_FIVE_W)} 六个要素")
        for name, element in value.items():
            if not isinstance(element, dict) or not all(
                isinstance(element.get(k), str) for k in ("label", "pattern", "suggestion")
            ):
                raise bad(f"{where}.{name}", "必须含 label、pattern、suggestion 三个字符串")
            element["pattern_re"] = _compile(element["pattern"], f"{where}.{name}.pattern", bad)
    elif kind == "sections":
        if not isinstance(value, dict) or not value:
            raise bad(where, "必须是非空映射")
        for name, section in value.items():
            if not isinstance(section, dict) or not isinstance(section.get("deduction"), _NUM) or not all(
                isinstance(section.get(k), str) for k in ("label", "pattern", "suggestion")
            ):
                raise bad(f"{where}.{name}", "必须含 label、pattern、suggestion（字符串）和 deduction（数字）")
            section["pattern_re"] = _compile(section["pattern"], f"{where}.{name}.pattern", bad) if section["pattern"] else None
    elif kind == "steps":
        if not isinstance(value, list) or not value or not all(
            isinstance(s, list) and len(s) == 2 and all(isinstance(v, _NUM) for v in s) for s in value
        ):
            raise bad(where, "必须是 [天数, 分数] 的列表")
    elif kind is bool:
        if not isinstance(value, bool):
            raise bad(where, "必须是 true 或 false")
    elif not isinstance(value, kind) or isinstance(value, bool):
        raise bad(where, "类型不对")


def _named(path: str, data: Any) -> str:
    """A field path with the Chinese name of its criterion: criteria.lead（导语）.deductions."""
    parts = path.split(".")
    if len(parts) >= 2 and parts[0] == "criteria" and isinstance(data, dict):
        c = (data.get("criteria") or {}).get(parts[1]) if isinstance(data.get("criteria"), dict) else None
        name = c.get("name") if isinstance(c, dict) else None
        if isinstance(name, str) and name:
            return ".".join(["criteria", f"{parts[1]}（{name}）", *parts[2:]])
    return path


def _compile(pattern: str, where: str, bad) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise bad(where, f"不是有效的正则表达式（{exc}）") from None

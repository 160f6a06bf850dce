"""Loading and validating the rubric YAML (assist.rubric.loader)."""

import copy

import pytest
import yaml

from assist.rubric import DEFAULT_RUBRIC, load_rubric, validate_rubric
from assist.rubric.loader import CRITERIA
from models.errors import ConfigError


@pytest.fixture(scope="module")
def raw():
    return yaml.safe_load(DEFAULT_RUBRIC.read_text(encoding="utf-8"))


def test_default_rubric_has_every_design_key():
    rubric = load_rubric()
    assert set(rubric["criteria"]) == set(CRITERIA)
    for key in ("title", "lead", "five_w_one_h", "specificity", "data_support", "focus",
                "redundancy", "structure", "timeliness", "privacy", "fidelity"):
        assert rubric["criteria"][key]["weight"] > 0


def test_seed_phrases_are_in_the_default_lists():
    c = load_rubric()["criteria"]
    empty = {p["phrase"] for p in c["specificity"]["empty_phrases"]}
    assert {"取得了显著成效", "认真贯彻落实", "效果良好"} <= empty
    verbose = {p["phrase"] for p in c["redundancy"]["verbose_phrases"]}
    assert {"为了进一步深入贯彻落实", "经过认真研究和充分准备", "我们决定"} <= verbose


def _set(data, path, value):
    node = data
    *head, last = path.split(".")
    for key in head:
        node = node[key]
    if value is KeyError:
        del node[last]
    else:
        node[last] = value


@pytest.mark.parametrize(
    "path, value, in_message",
    [
        ("criteria.title", KeyError, "criteria.title"),
        ("criteria.title.weight", -1, "criteria.title.weight"),
        ("criteria.title.weight", "十", "criteria.title.weight"),
        ("criteria.lead.name", KeyError, "criteria.lead.name"),
        ("criteria.title.flat_patterns", ["(未闭合"], "criteria.title.flat_patterns"),
        ("criteria.specificity.empty_phrases", [{"phrase": "效果良好"}], "criteria.specificity.empty_phrases"),
        ("criteria.specificity.example_markers", KeyError, "criteria.specificity.example_markers"),
        ("criteria.five_w_one_h.elements.why", KeyError, "criteria.five_w_one_h.elements"),
        ("criteria.timeliness.steps", [[7]], "criteria.timeliness.steps"),
        ("criteria.structure.sections.case.deduction", "二十", "criteria.structure.sections.case"),
        ("criteria.privacy.deductions.PHONE_NUMBER", -5, "criteria.privacy.deductions.PHONE_NUMBER"),
        ("criteria.novelty", {"weight": 1, "name": "创新"}, "novelty"),
    ],
)
def test_invalid_rubric_names_the_bad_key(raw, path, value, in_message):
    data = copy.deepcopy(raw)
    _set(data, path, value)
    with pytest.raises(ConfigError) as err:
        validate_rubric(data, source="t.yaml")
    message = err.value.message
    criterion = path.split(".")[1]
    name = raw["criteria"].get(criterion, {}).get("name") if path != "criteria.lead.name" else None
    if name and path.count(".") >= 2:  # the trainer is told which criterion, in Chinese
        assert f"{criterion}（{name}）" in message
        message = message.replace(f"（{name}）", "")
    assert in_message in message and "t.yaml" in message


@pytest.mark.parametrize("content", ["criteria: [1, 2", "just text", "criteria:\n  title: 3\n"])
def test_bad_file_content(tmp_path, content):
    p = tmp_path / "r.yaml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_rubric(p)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="找不到评分细则文件"):
        load_rubric(tmp_path / "none.yaml")


def test_edited_weights_change_the_total(raw, tmp_path):
    from assist.rubric import load_scorer

    data = copy.deepcopy(raw)
    for key in data["criteria"]:
        data["criteria"][key]["weight"] = 0
    data["criteria"]["title"]["weight"] = 1
    p = tmp_path / "only_title.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    report = load_scorer(p).score("某镇妇联开展培训活动\n近日，镇妇联举办了培训。", reference_date="2024-04-15")
    assert report["total"] == report["criteria"]["title"]["score"]

"""The privacy evaluation: generator, handwritten markup, loaders and metrics."""

import json
import re

import pytest

from eval.privacy import generate, handwritten
from eval.privacy.data import DOMAIN_FILE, FRESH_FILE, HANDWRITTEN_FILE, HOLDOUT_FILE, load_jsonl
from eval.privacy.metrics import STRUCTURED_TYPES, score_rows


def test_generator_is_deterministic_and_consistent():
    a = generate.generate(40, seed=7)
    b = generate.generate(40, seed=7)
    assert a == b
    for row in a:
        for ent in row["entities"] + row["negatives"]:
            assert row["text"][ent["start"] : ent["end"]] == ent["text"]


def test_committed_domain_set_matches_the_generator():
    rows = load_jsonl(DOMAIN_FILE)
    assert len(rows) >= 300
    assert rows == json.loads(json.dumps(generate.generate(len(rows))))


def test_domain_set_covers_every_type_minors_and_negatives():
    rows = load_jsonl(DOMAIN_FILE)
    types = {e["type"] for r in rows for e in r["entities"]}
    assert set(STRUCTURED_TYPES) | {"PERSON", "ADDRESS"} <= types
    assert any(e["minor"] for r in rows for e in r["entities"])
    kinds = {n["kind"] for r in rows for n in r["negatives"]}
    assert {"statistic", "date", "document_number", "order_number", "hotline", "region"} <= kinds
    texts = "".join(r["text"] for r in rows)
    assert "\u200b" in texts and any("\uff10" <= c <= "\uff19" for c in texts)  # obfuscated forms


def test_handwritten_markup():
    row = handwritten.parse_line("[[PERSON!:小雅]]今年{{statistic:9岁}}，电话[[PHONE_NUMBER:13812345678]]。")
    assert row["text"] == "小雅今年9岁，电话13812345678。"
    assert row["entities"][0] == {"type": "PERSON", "start": 0, "end": 2, "text": "小雅", "minor": True}
    assert row["negatives"] == [{"kind": "statistic", "start": 4, "end": 6, "text": "9岁"}]
    assert len(load_jsonl(HANDWRITTEN_FILE)) >= 40
    assert len(load_jsonl(HOLDOUT_FILE)) >= 20
    assert len(load_jsonl(FRESH_FILE)) >= 40


def test_scores():
    rows = [
        {
            "text": "张三电话13812345678，共137人",
            "entities": [
                {"type": "PERSON", "start": 0, "end": 2, "minor": True},
                {"type": "PHONE_NUMBER", "start": 4, "end": 15},
            ],
            "negatives": [{"kind": "statistic", "start": 17, "end": 21}],
        }
    ]
    preds = [
        {
            "entities": [
                {"type": "PERSON", "start": 0, "end": 2, "minor": False},
                {"type": "PHONE_NUMBER", "start": 4, "end": 15},
                {"type": "QQ_NUMBER", "start": 17, "end": 20},
            ]
        }
    ]
    scored = score_rows(rows, preds)
    assert scored["types"]["PHONE_NUMBER"].recall == 1.0
    assert scored["types"]["QQ_NUMBER"].precision == 0.0
    assert scored["minor"].recall == 0.0
    assert scored["negatives"] == {"statistic": {"total": 1, "flagged": 1}}


def test_missing_data_file_is_a_clear_error(tmp_path):
    from models.errors import ConfigError

    with pytest.raises(ConfigError):
        load_jsonl(tmp_path / "none.jsonl")


@pytest.mark.parametrize(
    ("source", "target", "prefix"),
    [
        (handwritten.SOURCE, handwritten.TARGET, "hand"),
        (handwritten.HOLDOUT_SOURCE, handwritten.HOLDOUT_TARGET, "holdout"),
        (handwritten.FRESH_SOURCE, handwritten.FRESH_TARGET, "fresh"),
        (handwritten.REPORTS_SOURCE, handwritten.REPORTS_TARGET, "report"),
        (handwritten.REPORTS_FRESH_SOURCE, handwritten.REPORTS_FRESH_TARGET, "rfresh"),
    ],
)
def test_committed_jsonl_matches_its_markup(tmp_path, source, target, prefix):
    out = tmp_path / "out.jsonl"
    handwritten.convert(source, out, prefix=prefix)
    assert out.read_text(encoding="utf-8") == target.read_text(encoding="utf-8")


def test_fresh_set_has_multi_sentence_passages_and_every_type():
    rows = load_jsonl(FRESH_FILE)
    multi = sum(len(re.findall(r"[。！？；]+", r["text"])) >= 2 for r in rows)
    assert len(rows) >= 40 and multi >= 0.85 * len(rows)  # 41 of 46 have two or more sentences
    types = {e["type"] for r in rows for e in r["entities"]}
    assert set(STRUCTURED_TYPES) | {"PERSON", "ADDRESS"} <= types


def test_reports_fresh_set_covers_every_type_minors_and_false_alarm_words():
    rows = load_jsonl(handwritten.REPORTS_FRESH_TARGET)
    assert len(rows) >= 50
    types = {e["type"] for r in rows for e in r["entities"]}
    assert set(STRUCTURED_TYPES) | {"PERSON", "ADDRESS", "MINOR_DETAIL"} <= types
    kinds = {n["kind"] for r in rows for n in r["negatives"]}
    assert {"kinship", "programme", "theory", "word", "code", "order"} <= kinds
    assert sum(e.get("minor", False) for r in rows for e in r["entities"]) >= 20


@pytest.mark.parametrize(
    ("masked_as", "gold", "left"),
    [
        # found and masked in the conventional form: nothing left
        ([("PERSON", 0, 3, False)], ("PERSON", 0, 3, False), {"chinese": 0, "placeholder": 0, "redact": 0}),
        # a minor's name masked as an adult's keeps the surname: left readable in the chinese style
        ([("PERSON", 0, 3, False)], ("PERSON", 0, 3, True), {"chinese": 1, "placeholder": 0, "redact": 0}),
        # only the given name found: the surname stays readable for a minor in every style
        ([("PERSON", 1, 3, True)], ("PERSON", 0, 3, True), {"chinese": 1, "placeholder": 1, "redact": 1}),
    ],
)
def test_left_unmasked_counts(masked_as, gold, left):
    from eval.privacy.unmasked import count_unmasked

    text = "张小雨今年9岁。"
    ents = [{"type": t, "start": a, "end": b, "text": text[a:b], "minor": m} for t, a, b, m in masked_as]
    t, a, b, m = gold
    row = {"id": "x", "text": text, "entities": [{"type": t, "start": a, "end": b, "text": text[a:b], "minor": m}]}
    out = count_unmasked([row], [{"entities": ents}])
    assert out["left_unmasked"] == left and out["missed"] == 0


def test_structured_suite_cases_are_well_formed():
    from eval.privacy.structured import NEGATIVES, POSITIVES

    assert len(POSITIVES) >= 70 and len(NEGATIVES) >= 50
    for _, text, value in POSITIVES:
        assert value in text
    for text, value in NEGATIVES:
        assert value in text


def test_structured_suite_from_yaml_is_scored_as_given(tmp_path):
    from eval.privacy.structured import load_suite, run

    suite = tmp_path / "suite.yaml"
    suite.write_text(
        "positives:\n  - {type: PHONE_NUMBER, text: 手机13812345678, value: '13812345678'}\n"
        "  - {type: PERSON, text: 联系人王芳, value: 王芳}\n"
        "negatives:\n  - {kind: hotline, text: 热线12338, value: '12338'}\n",
        encoding="utf-8",
    )

    class Scanner:  # finds the phone only, and flags the hotline
        def scan(self, text):
            at = text.find("13812345678")
            ents = [{"type": "PHONE_NUMBER", "start": at, "end": at + 11, "text": "13812345678"}] if at >= 0 else []
            if "12338" in text:
                ents.append({"type": "PHONE_NUMBER", "start": 2, "end": 7, "text": "12338"})
            return {"entities": ents}

    out = run(Scanner(), *load_suite(suite))
    assert out["types"] == {"PHONE_NUMBER": {"found": 1, "total": 1}, "PERSON": {"found": 0, "total": 1}}
    assert (out["found"], out["total"], out["false_alarms"], out["negatives"]) == (1, 2, 1, 1)


def test_structured_suite_value_must_occur_once(tmp_path):
    from eval.privacy.structured import load_suite

    suite = tmp_path / "suite.yaml"
    suite.write_text("positives:\n  - {type: PERSON, text: 王芳和王芳, value: 王芳}\nnegatives: []\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_suite(suite)


def test_news_minor_marks_on_a_small_document(tmp_path):
    from eval.privacy.news_minors import NEWS_FILE, minor_marks, news_document
    from models.errors import ConfigError
    from privacy.scanner import build_scanner

    with pytest.raises(ConfigError):
        news_document(tmp_path)
    (tmp_path / NEWS_FILE).write_text(
        "".join(f"{ch}\tO\n" for ch in "江泽民同志强调，要关心同学习。") + "\n"
        + "".join(f"{ch}\tO\n" for ch in "留守儿童小军今年9岁。") + "\n",
        encoding="utf-8",
    )
    text = news_document(tmp_path)
    assert text == "江泽民同志强调，要关心同学习。留守儿童小军今年9岁。"
    out = minor_marks(build_scanner("rules"), text)
    assert out["chars"] == len(text) and out["minor_marks"] == len(out["marks"])

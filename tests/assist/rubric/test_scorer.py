"""The scorer's contract (DESIGN.md `fulian score`) and behaviour per criterion."""

import re

import pytest

from assist.rubric import load_scorer
from models.errors import InputError

REF = "2024-04-15"
KEYS = {"title", "lead", "five_w_one_h", "specificity", "data_support", "focus",
        "redundancy", "language", "structure", "timeliness", "privacy"}


def test_contract_shape(scorer, good):
    report = scorer.score(good, reference_date=REF)
    assert set(report) >= {"total", "criteria", "unsupported"}
    assert set(report["criteria"]) == KEYS
    assert 0 <= report["total"] <= 100
    for crit in report["criteria"].values():
        assert 0 <= crit["score"] <= 100
        for f in crit["findings"]:
            assert set(f) >= {"message", "start", "end", "suggestion"}
            assert 0 <= f["start"] <= f["end"] <= len(good)
    assert report["unsupported"] == []


def test_fidelity_only_with_notes(scorer, good):
    notes = "4月10日 青石镇妇联 3期97名留守妇女 86人证书 25人签约 月收入4500元"
    report = scorer.score(good, notes=notes, reference_date=REF)
    assert set(report["criteria"]) == KEYS | {"fidelity"}
    texts = {u["text"] for u in report["unsupported"]}
    assert "97名" not in texts and "5200元" in texts
    assert report["criteria"]["fidelity"]["score"] < 100
    for u in report["unsupported"]:
        assert good[u["start"]:u["end"]] == u["text"]


def test_good_report_beats_bad_on_every_text_criterion(scorer, good, bad):
    # BAD is short and has one title, so it would be read as a 消息; judge both as 经验材料
    good = scorer.score(good, reference_date=REF, genre="经验材料")
    bad = scorer.score(bad, reference_date=REF, genre="经验材料")
    assert good["total"] > bad["total"] + 30
    for key in KEYS - {"privacy", "timeliness", "language"}:  # BAD is not copied from notes
        assert good["criteria"][key]["score"] > bad["criteria"][key]["score"], key


def test_total_is_the_weighted_mean(scorer, bad):
    report = scorer.score(bad, reference_date=REF)
    crits = report["criteria"]
    expected = sum(c["weight"] * c["score"] for c in crits.values()) / sum(c["weight"] for c in crits.values())
    assert report["total"] == pytest.approx(expected, abs=0.05)


@pytest.mark.parametrize(
    "key, needle",
    [
        ("title", "标题平淡"),
        ("lead", "背景或上级精神"),
        ("five_w_one_h", "时间表述模糊"),
        ("specificity", "取得了显著成效"),
        ("data_support", "数百名"),
        ("redundancy", "经过认真研究和充分准备"),
        ("structure", "缺少案例"),
        ("timeliness", "近日"),
    ],
)
def test_findings_name_the_fault(scorer, key, needle, bad):
    findings = scorer.score(bad, reference_date=REF, genre="jingyan")["criteria"][key]["findings"]
    assert any(needle in f["message"] for f in findings), findings


def test_findings_point_at_the_phrase(scorer, bad):
    findings = scorer.score(bad, reference_date=REF)["criteria"]["specificity"]["findings"]
    spans = {bad[f["start"]:f["end"]] for f in findings}
    assert {"取得了显著成效", "反响热烈", "效果良好"} <= spans


@pytest.mark.parametrize("key", ["specificity", "data_support", "title", "lead", "five_w_one_h"])
def test_suggestions_never_invent_figures(scorer, key, good, bad):
    for text in (good, bad):
        for f in scorer.score(text, reference_date=REF)["criteria"][key]["findings"]:
            figures = re.findall(r"\d+(?:\.\d+)?\s*(?:人|名|元|户|%|场|次)", f["suggestion"])
            assert figures == [], f["suggestion"]


@pytest.mark.parametrize(
    "reference, expected",
    [("2024-04-15", 100), ("2024-05-05", 85), ("2024-06-30", 60), ("2025-01-10", 35), ("2026-01-01", 35)],
)
def test_timeliness_follows_the_reference_date(scorer, reference, expected, good):
    assert scorer.score(good, reference_date=reference)["criteria"]["timeliness"]["score"] == expected


def test_dates_without_a_year_are_read_in_the_past_year(scorer, good):
    # no year written: 4月10日 is taken as the latest 4 April up to the reference date
    text = good.replace("4月10日，", "2023年4月10日，").replace("截至4月12日", "截至2023年4月12日")
    assert scorer.score(text, reference_date="2026-01-01")["criteria"]["timeliness"]["score"] == 15


def test_timeliness_flags_future_dates(scorer, good):
    text = good.replace("4月10日，青石镇", "2025年4月10日，青石镇")
    crit = scorer.score(text, reference_date=REF)["criteria"]["timeliness"]
    assert crit["score"] < 100 and any("晚于参考日期" in f["message"] for f in crit["findings"])


def test_reference_date_defaults_to_the_clock(scorer, good, monkeypatch):
    import datetime as dt

    from assist.rubric import scorer as scorer_module

    clock = dt.date(2031, 7, 1)  # far from REF and from the real calendar
    monkeypatch.setattr(scorer_module, "_today", lambda: clock)
    dated = good.replace("4月10日，", f"{clock.year}年{clock.month}月{clock.day}日，")
    assert scorer.score(dated)["criteria"]["timeliness"]["score"] == 100
    assert scorer.score(dated, reference_date=REF)["criteria"]["timeliness"]["score"] < 100


@pytest.mark.parametrize("text", ["", "   \n "])
def test_empty_text_is_an_input_error(scorer, text):
    with pytest.raises(InputError):
        scorer.score(text)


def test_bad_reference_date(scorer, good):
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        scorer.score(good, reference_date="4月15日")


@pytest.mark.parametrize(
    "insert, type_",
    [("联系电话13905712345。", "电话号码"), ("身份证号330102196505123420。", "身份证号")],
)
def test_privacy_without_scanner_checks_ids_and_phones(scorer, insert, type_, good):
    text = good.replace("每月收入5200元。", "每月收入5200元，" + insert)
    crit = scorer.score(text, reference_date=REF)["criteria"]["privacy"]
    assert crit["checked"] is False and crit["score"] < 100
    assert any(type_ in f["message"] for f in crit["findings"])


class FakeScanner:
    def __init__(self, entities, sensitive=()):
        self.entities, self.sensitive = entities, list(sensitive)

    def scan(self, text):
        return {"entities": self.entities, "sensitive": self.sensitive}


@pytest.mark.parametrize(
    "entities, sensitive, expected",
    [
        ([], [], 100),
        ([{"type": "PERSON", "start": 0, "end": 3, "text": "刘春梅", "score": 0.9, "minor": False}], [], 100),
        ([{"type": "PERSON", "start": 0, "end": 3, "text": "小明", "score": 0.9, "minor": True}], [], 60),
        ([{"type": "CN_ID_CARD", "start": 0, "end": 18, "text": "x", "score": 1.0, "minor": False}], [], 60),
        ([{"type": "ADDRESS", "start": 0, "end": 8, "text": "x", "score": 0.8, "minor": False},
          {"type": "PHONE_NUMBER", "start": 9, "end": 20, "text": "x", "score": 1.0, "minor": False}], [], 55),
        ([{"type": "PERSON", "start": 5, "end": 8, "text": "x", "score": 0.9, "minor": False}],
         [{"kind": "violence", "start": 0, "end": 30}], 80),
    ],
)
def test_privacy_uses_the_scanner(entities, sensitive, expected, good):
    scorer = load_scorer(scanner=FakeScanner(entities, sensitive))
    crit = scorer.score(good, reference_date=REF)["criteria"]["privacy"]
    assert crit["checked"] is True and crit["score"] == expected
    # every entity the scanner found is listed, at its offsets
    assert [(f["start"], f["end"]) for f in crit["findings"][:len(entities)]] == [
        (e["start"], e["end"]) for e in entities]


def test_privacy_with_the_real_scanner(good):
    from privacy.scanner import build_scanner

    scanner = build_scanner(person_model="rules")
    scorer = load_scorer(scanner=scanner)
    text = good.replace("每月收入5200元。", "每月收入5200元，联系电话13905712345。")
    crit = scorer.score(text, reference_date=REF)["criteria"]["privacy"]
    assert crit["checked"] is True and crit["score"] < 100
    assert any(f["start"] == text.index("13905712345") for f in crit["findings"])


@pytest.mark.parametrize(
    "enumeration, flagged",
    [
        ("一是甲。二是乙。三是丙。", False),
        ("一是甲。二是乙。三是丙。四是丁。另外建议：一是甲。二是乙。三是丙。四是丁。", False),
        ("一是甲。二是乙。三是丙。四是丁。五是戊。六是己。七是庚。八是辛。", True),
        ("（一）甲（二）乙（三）丙（四）丁（五）戊（六）己（七）庚（八）辛（九）壬", True),
    ],
)
def test_focus_flags_only_long_enumerations(scorer, good, enumeration, flagged):
    text = good + enumeration + "\n"
    findings = scorer.score(text, reference_date=REF)["criteria"]["focus"]["findings"]
    assert any("列举" in f["message"] for f in findings) is flagged


@pytest.mark.parametrize(
    "first_line, has_highlight",
    [
        ("“金牌月嫂”走出大山", True),          # coined phrase in quotes
        ("青石镇97名留守妇女端上技能饭碗", True),  # a figure
        ("她力量点亮乡村振兴新希望", True),        # highlight words from the rubric
        ("青石镇里的一堂课", False),
    ],
)
def test_title_highlight(scorer, good, first_line, has_highlight):
    text = first_line + "\n" + good.split("\n", 1)[1].replace("——青石镇妇联开展家政技能培训助力妇女就业", "——青石镇妇联的一次培训")
    findings = scorer.score(text, reference_date=REF)["criteria"]["title"]["findings"]
    assert (not any("没有亮点" in f["message"] for f in findings)) is has_highlight


@pytest.mark.parametrize(
    "dates, expected",
    [
        ("2024年以来", 55),   # only a year, the reference year
        ("2022年", 15),       # only a year, long ago
    ],
)
def test_timeliness_with_only_a_year(scorer, dates, expected):
    text = f"某镇妇女就业观察\n{dates}，某镇妇联培训妇女37人。"
    assert scorer.score(text, reference_date=REF)["criteria"]["timeliness"]["score"] == expected


def test_warm_up_loads_the_fidelity_tagger(scorer):
    scorer.warm_up()
    from assist.fidelity import _default_tagger

    assert _default_tagger.cache_info().currsize == 1


@pytest.mark.parametrize(
    "title, flat",
    [
        ("南湖区妇联召开巾帼贷工作推进会", True),
        ("青石镇妇联开展培训活动", True),
        ("柳河县妇联召开反家暴工作会议", True),
        ("兴隆县妇联举行最美家庭发布仪式", True),
        ("“巾帼贷”贷出创业底气", False),
        ("六成留守妇女有病未就医 山区“看病难”亟待破解", False),
    ],
)
def test_flat_titles(scorer, title, flat):
    text = f"{title}\n4月10日，某镇妇联培训妇女37人。"
    findings = scorer.score(text, reference_date=REF)["criteria"]["title"]["findings"]
    assert any("标题平淡" in f["message"] for f in findings) is flat


@pytest.mark.parametrize(
    "old, new, key",
    [
        # the lead's vague time (近期) weighs even when a later paragraph says 去年
        ("4月10日，青石镇妇联在镇妇女之家举办", "近期，青石镇妇联在镇妇女之家举办", "five_w_one_h"),
        # quantity words where a figure belongs
        ("3期培训共有97名留守妇女参加，86人取得育婴员证书", "3期培训共有大量留守妇女参加，多名学员取得育婴员证书",
         "data_support"),
        ("人均月增收2800元", "人均月收入明显改善", "data_support"),
        # a slogan title, even with a highlight word (巾帼)
        ("“金牌月嫂”走出大山 青石镇97名留守妇女家门口端上“技能饭碗”", "巾帼心向党 奋进新征程", "title"),
        ("“金牌月嫂”走出大山 青石镇97名留守妇女家门口端上“技能饭碗”", "关爱女性健康 共筑幸福家园", "title"),
        # a paragraph about other, unrelated work
        ("下一步，镇妇联将推广", "此外，镇妇联今年还组织开展了插花比赛、最美家庭评选、植树等活动，"
         "各项工作有序推进。\n下一步，镇妇联将推广", "focus"),
        ("下一步，镇妇联将推广", "今年以来，镇妇联还围绕中心工作先后开展了家风建设、维权服务等多项工作，"
         "妇女儿童工作呈现出良好发展态势。\n下一步，镇妇联将推广", "focus"),
    ],
)
def test_one_edit_lowers_its_criterion(scorer, good, old, new, key):
    assert old in good
    worse = good.replace(old, new, 1)
    a = scorer.score(good, reference_date=REF)["criteria"][key]["score"]
    b = scorer.score(worse, reference_date=REF)["criteria"][key]["score"]
    assert b < a


@pytest.mark.parametrize(
    "prefix, expected",
    [("去年", 15), ("今年", 100), ("前年", 15), ("", 100)],
)
def test_relative_year_before_a_date(scorer, prefix, expected):
    text = f"某镇妇女就业观察\n{prefix}4月10日，某镇妇联培训妇女37人。"
    assert scorer.score(text, reference_date=REF)["criteria"]["timeliness"]["score"] == expected


@pytest.mark.parametrize(
    "title, slogan",
    [
        ("巾帼心向党 奋进新征程", True),
        ("关爱女性健康，共筑幸福家园", True),
        ("她力量点亮乡村振兴新希望", False),       # one phrase with a coinage, not a pair of slogans
        ("青石镇妇女 学技能 端饭碗", False),        # names a place
        ("“巾帼贷”贷出创业底气 南湖区贷款突破5000万元", False),
    ],
)
def test_slogan_titles(scorer, title, slogan):
    text = f"{title}\n4月10日，某镇妇联培训妇女37人。"
    findings = scorer.score(text, reference_date=REF)["criteria"]["title"]["findings"]
    assert any("口号式标题" in f["message"] for f in findings) is slogan


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("处置了大量家暴求助。", True),
        ("协助申请了多份保护令。", True),
        ("她是第一批学员。", False),
        ("涉及多个部门的提交街道协调。", False),
        ("300多名妇女参加。", False),   # a fuzzy figure, counted once as such
    ],
)
def test_vague_quantity_words(scorer, sentence, flagged):
    findings = scorer.score(f"某镇妇女就业观察\n{sentence}", reference_date=REF)["criteria"]["data_support"]["findings"]
    assert any("代替了具体数字" in f["message"] for f in findings) is flagged

"""The UI's pure view functions: highlighting, tables, comparison rendering."""

from __future__ import annotations

import pytest

from app.ui import views

TEXT = "张三的电话是13812345678，孙女李小红9岁。"
ENTITIES = [
    {"type": "PERSON", "start": 0, "end": 2, "text": "张三", "score": 0.8, "minor": False},
    {"type": "PHONE_NUMBER", "start": 6, "end": 17, "text": "13812345678", "score": 1.0, "minor": False},
    {"type": "PERSON", "start": 20, "end": 23, "text": "李小红", "score": 0.7, "minor": True},
]


@pytest.mark.parametrize(
    "entity, label",
    [(ENTITIES[0], "姓名"), (ENTITIES[1], "电话"), (ENTITIES[2], "未成年人姓名"),
     ({"type": "OTHER", "start": 0, "end": 1}, "其他信息"), ({"type": "NEW_TYPE", "start": 0, "end": 1}, "其他信息")],
)
def test_entity_label(entity, label):
    assert views.entity_label(entity) == label


def test_highlighted_marks_types_and_minors():
    value = views.highlighted(TEXT, ENTITIES, [])
    assert value["text"] == TEXT
    assert [(e["entity"], TEXT[e["start"]:e["end"]]) for e in value["entities"]] == [
        ("姓名", "张三"), ("电话", "13812345678"), ("未成年人姓名", "李小红")]


@pytest.mark.parametrize(
    "sensitive, expected",
    [
        ([{"kind": "health", "start": 24, "end": 26}],
         [("姓名", "张三"), ("电话", "13812345678"), ("未成年人姓名", "李小红"), ("敏感经历：健康状况", "岁。")]),
        # a passage that holds names: the names keep their labels, the rest of the passage carries its kinds
        ([{"kind": "domestic_violence", "start": 0, "end": 26}, {"kind": "health", "start": 0, "end": 26}],
         [("姓名", "张三"), ("敏感经历：家庭暴力、健康状况", "的电话是"), ("电话", "13812345678"),
          ("敏感经历：家庭暴力、健康状况", "，孙女"), ("未成年人姓名", "李小红"), ("敏感经历：家庭暴力、健康状况", "9岁。")]),
        ([{"kind": "unknown_kind", "start": 24, "end": 26}], None),
    ],
)
def test_highlighted_shows_sensitive_passages_with_their_chinese_kinds(sensitive, expected):
    value = views.highlighted(TEXT, ENTITIES, sensitive)
    got = [(e["entity"], TEXT[e["start"]:e["end"]]) for e in value["entities"]]
    if expected is None:
        assert got[-1][0] == "敏感经历：特殊经历"
    else:
        assert got == expected
    ends = [(e["start"], e["end"]) for e in value["entities"]]
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))
    assert set(views.color_map(value)) == {e["entity"] for e in value["entities"]}


def test_entity_table_has_no_offsets_or_raw_scores():
    assert views.entity_table(ENTITIES) == [["姓名", "张三", "", "中"], ["电话", "13812345678", "", "高"],
                                            ["未成年人姓名", "李小红", "是", "中"]]


def test_minors_are_counted_apart_from_names():
    md = views.counts_markdown(ENTITIES, [{"kind": "finance", "start": 0, "end": 3}])
    assert "姓名 1 处" in md and "未成年人：** 1 处" in md and "财产债务" in md and "finance" not in md


@pytest.mark.parametrize(
    "text, chinese",
    [("Speaker: hello world", False), ("3月8日 县妇联 培训 100名妇女", True), ("", False),
     ("县妇联 training for 100 women", True), ("The county women's federation held a training 培训", False)],
)
def test_is_chinese(text, chinese):
    assert views.is_chinese(text) is chinese


@pytest.mark.parametrize(
    "message, expected",
    [("含真实人名，可用 fulian mask 一键脱敏", "含真实人名，可在“隐私审查”页一键脱敏"),
     ("评分项 five_w_one_h 比范文低 59 分", "评分项 新闻五要素（5W1H） 比范文低 59 分")],
)
def test_messages_for_web_users(message, expected):
    assert views.for_web(message) == expected


@pytest.mark.parametrize(
    "iso, expected",
    [("2026-01-01T00:00:00+00:00", "2026-01-01 08:00"), ("2026-01-01T20:30:00", "2026-01-02 04:30"),
     ("2026-01-01T10:00:00+08:00", "2026-01-01 10:00")],
)
def test_beijing_time(iso, expected):
    assert views.beijing_time(iso) == expected


def test_audit_rows_are_chinese():
    record = {"id": 1, "created_at": "2026-01-01T00:00:00+00:00", "actor": "local", "decision": "release",
              "found": {"PERSON": 2, "OTHER": 1}, "masked": {"PERSON": 2}, "minors": 1, "style": "chinese"}
    assert views.audit_rows([record]) == [[1, "2026-01-01 08:00", "本机用户", "脱敏后发布",
                                           "姓名 2，其他信息 1（含未成年人 1）", "姓名 2", "中文习惯（张某某）"]]


def test_total_markdown_is_empty_before_a_score():
    assert views.total_markdown(None) == "" and views.total_markdown({"total": 72.5}) == "### 总分：72.5"


def test_counts_markdown():
    md = views.counts_markdown(ENTITIES, [{"kind": "health", "start": 0, "end": 1}])
    assert "姓名 1 处" in md and "电话 1 处" in md and "未成年人" in md and "敏感段落" in md
    assert views.counts_markdown([], []) == "未发现个人信息或敏感段落。"


def test_criteria_rows_prefer_the_scorers_names():
    result = {"criteria": {"title": {"score": 5, "findings": [{"message": "m"}], "name": "标题"},
                           "lead": {"score": 75.0, "findings": []}}}
    assert views.criteria_rows(result) == [["标题", 5.0, 1], ["导语", 75.0, 0]]


def test_findings_markdown_quotes_the_text_and_suggestion():
    result = {"criteria": {"title": {"score": 5, "findings": [
        {"message": "标题平淡", "start": 0, "end": 2, "suggestion": "突出亮点"}]}}}
    md = views.findings_markdown(result, TEXT)
    assert "标题平淡" in md and "“张三”" in md and "突出亮点" in md
    assert views.findings_markdown({"criteria": {}}) == "没有发现问题。"


def test_comparison_markdown_side_by_side():
    result = {
        "exemplar_title": "范文标题",
        "sections": [{"key": "lead", "label": "导语", "draft": True, "exemplar": True},
                     {"key": "cases", "label": "案例", "draft": False, "exemplar": True}],
        "rubric": {"total": {"draft": 60.0, "exemplar": 84.0, "gap": 24.0},
                   "criteria": {"lead": {"draft": 60, "exemplar": 85, "gap": 25}}},
        "advice": ["补充案例", "评分项 lead 比范文低 25 分"],
        "exemplar": {"title": "范文标题", "text": "范文全文"},
    }
    md = views.comparison_markdown(result)
    assert "范文标题" in md and "| 导语 | 60 | 85 | 25 |" in md and "| 案例 | — | ✓ |" in md and "- 补充案例" in md
    assert "评分项 导语 比范文低" in md and " lead " not in md
    assert views.exemplar_text(result) == "范文标题\n\n范文全文"


def test_audit_markdown_has_no_raw_text():
    record = {"id": 3, "decision": "release", "actor": "李审核", "role": "reviewer", "created_at": "2026-01-01T00:00:00",
              "document_sha256": "ab" * 32, "document_chars": 30, "found": {"PERSON": 2}, "masked": {"PERSON": 2},
              "style": "chinese"}
    md = views.audit_markdown(record)
    assert "#3" in md and "姓名 2" in md and "脱敏后发布" in md


@pytest.mark.parametrize(
    "titles, expected",
    [([], ""), (["甲", "乙"], "### 标题建议\n- 甲\n- 乙"), ([{"text": "丙"}], "### 标题建议\n- 丙")],
)
def test_titles_markdown(titles, expected):
    assert views.titles_markdown(titles) == expected


def test_polish_report_lists_findings_and_suggestions():
    result = {"findings": [{"text": "效果显著", "message": "空泛表述", "suggestion": "写出数字"}],
              "removed": ["x"], "unsupported": [{"text": "200名"}]}
    md = views.polish_report(result)
    assert "“效果显著”：空泛表述" in md and "建议：写出数字" in md and "1 处" in md and "“200名”" in md


def test_polish_report_lists_the_changes_first():
    md = views.polish_report({"changes": ["开头加引子：25名妇女开了网店！", "长段拆短：2 段拆为 5 段"], "findings": []})
    assert md.splitlines()[1:3] == ["- 开头加引子：25名妇女开了网店！", "- 长段拆短：2 段拆为 5 段"]


def test_unsupported_claims_show_their_reason_not_their_kind():
    md = views.unsupported_markdown([{"text": "60名", "kind": "count", "reason": "笔记中没有“60名”这一数字"}])
    assert md == "- “60名”：笔记中没有“60名”这一数字"


def test_draft_notes_markdown():
    result = {"title": "甲", "titles": ["甲", "乙"], "unsupported": [{"text": "300名"}],
              "missing_sections": ["典型案例"], "questions": ["有多少人受益？"]}
    md = views.draft_notes_markdown(result)
    assert "“300名”" in md and "典型案例" in md and "- 有多少人受益？" in md and "- 乙" in md and "- 甲" not in md


@pytest.mark.parametrize(
    "health, expected",
    [
        ({"status": "ok", "single_user": True, "capabilities": {"scanner": {"status": "ready"}}},
         "服务：正常；单用户模式（无需密钥）"),
        ({"status": "degraded", "single_user": False,
          "capabilities": {"scanner": {"status": "ready"}, "library": {"status": "failed"}}},
         "服务：部分功能不可用；需要 API 密钥；暂不可用：范文检索"),
    ],
)
def test_status_markdown(health, expected):
    assert views.status_markdown(health) == expected

"""The missing-fact check is not fooled: a figure counts only in its own unit."""

import pytest

from assist.checks import missing_facts


@pytest.mark.parametrize(
    "draft,notes,missing",
    [
        ("发现疑似病例5名", "发现疑似病例5例", ["5例"]),  # same value, another unit: still missing
        ("发放手册150元", "发放手册150本", ["150本"]),
        ("发现疑似病例5例", "发现疑似病例5例", []),
        ("共9人参加", "来了9个人", []),  # 人/个 one unit
        ("每人救助1万元", "这1万块钱救了急", []),  # 块 = 元
        ("会议结束", "会议11时结束，上午9:00开始", []),  # clock times are when, not figures
        ("典型推荐", "住址：红岩乡新寨村4组18号", []),  # an address is withheld personal data
        ("培训3小时", "培训3小时，发放资料11份", ["11份"]),
    ],
)
def test_missing_figures(draft, notes, missing):
    assert [d.text for d in missing_facts(draft, notes)] == missing


def test_a_must_fact_in_another_unit_is_missing():
    assert [d.text for d in missing_facts("覆盖儿童412人，寄送家书1270份", "x", ["1270封"])] == ["1270封"]


@pytest.mark.parametrize("text", ["来的都是留守孩子", "家长提了十来个问题", "结束的时候家长写了感谢信", "共卖了四万六千多块", "大家都说挺实用的", "共报了84个"])
def test_voice_phrases_count_as_chat_words(text):
    from assist.checks import chat_words

    assert chat_words(text)

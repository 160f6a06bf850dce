import pytest

from privacy.normalize import normalize


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("电话13812345678", "电话13812345678"),
        ("电话１３８１２３４５６７８", "电话13812345678"),
        ("1３8\u200b1234 5678", "138" + "1234 5678"),
        ("ｗｘ：ａｂｃ＿１２３", "wx：abc_123"),  # full-width colon kept, letters folded
        ("张某某，女，\u3000３５岁", "张某某，女， 35岁"),
        ("", ""),
    ],
)
def test_normalized_text(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    ("original", "needle"),
    [
        ("电话：１３８\u200b１２３４５６７８。", "13812345678"),
        ("\ufeff邮箱ａｂ＠１６３．ｃｏｍ", "ab@163.com"),
        ("身份证１３０６０２１９８７１１２５４５２７", "130602198711254527"),
    ],
)
def test_spans_map_back_to_the_original(original, needle):
    norm = normalize(original)
    start = norm.text.index(needle)
    o_start, o_end = norm.span(start, start + len(needle))
    assert normalize(original[o_start:o_end]).text == needle
    assert not original[o_start:o_end].startswith("\u200b") and not original[o_start:o_end].endswith("\u200b")


def test_unchanged_text_has_no_map():
    assert normalize("普通的中文文本，没有全角数字。").index is None

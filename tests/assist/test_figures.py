"""Chinese number and quantity parsing (assist.figures)."""

import pytest

from assist.figures import find_quantities, normalise_digits, parse_chinese_number


def one(text):
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize(
    "numeral, value",
    [
        ("三十", 30), ("十五", 15), ("两千", 2000), ("一百二十", 120), ("三万五千", 35000),
        ("一千零五", 1005), ("二〇二四", 2024), ("万", 10000), ("十", 10), ("三亿五千万", 350_000_000),
        ("十四五", None), ("两两", None), ("abc", None),
    ],
)
def test_parse_chinese_number(numeral, value):
    assert parse_chinese_number(numeral) == value


@pytest.mark.parametrize(
    "text, value, unit, kind",
    [
        # magnitudes and Chinese numerals
        ("1.2万人参加", 12000, "人", "count"),
        ("2.36万人", 23600, "人", "count"),
        ("两千元", 2000, "元", "money"),
        ("5万元", 50000, "元", "money"),
        ("3.5亿元", 350_000_000, "元", "money"),
        ("1,200元", 1200, "元", "money"),
        ("一千二百元", 1200, "元", "money"),
        ("万名妇女", 10000, "人", "count"),
        # full-width digits and signs, glued to Chinese characters
        ("培训１３７人", 137, "人", "count"),
        ("覆盖率３０％", 30, "%", "percent"),
        # percentages
        ("30%", 30, "%", "percent"),
        ("百分之三十", 30, "%", "percent"),
        ("百分之12.5", 12.5, "%", "percent"),
        ("提高10个百分点", 10, "百分点", "percent"),
        # normalised units
        ("25名妇女", 25, "人", "count"),
        ("3位调解员", 3, "人", "count"),
        ("6个村", 6, "个", "count"),
        ("3个月", 3, "个月", "count"),
        ("12场讲座", 12, "场", "count"),
        ("56户", 56, "户", "count"),
    ],
)
def test_quantities(text, value, unit, kind):
    q = one(text)
    assert (q.value, q.unit, q.kind, q.approx) == (value, unit, kind, False)
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize(
    "text, value, high",
    [("8-12人", 8, 12), ("2至3名", 2, 3), ("30～45岁", 30, 45), ("1-2万元", 10000, 20000)],
)
def test_ranges(text, value, high):
    q = one(text)
    assert (q.kind, q.value, q.high) == ("range", value, high)


@pytest.mark.parametrize(
    "text, value",
    [("翻倍", 2), ("翻了一番", 2), ("翻两番", 4), ("增长一倍", 2), ("增加了1倍", 2),
     ("增长2倍", 3), ("是去年的3倍", 3)],
)
def test_multipliers(text, value):
    q = next(q for q in find_quantities(text) if q.kind == "multiplier")
    assert q.value == value and q.unit == "倍"


@pytest.mark.parametrize(
    "text, value",
    [("近百人", 100), ("约200人", 200), ("百余人", 100), ("3000多名", 3000), ("数百人", 200),
     ("上千名", 1000), ("200人左右", 200), ("超过500人", 500), ("1200+", 1200), ("近万名", 10000),
     ("十几人", 10), ("2万余条", 20000),
     # spoken hedges from notes
     ("差不多120人", 120), ("大概80户", 80), ("大约3000人", 3000), ("不到50人", 50), ("不足30名", 30),
     # tenths with a hedge
     ("近九成", 90), ("超过八成", 80), ("八成以上", 80)],
)
def test_approximations(text, value):
    q = one(text)
    assert q.approx and q.value == value


@pytest.mark.parametrize(
    "text, year, month, day, high",
    [
        ("2024年3月8日", 2024, 3, 8, None),
        ("2024-03-08", 2024, 3, 8, None),
        ("2024.3.8", 2024, 3, 8, None),
        ("3月8号", None, 3, 8, None),
        ("二〇二四年三月", 2024, 3, None, None),
        ("2024年", 2024, None, None, None),
        ("1-6月", None, 1, None, 6),
        ("1至6月", None, 1, None, 6),
        ("一至六月份", None, 1, None, 6),
        ("3月8日至10日", None, 3, 8, 10),
        ("2021-2023年", 2021, None, None, 2023),
        ("一季度", None, 1, None, 3),
        ("2024年上半年", 2024, 1, None, 6),
        ("前三季度", None, 1, None, 9),
    ],
)
def test_dates(text, year, month, day, high):
    q = one(text)
    assert q.kind == "date"
    assert (q.year, q.month, q.day, q.high) == (year, month, day, high)


@pytest.mark.parametrize(
    "a, b",
    [("1.2万人", "12000人"), ("百分之三十", "30%"), ("两千元", "2000元"), ("2.36万人", "23600人"),
     ("1-6月", "1至6月"), ("上半年", "1-6月"), ("第一季度", "1至3月"), ("翻倍", "增长一倍"),
     ("１３７人", "137人")],
)
def test_equivalent_forms_parse_alike(a, b):
    qa, qb = one(a), one(b)
    assert (qa.value, qa.unit, qa.kind, qa.high, qa.month) == (qb.value, qb.unit, qb.kind, qb.high, qb.month)


@pytest.mark.parametrize(
    "text",
    ["三八妇女节", "党的二十大", "千方百计", "十四五规划", "一是加强领导", "人数百分比", "百姓", "近一半",
     "一成不变", "九成新", "建成投用", "三成员", "十分之重要"],
)
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_offsets_index_the_original_string():
    text = "今年１－６月，全县培训妇女2.36万人，其中97名实现就业，就业率提升百分之三十。"
    found = find_quantities(text)
    assert [q.text for q in found] == ["１－６月", "2.36万人", "97名", "百分之三十"]
    assert all(text[q.start:q.end] == q.text for q in found)


def test_normalise_digits_keeps_length():
    s = "１２３．５％～"
    assert normalise_digits(s) == "123.5%~" and len(normalise_digits(s)) == len(s)


@pytest.mark.parametrize("text, value", [("八成", 80), ("七成半", 75), ("三成", 30), ("两成", 20),
                                         ("四分之三", 75), ("三分之一", 33.33), ("2分之1", 50)])
def test_tenths_are_percentages(text, value):
    q = one(text)
    assert (q.kind, q.unit, q.value, q.approx) == ("percent", "%", value, False)


@pytest.mark.parametrize(
    "text, counted",
    [
        ("是跟县妇幼保健院一起办的", False),  # 一起 = together
        ("大家一起参加培训", False),
        ("一起来参加", False),
        ("发生一起家暴案件", True),  # 一起 counts cases
        ("受理家暴案件一起", True),
        ("调解婚姻纠纷一起", True),
    ],
)
def test_yiqi_is_a_count_only_for_cases(text, counted):
    found = [q for q in find_quantities(text) if q.text == "一起"]
    assert bool(found) == counted


@pytest.mark.parametrize(
    "text, kinds",
    [
        # month/day with a slash in notes is a date (11/22–11/23 is one range, not 11 and 23)
        ("11/22–11/23 编程营", [("date", 1122, 23)]),
        ("11/22-11/23 活动", [("date", 1122, 23)]),
        ("11/30-12/2 培训", [("date", 1130, None), ("date", 1202, None)]),
        ("刘主任：11/3 的编织课", [("date", 1103, None)]),
        ("11/5 联合镇卫生院", [("date", 1105, None)]),
        # a fraction or a score stays figures
        ("1/3的人", [("count", 1, None), ("count", 3, None)]),
        ("完成3/5", [("count", 3, None), ("count", 5, None)]),
        ("13/40 户", [("count", 13, None), ("count", 40, None)]),
    ],
)
def test_slash_dates(text, kinds):
    assert [(q.kind, q.value, q.high) for q in find_quantities(text)] == kinds

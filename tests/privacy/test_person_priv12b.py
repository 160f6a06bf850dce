"""Person spans (issue 15, session 12, priv12b): general repairs of a tagger's span edges."""

import pytest

from privacy.recognizers.person import repair_span


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # 小/老/阿 + a surname, then an adverb before the verb: the adverb is no given name
        ("社工小蔡先问了孩子的情况。", "小蔡先", "小蔡"),
        ("第二天老周又来到服务站。", "老周又", "老周"),
        ("会上小许也说了自己的想法。", "小许也", "小许"),
        ("网格员小林刚走到门口。", "小林刚", "小林"),
        # a real form of address stays to the address rules; a name that ends in such a character stays
        ("小李先生在会上发言。", "小李先", "小李先"),
        ("张雨先今年35岁。", "张雨先", "张雨先"),
    ],
)
def test_prefix_form_sheds_an_adverb(text, tagged, expected):
    start = text.index(tagged)
    got = repair_span(text, start, start + len(tagged), strict=False)
    assert got is not None
    assert text[got[0] : got[1]] == expected


from privacy.persons import plausible


@pytest.mark.parametrize(
    ("text", "word", "ok"),
    [
        # a solar term with a time word after it is a date
        ("她是霜降那天生的。", "霜降", False),
        ("每年清明时节，村里都会组织祭扫。", "清明", False),
        ("立冬前后要给老人送棉被。", "立冬", False),
        # the same word as a nickname stays a name
        ("女儿“白露”（化名）今年6岁。", "白露", True),
        ("小满今天没有去上学。", "小满", True),
        ("白露说她想妈妈了。", "白露", True),
    ],
)
def test_solar_term_as_a_date(text, word, ok):
    start = text.index(word)
    assert plausible(text, start, start + len(word)) is ok


from privacy import person_rules


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        # a group noun + the head noun that ends a book title is no person
        ("村里给每户发了一本《留守儿童心语》。", "心语", False),
        ("图书室新添了《农村妇女史话》两册。", "史话", False),
        # outside a title, or before more of the title, the left word still gives the name
        ("妇女龚秀兰说，她很感激。", "龚秀兰", True),
        ("学习《妇女邓秀梅的故事》后大家很受触动。", "邓秀梅", True),
    ],
)
def test_group_noun_in_a_title(text, word, found):
    names = [text[s:e] for s, e, _ in person_rules.find_names(text)]
    assert (word in names) is found


from privacy.minor_details import find_details


@pytest.mark.parametrize(
    ("text", "child", "place"),
    [
        # a verb of visiting before a child's village is no part of the village's name
        ("妇联干部走访青石村，看望9岁的留守儿童卓小满。", "卓小满", "青石村"),
        ("社工来到城关镇东关社区，10岁的明明正在写作业。", "明明", "城关镇东关社区"),
        ("8岁的叶子随外婆搬回石门村居住。", "叶子", "石门村"),
        # no lead: the place is read as before
        ("家住柳塘村的11岁男孩聂星辰很懂事。", "聂星辰", "柳塘村"),
    ],
)
def test_visit_verb_is_no_part_of_the_place(text, child, place):
    at = text.index(child)
    found = [text[a:b] for a, b in find_details(text, [(at, at + len(child))])]
    assert place in found


@pytest.mark.parametrize(
    ("text", "tagged", "expected", "found"),
    [
        # a full name before 、 and a found name, after 的 or 被: the list's first item
        ("她被隔壁班的龚子涵、蓝若溪叫去操场。", "蓝若溪", "龚子涵", True),
        ("事情起因是被邬嘉禾、费思远两人起哄。", "费思远", "邬嘉禾", True),
        # an ordinary word after 的 is no item
        ("参加活动的同学、蓝若溪都很开心。", "蓝若溪", "的同学", False),
        ("她喜欢的音乐、蓝若溪的画都展出了。", "蓝若溪", "音乐", False),
    ],
)
def test_list_item_after_particle(text, tagged, expected, found):
    at = text.index(tagged)
    added = [text[a:b] for a, b, _ in person_rules.extend_lists(text, [(at, at + len(tagged), 0.9)])]
    assert (expected in added) is found


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # the name's third character read with the time word after it: the name takes it back
        ("丈夫龙德明去年外出务工。", "龙德", "龙德明"),
        ("她的母亲温秀兰前年病故。", "温秀", "温秀兰"),
        # a function character or 说 between a name and a time word stays outside the name
        ("王芳说今天就去报名。", "王芳", "王芳"),
        ("李红自去年起在合作社工作。", "李红", "李红"),
        ("陈静于前年离婚。", "陈静", "陈静"),
    ],
)
def test_name_before_a_time_word(text, tagged, expected):
    start = text.index(tagged)
    got = repair_span(text, start, start + len(tagged), strict=False)
    assert got is not None
    assert text[got[0] : got[1]] == expected

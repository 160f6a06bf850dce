"""A minor's real name becomes a changed name marked （化名）, never beside its school or class."""

import re

import pytest

from assist.checks import check_draft
from assist.checks.detectors import minor_named, minor_names
from assist.drafting.personal import mark_aliases, pseudonym, replace_minors
from assist.drafting.planner import compose_notes


@pytest.mark.parametrize(
    "real,notes,taken,expected",
    [
        ("小雨", "", (), "小禾"),
        ("王欣怡", "", (), "小禾"),
        ("李禾苗", "", (), "小安"),  # shares 禾 with the real name
        ("刘子涵", "志愿者小禾", (), "小安"),  # a name the notes use for someone else
        ("陈佳", "", ("小禾",), "小安"),  # a second child gets another name
    ],
)
def test_pseudonym_shares_nothing_with_the_real_name(real, notes, taken, expected):
    alias = pseudonym(real, notes, taken)
    assert alias == expected and not (set(real) - {"小"}) & set(alias)


@pytest.mark.parametrize(
    "line,kept,names",
    [
        ("女儿小雅 14岁 读初二 最近不愿上学", "女儿小禾 读初二 最近不愿上学", ["小雅"]),
        ("对象：刘子涵 女 9岁 桃园小学三年级", "对象：小禾 ", ["刘子涵"]),
        ("初二女生 韦语嫣 14岁 镇中学初二（3）班 最近一周没来上学", "初二女生 小禾  最近一周没来上学", ["韦语嫣"]),
        ("来求助的是王梓涵妈妈，梓涵在实验二小三（2）班，最近不愿上学", "来求助的是小禾妈妈，小禾，最近不愿上学", ["王梓涵", "梓涵"]),
        ("求助人：陈某 女 41岁", "求助人：陈某 女 41岁", []),  # an adult keeps her line
    ],
)
def test_replace_minors_with_an_alias(line, kept, names):
    assert replace_minors(line, alias=lambda name: "小禾") == (kept, names)


@pytest.mark.parametrize(
    "text,aliases,expected",
    [
        ("女儿小禾最近不愿上学。小禾已返校。", ["小禾"], "女儿小禾（化名）最近不愿上学。小禾已返校。"),
        ("女儿小禾（化名）已返校。", ["小禾"], "女儿小禾（化名）已返校。"),
        ("孩子已返校。", ["孩子"], "孩子已返校。"),
    ],
)
def test_mark_aliases_marks_the_first_mention_once(text, aliases, expected):
    assert mark_aliases(text, aliases) == expected


@pytest.mark.parametrize(
    "notes,real",
    [
        ("初二女生 韦语嫣 14岁 镇中学初二（3）班 最近一周没来上学", "韦语嫣"),
        ("今天来求助的是王梓涵妈妈，梓涵在实验二小三（2）班，最近不愿上学", "梓涵"),
        ("女儿王欣怡 8岁 在东坡小学二年级 每次都看见", "王欣怡"),
    ],
)
def test_minor_names_read_with_and_without_an_age(notes, real):
    assert real in minor_names(notes)


@pytest.mark.parametrize(
    "text,flagged",
    [
        ("梓涵最近不愿上学。", True),  # the given name alone still names the child
        ("小禾（化名）在实验二小三（2）班读书。", True),  # a 化名 beside the school class
        ("小禾（化名）最近不愿上学。", False),
    ],
)
def test_minor_named_check(text, flagged):
    notes = "今天来求助的是王梓涵妈妈，梓涵在实验二小三（2）班，最近不愿上学"
    assert bool(minor_named(text, notes)) is flagged


@pytest.mark.parametrize(
    "notes,real,detail",
    [
        ("11.18 接到求助 刘某芳 女 34岁 手机15912345678\n女儿王欣怡 8岁 在东坡小学二年级 每次都看见\n"
         "镇妇联主席陈霞陪她去派出所报警\n联系了县心理咨询中心给孩子做疏导 已经做了3次", "王欣怡", "东坡小学"),
        ("12月1日 接镇中学老师电话\n初二女生 韦语嫣 14岁 镇中学初二（3）班 最近一周没来上学\n"
         "镇妇联干部陆燕和班主任家访2次\n目前已返校3天", "韦语嫣", "（3）班"),
        ("【城关镇儿童之家群】\n刘老师：今天来求助的是王梓涵妈妈，梓涵在实验二小三（2）班，最近不愿上学\n"
         "小宋：辅导了3次以后反馈孩子愿意去上学了\n小宋：后续每两周回访一次，家长电话18209331247我存了", "梓涵", "（2）班"),
    ],
)
def test_a_draft_writes_a_changed_name_and_no_phone(notes, real, detail):
    r = compose_notes(notes)
    draft = "\n".join((r["title"], r["subtitle"], r["text"]))
    body = "\n".join(p for p in r["text"].split("\n") if not p.startswith("（联系人"))
    assert real not in draft and detail not in draft
    assert not any(d.kind in ("minor_named", "contact_in_body") for d in check_draft(r, notes))
    assert not re.search(r"\d{7,}", body)  # no phone number in the body
    if "（化名）" in draft:
        assert any("化名" in q for q in r["questions"])


@pytest.mark.parametrize(
    "notes,names",
    [
        ("儿童：许梓萌（小名 萌萌） 女 8岁 镇小学二年级", ["许梓萌", "萌萌"]),
        ("对象：周子墨（乳名：豆豆），男，6岁", ["周子墨", "豆豆"]),
        ("求助人：蔡丽华（外号 阿华） 女 46岁", []),  # an adult's nickname names no child
    ],
)
def test_a_childs_nickname_is_the_childs_name(notes, names):
    assert minor_names(notes) == names


@pytest.mark.parametrize(
    "notes",
    [
        "个案记录\n儿童：许梓萌（小名 萌萌） 女 8岁 随奶奶生活\n萌萌说：“我想妈妈。”\n镇妇联联系心理老师辅导2次",
        "对象：周子墨（乳名：豆豆），男，6岁，父母外出务工\n豆豆不爱说话，社工每周陪伴1次",
    ],
)
def test_a_childs_nickname_never_reaches_the_draft(notes):
    draft = compose_notes(notes)
    names = minor_names(notes)
    assert names and not any(n in draft["text"] for n in names), draft["text"]
    assert not [d for d in check_draft(draft, notes) if d.kind == "minor_named"]

"""Personal data out of note lines, by the privacy package's recognizers and minor cues."""

import pytest

from assist.drafting.frame import read_frame
from assist.drafting.personal import mou, replace_minors, strip_identifiers


@pytest.mark.parametrize(
    "line,kept,kinds",
    [
        ("填报人：马晓 13577778888", "填报人：马晓 ", ["电话或证件号码"]),
        ("求助人：陈某 女 41岁 联系电话 13698765432", "求助人：陈某 女 41岁 ", ["电话或证件号码"]),
        ("住址：幸福路66号2单元302", "", ["住址"]),
        ("订单号13577778888", "订单号13577778888", []),  # not a phone after an order word
        ("培训人次：158 岗位460个", "培训人次：158 岗位460个", []),
    ],
)
def test_strip_identifiers(line, kept, kinds):
    assert strip_identifiers(line) == (kept, kinds)


@pytest.mark.parametrize(
    "line,kept,names",
    [
        # a bare grade with no school named is not an identifying detail (privacy.minor_details); name and age go
        ("女儿小雅 14岁 读初二 最近不愿上学", "女儿 读初二 最近不愿上学", ["小雅"]),
        ("对象：刘子涵 女 9岁 桃园小学三年级", "对象：孩子 ", ["刘子涵"]),
        ("她的女儿今年12岁，在读小学六年级", "她的女儿，在读小学六年级", []),
        ("她的女儿今年12岁，在城关镇第二小学六年级（3）班读书", "她的女儿读书", []),
        ("辖区双职工家庭多，3岁以下孩子托育难", "辖区双职工家庭多，3岁以下孩子托育难", []),
        ("求助人：陈某 女 41岁", "求助人：陈某 女 41岁", []),
    ],
)
def test_replace_minors(line, kept, names):
    assert replace_minors(line) == (kept, names)


@pytest.mark.parametrize("name,expected", [("林秀梅", "林某"), ("欧阳娜娜", "欧阳某")])
def test_mou(name, expected):
    assert mou(name) == expected


def test_a_person_helped_is_written_with_mou_everywhere():
    frame = read_frame("3月15日 和平社区妇联上门帮扶单亲妈妈林秀梅\n林秀梅的儿子在读小学\n社区帮她申请了临时救助3000元")
    text = "".join(f.text for f in frame.facts) + frame.event
    assert "林秀梅" not in text and any("某" in w for w in frame.withheld)

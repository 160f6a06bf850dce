"""Table-driven tests of the editorial detectors: each row a text with the fault and one without."""

import pytest

from assist.checks import (
    broken_sentences,
    check_draft,
    colloquial_quantities,
    hardship_named,
    lead_event_object,
    lead_without_actor,
    list_items_not_actions,
    raw_clause_titles,
)


@pytest.mark.parametrize(
    "text,n",
    [
        ("一是桥东社区。二是为孕产妇提供咨询。三是服务58人次。", 1),
        ("一是7月-8月。二是发放问卷500份。三是召开座谈会3场。", 1),
        ("一是在调研单位方面，县妇联，县总工会。二是发放问卷500份。三是召开座谈会3场。", 1),
        ("一是她的孩子。二是申请临时救助3000元。三是推荐就业。", 1),
        ("一是十一月十七日至十九日。二是课程8门。三是结业测试。", 1),
        ("一是成立8支志愿服务小分队。二是签订服务承诺书。三是服务家庭212户。", 0),
        ("一是在“两癌”救助方面，发放救助金12万元。二是筛查1200人。三是建档。", 0),
    ],
)
def test_list_items_not_actions(text, n):
    assert len(list_items_not_actions(text)) == n


@pytest.mark.parametrize(
    "text,expected",
    [
        ("当场登记意向的有37个。", ["向的有37个"]),
        ("来的人有七十几个。", ["七十几个"]),
        ("现场有9个人咨询。", ["9个人"]),
        ("读者150+人。", ["150+人"]),
        ("最多的一户，有1.2万。", ["有1.2万"]),
        ("镇卫生院6个医生参加。", ["6个"]),
        ("37人当场登记求职意向。", []),
        ("9人现场咨询。", []),
        ("保护个人信息。", []),
        ("她说：“来了有十几个人。”", []),
    ],
)
def test_colloquial_quantities(text, expected):
    assert [d.text for d in colloquial_quantities(text)] == expected


@pytest.mark.parametrize(
    "lead,n",
    [
        ("11月6日，每户送去慰问金500元、米和油。", 1),
        ("上半年，县妇联还帮15人申请了大病医疗救助。", 1),
        ("上月，还联合公安发放告诫书9份。", 1),
        ("岗位已经对接好了，22家企业，岗位460个。", 1),
        ("11月6日，镇妇联走访困难妇女12户，每户送去慰问金500元。", 0),
        ("为了让产后妈妈重返职场，开发区妇联在8个社区开设了“妈妈岗”。", 0),
        ("为帮助农村妇女增收，县妇联今年建设“巾帼共富工坊”18个。", 0),
        ("3月8日，巾帼志愿者走进敬老院开展服务。", 0),
        ("", 0),
    ],
)
def test_lead_without_actor(lead, n):
    assert len(lead_without_actor(lead)) == n


@pytest.mark.parametrize(
    "lead,n",
    [
        ("7-8月，县妇联开展新就业形态女性劳动者权益保障。", 1),
        ("7-8月，县妇联开展新就业形态女性劳动者权益保障调研。", 0),
        ("县妇联开展“护苗”儿童安全教育进校园活动。", 0),
        ("县委组织部长出席。", 0),
    ],
)
def test_lead_event_object(lead, n):
    assert len(lead_event_object(lead)) == n


@pytest.mark.parametrize(
    "title,bad",
    [
        ("招聘会 当场登记意向的有37个", True),
        ("岗位已经对接好了 22家企业", True),
        ("巾帼家政服务站月报（红旗区妇联） 推荐就业31人", True),
        ("区妇联还联合公安发放了告诫书九份", True),
        ("在阳光花园小区门口设立宣传点 发放反诈折页300份", True),
        ("街道妇联化解了25起", True),
        ("镇妇联22家企业", True),
        ("从300人到600人", True),
        ("挽回经济损失240万元", True),
        ("“娘家人”维权服务站挽回经济损失240万元", False),
        ("区妇联共接到家暴求助16起", False),
        ("女性专场招聘会 37人达成就业意向", False),
        ("巾帼家政服务站9月推荐就业31人", False),
        ("——区妇联举办女性专场招聘会", False),
        ("“邻里守望”巾帼志愿服务月启动", False),
    ],
)
def test_raw_clause_titles(title, bad):
    assert bool(raw_clause_titles(title)) is bad


@pytest.mark.parametrize(
    "text,n",
    [
        ("的反家暴工作，区妇联共接到求助16起。", 1),
        ("街道妇联今天上午举办了，在三楼。", 1),
        ("村妇联村今年发展庭院经济。", 1),
        ("村妇联计划年底准备评10户示范户。", 1),
        ("二是女生，孩子，父亲去世。", 1),
        ("工作中也发现，发现高血压患者23人。", 1),
        ("县妇联计划35人已经和家政公司签了意向。", 1),
        ("4个项目和投资方签约，签约金额合计680万元。", 0),
        ("反家暴法宣传在东湖社区开展，约两百人参加。", 0),
        ("与会人员建议每组选1名督导员。和平社区妇联上门走访。", 0),
        ("联系“春蕾计划”资助学费1500元。", 0),
    ],
)
def test_broken_sentences(text, n):
    assert len(broken_sentences(text)) == n


@pytest.mark.parametrize(
    "text,expected",
    [
        ("和平社区妇联上门帮扶单亲妈妈林秀梅。", ["林秀梅"]),
        ("一是参加对象为王秀兰。", ["王秀兰"]),
        ("困难妇女陈小红丈夫重病。", ["陈小红"]),
        ("受害人李某某遭丈夫殴打。", []),
        ("服务对象为留守儿童。", []),
        ("区妇联主席刘敏作报告，介绍家暴求助情况。", []),
        ("（联系人：林秀梅　13800000000，单亲家庭帮扶）", []),
        # a professional named by surname + title beside a hardship is not the person helped
        ("请律所的范律师讲离婚冷静期，现场9人咨询。", []),
        ("镇卫生院秦医生上门帮扶单亲妈妈林秀梅。", ["林秀梅"]),
    ],
)
def test_hardship_named(text, expected):
    assert [d.text for d in hardship_named(text)] == expected


def test_check_draft_reports_editorial_kinds():
    notes = "6月20日 桥东社区\n社区妇联开展义诊\n现场有9个人咨询"
    draft = {"title": "义诊 9个人咨询", "subtitle": "", "text": "6月20日，社区妇联举办义诊。\n一是桥东社区。二是9个人咨询。三是量血压。"}
    kinds = {d.kind for d in check_draft(draft, notes)}
    assert {"colloquial_quantity", "list_item_not_action"} <= kinds


def test_minor_names_skip_time_words():
    from assist.checks.detectors import minor_names

    assert minor_names("她的女儿今年12岁") == [] and minor_names("女儿小雅 14岁") == ["小雅"]

"""What an editor sees: broken leads, copied note wording, repeated sentences, misfiled
sections, titles cut from notes, the genre assumed, and the hard-fault caps."""

import pytest

from models.errors import InputError

REF = "2025-11-25"
REPORT = """“巾帼家政”进社区 城关镇52名妇女考取育婴员证书
——城关镇妇联联合县人社局开展家政技能培训
11月20日上午，城关镇妇联在镇文化站举办第二期家政技能培训班结业仪式，52名学员全部通过考核取得育婴员证书，其中18人已与县城3家家政公司签约。
城关镇不少妇女想找份工作，但缺少技能。镇妇联走访摸底发现，全镇有意从事家政工作的妇女有136人。
一是按需设课。镇妇联联合县人社局开设育婴、护理、收纳3门课程，每期12天。二是企业进课堂。邀请3家家政公司派出讲师带教。
41岁的学员李红梅结业后到县城做育婴员，每月收入4800元。她说：“有了证书，找活心里有底了。”
一、工作成效
截至11月20日，两期培训共有97名妇女结业，36人实现就业。
二、下一步打算
下一步，镇妇联将在12月再办一期护理专题培训。
"""


def _findings(report, key):
    return [f["message"] for f in report["criteria"][key]["findings"]]


def test_the_clean_report_has_no_hard_fault(scorer):
    report = scorer.score(REPORT, reference_date=REF)
    assert report["flaws"] == [] and report["total"] == report["uncapped_total"]
    assert report["genre"]["key"] == "jingyan" and report["genre"]["detected"]
    assert report["criteria"]["language"]["score"] == 100


@pytest.mark.parametrize(
    "old, new, key, needle, flaw",
    [
        ("11月20日上午，城关镇妇联在镇文化站举办第二期家政技能培训班结业仪式，", "城关镇妇联在镇文化站开展11月20日上午。", "lead", "导语残缺", "broken_lead"),
        ("11月20日上午，城关镇妇联在镇文化站举办第二期家政技能培训班结业仪式，", "城关镇妇联家政培训班结业，11月20日上午。", "lead", "导语残缺", "broken_lead"),
        ("11月20日上午，城关镇妇联在镇文化站举办", "活动名称：家政培训。11月20日上午，城关镇妇联在镇文化站举办", "lead", "导语残缺", "broken_lead"),
        ("11月20日上午，城关镇妇联在镇文化站举办第二期家政技能培训班结业仪式，", "城关镇妇联于11月20日上午在镇文化站开展。", "lead", "导语残缺", "broken_lead"),
        ("11月20日上午，城关镇妇联在镇文化站举办", "为此，城关镇妇联11月20日上午在镇文化站举办", "lead", "导语残缺", "broken_lead"),
        ("52名学员全部通过考核", "来了学员52人都考过了", "language", "口语", None),
        ("镇妇联联合县人社局开设", "镇妇联和县人社局一起搞的", "language", "一起搞", None),
        ("52名学员全部通过考核", "学员差不多50人吧，全部通过考核", "language", "口语", None),
        ("41岁的学员", "【群聊记录整理】\n41岁的学员", "language", "表头", "note_header"),
        ("下一步，镇妇联将", "下一步：镇妇联将", "language", "字段标签", None),
        ("开设育婴、护理、收纳3门课程", "开设1.育婴2.护理3.收纳课程", "language", "列表序号", None),
        ("找活心里有底了。”", "找活心里有底了。", "language", "不配对", None),
        ("截至11月20日，两期培训共有97名妇女结业，36人实现就业。",
         "52名学员全部通过考核取得育婴员证书，其中18人已与县城3家家政公司签约。", "redundancy", "写了两遍", "repeated_sentence"),
        ("截至11月20日，两期培训共有97名妇女结业，36人实现就业。", "镇妇联计划明年再办两期培训。", "structure", "是打算", "misfiled"),
        ("截至11月20日，两期培训共有97名妇女结业，36人实现就业。", "部分妇女反映不知道去哪里找工作。", "structure", "问题", "misfiled"),
        ("下一步，镇妇联将在12月再办一期护理专题培训。", "两期培训共有97名妇女结业。", "structure", "已经做过", "misfiled"),
        ("“巾帼家政”进社区 城关镇52名妇女考取育婴员证书", "20号上午 城关镇妇联 在镇文化站 搞了个培训", "title", "照抄了笔记", "title_note_line"),
        ("“巾帼家政”进社区 城关镇52名妇女考取育婴员证书", "“巾帼家政进社区 城关镇52名妇女考取育婴员证书", "title", "不配对", None),
        ("“巾帼家政”进社区 城关镇52名妇女考取育婴员证书", "“巾帼家政”进社区 城关镇52名妇女考取", "title", "断开", None),
    ],
)
def test_one_defect_is_found_and_costs_points(scorer, old, new, key, needle, flaw):
    clean = scorer.score(REPORT, reference_date=REF)
    text = REPORT.replace(old, new, 1)
    assert text != REPORT
    worse = scorer.score(text, reference_date=REF)
    assert any(needle in m for m in _findings(worse, key)), _findings(worse, key)
    assert worse["criteria"][key]["score"] < clean["criteria"][key]["score"]
    assert worse["total"] < clean["total"]
    if flaw:
        assert flaw in {f["key"] for f in worse["flaws"]}
        assert worse["total"] <= min(f["cap"] for f in worse["flaws"])
    for f in worse["criteria"][key]["findings"]:
        assert 0 <= f["start"] <= f["end"] <= len(text) and f["suggestion"]
        assert text[f["start"]:f["end"]].startswith(f["quote"].removesuffix("……"))


@pytest.mark.parametrize(
    "plain",
    [
        "她说：“咱们村里来了6个医生，一起搞的义诊。”",  # what people said is quoted as said
        "县妇联邀请了3名律师，评选了10户家庭。",  # 请了/选了 inside 邀请了/评选了
        "全市16个妇女维权服务站轮流坐班。",
        "县妇联走进酒吧街开展宣传，并在网吧张贴海报。",
        "人均增收1.2万元，第1、2期学员均已结业。",
    ],
)
def test_ordinary_wording_is_not_chat(scorer, plain):
    text = REPORT.replace("她说：“有了证书，找活心里有底了。”", plain, 1)
    assert _findings(scorer.score(text, reference_date=REF), "language") == []


NEWS = """石门县86名农村妇女学电商直播
本报讯（记者 张敏）11月18日，石门县妇联在县妇女儿童活动中心举办“巾帼创业”电商直播培训班，来自全县12个乡镇的86名农村妇女参加培训。培训邀请县电商协会讲师讲解短视频拍摄和直播话术，学员现场开展直播带货实操。
"""


@pytest.mark.parametrize(
    "text, genre",
    [
        (NEWS, "xiaoxi"),
        ("县妇联组织妇女参加培训\n新华社石家庄3月8日电 3月7日，河北省妇联在石家庄举办培训，120名妇女参加。", "xiaoxi"),
        ("60名妇女参加“两癌”筛查\n11月10日上午，柳河镇妇联在镇卫生院开展“两癌”筛查，60名妇女参加。", "xiaoxi"),
        (REPORT, "jingyan"),
        ("关于农村留守妇女就业情况的调研报告\n——县妇联\n调研组走访7个乡镇，发放问卷860份。\n一、基本情况\n留守妇女多。\n二、存在问题\n缺少技能。\n三、对策建议\n开展培训。", "diaoyan"),
        ("家政女工权益保障存在“三缺”——对某市830名家政服务从业者的调查\n某市妇联近期对830名家政服务从业者开展调查，受访者中女性占97%。\n受访者普遍反映缺少社保。\n为此建议将家政从业者纳入社保。", "diaoyan"),
        ("托育需求调查\n某市妇联对2150户家庭开展问卷调查。调查显示，有托育需求的家庭占58.3%。结果显示，实际送托的仅占9.6%。\n建议增加普惠托位。", "diaoyan"),
        ("妇联建议写进地方法规——某市反家庭暴力条例正式施行\n3月1日，条例施行，市妇联提出的13条建议被采纳。\n市妇联此前开展调研，收集意见。\n下一步，市妇联将开展宣传。", "jingyan"),  # an outcome, not a survey
        ("姐妹们，冬天来了！\n小编带大家看看巾帼志愿者的一天！！\n点击关注我们，转发给身边的姐妹👇\n早上7点，志愿者出发。\n她们为老人包饺子。", "xinmeiti"),
    ],
)
def test_genre_is_detected(scorer, text, genre):
    assert scorer.score(text, reference_date=REF)["genre"]["key"] == genre


def test_a_news_item_is_not_faulted_for_missing_sections(scorer):
    as_news = scorer.score(NEWS, reference_date=REF)
    as_report = scorer.score(NEWS, reference_date=REF, genre="经验材料")
    assert as_news["genre"] == {**as_news["genre"], "key": "xiaoxi", "name": "消息", "detected": True}
    assert not any("缺少" in m for m in _findings(as_news, "structure"))
    assert any("缺少案例" in m for m in _findings(as_report, "structure"))
    assert as_news["total"] > as_report["total"]
    assert not as_report["genre"]["detected"]
    # the 电头 is read past: the lead is judged from its time on
    assert not any("残缺" in m for m in _findings(as_news, "lead"))


def test_unknown_genre_is_an_input_error(scorer):
    with pytest.raises(InputError, match="文体"):
        scorer.score(NEWS, reference_date=REF, genre="诗歌")


TITLE = "“巾帼家政”进社区 城关镇52名妇女考取育婴员证书"


@pytest.mark.parametrize(
    "title, flat",
    [
        ("城关镇妇联召开家政培训工作推进会议", True),  # XX妇联召开XX会议
        ("城关镇妇联开展家政技能培训活动", True),  # XX妇联开展XX活动
        ("市妇联举办第三届巾帼创业大赛决赛", True),  # an ordinal is not an outcome
        ("城关镇妇联联合县人社局举办家政技能培训班", True),
        ("镇妇联启动“巾帼家政”进社区行动", True),
        (TITLE, False),
        ("城关镇妇联举办家政培训 52名妇女考取育婴员证书", False),  # a second phrase with the outcome
        ("城关镇妇联开展家政培训助52名妇女就业", False),  # a figure: the outcome
        ("52名妇女在家门口学会育婴护理", False),
    ],
)
def test_flat_titles(scorer, title, flat):
    report = scorer.score(REPORT.replace(TITLE, title, 1), reference_date=REF)
    assert any("标题平淡" in m for m in _findings(report, "title")) == flat, _findings(report, "title")


LEAD = "11月20日上午，城关镇妇联在镇文化站举办第二期家政技能培训班结业仪式，52名学员全部通过考核取得育婴员证书，其中18人已与县城3家家政公司签约。"


@pytest.mark.parametrize(
    "lead, telegraphic",
    [
        ("家政培训班，11月20日上午，镇文化站。52名学员全部通过考核。", True),
        ("城关镇妇联，11月20日，镇文化站，家政技能培训班，52名学员。", True),
        ("家政培训，52名学员。育婴员证书，18人签约。", True),
        (LEAD, False),
        ("今年以来，城关镇妇联聚焦农村妇女就业，累计培训学员97名，36人实现就业。", False),
        ("11月20日上午，城关镇52名妇女在镇文化站领到育婴员证书。", False),
        ("截至11月20日，城关镇两期家政培训班共有97名妇女结业，36人实现就业。", False),
    ],
)
def test_telegraphic_leads(scorer, lead, telegraphic):
    report = scorer.score(REPORT.replace(LEAD, lead, 1), reference_date=REF)
    found = any("词语罗列" in m for m in _findings(report, "lead"))
    assert found == telegraphic, _findings(report, "lead")
    assert ("telegraphic_lead" in {f["key"] for f in report["flaws"]}) == telegraphic
    if telegraphic:
        assert report["total"] <= 70


@pytest.mark.parametrize(
    "old, new, key, needle",
    [
        ("截至11月20日，两期培训共有97名妇女结业，36人实现就业。", "培训运行良好，社会反响良好。", "specificity", "空泛的评价"),
        ("截至11月20日，两期培训共有97名妇女结业，36人实现就业。", "培训切实增强了妇女的获得感。", "specificity", "空泛的评价"),
        ("她说：“有了证书，找活心里有底了。”", "她说培训挺好的。", "language", "口语"),
        # a sentence stitched from clauses of the lead is a repeat though no one sentence holds it
        ("下一步，镇妇联将在12月再办一期护理专题培训。",
         "城关镇妇联在镇文化站举办第二期家政技能培训班结业仪式，52名学员全部通过考核取得育婴员证书。", "redundancy", "写了两遍"),
    ],
)
def test_general_forms_of_the_common_faults(scorer, old, new, key, needle):
    clean = scorer.score(REPORT, reference_date=REF)
    worse = scorer.score(REPORT.replace(old, new, 1), reference_date=REF)
    assert any(needle in m for m in _findings(worse, key)), _findings(worse, key)
    assert worse["criteria"][key]["score"] < clean["criteria"][key]["score"]


def test_a_news_item_that_says_why_scores_above_one_that_does_not(scorer):
    why = NEWS.replace("来自全县", "为帮助农村妇女在家门口增收，来自全县", 1)
    plain, said = scorer.score(NEWS, reference_date=REF), scorer.score(why, reference_date=REF)
    assert said["criteria"]["five_w_one_h"]["score"] > plain["criteria"]["five_w_one_h"]["score"]
    assert any("可以不写" in m for m in _findings(plain, "five_w_one_h"))


KIDS = """每周一次视频 42名“代理妈妈”陪伴留守儿童
——青石县妇联开展“代理妈妈”结对关爱留守儿童行动
11月6日，青石县妇联在县实验小学举行结对仪式，42名女干部与全县42名留守儿童结成对子。
全县有留守儿童1260人，不少孩子缺少陪伴。
"""


@pytest.mark.parametrize(
    "title, cut",
    [
        ("每周一次视频 42名“代理妈妈”陪伴留守", True),  # the body always says 留守儿童
        ("每周一次视频 42名“代理妈妈”陪伴留守儿童", False),
        ("42名“代理妈妈”守护性别平等", False),  # ends on an adjective, not a verb cut from its object
        ("42名“代理妈妈”走进课堂", False),
    ],
)
def test_titles_cut_before_their_object(scorer, title, cut):
    text = KIDS.replace("每周一次视频 42名“代理妈妈”陪伴留守儿童", title, 1)
    report = scorer.score(text, reference_date=REF)
    assert any("断开" in m for m in _findings(report, "title")) == cut, _findings(report, "title")


@pytest.mark.parametrize(
    "lead, timed",
    [
        ("凌晨一点，城关镇妇联的值班电话响起，52名学员的结业证书当晚全部核发完毕。", True),  # a scene lead
        ("城关镇妇联成立家政培训基地三年来，共有52名学员取得育婴员证书。", True),
        ("城关镇妇联连续三年举办家政培训，52名学员取得育婴员证书。", True),
        ("近日，城关镇妇联在镇文化站举办家政培训，52名学员取得育婴员证书。", False),  # 近日 is not a time
        ("城关镇妇联在镇文化站举办家政培训，52名学员取得育婴员证书。", False),
    ],
)
def test_a_lead_states_when(scorer, lead, timed):
    report = scorer.score(REPORT.replace(LEAD, lead, 1), reference_date=REF)
    assert (not any("没有写明时间" in m for m in _findings(report, "lead"))) == timed


@pytest.mark.parametrize(
    "title, subtitle, highlight",
    [
        ("深夜亮着的那盏灯", "——探访城关镇妇女庇护中心", False),
        ("“不愿报、不会报、报了难处理”", "——城关镇妇女求助困境调查", True),  # a saying quoted: 引语式
        ("老手艺遇上新流量", "——城关镇传承人的“云端织坊”", True),  # the coinage stands in the subtitle
        ("老手艺遇上新流量", "——城关镇52名妇女学织布", True),  # a figure in the subtitle
    ],
)
def test_a_title_highlight_may_stand_in_the_subtitle(scorer, title, subtitle, highlight):
    text = REPORT.replace(TITLE, title, 1).replace("——城关镇妇联联合县人社局开展家政技能培训", subtitle, 1)
    report = scorer.score(text, reference_date=REF)
    assert (not any("没有亮点" in m for m in _findings(report, "title"))) == highlight

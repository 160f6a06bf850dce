"""Session 13: note residue the older checks passed -- field values written out as a sentence,
nested or unpaired quotes, a lead that is a note fragment, spoken fillers and numbers, list items
that are only a label and a value, and minutes whose lead drops the meeting. Each kind fires on
the faulty sentence and keeps quiet on the sentence an editor would keep."""

import pytest

from assist.checks import DEFECT_KINDS, check_draft
from assist.checks.residue import (
    field_residue,
    filler_kept,
    label_in_list,
    lead_fragment,
    meeting_as_event,
    nested_quotes,
)
from eval.draft import defects_by_kind

NEW_KINDS = ("field_residue", "nested_quotes", "lead_fragment", "filler_kept", "label_in_list", "meeting_as_event")


@pytest.mark.parametrize("text", [
    "在授课方面，市农科院，副研究员，韦海燕。",
    "在——表决通过方面，全体执委。",
    "在照护人方面，外婆，陆凤英。",
    "在主持方面，镇妇联，主席，覃丽。",
    "镇卫生院，主治医师，黄春兰。",
    "在各村（社区）妇联方面，为做好冬季走访，县妇联定于12月开展慰问。",
    "在课程5门方面，家庭教育、心理疏导、公文写作。",
    "本季度调解纠纷6件，4件，+50.0%。",
])
def test_field_residue_fires(text):
    assert [d.kind for d in field_residue(text)] == ["field_residue"]


@pytest.mark.parametrize("text", [
    "在技能培训方面，联合县人社局举办电商培训班3期。",
    "在宣传引导方面，发放反家暴手册300份。",
    "在关爱儿童方面，志愿者每周上门陪伴2次。",
    "邀请县人民医院主治医师黄春兰授课。",
    "参加活动的有村干部、妇女代表、志愿者。",
    "大家纷纷表示，收获很大，很实用。",
    "在婚姻家庭纠纷调解方面，调成12件，成功率85.7%。",
    "本季度调解纠纷6件，同比增长50.0%。",
])
def test_field_residue_quiet(text):
    assert field_residue(text) == []


@pytest.mark.parametrize("text, detail", [
    ("县妇联开展“青石镇各村“巾帼课堂”宣讲”活动。", "套了引号"),
    ("县妇联举办“母亲节”主题活动”。", "右引号"),
    ("县妇联举办“护苗行动宣讲活动。", "没有闭合"),
])
def test_nested_quotes_fire(text, detail):
    found = nested_quotes(text)
    assert found and detail in found[0].message


@pytest.mark.parametrize("text", [
    "县妇联举办“巾帼课堂”宣讲活动，推出“‘她’力量”专栏。",
    "县妇联举办“母亲节”主题活动。\n学员说：“收获很大。”",
    "县妇联开展“最美家庭”“好婆婆”评选活动。",
])
def test_nested_quotes_quiet(text):
    assert nested_quotes(text) == []


@pytest.mark.parametrize("lead", [
    "B组已入户42户，帮换灯泡。",
    "办“妈妈课堂”第5期，共32人参加。",
    "题“巾帼茶农”技能培训，共40人参加。",
    "镇妇联举办在村委会二楼开展插花培训。",
    "镇妇联组织困难妇女参加与。",
    "镇妇联组织开展健康讲座，参加，困难妇女46人。",
    "12月2日，街道妇联受理求助，联系，区法律援助中心，为当事人，安排，律师1名。",
    "12月2日，村妇联走访困境儿童小苗（化名），干部韦春燕，入户2次。",
    "12月2日，县妇联受理求助，县妇联权益部，联系县人社局。",
    "县妇联联合+、县人社局举办招聘会。",
    "12月2日，县妇联在会议室开展要把帮扶情况逐户登记。",
    "12月2日，镇妇联开展县妇联来督导。",
    "12月2日，到金桂小区，走访空巢老人12户。",
    "12月2日，下午和司法所的同志一起走进石门村。",
    "凤鸣社区“向阳花”志愿服务队2026年工作小结。",
    "2026年12月，“平溪镇妇联家庭教育工作”主题活动举行。",
])
def test_lead_fragment_fires(lead):
    assert [d.kind for d in lead_fragment(lead)][:1] == ["lead_fragment"]


@pytest.mark.parametrize("lead", [
    "11月5日，镇妇联在村委会二楼举办插花培训，46名妇女参加。",
    "近日，县妇联联合县人民医院开展“两癌”筛查活动。",
    "为进一步关爱留守儿童，县妇联在青石镇开展“护苗”宣讲活动。",
    "“三八”国际妇女节前夕，市妇联举办女性创业分享会。",
    "镇妇联邀请律师为妇女讲解《民法典》，气氛平和。",
    "12月2日，县妇联举办普法宣讲，68名村民参加，其中妇女41人。",
    "12月2日，县妇联权益部联系县人社局，为妇女追回工资。",
    "12月2日，镇妇联入户了解情况。",
    "12月2日，县妇联召开执委会议，通报全年工作情况。",
    "12月2日，社区妇联和志愿者一起走进敬老院。",
    "到2026年底，全县已建成“儿童之家”120个。",
    "来自全县的60名妇女参加县妇联举办的技能培训。",
])
def test_lead_fragment_quiet(lead):
    assert lead_fragment(lead) == []


@pytest.mark.parametrize("text, word", [
    ("就是说学员都拿到了证书。", "就是说"),
    ("嗯，培训共3天。", "嗯"),
    ("然后那个，志愿者分成4组。", "然后那个"),
    ("月工资达到五千八一个月。", "五千八"),
    ("共一百三十多人参加。", "一百三十多"),
    ("她个人销售一万二。", "一万二"),
    ("发放物资两万三千元。", "两万三千"),
    ("举办读书会，报一下数，30户家庭参加。", "报一下数"),
    ("共销售一万2800元。", "一万"),
])
def test_filler_kept_fires(text, word):
    found = filler_kept(text)
    assert found and word in found[0].message


@pytest.mark.parametrize("text", [
    "月工资达到5800元，共130余人参加。",
    "走进千家万户，开展“百场宣讲”活动。",
    "她说：“嗯，就是说我们都很满意。”",
    "第一百期读书会在镇图书馆举行。",
    "三名志愿者、两位律师参加。",
    "约两百人参加，发放宣传单四百多份。",
])
def test_filler_kept_quiet(text):
    assert filler_kept(text) == []


@pytest.mark.parametrize("text, reason", [
    ("一是帮扶对象为小芸（化名）。二是发放慰问金2000元。", "标签加字段值"),
    ("一是外公，黄德明。二是联系镇民政办。", "亲属称谓加姓名"),
    ("一是经办人韦丽华。二是联系镇民政办。", "亲属称谓加姓名"),
    ("一是在照护人方面，外婆，陆凤英。二是联系镇民政办。", "字段值"),
    ("一是启动。二是走访困难家庭8户。", "只有一个动词"),
    ("一是3所幼儿园。二是发放宣传册500份。", "只有一个数量"),
    ("一是走访困难妇女12户。二是每户，1袋米。三是260份。", "只有一个数量"),
    ("一是镇卫生院给了。二是走访困难妇女12户。", "动词悬空"),
])
def test_label_in_list_fires(text, reason):
    found = label_in_list(text)
    assert found and reason in found[0].message


@pytest.mark.parametrize("text", [
    "一是走访3所幼儿园。二是发放宣传册500份。",
    "一是启动“护苗”行动，覆盖全镇9所学校。二是建立帮扶台账。",
    "一是为小芸（化名）申请助学金2000元。二是联系镇民政办。",
    "一是落实外婆陆凤英的监护责任。二是定期回访。",
    "一是女儿上四年级。二是定期回访。",
    "一是3天内完成入户登记。二是每户发放米1袋。",
    "一是把慰问金交给了困难妇女本人。二是定期回访。",
])
def test_label_in_list_quiet(text):
    assert label_in_list(text) == []


MINUTES = "镇妇联执委会议纪要\n时间：10月9日\n议题：1. 审议年度工作要点 2. 部署“三八”活动"


@pytest.mark.parametrize("lead, fires", [
    ("10月9日，镇妇联审议通过年度工作要点。", True),
    ("10月9日，镇妇联部署“三八”系列活动。", True),
    ("10月9日，镇妇联召开执委会议，审议通过年度工作要点。", False),
    ("10月9日，镇妇联执委会审议通过年度工作要点。", False),
    ("10月9日，镇妇联在会议室审议通过年度工作要点。", True),
])
def test_meeting_as_event(lead, fires):
    assert bool(meeting_as_event(lead, MINUTES)) is fires


def test_meeting_as_event_needs_minutes():
    assert meeting_as_event("10月9日，镇妇联走访困难妇女8户。", "时间：10月9日\n走访困难妇女8户") == []


def test_new_kinds_are_counted_in_the_summary():
    draft = {"title": "镇妇联开展“护苗”宣讲", "subtitle": "", "text": "在授课方面，市农科院，副研究员，韦海燕。"}
    rows = [{"defects": [d.as_dict() for d in check_draft(draft, "授课：市农科院 副研究员 韦海燕")]}]
    summary = defects_by_kind(rows)
    for kind in NEW_KINDS:
        assert kind in DEFECT_KINDS and kind in summary
    assert summary["field_residue"] == 1

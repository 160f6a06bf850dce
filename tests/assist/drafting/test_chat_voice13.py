"""Session 13: chat exports and voice transcripts, table-driven with notes of our own.

Chat: a greeting (姐妹们，) and a thanks (辛苦了！) open no sentence, a call-me turn (有问题打我电话 …)
gives the contact line and no body sentence, the closing total turn gives the lead its figures, the
groups' partial tallies make one paragraph, a start turn (“…”入户开始了) names the event.
Voice: 就是说 is a filler said whole, 和 after 参加 dangles, 另外 opens a new clause, a count said
after a pause joins its clause, 六千五一个月 is 每月6500元, 一百二十几个人 is 120余人 (前来咨询).
"""

import pytest

from assist.drafting.frame import chat_clean, read_frame, transcript_lines
from assist.drafting.planner import compose_notes
from assist.drafting.register import to_report, unfill
from assist.figures import spoken_numbers

CHAT_VISITS = (
    "[08:40] 红枫村妇联-覃海燕：姐妹们，今天“反诈宣传进农家”入户开始了\n"
    "[08:42] 执委-黎秋月：收到\n"
    "[11:10] 黎秋月：A组已走访27户，帮装反诈APP 15人\n"
    "[11:25] 执委-韩冬梅：B组走访33户，帮装APP 19人\n"
    "[12:05] 覃海燕：辛苦了🌹 总计走访60户，帮装APP 34人，发放宣传折页150份\n"
    "[12:06] 覃海燕：有问题打我电话 13907415286\n"
)
CHAT_CLASS = (
    "[14:02] 芙蓉社区妇联-甘秀英：家人们，下午“巾帼护苗”防溺水课开始了\n"
    "[14:05] 志愿者-罗小梅：收到💪\n"
    "[16:20] 罗小梅：第一组讲了防溺水，到场孩子31名\n"
    "[16:31] 志愿者-覃丽华：第二组讲了防拐骗，到场孩子24名\n"
    "[16:50] 甘秀英：辛苦了！合计到场孩子55名，发放安全手册70本\n"
    "[16:51] 甘秀英：有事随时联系我 13877126459\n"
)


@pytest.mark.parametrize("turn, cleaned", [
    ("姐妹们，今天“反诈宣传进农家”入户开始了", "今天“反诈宣传进农家”入户开始了"),
    ("家人们！明天九点集合", "明天九点集合"),
    ("辛苦了🌹 总计走访60户", "总计走访60户"),
    ("辛苦大家！合计55名", "合计55名"),
    ("姐妹们的手艺真好", "姐妹们的手艺真好"),  # no address: a sentence about the women
])
def test_chat_greetings_open_no_sentence(turn, cleaned):
    assert chat_clean(turn) == cleaned


@pytest.mark.parametrize("notes, unit, event, total, phone", [
    (CHAT_VISITS, "红枫村妇联", "“反诈宣传进农家”入户活动", "走访60户，帮装反诈APP", "13907415286"),
    (CHAT_CLASS, "芙蓉社区妇联", "“巾帼护苗”防溺水课", "55名", "13877126459"),
])
def test_chat_lead_is_unit_event_and_total(notes, unit, event, total, phone):
    draft = compose_notes(notes)
    lead, body = draft["text"].split("\n")[0], draft["text"]
    assert lead.index(unit) < lead.index(event) < lead.index(total.split("，")[0])
    assert not lead.startswith(("A组", "第一组"))
    assert "姐妹们" not in body and "家人们" not in body and "辛苦" not in body
    assert "有问题" not in body and "有事" not in body.replace(f"联系人", "")
    contact = [p for p in body.split("\n") if p.startswith("（联系人")]
    assert contact and phone in contact[0]
    assert body.count(phone) == 1  # the number only on the contact line


@pytest.mark.parametrize("notes, first, second", [
    (CHAT_VISITS, "A组走访27户", "B组走访33户"),
    (CHAT_CLASS, "第一组讲了防溺水", "第二组讲了防拐骗"),
])
def test_chat_group_tallies_are_one_paragraph(notes, first, second):
    paragraphs = compose_notes(notes)["text"].split("\n")
    both = [p for p in paragraphs if first in p and second in p]
    assert both and not both[0].startswith(first)


@pytest.mark.parametrize("notes, when", [(CHAT_VISITS, "今日"), (CHAT_CLASS, "下午")])
def test_chat_start_turn_gives_the_day(notes, when):
    assert read_frame(notes).when == when


@pytest.mark.parametrize("said, figure", [
    ("月嫂 六千五一个月", "月嫂 每月6500元"),
    ("一个月三千八", "每月3800元"),
    ("育婴师 四千二一个月", "育婴师 每月4200元"),
    ("卖了一万二块", "卖了12000块"),
    ("她个人销售一万二", "她个人销售一万二"),  # no unit said: left for the editor (filler_kept flags it)
    ("一百二十几个人 来咨询", "120余人 来咨询"),
    ("三十几个", "30余个"),
    ("十几个问题", "十几个问题"),  # a round phrase under twenty stays for the register
    ("三千五一斤", "三千五一斤"),  # a price per unit is not a monthly pay
    ("十四五规划", "十四五规划"),
])
def test_spoken_numbers_session13(said, figure):
    assert spoken_numbers(said) == figure


@pytest.mark.parametrize("raw, wanted", [
    ("90余人来咨询", "90余人前来咨询"),
    ("40多名家长来报名", "40多名家长前来报名"),
    ("他们来咨询过", "他们来咨询过"),  # no count of people: unchanged
])
def test_people_came_for_a_service(raw, wanted):
    assert to_report(raw) == wanted


VOICE_FAIR = (
    "嗯 那个 我汇报一下 就是说 上周三 我们杨柳镇妇联 和镇人社所 在镇文体广场 搞了一个 家政服务 专场招聘会 然后 一共有 "
    "十四家 家政公司 参加 和 就是说 一共 提供岗位 一百六十个 嗯 育婴师 那个 五千八一个月 大家都挺心动的 另外 县妇联的 那个 "
    "培训中心 也来了 嗯 九十几个人 来咨询 现场 签了意向的 有 二十九个"
)
VOICE_VISIT = (
    "嗯 那个 我说一下 就是说 昨天 我们柏树乡妇联 在乡敬老院 搞了一个 重阳 敬老 活动 然后 一共有 十三个 志愿者 参加 和 "
    "就是说 给老人 理发 三十几个 嗯 包了饺子 两百个 另外 乡卫生院的 那个 医生 也来了 量血压 五十几个人 就这样"
)


@pytest.mark.parametrize("transcript, clauses", [
    (VOICE_FAIR, ["家政服务专场招聘会", "一共有14家家政公司参加", "一共提供岗位160个", "育婴师每月5800元", "县妇联的培训中心也来了", "90余人来咨询"]),
    (VOICE_VISIT, ["重阳敬老活动", "一共有13个志愿者参加", "给老人理发30余个", "乡卫生院的医生也来了"]),
])
def test_transcript_clauses(transcript, clauses):
    lines = transcript_lines(spoken_numbers(unfill(transcript)))
    for clause in clauses:
        assert any(clause in ln for ln in lines), clause
    for ln in lines:
        assert not ln.endswith(("和", "说一共", "另外")) and not ln.startswith(("说", "另外"))
        assert "就是说" not in ln and "心动的另外" not in ln


@pytest.mark.parametrize("transcript, absent", [
    (VOICE_FAIR, ["就是说", "参加和", "说一共", "五千八", "九十几", "心动的另外"]),
    (VOICE_VISIT, ["就是说", "参加和", "三十几", "五十几"]),
])
def test_transcript_draft_has_no_spoken_residue(transcript, absent):
    text = compose_notes(transcript)["text"]
    for words in absent:
        assert words not in text, words

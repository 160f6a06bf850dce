"""Chat logs and voice transcripts read, not copied (issue 13, session 7, voice), table-driven."""

import pytest

from assist.checks import chat_words
from assist.drafting.frame import is_transcript, read_frame, transcript_lines
from assist.drafting.register import to_report, unfill
from assist.figures import spoken_numbers


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("跟那个乡农业服务中心", "跟乡农业服务中心"),
        ("嗯 去了去了全镇", "去了全镇"),
        ("走了 嗯 走了52户", "共走访52户"),  # the repeat goes, and 走了 is 走访 in a report
        ("“那个年代”主题展览", "“那个年代”主题展览"),  # a quoted name is kept
        ("今天“巾帼美食课堂”进社区，辛苦大家了", "今日“巾帼美食课堂”进社区"),
        ("报个数，来了居民58人", "58名居民参加"),
        ("刚才说的是，有7人留了联系方式", "7人留了联系方式"),
        ("我看有几个妈妈说想学", "有几个妈妈说想学"),
    ],
)
def test_voice_and_chat_register(raw, expected):
    out = to_report(unfill(raw))
    assert out == expected or out.replace("今日", "今天") == expected.replace("今日", "今天")


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("一共七十把", "一共70把"),
        ("发剩的三把", "发剩的3把"),
        ("她讲了两个小时", "她讲了2小时"),
        ("签到的是六十七人", "签到的是67人"),
        ("还想再来一次", "还想再来一次"),  # an idiom, no figure
        ("搞了一个讲座", "搞了一个讲座"),
        ("第三场", "第三场"),  # an ordinal
        ("约占七成", "约占七成"),  # never 70成
    ],
)
def test_spoken_numbers(raw, expected):
    assert spoken_numbers(raw) == expected


TRANSCRIPT = (
    "嗯 就是 我说一下昨天的情况啊 昨天是11月20号 然后我们东坡乡妇联 跟那个乡农技站 在石门村的果园 "
    "搞了个 嗯 女果农的嫁接现场培训 那个 来的女果农 签到的是四十五人 然后 农技站的 那个 技术员 姓韦 "
    "韦秋菊 她讲了三个小时 就是讲春季嫁接 嗯 然后现场发了嫁接刀 一共五十把 然后大家说 还想再来一次"
)


def test_transcript_is_detected_and_split():
    assert is_transcript(TRANSCRIPT)
    assert not is_transcript("11月6日下午 蒲塘镇妇联 在镇文化站 办了一场宣讲")
    parts = transcript_lines(spoken_numbers(unfill(TRANSCRIPT)))
    assert any(p.startswith("我们东坡乡妇联跟乡农技站 在石门村的果园") or "东坡乡妇联跟乡农技站" in p for p in parts)
    assert any("技术员韦秋菊讲了3小时" in p for p in parts)


@pytest.mark.parametrize(
    "field,expected",
    [("organiser", "东坡乡妇联"), ("when", "11月20日"), ("where", "石门村的果园")],
)
def test_transcript_frame(field, expected):
    assert getattr(read_frame(TRANSCRIPT), field) == expected


def test_transcript_frame_facts():
    frame = read_frame(TRANSCRIPT)
    text = "".join(f.text for f in frame.facts)
    assert "乡农技站" in frame.partners
    for kept in ("45人", "3小时", "50把"):
        assert kept in text
    for dropped in ("那个", "嗯", "然后", "姓韦", "情况"):
        assert dropped not in text


CHAT = """【青石街道妇联工作群】11月3日
周主席：今天“巧手妈妈”编织课进社区，辛苦大家了
小白：报个数，来了居民40人
小白：[语音]
小白：刚才说的是，有5人想报下期
周主席：好，这次的照片挑几张好的
周主席：这个写进信息里
"""


def test_chat_lines_without_facts_are_dropped():
    text = "".join(f.text for f in read_frame(CHAT).facts)
    for dropped in ("辛苦", "报个数", "[语音]", "刚才说的是", "照片", "写进信息"):
        assert dropped not in text
    assert "40名居民参加" in text and "5人" in text


@pytest.mark.parametrize(
    "draft,kind",
    [
        ("一是辛苦大家了。二是发放折页400份。", "chat_word"),
        ("三是[语音]。", "chat_word"),
        ("报个数，58名居民参加。", "chat_word"),
        ("我看有几个妈妈表示想学。", "chat_word"),
        ("枫林乡妇联联合那个乡农业服务中心举办培训。", "chat_word"),
        ("一起去了去了全镇独居老人家里。", "chat_word"),
    ],
)
def test_chat_words_are_defects(draft, kind):
    assert kind in {d.kind for d in chat_words(draft)}


@pytest.mark.parametrize(
    "draft",
    [
        "11月6日，蒲塘镇妇联在镇文化站举办“防范养老诈骗”妇女宣讲，104人参加。",
        "活动中，居民表示：“那个年代的手艺又回来了。”",  # quoted words are the speaker's
        "县妇联联合县农业农村局举办女茶农培训，发放修枝剪70把。",
    ],
)
def test_good_drafts_have_no_chat_word(draft):
    assert not chat_words(draft)

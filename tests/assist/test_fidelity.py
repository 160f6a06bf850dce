"""Fidelity: claims in a draft that the notes do not support (assist.fidelity)."""

import re

import pytest

from assist.fidelity import find_unsupported
from models.taggers import Span


class FakeTagger:
    """Tags 2-3 character names from a fixed list, like a perfect person tagger."""

    name = "fake"
    NAMES = ("刘春梅", "张建华", "王淑芬", "杨桂芝", "李卫东")

    def tag(self, texts):
        return [[Span(m.start(), m.end(), "PER") for m in re.finditer("|".join(self.NAMES), t)] for t in texts]


def unsupported(draft, notes):
    return [u["text"] for u in find_unsupported(draft, notes, tagger=FakeTagger())]


@pytest.mark.parametrize(
    "notes, draft",
    [
        ("参加12000人次", "参加1.2万人次"),
        ("结业率百分之九十五", "结业率95%"),
        ("补助两千元", "补助2000元"),
        ("培训2.36万人", "培训23600人"),
        ("1-6月累计", "1至6月累计"),
        ("增长100%", "翻倍"),
        ("去年增长一倍", "去年翻了一番"),
        ("2024.3.8表彰", "2024年3月8日表彰"),
        ("3月8日表彰", "2024年3月8日表彰"),
        ("２５名妇女", "25人"),
        ("百余名志愿者", "百余名志愿者"),
        ("8-12人一组", "8至12人一组"),
        ("学员刘春梅", "刘春梅说"),
        ("安心家政公司", "县安心家政公司"),
        ("一次培训", "开展一次培训"),
        ("9.26 报送", "9月26日报送"),
        ("3/8 表彰", "3月8日表彰"),
        ("走访7乡镇21村", "走访7个乡镇21个村"),
        ("山区村距卫生院18公里", "山区村距卫生院18公里"),
        ("近三年培训", "近三年来培训"),
        ("一季度调解54件", "1至3月调解54件"),
        ("1-6月", "上半年"),
        # a hedge in the notes supports the same hedge in the draft
        ("差不多120人参加", "近120名居民参加"),
        ("大概80户", "约80户"),
        # derived from two exact notes figures of the same unit
        ("东片区报名46人，西片区报名38人", "共有84人报名"),
        ("去年结对56户，今年结对80户", "比去年多结对24户"),
        ("参训320人 取证218人", "取证率68%"),
        ("参训320人 取证218人", "取证率68.1%"),
        ("去年1600人，今年2100人", "比去年增长31%"),
        ("覆盖率去年76%，今年91%", "提高15个百分点"),
        ("今年1.5万小时，去年7500小时", "比去年翻了一番"),
        ("6000元增到18000元", "增长到原来的3倍"),
        # a small count that the sentence enumerates itself
        ("东片区 西片区", "东、西两个片区"),
        ("妇联 公安 法院", "妇联、公安、法院三个部门"),
        # a government body the notes name without its level
        ("联合民政、公安走访", "县民政局和县公安局"),
        ("县妇联 县公安局", "县妇联联合县公安局"),
        ("县妇联 商务部门", "县妇联联合县商务局"),
        # cases counted in 起/例 derive like any unit; a hedge before 有 still hedges
        ("1-6月 受理71起 调成63起", "成功率88.7%"),
        ("大概有六成学员是返乡妇女", "约六成学员是返乡妇女"),
        # words that end in 局/委 are not bodies
        ("活动", "推动形成区域发展新格局"),
        ("活动", "全县各级党委高度重视"),
        # a form of address the notes use, or 女士 for a woman the notes name
        ("胡大姐 调解员胡玉兰", "胡大姐一趟趟来劝"),
        ("宝妈孙丽", "孙女士说，很方便"),
        ("老人", "她向阿姨请教，和大姐们一起学"),
        # shares of two parts, fractions, tenths, and a day the notes give without its month
        ("男性12人 女性36人", "女性占75%"),
        ("女性36人 共48人", "女性占四分之三"),
        ("增长了20%", "增长两成"),
        ("18日开班", "10月18日开班"),
    ],
)
def test_equivalent_forms_are_supported(notes, draft):
    assert unsupported(draft, notes) == []


@pytest.mark.parametrize(
    "notes, draft, expected",
    [
        # fuzzy inflation of an exact figure
        ("培训97人", "培训近百人", ["近百人"]),
        ("培训97人", "数百名妇女参加", ["数百名"]),
        ("意见126条", "意见百余条", ["百余条"]),
        # changed or invented figures
        ("培训137人", "培训173人", ["173人"]),
        ("销售86万元", "销售96万元", ["96万元"]),
        ("筛查3200人", "筛查3200人，满意率98%", ["98%"]),
        ("12场讲座", "12场讲座，覆盖1500名群众", ["1500名"]),
        # a bare approximation in the notes does not support an exact figure
        ("约200人参加", "200人参加", ["200人"]),
        # comparative claims
        ("去年1600人，今年2100人", "比去年翻了一番", ["翻了一番"]),
        ("销售额增长10%", "销售额增长一倍", ["增长一倍"]),
        ("警情下降21%", "安全感提升30%", ["30%"]),
        ("5000人增长到3万人", "阅读量增长2倍", ["增长2倍"]),
        # dates
        ("4月10日结业", "4月12日结业", ["4月12日"]),
        ("1-6月累计", "1至9月累计", ["1至9月"]),
        ("2024年3月8日", "2023年3月8日", ["2023年3月8日"]),
        ("9.26 报送", "9月28日报送", ["9月28日"]),
        # names of people and organisations
        ("学员刘春梅", "刘春梅和张建华", ["张建华"]),
        ("安心家政公司", "安心家政公司、红枫月嫂公司", ["红枫月嫂公司"]),
        ("巾帼电商合作社", "与绿源茶叶合作社签约", ["绿源茶叶合作社"]),
        ("县妇联 县公安局 县法院", "县妇联联合县公安局、县法院和县民政局", ["县民政局"]),
        # a hedge in the notes does not support an exact or a larger figure
        ("差不多120人", "120人参加", ["120人"]),
        ("差不多120人", "150余人参加", ["150余人"]),
        # derivations that do not hold, or fuzzy derived figures
        ("参训320人 取证218人", "取证率超过八成", ["超过八成"]),
        ("参训320人 取证218人", "取证率70%", ["70%"]),
        ("贷款5180万元 312人", "户均贷款超过16万元", ["超过16万元"]),
        ("覆盖率91%，比去年提高15个百分点", "比去年提高了15%", ["15%"]),
        ("东片区46人，西片区38人", "共有90人报名", ["90人"]),
        ("东片区 西片区", "东、西三个片区", ["三个"]),
        # a name after a role word, followed by a verb
        ("社区志愿者 组织义诊", "社区志愿者单红霞组织义诊", ["单红霞"]),
        ("社区志愿者 80多名老人", "志愿者庞秀云每周上门", ["庞秀云"]),
        # bureaus outside the listed suffixes; a person tag inside an organisation is not a name
        ("县妇联 县电商产业园", "县妇联联合县商务局在县电商产业园开设直播间", ["县商务局"]),
        ("县妇联", "县卫健委牵头", ["县卫健委"]),
        ("受理71起 调成63起", "调解成功率达90%", ["90%"]),
        # a surname with a form of address is a person too
        ("独居老人", "志愿者每周看望独居的周奶奶", ["周奶奶"]),
        ("宝妈孙丽", "刘女士说，很方便", ["刘女士"]),
        ("女性36人 共48人", "女性占三分之二", ["三分之二"]),
        ("18日开班", "10月19日开班", ["10月19日"]),
    ],
)
def test_unsupported_claims(notes, draft, expected):
    assert unsupported(draft, notes) == expected


def test_offsets_and_fields():
    draft = "4月8日，柳河县妇联接待求助近50件，李卫东到会。"
    found = find_unsupported(draft, "4月8日 柳河县妇联 接待求助43件", tagger=FakeTagger())
    assert [(u["text"], u["kind"]) for u in found] == [("近50件", "approx"), ("李卫东", "person")]
    for u in found:
        assert draft[u["start"]:u["end"]] == u["text"] and u["reason"]


@pytest.mark.parametrize("generic", ["县妇联", "该合作社", "各级妇联", "镇妇联", "村妇联", "本村合作社"])
def test_generic_organisation_mentions_are_not_claims(generic):
    assert unsupported(f"{generic}参与了活动。", "活动") == []


def test_empty_notes_support_nothing():
    assert unsupported("培训97人", "") == ["97人"]


def test_default_jieba_tagger_finds_invented_person():
    found = find_unsupported("双桥村调解员杨桂芝和王淑芬先后上门。", "调解员杨桂芝 双桥村")
    assert [u["text"] for u in found] == ["王淑芬"]


@pytest.mark.parametrize("word_text", ["群众安全感提升", "阳光社区妇女议事会", "高山茶和笋干"])
def test_default_tagger_ignores_common_words(word_text):
    assert find_unsupported(word_text, word_text[:2]) == []


@pytest.mark.parametrize(
    "draft, name",
    [
        ("茶农雒彩霞直播卖茶。", "雒彩霞"),   # a surname outside the list, typical given name
        ("村民亓翠花是第一批学员。", "亓翠花"),
        ("退休教师逄淑珍带头报名。", "逄淑珍"),
    ],
)
def test_default_tagger_finds_names_with_unlisted_surnames(draft, name):
    assert [u["text"] for u in find_unsupported(draft, "学员 报名")] == [name]

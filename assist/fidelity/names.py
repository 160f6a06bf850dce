"""Fidelity of names: people (a span tagger plus role words) and organisations (suffixes)."""

from __future__ import annotations

import functools
import re

# Common surnames (single and double); a tagged person name must start with one.
_SURNAMES_1 = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
)
_SURNAMES_2 = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯"}

_ORG_SUFFIX = (
    "妇联|妇女联合会|合作社|公司|协会|委员会|村委会|居委会|学校|医院|卫生院|基地|中心|工作室|"
    "服务站|驿站|街道办|商会|联合会|总工会|工会|团委|残联|科协|红十字会|基金会|研究会|"
    "民政局|人社局|公安局|教育局|卫健局|司法局|司法所|财政局|农业农村局|法院|检察院|派出所|"
    "银行|大学|学院|小学|中学|幼儿园|电商平台|农场|工厂|车间|厂"
)
_ORG_RE = re.compile(rf"([\u4e00-\u9fffA-Za-z0-9]{{1,10}}?)({_ORG_SUFFIX})")
_ORG_STOP = re.compile(
    r".*(?:[的在与和及由了是为对向把被从将于等并、，。；：“”‘’（）《》\s]|开展|组织|联合|举办|召开|"
    r"指导|邀请|依托|通过|携手|会同|来到|走进|深入|牵头|协调|推动|带动|成立|创办|创建|注册|建成|建立|设立|"
    r"距|离|到|去|往|至|向|"
    r"获评|入选|被评为|作为|成为|各)"
)
_GENERIC_ORG_PREFIX = re.compile(  # 该合作社, 本村合作社, 各级妇联, 我县妇联: not a name
    r"^(?:该|本|此|这|那|其|我|各|全|级|所在|有关|相关|上级|基层|当地|各地|多|新|两|一|"
    r"省|市|县|区|镇|乡|村|州|街道|社区|乡镇|专业|服务|\d+|[一二三四五六七八九十两几数]+[个家所])*$"
)

# Government bodies whose suffix alone names them: 县民政局 is a claim even though 县 is
# only a level (unlike 县妇联, which every report has).
_AGENCIES = frozenset({
    "民政局", "人社局", "公安局", "教育局", "卫健局", "司法局", "司法所", "财政局", "农业农村局",
    "法院", "检察院", "派出所", "残联", "科协", "团委", "总工会", "红十字会",
})
_LEVEL_ONLY = re.compile(r"^(?:省|市|县|区|镇|乡|州|街道|乡镇)?$")
# Any other bureau or commission named by level and domain: 县商务局, 市场监管局, 县卫健委.
_BUREAU = re.compile(
    r"(?:省|市|县|区|州|旗)(?![域里内级委])([\u4e00-\u9fff]{2,5}?)(?<![格布结大全开变时当饭骗棋僵出残定胜党])"
    r"(?:局|厅|委)(?!员|会|书记)")
_BUREAU_DOMAIN_STOP = set("的和与及在是了等并、为对向把被从将于也都就还又各级新")

# Characters common in given names: a tagged name whose surname is not in the list above
# (雒彩霞, 亓翠花) is still taken when its given name is made of these.
_GIVEN_NAME_CHARS = set(
    "秀英兰芳霞燕红梅桂珍淑华丽娟玉凤翠花春艳萍敏静婷慧琴云莲菊芬娥美娜琳雪晶晓玲丹颖洁平莉青"
    "蓉琼香月彩素荣爱金银珠宝巧妹娇琪瑶瑜璐佳欣怡悦婉婧媛妍倩茜蕾蓓薇芝蕊芸萱菲楠柳桃杏荷秋冬"
    "雨露霜虹岚明亮辉军伟强刚勇斌文武建国民志海波涛林松柏峰宇浩杰磊鹏飞龙凯俊彬东新宏德福寿"
    "喜庆良贵富成清正永长如意惠芹娣翔振兴家鑫"
)

_HAS_COUNT = re.compile(r"\d|[一二两三四五六七八九十百千万几数][个家所名座]")


_NOT_GIVEN_NAME = set("的和与及在是了等先后也都就还又被把向对为从到说将已曾并而或、，。；：“”（）《》 \n")
# A name right after a role word (退休教师赵淑华, 调解员杨桂芝), for names the tagger misses.
_ROLE_NAME = re.compile(
    r"(?:教师|老师|主席|书记|主任|调解员|志愿者|代表|学员|村民|居民|宝妈|队长|会长|站长|社长|"
    r"理事长|负责人|创始人|网格员|信息员|执委|医生|律师|民警|法官|检察官|社工|干部|"
    r"茶农|果农|菜农|花农|农户|养殖户|种植户|店主|摊主|主播|绣娘|月嫂|育婴员|护工)"
    r"([\u4e00-\u9fff]{2,3}?)(?=[，。、；：:“”（）()\s]|说|表示|介绍|告诉|等|和|与|带|为|是|在|的|先后|也|"
    r"组织|发起|负责|牵头|主动|每天|每周|每月|坚持|创办|参加|参与|提出|认为|回忆|笑着|一直|已经|今年|现在|"
    r"直播|开始|带头|报名|成为|获得|第一|去年|从|$)"
)
_COMMON_WORD_FREQ = 50  # a tagged "name" this frequent in jieba's dictionary is a word (阳光, 安全感)


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Dictionary words that start with a surname character (阳光, 高山), from jieba's dict."""
    from pathlib import Path

    import jieba

    words = set()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and 2 <= len(parts[0]) <= 4 and parts[0][0] in _SURNAMES_1:
                if int(parts[1]) >= _COMMON_WORD_FREQ:
                    words.add(parts[0])
    return frozenset(words)


def person_spans(draft: str, tagger) -> list[tuple[int, int]]:
    """Tagged person names that look like names: a known surname, not a common word.

    jieba often tags a lone surname (王 + 淑芬 as nrt); such a span is extended over the
    next two characters when they can be a given name.
    """
    spans = []
    common = _common_words()
    for span in tagger.tag([draft])[0]:
        if span.label != "PER":
            continue
        start, end = span.start, span.end
        if end - start == 1:
            given = draft[end:end + 2]
            known = draft[start] in _SURNAMES_1
            if len(given) == 2 and all("\u4e00" <= c <= "\u9fff" and c not in _NOT_GIVEN_NAME
                                       and (known or c in _GIVEN_NAME_CHARS) for c in given):
                end += 2
        name = draft[start:end]
        if not 2 <= len(name) <= 4 or name in common:
            continue
        if name[0] in _SURNAMES_1 or name[:2] in _SURNAMES_2 or _rare_surname_name(name):
            if "某" in name and len(name) <= 3:
                continue  # 王某, 张某某: already anonymised
            spans.append((start, end))
    for m in _ROLE_NAME.finditer(draft):
        name = m[1]
        if ((name[0] in _SURNAMES_1 or _rare_surname_name(name)) and name not in common
                and not any(s < m.end(1) and m.start(1) < e for s, e in spans)):
            spans.append((m.start(1), m.end(1)))
    return sorted(spans)


# A surname with a form of address: 周奶奶, 刘大姐, 吴女士 — a person as surely as a full name.
_ADDRESS_TERMS = "大姐|大嫂|阿姨|奶奶|婆婆|大妈|大娘|大爷|爷爷|女士|先生|师傅|老师"
_ADDRESSED = re.compile(rf"([\u4e00-\u9fff])({_ADDRESS_TERMS})")
_NOT_SURNAME_HERE = set("向于给跟替同和与及让叫请帮被把比像对为从在到离往朝当是的了等")


def addressed_spans(draft: str) -> list[tuple[int, int]]:
    """周奶奶, 刘大姐: a listed surname (not a preposition here) and a form of address."""
    return [(m.start(), m.end()) for m in _ADDRESSED.finditer(draft)
            if m[1] in _SURNAMES_1 and m[1] not in _NOT_SURNAME_HERE]


def addressed_supported(name: str, notes: str) -> bool:
    """The same form in the notes; for 女士/先生, also a full name with that surname (孙丽)."""
    if name in notes:
        return True
    if name[1:] in ("女士", "先生"):
        return re.search(rf"{re.escape(name[0])}[\u4e00-\u9fff]{{1,2}}", notes) is not None
    return False


def _rare_surname_name(name: str) -> bool:
    """A three-character name whose surname is not listed but whose given name is typical."""
    return (len(name) == 3 and "\u4e00" <= name[0] <= "\u9fff" and name[0] not in _NOT_GIVEN_NAME
            and all(c in _GIVEN_NAME_CHARS for c in name[1:]))


def org_spans(draft: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _ORG_RE.finditer(draft):
        prefix = m[1]
        cut = _ORG_STOP.match(prefix)
        if cut:
            prefix = prefix[cut.end():]
        if m[2] in _AGENCIES and _LEVEL_ONLY.match(prefix):
            start = m.start(2) - len(prefix)
            out.append((start, m.end(), draft[start:m.end()]))
            continue
        if len(prefix) < 2 or _GENERIC_ORG_PREFIX.match(prefix) or _HAS_COUNT.search(prefix):
            continue
        start = m.start(2) - len(prefix)
        out.append((start, m.end(), draft[start:m.end()]))
    for m in _BUREAU.finditer(draft):
        if _BUREAU_DOMAIN_STOP & set(m[1]) or any(s < m.end() and m.start() < e for s, e, _ in out):
            continue
        out.append((m.start(), m.end(), m.group()))
    return sorted(out)


def org_supported(name: str, notes: str) -> bool:
    """The name, or the name without leading place levels (省/市/县), is in the notes;
    for a government body named by level and suffix, the body (民政局 or 民政) is."""
    bureau = _BUREAU.fullmatch(name)
    if bureau and not _suffix(name):  # 县商务局: the notes name 商务局 or 商务
        return name[1:] in notes or bureau[1] in notes
    level = _LEVEL_ONLY.match(name[:-len(_suffix(name))]) if _suffix(name) in _AGENCIES else None
    if level:
        body = _suffix(name)
        core = body[:-1] if len(body) > 2 and body[-1] in "局院所" else body
        return body in notes or core in notes
    for i in range(len(name)):
        tail = name[i:]
        if tail in notes:
            return True
        if len(tail) <= 4:
            break
    return False


def _suffix(name: str) -> str:
    m = re.search(rf"(?:{_ORG_SUFFIX})$", name)
    return m.group() if m else ""

"""Faults an editor sees that the notes-level detectors miss.

Each detector takes the draft's text (and the notes where needed) and returns ``Defect`` rows
whose spans index the text it was given, like ``assist.checks.detectors``:

- ``list_items_not_actions``: an 一是/二是 item that is not a measure -- a place (一是桥东社区),
  a date (一是7月-8月), a bare noun, or a label and its values (在调研单位方面，县妇联，县总工会);
- ``colloquial_quantities``: figures said as in a chat (有七十几个, 当场登记意向的有37个, 9个人,
  读者150+人, 有1.2万);
- ``lead_without_actor``: a lead whose first sentence names no unit or person who did the work,
  or starts with an adverb or a verb (还联合…, 开展…);
- ``raw_clause_titles``: a title that is a note clause rather than a headline (岗位已经对接好了,
  巾帼家政服务站月报（红旗区妇联）, 招聘会 当场登记意向的有37个, 区妇联还联合公安…);
- ``broken_sentences``: clauses cut from their context (的反家暴工作，…; 今天上午举办了，; 村妇联村;
  计划年底准备…; a bare 孩子 between commas);
- ``hardship_named``: an adult's real name next to a hardship (家暴, 重病, 低保, 离异 …) in the body;
  a 某 form or a 化名 is fine, an official with a title (主席刘敏) is not a hardship case.
"""

from __future__ import annotations

import regex as re

from assist.checks.detectors import DEFECT_KINDS, Defect, _contact_line_spans, _defect, _inside, _quoted_spans

EDITORIAL_KINDS = {k: DEFECT_KINDS[k] for k in (
    "list_item_not_action", "colloquial_quantity", "lead_no_actor", "title_raw_clause", "broken_sentence", "hardship_named",
    "lead_no_when", "lead_no_place",
)}

_ORDINAL_ITEM = re.compile(r"(?:^|(?<=[。\n]))([一二三四五六七八九十])是([^。\n]*)。?")
_PLACE_ONLY = re.compile(
    r"[\u4e00-\u9fa5\d]{1,12}(?:社区|村|镇|乡|街道|广场|中心|会议室|礼堂|活动室|学校|小学|中学|公园|大厅|基地|馆|站|之家|小区|党校|报告厅|楼|室|厅)"
)
_DATE_ONLY = re.compile(
    r"[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日(?:(?:至|到|—|-)(?:[一二三四五六七八九十]{1,3}月)?[一二三四五六七八九十]{1,3}日)?|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:(?:至|—|-|到)(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:上午|下午|晚上)?|\d{4}年|(?:上|下)半年"
)
_UNIT = (
    r"[\u4e00-\u9fa5]{1,12}?(?:妇联|妇女联合会|局|所|院|中心|学校|公司|团委|团县委|团市委|委员会|民政办|司法办|办公室|站|馆|协会|商会|"
    r"医院|党校|总工会|工会|政府|办事处|支部|服务队|志愿队|小分队|宣讲团|团队|律所|合作社|法院|检察院|派出所|公安|村委会|居委会)"
)
_PERSON_ACTOR = re.compile(r"志愿者|律师|医生|讲师|专家|执委|干部|信息员|社工|妇女代表|巾帼|网格员|调解员|书记|主席|主任")
_ADVERB_START = re.compile(r"^(?:还|也|都|并|又|另外|此外|同时|其中|然后|所以|因此|但|而)")
_VERB_START = re.compile(r"^(?:(?:与|和|跟)[^，。]{2,14}?联合|开展|举办|组织|召开|邀请|联合|为(?!了|帮助|进一步|推动|促进|让|使)|帮|帮助|上门|成立|发放|建立|设立|走访|慰问|接到|协助|推出|进行)")


def _when_prefix(sentence: str) -> str:
    m = re.match(r"^[^，。]{0,18}?，", sentence)
    if m and _DATE_ONLY.search(m.group(0)) or m and re.search(r"今年|近日|日前|本月|上月|上周|本周|近期|以来|期间|前夕|昨日|今日|前日|昨天|今天", m.group(0) if m else ""):
        return sentence[m.end():]
    return sentence


_WHEN_HEAD = (
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上)?|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]"
    r"|(?:周|星期|礼拜)[一二三四五六日天](?:上午|下午|晚上)?|(?:上午|下午|晚上)?\d{1,2}(?:点|时|[:：]\d{2})(?:半|\d{1,2}分)?)"
)
# a time, with at most a place after it, and nothing done
_TIME_PLACE = re.compile(rf"{_WHEN_HEAD}(?:[，,]?(?:在|到|于)?[^，。；]{{0,14}})?")
_ACTING = re.compile(r"开展|组织|举办|召开|发放|走访|慰问|完成|培训|讲|送|帮|签|报名|参加|服务|接待|调解|筛查|义诊|宣讲|入户|上门|联系|建立|成立")
_RECORD_HEAD = re.compile(r"^(?:(?:维权|帮扶|救助)?个案(?:记录|档案)?|个案编号|编号)(?:[，,：:\s\dA-Za-z\-]|\d{4}年|$)")
_CHAT_ASIDE = re.compile(r"^(?:辛苦|收到|好的|好嘞)|几点(?:到|集合)|发我|发一份|发群里|发到群|整理个信息|报个信息")


def list_items_not_actions(text: str) -> list[Defect]:
    """一是… items that are a place, a date, a bare noun or a label's values, not a measure."""
    out = []
    for m in _ORDINAL_ITEM.finditer(text):
        item = m.group(2).strip("，,；; ")
        reason = ""
        if _PLACE_ONLY.fullmatch(item) or _DATE_ONLY.fullmatch(item):
            reason = "地点或日期"
        elif m.group(2).startswith("是"):
            reason = "多了一个“是”"  # 一是是十二月一号
        elif _TIME_PLACE.fullmatch(item) and not _ACTING.search(item):
            reason = "时间或地点"  # 一是周六上午，在滨江公园南门; 一是8点半到乡政府院子
        elif _RECORD_HEAD.match(item):
            reason = "记录表头"  # 一是个案记录2026年11月25日; 一是维权个案，编号…
        elif _CHAT_ASIDE.search(item):
            reason = "聊天用语"  # 四是名单发一份; 六是辛苦，整理个信息报县妇联
        elif re.fullmatch(r"(?:[\u4e00-\u9fa5]{1,4}的)?(?:孩子|女儿|儿子|丈夫|妻子|母亲|父亲|老人|家人|家长|对象|群众|妇女|学生|女生|男生)", item):
            reason = "只有一个名词"
        elif re.match(r"^在[^，]{1,10}方面，", item) and not re.search(
            r"开展|组织|举办|建立|推出|实施|提供|帮助|发放|完成|办理|受理|培训|走访|成立|签订|服务|新增|达到|增长|提高", item
        ):
            reason = "字段值"
        elif re.fullmatch(r"(?:[\u4e00-\u9fa5]{2,12}[，、])+[\u4e00-\u9fa5]{2,12}", item) and all(
            re.fullmatch(_UNIT, p) for p in re.split(r"[，、]", item)
        ):
            reason = "单位名单"
        if reason:
            out.append(_defect("list_item_not_action", m.start(), m.end(), text, f"{m.group(0)[:16]}（{reason}）"))
    return out


_COLLOQUIAL_Q = re.compile(
    r"(?:^|(?<=[，。；\n]))(?:还|另外|一共|共)?有(?:[\d.]+|[一二两三四五六七八九十百千万几]+)(?:万|千|百)?(?:多|来|余|几)?(?:个|位|户|家)?(?:人)?(?=[，。；\n吧]|$)"
    r"|[\u4e00-\u9fa5]的有[\d一二两三四五六七八九十百千万]+(?:多|来|余)?(?:个|位|名|人)"
    r"|\d+\s*\+\s*(?:人|名|家|个|户)?"
    r"|[一二两三四五六七八九十\d]+几(?:个|位|人|号)"
    r"|(?<![\d.])(?:\d+|[两三四五六七八九十]{1,3})个人(?![生信才力所员])"
    r"|(?<=[\u4e00-\u9fa5])的\d+个(?=[，。；]|$)"  # 初筛异常的11个
    r"|(?:队伍|企业|单位)有\d+(?:支|家|个)"  # 参赛队伍有14支
    r"|(?<![\d.])(?:\d+|[两三四五六七八九十]{1,3})个(?=医生|老师|律师|专家|志愿者|家长|妇女|学员|姐妹|孩子|群众|居民|老人|村民|干部)"
)


def colloquial_quantities(text: str) -> list[Defect]:
    """Figures said as in a chat (有七十几个, 的有37个, 9个人, 150+人); quotes are exempt."""
    quoted = _quoted_spans(text) + _contact_line_spans(text)
    return [
        _defect("colloquial_quantity", m.start(), m.end(), text, m.group(0).strip("，。；"))
        for m in _COLLOQUIAL_Q.finditer(text)
        if m.end() > m.start() and not _inside(m.start(), quoted)
    ]


_ASKED_ACTOR = re.compile(r"^【请补充[\u4e00-\u9fa5]{2,8}】")


def lead_without_actor(lead: str, offset: int = 0) -> list[Defect]:
    """The lead's first sentence names no unit (or people) doing the work, or opens on an adverb or verb."""
    if not lead.strip():
        return []
    first = re.split(r"(?<=[。！？])", lead, maxsplit=1)[0]
    head = _when_prefix(first)
    out = []
    if _ASKED_ACTOR.match(head) or re.match(r"^[^，。]{0,20}，【请补充", first):  # 【请补充主办单位】…: the unit is asked of the officer, not left out
        return out
    actor = re.match(_UNIT, head)
    if _ADVERB_START.match(head) or _VERB_START.match(head) or (actor and _ADVERB_START.match(head[actor.end():])):
        out.append(Defect("lead_no_actor", offset, offset + len(first), first, EDITORIAL_KINDS["lead_no_actor"] + f"：“{head[:12]}”"))
    elif not re.search(_UNIT, first) and not _PERSON_ACTOR.search(first):
        out.append(Defect("lead_no_actor", offset, offset + len(first), first, EDITORIAL_KINDS["lead_no_actor"]))
    return out


_ACTIVITY = re.compile(
    r"活动|会|讲座|培训|班|调研|调查|宣传|宣讲|服务|义诊|筛查|走访|慰问|探望|看望|仪式|比赛|赛|展|营|课|行动|工作|帮扶|沙龙|直播|招聘|"
    r"评选|考察|学习|观影|读书|开放日|健步走|工作坊|路演|计划|项目|救助|调解|调处|普法|检查|体检|咨询|培育|创建|联谊|研讨|论坛|交流|座谈|"
    r"比武|汇演|晚会|(?i:demo|workshop|salon|seminar|forum|camp|meetup)|进(?:社区|校园|小区|乡村|企业|家庭|机关|学校|村|农村|万家)|建设|节|辅导|演出|竞赛|报告|仪式|训练|演练|义卖|募捐|捐赠|结对|签约"
)


def lead_event_object(lead: str, offset: int = 0) -> list[Defect]:
    """开展/举办 whose object is no activity (县妇联开展新就业形态女性劳动者权益保障。)."""
    first = re.split(r"(?<=[。！？])", lead, maxsplit=1)[0]
    out = []
    for m in re.finditer(r"(?:开展|举办|举行|组织|召开)(?![部委者])(?:了)?([^，。；]{2,30})", first):
        obj = m.group(1)
        if not _ACTIVITY.search(obj):
            out.append(Defect("lead_no_event", offset + m.start(), offset + m.end(), m.group(0), DEFECT_KINDS["lead_no_event"] + f"：“{m.group(0)[:16]}”不是活动"))
    return out


_DOC_WORD = re.compile(r"月报|周报|年报|纪要|登记表|统计表|情况表|汇总表|记录整理|工作记录|群聊|报表")
_CHATTY_END = re.compile(r"(?:了|吧|的|呢|啊|呀|嘛|好了|完了)$")
_RAW_MARK = re.compile(r"已经[^，]{0,8}了|的有\d|挺|不错|怎么样|我们|咱|一下|还(?=联合|发放|帮|有)|(?:^|[妇联])(?:还|也|另外)")


def raw_clause_titles(title: str, offset: int = 0) -> list[Defect]:
    """A title that is a note clause or a sheet's header, not a headline."""
    body = re.sub(r"^——", "", title).strip()
    if not body:
        return []
    reason = ""
    if _DOC_WORD.search(body):
        reason = "表头或文档名"
    elif re.search(r"(?:^|[\s　])(?:在|从|有(?!关)|把|给|和(?!平|谐|美|睦)|跟|被)", body):
        reason = "以介词或“有”开头的半句"
    elif re.search(r"(?:了|的)[\d一二两三四五六七八九十百千万.]+(?:个|起|件|例|次|户|名|人)$", body):
        reason = "数字后缺少名词"
    elif re.search(r"(?:妇联|局|所|站|中心)(?=(?!\d{1,2}月)\d|每|家里|村里|[一二两三四五六七八九十百]+[个名人户家])", body):
        reason = "单位名后直接跟数字"
    elif not (re.search(_UNIT, body) or _ACTIVITY.search(body) or _PERSON_ACTOR.search(body) or "“" in body):
        reason = "没有活动也没有主体"
    elif re.search(r"[（(][^）)]{0,10}(?:妇联|委员会)[）)]", body):
        reason = "括注单位"
    else:
        for part in re.split(r"[\s　：:，,]+", body):
            if part and (_CHATTY_END.search(part) and not re.search(r"(?:新|好|热|红|强|美|暖|实)的$", part)) or _RAW_MARK.search(part or ""):
                reason = f"“{part}”"
                break
    if not reason:
        return []
    return [Defect("title_raw_clause", offset, offset + len(title), title, EDITORIAL_KINDS["title_raw_clause"] + f"：{reason}")]


_BROKEN = re.compile(
    r"(?:^|(?<=[。\n]))(?:的(?!确)|了(?!解)|和(?!平|谐|美|睦)|与(?!会)|及(?!时)|并且)(?=[\u4e00-\u9fa5])"  # a sentence that starts mid-phrase
    r"|(?<=上午|下午|晚上|今天|今日|昨天|昨日|[日号])(?:举办|开展|组织|召开|邀请|进行|举行)了?(?=[，；。])"  # 今天上午举办了，
    r"|(?:举办|开展|组织|召开|邀请|进行|举行)了(?=[，；。])"
    r"|妇联(?:村|镇|乡|区|县|市)(?![妇委级直属])(?=[\u4e00-\u9fa5])"  # 村妇联村今年
    r"|(?:计划|准备|打算)[^，。；\n“]{0,6}(?:计划|准备|打算)"  # 计划年底准备
    r"|(?:^|(?<=[，。]))(?:孩子|女生|男生|学生|对象)(?=[，。])"  # a bare noun left by a removed name
    r"|(?<=[，。])(?:有[一二两三四五六七八九十\d]+个)(?=[，。])"
    r"|(发现|表示|指出|建议|希望|计划|开展|举办)[，,]\1"  # 工作中也发现，发现… (签约，签约金额 is fine)
    r"|(?:计划|准备|打算)[^。；]{0,12}已经"  # a result filed as a plan
    r"|(?:^|(?<=[。\n]))(?:打算|准备|包了|讲解了|安排了)(?=[\u4e00-\u9fa5])"  # a sentence with no one doing it
    r"|(?<=[\u4e00-\u9fa5])(?<![共约有近超达计余的和、及为全县镇村区市一二两三四五六七八九十百千])(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?人参加"  # 讲法律一百余人参加: two clauses run together
)


def broken_sentences(text: str) -> list[Defect]:
    """Clauses cut from their context; headings at a line start and quotes are exempt."""
    quoted = _quoted_spans(text)
    out = []
    for m in _BROKEN.finditer(text):
        if _inside(m.start(), quoted):
            continue
        out.append(_defect("broken_sentence", m.start(), max(m.end(), m.start() + 1), text, text[max(0, m.start() - 4): m.end() + 6]))
    return out


_HARDSHIP = re.compile(
    r"单亲|家暴|家庭暴力|殴打|打骂|虐待|威胁|求助|受害|离异|离婚|丧偶|去世|重病|患病|癌|残疾|低保|困难|贫困|失业|欠薪|讨薪|纠纷|维权|卧床|孤寡|留守妇女"
)
_OFFICIAL_BEFORE = re.compile(
    r"(?:主席|副主席|书记|主任|部长|局长|县长|镇长|所长|院长|站长|会长|律师|医生|老师|教授|作家|法官|民警|警官|专家|讲师|社工|干部|执委|委员|代表|调解员|志愿者)$"
)


_HELPED = re.compile(
    r"(?:帮扶对象|走访对象|救助对象|参加对象|服务对象|对象为|求助人|受害人|当事人|申请人|低保户|困难户|单亲母亲|困难妇女)[：:为是]?"
    r"((?:欧阳|司马|诸葛|上官)?[\u4e00-\u9fa5][\u4e00-\u9fa5]{1,2})(?=[，。、；（(\s]|$)"
)


def _surnamed(name: str) -> bool:
    from privacy.names import common_words, surnames

    single, double = surnames()
    if re.search(r"[一二两三四五六七八九十百千万零]", name):
        return False
    return (name[:2] in double or name[0] in single) and name not in common_words()


def hardship_named(text: str) -> list[Defect]:
    """An adult's real name in a sentence about a hardship; 某 forms, 化名 and titled officials are fine."""
    from privacy.person_rules import find_names, title_terms

    exempt = _contact_line_spans(text)
    titles = title_terms()
    out, pos = [], 0
    for sentence in re.split(r"(?<=[。！？\n])", text):
        if _HARDSHIP.search(sentence):
            for a, b, _ in sorted(set(find_names(sentence))):
                name = sentence[a:b]
                if "某" in name or "化名" in sentence[b: b + 6] or _OFFICIAL_BEFORE.search(sentence[max(0, a - 6): a]) or _HARDSHIP.search(name) or not _surnamed(name):
                    continue
                if name.endswith(titles):  # 周律师, 苗医生: a professional named by a title, not the person helped
                    continue
                if _inside(pos + a, exempt):
                    continue
                out.append(_defect("hardship_named", pos + a, pos + b, text, name))
        for m in _HELPED.finditer(sentence):
            a, b = m.span(1)
            name = m.group(1)
            if "某" in name or "化名" in sentence[b: b + 6] or _inside(pos + a, exempt) or not _surnamed(name):
                continue
            out.append(_defect("hardship_named", pos + a, pos + b, text, name))
        pos += len(sentence)
    return sorted(set(out), key=lambda d: d.start)


_NOTE_WHEN = re.compile(
    r"\d{4}\s*[年./-]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?<![\d.])\d{1,2}\s*号|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号]"
    r"|礼拜[一二三四五六天日]|(?:上|本|这)周[一二三四五六日天]|昨天|今天|前天|昨日|今日|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,2}\b"
)
_PLAN_LINE = re.compile(r"下次|下一步|下步|计划|准备|打算|明天|明年|下周|下月|下个月|将于|拟|接下来")
_LEAD_WHEN = re.compile(
    r"\d{1,2}月|\d{4}年|\d{1,2}日|[上本]周|昨日|今日|前日|近日|日前|今年|去年|上半年|下半年|本月|上月|近年|以来|期间|前夕|节前|之际"
)


def lead_without_when(lead: str, notes: str, offset: int = 0) -> list[Defect]:
    """The notes date the event (a date in a line that is no plan), the lead's first sentence says no when."""
    if not lead.strip() or not notes:
        return []
    lines = [ln for ln in notes.split("\n") if ln.strip()]
    heads = lines[:2] + [ln for ln in lines if re.match(r"^\s*(?:时间|日期)[：:\s]", ln)]
    dated = any(_NOTE_WHEN.search(ln) and not _PLAN_LINE.search(ln) for ln in heads)
    first = re.split(r"(?<=[。！？])", lead, maxsplit=1)[0]
    if not dated or _LEAD_WHEN.search(first) or first.startswith("“"):
        return []
    return [Defect("lead_no_when", offset, offset + len(first), first, DEFECT_KINDS["lead_no_when"])]


def lead_without_place(lead: str, place: str, offset: int = 0) -> list[Defect]:
    """The notes name the event's place (``place``, read from its 地点 field), the lead does not."""
    if not place or not lead.strip() or place in lead:
        return []
    first = re.split(r"(?<=[。！？])", lead, maxsplit=1)[0]
    return [Defect("lead_no_place", offset, offset + len(first), first, DEFECT_KINDS["lead_no_place"] + f"：{place}")]

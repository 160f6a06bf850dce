"""Note material left in a draft that the older checks pass (session 13).

Each detector takes the draft's text (the body, or the lead) and returns ``Defect`` rows whose
spans index the text it was given, like ``assist.checks.detectors``:

- ``field_residue``: a labelled note field written out as a sentence -- 在X方面， followed by bare
  values (a unit, a title, a name) with no verb, or a sentence that is only such a value list;
- ``nested_quotes``: a quotation opened inside another one (“…“…”…”), or quote marks that do
  not pair up within a paragraph;
- ``lead_fragment``: a lead whose first sentence opens on a note fragment (a group code, a bare
  one-character verb, a cut-off label), puts a place clause after its event verb (开展在…办), or
  leaves a verb or a conjunction dangling (参加和。 / 参加，留守妇女58人);
- ``filler_kept``: spoken fillers (就是说, 嗯, 然后那个) and numbers said as spoken (六千五,
  一百二十) left in the text;
- ``label_in_list``: an 一是… item that is only a label and a value (儿童为小禾（化名）), a
  person named by a relation, a lone verb (启动。) or a bare count (2家养老院。);
- ``meeting_as_event``: minutes (议题, 纪要) whose lead makes an agenda item the event instead
  of the meeting.
"""

from __future__ import annotations

import regex as re

from assist.checks.detectors import Defect, _defect, _inside, _quoted_spans

# Verbs (and verb-like words) whose presence makes a clause a statement rather than a value list.
_VERB = re.compile(
    r"开展|组织|举办|举行|召开|参加|参与|出席|发放|走访|慰问|建立|成立|提供|帮|完成|办|受理|培训|服务|签|新增|达到|增长|提高|"
    r"推动|推进|实现|落实|加强|强化|深化|聚焦|围绕|坚持|注重|通过|利用|依托|联合|邀请|讲|宣|解答|接待|调解|化解|排查|筛查|覆盖|"
    r"惠及|吸引|引导|指导|协调|对接|争取|投入|设|打造|推出|实施|制定|印发|出台|开|组建|培育|评|表彰|走进|深入|入户|上门|看望|"
    r"探望|关爱|陪伴|资助|捐|送|赠|发|购|建|有|是|为|获|被|让|使|用|做|学|教|救助|关注|听取|审议|部署|安排|研究|讨论|负责|担任|"
    r"介绍|分享|交流|展示|表演|演|唱|包|制作|种植|养殖|销售|收购|帮扶|结对|对|向|给|与|和|在|到|从|把|将|已|共|累计|约|达|占|超|"
    r"增加|减少|下降|上升|涉及|包括|含|等"
)
# Only the verbs of two characters or more: a noun list (家庭教育、心理疏导) holds single verb characters.
_VERB_WORD = re.compile("|".join(w for w in _VERB.pattern.split("|") if len(w) >= 2))
# A value of a note field: a unit, a title or a kin word, a name, a place
_UNIT_END = r"(?:妇联|局|办|部|科|处|股|所|院|中心|学校|公司|团委|委员会|办公室|站|馆|协会|医院|党校|工会|政府|办事处|支部|服务队|合作社|法院|检察院|派出所|村委会|居委会|社区|村|镇|乡|街道)"
_TITLE_END = r"(?:师|员|长|主任|书记|主席|代表|干部|专家|律师|医生|老师|教授|社工|志愿者)"
_KIN = r"(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|妈妈|母亲|爸爸|父亲|姐姐|哥哥|伯伯|叔叔|阿姨|姑姑|舅舅|婶婶|丈夫|妻子|儿子|女儿|孙女|孙子)"


def _is_bare_value(part: str) -> bool:
    """A unit, a title, a kin word, or a short name: a field's value, no statement."""
    part = part.strip()
    if not part or len(part) > 12:
        return False
    if re.fullmatch(rf"[\u4e00-\u9fa5]{{1,10}}{_UNIT_END}|[\u4e00-\u9fa5]{{0,8}}{_TITLE_END}|{_KIN}", part):
        return len(part) <= 8 and not re.search(r"[的有是在为和与了过着]", part)
    return bool(re.fullmatch(r"[\u4e00-\u9fa5]{2,3}(?:（化名）)?", part)) and not _VERB.search(part)


_ASPECT = re.compile(r"在([^，。；\n]{1,14}?)方面，([^。；\n]*)")
_SENTENCE = re.compile(r"[^。！？；\n]+")


def field_residue(text: str) -> list[Defect]:
    """在X方面，A，B，C with no verb, a label with a dash in it, or a sentence that is only bare values."""
    quoted = _quoted_spans(text)
    out = []
    for m in _ASPECT.finditer(text):
        if _inside(m.start(), quoted):
            continue
        label, rest = m.group(1), m.group(2)
        parts = [p for p in re.split(r"[，、]", rest) if p.strip()]
        items = re.split(r"、", rest)
        bare_list = len(items) >= 3 and not re.search(r"[\d，]", rest) and not _VERB_WORD.search(rest)
        unit_label = re.fullmatch(rf"[^，。]{{0,12}}(?:妇联|委员会|局)", label)
        if re.search(r"[—\-–:：]", label) or unit_label or bare_list or (parts and all(_is_bare_value(p) for p in parts)):
            out.append(_defect("field_residue", m.start(), m.end(), text, m.group(0)[:24]))
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        parts = sentence.split("，")
        if len(parts) >= 3 and all(_is_bare_value(p) for p in parts) and any(
            re.fullmatch(rf"[\u4e00-\u9fa5]{{0,8}}(?:{_TITLE_END}|{_KIN})", p.strip()) for p in parts
        ):
            if not any(d.start <= m.start() < d.end for d in out) and not _inside(m.start(), quoted):
                out.append(_defect("field_residue", m.start(), m.end(), text, sentence[:24]))
    for m in re.finditer(r"(?<=[，])[+\-−]\d+(?:\.\d+)?%(?=[，。；]|$)", text):  # 5件，+60.0%: a table cell
        out.append(_defect("field_residue", m.start(), m.end(), text, m.group(0)))
    return sorted(out, key=lambda d: d.start)


_OPEN, _CLOSE = "“「", "”」"


def nested_quotes(text: str) -> list[Defect]:
    """Per paragraph: a “ opened before the last one closed, a ” with none open, one left open."""
    out, pos = [], 0
    for line in text.split("\n"):
        depth, opened_at, reported = 0, 0, False
        for i, ch in enumerate(line):
            if ch in _OPEN:
                if depth and not reported:
                    out.append(_defect("nested_quotes", pos + opened_at, pos + i + 1, text, "引号内又套了引号"))
                    reported = True
                if not depth:
                    opened_at = i
                depth += 1
            elif ch in _CLOSE:
                if not depth and not reported:
                    out.append(_defect("nested_quotes", pos + i, pos + i + 1, text, "右引号没有对应的左引号"))
                    reported = True
                depth = max(0, depth - 1)
        if depth and not reported:
            out.append(_defect("nested_quotes", pos + opened_at, pos + len(line), text, "引号没有闭合"))
        elif line.count('"') % 2 and not reported:
            out.append(_defect("nested_quotes", pos, pos + len(line), text, "引号没有闭合"))
        pos += len(line) + 1
    return out


# The lead's first sentence opens on a note fragment: a group code (A组), a one-character verb
# (办“…”), a label cut to its last character (题“…”, 点：), a verb of going with no one going
# (到桂园小区，…), or company with no actor (和民政所的同志一起…).
_FRAGMENT_START = re.compile(
    r"^(?:[A-Za-z]\d?组|[办搞弄讲做去给跟][“\u4e00-\u9fa5]|来(?!自)[\u4e00-\u9fa5]|到(?![\d年今目本上下])[\u4e00-\u9fa5]|[题点容象式](?=[“：:])|(?:和|跟|同)[^，。]{1,12}一起)"
)
_TIME_HEAD = re.compile(
    r"^(?:[^，。]{0,20}?(?:\d{1,2}[日号]|日前|近日|今日|昨日|本月|上月|今年|以来|前夕|期间|\d{1,2}月)[^，。]{0,10}?，)?(?:上午|下午|晚上|当天)?"
)
_EVENT_THEN_PLACE = re.compile(r"(?:开展|举办|举行|组织|召开|启动)了?(?:在|于)[^，。]{1,20}?(?:办|开展|举办|举行|召开)")
_EVENT_THEN_CLAUSE = re.compile(  # 开展要把…建档 / 开展区妇联来调研: the event verb takes a clause, not an event
    r"(?:开展|举办|组织|召开)(?:要|把|将要)|(?:开展|举办)[\u4e00-\u9fa5]{0,6}(?:妇联|局|委)(?:来|到)"
)
_DANGLING = re.compile(
    r"(?:参加|参与|出席|邀请|组织|联合|包括)(?:和|与|及|以及)(?=[。，；]|$)"
    r"|(?<![平温饱谐调])和(?=[。；]|$)"
    r"|(?<=^|[，、”])(?:参加|参与|出席)，"  # 参加，留守妇女58人: the verb with no one before it
    r"|(?<=[，])(?:联系|安排|邀请|组织|协调|对接|学员|干部|对象|地点|时间|为[\u4e00-\u9fa5]{1,4})(?=，)"  # 联系，区妇联…
    r"|(?<=[，])(?:干部|志愿者|负责人|经办人|联系人)[\u4e00-\u9fa5]{2,3}(?=，)"  # 干部贺晓红，入户3次
    r"|(?<=[，])[\u4e00-\u9fa5]{1,8}(?:妇联|局)[\u4e00-\u9fa5]{1,4}(?:部|科|处|股)(?=，)"  # …求助，区妇联权益部，联系…
    r"|[+＋][、，]|、、|，，|、，|，、"  # a value dropped from a list
)
_HEADER_SENTENCE = re.compile(  # 雁湖街道…服务队2026年服务小结。 / …发放情况（永宁县妇联）。
    r"(?:小结|总结|(?<!了解|掌握|通报|汇报|介绍|摸清|核实|反映|询问|说明|查看)情况|纪要|记录|汇总|月报|周报|年报|简报|台账)(?:[（(][^）)]{1,16}[）)])?[。！]?$"
)
_QUOTED_HEADER = re.compile(r"^“[^”]*(?:妇联|委员会)[^”]*”[^，。]{0,6}(?:举行|开展|举办)[。]?$")


def lead_fragment(lead: str, offset: int = 0) -> list[Defect]:
    """A note fragment at the lead's start, a sheet header for a lead, 开展在…办, or a verb left dangling."""
    if not lead.strip():
        return []
    first = re.split(r"(?<=[。！？])", lead.strip(), maxsplit=1)[0]
    start = offset + lead.find(first)
    head = first[_TIME_HEAD.match(first).end():]
    out = []

    def add(a: int, b: int, detail: str) -> None:
        out.append(Defect("lead_fragment", start + a, start + b, first[a:b], _message("lead_fragment", detail)))

    if _FRAGMENT_START.match(head) or _FRAGMENT_START.match(first):
        add(0, len(first), f"以笔记残片“{head[:8]}”开头")
    elif (_HEADER_SENTENCE.search(first) and not re.search(r"开展|举办|召开|组织|举行|走访|慰问", first)) or _QUOTED_HEADER.match(head):
        add(0, len(first), "首句是表头或文档名")
    for m in list(_EVENT_THEN_PLACE.finditer(first)) + list(_EVENT_THEN_CLAUSE.finditer(first)):
        add(m.start(), m.end(), f"“{m.group(0)[:12]}”活动动词后不是活动")
    for m in _DANGLING.finditer(first):
        add(max(0, m.start() - 4), min(len(first), m.end() + 8), f"“{first[max(0, m.start() - 4): m.end() + 8]}”动词或连词悬空")
    return out


def _message(kind: str, detail: str) -> str:
    from assist.checks.detectors import DEFECT_KINDS

    return DEFECT_KINDS[kind] + f"：{detail}"


_FILLER = re.compile(
    r"就是说|然后那个|报一下(?:数)?|那个那个|这个这个|就是就是|然后然后|嗯+|呃|(?<=[，。；])那个(?=[，])"
)
_DIGIT = r"[一二两三四五六七八九]"
# a figure said aloud: 六千五 (6500), 两万八, 一百二, 一百二十, 三千多
_SPOKEN_NUMBER = re.compile(
    rf"(?<![第\d])(?:{_DIGIT}万(?:{_DIGIT}千)?(?:{_DIGIT}百)?|{_DIGIT}千(?:{_DIGIT}百)?|{_DIGIT}百)"
    rf"(?:零?{_DIGIT}(?:十{_DIGIT}?)?|十{_DIGIT}?)?(?:多|余|来|几)?"
)


def filler_kept(text: str) -> list[Defect]:
    """Spoken fillers and figures of a hundred or more said in words; quotes are exempt."""
    quoted = _quoted_spans(text)
    out = []
    for m in _FILLER.finditer(text):
        if not _inside(m.start(), quoted):
            out.append(_defect("filler_kept", m.start(), m.end(), text, f"口语填充词“{m.group(0).strip('，。')}”"))
    for m in _SPOKEN_NUMBER.finditer(text):
        if _inside(m.start(), quoted) or re.match(r"[百千万]", text[m.end():m.end() + 1] or "x"):
            continue
        if re.fullmatch(rf"{_DIGIT}[百千万](?:多|余|来)?", m.group(0)) and not re.match(r"\d", text[m.end():m.end() + 1]):
            continue  # 两百多人, 约三千名: a round estimate may stay in words (GB/T 15835); 一万3600 may not
        out.append(_defect("filler_kept", m.start(), m.end(), text, f"口语数字“{m.group(0)}”"))
    return sorted(set(out), key=lambda d: d.start)


_COUNT = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)(?:家|个|名|所|户|人|位|处|场|次|天|份|件|本|册|张|元|万元|期|批|起|部|人次)"
_ITEM = re.compile(r"(?:^|(?<=[。\n；]))([一二三四五六七八九十])是([^。\n；]*)[。；]?")
_NAME = r"[\u4e00-\u9fa5]{1,3}(?:（化名）|某{1,2})"


def label_in_list(text: str) -> list[Defect]:
    """一是… items that are a label and its value, a relation and a name, a lone verb or a bare count."""
    out = []
    for m in _ITEM.finditer(text):
        item = m.group(2).strip("，, ")
        reason = ""
        if re.fullmatch(rf"[\u4e00-\u9fa5]{{1,6}}(?:为|是|：|:){_NAME}", item) or re.fullmatch(rf"[\u4e00-\u9fa5]{{1,6}}[：:][^，。]{{1,16}}", item):
            reason = "标签加字段值"
        elif re.fullmatch(rf"(?:{_KIN}|监护人|联系人|负责人|经办人)[，、：:为是]?(?:{_NAME}|[\u4e00-\u9fa5]{{2,3}})", item) and _named(item):
            reason = "亲属称谓加姓名"
        elif re.match(r"^在[^，]{1,14}方面，", item) and not _VERB.search(item.split("，", 1)[1]):
            reason = "字段值"
        elif re.fullmatch(r"(?:启动|开展|完成|结束|举办|召开|进行|通过|落实|推进)(?:了)?", item):
            reason = "只有一个动词"
        elif re.fullmatch(rf"(?:(?:每人|每户|每家)[，,]?)?{_COUNT}[\u4e00-\u9fa5]{{0,8}}", item) and not _VERB.search(item):
            reason = "只有一个数量"  # 2家养老院。 / 八是350份。 / 六是每人，1份。
        elif re.search(r"(?:给|交给|发给|送给|转给)了$", item):
            reason = "动词悬空"  # 五是县妇联给了。
        if reason:
            out.append(_defect("label_in_list", m.start(), m.end(), text, f"{m.group(0)[:16]}（{reason}）"))
    return out


def _named(item: str) -> bool:
    """The item ends on a person's name: a 化名 or 某 form, or a surname and one or two characters."""
    from assist.checks.editorial import _surnamed

    if re.search(r"（化名）$|某{1,2}$", item):
        return True
    m = re.search(r"[\u4e00-\u9fa5]{2,3}$", item)
    return bool(m) and _surnamed(m.group(0)) and not _VERB.search(m.group(0))


_MINUTES = re.compile(r"议题|纪要")
_MEETING = re.compile(
    r"会议(?![室厅])|例会|办公会|执委会|常委会|座谈会|推进会|联席会|部署会|协调会|专题会|党组会|碰头会|调度会|恳谈会|务虚会|"
    r"全体会|大会|(?:召开|举行|主持)[^，。]{0,16}会|会商|座谈"
)


def meeting_as_event(lead: str, notes: str, offset: int = 0) -> list[Defect]:
    """Minutes notes (议题, 纪要) whose lead's first sentence names no meeting."""
    if not lead.strip() or not notes or not _MINUTES.search(notes):
        return []
    first = re.split(r"(?<=[。！？])", lead.strip(), maxsplit=1)[0]
    if _MEETING.search(first):
        return []
    start = offset + lead.find(first)
    return [Defect("meeting_as_event", start, start + len(first), first, _message("meeting_as_event", f"“{first[:16]}”"))]

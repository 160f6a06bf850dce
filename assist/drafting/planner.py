"""The report planned from an event frame (``assist.drafting.frame``), in the seed's template.

Title and subtitle from the event or its outcome, a lead of about 100 characters (when,
where, who, what, then the headline result), then only the sections the notes support:
背景, 做法 (or 调研情况), 调研发现, 典型案例, 成效, 存在问题, 意见建议, 下一步打算. Each fact is
used once; a plan only under 下一步打算; contacts on their own （联系人：…） line. Frames add
no facts: every figure, name and claim comes from a fact of the notes.
"""

from __future__ import annotations

import re

from assist.drafting.frame import UNIT_REQUEST, Fact, Frame, read_frame
from assist.drafting.personal import mark_aliases
from assist.drafting.titles import hedged, outcome_rank

LEAD_TARGET = 100
LEAD_MAX = 140
TITLE_MAX = 30
_ORDINALS = "一二三四五六七八九十"
_NOUN_EVENT = re.compile(
    r"(?:会|会议|讲座|培训|培训班|营|赛|比赛|大赛|节|活动|沙龙|工作坊|健步走|直播|义诊|分享会|展演|汇演|演出|晚会|书画展|展览|读书会|开放日|宣讲)$"
)
_ACTION = re.compile(
    r"^(?:[\u4e00-\u9fa5]{0,6}?)(?:开展|组织|举办|召开|邀请|发展|看望|陪同|接到|培训|建立|设立|推出|搭建|走访|开设|成立|实施|联合|发放|打造|组建|开通|举行|宣讲|上门|对接|入户|陪同|联系|协调|帮助|帮|为|给(?=[\u4e00-\u9fa5\d]{2,}(?:做|开展|发放|送|提供|举办))|慰问|看望|走进|筛查|排查|受理|调解|救助|接待|收集|服务)"
)
_ACT_ANY = re.compile(_ACTION.pattern.replace("^(?:[\\u4e00-\\u9fa5]{0,6}?)", "", 1))
_VERB_EVENT = re.compile(r"^(?:走访|慰问|看望|探望|走进|帮扶|开展|组织|举办|召开|上门|调研|赴|到)")

HEADINGS = {
    "background": "工作背景",
    "content": "主要做法",
    "findings": "调研发现",
    "cases": "典型案例",
    "results": "工作成效",
    "problems": "存在问题",
    "proposals": "意见建议",
    "plans": "下一步打算",
}


def _verb(event: str) -> str:
    if _VERB_EVENT.match(event):
        return ""
    if re.search(r"(?:会|会议|例会|推进会|座谈会|交流会)$", event):
        return "召开" if re.search(r"(?:会议|例会|推进会|座谈会|工作会)$", event) else "举办"
    return "举办" if _NOUN_EVENT.search(event) else "开展"


def _who(frame: Frame) -> str:
    partners = [p for p in frame.partners if p and p != frame.organiser]
    if frame.organiser and partners:
        return f"{frame.organiser}联合{'、'.join(partners)}"
    return frame.organiser


def _sentence(text: str) -> str:
    text = text.rstrip("。；;，,")
    return text + ("" if re.search(r"[。！？]”$", text) else "。")


def _bare(text: str) -> str:
    return re.sub(r"[，,。；;、“”\s]", "", text)


class Plan:
    """Facts handed out once: ``take`` marks a fact used."""

    def __init__(self, frame: Frame):
        self.frame = frame
        self.used: set[int] = set()

    def free(self, *slots: str) -> list[Fact]:
        return [f for f in self.frame.of(*slots) if id(f) not in self.used]

    def take(self, fact: Fact) -> str:
        self.used.add(id(fact))
        return fact.text


ASK_ORGANISER = "【请补充主办单位】"


def event_clause(frame: Frame) -> str:
    """当事：{who}在{where}{verb}{event} (the event, the unit and the place in one clause)."""
    who, where = _who(frame), f"在{frame.where}" if frame.where else ""
    event = frame.event
    if not event:
        return ""
    if who and event.startswith(who) and len(event) > len(who) + 2:
        rest = event[len(who):]
        return f"{who}{where}{_verb(rest) or ''}{rest}"
    if who and who in event:
        verb = "召开" if re.search(r"(?:会议|例会|推进会|座谈会|全体会议)$", event) else "举行" if _NOUN_EVENT.search(event) else ""
        return f"{event}{where}{verb}" if verb else (f"{where}{event}" if where else event)
    if who:
        verb = _verb(event)
        return f"{who}{where}{verb}{frame.event_count if verb else ''}{event}"  # 举办了一期“巾帼种养”技术培训
    # no unit in the notes: the lead asks for it (【请补充主办单位】, listed in the questions), never invents one
    if frame.partners:
        return f"{ASK_ORGANISER}联合{'、'.join(frame.partners)}{where}{_verb(event) or '开展'}{event}"
    return f"{ASK_ORGANISER}{where}{_verb(event)}{event}"


_UNIT_IN = re.compile(r"[\u4e00-\u9fa5]{1,12}?(?:妇联|局|所|院|中心|委员会|团委|协会|商会|办|站|队|团|合作社|的同志|志愿者)")


# what a lead's first clause must do (the lead_no_event check's verbs)
_DOING = re.compile(
    r"开展|举办|组织|召开|举行|进行|启动|走访|慰问|走进|深入|来到|设立|建立|成立|建设|建成|开设|打造|组建|推出|实施|发放|调研|筛查|排查|"
    r"帮扶|受理|调解|培训|宣讲|收集|服务|救助|考察|学习|赴|上门|入户|家访|看望|探望|接待|协助|帮助|陪同|推荐"
)


def _has_actor(text: str) -> bool:
    return bool(_UNIT_IN.search(text.split("，")[0]))


def _lead_rank(frame: Frame, fact: Fact) -> int:
    """0: names a unit and what it did; 1: what was done (the unit goes before it); 2: the rest."""
    acting = _ACT_ANY.search(fact.text)
    if acting and (_has_actor(fact.text) or (frame.organiser and frame.organiser in fact.text)):
        return 0
    if _ACTION.match(fact.text) or (acting and fact.slot == "content"):
        return 1
    return 2


def _when(frame: Frame) -> str:
    when = frame.when
    if frame.occasion:
        when = f"{when}{frame.occasion}" if when else frame.occasion
    return when


_PARTNER_IN = r"[\u4e00-\u9fa5]{1,12}?(?:妇联|局|所|院|中心|委员会|团委|协会|商会|办|站|队|团|社|公司|医院|学校)"


def _placed(head: str, where: str) -> str:
    """A lead built from a fact names the place the notes give: 一起上门 → 一起到东岭村上门."""
    if not where or where in head:
        return head
    first, sep, rest = head.partition("，")
    m = re.search(r"(?:一起|共同|前往)?(?=上门|走访|慰问|看望|探望|入户)", first)
    if m and m.start() > 0:
        return f"{first[:m.end()]}到{where}{first[m.end():]}{sep}{rest}"
    unit = re.match(_UNIT_IN.pattern, first)
    if unit and _ACT_ANY.match(first[unit.end():]):
        joint = re.match(rf"(?:联合|会同|携手)(?:{_PARTNER_IN})(?:[、和](?:{_PARTNER_IN}))*", first[unit.end():])
        if joint:  # 县妇联联合县供销社，给困难妇女户发放… → 县妇联联合县供销社在…向困难妇女户发放…
            cut = unit.end() + joint.end()
            tail = first[cut:]
            if not tail and re.match(r"^[给向为]", rest):
                tail, sep, rest = "向" + rest[1:], "", ""
                tail, sep2, rest = tail.partition("，")
                sep = sep2
            return f"{first[:cut]}在{where}{tail}{sep}{rest}"
        return f"{first[:unit.end()]}在{where}{first[unit.end():]}{sep}{rest}"
    return head


def _recommended(frame: Frame) -> str:
    """县妇联推荐邵桂兰家庭参评2026年度县“最美家庭” (a recommendation form's act), or ''."""
    if frame.kind != "recommendation" or not (frame.nominee and frame.organiser):
        return ""
    return f"{_who(frame)}推荐{frame.nominee}" + (f"参评{frame.event}" if frame.event else "为先进典型")


def compose_lead(plan: Plan) -> str:
    frame = plan.frame
    when = _when(frame)
    recommended = _recommended(frame)
    if recommended:  # the act, then the nominee's story in the notes' own facts
        lead = _sentence(f"{when}，{recommended}" if when else recommended)
        free = plan.free("cases")
        # who the nominee is in the lead; the deeds below under 主要事迹, one sentence each
        story = plan.take(free[0]) if len(free) >= 3 else "，".join(plan.take(f) for f in free)
        if story and not story.startswith(frame.nominee[:2]):
            story = frame.nominee + story
        return lead + (_sentence(story.replace("；", "，")) if story else "")
    if frame.kind == "case" and frame.act:
        return _case_lead(plan, when)
    head = event_clause(frame)
    who = _who(frame)
    if frame.preview and head and when and who and head.startswith(who):
        head = f"{who}将于{when}{head[len(who):]}"  # 榕城区妇联将于12月15日在…举办…
        when = ""
    if not head:
        pool = plan.free("content", "participants", "results") or plan.free("speakers", "background")
        if frame.kind == "stats" and (frame.topic or _who(frame)):
            topic = frame.topic if frame.topic.endswith("工作") else f"{frame.topic}工作"
            if not frame.topic:
                head = _who(frame)
            else:
                head = f"{_who(frame)}在{topic}中" if _who(frame) and _who(frame) not in frame.topic else frame.topic
            figures = [f for f in pool if f.figures][:2]
            head = "，".join([head + plan.take(figures[0]) if figures else head] + [plan.take(f) for f in figures[1:]])
        else:
            first = min(pool, key=lambda f: (_lead_rank(frame, f), not _DOING.search(f.text.split("，")[0]), f.line)) if pool else None
            if first is None:
                return ""
            text = plan.take(first)
            own = re.match(r"^((?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?)，?(?=[\u4e00-\u9fa5])", text)
            if own:  # 11月12日，完成第一轮入户: the fact's own date is the lead's, before the unit
                when, text = own[1], text[own.end():]
            who = _who(frame)
            if who and who not in text and _ACTION.match(text):
                text = f"{who}{text}"
            elif who and who not in text and re.match(r"^“[^”]{2,16}”[\u4e00-\u9fa5]{0,4}?(?:试运行|启动|开放|揭牌|成立|开班|开营|上线|投入使用)", text):
                text = f"{who}{text}"  # “妈妈互助托管点”试运行: the unit whose service it is leads
            elif not who and not _has_actor(text) and _ACTION.match(text) and frame.kind != "stats":
                text = f"{ASK_ORGANISER}{text}"  # 走访困难妇女32户 with no unit named: asked for
            if not _DOING.search(text):  # 值班人员当晚陪同到县医院验伤 + 协助…申请保护令: the lead says what was done
                doing = [f for f in pool if id(f) not in plan.used and _DOING.search(f.text.split("，")[0]) and f.line >= first.line]
                if doing and len(text) + len(doing[0].text) <= LEAD_TARGET:
                    text = f"{text}，{plan.take(doing[0])}"
            head = _placed(text, frame.where)
    lead = f"{when}，{head}" if when and when not in head else head
    if frame.total and head:  # a chat's closing tally: the day's figures after the event
        lead += "，" + frame.total
    # who took part: the first participants fact with a figure
    for fact in plan.free("participants"):
        if fact.figures and len(lead) + len(fact.text) <= LEAD_TARGET and "方面" not in fact.text:
            signed = [f for f in plan.free("results", "participants") if f is not fact and re.fullmatch(r"\d+(?:多|余)?人报名", f.text)]
            if fact.text.startswith("实际") and signed:  # 40人报名，实际37人参加: the sign-up before the turn-out
                lead += "，" + plan.take(signed[0])
            lead += "，" + plan.take(fact)
            break
    lead = _sentence(lead)
    results = [f for f in plan.free("results") if f.figures and not hedged(f.text)]
    if results:
        best = max(results, key=lambda f: (outcome_rank(f.text), f.figures))
        if len(lead) + len(best.text) <= LEAD_MAX:
            lead += _sentence(plan.take(best))
    return lead


def _case_lead(plan: Plan, when: str) -> str:
    """A case record's lead: when, who helped whom (the act), the first step with a figure, how it ended."""
    frame = plan.frame
    lead = f"{_who(frame) or ASK_ORGANISER}{frame.act}"
    lead = f"{when}，{lead}" if when else lead
    steps = [f for f in plan.free("content") if f.figures]
    if steps and len(lead) + len(steps[0].text) <= LEAD_TARGET:
        step = plan.take(steps[0])
        lead += "，" + (step[len(frame.organiser):] if frame.organiser and step.startswith(frame.organiser) else step)
    lead = _sentence(lead)
    results = plan.free("results")
    if results:
        best = max(results, key=lambda f: (f.figures, -f.line))
        if len(lead) + len(best.text) <= LEAD_MAX:
            lead += _sentence(plan.take(best))
    return lead


_BARE_VERB = re.compile(r"^(?:包了|讲解了|讲了|安排了|学习了|观看了|参观了|体验了|做了)")


def _subjected(facts: list[str], setting: str) -> list[str]:
    """A fact that opens on a bare verb (包了饺子, 讲解了…) joins the fact before it with 还, or
    opens with where it happened (会上, 培训中, 活动中): a sentence needs someone doing it."""
    out: list[str] = []
    for fact in facts:
        if out and fact.startswith("其中") and len(out[-1]) + len(fact) <= 70:  # 受理34件，其中婚姻纠纷21件
            out[-1] = f"{out[-1]}，其中{fact[2:].lstrip('，,')}"
            continue
        if _BARE_VERB.match(fact):
            if out and len(out[-1]) + len(fact) <= 60:
                out[-1] = f"{out[-1]}，还{fact}"
                continue
            fact = f"{setting}{fact}"
        out.append(fact)
    return out


def _setting(frame: Frame) -> str:
    event = frame.event or ""
    return "会上" if re.search(r"会$", event) else "培训中" if "培训" in event else "活动中"


def _section_text(facts: list[str], setting: str = "活动中") -> str:
    facts = _subjected([f.rstrip("。；;，,") for f in facts if f], setting)
    if len(facts) >= 3:
        return "".join(f"{_ORDINALS[i]}是{_sentence(f)}" if i < len(_ORDINALS) else _sentence(f) for i, f in enumerate(facts))
    return "".join(_sentence(f) for f in facts)


_PROCEDURE = re.compile(r"主持|列席|出席|参会|参加会议|到会")


def _meeting_text(facts: list[str]) -> str:
    """A meeting's agenda is its content, not the organiser's measures (一是…七是): who chaired and
    attended in one sentence, then what was reported, discussed and agreed, in order, as one passage."""
    facts = [f.rstrip("。；;，,") for f in facts if f]
    procedure = [f for f in facts if _PROCEDURE.search(f) and not re.search(r"通报|介绍|讨论|议定|决定|汇报|提出", f)]
    agenda: list[str] = []
    for f in (f for f in facts if f not in procedure):
        topic = re.fullmatch(r"会议讨论了(.+?)的问题", f)
        last = re.fullmatch(r"会议讨论了(.+?)的问题", agenda[-1]) if agenda else None
        if topic and last:  # 会议讨论了A的问题；会议讨论了B的问题 → 会议讨论了A、B的问题
            agenda[-1] = f"会议讨论了{last[1]}、{topic[1]}的问题"
            continue
        if agenda and re.match(r"^(?:帮助|开展|组织|举办|发放|走访|完成|新增|办理|受理|调解)", f):
            agenda[-1] = f"{agenda[-1]}，{f}"  # a clause of the same report (贺婉秋通报，…36场；帮助…11人)
            continue
        agenda.append(f)
    out = _sentence("，".join(procedure)) if procedure else ""
    if agenda:
        opening = "" if re.match(r"^(?:会上|会议|与会)", agenda[0]) else "会上，"
        out += _sentence(opening + "；".join(agenda))
    return out


def _plan_text(frame: Frame, text: str) -> str:
    if re.match(r"^(?:会议|会上)(?:决定|议定|明确|要求)", text):
        return text  # 会议决定，妇女议事会牵头排查: the meeting's decision says who does it
    again = re.match(r"^(?:下次|下一次|下一场|下场)(?:活动)?(?:时间)?定(?:在|于)(.+)$", text)
    if again:  # 下次定在25号 → 下次直播活动时间定为25日
        return f"下次{frame.event or '活动'}时间定为{again[1]}"
    text = re.sub(r"^(?:下一步|下步|接下来|今后|下次)[，,：:]?", "", text).strip("，, ")
    who = frame.organiser
    focus = re.match(r"^(下?\d{1,2}月(?:份)?)(?:的)?(?:工作)?重点(?:是|为)(.+)$", text)
    if focus:  # 12月重点是寒假前…宣传 → 12月，云杉社区妇联将重点开展寒假前…宣传
        verb = "" if re.match(r"^(?:开展|做好|抓好|推进|组织|举办)", focus[2]) else "开展"
        return f"{focus[1]}，{who or '下一步'}将重点{verb}{focus[2]}"
    if re.match(r"^(?:今年|明年|年内|下半年|年底前?|月底前?|年前|近期|下周|下月|下个月|明天)?(?:计划|准备|打算|将|拟|争取)", text):
        if not who:  # 打算去北山村 alone has no one doing it
            return f"下一步{text}" if re.match(r"^(?:计划|准备|打算)", text) else text
        return f"{who}{text}" if not text.startswith(who) else text
    if re.match(r"^[\u4e00-\u9fa5]{0,8}(?:妇联|社区|村|镇)", text):
        return re.sub(r"^([\u4e00-\u9fa5]{0,10}?妇联)去(?=联系|对接|协调|安排)", r"\1将", text)
    return f"{who}计划{text}" if who else f"下一步{text}" if text.startswith(("打算", "计划", "准备")) else f"下一步计划{text}"


def _attributed(frame: Frame, fact: Fact) -> str:
    text = re.sub(r"能不能|可不可以|能否", "", fact.text)
    text = re.sub(r"^[^，。]{1,6}为(?=[^，。]{0,6}(?:希望|建议))", "", text)  # 反馈意见为大家希望… → 大家希望…
    if re.search(r"希望|建议|认为|提出", text[:8]):
        return text
    asked = UNIT_REQUEST.match(text)
    if asked and frame.organiser:  # 想请街道协调一下社区活动室: the unit's own request
        return f"{frame.organiser}{text}"
    who = "受访群众" if frame.kind == "survey" else "群众"
    return f"{who}希望{text}"


def _finding(frame: Frame, text: str, first: bool) -> str:
    if not first or re.match(r"^(?:调研|调查|走访|工作中|活动中|发现|经查)", text):
        return text
    return ("调研发现，" if frame.kind == "survey" else "工作中也发现，") + text


def compose_sections(plan: Plan) -> dict[str, str]:
    frame = plan.frame
    content = [plan.take(f) for f in plan.free("speakers", "participants", "content")]
    sections = {
        "background": _section_text([plan.take(f) for f in plan.free("background")]),
        "content": _meeting_text(content) if frame.kind == "meeting" else _section_text(content, _setting(frame)),
        "findings": "",
        "cases": _section_text([plan.take(f) for f in plan.free("cases")]),
        "results": "",
        "problems": "",
        "proposals": "",
        "plans": "",
    }
    findings = [plan.take(f) for f in plan.free("findings")]
    if findings:
        sections["findings"] = _sentence(_finding(frame, "；".join(findings), True))
    quotes = [plan.take(f) for f in plan.free("quotes")]
    results = [plan.take(f) for f in plan.free("results")]
    if sections["cases"]:
        sections["cases"] += "".join(_sentence(q) for q in quotes)
    else:
        results += quotes
    sections["results"] = "".join(_sentence(r) for r in results)
    problems = [plan.take(f) for f in plan.free("problems")]
    if problems:
        sections["problems"] = _sentence(_finding(frame, "；".join(problems), True))
    own = [f for f in plan.free("proposals") if not re.search(r"希望|建议|认为|提出|能不能|可不可以|能否", f.text[:8])]
    if len(own) >= 2:  # 建议：1）… 2）… 3）…: one sentence, not the same opening three times
        who = "调研建议" if frame.kind == "survey" else "建议"
        proposals = [f"{who}{'；'.join(plan.take(f) for f in own)}"]
    else:
        proposals = []
    proposals += [_attributed(frame, f) for f in plan.free("proposals")]
    for f in plan.free("proposals"):
        plan.take(f)
    sections["proposals"] = "".join(_sentence(p) for p in proposals)
    sections["plans"] = "".join(_sentence(_plan_text(frame, plan.take(f))) for f in plan.free("plans"))
    if frame.kind == "survey":
        sections["content"] = sections["content"]
    return sections


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[，,；;。]", text) if c]


_LEADING = re.compile(r"^(?:会后|活动后|培训后|结业后|目前|截至目前|其中|共|累计|同时|此外|已经有|已有|已经|已|还有|有|现场)+")


def headline(frame: Frame, lead: str) -> str:
    """The strongest result clause with a figure (6 to 18 characters), or ''."""
    best, rank = "", -1
    for fact in frame.of("results", "participants", "findings"):
        for clause in _clauses(fact.text):
            clause = _LEADING.sub("", clause)
            if not (4 <= len(clause) <= 18) or hedged(clause) or not re.search(r"\d", clause) or re.match(r"^(?:去了|来了)", clause):
                continue
            if "是" in clause or (fact.slot == "participants" and not re.search(r"\d+名[^，]{1,10}参加$", clause)):
                continue  # 签到是137人, 评委是3位投资人: a note's wording, no headline
            r = outcome_rank(clause) + {"results": 5, "findings": 4, "participants": 2}.get(fact.slot, 0)
            if r > rank:
                best, rank = clause, r
    return best


def _title_ok(title: str, notes: str = "") -> bool:
    """Within TITLE_MAX, no raw clause, chat word or chat quantity, and (given the notes) not cut
    from a note line and with balanced brackets."""
    from assist.checks import chat_words, colloquial_quantities, raw_clause_titles
    from assist.checks.detectors import title_defects

    return bool(title) and len(title) <= TITLE_MAX and not (
        raw_clause_titles(title) or chat_words(title) or colloquial_quantities(title) or (notes and title_defects(title, notes))
    )


def compose_title(frame: Frame, lead: str, notes: str = "") -> tuple[str, str]:
    """The first headline that passes the title checks: event and result, event, the unit and its
    result, the result; a note clause or a sheet heading is never a title."""
    event = frame.event
    figure = headline(frame, lead)
    who = _who(frame)
    candidates = []
    if _recommended(frame):
        candidates += [_recommended(frame), f"{frame.nominee}参评{event}" if event else ""]
    if frame.kind == "case" and frame.case_title and who:  # no name of the person helped in a title
        act = frame.case_title
        candidates += [f"{who}{act} {figure}" if figure else "", f"{who}{act}"]
    named = event if len(event) >= 4 or not who else f"{who}{_verb(event)}{event}"  # 会议 alone is no title
    if event and figure:
        candidates.append(f"{named} {figure}")
    if event and (len(event) >= 4 or not who):
        candidates.append(event)
    if event:
        if who and who not in event:  # 河湾社区妇联开展“巧手妈妈”编织课: the event named by its unit
            candidates.append(f"{who}{_verb(event)}{event}")
    if frame.topic and figure:
        candidates.append(f"{frame.topic}{figure}")
    if who and figure and who not in figure:
        candidates.append(f"{who}{figure}")
    if figure:
        candidates.append(figure)
    if not event and not figure:
        base = _clauses(lead)[1] if len(_clauses(lead)) > 1 else _clauses(lead)[0] if lead else ""
        candidates.append(base)
    first = _clauses(re.sub(r"^[^，。]*?，", "", lead, count=1) if frame.when and lead.startswith(frame.when) else lead)
    if first and len(first[0]) <= 22:
        candidates.append(first[0])
    if who:
        candidates.append(f"{who}{frame.topic}工作" if frame.topic else f"{who}工作信息")
    title = next((c for c in candidates if _title_ok(c, notes)), candidates[0] if candidates else "工作信息")
    if len(title) > TITLE_MAX:
        title = title[:TITLE_MAX]
    subtitle = ""
    if _recommended(frame):
        pass  # the title says who put forward whom: no 工作侧记 subtitle
    elif who and event:
        subtitle = f"——{who}{_verb(event)}{event}" if who not in event else f"——{event}"
    elif who:
        subtitle = f"——{who}工作侧记"
    if subtitle.lstrip("—") == title:
        subtitle = ""
    return title, subtitle


def compose_frame(frame: Frame, notes: str = "") -> dict:
    """``{"title", "subtitle", "text", "lead", "titles", "sections", "missing_sections", "questions"}``."""
    plan = Plan(frame)
    lead = compose_lead(plan)
    sections = compose_sections(plan)
    filled = [k for k, v in sections.items() if v]
    paragraphs = [lead] if lead else []
    if frame.kind == "survey":
        headings = dict(HEADINGS, content="调研情况")
    elif frame.kind == "meeting":
        headings = dict(HEADINGS, content="会议内容")
    elif frame.kind == "recommendation":
        headings = dict(HEADINGS, cases="主要事迹")
    elif frame.kind == "case":
        headings = dict(HEADINGS, background="基本情况", content="帮扶措施", results="帮扶成效")
    else:
        headings = HEADINGS
    body_facts = len(plan.used) - 0
    if len(filled) <= 2 and body_facts <= 6:  # a short report needs no headings
        paragraphs += [sections[k] for k in filled]
    else:
        for number, key in enumerate(filled):
            paragraphs += [f"{_ORDINALS[number]}、{headings[key]}", sections[key]]
    if frame.aliases:  # a minor stands under a changed name, marked where it first appears
        paragraphs = mark_aliases("\n".join(paragraphs), frame.aliases.values()).split("\n")
    if frame.contact and frame.kind == "recommendation" and not re.search(r"[\u4e00-\u9fa5]", frame.contact):
        paragraphs.append(f"（备注：推荐对象联系电话{frame.contact}，不对外公开）")  # the nominee's phone, no contact of the unit
    elif frame.contact:
        paragraphs.append(f"（联系人：{frame.contact}）")
    title, subtitle = compose_title(frame, lead, notes)
    questions = []
    if not frame.when:
        questions.append("活动或工作是哪一天（或哪段时间）开展的？")
    if not frame.where and frame.kind == "event":
        questions.append("活动在哪里举办？")
    if not frame.organiser and ASK_ORGANISER in lead:
        questions.append(f"笔记没有写明主办单位，导语中的{ASK_ORGANISER}请补充为实际单位名称。")
    elif not frame.organiser:
        questions.append("由哪个单位组织？")
    if not frame.of("results"):
        questions.append("有多少人受益？有哪些可核实的变化（人数、金额、比例）？")
    if frame.minors:
        named = "、".join(dict.fromkeys(a for a in frame.aliases.values() if a != "孩子"))
        questions.append(
            f"笔记中未成年人的真实姓名、年龄和学校班级未写入草稿；正文用化名“{named}”，请核对或另换化名。" if named
            else "笔记中的未成年人姓名未写入草稿；如需提及，请使用化名并注明（化名）。"
        )
    if frame.withheld:
        questions.append(f"笔记中的{'、'.join(frame.withheld)}未写入正文。")
    missing = [headings[k] for k in ("background", "results") if not sections[k]]
    return {
        "title": title,
        "subtitle": subtitle,
        "text": "\n".join(p for p in paragraphs if p),
        "lead": lead,
        "titles": [title],
        "sections": sections,
        "missing_sections": missing + ([] if lead else ["导语"]),
        "questions": questions,
    }


def compose_notes(notes: str) -> dict:
    """The draft of ``notes``; ``titles`` adds the seed's title patterns that pass the title checks."""
    from assist.checks import chat_words, invented_numbers, title_defects
    from assist.drafting.titles import title_candidates
    from assist.facts import extract_facts

    from assist.drafting.minutes import read_minutes
    from assist.drafting.statsheet import read_sheet

    frame = read_frame(notes)
    minutes = read_minutes(notes)
    sheet = None if minutes else read_sheet(notes)
    result = (
        (compose_minutes(frame, minutes, notes) if minutes else None)
        or (compose_statsheet(frame, sheet, notes) if sheet else None)
        or compose_frame(frame, notes)
    )
    for title in title_candidates(extract_facts(notes)):
        if title in result["titles"] or len(result["titles"]) >= 3:
            continue
        if not (title_defects(title, notes) or chat_words(title) or invented_numbers(title, notes)):
            result["titles"].append(title)
    return result


def compose_minutes(frame: Frame, minutes, notes: str = "") -> dict | None:
    """Minutes (``assist.drafting.minutes``) as the report of the meeting: the title and lead name
    the unit and the meeting, then one paragraph per agenda item; None where the notes name no unit."""
    from assist.drafting.minutes import minutes_lead, minutes_paragraphs, split_unit

    unit, meeting = split_unit(minutes.name, frame.organiser)
    if not unit:
        return None  # no unit to say who met: the frame's composer asks for it
    meeting = meeting or "会议"
    if re.match(r"^(?:会议|会)$", meeting) or not re.search(r"会|会议|例会|办公会|党组", meeting):
        meeting = meeting if re.search(r"会$", meeting) else "会议"
    lead = minutes_lead(_when(frame), unit, frame.where, meeting, minutes)
    sections = minutes_paragraphs(minutes)
    paragraphs = [lead]
    extra = [k for k in ("problems", "plans") if sections[k]]
    if extra:
        headings = {"content": "会议内容", "problems": "存在问题", "plans": "下一步打算"}
        keys = ["content"] * bool(sections["content"]) + extra
        for number, key in enumerate(keys):
            body = sections[key]
            if key == "problems":
                body = [_sentence("会议指出，" + "；".join(body))]
            elif key == "plans":
                body = ["".join(_sentence(_plan_text(frame, p)) for p in body)]
            paragraphs += [f"{_ORDINALS[number]}、{headings[key]}", *body]
    else:
        paragraphs += sections["content"]
    if frame.contact:
        paragraphs.append(f"（联系人：{frame.contact}）")
    title = f"{unit}召开{meeting}"
    if len(title) > TITLE_MAX:
        short = re.sub(r"^(?:\d{4}年)?(?:第[一二三四五六七八九十\d]+届)?", "", meeting)
        title = f"{unit}召开{short}"[:TITLE_MAX]
    questions = [] if frame.when else ["会议是哪一天召开的？"]
    if frame.withheld:
        questions.append(f"笔记中的{'、'.join(frame.withheld)}未写入正文。")
    text = "\n".join(p for p in paragraphs if p)
    return {
        "title": title,
        "subtitle": "",
        "text": text,
        "lead": lead,
        "titles": [title],
        "sections": {"content": "\n".join(sections["content"]), "problems": "\n".join(sections["problems"]),
                     "plans": "\n".join(sections["plans"])},
        "missing_sections": [],
        "questions": questions,
    }


_SHEET_EVENT = re.compile(r"(活动|培训|宣讲|讲座|义诊|筛查|走访|慰问|调解|救助|帮扶|服务)$")


def _sheet_totals(sheet, topic: str) -> tuple[str, list[str]]:
    """(the lead's act, its total clauses): a 活动场次 total says how many the act counted
    (开展活动40场); the topic's event noun leaves the topic then."""
    from assist.drafting.statsheet import total_clauses

    totals = total_clauses(sheet)
    noun = _SHEET_EVENT.search(topic)
    if noun and totals:
        counted = re.match(rf"^(?:{noun[1]}(?:场次|次数|场数|次|数量|数)?|场次|次数|场数)共(.+)$", totals[0])
        if counted:
            return f"{topic[:noun.start()]}共开展{noun[1]}{counted[1]}", totals[1:]
    verb = "" if _ACT_ANY.match(topic) else "开展"
    kind = "" if _NOUN_EVENT.search(topic) or re.search(r"工作|行动|计划|项目|发放|服务$", topic) else "活动" if topic.endswith("”") else "工作"
    act = f"{verb}{topic}{kind}"
    return act, totals


def compose_statsheet(frame: Frame, sheet, notes: str = "") -> dict | None:
    """A statistics table (``assist.drafting.statsheet``) as a report: period, unit and totals in the
    lead with the 备注's comparison, the rows as one breakdown paragraph, problems and plans apart."""
    from assist.drafting.statsheet import by_period, row_clause

    unit = sheet.unit or frame.organiser
    if not unit or not sheet.rows:
        return None
    period = sheet.period or _when(frame)
    topic = sheet.topic or "妇联"
    rows = list(sheet.rows)
    act, totals = _sheet_totals(sheet, sheet.topic) if sheet.topic else ("", total_clauses_of(sheet))
    if by_period(sheet):
        first = row_clause(sheet, rows.pop(0))
        totals = [first]
    if act:
        head = f"{unit}{act}"  # 丹枫县妇联各乡镇“妇女之家”共开展活动40场
    else:  # no topic: the first indicator says what was done (来访接待19人次)
        head, totals = f"{unit}{totals[0]}" if totals else unit, totals[1:]
    compared = [f for f in frame.facts if f.line not in sheet.used_lines and re.match(r"^(?:与|较|比|同比|环比)", f.text)]
    lead = "，".join(p for p in [period, head, *totals, *sheet.comparisons, *(f.text for f in compared)] if p)
    lead = _sentence(lead)
    breakdown = "；".join(row_clause(sheet, r) for r in rows)
    if breakdown and not by_period(sheet):
        breakdown = "其中，" + breakdown
    paragraphs = [lead]
    results = [_sentence(breakdown)] if breakdown else []
    results += [_sentence(n) for n in sheet.notes]
    problems = list(sheet.problems)
    plans = [_plan_text(frame, p) for p in sheet.plans]
    for fact in frame.facts:  # lines below the table the sheet did not read (资金来源：…, 办结 193件)
        if fact.line in sheet.used_lines or fact.slot == "quotes" or fact in compared:
            continue
        if any(_bare(fact.text) in _bare(p) for p in results + problems + plans + [lead]):
            continue
        if fact.slot == "plans":
            plans.append(_plan_text(frame, fact.text))
        elif fact.slot == "problems":
            problems.append(fact.text)
        else:
            results.append(_sentence(fact.text))
    if problems or plans:
        sections = [("工作成效", "".join(results))] if results else []
        if problems:
            sections.append(("存在问题", _sentence(_finding(frame, "；".join(problems), True))))
        if plans:
            sections.append(("下一步打算", "".join(_sentence(p) for p in plans)))
        for number, (heading, body) in enumerate(sections):
            paragraphs += [f"{_ORDINALS[number]}、{heading}", body]
    else:
        paragraphs += results
    contact = sheet.contact or frame.contact
    if contact:
        paragraphs.append(f"（联系人：{contact}）")
    month = re.sub(r"^\d{4}年(?=.)", "", period) if not re.fullmatch(r"\d{4}年度?", period) else ""
    first_row = re.split(r"[（(，]", head[len(unit):])[0] if not act else ""
    named = f"{unit}{month}{act or first_row}"
    figure = next((c for c in (re.split(r"[（(，]", t)[0] for t in totals) if re.search(r"\d", c) and len(c) <= 14), "")
    candidates = [named if re.search(r"\d", act or first_row) else "", f"{named} {figure}" if figure else "", named,
                  f"{unit}{month}{sheet.topic}"]
    title = next((c for c in candidates if c and _title_ok(c, notes)), named[:TITLE_MAX])
    questions = [] if period else ["统计的是哪一段时间？"]
    if frame.withheld:
        questions.append(f"笔记中的{'、'.join(frame.withheld)}未写入正文。")
    return {
        "title": title,
        "subtitle": "",
        "text": "\n".join(p for p in paragraphs if p),
        "lead": lead,
        "titles": [title],
        "sections": {"results": "".join(results), "problems": "；".join(problems), "plans": "".join(plans)},
        "missing_sections": [],
        "questions": questions,
    }


def total_clauses_of(sheet) -> list[str]:
    from assist.drafting.statsheet import total_clauses

    return total_clauses(sheet)

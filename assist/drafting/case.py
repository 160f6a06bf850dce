"""Case records: one person helped (a child visited, a woman's rights complaint taken up).

A case record is not an event: its lead says who was helped, by whom, and how it ended
(``11月21日，某镇妇联联合镇儿童之家走访事实无人抚养儿童小禾（化名）…``), the person's situation
is the background (基本情况), the helpers' steps are the measures (帮扶措施) and what changed is the
result (帮扶成效). A record's own header line (个案记录 2026年11月25日, 维权个案 编号…) is no fact.
"""

from __future__ import annotations

import re

# A record of one person helped: the record's own words, or a minor visited at home.
_CASE_WORDS = re.compile(r"个案|求助人|当事人|帮扶对象|受助人|来访人")
_VISIT = re.compile(r"去看|看望|探望|走访|上门|家访")
# the record's header: 个案记录2026年11月25日, 维权个案，编号WQ-2026-1127, 编号：GA-03
_HEADER = re.compile(r"^(?:(?:维权|帮扶|救助)?个案(?:记录|档案|跟进)?|案例)?[，,\s]*(?:编号[：:，,\s]*[A-Za-z\d\-]+)?[，,\s]*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?$")
# what the helpers did (a step), and what changed (an outcome)
_STEP = re.compile(r"联系|安排|申请|协助|帮助|帮她|帮他|帮其|为其|纳入|指派|辅导|受理|上门|送了|送去|赠送|发放|对接|陪同|指导|转介|调解|慰问|资助|结对")
_OUTCOME = re.compile(r"^(?:经(?:调解|协调|努力|多方)|最终|目前|现已|已(?:经)?(?!报))|已(?:做|完成|办理|发放|到位|落实|恢复|入学|返校)|恢复|补发|撤销|追回|化解|达成|获得|批准|领到")
# the person's situation: loss, illness, who cares for them, what the school or the person reports
_SITUATION = re.compile(r"去世|离家|离异|改嫁|外出|务工|生活|患|残疾|病|岁|成绩|哭泣|反映|来访|求助|辞退|降薪|家暴|欠薪|独居|留守")
_GROUP = re.compile(r"(?:事实无人抚养|困境|留守|孤儿|困难|单亲|残疾)(?:儿童|女童|妇女|家庭|母亲|老人)")
_ALIASED = re.compile(r"([\u4e00-\u9fa5]{1,4})（化名）")


def is_case(whole: str, minors: list[str]) -> bool:
    """A record of one person helped: the notes call it a case or name a 求助人, or a minor is visited."""
    head = "\n".join(whole.strip().split("\n")[:3])
    return bool(_CASE_WORDS.search(head)) or bool(minors and _VISIT.search(whole))


def person_of(frame, whole: str) -> str:
    """The person helped as the report names them: 事实无人抚养儿童小禾, 求助人付丽娟（化名）."""
    group = _GROUP.search(whole)
    name = next(iter(dict.fromkeys(a for a in frame.aliases.values() if a != "孩子")), "")
    if not name:
        m = _ALIASED.search(whole)
        name = f"{m[1]}（化名）" if m else ""
    label = group[0] if group else ("求助人" if "求助人" in whole else "")
    return f"{label}{name}" if name or label else ""


def sort_case_facts(frame) -> None:
    """Header lines out; the person's situation to background, steps to content, outcomes to results."""
    kept = []
    for fact in frame.facts:
        if fact.slot in ("plans", "quotes", "problems", "proposals"):
            kept.append(fact)
            continue
        if _HEADER.fullmatch(fact.text.strip()):
            continue
        text = re.sub(r"^(?:编号[：:，,\s]*[A-Za-z\d\-]+[，,\s]*)", "", fact.text)
        # 学校反映：… read as 在学校反映方面，…: the reporter says it (学校反映，…)
        text = re.sub(r"^在([\u4e00-\u9fa5]{1,6}(?:反映|介绍|表示|说|讲))方面，", r"\1，", text)
        label = re.match(r"^在[\u4e00-\u9fa5]{1,6}方面，", text)
        if label and len(re.sub(r"[（(][^）)]*[）)]|[，,。\s]", "", text[label.end():])) <= 4:
            continue  # 儿童：小萱 (the person, named in the lead): no fact of its own
        text = re.sub(r"帮(?:她|他)(?=申请|办理|联系|争取)", "为其", text)  # 帮她申请了… → 为其申请了…
        if not text:
            continue
        fact.text = text
        if _OUTCOME.search(text):
            fact.slot = "results"
        elif _STEP.search(text) and not re.match(r"^[^，,]{0,12}(?:来访|求助)", text):
            fact.slot = "content"
        elif _SITUATION.search(text) or fact.slot in ("content", "participants", "results"):
            fact.slot = "background"
        kept.append(fact)
    frame.facts = kept


def case_act(frame, whole: str) -> str:
    """走访事实无人抚养儿童小禾, 受理求助人付丽娟（化名）的维权求助, 帮扶困境儿童小萱."""
    person = person_of(frame, whole)
    if re.search(r"求助|来访|投诉|维权", whole):
        kind = "维权求助" if "维权" in whole else "求助"
        return f"受理{person}的{kind}" if person else f"受理{kind}"
    if _VISIT.search(whole) and person:
        return f"走访{person}"
    return f"帮扶{person}" if person else "开展个案帮扶"


def case_title(frame, whole: str) -> str:
    """The act without the person's name: 走访事实无人抚养儿童, 受理一起维权求助."""
    group = _GROUP.search(whole)
    if re.search(r"求助|来访|投诉|维权", whole):
        return "受理维权求助" if "维权" in whole else "受理群众求助"
    if group:
        return f"走访{group[0]}" if _VISIT.search(whole) else f"帮扶{group[0]}"
    return "开展个案帮扶"


def case_when(frame) -> str:
    """A record with no heading date: the first day its facts give (11月27日来访)."""
    for fact in frame.facts:
        m = re.search(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日", fact.text)
        if m:
            return m[0]
    return ""

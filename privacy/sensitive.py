"""Sensitive passages: sentences about a person's health, violence or sexual assault suffered,
marriage and family troubles or debts (the seed's 隐私信息范围: 健康信息, 特殊经历,
家庭情况, 财产情况).

A sentence is marked only when it is about someone: it holds a PERSON entity or a word
that points to a person (她, 受害人, 当事人 ...). Publicity about a topic (开展反家暴宣传,
两癌筛查) is not a passage about a person.
"""

from __future__ import annotations

import regex as re

from privacy.sentences import sentence_spans
from privacy.spans import within

KINDS: dict[str, re.Pattern] = {
    "sexual_assault": re.compile(r"性侵|强奸|猥亵|性骚扰|性暴力|奸淫|侵害.{0,4}性"),
    "domestic_violence": re.compile(
        r"(?<!反|防治|预防|防范|制止|反对|远离|拒绝|杜绝)(?:家庭暴力|家暴)|殴打|打骂|打人|动手|施暴|虐待|被打|毒打|"
        r"拳打脚踢|拳脚|打伤|打她(?![的电手])|保护令|告诫书|庇护|暴力威胁|遭受暴力|恐吓|(?<!性)骚扰|跟踪|伤情鉴定|遗弃|酗酒|"
        r"精神控制|经济控制|冷暴力|辱骂|限制(?:其|她|他)?(?:人身自由|与.{1,4}联系|外出)|"
        r"控制(?:她|他|其)的?(?:生活|收入|工资|行动|自由)"
    ),
    "health": re.compile(
        r"患有|患上|确诊|诊断|病史|住院|医院|就医|抑郁|精神疾病|精神障碍|精神分裂|残疾|癌|白血病|艾滋|HIV|"
        r"乙肝|瘫痪|智力障碍|自闭症|孤独症|脑瘫|医疗记录|病情|重病|大病|疾病|心脏病|先天性|服药|生病|患病|"
        r"身体不好|身体状况|流产|堕胎|不孕|心理创伤|自杀|轻生|"
        r"患[\u4e00-\u9fff]{1,5}?(?:症|病|癌|瘤|炎)|尿毒症|透析|化疗|放疗|肿瘤|高血压|糖尿病|"
        r"骨折|穿孔|伤残|轻伤|重伤|轻微伤"
    ),
    "family": re.compile(
        r"离婚|离异|婚姻破裂|分居|出轨|婚外情|未婚先孕|非婚生|单亲|丧偶|去世|病逝|改嫁|再婚|孤儿|"
        r"被拐|遭拐|争吵|吵架|彩礼|赡养|抚养|婚姻纠纷|家庭纠纷|家庭矛盾|继承|遗产|"
        r"相依为命|下落不明|事实孤儿"  # parents working away (留守) alone is too common to flag
    ),
    "finance": re.compile(
        r"债务|欠债|负债|欠款|高利贷|网贷|低保|收入仅|月收入|年收入|纯收入|家庭收入|失业|财产|工资卡|"
        r"房产|存款|名下|银行卡|存折|拖欠工资|欠薪|讨薪|追回工资"
    ),
}
_ABOUT_SOMEONE = re.compile(
    r"她|他|其(?:本人|丈夫|妻子|家|母|父)|受害人|受害者|当事人|申请人|双方|甲方|乙方|原告|被告|患者|本人|该女|该妇女|母女|母子|夫妻|丈夫|妻子|"
    r"孩子|女童|男童|(?<!妇)女儿|儿子|家中|一家|某某|某(?=[，,（(])"
)


def find_sensitive(text: str, person_spans: list[tuple[int, int]],
                   sentences: tuple[tuple[int, int], ...] | None = None) -> list[dict]:
    """``[{"kind", "start", "end"}]`` over ``text``, adjacent sentences of a kind merged.

    ``person_spans`` are sorted and disjoint; ``sentences``: the scan's sentence spans (split
    here when not given).
    """
    found: list[dict] = []
    starts = [s for s, _ in person_spans]
    for start, end in sentence_spans(text) if sentences is None else sentences:
        kinds = [kind for kind, rx in KINDS.items() if rx.search(text, start, end)]
        if not kinds:
            continue
        has_person = bool(within(person_spans, starts, start, end))
        if not has_person and not _ABOUT_SOMEONE.search(text, start, end):
            continue
        # trim leading/trailing whitespace of the sentence
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        for kind in kinds:
            last = next((f for f in reversed(found) if f["kind"] == kind), None)
            if last is not None and not text[last["end"] : start].strip():
                last["end"] = end
            else:
                found.append({"kind": kind, "start": start, "end": end})
    return sorted(found, key=lambda f: (f["start"], f["kind"]))

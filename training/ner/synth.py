"""Seeded generator of training sentences in the domain of 妇联 reports.

Covers what news text lacks: adults' and children's names, officials with titles, lists of
names with and without 、, 某/某某 forms, compound surnames, nicknames (小芳, 老王, 阿珍).
Names, places and organisations are labelled PER, LOC and ORG as MSRA does (a title is not
part of the name; "县妇联" is one ORG).

    sentences = generate(n=6000, seed=13)   # list[data.Sentence]
"""

from __future__ import annotations

import random

from models.ner.data import Sentence, tags_from_spans
from models.ner.features import surnames

_FEMALE = "秀英桂英秀兰玉兰桂兰秀珍凤英玉珍丽华淑珍美玲春梅海燕晓燕红梅雪梅丽娟婷婷静怡欣怡梦琪雨涵诗涵佳怡子涵一诺可馨思琪"
_FEMALE_1 = "芳娟敏静丽艳娜霞燕玲萍红梅琳莉雪慧颖婷倩洁琴云兰凤英华玉珍"
_MALE = "建国建华志强志明国强国平海涛振华永刚晓东浩然子轩宇航俊杰家豪博文梓豪天佑明轩"
_MALE_1 = "伟强磊军勇杰涛明超斌刚辉鹏飞波峰健亮平华林兵龙浩"
_REDUP = "乐欣佳丹甜萌彤琪璐童朵妞"
_PROVINCES = ["河北", "山西", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "四川", "贵州", "云南", "陕西", "甘肃"]
_PLACE_STEMS = "青山 石桥 东湖 白沙 桃源 长乐 永安 清河 凤凰 柳林 新华 红旗 太平 龙泉 金沙 平安 兴隆 双河 梨园 杏花 南岭 北坪".split()
_RELATIONS = ["奶奶", "爷爷", "母亲", "父亲", "外婆", "姐姐", "丈夫", "妻子", "儿子", "女儿", "婆婆", "孙女"]
_ADULT_TITLES = ["妇联主席", "妇联副主席", "党委书记", "副镇长", "副县长", "村党支部书记", "村妇联主席", "社区书记",
                 "妇女主任", "巾帼志愿者", "网格员", "执委", "调解员", "专职律师", "心理咨询师", "校长", "班主任", "致富带头人"]
_CHILD_WORDS = ["留守儿童", "女童", "困境儿童", "小学生", "初中生", "孙女", "女儿", "儿子"]
_EVENTS = ["“最美家庭”", "“巾帼建功标兵”", "“三八红旗手”", "“五好家庭”", "“巾帼文明岗”", "“最美妇联人”"]
_ORG_TAILS = ["妇联", "妇女联合会", "妇女儿童工作委员会", "人民法院", "民政局", "公安局", "妇幼保健院", "团委", "教育局"]


class _Builder:
    """Concatenates pieces and records (start, end, label) spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.length = 0

    def add(self, text: str, label: str | None = None) -> "_Builder":
        if label:
            # MSRA's convention for 某 forms: only the surname is the name (孙某 -> 孙). The
            # privacy scan's rules mask the whole 孙某/孙某某, so the tagger need not cover 某.
            end = self.length + (len(text.rstrip("某")) if label == "PER" else len(text))
            self.spans.append((self.length, end, label))
        self.parts.append(text)
        self.length += len(text)
        return self

    def sentence(self) -> Sentence:
        text = "".join(self.parts)
        return Sentence(text, tags_from_spans(len(text), self.spans))


class DomainGenerator:
    def __init__(self, seed: int = 13):
        self.rng = random.Random(seed)
        single, compound = surnames()
        self.single = single
        self.compound = compound

    # -- names -------------------------------------------------------------------------
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.06:
            return self.rng.choice(self.compound)
        # favour frequent surnames (the list is ordered by frequency)
        return self.single[min(int(self.rng.expovariate(1 / 40)), len(self.single) - 1)]

    def given(self, female: bool | None = None) -> str:
        if female is None:
            female = self.rng.random() < 0.7
        two, one = (_FEMALE, _FEMALE_1) if female else (_MALE, _MALE_1)
        r = self.rng.random()
        if r < 0.45:
            i = self.rng.randrange(len(two) // 2) * 2
            return two[i : i + 2]
        if r < 0.75:
            return self.rng.choice(one)
        return self.rng.choice(one) + self.rng.choice(one + _FEMALE_1)

    def full_name(self) -> str:
        return self.surname() + self.given()

    def child_name(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return "小" + self.rng.choice(_FEMALE_1 + _MALE_1)
        if r < 0.55:
            return self.rng.choice(_REDUP) * 2
        return self.full_name()

    def masked_name(self) -> str:
        return self.surname() + self.rng.choice(["某", "某某", "某某"])

    def nickname(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            return "老" + self.rng.choice(self.single[:60])
        if r < 0.7:
            return "阿" + self.rng.choice(_FEMALE_1 + _MALE_1)
        return "小" + self.rng.choice(self.single[:60])

    def any_person(self) -> str:
        r = self.rng.random()
        if r < 0.6:
            return self.full_name()
        if r < 0.8:
            return self.masked_name()
        return self.child_name()

    # -- places and organisations --------------------------------------------------------
    def county(self) -> str:
        return self.rng.choice(_PLACE_STEMS) + self.rng.choice(["县", "区", "市"])

    def town(self) -> str:
        return self.rng.choice(_PLACE_STEMS) + self.rng.choice(["镇", "乡", "街道"])

    def village(self) -> str:
        return self.rng.choice(_PLACE_STEMS) + self.rng.choice(["村", "社区"])

    def org(self) -> str:
        base = self.rng.choice([self.county(), self.town(), self.rng.choice(_PROVINCES) + "省"])
        return base + self.rng.choice(_ORG_TAILS)

    # -- sentence templates ----------------------------------------------------------------
    def name_list(self, b: _Builder, n: int, sep: str) -> None:
        for i in range(n):
            if i:
                b.add(sep)
            b.add(self.full_name() if self.rng.random() < 0.85 else self.masked_name(), "PER")

    def t_meeting(self) -> Sentence:
        b = _Builder()
        b.add(self.rng.choice(["参加座谈的有", "出席会议的有", "主席台上就座的有", "参加活动的还有", "受到表彰的有"]))
        sep = self.rng.choice(["、", "、", "", " ", "，"])
        self.name_list(b, self.rng.randint(2, 6), sep)
        b.add(self.rng.choice(["等同志。", "等。", "。", f"等{self.rng.randint(10, 90)}人。"]))
        return b.sentence()

    def t_official(self) -> Sentence:
        b = _Builder()
        if self.rng.random() < 0.5:
            b.add(self.org(), "ORG")
        else:
            b.add(self.county(), "LOC")
        b.add(self.rng.choice(_ADULT_TITLES)).add(self.full_name(), "PER")
        b.add(self.rng.choice(["带领工作人员走访慰问了", "一行来到", "深入", "实地查看了"]))
        b.add(self.village(), "LOC")
        b.add(self.rng.choice(["困难妇女", "留守儿童", "独居老人"]))
        b.add(self.any_person(), "PER").add("家。")
        return b.sentence()

    def t_child(self) -> Sentence:
        b = _Builder()
        b.add(self.rng.choice(_CHILD_WORDS)).add(self.child_name(), "PER")
        if self.rng.random() < 0.4:
            b.add("（化名）")
        b.add(f"今年{self.rng.randint(5, 16)}岁，")
        b.add(self.rng.choice(["父母常年在外务工，", "父亲因病去世，", "母亲离家出走，", ""]))
        b.add("和" + self.rng.choice(_RELATIONS)).add(self.full_name(), "PER").add("生活在一起。")
        return b.sentence()

    def t_award(self) -> Sentence:
        b = _Builder()
        b.add(self.village(), "LOC").add("村民")
        b.add(self.full_name(), "PER")
        b.add(self.rng.choice(["家庭被评为", "被授予", "荣获"]))
        b.add(self.rng.choice(_EVENTS)).add("称号。")
        return b.sentence()

    def t_case(self) -> Sentence:
        b = _Builder()
        b.add(self.rng.choice(["当事人", "申请人", "受害人", "求助人", "妇女"]))
        b.add(self.masked_name() if self.rng.random() < 0.6 else self.full_name(), "PER")
        b.add(self.rng.choice(["与丈夫", "与前夫", "与婆婆", "与邻居"]))
        b.add(self.any_person(), "PER")
        b.add(self.rng.choice(["因家庭琐事发生纠纷，", "长期存在矛盾，", "因抚养问题产生争执，"]))
        b.add(self.org(), "ORG")
        b.add(self.rng.choice(["及时介入调解。", "联合司法所开展调解。", "为其提供法律援助。"]))
        return b.sentence()

    def t_nickname(self) -> Sentence:
        b = _Builder()
        b.add(self.rng.choice(["大家都叫她", "村里人都喊她", "孩子们亲切地叫她", "邻居"]))
        b.add(self.nickname(), "PER")
        b.add(self.rng.choice(["，", "。", "，她每天坚持照顾老人。"]))
        return b.sentence()

    def t_volunteer(self) -> Sentence:
        b = _Builder()
        b.add(self.rng.choice(["巾帼志愿者", "“妈妈岗”负责人", "家庭教育讲师", "心理咨询师"]))
        b.add(self.full_name(), "PER")
        b.add(self.rng.choice(["说：", "介绍，", "表示，"]))
        b.add(self.rng.choice(["“我们会继续把服务送到群众身边。”", "今年已累计服务群众300余人次。", "要把好事办实。"]))
        return b.sentence()

    def t_compound(self) -> Sentence:
        b = _Builder()
        b.add(self.rng.choice(self.compound) + self.given(), "PER")
        b.add(self.rng.choice(["同志", "老师", "大姐", "女士"]))
        b.add(self.rng.choice(["扎根基层二十年。", "带领姐妹们发展特色种植。", "被评为优秀执委。"]))
        return b.sentence()

    # -- names right after a long address, and names glued to the verb that follows -------------
    def address(self, b: _Builder) -> None:
        r = self.rng.random()
        if r < 0.4:
            b.add(self.county(), "LOC").add(self.town(), "LOC").add(self.village(), "LOC")
            b.add(f"{self.rng.choice('一二三四五六七八')}组" if self.rng.random() < 0.5 else f"{self.rng.randint(1, 99)}号")
        elif r < 0.75:
            if self.rng.random() < 0.5:
                b.add(self.county(), "LOC")
            b.add(self.rng.choice(_PLACE_STEMS) + self.rng.choice(["小区", "花园", "家园", "苑"]))
            b.add(f"{self.rng.randint(1, 30)}{self.rng.choice(['栋', '幢', '号楼'])}{self.rng.randint(1, 6)}单元"
                  f"{self.rng.randint(1, 28)}0{self.rng.randint(1, 4)}{self.rng.choice(['室', '号', ''])}")
        else:
            b.add(self.rng.choice(_PLACE_STEMS) + self.rng.choice(["路", "大街", "东路", "西街"]))
            b.add(f"{self.rng.randint(1, 300)}号")

    def t_resident(self) -> Sentence:
        b = _Builder()
        b.add(self.rng.choice(["家住", "居住在", "现住"]))
        self.address(b)
        b.add("的").add(self.any_person(), "PER")
        b.add(self.rng.choice(["主动向妇联求助", "来电反映家庭矛盾", "申请法律援助", "找到村妇联主席诉说困难",
                               "向调解室提出申请"]))
        b.add(self.rng.choice(["。", "，希望得到帮助。", f"，联系电话{self.rng.randint(130, 189)}{self.rng.randint(10000000, 99999999)}。"]))
        return b.sentence()

    def t_glued_verb(self) -> Sentence:
        b = _Builder()
        r = self.rng.random()
        if r < 0.35:
            place = self.rng.choice([self.county(), self.rng.choice(_PROVINCES) + "省"])
            b.add(place + self.rng.choice(["人民法院", "法院"]), "ORG").add("向").add(self.full_name(), "PER")
            b.add(self.rng.choice(["签发人身安全保护令。", "发出家庭教育指导令。", "送达了判决书。"]))
        elif r < 0.7:
            b.add(self.rng.choice(["培训班上，", "座谈会上，", "活动中，", ""]))
            b.add(self.full_name(), "PER")
            b.add(self.rng.choice(["作专题辅导。", "作典型发言。", "作了交流发言。", "作工作报告。", "讲授了家庭教育课。"]))
        else:
            b.add(self.rng.choice(["工作人员", "负责人", "调解员", "社工"])).add(self.full_name(), "PER")
            b.add(self.rng.choice(["介绍", "说", "告诉记者"]))
            b.add(f"，今年已接待来访群众{self.rng.randint(20, 400)}人次。")
        return b.sentence()

    def t_mediated(self) -> Sentence:
        b = _Builder()
        b.add(self.rng.choice(["经调解，", "在妇联的帮助下，", "经过多次上门劝导，"]))
        b.add(self.any_person(), "PER")
        b.add(self.rng.choice(["与丈夫达成和解协议", "与婆婆重归于好", "重新找到了工作"]))
        b.add("，").add(self.rng.choice(["调解员", "网格员", "执委"])).add(self.full_name(), "PER")
        b.add(self.rng.choice(["将持续跟踪回访。", "表示会继续关注。"]))
        return b.sentence()

    def sentences(self, n: int, templates: str = "all") -> list[Sentence]:
        """``templates``: "all", or "base" (the first eight templates only: the generator as it
        was when the first training stage ran, so that stage reproduces exactly)."""
        chosen = [
            (self.t_meeting, 3), (self.t_official, 3), (self.t_child, 2), (self.t_award, 2),
            (self.t_case, 2), (self.t_nickname, 1), (self.t_volunteer, 2), (self.t_compound, 1),
        ]
        if templates == "all":
            chosen += [(self.t_resident, 3), (self.t_glued_verb, 3), (self.t_mediated, 1)]
        elif templates != "base":
            raise ValueError(f"templates must be 'all' or 'base', not {templates!r}")
        templates = chosen
        funcs = [f for f, w in templates for _ in range(w)]
        return [self.rng.choice(funcs)() for _ in range(n)]


def generate(n: int = 6000, seed: int = 13, templates: str = "all") -> list[Sentence]:
    return DomainGenerator(seed).sentences(n, templates)

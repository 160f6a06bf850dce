"""Generate the span-labelled privacy domain set (``eval/data/privacy/domain.jsonl``).

Sentences about 妇联 work (training, rights protection, domestic violence, left-behind
children, mediation, awards) are built from templates filled with Faker ``zh_CN`` values
and values written here, with a fixed seed, so the file is reproducible::

    python -m eval.privacy.generate            # writes eval/data/privacy/domain.jsonl
    python -m eval.privacy.generate --n 400 --seed 20240308 --out other.jsonl

Each line: ``{"id", "text", "reference_date", "entities": [{"type", "start", "end", "text",
"minor"}], "negatives": [{"kind", "start", "end", "text"}]}``. ``negatives`` are spans that
must not be flagged: statistics, dates, document numbers, order numbers, hotlines and bare
region names. Values appear in obfuscated forms too (full-width digits, spaced or dashed
phones, 1３8 mixtures, zero-width characters).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from pathlib import Path

from faker import Faker
from faker.providers.ssn.zh_CN import Provider as ZhSsnProvider
from stdnum.cn import ric

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "privacy" / "domain.jsonl"
DEFAULT_SEED = 20240308
REFERENCE_DATE = dt.date(2026, 11, 26)

COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "司徒", "公孙", "夏侯"]
GIVEN_CHARS = "秀英桂兰玉珍丽芳娟敏静霞红梅凤华燕琴云莲洁琳婷雪慧颖佳欣怡晓瑶雨萱涵"
NICK_CHARS = "雅军乐琪萌月雨宇涛豪婷欣悦冉朵果童晴安宁"
ESTATES = ["幸福家园", "阳光花园", "金色家园", "和平小区", "翠湖苑", "锦绣华庭", "丽景园", "东方明珠公寓", "龙湖新村", "春晖小区"]
VILLAGE_PREFIX = ["李家庄", "王庄", "张家", "柳树屯", "大营", "石桥", "河东", "南关", "北辛庄", "小王庄"]
CN_NUM = "一二三四五六七八九十"
ROADS = ["东风路", "建设北大街", "人民路", "中华南大街", "胜利大街", "和平西路", "解放大道", "新华路", "长江道", "裕华东路"]
HOTLINES = ["12338", "12345", "110", "120", "96180", "12355"]
STATS = ["137人", "2000元", "30%", "1.2万人次", "56户", "15个", "300余名", "98.5%", "4200元", "12场", "3000多名", "85个"]
DOC_PREFIX = ["冀妇字", "妇发", "保妇字", "石妇", "县妇发", "妇办字"]


class Builder:
    """Accumulates text pieces and the labelled spans inside them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.entities: list[dict] = []
        self.negatives: list[dict] = []

    def add(self, text: str, *, entity: str | None = None, minor: bool = False, negative: str | None = None):
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        if entity:
            self.entities.append({"type": entity, "start": start, "end": self.pos, "text": text, "minor": minor})
        if negative:
            self.negatives.append({"kind": negative, "start": start, "end": self.pos, "text": text})

    @property
    def text(self) -> str:
        return "".join(self.parts)


def fullwidth(s: str, rng: random.Random, ratio: float = 1.0) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and rng.random() < ratio else c for c in s)


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


class Values:
    """Personal values in plain and obfuscated forms."""

    def __init__(self, fake: Faker, rng: random.Random, today: dt.date = REFERENCE_DATE):
        self.fake = fake
        self.rng = rng
        self.today = today

    def adult_name(self) -> tuple[str, str]:
        """(text, form) where form is full | compound | mou."""
        r = self.rng.random()
        if r < 0.12:
            return self.rng.choice(COMPOUND) + "".join(self.rng.sample(GIVEN_CHARS, self.rng.choice((1, 2)))), "compound"
        if r < 0.32:
            return self.fake.last_name() + self.rng.choice(("某某", "某", "某某")), "mou"
        return self.fake.name(), "full"

    def child_name(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return "小" + self.rng.choice(NICK_CHARS)
        if r < 0.7:
            return self.fake.last_name() + "某某"
        return self.fake.last_name() + "".join(self.rng.sample(GIVEN_CHARS, 2))

    def mobile(self) -> str:
        n = self.fake.phone_number()
        style = self.rng.randrange(8)
        if style == 1:
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if style == 2:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        if style == 3:
            return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
        if style == 4:
            return fullwidth(n, self.rng)
        if style == 5:
            return fullwidth(n, self.rng, 0.3)
        if style == 6:
            return n[:3] + "\u200b" + n[3:]
        return n

    def landline(self) -> str:
        import phonenumbers

        while True:
            area = self.rng.choice(["0311", "0312", "010", "0319", "0335", "021", "0310", "0937", "0898"])
            local = str(self.rng.randint(2, 8)) + "".join(self.rng.choice("0123456789") for _ in range(self.rng.choice((6, 7))))
            if phonenumbers.is_valid_number(phonenumbers.parse(area + local, "CN")):
                break
        return self.rng.choice([f"{area}-{local}", f"{area}{local}", f"（{area}）{local}", f"{area} {local}"])

    def resident_id(self, min_age: int, max_age: int) -> str:
        """An 18-digit resident ID whose holder is ``min_age``..``max_age`` years old on ``self.today``.

        The same draws as Faker's ``zh_CN`` ``ssn`` (age in days, area code, sequence digits,
        gender digit), but the birth date counts back from the set's reference date, never
        from the clock, so the set does not change with the calendar.
        """
        age = dt.timedelta(days=self.fake.random_int(min_age * 365, max_age * 365))
        birthday = (self.today - age).strftime("%Y%m%d")
        area = self.fake.random_element(ZhSsnProvider.area_codes)
        body = self.fake.numerify(area + birthday + "##") + self.fake.random.choice("0123456789")
        return body + ric.calc_check_digit(body + "0")  # stdnum expects a placeholder check digit

    def id_number(self, minor: bool = False) -> str:
        n = self.resident_id(4, 14) if minor else self.resident_id(19, 80)
        style = self.rng.randrange(6)
        if style == 1:
            return fullwidth(n, self.rng)
        if style == 2:
            return f"{n[:6]} {n[6:14]} {n[14:]}"
        return n

    def card(self) -> str:
        n = luhn_complete(self.rng.choice(["622202", "621700", "622848", "623058", "621226"]), self.rng.choice((16, 19)), self.rng)
        if self.rng.random() < 0.5:
            return " ".join(n[i : i + 4] for i in range(0, len(n), 4))
        return n

    def email(self) -> str:
        user = self.fake.user_name() + str(self.rng.randint(1, 99))
        return user + "@" + self.rng.choice(["163.com", "qq.com", "126.com", "sina.com", "hbfl.org.cn", "foxmail.com"])

    def wechat(self) -> str:
        r = self.rng.random()
        if r < 0.2:
            return self.fake.phone_number()
        if r < 0.4:
            return "wxid_" + self.fake.user_name() + str(self.rng.randint(10, 999))
        return self.fake.user_name() + self.rng.choice(["", "_", "-"]) + str(self.rng.randint(1, 9999))

    def qq(self) -> str:
        return str(self.rng.randint(10_000, 2_999_999_999))

    def address(self) -> str:
        prov = self.fake.province()
        city = self.fake.city()
        district = self.fake.district() + self.rng.choice(["区", "县"])
        r = self.rng.random()
        head = self.rng.choice([prov + city + district, city + district, district, ""])
        if r < 0.35:
            detail = self.rng.choice(ROADS) + f"{self.rng.randint(1, 399)}号"
            if self.rng.random() < 0.4:
                detail += f"{self.rng.randint(1, 6)}单元{self.rng.randint(1, 25)}0{self.rng.randint(1, 4)}室"
        elif r < 0.7:
            detail = (
                self.rng.choice(ESTATES)
                + self.rng.choice(["", "小区"] if True else [""])
                + f"{self.rng.randint(1, 30)}{self.rng.choice(['号楼', '栋', '幢'])}"
                + f"{self.rng.randint(1, 6)}单元{self.rng.randint(1, 28)}0{self.rng.randint(1, 4)}{self.rng.choice(['室', '号', ''])}"
            )
            detail = detail.replace("小区小区", "小区")
        else:
            detail = self.rng.choice(VILLAGE_PREFIX) + "村" + self.rng.choice(
                [f"{self.rng.choice(CN_NUM)}组", f"{self.rng.randint(1, 12)}组", f"{self.rng.randint(1, 99)}号"]
            )
            if not head or self.rng.random() < 0.5:
                head = district + self.fake.last_name() + self.rng.choice(["镇", "乡"])
        return head + detail

    def date(self) -> str:
        d = self.fake.date_between(start_date=dt.date(2023, 1, 1), end_date=dt.date(2026, 10, 31))
        return self.rng.choice([f"{d.year}年{d.month}月{d.day}日", f"{d.month}月{d.day}日", d.isoformat(), f"{d.year}年{d.month}月"])

    def docno(self) -> str:
        return f"{self.rng.choice(DOC_PREFIX)}〔{self.rng.randint(2019, 2026)}〕{self.rng.randint(1, 60)}号"

    def order(self) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(self.rng.choice((16, 18, 20))))

    def region(self) -> str:
        return self.rng.choice([self.fake.province(), self.fake.city(), self.fake.district() + "县"])


# Template pieces: plain text, or {slot}. Slots and their labels are in SLOTS below.
TEMPLATES = [
    # rights protection / domestic violence
    "{date}，{region}妇联接到{name}的求助电话，她反映长期遭受丈夫殴打，联系电话{phone}。",
    "受害人{name}，女，{age}岁，家住{addr}，身份证号{id}，已向法院申请人身安全保护令。",
    "{name}（女，{age}岁）因家庭暴力向妇联求助，工作人员记录了她的手机号{phone}和住址{addr}。",
    "经调解，{name}与丈夫达成协议，调解员{name2}表示将持续跟踪回访。",
    "维权站工作人员{name}介绍，今年已受理家暴投诉{stat}，依据{docno}文件规范办理。",
    "当事人{name}的银行卡号{card}被丈夫控制，妇联协调律师{name2}提供法律援助。",
    "求助者{name}称，她的微信号是{wechat}，希望通过微信与维权律师联系。",
    "妇女{name}反映家中经济困难，申请临时救助，请将救助金转入账户{card}。",
    "如遇家庭暴力可拨打{hotline}妇女维权公益服务热线，或联系{name}，电话{landline}。",
    "{region}法院向{name}签发人身安全保护令，禁止其丈夫接近{addr}。",
    # left-behind children / minors
    "留守儿童{child}今年{age_child}岁，和奶奶{name}住在{addr}，父母常年在外务工。",
    "{child}（化名），女，{age_child}岁，某小学四年级学生，身份证号{child_id}。",
    "志愿者{name}每周到{addr}看望留守女童{child}，辅导她完成作业。",
    "{name}的孙女{child}今年{age_child}岁，就读于村小学三年级，是一名留守儿童。",
    "在“护苗行动”中，社工为{child}等{stat}留守儿童建立了成长档案。",
    "女童{child}的监护人{name}联系电话{phone}，家庭住址{addr}。",
    "学生{child}的妈妈{name}说，孩子性格变得开朗了。",
    "妇联为困境儿童{child}（{age_child}岁）申请了助学金，资金于{date}发放到位。",
    # training / information officers
    "{date}，{region}妇联举办信息员培训班，{stat}基层信息员参加，{name}作专题辅导。",
    "信息员{name}、{name2}、{name3}在培训中分享了写作经验。",
    "培训报名请联系{name}，电话{phone}，邮箱{email}。",
    "本次培训共收到作业{stat}，优秀率达{stat2}，{docno}对获奖信息员予以通报表扬。",
    "如有疑问请发送邮件至{email}，或添加联系人微信{wechat}。",
    "学员{name}在结业发言中说，通过学习掌握了信息写作的基本要求。",
    # mediation / family
    "{region}婚姻家庭纠纷调解委员会成立以来，共调解纠纷{stat}，成功率{stat2}。",
    "调解员{name}先后{num}次上门，终于化解了{name2}一家的矛盾。",
    "{name}和{name2}夫妻因家庭琐事产生矛盾，经调解重归于好。",
    "家住{addr}的{name}主动联系调解委员会，留下QQ号{qq}以便沟通。",
    # awards / women's work
    "{name}被评为“最美家庭”，她和丈夫照顾瘫痪的婆婆十余年。",
    "巾帼致富带头人{name}创办合作社，带动{stat}妇女增收，年销售额达{stat2}。",
    "{region}妇联主席{name}到{addr}走访慰问困难妇女。",
    "“两癌”免费检查覆盖{stat}农村妇女，筛查率{stat2}，相关数据已于{date}上报。",
    "{region}共有{stat}妇女参加了技能培训，其中{stat2}实现就业。",
    "快递单号{order}的慰问物资已寄出，请收件人{name}注意查收，联系QQ：{qq}。",
    "工作人员{name}的QQ号是{qq}，工作邮箱为{email}。",
    # clean/hard-negative sentences
    "截至{date}，全市妇联系统共开展宣传活动{stat}，覆盖群众{stat2}。",
    "依据{docno}文件要求，各县（市、区）妇联于{date}前报送材料。",
    "订单号{order}的培训教材已发货，共{stat}。",
    "{region}妇联开通{hotline}热线，{date}以来接听来电{stat}。",
    "妇女之家在{region}实现全覆盖，服务群众{stat}，满意度{stat2}。",
]

SLOT_KINDS = {
    "name": "PERSON",
    "name2": "PERSON",
    "name3": "PERSON",
    "child": "PERSON",
    "phone": "PHONE_NUMBER",
    "landline": "PHONE_NUMBER",
    "id": "CN_ID_CARD",
    "child_id": "CN_ID_CARD",
    "card": "CN_BANK_CARD",
    "email": "EMAIL_ADDRESS",
    "wechat": "WECHAT_ID",
    "qq": "QQ_NUMBER",
    "addr": "ADDRESS",
}
NEGATIVE_KINDS = {
    "stat": "statistic",
    "stat2": "statistic",
    "date": "date",
    "docno": "document_number",
    "order": "order_number",
    "hotline": "hotline",
    "region": "region",
}


def _slot_value(slot: str, v: Values, rng: random.Random, state: dict) -> tuple[str, str | None]:
    """(text, marker) where marker '化名' means the value gets a 化名 note after it."""
    if slot in ("name", "name2", "name3"):
        text, _ = v.adult_name()
        if rng.random() < 0.06 and "某" not in text:
            return text, "化名"
        return text, None
    if slot == "child":
        return state.setdefault("child", v.child_name()), None
    if slot == "phone":
        return v.mobile(), None
    if slot == "landline":
        return v.landline(), None
    if slot == "id":
        return v.id_number(), None
    if slot == "child_id":
        return v.id_number(minor=True), None
    if slot == "card":
        return v.card(), None
    if slot == "email":
        return v.email(), None
    if slot == "wechat":
        return v.wechat(), None
    if slot == "qq":
        return v.qq(), None
    if slot == "addr":
        return v.address(), None
    if slot in ("stat", "stat2"):
        return rng.choice(STATS), None
    if slot == "date":
        return v.date(), None
    if slot == "docno":
        return v.docno(), None
    if slot == "order":
        return v.order(), None
    if slot == "hotline":
        return rng.choice(HOTLINES), None
    if slot == "region":
        return v.region(), None
    if slot == "age":
        return str(rng.randint(22, 75)), None
    if slot == "age_child":
        return str(rng.randint(5, 16)), None
    if slot == "num":
        return rng.choice(["3", "5", "十余", "多"]), None
    raise KeyError(slot)


def build_sentence(template: str, v: Values, rng: random.Random) -> Builder:
    b = Builder()
    state: dict = {}
    for piece in re.split(r"(\{[a-z_0-9]+\})", template):
        if not piece:
            continue
        if not (piece.startswith("{") and piece.endswith("}")):
            b.add(piece)
            continue
        slot = piece[1:-1]
        value, marker = _slot_value(slot, v, rng, state)
        kind = SLOT_KINDS.get(slot)
        b.add(value, entity=kind, minor=slot in ("child", "child_id"), negative=NEGATIVE_KINDS.get(slot))
        if marker == "化名":
            b.add("（化名）")
    return b


def generate(n: int = 360, seed: int = DEFAULT_SEED, reference_date: dt.date = REFERENCE_DATE) -> list[dict]:
    rng = random.Random(seed)
    Faker.seed(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    values = Values(fake, rng, today=reference_date)
    rows = []
    for i in range(n):
        template = TEMPLATES[i % len(TEMPLATES)] if i < len(TEMPLATES) else rng.choice(TEMPLATES)
        b = build_sentence(template, values, rng)
        rows.append(
            {
                "id": f"domain-{i:04d}",
                "text": b.text,
                "reference_date": reference_date.isoformat(),
                "entities": b.entities,
                "negatives": b.negatives,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=360)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    rows = generate(args.n, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

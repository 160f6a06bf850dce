import pytest


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("张某某长期遭受丈夫家暴，多次被打伤。", ["domestic_violence"]),
        ("她说丈夫酒后多次动手打人。", ["domestic_violence"]),
        ("法院禁止被申请人周某骚扰、跟踪申请人。", ["domestic_violence"]),
        ("她曾遭受性侵，至今不愿提起。", ["sexual_assault"]),
        ("张某（女，41岁）患有乳腺癌，生活十分困难。", ["health"]),
        ("小宇因先天性心脏病需长期服药，他的父母离异。", ["family", "health"]),
        ("她丈夫欠下高利贷，家中负债累累。", ["finance"]),
        ("受害人田某某说，结婚第二年丈夫就开始打她。", ["domestic_violence"]),
        ("想买草莓的朋友可以打她的手机，也可以加她微信。", []),
        # coercive and economic control is domestic violence
        ("她反映丈夫长期对其实施精神控制和经济控制。", ["domestic_violence"]),
        ("丈夫一直以不给钱控制她的生活。", ["domestic_violence"]),
        # illnesses named with 患, treatments, injuries
        ("她患尿毒症3年，每周需透析两次。", ["health"]),
        ("被告多次殴打原告胡某，致其左耳鼓膜穿孔。", ["domestic_violence", "health"]),
        # inheritance, a parent gone missing; 双方 points to the parties
        ("双方就父母遗留房屋的继承问题达成一致。", ["family"]),
        ("她父亲去世后，母亲外出务工下落不明。", ["family"]),
        # property, wages owed, bank cards
        ("经核实，当事人名下无房产。", ["finance"]),
        ("刘某某打工期间被老板拖欠工资。", ["finance"]),
        ("去年她家纯收入达到6万元。", ["finance"]),
        # publicity: 拐卖 as a crime to report, 妇女儿童 is not 女儿
        ("如发现拐卖妇女儿童线索，请联系值班人员贾晓梅。", []),
        ("各级妇联共受理妇女儿童信访2865件，其中婚姻家庭纠纷占42%。", []),
        ("上官雨桐，16岁，父母在外务工，由爷爷照顾。", []),
        # topics without a person are not passages about someone
        ("全市开展反家暴宣传活动，发放宣传册5000份。", []),
        ("开展两癌筛查，覆盖农村妇女2万人。", []),
    ],
)
def test_sensitive_kinds(scanner, text, kinds):
    result = scanner.scan(text)
    assert sorted({s["kind"] for s in result["sensitive"]}) == kinds
    for s in result["sensitive"]:
        assert text[s["start"] : s["end"]].strip() == text[s["start"] : s["end"]]


def test_passages_index_the_original_text(scanner):
    text = "第一段。\u200b她遭受家暴，电话１３８１２３４５６７８。"
    [passage] = scanner.scan(text)["sensitive"]
    assert text[passage["start"] : passage["end"]].endswith("５６７８。")

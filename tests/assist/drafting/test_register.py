import pytest

from assist.drafting.register import to_report
from assist.figures import find_quantities


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("来了村里妇女45人", "45名村里妇女参加"),
        ("来了12家企业", "12家企业参加"),
        ("到场的姐妹有150多人", "150多名姐妹参加"),
        ("参加的有300多人", "300多人参加"),
        ("社区妇联+人社所一起搞的", "社区妇联联合人社所联合举办"),
        ("和县医院一起搞的两癌筛查", "联合县医院举办两癌筛查"),
        ("这个月搞了两场广场舞比赛", "本月举办了两场广场舞比赛"),
        ("镇妇联开了个反家暴宣传活动", "镇妇联举办了反家暴宣传活动"),
        ("钱是爱心企业捐的", "资金由爱心企业捐助"),
        ("爱心企业鑫源公司捐了2万元", "爱心企业鑫源公司捐赠2万元"),
        ("来了大概一百来号人", "一百余人参加"),
        ("来了六十多个家长吧", "六十多个家长参加"),
        ("来了差不多两百人吧", "约两百人参加"),
        ("差不多两百多人", "两百多人"),
        ("上个礼拜三", "上周三"),
        ("都是弹性上班可以接送孩子那种", "均为弹性上班可以接送孩子"),
        ("她说“俺们来了三十人”", "她说“俺们来了三十人”"),  # quotes stay verbatim
        ("8个人开了店", "8个人开了店"),  # 开了店 is not an event
        ("11月在新华乡开第二场", "11月在新华乡举办第二场"),
    ],
)
def test_to_report(raw, expected):
    assert to_report(raw) == expected


@pytest.mark.parametrize("raw", ["来了村里妇女45人", "到场的姐妹有150多人", "爱心企业捐了2万元", "来了12家企业"])
def test_rewrites_keep_every_figure(raw):
    key = lambda t: sorted((q.value, q.unit) for q in find_quantities(t))  # noqa: E731
    assert key(to_report(raw)) == key(raw)

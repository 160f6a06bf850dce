"""EMAIL_ADDRESS, WECHAT_ID and QQ_NUMBER."""

import pytest



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("邮箱zhangli@163.com。", ["zhangli@163.com"]),
        ("发送至liu.xia_2019@hbwomen.org.cn，", ["liu.xia_2019@hbwomen.org.cn"]),
        ("邮箱ｌｉｕ＠１６３．ｃｏｍ", ["ｌｉｕ＠１６３．ｃｏｍ"]),
        ("联系张某zhang(at)qq.com", ["zhang(at)qq.com"]),
        ("网址www.hbwomen.org.cn", []),
    ],
)
def test_email(scanner, text, expected, found):
    assert found(scanner.scan(text), "EMAIL_ADDRESS") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("微信号：zhang_mm88，", ["zhang_mm88"]),
        ("加微信wxid_abc123", ["wxid_abc123"]),
        ("vx: Liu-Xia2020", ["Liu-Xia2020"]),
        ("她的微信是13812345678", ["13812345678"]),
        ("关注公众号后回复keyword获取", []),  # no WeChat context word
        ("微信公众号阅读量12000次", []),
    ],
)
def test_wechat(scanner, text, expected, found):
    assert found(scanner.scan(text), "WECHAT_ID") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QQ：12345678", ["12345678"]),
        ("联系QQ号3391206874。", ["3391206874"]),
        ("扣扣 88886666", ["88886666"]),
        ("QQ群成员12000人", []),  # a statistic
        ("共12345678人次参与", []),  # no context
    ],
)
def test_qq(scanner, text, expected, found):
    assert found(scanner.scan(text), "QQ_NUMBER") == expected


def test_email_wins_over_qq_inside_it(scanner, found):
    result = scanner.scan("QQ邮箱12345678@qq.com")
    assert found(result, "EMAIL_ADDRESS") == ["12345678@qq.com"]
    assert found(result, "QQ_NUMBER") == []

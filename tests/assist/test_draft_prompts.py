"""The prompt data files: present, complete, and built from the seed's template and standards."""

import pytest

from assist.prompts import load_prompts
from models.errors import ConfigError


@pytest.mark.parametrize(
    "name, must_contain",
    [
        ("draft", ["主标题+副标题", "导语", "100字左右", "典型案例", "不得虚构", "只使用原始记录中的事实"]),
        ("polish", ["只使用原稿中的事实", "倒金字塔", "取得了显著成效"]),
    ],
)
def test_system_prompts_carry_the_seed_rules(name, must_contain):
    system = load_prompts(name)["system"]
    for phrase in must_contain:
        assert phrase in system


@pytest.mark.parametrize(
    "name, key, fields",
    [
        ("draft", "user", {"frame": "x"}),
        ("draft", "exemplar", {"exemplars": "x"}),
        ("draft", "revision", {"problems": "x"}),
        ("polish", "user", {"channel_name": "微博", "channel_rule": "r", "text": "x"}),
        ("polish", "revision", {"problems": "x"}),
    ],
)
def test_templates_format_with_their_fields(name, key, fields):
    out = load_prompts(name)[key].format(**fields)
    assert all(v in out for v in fields.values())


@pytest.mark.parametrize("channel, limit", [("上报信息稿", 1500), ("微信公众号", 3000), ("微博", 140)])
def test_channel_limits_agree_with_the_rules(channel, limit):
    from assist.polishing.rules import phrases

    assert load_prompts("polish")["channels"][channel]["max_chars"] == limit
    assert phrases()["channels"][channel]["max_chars"] == limit


def test_missing_prompt_file_is_a_config_error():
    with pytest.raises(ConfigError, match="缺少提示词文件"):
        load_prompts("no_such_prompt")

"""Issue 15: a reviewer's misses, partial masks, false alarms and obfuscations, as table-driven cases.

Every case goes through the public entry the app and the eval use (``build_scanner(...).scan`` and
``.mask``), with the rules-only scanner and with the bundled NER tagger (what ``auto`` loads). A found entity must not stay readable in
any masking style: the check is the eval's own (``eval.privacy.unmasked.count_unmasked``:
``chinese`` may show only the conventional form, ``placeholder`` and ``redact`` nothing), and for a
number also a count of the digits its ``chinese`` form shows, whatever script they are written in.

Ids: ``issue-*`` are the reviewer's own cases, ``more-*`` further cases of the same kind.
"""

from __future__ import annotations

import pytest
from stdnum import luhn
from stdnum.cn import ric

from eval.privacy.unmasked import count_unmasked
from privacy.masking import mask_address, mask_person, mask_phone
from privacy.normalize import digit_value
from privacy.scanner import build_scanner

from privacy_fakes import TODAY

P = pytest.param


@pytest.fixture(scope="module", params=("rules", "ner"))
def any_scanner(request):
    return build_scanner(request.param, today=TODAY)


def rid(first17: str) -> str:
    """A resident ID (or residence permit) number with its GB 11643 check digit."""
    return first17 + ric.calc_check_digit(first17 + "0")  # stdnum reads the 18th digit as a placeholder


def card(first: str) -> str:
    """A Luhn-valid card number."""
    return first + luhn.calc_check_digit(first)


def spaced(number: str, groups: tuple[int, ...], sep: str) -> str:
    out, pos = [], 0
    for g in groups:
        out.append(number[pos : pos + g])
        pos += g
    return sep.join(out)


ID = rid("11010119900307123")
TW_PERMIT = rid("83000019920101001")  # a Taiwan resident's residence permit: 830000 + birth date
HK_PERMIT = rid("81000019850607001")
CARD16 = card("621700013000445")
CARD19 = card("621700013000445612")
# the most digits the ``chinese`` form of each type shows (138****5678, 110***********1233, 6217********4456)
KEPT_DIGITS = {"PHONE_NUMBER": 7, "CN_ID_CARD": 7, "CN_BANK_CARD": 8}


def _found_exactly(result: dict, text: str, etype: str, value: str) -> bool:
    start = text.index(value)
    return any(e["type"] == etype and e["start"] == start and e["end"] == start + len(value) for e in result["entities"])


def _assert_found_and_masked(scanner, text: str, etype: str, value: str) -> None:
    result = scanner.scan(text)
    assert _found_exactly(result, text, etype, value), [(e["type"], e["text"]) for e in result["entities"]]
    start = text.index(value)
    row = {"id": "case", "text": text,
           "entities": [{"type": etype, "start": start, "end": start + len(value), "text": value, "minor": False}]}
    unmasked = count_unmasked([row], [result])
    assert unmasked["missed"] == 0
    assert unmasked["left_unmasked"] == {"chinese": 0, "placeholder": 0, "redact": 0}, unmasked["examples"]
    if etype in KEPT_DIGITS:
        masked = scanner.mask(text, "chinese")["entities"]
        shown = sum(digit_value(ch) is not None for e in masked if e["type"] == etype for ch in e["replacement"])
        assert shown <= KEPT_DIGITS[etype], [e["replacement"] for e in masked]


# ---- misses: (text, type, value); pattern types, the same for every tagger ----
MISSES = [
    P("联系电话83952271，请及时回复。", "PHONE_NUMBER", "83952271", id="issue-local-8"),
    P("办公电话：（0351）89082910。", "PHONE_NUMBER", "（0351）89082910", id="issue-bracket-area"),
    P("联系电话（0743）8512 6630。", "PHONE_NUMBER", "（0743）8512 6630", id="issue-bracket-area-split"),
    P("台湾居民居住证号码" + TW_PERMIT + "。", "CN_ID_CARD", TW_PERMIT, id="issue-tw-permit"),
    P("身份证号" + spaced(ID, (6, 8, 4), "  ") + "。", "CN_ID_CARD", spaced(ID, (6, 8, 4), "  "), id="issue-id-double-space"),
    P("银行卡号" + spaced(CARD16, (4, 4, 4, 4), "  ") + "。", "CN_BANK_CARD", spaced(CARD16, (4, 4, 4, 4), "  "),
      id="issue-card-double-space"),
    P("家住朝阳区望京街道花家地南里5号楼。", "ADDRESS", "朝阳区望京街道花家地南里5号楼", id="issue-address-li"),
    # a local number split once, after any phone word
    P("联系电话：8395 2271。", "PHONE_NUMBER", "8395 2271", id="more-local-split-space"),
    P("电话 8395-2271，", "PHONE_NUMBER", "8395-2271", id="more-local-split-dash"),
    P("座机83952271。", "PHONE_NUMBER", "83952271", id="more-local-zuoji"),
    P("联系人张某，电话6621354。", "PHONE_NUMBER", "6621354", id="more-local-7"),
    P("联系电话：(0351)8908 2910，", "PHONE_NUMBER", "(0351)8908 2910", id="more-ascii-bracket-split"),
    P("电话（0351） 8908 2910。", "PHONE_NUMBER", "（0351） 8908 2910", id="more-bracket-space-split"),
    P("联系电话0743 8512 6630。", "PHONE_NUMBER", "0743 8512 6630", id="more-area-space-split"),
    P("联系电话0743-8512-6630。", "PHONE_NUMBER", "0743-8512-6630", id="more-area-dash-split"),
    P("电话：（0743）-8512 6630，", "PHONE_NUMBER", "（0743）-8512 6630", id="more-bracket-dash-split"),
    P("联系电话83952271、83952272。", "PHONE_NUMBER", "83952272", id="more-local-listed-second"),
    P("电话：83952271或8395 2272，", "PHONE_NUMBER", "8395 2272", id="more-local-listed-or"),
    P("Tel: 8395 2271", "PHONE_NUMBER", "8395 2271", id="more-local-tel"),
    # residence permits (Hong Kong 81, Macau 82, Taiwan 83) with or without a word before
    P("证件号码" + HK_PERMIT + "。", "CN_ID_CARD", HK_PERMIT, id="more-hk-permit"),
    P("她持有居住证，号码" + TW_PERMIT + "。", "CN_ID_CARD", TW_PERMIT, id="more-tw-permit-later-word"),
    # numbers in groups set off by two or more spaces, or by tabs
    P("身份证 " + spaced(ID, (4, 4, 4, 4, 2), "  ") + "。", "CN_ID_CARD", spaced(ID, (4, 4, 4, 4, 2), "  "),
      id="more-id-4-groups-double-space"),
    P("银行卡：" + spaced(CARD19, (4, 4, 4, 4, 3), "  ") + "。", "CN_BANK_CARD", spaced(CARD19, (4, 4, 4, 4, 3), "  "),
      id="more-card19-double-space"),
    P("卡号" + spaced(CARD16, (4, 4, 4, 4), "   ") + "。", "CN_BANK_CARD", spaced(CARD16, (4, 4, 4, 4), "   "),
      id="more-card-triple-space"),
    P("银行卡号" + spaced(CARD16, (4, 4, 4, 4), "\t") + "。", "CN_BANK_CARD", spaced(CARD16, (4, 4, 4, 4), "\t"),
      id="more-card-tab"),
    P("卡号 " + spaced(CARD16, (4, 4, 4, 4), " - ") + "。", "CN_BANK_CARD", spaced(CARD16, (4, 4, 4, 4), " - "),
      id="more-card-spaced-dashes"),
    P("身份证号" + spaced(ID, (6, 8, 4), "\t") + "。", "CN_ID_CARD", spaced(ID, (6, 8, 4), "\t"), id="more-id-tab"),
    # a WeChat account right after its word and connector
    P("微信（zhang_mm88）", "WECHAT_ID", "zhang_mm88", id="more-wechat-bracket"),
    P("加我微信 lili_2024，", "WECHAT_ID", "lili_2024", id="more-wechat-space"),
    P("VX：Liu-Xia2020", "WECHAT_ID", "Liu-Xia2020", id="more-wechat-vx-upper"),
    # a code word before an ID word does not veto the ID (身份证编号: the ID word names the number)
    P("身份证编号" + ID + "。", "CN_ID_CARD", ID, id="more-id-after-id-word-and-code-word"),
    P("证件编号：" + TW_PERMIT + "。", "CN_ID_CARD", TW_PERMIT, id="more-permit-after-zhengjian-bianhao"),
    P("订单已付款，付款人银行卡号" + CARD16 + "。", "CN_BANK_CARD", CARD16, id="more-card-after-far-order-word"),
    # addresses of the 里/院/排/苑 forms, down to the building or the house number
    P("住址：西城区百万庄南里3号楼2门101。", "ADDRESS", "西城区百万庄南里3号楼2门101", id="more-li-entrance-room"),
    P("家住海淀区万寿路甲15号院3号楼。", "ADDRESS", "海淀区万寿路甲15号院3号楼", id="more-jia-yuan"),
    P("家住东城区和平里七区12号楼。", "ADDRESS", "东城区和平里七区12号楼", id="more-li-subarea"),
    P("家住丰台区方庄芳古园一区5号楼。", "ADDRESS", "丰台区方庄芳古园一区5号楼", id="more-yuan-subarea"),
    P("家住昌平区天通苑北一区3号楼。", "ADDRESS", "昌平区天通苑北一区3号楼", id="more-yuan2-subarea"),
    P("家住大兴区黄村镇芦城村3排5号。", "ADDRESS", "大兴区黄村镇芦城村3排5号", id="more-village-row"),
    P("现住址：南苑乡槐房村4排6号。", "ADDRESS", "南苑乡槐房村4排6号", id="more-village-row-town"),
    P("家住朝阳区团结湖北里3号。", "ADDRESS", "朝阳区团结湖北里3号", id="more-li-house"),
    P("住在朝阳区花家地西里3号。", "ADDRESS", "朝阳区花家地西里3号", id="more-li-house2"),
    P("家住朝阳区八里庄北里甲15号。", "ADDRESS", "朝阳区八里庄北里甲15号", id="more-li-jia-house"),
    P("家住西城区月坛北街甲3号院。", "ADDRESS", "西城区月坛北街甲3号院", id="more-street-jia-yuan"),
    P("家住朝阳区劲松八区805号楼。", "ADDRESS", "朝阳区劲松八区805号楼", id="more-subarea-building"),
    P("家住西城区新街口北大街三不老胡同1号院。", "ADDRESS", "西城区新街口北大街三不老胡同1号院", id="more-street-hutong"),
    P("住在和平里5号。", "ADDRESS", "和平里5号", id="more-li-house-after-lead"),
    P("家住南湖街道幸福里6号院3排2号。", "ADDRESS", "南湖街道幸福里6号院3排2号", id="more-li-yuan-row-house"),
    P("家住张庄村五排十二号。", "ADDRESS", "张庄村五排十二号", id="more-village-row-numerals"),
    P("家住昌平区回龙观龙泽苑东区8号楼。", "ADDRESS", "昌平区回龙观龙泽苑东区8号楼", id="more-yuan-direction-area"),
]

# ---- misses of a name (the tagger's job: the NER scanner) ----
NAME_MISSES = [
    # the name after a kinship word, and a child's name before 妈妈, stay found
    P("她的孙子小明今年十岁。", "小明", id="more-nickname-after-kinship"),
    P("童伴妈妈李秀兰照顾12名儿童。", "李秀兰", id="more-name-after-title"),
    P("乐乐妈妈说，乐乐今年6岁。", "乐乐", id="more-child-name-before-mama"),
    P("Please contact 张三 for details.", "张三", id="issue-name-in-english"),
    P("I met 李四 yesterday at the office.", "李四", id="more-name-in-english"),
    P("The survivor, 刘秀英, asked for help.", "刘秀英", id="more-name-in-english-commas"),
    P("Our colleague 王小红 will call you on Monday.", "王小红", id="more-name-in-english-3"),
    P("Ms. 欧阳晓翠 said she was fine.", "欧阳晓翠", id="more-compound-name-in-english"),
    P("Contact: 张三, phone 13912345678.", "张三", id="more-name-in-english-contact"),
    P("张三 said hello.", "张三", id="more-name-starts-english-line"),
    P("Signed: 李秀英", "李秀英", id="more-name-ends-english-line"),
]

# ---- partial masks: found, and masked whole in every style ----
PARTIAL = [
    P("受助人欧阳 晓翠来到妇联。", "PERSON", "欧阳 晓翠", id="issue-name-space"),
    P("电话１３９１２３４５６７８。", "PHONE_NUMBER", "１３９１２３４５６７８", id="issue-fullwidth-phone"),
    P("受助人欧阳\u3000晓翠来到妇联。", "PERSON", "欧阳\u3000晓翠", id="more-name-ideographic-space"),
    P("受助人王 秀英来到妇联。", "PERSON", "王 秀英", id="more-name-space-single-surname"),
    P("电话１３９ １２３４ ５６７８。", "PHONE_NUMBER", "１３９ １２３４ ５６７８", id="more-fullwidth-phone-spaced"),
    P("电话（０３５１）８９０８２９１０。", "PHONE_NUMBER", "（０３５１）８９０８２９１０", id="more-fullwidth-landline"),
    P("电话①③⑨①②③④⑤⑥⑦⑧。", "PHONE_NUMBER", "①③⑨①②③④⑤⑥⑦⑧", id="more-circled-phone"),
    P("电话¹³⁹¹²³⁴⁵⁶⁷⁸。", "PHONE_NUMBER", "¹³⁹¹²³⁴⁵⁶⁷⁸", id="more-superscript-phone"),
    P("电话⒈⒊⒐⒈⒉⒊⒋⒌⒍⒎⒏。", "PHONE_NUMBER", "⒈⒊⒐⒈⒉⒊⒋⒌⒍⒎⒏", id="more-digit-full-stop-phone"),
    P("联系电话８３９５２２７１。", "PHONE_NUMBER", "８３９５２２７１", id="more-fullwidth-local"),
]

# ---- false alarms: (text, the span no entity may touch) ----
_EN = "请在test环境中发送email，lecture定在Monday，网址example.com。"
_TRAD = "全國婦聯組織培訓，小學老師參加。"
FALSE_ALARMS = [
    P("她带着孙子来到妇联，孙女今年上学。", "孙子", id="issue-sunzi"),
    P("她带着孙子来到妇联，孙女今年上学。", "孙女", id="issue-sunnv"),
    P("组织学习马克思主义妇女观。", "马克思主义", id="issue-marxism"),
    P("童伴妈妈每周到留守儿童家中走访。", "童伴妈妈", id="issue-tongban-mama"),
    P(_EN, "test", id="issue-en-test"),
    P(_EN, "email", id="issue-en-email"),
    P(_EN, "lecture", id="issue-en-lecture"),
    P(_EN, "Monday", id="issue-en-monday"),
    P(_EN, "example.com", id="issue-en-example-com"),
    P(_TRAD, "全國婦聯", id="issue-trad-fulian"),
    P(_TRAD, "培訓", id="issue-trad-peixun"),
    P(_TRAD, "小學", id="issue-trad-xiaoxue"),
    P("单位统一社会信用代码91110108MA01ABCD2X，开户银行工商银行。", "91110108MA01ABCD2X", id="issue-uscc"),
    P("商品货号" + card("622202123456789") + "，请核对。", card("622202123456789"), id="issue-product-code"),
    P("订单号：" + ID + "，已发货。", ID, id="issue-order-number"),
    P("QQ号：a123456789", "a123456789", id="issue-qq-letter"),
    P("她说微信上有人发来example2024的链接。", "example2024", id="more-wechat-word-later"),
    # more of the same kind
    P("We held a 培训 session on Monday.", "培训", id="more-word-in-english"),
    P("统计了83952271、83952272两个数。", "83952272", id="more-listed-numbers-no-phone-word"),
    P("共有2019 - 2020 - 2021三届。", "2019 - 2020 - 2021", id="more-years-spaced-dashes"),
    P("The word 平安 means safe.", "平安", id="more-word-in-english-2"),
    P("We visited 北京 last week.", "北京", id="more-place-in-english"),
    P("The 童伴妈妈 programme covers 100 villages.", "童伴妈妈", id="more-programme-in-english"),
    # a day of the month after 里 is a date, not a house number; 政府 is no estate
    P("村里5号开会，大家都来了。", "村里5号", id="more-date-cunli"),
    P("他说这里3号前要交材料。", "这里3号", id="more-date-zheli"),
    P("朝阳区妇联12号上午召开会议。", "12号", id="more-date-after-district"),
    P("朝阳区团结湖北里3号上午召开会议。", "北里3号", id="more-date-after-li"),
    P("会议在区政府3号楼召开。", "区政府3号楼", id="more-government-building"),
    P("孙子孙女都由她一人照顾。", "孙子孙女都由", id="more-sunzi-sunnv-duyou"),
    P("她的孙子小明今年十岁。", "孙子", id="more-sunzi-before-name"),
    P("童伴妈妈李秀兰照顾12名儿童。", "童伴妈妈", id="more-tongban-mama-before-name"),
    P("村里的爱心妈妈每周上门看望孩子。", "爱心妈妈", id="more-common-word-mama"),
    P("春蕾妈妈志愿服务队成立。", "春蕾妈妈", id="more-chunlei-mama"),
    P("老人说，孙子孙女也由她照顾。", "孙子孙女也由", id="more-sunzi-sunnv-youyou"),
    P("微信群里发了lecture的通知，Monday开会，详见example.com。", "lecture", id="more-wechat-group-lecture"),
    P("微信群里发了lecture的通知，Monday开会，详见example.com。", "example.com", id="more-wechat-group-example"),
    P("微信公众号推送了Monday的活动。", "Monday", id="more-wechat-account-monday"),
    P("企业营业执照注册号" + card("911101085923662") + "。", card("911101085923662"), id="more-licence-number"),
    P("产品型号：" + card("622202123456780") + "。", card("622202123456780"), id="more-model-number"),
    P("订单编号" + ID + "。", ID, id="more-order-number-bianhao"),
    P("快递单号" + ID + "，请查收。", ID, id="more-parcel-number"),
]

# ---- obfuscation: (text, type, value) ----
_ARABIC = "\u0661\u0663\u0669\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"
_DEVANAGARI = "\u0967\u0969\u096f\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e"
_KEYCAP = "".join(d + "\ufe0f\u20e3" for d in "13912345678")
OBFUSCATED = [
    P("电话139\u202e1234\u202c5678。", "PHONE_NUMBER", "139\u202e1234\u202c5678", id="issue-bidi"),
    P("电话139\u20611234\u20625678。", "PHONE_NUMBER", "139\u20611234\u20625678", id="issue-2061-2062"),
    P("电话139\u20631234\u20645678。", "PHONE_NUMBER", "139\u20631234\u20645678", id="issue-2063-2064"),
    P("电话139\u034f1234\ufe0f5678。", "PHONE_NUMBER", "139\u034f1234\ufe0f5678", id="issue-034f-fe0f"),
    P("电话139\u31641234\u31645678。", "PHONE_NUMBER", "139\u31641234\u31645678", id="issue-3164"),
    P("电话" + _ARABIC + "。", "PHONE_NUMBER", _ARABIC, id="issue-arabic-indic"),
    P("电话" + _DEVANAGARI + "。", "PHONE_NUMBER", _DEVANAGARI, id="issue-devanagari"),
    P("电话一三九一二三四五六七八。", "PHONE_NUMBER", "一三九一二三四五六七八", id="issue-chinese-numerals"),
    P("身份证号" + ID[:6] + "\u202e" + ID[6:] + "。", "CN_ID_CARD", ID[:6] + "\u202e" + ID[6:], id="issue-bidi-id"),
    P("电话" + _KEYCAP + "。", "PHONE_NUMBER", _KEYCAP, id="more-keycap"),
    P("电话壹叁玖壹贰叁肆伍陆柒捌。", "PHONE_NUMBER", "壹叁玖壹贰叁肆伍陆柒捌", id="more-financial-numerals"),
    P("电话幺三九幺二三四五六七八。", "PHONE_NUMBER", "幺三九幺二三四五六七八", id="more-yao"),
    P("电话139一二三四5678。", "PHONE_NUMBER", "139一二三四5678", id="more-mixed-numerals"),
    P("电话\u0e51\u0e53\u0e59\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58。", "PHONE_NUMBER",
      "\u0e51\u0e53\u0e59\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58", id="more-thai"),
    P("电话139\u00ad1234\u180e5678。", "PHONE_NUMBER", "139\u00ad1234\u180e5678", id="more-soft-hyphen-mvs"),
    P("电话139\U000e00201234\U000e00205678。", "PHONE_NUMBER", "139\U000e00201234\U000e00205678", id="more-tag-space"),
    P("身份证号一一〇一〇一一九九〇〇三〇七一二三" + "〇一二三四五六七八九"[int(ID[-1])] + "。", "CN_ID_CARD",
      "一一〇一〇一一九九〇〇三〇七一二三" + "〇一二三四五六七八九"[int(ID[-1])], id="more-id-numerals"),
    P("银行卡号" + CARD16[:8] + "\u2063" + CARD16[8:] + "。", "CN_BANK_CARD", CARD16[:8] + "\u2063" + CARD16[8:],
      id="more-card-2063"),
]


# cases not fixed yet: id -> the scanners they still fail with (a strict xfail: a fix must remove them)
OPEN: dict[str, set[str]] = {
}


def _open(request, scanner: str) -> None:
    if scanner in OPEN.get(request.node.callspec.id.split("-", 1)[1], set()):
        request.applymarker(pytest.mark.xfail(strict=True, reason="issue 15: not fixed yet"))


@pytest.mark.parametrize(("text", "etype", "value"), MISSES + OBFUSCATED)
def test_found_and_masked(request, any_scanner, text, etype, value):
    _open(request, request.node.callspec.params["any_scanner"])
    _assert_found_and_masked(any_scanner, text, etype, value)


@pytest.mark.parametrize(("text", "value"), NAME_MISSES)
def test_name_found_and_masked(request, any_scanner, text, value):
    _open(request, request.node.callspec.params["any_scanner"])
    _assert_found_and_masked(any_scanner, text, "PERSON", value)


@pytest.mark.parametrize(("text", "etype", "value"), PARTIAL)
def test_masked_whole(request, any_scanner, text, etype, value):
    _open(request, request.node.callspec.params["any_scanner"])
    _assert_found_and_masked(any_scanner, text, etype, value)


@pytest.mark.parametrize(("text", "span"), FALSE_ALARMS)
def test_not_flagged(request, any_scanner, text, span):
    _open(request, request.node.callspec.params["any_scanner"])
    start = text.index(span)
    end = start + len(span)
    hits = [(e["type"], e["text"]) for e in any_scanner.scan(text)["entities"] if e["start"] < end and start < e["end"]]
    assert hits == []


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        P("83952271", "******71", id="local-8"),
        P("8395 2271", "**** **71", id="local-split"),
        P("6621354", "*****54", id="local-7"),
        P("（0743）8512 6630", "（0743）**** **30", id="landline-keeps-area-code"),
        P("①③⑨①②③④⑤⑥⑦⑧", "①③⑨****⑤⑥⑦⑧", id="circled-mobile"),
    ],
)
def test_phone_forms(value, masked):
    """A local number has no area code to keep: only its last two digits stay."""
    assert mask_phone(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        P("朝阳区和平里七区12号楼", "朝阳区***", id="numbered-area-is-no-district"),
        P("昌平区天通苑北一区3号楼", "昌平区***", id="direction-numbered-area"),
        P("昌平区回龙观龙泽苑东区8号楼", "昌平区***", id="estate-direction-area"),
        P("朝阳区劲松八区805号楼", "朝阳区***", id="area-of-a-name"),
        P("河北省保定市竞秀区东风路128号", "河北省保定市竞秀区***", id="county-district-kept"),
    ],
)
def test_address_forms(value, masked):
    """The ``chinese`` form keeps the county-level district only, never an estate's own 七区/北一区."""
    assert mask_address(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        P("欧阳 晓翠", "欧阳某某", id="space-in-name"),
        P("欧阳\u00a0晓翠", "欧阳某某", id="no-break-space-in-name"),
        P("王\u2009秀英", "王某某", id="thin-space-in-name"),
        P("李某华", "李某某", id="mou-then-a-given-character"),
        P("陈某某", "陈某某", id="mou-form-kept"),
        P("某华", "某某", id="mou-first"),
    ],
)
def test_person_forms(value, masked):
    """The ``chinese`` form keeps the surname only: a space inside the name or a 某 already there
    leaves no given-name character readable."""
    assert mask_person(value) == masked


@pytest.mark.parametrize(
    "text",
    [P("住这里5号" * 5000, id="lead-and-zheli"), P("朝阳区北里5号上午" * 3000, id="district-lane-then-date"),
     P("北里5号" * 6000, id="lane-without-context")],
)
def test_lane_numbers_that_are_no_house(text):
    """A text full of 里 + number that is no house (这里5号, a date) gives no address. (Its speed, which a
    whole-window search at every number once made quadratic, is a benchmark's concern, not a unit test's.)"""
    from privacy.recognizers.address import CnAddressRecognizer

    assert CnAddressRecognizer().analyze(text, ["ADDRESS"]) == []

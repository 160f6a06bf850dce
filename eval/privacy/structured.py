"""A structured-types suite in the spirit of public PII test suites: positives in the formats people
write, and look-alikes that must not be flagged (service numbers, codes, invalid check digits or dates,
statistics, public accounts). Written by this project (session 5) before the rules of that session
changed; the cases are fixed data, not generated.

``python -m eval.privacy.structured`` prints found/total per type and the false alarms;
``python -m eval.privacy.structured ner --data eval/data/privacy/structured_fresh.yaml`` runs a suite kept
in a YAML file instead (``positives: [{type, text, value}]``, ``negatives: [{kind, text, value}]``; the
sealed suite written in session 13, with its first-run figures in its header).

FIRST RUN (branch pii at a6e14ac, rules as on main; ``--person-model ner``):
  python -m eval.privacy.structured ner
  found 63/74 (ADDRESS 4/8, CN_BANK_CARD 8/9, CN_ID_CARD 11/14, EMAIL 10/10, PHONE 21/24, QQ 4/4,
  WECHAT 5/5), false alarms 3/50 (19412345678 an unallocated range as a phone, an ID-context number with
  an impossible month as a bank card, a 设备序列号 as a bank card).
  Missed: extension after a dash (021-62345678-123), +86 10 6234 5678, an em-dash separator, passports
  (E12345678, EA1234567), 港澳通行证 C87654321, a 15-digit AmEx card, 户籍地 glued to an address,
  building/floor after a road number, 花家地南里5号楼, 下花园区辛庄子村.
AFTER the session's rule changes: found 74/74, false alarms 0/50 (the suite was then used for tuning).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

# (type, sentence, value): value is the exact span that must be found as that type.
POSITIVES: list[tuple[str, str, str]] = [
    # phones
    ("PHONE_NUMBER", "我的手机号是13812345678，有事请联系。", "13812345678"),
    ("PHONE_NUMBER", "手机：138-1234-5678", "138-1234-5678"),
    ("PHONE_NUMBER", "电话 138 1234 5678（白天）", "138 1234 5678"),
    ("PHONE_NUMBER", "请拨打+86 13812345678咨询。", "+86 13812345678"),
    ("PHONE_NUMBER", "联系方式：+86-138-1234-5678", "+86-138-1234-5678"),
    ("PHONE_NUMBER", "国际长途请拨0086 13912345678。", "0086 13912345678"),
    ("PHONE_NUMBER", "新号码16612345678已启用。", "16612345678"),
    ("PHONE_NUMBER", "她换了手机号19212345678。", "19212345678"),
    ("PHONE_NUMBER", "手机号１３８１２３４５６７８（全角）", "１３８１２３４５６７８"),
    ("PHONE_NUMBER", "办公室电话010-62345678。", "010-62345678"),
    ("PHONE_NUMBER", "咨询电话（010）62345678", "（010）62345678"),
    ("PHONE_NUMBER", "电话：(021) 6234 5678", "(021) 6234 5678"),
    ("PHONE_NUMBER", "深圳办事处0755-86013388", "0755-86013388"),
    ("PHONE_NUMBER", "总机0311-86052345转8021", "0311-86052345转8021"),
    ("PHONE_NUMBER", "座机：021-62345678-123", "021-62345678-123"),
    ("PHONE_NUMBER", "联系电话62345678，工作日接听。", "62345678"),
    ("PHONE_NUMBER", "电话：7654321（县城内拨打）", "7654321"),
    ("PHONE_NUMBER", "Call me at +86 139 1234 5678 after work.", "+86 139 1234 5678"),
    ("PHONE_NUMBER", "My phone number is 138-0013-8000.", "138-0013-8000"),
    ("PHONE_NUMBER", "Tel: +86 10 6234 5678", "+86 10 6234 5678"),
    ("PHONE_NUMBER", "电话号码：（0351）89082910", "（0351）89082910"),
    ("PHONE_NUMBER", "紧急联系人手机14512345678", "14512345678"),
    ("PHONE_NUMBER", "手机13800138000，微信同号。", "13800138000"),
    ("PHONE_NUMBER", "电话：0312—3025566", "0312—3025566"),
    # identity documents
    ("CN_ID_CARD", "身份证号：110105199003072039", "110105199003072039"),
    ("CN_ID_CARD", "身份证号码为32010619650505304x。", "32010619650505304x"),
    ("CN_ID_CARD", "证件号 110105 19900307 2039", "110105 19900307 2039"),
    ("CN_ID_CARD", "身份证：110105-19900307-2039", "110105-19900307-2039"),
    ("CN_ID_CARD", "她的身份证是 4403 0819 9901 0100 12。", "4403 0819 9901 0100 12"),
    ("CN_ID_CARD", "老身份证号130102850312451仍可使用。", "130102850312451"),
    ("CN_ID_CARD", "ID number 110105199003072039 was checked.", "110105199003072039"),
    ("CN_ID_CARD", "台湾居民居住证号码830000199810121468", "830000199810121468"),
    ("CN_ID_CARD", "港澳居民居住证：81000019900318774X", "81000019900318774X"),
    ("CN_ID_CARD", "护照号码：E12345678", "E12345678"),
    ("CN_ID_CARD", "护照号 EA1234567，有效期十年。", "EA1234567"),
    ("CN_ID_CARD", "往来港澳通行证号C87654321", "C87654321"),
    ("CN_ID_CARD", "身份证号３６０１０２１９９２０８１４３２１３", "３６０１０２１９９２０８１４３２１３"),
    ("CN_ID_CARD", "身份证 360102199208143213，户籍地南昌。", "360102199208143213"),
    # bank cards
    ("CN_BANK_CARD", "银行卡号6222021001124628196", "6222021001124628196"),
    ("CN_BANK_CARD", "卡号：6225 8801 2345 1941", "6225 8801 2345 1941"),
    ("CN_BANK_CARD", "收款账号 6217-0001-3000-3186-094", "6217-0001-3000-3186-094"),
    ("CN_BANK_CARD", "信用卡号4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("CN_BANK_CARD", "信用卡 5500000000000004 已挂失。", "5500000000000004"),
    ("CN_BANK_CARD", "credit card 4012-8888-8888-1881", "4012-8888-8888-1881"),
    ("CN_BANK_CARD", "American Express card 378282246310005", "378282246310005"),
    ("CN_BANK_CARD", "工资打到6217000130006618这张卡上。", "6217000130006618"),
    ("CN_BANK_CARD", "开户行：农业银行，账号6228480041020996033", "6228480041020996033"),
    # e-mail
    ("EMAIL_ADDRESS", "邮箱：zhang.san@fulian.gov.cn", "zhang.san@fulian.gov.cn"),
    ("EMAIL_ADDRESS", "发邮件到wangfang@qq.com。", "wangfang@qq.com"),
    ("EMAIL_ADDRESS", "Email: abc123@sina.com.cn", "abc123@sina.com.cn"),
    ("EMAIL_ADDRESS", "my email is info@presidio.site", "info@presidio.site"),
    ("EMAIL_ADDRESS", "联系li_mei+report@163.com或a@b.co", "li_mei+report@163.com"),
    ("EMAIL_ADDRESS", "联系li_mei+report@163.com或a@b.co", "a@b.co"),
    ("EMAIL_ADDRESS", "LiMei@Gmail.COM 是她的邮箱", "LiMei@Gmail.COM"),
    ("EMAIL_ADDRESS", "邮箱 zhangsan(at)163.com", "zhangsan(at)163.com"),
    ("EMAIL_ADDRESS", "邮箱 zhangsan[at]163.com", "zhangsan[at]163.com"),
    ("EMAIL_ADDRESS", "邮箱：zhangsan＠163.com", "zhangsan＠163.com"),
    # WeChat and QQ
    ("WECHAT_ID", "微信号：wxid_abc123", "wxid_abc123"),
    ("WECHAT_ID", "微信：Li-Mei_2024", "Li-Mei_2024"),
    ("WECHAT_ID", "vx: zhangsan88", "zhangsan88"),
    ("WECHAT_ID", "加V：fulian666", "fulian666"),
    ("WECHAT_ID", "她的微信号是13912345678。", "13912345678"),
    ("QQ_NUMBER", "QQ：382716459", "382716459"),
    ("QQ_NUMBER", "qq号 10001", "10001"),
    ("QQ_NUMBER", "扣扣2958374610", "2958374610"),
    ("QQ_NUMBER", "QQ号码是 295837461，欢迎交流。", "295837461"),
    # addresses
    ("ADDRESS", "地址：北京市海淀区中关村大街27号", "北京市海淀区中关村大街27号"),
    ("ADDRESS", "家住石家庄市长安区建设北大街136号3单元502室", "石家庄市长安区建设北大街136号3单元502室"),
    ("ADDRESS", "户籍地河北省平山县西柏坡镇北庄村3组", "河北省平山县西柏坡镇北庄村3组"),
    ("ADDRESS", "住在朝阳区望京街道花家地南里5号楼", "朝阳区望京街道花家地南里5号楼"),
    ("ADDRESS", "她住幸福小区12栋2单元301", "幸福小区12栋2单元301"),
    ("ADDRESS", "上海市浦东新区世纪大道100号是办公地点", "上海市浦东新区世纪大道100号"),
    ("ADDRESS", "寄到广州市天河区体育西路189号城建大厦18楼", "广州市天河区体育西路189号城建大厦18楼"),
    ("ADDRESS", "现住下花园区辛庄子村", "下花园区辛庄子村"),
]

# (sentence, span): the span must not overlap any entity of a structured type (nor a PERSON).
NEGATIVES: list[tuple[str, str]] = [
    ("妇女维权公益服务热线12338全天开通。", "12338"),
    ("遇到紧急情况请拨打110或120。", "110"),
    ("中国工商银行客服电话95588。", "95588"),
    ("市民服务热线12345受理投诉。", "12345"),
    ("全国统一客服400-800-8888。", "400-800-8888"),
    ("订单号13812345678901已发货。", "13812345678901"),
    ("编号：13812345678", "13812345678"),
    ("全年接待来访12345678人次。", "12345678"),
    ("项目资金1381234567元已拨付。", "1381234567"),
    ("会议于20240308召开。", "20240308"),
    ("邮编050000，石家庄市。", "050000"),
    ("号码12345678901不是手机号。", "12345678901"),
    ("号码19412345678尚未启用。", "19412345678"),
    ("流水号202403081234567890", "202403081234567890"),
    ("统一社会信用代码91110000100000000X", "91110000100000000X"),
    ("身份证号码110105199013072039（月份错误）", "110105199013072039"),
    ("身份证号11010519850229001X（日期错误）", "11010519850229001X"),
    ("样本编号1101051990030720391", "1101051990030720391"),
    ("批次号11010519900307203", "11010519900307203"),
    ("卡号6222021001124628197（校验位错误）", "6222021001124628197"),
    ("商品条码6901234567892", "6901234567892"),
    ("快递单号4111111111111111", "4111111111111111"),
    ("发票号码6225880123451941", "6225880123451941"),
    ("设备序列号5500000000000004", "5500000000000004"),
    ("运单号SF1452638790215", "SF1452638790215"),
    ("石妇字〔2025〕12号文件", "〔2025〕12号"),
    ("my email is info@presidio.", "info@presidio."),
    ("详见example.com上的说明。", "example.com"),
    ("@平安北京 发布了提醒。", "@平安北京"),
    ("版本v1.2.3已发布。", "v1.2.3"),
    ("网址www.women.org.cn", "www.women.org.cn"),
    ("扫码关注微信公众号“巾帼之声”。", "巾帼之声"),
    ("微信群里已有300人。", "300"),
    ("欢迎使用微信支付，满100元减10元。", "100"),
    ("QQ号：a123456789", "a123456789"),
    ("QQ群人数达到500人。", "500"),
    ("用QQ音乐听了2000首歌。", "2000"),
    ("来自北京市的代表发言。", "北京市"),
    ("河北省平山县妇联开展培训。", "河北省平山县"),
    ("长安区妇联召开会议。", "长安区"),
    ("第3组获得一等奖。", "第3组"),
    ("根据5号文件精神，", "5号"),
    ("乘坐地铁12号线到达。", "12号线"),
    ("会议室在3楼。", "3楼"),
    ("增长12.5%，达到3200万元。", "12.5%"),
    ("2024年3月8日上午", "2024年3月8日"),
    ("the test results were sent by email on Monday", "test"),
    ("the test results were sent by email on Monday", "Monday"),
    ("1.8米高的展板", "1.8"),
    ("IP地址192.168.1.1", "192.168.1.1"),
]

STRUCTURED = ("CN_ID_CARD", "PHONE_NUMBER", "CN_BANK_CARD", "EMAIL_ADDRESS", "WECHAT_ID", "QQ_NUMBER", "ADDRESS")


def load_suite(path: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """A YAML suite as ``(positives, negatives)`` in the shapes of ``POSITIVES`` and ``NEGATIVES``; a
    value that does not occur exactly once in its sentence is an error in the data."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    positives = [(row["type"], row["text"], row["value"]) for row in data["positives"]]
    negatives = [(row["text"], row["value"]) for row in data["negatives"]]
    for text, value in [(t, v) for _, t, v in positives] + negatives:
        if text.count(value) != 1:
            raise ValueError(f"{path.name}: the value must occur once in its sentence: {value!r}")
    return positives, negatives


def run(scanner, positives: list[tuple[str, str, str]] | None = None, negatives: list[tuple[str, str]] | None = None) -> dict:
    """``{"types": {type: {"found", "total"}}, "found", "total", "false_alarms", "negatives", "missed", "alarms"}``
    over the built-in suite, or over ``positives`` / ``negatives`` where given."""
    positives = POSITIVES if positives is None else positives
    negatives = NEGATIVES if negatives is None else negatives
    types: dict[str, dict[str, int]] = {}
    missed: list[str] = []
    alarms: list[str] = []
    for kind, text, value in positives:
        start = text.index(value)
        ents = scanner.scan(text)["entities"]
        hit = any(e["type"] == kind and (e["start"], e["end"]) == (start, start + len(value)) for e in ents)
        slot = types.setdefault(kind, {"found": 0, "total": 0})
        slot["total"] += 1
        slot["found"] += hit
        if not hit:
            missed.append(f"{value}/{kind}: {[(e['text'], e['type']) for e in ents]}")
    for text, value in negatives:
        start = text.index(value)
        end = start + len(value)
        ents = scanner.scan(text)["entities"]
        bad = [e for e in ents if e["start"] < end and start < e["end"]]
        if bad:
            alarms.append(f"{value}: {[(e['text'], e['type']) for e in bad]}")
    return {
        "types": types,
        "found": sum(t["found"] for t in types.values()),
        "total": sum(t["total"] for t in types.values()),
        "false_alarms": len(alarms),
        "negatives": len(negatives),
        "missed": missed,
        "alarms": alarms,
    }


def main(argv: list[str]) -> None:
    from privacy.scanner import build_scanner

    suite: tuple = ()
    if "--data" in argv:
        at = argv.index("--data")
        suite = load_suite(Path(argv[at + 1]))
        argv = argv[:at] + argv[at + 2 :]
    model = argv[0] if argv else "ner"
    out = run(build_scanner(model), *suite)
    for kind, t in sorted(out["types"].items()):
        print(f"{kind:14s} {t['found']}/{t['total']}")
    print(f"found {out['found']}/{out['total']}, false alarms {out['false_alarms']}/{out['negatives']}")
    for line in out["missed"]:
        print("  missed", line)
    for line in out["alarms"]:
        print("  alarm ", line)


if __name__ == "__main__":
    main(sys.argv[1:])

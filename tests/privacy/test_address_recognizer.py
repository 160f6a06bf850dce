import pytest



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张某某家住河北省保定市竞秀区东风路128号3单元502室，", ["河北省保定市竞秀区东风路128号3单元502室"]),
        ("我们走访了家住竞秀区东风路128号的她", ["竞秀区东风路128号"]),
        # a verb with its aspect particle before the address: 了 is not the place's first character
        ("志愿者走访了锦江街道桂花巷12号3单元402的老人", ["锦江街道桂花巷12号3单元402"]),
        ("社工看望了城南区和平路6号的一户家庭", ["城南区和平路6号"]),
        ("小雅住在李家庄村三组，今年9岁", ["李家庄村三组"]),
        ("她住在幸福家园小区5号楼2单元301室。", ["幸福家园小区5号楼2单元301室"]),
        ("禁止其接近锦绣华庭21幢2单元2403号", ["锦绣华庭21幢2单元2403号"]),
        ("住址：丽景园小区26幢4单元2402，", ["丽景园小区26幢4单元2402"]),
        ("在石家庄市新华区中华北大街56号举办", ["石家庄市新华区中华北大街56号"]),
        ("到和平西路23号看望", ["和平西路23号"]),
        ("迁安市杨店子镇南关村五组的吴某某", ["迁安市杨店子镇南关村五组"]),
        ("天津市和平区南京道12号", ["天津市和平区南京道12号"]),
        ("在她的带动下，南和区贾宋镇西三召村二组有27户", ["南和区贾宋镇西三召村二组"]),
        ("受害人住址为涿州市华阳路锦绣家园小区7号楼3单元402室，", ["涿州市华阳路锦绣家园小区7号楼3单元402室"]),
        # not personal: bare regions, statistics, document numbers, venues without a house
        ("河北省石家庄市妇联", []),
        ("全市128个村2000户", []),
        ("依据冀妇字〔2024〕12号文件", []),
        ("活动在市妇女儿童活动中心3楼举行", []),
        ("阜平县共有留守儿童137人", []),
        ("该村二组、三组共有留守妇女45人", []),  # no village named
        ("本村3组的村民", []),
        # a road and house number followed by the estate inside it
        (
            "被告马某住邯郸市丛台区人民东路318号幸福家园小区5栋2单元302室，",
            ["邯郸市丛台区人民东路318号幸福家园小区5栋2单元302室"],
        ),
        ("家住东关村3组的赵大妈", ["东关村3组"]),
        ("广安大街16号美东国际A座1205室是她的工作室", ["广安大街16号美东国际A座1205室"]),
        ("地址：邢台市襄都区团结东大街626号3-2-301。", ["邢台市襄都区团结东大街626号3-2-301"]),
        ("家住望都县固店镇东白坨村第三村民小组的韩某", ["望都县固店镇东白坨村第三村民小组"]),
    ],
)
def test_addresses(scanner, text, expected, found):
    assert found(scanner.scan(text), "ADDRESS") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Beijing-style estates (南里, 北里) with a building number
        ("活动在朝阳区望京街道花家地南里5号楼举行", ["朝阳区望京街道花家地南里5号楼"]),
        # an office tower and floor after the road number
        ("寄到广州市天河区体育西路189号城建大厦18楼", ["广州市天河区体育西路189号城建大厦18楼"]),
        # a named village right after its county or district, the town between or not
        ("9岁女孩王欣怡在下花园区辛庄子村走失", ["下花园区辛庄子村"]),
        ("现住平山县西柏坡镇北庄村", ["平山县西柏坡镇北庄村"]),
        ("平山县北庄村村民", ["平山县北庄村"]),
        # a lead word that ends in 地 is not part of the address
        ("户籍地河北省平山县西柏坡镇北庄村3组", ["河北省平山县西柏坡镇北庄村3组"]),
        # no county, or no village name: not an address
        ("城关镇东关社区的孩子", []),
        ("长安区妇联到东关社区慰问", []),
        ("全县86个村", []),
        ("县妇联为石桥村困难妇女送去年货", []),
        ("平山县农村妇女", []),
    ],
)
def test_villages_estates_and_towers(scanner, text, expected, found):
    assert found(scanner.scan(text), "ADDRESS") == expected


def test_a_house_number_in_a_community(scanner, found):
    assert found(scanner.scan("住址：长安区育才街道建北社区12号"), "ADDRESS") == ["长安区育才街道建北社区12号"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an estate with its phase, then building and room, after the street number
        ("她住在锦江路218号凤凰城2期15栋2602。", ["锦江路218号凤凰城2期15栋2602"]),
        ("家住人民路8号阳光城三期5栋1单元801室", ["人民路8号阳光城三期5栋1单元801室"]),
        # a phase alone is no building: the street number ends the address
        ("项目位于解放路18号，二期工程明年开工。", ["解放路18号"]),
    ],
)
def test_estate_phase_building_after_street(scanner, text, expected, found):
    assert found(scanner.scan(text), "ADDRESS") == expected

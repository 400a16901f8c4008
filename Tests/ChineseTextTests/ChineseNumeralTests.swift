import ChineseText
import Testing

@Suite struct ChineseNumeralTests {
    @Test(arguments: [
        ("十二", 12), ("二十", 20), ("一百零五", 105), ("两", 2), ("〇", 0), ("零", 0), ("廿", 20), ("廿三", 23),
        ("卅", 30), ("十", 10), ("十五", 15), ("一十五", 15), ("三", 3), ("一百一十", 110), ("一千零五", 1005),
        ("一千零五十", 1050), ("两千", 2000), ("三百五", 350), ("两万五", 25_000), ("一万零五", 10_005),
        ("十万", 100_000), ("三亿五千万", 350_000_000), ("一万亿", 1_000_000_000_000), ("二〇二六", 2026),
        ("壹佰贰拾", 120), ("兩萬", 20_000), ("12", 12), ("１２", 12), ("007", 7), (" 十二 ", 12),
    ])
    func reads(_ text: String, _ expected: Int) {
        #expect(ChineseNumeral.value(of: text) == expected)
    }

    @Test(arguments: ["", "第三", "十十", "百十", "三四十", "一二百", "abc", "12a", "廿三十", "万", "99999999999999999999"])
    func rejects(_ text: String) {
        #expect(ChineseNumeral.value(of: text) == nil)
    }

    @Test func readsSubstrings() {
        let title = "第十二讲"
        #expect(ChineseNumeral.value(of: title.dropFirst().dropLast()) == 12)
    }

    @Test(arguments: [
        (0, "零"), (1, "一"), (2, "二"), (10, "十"), (11, "十一"), (12, "十二"), (20, "二十"), (21, "二十一"),
        (99, "九十九"), (100, "一百"), (101, "一百零一"), (105, "一百零五"), (110, "一百一十"), (115, "一百一十五"),
        (1000, "一千"), (1005, "一千零五"), (1050, "一千零五十"), (1500, "一千五百"), (2026, "二千零二十六"),
        (9999, "九千九百九十九"), (10_000, "一万"), (10_005, "一万零五"), (10_500, "一万零五百"),
        (15_000, "一万五千"), (100_000, "十万"), (110_000, "十一万"), (1_000_010, "一百万零一十"),
        (100_000_000, "一亿"), (300_050_000, "三亿零五万"), (-12, "负十二"),
    ])
    func spells(_ number: Int, _ expected: String) {
        #expect(ChineseNumeral.spell(number) == expected)
    }

    @Test func spellingReadsBack() {
        for number in Array(0...10_000) + [12_345, 100_001, 987_654_321, Int.max] {
            #expect(ChineseNumeral.value(of: ChineseNumeral.spell(number)) == number, "\(number)")
        }
        #expect(ChineseNumeral.spell(Int.min).hasPrefix("负"))
    }

    @Test(arguments: [
        (2, "两"), (12, "十二"), (22, "二十二"), (200, "两百"), (2000, "两千"), (20_000, "两万"),
        (2005, "两千零五"), (3, "三"), (0, "零"),
    ])
    func spellsQuantities(_ number: Int, _ expected: String) {
        #expect(ChineseNumeral.spellQuantity(number) == expected)
    }
}

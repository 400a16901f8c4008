/// Chinese numerals both ways: 十二 ↔ 12, 一百零五 ↔ 105.
public enum ChineseNumeral {
    /// 十二 → 12, 一百零五 → 105, 两 → 2; Arabic digits too. nil when not a number.
    ///
    /// Accepts Arabic digits (ASCII or full-width: １２ → 12); digit strings (二〇二六 → 2026); numerals with
    /// units 十 百 千 万 亿, 零 between them and the colloquial elided last unit (三百五 → 350, 两万五 → 25000);
    /// 两, 〇, 廿 (20), 卅 (30); financial and traditional forms (壹贰叁, 兩, 萬, 億). Surrounding whitespace is
    /// ignored.
    public static func value(of text: some StringProtocol) -> Int? {
        let scalars = Array(
            text.unicodeScalars.drop { $0.properties.isWhitespace }.reversed()
                .drop { $0.properties.isWhitespace }.reversed())
        guard !scalars.isEmpty else { return nil }
        if let arabic = arabicValue(scalars) { return arabic }
        if scalars.allSatisfy({ digitValue($0) != nil }) {
            // A digit string, read positionally: 二〇二六 → 2026, 三 → 3.
            var total = 0
            for scalar in scalars {
                guard let digit = digitValue(scalar), let next = checked(total, times: 10, plus: digit) else {
                    return nil
                }
                total = next
            }
            return total
        }
        return unitValue(scalars)
    }

    /// 12 → 十二, 105 → 一百零五, 20 → 二十, 10 → 十, 110 → 一百一十, 10005 → 一万零五; negative → 负….
    public static func spell(_ number: Int) -> String {
        if number == 0 { return "零" }
        if number < 0 {
            // Int.min has no positive counterpart: spell its magnitude through UInt.
            return "负" + spellMagnitude(number.magnitude, leading: true)
        }
        return spellMagnitude(UInt(number), leading: true)
    }

    /// `spell` as a count before a measure word: 2 → 两, 200 → 两百, 2000 → 两千, 20000 → 两万, but 12 → 十二,
    /// 22 → 二十二 (两点, 两个小时, 两千元; 十二点).
    public static func spellQuantity(_ number: Int) -> String {
        let spelled = spell(number)
        guard spelled.hasPrefix("二") else { return spelled }
        let rest = spelled.dropFirst()
        guard rest.isEmpty || "百千万亿".contains(rest.first!) else { return spelled }
        return "两" + rest
    }

    // MARK: - Reading

    private static func arabicValue(_ scalars: [Unicode.Scalar]) -> Int? {
        var total = 0
        for scalar in scalars {
            let value = scalar.value
            let digit: Int
            switch value {
            case 0x30...0x39: digit = Int(value - 0x30)
            case 0xFF10...0xFF19: digit = Int(value - 0xFF10)
            default: return nil
            }
            guard let next = checked(total, times: 10, plus: digit) else { return nil }
            total = next
        }
        return total
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零", "０", "0": 0
        case "一", "壹", "弌": 1
        case "二", "两", "兩", "贰", "貳", "弍": 2
        case "三", "叁", "參", "弎": 3
        case "四", "肆": 4
        case "五", "伍": 5
        case "六", "陆", "陸": 6
        case "七", "柒": 7
        case "八", "捌": 8
        case "九", "玖": 9
        default: nil
        }
    }

    static func unitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十", "拾": 10
        case "百", "佰": 100
        case "千", "仟": 1000
        default: nil
        }
    }

    /// True for every scalar `value(of:)` may read (digits, units, 廿 卅).
    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digitValue(scalar) != nil || unitValue(scalar) != nil || "万萬亿億".unicodeScalars.contains(scalar)
            || scalar == "廿" || scalar == "卅" || ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    /// Numerals with units: sections below 10,000 joined by 万 and 亿 (三亿五千万, 一万亿).
    private static func unitValue(_ scalars: [Unicode.Scalar]) -> Int? {
        var high = 0  // everything up to the last 亿
        var myriads = 0  // the 万 group after it
        var section = 0  // below 10,000
        var digit: Int?  // a digit waiting for its unit
        var lastUnit = Int.max  // units within a section must fall: 千 > 百 > 十
        var sawMyriad = false
        var afterZero = false
        var previousUnit: Int?  // the unit right before a trailing digit, for 三百五 → 350
        for scalar in scalars {
            if scalar == "〇" || scalar == "零" {
                guard digit == nil else { return nil }
                afterZero = true
                previousUnit = nil
            } else if let value = digitValue(scalar) {
                guard digit == nil else { return nil }
                digit = value
            } else if let unit = unitValue(scalar) ?? (scalar == "廿" || scalar == "卅" ? 10 : nil) {
                guard unit < lastUnit else { return nil }
                let isTens = scalar == "廿" || scalar == "卅"
                if isTens, digit != nil { return nil }
                if !isTens, digit == nil, unit != 10 { return nil }  // 十 stands alone (十二), 百 and 千 never
                section += (isTens ? (scalar == "廿" ? 2 : 3) : (digit ?? 1)) * unit
                lastUnit = unit
                digit = nil
                afterZero = false
                previousUnit = unit
            } else if scalar == "万" || scalar == "萬" {
                let value = section + (digit ?? 0)
                guard !sawMyriad, value > 0 else { return nil }
                myriads = value * 10_000
                sawMyriad = true
                (section, digit, lastUnit, afterZero, previousUnit) = (0, nil, .max, false, 10_000)
            } else if scalar == "亿" || scalar == "億" {
                let value = myriads + section + (digit ?? 0)
                guard value > 0 || high > 0, let next = checked(high + value, times: 100_000_000, plus: 0) else {
                    return nil
                }
                high = next
                myriads = 0
                sawMyriad = false
                (section, digit, lastUnit, afterZero, previousUnit) = (0, nil, .max, false, 100_000_000)
            } else {
                return nil
            }
        }
        if let digit {
            // 三百五 means 350: a last digit right after a unit of 百 or more counts in the next unit down.
            if !afterZero, let previousUnit, previousUnit >= 100 {
                section += digit * (previousUnit / 10)
            } else {
                section += digit
            }
        }
        let (sum, overflow) = high.addingReportingOverflow(myriads + section)
        return overflow ? nil : sum
    }

    private static func checked(_ value: Int, times factor: Int, plus addend: Int) -> Int? {
        let (product, overflow) = value.multipliedReportingOverflow(by: factor)
        guard !overflow else { return nil }
        let (sum, overflowSum) = product.addingReportingOverflow(addend)
        return overflowSum ? nil : sum
    }

    // MARK: - Writing

    private static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    private static func spellMagnitude(_ number: UInt, leading: Bool) -> String {
        for (divisor, name) in [(UInt(100_000_000), "亿"), (10_000, "万")] where number >= divisor {
            let high = number / divisor
            let low = number % divisor
            var text = spellMagnitude(high, leading: leading) + name
            if low > 0 {
                if low < divisor / 10 { text += "零" }
                text += spellMagnitude(low, leading: false)
            }
            return text
        }
        return spellSection(Int(number), leading: leading)
    }

    /// 1…9999; `leading` drops the 一 of 一十 (十二, not 一十二) when the number starts with it.
    private static func spellSection(_ number: Int, leading: Bool) -> String {
        var text = ""
        var pendingZero = false
        for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let digit = number / unit % 10
            if digit == 0 {
                if !text.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { text += "零" }
            pendingZero = false
            if !(unit == 10 && digit == 1 && text.isEmpty && leading) { text.append(digits[digit]) }
            text += name
        }
        return text
    }
}

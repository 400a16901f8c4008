import ChineseText

/// Latin digits in text that is read aloud, spoken as Chinese: CCTV7 → CCTV七, 第3讲 → 第三讲, 2集 → 两集,
/// 2026年 → 二〇二六年, 2026-12-05 → 二〇二六年十二月五日, 19:30 → 晚上七点半, 1.5 → 一点五, 80% → 百分之八十.
///
/// Titles come from tags, guides and file names, so a loudspeaker script must never hand the announcer a
/// digit to translate on the fly.
public enum SpokenNumbers {
    public static func speak(_ text: String) -> String {
        let characters = Array(text).map(asciiDigit)
        var output = ""
        var i = 0
        while i < characters.count {
            guard characters[i].isASCIIDigit else {
                output.append(characters[i])
                i += 1
                continue
            }
            let (spoken, next) = spokenNumber(characters, at: i)
            output += spoken
            i = next
        }
        return output
    }

    /// The spoken form of the number starting at `start` and the index after it.
    private static func spokenNumber(_ c: [Character], at start: Int) -> (String, Int) {
        let first = run(c, from: start)
        if let (spoken, next) = isoDate(c, first: first) { return (spoken, next) }
        if let (spoken, next) = clockTime(c, first: first) { return (spoken, next) }
        let digits = String(c[first])
        let after = first.upperBound
        // 1.5 → 一点五: a decimal point between two runs.
        if after + 1 < c.count, c[after] == ".", c[after + 1].isASCIIDigit {
            let fraction = run(c, from: after + 1)
            let decimals = String(c[fraction].map { digitName($0, zero: "零") })
            return (cardinal(digits) + "点" + decimals, fraction.upperBound)
        }
        let next = after < c.count ? c[after] : nil
        if next == "%" || next == "％" { return ("百分之" + cardinal(digits), after + 1) }
        if next == "年", digits.count >= 2 { return (String(digits.map { digitName($0, zero: "〇") }), after) }
        let previous = start > 0 ? c[start - 1] : nil
        if let next, previous != "第", measureWords.contains(next), let value = Int(digits), digits.count <= 8 {
            return (ChineseNumeral.spellQuantity(value), after)
        }
        return (cardinal(digits), after)
    }

    /// Up to five digits without a leading zero read as a number (12 → 十二); longer runs and codes such
    /// as 007 digit by digit (零零七).
    private static func cardinal(_ digits: String) -> String {
        if digits.count <= 5, digits == "0" || !digits.hasPrefix("0"), let value = Int(digits) {
            return ChineseNumeral.spell(value)
        }
        return String(digits.map { digitName($0, zero: "零") })
    }

    /// `2026-12-05` (or `2026-1-5`) when it is a real date.
    private static func isoDate(_ c: [Character], first: Range<Int>) -> (String, Int)? {
        guard first.count == 4, let year = Int(String(c[first])), first.upperBound + 1 < c.count,
            c[first.upperBound] == "-", c[first.upperBound + 1].isASCIIDigit
        else { return nil }
        let monthRun = run(c, from: first.upperBound + 1)
        guard monthRun.count <= 2, monthRun.upperBound + 1 < c.count, c[monthRun.upperBound] == "-",
            c[monthRun.upperBound + 1].isASCIIDigit, let month = Int(String(c[monthRun])), (1...12).contains(month)
        else { return nil }
        let dayRun = run(c, from: monthRun.upperBound + 1)
        guard dayRun.count <= 2, let day = Int(String(c[dayRun])), (1...31).contains(day) else { return nil }
        return (SpokenChinese.date(year: year, month: month, day: day), dayRun.upperBound)
    }

    /// `19:30` or `19:30:00` when it is a real time of day.
    private static func clockTime(_ c: [Character], first: Range<Int>) -> (String, Int)? {
        guard first.count <= 2, first.upperBound + 1 < c.count, c[first.upperBound] == ":" || c[first.upperBound] == "：",
            c[first.upperBound + 1].isASCIIDigit
        else { return nil }
        let minutes = run(c, from: first.upperBound + 1)
        guard minutes.count == 2, let hour = Int(String(c[first])), let minute = Int(String(c[minutes])),
            (0...24).contains(hour), (0...59).contains(minute)
        else { return nil }
        var end = minutes.upperBound
        if end + 2 < c.count, c[end] == ":", run(c, from: end + 1).count == 2 { end += 3 }
        return (SpokenChinese.time(hour: hour, minute: minute), end)
    }

    private static func run(_ c: [Character], from start: Int) -> Range<Int> {
        var end = start
        while end < c.count, c[end].isASCIIDigit { end += 1 }
        return start..<end
    }

    private static func digitName(_ digit: Character, zero: Character) -> Character {
        let names: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard let value = digit.wholeNumberValue else { return digit }
        return value == 0 ? zero : names[value]
    }

    /// Full-width ０–９ read like ASCII digits.
    private static func asciiDigit(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
            (0xFF10...0xFF19).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30)
        else { return character }
        return Character(ascii)
    }

    /// After these a count reads 两 rather than 二 (2集 → 两集, 2个 → 两个).
    private static let measureWords: Set<Character> = [
        "个", "集", "讲", "次", "位", "名", "人", "亩", "头", "只", "条", "项", "部", "本", "件", "户", "元", "斤", "天", "期",
    ]
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

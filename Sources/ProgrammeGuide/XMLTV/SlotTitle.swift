/// A guide title behind a broadcast slot's name: 「民生剧场:我是刑警9」, 「【黄金剧场】山海情 12」,
/// 「海豚剧场：繁花(3)」. Inside a drama slot a trailing number is the episode, which in a bare title it need
/// not be (「舌尖上的中国3」 is a season, 「CCTV9」 a channel), so the number is read only behind a slot.
struct SlotTitle: Equatable {
    /// The title without the slot: 「我是刑警9」.
    var programme: String
    /// Whether a slot name stood before it.
    var slotted: Bool

    init(_ title: String) {
        let scalars = Array(title.unicodeScalars)
        var start = 0
        while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
        if start < scalars.count, scalars[start] == "【",
            let close = scalars[start...].firstIndex(of: "】"), close + 1 < scalars.count
        {
            programme = Self.text(scalars[(close + 1)...])
            slotted = !programme.isEmpty
            if slotted { return }
        }
        if let colon = scalars.firstIndex(where: { $0 == ":" || $0 == "：" }), colon + 1 < scalars.count {
            let slot = Self.text(scalars[start..<colon])
            let rest = Self.text(scalars[(colon + 1)...])
            if !rest.isEmpty, Self.slotWords.contains(where: { slot.hasSuffix($0) }) {
                (programme, slotted) = (rest, true)
                return
            }
        }
        (programme, slotted) = (title, false)
    }

    /// The episode a trailing number gives behind a slot (「我是刑警9」 → 9, 「山海情 12」 → 12), with the
    /// title before it; nil when there is no slot or no such number.
    var trailingEpisode: (episode: Int, seriesTitle: String)? {
        guard slotted else { return nil }
        let scalars = Array(programme.unicodeScalars)
        var end = scalars.count
        while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        var first = end
        var value = 0
        var digits: [Int] = []
        while first > 0, let digit = Self.digit(scalars[first - 1]) {
            digits.insert(digit, at: 0)
            first -= 1
        }
        // One to three digits after a word: 「刑警9」, 「山海情 12」; not a year, not a number alone.
        guard (1...3).contains(digits.count), first > 0 else { return nil }
        for digit in digits { value = value * 10 + digit }
        let series = Self.text(scalars[..<first])
        guard value > 0, !series.isEmpty else { return nil }
        return (value, series)
    }

    /// Words that end a broadcast slot's name in Chinese guides.
    static let slotWords = ["剧场", "剧苑", "剧院", "影院", "影视", "剧集", "档", "时段", "放映室", "大剧院", "电视剧"]

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars)).trimmed
    }
}

/// Finds the episode markers of a title, as ranges of its scalars.
struct EpisodeMarkerScanner {
    struct Found {
        var range: Range<Int>
        var number: Int?
        var part: Int?
        var season: Int?
        var lastNumber: Int?
    }

    let scalars: [Unicode.Scalar]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Words that follow 第N: 集 讲 课 期 部分 回 章 节 话 篇 单元 (and traditional forms).
    private static let episodeUnits: [[Unicode.Scalar]] = [
        "部分", "單元", "单元", "集", "讲", "講", "课", "課", "期", "回", "章", "节", "節", "话", "話", "篇",
    ]
    .map { Array($0.unicodeScalars) }
    private static let parts: [Unicode.Scalar: Int] = ["上": 1, "中": 2, "下": 3]
    /// What may follow 上/中/下 in a part marker: （上集）, 下篇, 上部, 下册.
    private static let partWords: Set<Unicode.Scalar> = ["集", "篇", "部", "册", "冊"]

    func scan() -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "第", let marker = ordinal(at: index) {
                found.append(marker)
                index = marker.range.upperBound
                continue
            }
            if let marker = bracketed(at: index) ?? partWord(at: index) ?? zhiNumber(at: index)
                ?? seasonEpisode(at: index) ?? numberOfTotal(at: index) ?? numberBeforeColon(at: index)
            {
                found.append(marker)
                index = marker.range.upperBound
                continue
            }
            index += 1
        }
        return found
    }

    /// 第3集, 第 42 集, 第十二讲, 第1部分, a range 第1-4集, and the season 第4季.
    private func ordinal(at start: Int) -> Found? {
        let numeralStart = skipSpaces(from: start + 1)
        let numeralEnd = numeralRun(from: numeralStart)
        guard numeralEnd > numeralStart, let number = ChineseNumeral.value(of: text(numeralStart..<numeralEnd))
        else { return nil }
        var end = skipSpaces(from: numeralEnd)
        var last: Int?
        if let range = rangeEnd(after: end, first: number) { (last, end) = (range.last, skipSpaces(from: range.end)) }
        // 第4季 is a season; 第一季度 is a quarter of the year.
        if matches(["季"], at: end), !matches(["度"], at: end + 1) { return Found(range: start..<end + 1, season: number) }
        guard let unit = Self.episodeUnits.first(where: { matches($0, at: end) }) else { return nil }
        return Found(range: start..<end + unit.count, number: number, lastNumber: last)
    }

    static let rangeDashes: Set<Unicode.Scalar> = ["-", "－", "—", "–", "~", "～", "至", "到"]

    /// `-4` in 第1-4集, (13-15): the second number of a range that goes up, and where it ends.
    func rangeEnd(after index: Int, first: Int) -> (last: Int, end: Int)? {
        guard index < scalars.count, Self.rangeDashes.contains(scalars[index]) else { return nil }
        let start = skipSpaces(from: index + 1)
        let end = numeralRun(from: start)
        guard end > start, let last = ChineseNumeral.value(of: text(start..<end)), last > first else { return nil }
        return (last, end)
    }

    func skipSpaces(from index: Int) -> Int {
        var index = index
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{3000}" { index += 1 }
        return index
    }

    /// What follows the last episode's number in a finale marker.
    static let finaleWords: Set<String> = ["完", "完结", "终", "大结局"]

    /// （上）（中）（下）, （上集）, and a trailing （一）/(2) — brackets holding only the marker.
    func bracketed(at start: Int) -> Found? {
        guard EpisodeMarker.openingBrackets.contains(scalars[start]) else { return nil }
        var end = start + 1
        while end < scalars.count, !EpisodeMarker.closingBrackets.contains(scalars[end]) {
            end += 1
            if end - start > 12 { return nil }
        }
        guard end < scalars.count, end > start + 1 else { return nil }
        let inside = start + 1..<end
        let range = start..<end + 1
        if let part = Self.parts[scalars[inside.lowerBound]],
            inside.count == 1 || (inside.count == 2 && Self.partWords.contains(scalars[inside.lowerBound + 1]))
        {
            return Found(range: range, part: part)
        }
        // A bare number in brackets counts only at the end of the title: 水稻种植（一）, not （2026）版.
        guard isAtEnd(range.upperBound) else { return nil }
        if numeralRun(from: inside.lowerBound) == inside.upperBound, let number = ChineseNumeral.value(of: text(inside)) {
            return Found(range: range, number: number)
        }
        // (46完), （38 完结）: the finale, as real Chinese guides mark it (手枪队(46完)).
        let firstEnd = numeralRun(from: inside.lowerBound)
        if firstEnd > inside.lowerBound, let number = ChineseNumeral.value(of: text(inside.lowerBound..<firstEnd)), number < 1900 {
            var cursor = firstEnd
            while cursor < inside.upperBound, scalars[cursor] == " " { cursor += 1 }
            if Self.finaleWords.contains(text(cursor..<inside.upperBound)) { return Found(range: range, number: number) }
        }
        // (10/38): episode 10 of 38; (13-15): episodes 13 to 15. Not a span of years: （2025-2026）.
        guard firstEnd > inside.lowerBound, let first = ChineseNumeral.value(of: text(inside.lowerBound..<firstEnd)),
            first < 1900
        else { return nil }
        if let total = totalAfter(firstEnd, first: first), total == inside.upperBound {
            return Found(range: range, number: first)
        }
        if let span = rangeEnd(after: firstEnd, first: first), span.end == inside.upperBound {
            return Found(range: range, number: first, lastNumber: span.last)
        }
        return nil
    }

    /// 上集, 下集, 上篇 without brackets, at the end of the title.
    private func partWord(at start: Int) -> Found? {
        guard let part = Self.parts[scalars[start]], start > 0, start + 1 < scalars.count,
            Self.partWords.contains(scalars[start + 1]), isAtEnd(start + 2)
        else { return nil }
        return Found(range: start..<start + 2, part: part)
    }

    /// 之一, 之二 at the end of the title.
    private func zhiNumber(at start: Int) -> Found? {
        guard scalars[start] == "之", start > 0 else { return nil }
        let end = numeralRun(from: start + 1)
        guard end > start + 1, isAtEnd(end), let number = ChineseNumeral.value(of: text(start + 1..<end)) else {
            return nil
        }
        return Found(range: start..<end, number: number)
    }

    func numeralRun(from start: Int) -> Int {
        var end = start
        while end < scalars.count, ChineseNumeral.isNumeral(scalars[end]) { end += 1 }
        return end
    }

    /// Nothing but whitespace, punctuation, closing brackets or other part markers follows `index`.
    func isAtEnd(_ index: Int) -> Bool {
        var index = index
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace || EpisodeMarker.closingBrackets.contains(scalar)
                || EpisodeMarker.edgePunctuation.contains(scalar)
            {
                index += 1
            } else if let marker = bracketed(at: index), marker.part != nil {
                index = marker.range.upperBound
            } else {
                return false
            }
        }
        return true
    }

    func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        index + word.count <= scalars.count && scalars[index..<index + word.count].elementsEqual(word)
    }

    func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }
}

/// Finds the episode markers of a title, as ranges of its scalars.
struct EpisodeMarkerScanner {
    struct Found {
        var range: Range<Int>
        var number: Int?
        var part: Int?
    }

    private let scalars: [Unicode.Scalar]

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
            if let marker = bracketed(at: index) ?? partWord(at: index) ?? zhiNumber(at: index) {
                found.append(marker)
                index = marker.range.upperBound
                continue
            }
            index += 1
        }
        return found
    }

    /// 第3集, 第十二讲, 第1部分.
    private func ordinal(at start: Int) -> Found? {
        let numeralEnd = numeralRun(from: start + 1)
        guard numeralEnd > start + 1,
            let number = ChineseNumeral.value(of: text(start + 1..<numeralEnd)),
            let unit = Self.episodeUnits.first(where: { matches($0, at: numeralEnd) })
        else { return nil }
        return Found(range: start..<numeralEnd + unit.count, number: number)
    }

    /// （上）（中）（下）, （上集）, and a trailing （一）/(2) — brackets holding only the marker.
    private func bracketed(at start: Int) -> Found? {
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
        if numeralRun(from: inside.lowerBound) == inside.upperBound, isAtEnd(range.upperBound),
            let number = ChineseNumeral.value(of: text(inside))
        {
            return Found(range: range, number: number)
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

    private func numeralRun(from start: Int) -> Int {
        var end = start
        while end < scalars.count, ChineseNumeral.isNumeral(scalars[end]) { end += 1 }
        return end
    }

    /// Nothing but whitespace, punctuation, closing brackets or other part markers follows `index`.
    private func isAtEnd(_ index: Int) -> Bool {
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

    private func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        index + word.count <= scalars.count && scalars[index..<index + word.count].elementsEqual(word)
    }

    private func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }
}

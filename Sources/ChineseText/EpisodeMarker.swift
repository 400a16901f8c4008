/// The episode of a series named in a title: 第3集, 第三集, 第十二讲, 第2课, 第五期, 第1部分, （上）（中）（下）,
/// 上集/下集, 之一/之二, a trailing （一）.
public struct EpisodeMarker: Sendable, Hashable {
    /// 第3集, 第三集, 第十二讲 → the number.
    public var number: Int?
    /// （上）→ 1, （中）→ 2 of 3, （下）→ last; as an index starting at 1.
    ///
    /// 下 is 3 whether or not the series has a 中: one title cannot tell, and 3 sorts after 上 and 中 alike.
    public var part: Int?
    /// The title with the marker removed, trimmed: "水稻种植技术（第三集）" → "水稻种植技术".
    public var seriesTitle: String
    /// 第4季, S04E34 → 4.
    public var season: Int?
    /// The last episode of a range: 第1-4集, (13-15) → 4, 15; `number` holds the first.
    public var lastNumber: Int?

    public init(number: Int?, part: Int?, seriesTitle: String, season: Int? = nil, lastNumber: Int? = nil) {
        self.number = number
        self.part = part
        self.seriesTitle = seriesTitle
        self.season = season
        self.lastNumber = lastNumber
    }

    /// nil when the title carries no episode marker.
    ///
    /// The series title is the text before the first marker (or, when a title starts with its marker, the
    /// text after it), without the brackets around the marker and without trailing punctuation:
    /// "农业科技讲座 第12讲 水稻病虫害防治" → 农业科技讲座; "第三集 养猪技术（上）" → 养猪技术.
    public static func parse(title: String) -> EpisodeMarker? {
        let scalars = Array(title.unicodeScalars)
        var markers = EpisodeMarkerScanner(scalars).scan()
        guard !markers.isEmpty else { return nil }
        markers.sort { $0.range.lowerBound < $1.range.lowerBound }
        let numbered = markers.first { $0.number != nil }
        let part = markers.lazy.compactMap(\.part).first
        let season = markers.lazy.compactMap(\.season).first

        var segments: [ArraySlice<Unicode.Scalar>] = []
        var start = 0
        for marker in markers where marker.range.lowerBound >= start {
            segments.append(scalars[start..<marker.range.lowerBound])
            start = marker.range.upperBound
        }
        segments.append(scalars[start...])
        let seriesTitle = segments.lazy.map(cleaned).first { !$0.isEmpty } ?? ""
        return EpisodeMarker(
            number: numbered?.number, part: part, seriesTitle: seriesTitle, season: season,
            lastNumber: numbered?.lastNumber)
    }

    static let openingBrackets: Set<Unicode.Scalar> = ["（", "(", "【", "[", "〔", "［", "「", "《", "<", "〈"]
    static let closingBrackets: Set<Unicode.Scalar> = ["）", ")", "】", "]", "〕", "］", "」", "》", ">", "〉"]
    private static let wrappingPairs: [Unicode.Scalar: Unicode.Scalar] = [
        "（": "）", "(": ")", "【": "】", "[": "]", "［": "］",
    ]
    /// Punctuation that may dangle at either end once a marker is gone.
    static let edgePunctuation: Set<Unicode.Scalar> = [
        "：", ":", "，", ",", "、", "。", ".", "-", "－", "—", "–", "_", "·", "・", "|", "｜", "/", "／", "~", "～",
        "；", ";", "!", "！", "?", "？",
    ]

    /// A segment between markers, without whitespace, dangling brackets and punctuation at its ends, and
    /// without brackets left empty (水稻（） → 水稻).
    private static func cleaned(_ segment: ArraySlice<Unicode.Scalar>) -> String {
        var scalars = Array(segment)
        var changed = true
        while changed {
            changed = false
            while let first = scalars.first,
                first.properties.isWhitespace || closingBrackets.contains(first) || edgePunctuation.contains(first)
            {
                scalars.removeFirst()
                changed = true
            }
            while let last = scalars.last,
                last.properties.isWhitespace || openingBrackets.contains(last) || edgePunctuation.contains(last)
            {
                scalars.removeLast()
                changed = true
            }
            // A bracket pair left empty, or one around the whole segment.
            var index = 0
            while index + 1 < scalars.count {
                if openingBrackets.contains(scalars[index]), closingBrackets.contains(scalars[index + 1]) {
                    scalars.removeSubrange(index...index + 1)
                    changed = true
                } else {
                    index += 1
                }
            }
            // Round or square brackets around the whole segment: （水稻种植）第三集 → 水稻种植. 《》 stays: it names a work.
            if scalars.count > 2, let first = scalars.first, let last = scalars.last,
                Self.wrappingPairs[first] == last,
                !scalars.dropFirst().dropLast().contains(where: {
                    openingBrackets.contains($0) || closingBrackets.contains($0)
                })
            {
                scalars = Array(scalars.dropFirst().dropLast())
                changed = true
            }
            // A trailing closing bracket with no opening one in the segment dangles.
            if let last = scalars.last, closingBrackets.contains(last),
                !scalars.contains(where: openingBrackets.contains)
            {
                scalars.removeLast()
                changed = true
            }
            if let first = scalars.first, openingBrackets.contains(first),
                !scalars.contains(where: closingBrackets.contains)
            {
                scalars.removeFirst()
                changed = true
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}

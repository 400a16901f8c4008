// STUB (ChineseText helper replaces the body, keeps the signatures).
public struct EpisodeMarker: Sendable, Hashable {
    /// 第3集, 第三集, 第十二讲 → the number.
    public var number: Int?
    /// （上）→ 1, （中）→ 2 of 3, （下）→ last; as an index starting at 1.
    public var part: Int?
    /// The title with the marker removed, trimmed: "水稻种植技术（第三集）" → "水稻种植技术".
    public var seriesTitle: String

    public init(number: Int?, part: Int?, seriesTitle: String) {
        self.number = number
        self.part = part
        self.seriesTitle = seriesTitle
    }

    /// nil when the title carries no episode marker.
    public static func parse(title: String) -> EpisodeMarker? {
        nil
    }
}

/// An XMLTV `<episode-num system="…">` as written; `Programme.episode`, `part` and `season` hold what it means.
public struct EpisodeNumber: Sendable, Hashable, Codable {
    /// `xmltv_ns`, `onscreen`, or whatever the guide names (defaults to `onscreen`, as the XMLTV DTD says).
    public var system: String
    public var value: String

    public init(system: String, value: String) {
        self.system = system
        self.value = value
    }
}

import Foundation
import GRDB
import ProgrammeGuide

/// A programme as the `programme` table stores it, with a digest of its content: two entries with the same
/// digest are the same entry, and an identical re-import rewrites nothing.
struct ProgrammeRecord {
    let channel: String
    let start: Double
    let title: String
    let isPlaceholder: Bool
    let digest: String
    /// `digest` as a number: what an import holds in memory for each entry it has seen.
    let digestValue: UInt64
    // The other columns, bound in `bind(to:)`'s order.
    private let stop: Double?
    var hasStop: Bool { stop != nil }
    private let subTitle: String?
    private let description: String?
    private let categories: String
    private let keywords: String
    private let episodeNumbers: String
    private let season: Int?
    private let episode: Int?
    private let episodeLast: Int?
    private let part: Int?
    private let seriesTitle: String?
    private let clumpCount: Int?
    private let isPremiere: Bool?

    init(_ programme: Programme) {
        channel = programme.channel
        start = programme.start.timeIntervalSince1970
        title = programme.titles.preferred() ?? ""
        isPlaceholder = programme.isPlaceholder
        let subTitle = programme.subTitles.preferred()
        let description = programme.descriptions.preferred()
        let categories = Self.lines(programme.categories.lazy.map(\.text))
        let keywords = Self.lines(programme.keywords.lazy.map(\.text))
        let episodeNumbers = Self.lines(programme.episodeNumbers.lazy.map { "\($0.system)=\($0.value)" })
        // A stop guessed from the next programme in the file is left for `inferStops`, which goes by time.
        let stop = programme.stopIsInferred && programme.length == nil ? nil : programme.stop?.timeIntervalSince1970
        (self.subTitle, self.description, self.categories, self.keywords) = (subTitle, description, categories, keywords)
        (self.episodeNumbers, self.stop, season, episode) = (episodeNumbers, stop, programme.season, programme.episode)
        (episodeLast, part, seriesTitle) = (programme.episodeLast, programme.part, programme.seriesTitle)
        (clumpCount, isPremiere) = (programme.clumpCount, programme.isPremiere)
        // Field by field with a 0x1F after each, numbers in decimal: the digests of earlier imports stay valid.
        var hasher = FNV1a64()
        func add(_ field: String) {
            var field = field
            field.withUTF8 { hasher.combine(UnsafeRawBufferPointer($0)) }
            hasher.combine(0x1F)
        }
        func add(_ value: Int?) { add(value.map(String.init) ?? "") }
        add(title)
        add(subTitle ?? "")
        add(description ?? "")
        add(categories)
        add(keywords)
        add(episodeNumbers)
        add(stop.map { String($0) } ?? "")
        add(programme.episode)
        add(programme.part)
        add(programme.seriesTitle ?? "")
        add(programme.season)
        add(programme.episodeLast)
        add(isPlaceholder ? "p" : "")
        add(programme.clumpCount)
        add(programme.isPremiere.map { $0 ? "premiere" : "rerun" } ?? "")
        digestValue = hasher.value
        digest = String(hasher.value, radix: 16)
    }

    /// One value per line; a single value as it is, without building an array and a joined copy per row.
    private static func lines(_ values: some Collection<String>) -> String {
        guard values.count > 1 else { return values.first ?? "" }
        return values.joined(separator: "\n")
    }

    /// Binds the first eighteen columns of `ProgrammeStore.upsert`'s INSERT, in order.
    func bind(to statement: BoundStatement) {
        statement.bind(channel)
        statement.bind(start)
        statement.bind(stop)
        statement.bind(title)
        statement.bind(subTitle)
        statement.bind(description)
        statement.bind(categories)
        statement.bind(keywords)
        statement.bind(episodeNumbers)
        statement.bind(season)
        statement.bind(episode)
        statement.bind(episodeLast)
        statement.bind(part)
        statement.bind(seriesTitle)
        statement.bind(isPlaceholder)
        statement.bind(clumpCount)
        statement.bind(isPremiere)
        statement.bind(digest)
    }
}

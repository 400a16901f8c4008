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
    fileprivate let values: [(any DatabaseValueConvertible)?]

    init(_ programme: Programme) {
        channel = programme.channel
        start = programme.start.timeIntervalSince1970
        title = programme.titles.preferred() ?? ""
        isPlaceholder = programme.isPlaceholder
        let subTitle = programme.subTitles.preferred()
        let description = programme.descriptions.preferred()
        let categories = programme.categories.map(\.text).joined(separator: "\n")
        let keywords = programme.keywords.map(\.text).joined(separator: "\n")
        let episodeNumbers = programme.episodeNumbers.map { "\($0.system)=\($0.value)" }.joined(separator: "\n")
        // A stop guessed from the next programme in the file is left for `inferStops`, which goes by time.
        let stop = programme.stopIsInferred && programme.length == nil ? nil : programme.stop?.timeIntervalSince1970
        var hasher = FNV1a64()
        let separator: [UInt8] = [0x1F]
        func number(_ value: Int?) -> String { value.map(String.init) ?? "" }
        for var field in [
            title, subTitle ?? "", description ?? "", categories, keywords, episodeNumbers, stop.map { String($0) } ?? "",
            number(programme.episode), number(programme.part), programme.seriesTitle ?? "", number(programme.season),
            number(programme.episodeLast), isPlaceholder ? "p" : "", number(programme.clumpCount),
            programme.isPremiere.map { $0 ? "premiere" : "rerun" } ?? "",
        ] {
            field.withUTF8 { hasher.combine(UnsafeRawBufferPointer($0)) }
            separator.withUnsafeBytes { hasher.combine($0) }
        }
        digestValue = hasher.value
        digest = String(hasher.value, radix: 16)
        values = [
            channel, start, stop, title, subTitle, description, categories, keywords, episodeNumbers,
            programme.season, programme.episode, programme.episodeLast, programme.part, programme.seriesTitle,
            isPlaceholder, programme.clumpCount, programme.isPremiere, digest,
        ]
    }

    /// The first eighteen columns of `ProgrammeStore.upsert`'s INSERT, in order.
    var arguments: StatementArguments { StatementArguments(values) }
}

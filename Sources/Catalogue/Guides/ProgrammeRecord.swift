import Foundation
import ProgrammeGuide

/// One row of a `ProgrammeRows` chunk as the `programme` table stores it, with a digest of its content: two
/// entries with the same digest are the same entry, and an identical re-import rewrites nothing. Reads the
/// chunk's bytes in place; valid while they are.
struct ProgrammeRecord {
    let channel: String
    let row: ProgrammeRows.Row
    private let bytes: UnsafeBufferPointer<UInt8>
    /// What an import holds in memory for each entry it has seen; stored in hexadecimal.
    let digestValue: UInt64

    var start: Double { row.start }
    var isPlaceholder: Bool { row.isPlaceholder }
    var hasStop: Bool { row.stop != nil }
    var digest: String { String(digestValue, radix: 16) }
    /// For messages only: the writer binds the title's bytes.
    var title: String { String(decoding: text(row.title) ?? UnsafeBufferPointer(start: nil, count: 0), as: UTF8.self) }

    /// `digest` is `Self.digest(of:in:)` of the row, computed on the reading thread while the writer binds.
    init(_ row: ProgrammeRows.Row, channel: String, bytes: UnsafeBufferPointer<UInt8>, digest: UInt64) {
        self.row = row
        self.channel = channel
        self.bytes = bytes
        digestValue = digest
    }

    /// The digest of every row of a chunk, in order: FNV-1a over every text byte is a twentieth of what the
    /// writer did per row, and the writer sets the import's pace, so the reading thread computes it.
    static func digests(of chunk: ProgrammeRows) -> [UInt64] {
        chunk.bytes.withUnsafeBufferPointer { bytes in chunk.rows.map { digest(of: $0, in: bytes) } }
    }

    static func digest(of row: ProgrammeRows.Row, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // Field by field with a 0x1F after each, numbers in decimal, an absent text as an empty one: the
        // digests of earlier imports, made from `String`s in this order, stay valid.
        var hasher = FNV1a64()
        func add(_ span: ProgrammeRows.Span) {
            if let field = text(span, in: bytes) { hasher.combine(UnsafeRawBufferPointer(field)) }
            hasher.combine(0x1F)
        }
        func add(_ field: String?) {
            if var field { field.withUTF8 { hasher.combine(UnsafeRawBufferPointer($0)) } }
            hasher.combine(0x1F)
        }
        func add(_ value: Int?) { add(value.map(String.init)) }
        add(row.title)
        add(row.subTitle)
        add(row.description)
        add(row.categories)
        add(row.keywords)
        add(row.episodeNumbers)
        add(row.stop.map { String($0) })
        add(row.episode)
        add(row.part)
        add(row.seriesTitle)
        add(row.season)
        add(row.episodeLast)
        add(row.isPlaceholder ? "p" : nil)
        add(row.clumpCount)
        add(row.isPremiere.map { $0 ? "premiere" : "rerun" })
        return hasher.value
    }

    private func text(_ span: ProgrammeRows.Span) -> UnsafeBufferPointer<UInt8>? {
        Self.text(span, in: bytes)
    }

    private static func text(_ span: ProgrammeRows.Span, in bytes: UnsafeBufferPointer<UInt8>)
        -> UnsafeBufferPointer<UInt8>?
    {
        guard !span.isNull else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[Int(span.offset)..<Int(span.offset + span.count)])
    }

    /// Binds the first eighteen columns of `ProgrammeStore.upsert`'s INSERT, in order.
    func bind(to statement: BoundStatement) {
        statement.bind(utf8: text(row.channelName))
        statement.bind(row.start)
        statement.bind(row.stop)
        statement.bind(utf8: text(row.title))
        statement.bind(utf8: text(row.subTitle))
        statement.bind(utf8: text(row.description))
        statement.bind(utf8: text(row.categories))
        statement.bind(utf8: text(row.keywords))
        statement.bind(utf8: text(row.episodeNumbers))
        statement.bind(row.season)
        statement.bind(row.episode)
        statement.bind(row.episodeLast)
        statement.bind(row.part)
        statement.bind(utf8: text(row.seriesTitle))
        statement.bind(row.isPlaceholder)
        statement.bind(row.clumpCount)
        statement.bind(row.isPremiere)
        statement.bind(hexadecimal: digestValue)
    }
}

package import Foundation

/// A chunk of programmes as the catalogue's `programme` table stores them, flat: every text column is a range of
/// one byte buffer, every other column a number, the channel a slot. The import's reading thread fills a chunk
/// and the writer binds straight from its bytes, so a programme crosses threads as a few hundred bytes and one
/// fixed-size row, not as a `Programme` with six arrays and a dozen strings for the writer to release.
package struct ProgrammeRows: Sendable {
    /// A text column: `count` bytes of `bytes` from `offset`; `count` −1 is NULL.
    package struct Span: Sendable {
        package var offset: Int32 = 0
        package var count: Int32 = -1

        package var isNull: Bool { count < 0 }
    }

    package struct Row: Sendable {
        /// The channel's slot: its place in the order channels first appeared in the guide.
        package var channel: Int
        package var start: Double
        /// As stored: a stop guessed from the next programme in the file is left for the catalogue to infer.
        package var stop: Double?
        /// The programme's own stop, guessed or not: the time the guide covers on the channel.
        package var coveredStop: Double?
        package var title = Span()
        package var subTitle = Span()
        package var description = Span()
        package var categories = Span()
        package var keywords = Span()
        package var episodeNumbers = Span()
        package var seriesTitle = Span()
        package var channelName = Span()
        package var season: Int?
        package var episode: Int?
        package var episodeLast: Int?
        package var part: Int?
        package var clumpCount: Int?
        package var isPremiere: Bool?
        package var isPlaceholder = false
        package var line: Int
        /// A part of a clump: its place in `parts`, where it is kept whole to be merged.
        package var clumpPart: Int?

        init(channel: Int, start: Double, stop: Double?, coveredStop: Double?, line: Int) {
            (self.channel, self.start, self.stop, self.coveredStop, self.line) = (channel, start, stop, coveredStop, line)
        }
    }

    package private(set) var bytes: [UInt8] = []
    package private(set) var rows: [Row] = []
    package private(set) var parts: [Programme] = []
    /// Channels first seen in this chunk, in slot order, after those of earlier chunks.
    package private(set) var newChannels: [String] = []
    /// The guide's `<tv date>`, the same on every programme.
    package private(set) var guideDate: Date?

    package init(capacity: Int = 0) {
        rows.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 320)
    }

    package var count: Int { rows.count }

    /// Appends a whole programme, its channel already given a slot (`newChannel` when this is its first
    /// programme). A part of a clump is also kept whole, for merging.
    package mutating func append(_ programme: Programme, slot: Int, newChannel: Bool) {
        if newChannel { newChannels.append(programme.channel) }
        if rows.isEmpty { guideDate = programme.guideDate }
        var row = Row(
            channel: slot, start: programme.start.timeIntervalSince1970,
            stop: programme.stopIsInferred && programme.length == nil ? nil : programme.stop?.timeIntervalSince1970,
            coveredStop: programme.stop?.timeIntervalSince1970, line: programme.line)
        row.isPlaceholder = programme.isPlaceholder
        row.title = add(programme.titles.preferred() ?? "")
        row.subTitle = add(programme.subTitles.preferred())
        row.description = add(programme.descriptions.preferred())
        row.categories = addLines(programme.categories.lazy.map(\.text))
        row.keywords = addLines(programme.keywords.lazy.map(\.text))
        row.episodeNumbers = addLines(programme.episodeNumbers.lazy.map { (system: $0.system, value: $0.value) })
        row.seriesTitle = add(programme.seriesTitle)
        row.channelName = add(programme.channel)
        (row.season, row.episode, row.episodeLast) = (programme.season, programme.episode, programme.episodeLast)
        (row.part, row.clumpCount, row.isPremiere) = (programme.part, programme.clumpCount, programme.isPremiere)
        if programme.isClumpPart {
            row.clumpPart = parts.count
            parts.append(programme)
        }
        rows.append(row)
    }

    /// A channel's first appearance, before any row of it.
    mutating func introduce(_ channel: String) {
        newChannels.append(channel)
    }

    /// Appends a row whose texts were added just before (`add`, `startText`…`endText`).
    mutating func append(_ row: Row, guideDate: Date?) {
        if rows.isEmpty { self.guideDate = guideDate }
        rows.append(row)
    }

    /// A text column written in pieces: `startText`, then `appendText`, then `endText`.
    func startText() -> Int32 { Int32(bytes.count) }

    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: text) }

    mutating func appendText(_ byte: UInt8) { bytes.append(byte) }

    mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    func endText(from offset: Int32) -> Span { Span(offset: offset, count: Int32(bytes.count) - offset) }

    mutating func add(_ text: String?) -> Span {
        guard var text else { return Span() }
        return text.withUTF8 { add($0) }
    }

    mutating func add(_ text: UnsafeBufferPointer<UInt8>?) -> Span {
        guard let text else { return Span() }
        let offset = Int32(bytes.count)
        bytes.append(contentsOf: text)
        return Span(offset: offset, count: Int32(bytes.count) - offset)
    }

    /// One value per line, as the table stores multi-valued columns.
    mutating func addLines(_ values: some Sequence<String>) -> Span {
        let offset = Int32(bytes.count)
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x0A) }
            _ = add(value)
        }
        return Span(offset: offset, count: Int32(bytes.count) - offset)
    }

    /// `system=value`, one per line, as the table stores episode numbers.
    private mutating func addLines(_ numbers: some Sequence<(system: String, value: String)>) -> Span {
        let offset = Int32(bytes.count)
        for (index, number) in numbers.enumerated() {
            if index > 0 { bytes.append(0x0A) }
            _ = add(number.system)
            bytes.append(UInt8(ascii: "="))
            _ = add(number.value)
        }
        return Span(offset: offset, count: Int32(bytes.count) - offset)
    }
}

extension Programme {
    /// One part of a clump (`clumpidx="0/2"`), which the catalogue merges with the others into one entry.
    package var isClumpPart: Bool { clumpCount != nil && clumpIndex != nil }
}

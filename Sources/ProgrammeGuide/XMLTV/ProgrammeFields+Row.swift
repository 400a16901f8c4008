import Foundation

extension ProgrammeFields {
    /// Adds the common programme straight to `sink` as a row: a channel, a start with its offset, a stop with
    /// its offset after the start and within a week or else a `<length>`, no clump, any `<length>` readable.
    /// Every such programme reads without a warning, and its row is what `ProgrammeRows.append` makes of the `Programme`
    /// `ProgrammeDraft.build` gives. Returns false, adding nothing, for any other programme.
    /// `readings` is kept between programmes, so reading `<episode-num>`s allocates nothing.
    func addRow(
        to sink: RowSink, zone: TimeZone, guideDate: Date?, episodes: inout EpisodeCache,
        readings: inout [EpisodeNumbering.Reading]
    ) -> Bool {
        bytes.withUnsafeBufferPointer { base in
            addRow(base, to: sink, zone: zone, guideDate: guideDate, episodes: &episodes, readings: &readings)
        }
    }

    private func addRow(
        _ base: UnsafeBufferPointer<UInt8>, to sink: RowSink, zone: TimeZone, guideDate: Date?,
        episodes: inout EpisodeCache, readings: inout [EpisodeNumbering.Reading]
    ) -> Bool {
        func written(_ range: Range<Int>?) -> UnsafeBufferPointer<UInt8>? {
            range.map { UnsafeBufferPointer(rebasing: base[$0]) }
        }
        func time(_ position: Int) -> XMLTVTime.Parsed? {
            written(attributes[position]).flatMap { XMLTVTime.parse(bytes: $0, defaultZone: zone) }
                .flatMap { $0.hasOffset && XMLTVTime.plausibleYears.contains($0.year) ? $0 : nil }
        }
        guard attributes[Attribute.clumpIndex] == nil,
            let channel = written(attributes[Attribute.channel]).map(UTF8Trimming.trimmed), !channel.isEmpty,
            let start = time(Attribute.start), case .readable(let length) = length(base)
        else { return false }
        // `ProgrammeDraft.build`: the stop as written, else the start plus the length (a stop it infers, but
        // one the table keeps, as the length gives it).
        let stop: Date
        if attributes[Attribute.stop] != nil {
            guard let given = time(Attribute.stop), given.date > start.date,
                given.date.timeIntervalSince(start.date) <= ProgrammeDraft.longestSpan
            else { return false }
            stop = given.date
        } else {
            guard let length else { return false }
            stop = start.date.addingTimeInterval(length)
        }

        // The texts as `XMLTVCapture.localizedText` keeps them: trimmed, and only when something is left.
        func texts(_ field: XMLTVField, _ body: (UnsafeBufferPointer<UInt8>, Entry) -> Bool) {
            for entry in entries where entry.field == field {
                let text = UTF8Trimming.trimmed(UnsafeBufferPointer(rebasing: base[entry.text]))
                if !text.isEmpty, !body(text, entry) { return }
            }
        }
        // `[LocalizedText].preferred()`: the first in Chinese, else the first.
        func preferred(_ field: XMLTVField) -> UnsafeBufferPointer<UInt8>? {
            var (first, chinese): (UnsafeBufferPointer<UInt8>?, UnsafeBufferPointer<UInt8>?) = (nil, nil)
            texts(field) { text, entry in
                first = first ?? text
                guard let language = written(entry.attributes[XMLTVCapture.Attribute.lang]), !language.isEmpty,
                    LocalizedText.tag(bytes: language, startsWith: "zh")
                else { return true }
                chinese = text
                return false
            }
            return chinese ?? first
        }
        let (title, subTitle) = (preferred(.title), preferred(.subTitle))
        let reading = episodes.reading(title: title, subTitle: subTitle)
        readings.removeAll(keepingCapacity: true)
        // `<episode-num>` without `system` is on-screen.
        func system(_ entry: Entry) -> UnsafeBufferPointer<UInt8>? { written(entry.attributes[XMLTVCapture.Attribute.system]) }
        func isXMLTV(_ entry: Entry) -> Bool { system(entry).map { $0.elementsEqual("xmltv_ns".utf8) } ?? false }
        texts(.episodeNumber) { value, entry in
            readings.append((isXMLTV(entry), episodes.numbers(isXMLTV: isXMLTV(entry), value: value)))
            return true
        }
        let episode = EpisodeNumbering.resolve(readings: readings, reading: reading)
        var isPremiere: Bool?
        for entry in entries {
            if entry.field == .premiere { isPremiere = true }
            if entry.field == .previouslyShown { isPremiere = isPremiere ?? false }
        }

        let slot = sink.slot(forBytes: channel)
        sink.arriving(slot: slot, start: start.date)
        sink.addRow(guideDate: guideDate) { chunk in
            let seconds = stop.timeIntervalSince1970
            var row = ProgrammeRows.Row(
                channel: slot, start: start.date.timeIntervalSince1970, stop: seconds, coveredStop: seconds, line: line)
            row.title = chunk.add(title ?? UnsafeBufferPointer(rebasing: base[0..<0]))
            row.subTitle = chunk.add(subTitle)
            row.description = chunk.add(preferred(.description))
            func lines(_ field: XMLTVField, _ add: (inout ProgrammeRows, UnsafeBufferPointer<UInt8>, Entry) -> Void)
                -> ProgrammeRows.Span
            {
                let offset = chunk.startText()
                var isFirst = true
                texts(field) { text, entry in
                    if !isFirst { chunk.appendText(0x0A) }
                    isFirst = false
                    add(&chunk, text, entry)
                    return true
                }
                return chunk.endText(from: offset)
            }
            row.categories = lines(.category) { chunk, text, _ in chunk.appendText(text) }
            row.keywords = lines(.keyword) { chunk, text, _ in chunk.appendText(text) }
            row.episodeNumbers = lines(.episodeNumber) { chunk, text, entry in
                if let system = system(entry) { chunk.appendText(system) } else { chunk.appendText("onscreen") }
                chunk.appendText(UInt8(ascii: "="))
                chunk.appendText(text)
            }
            row.seriesTitle = chunk.add(episode.seriesTitle)
            row.channelName = chunk.add(channel)
            (row.season, row.episode, row.episodeLast) = (episode.numbers.season, episode.numbers.episode, episode.numbers.last)
            (row.part, row.isPremiere) = (episode.numbers.part, isPremiere)
            return row
        }
        return true
    }

    enum Length {
        /// No `<length>` (nil), or the seconds of the last one, the one `ProgrammeDraft` keeps.
        case readable(TimeInterval?)
        /// In units `ProgrammeDraft` does not read, or over a week: it warns.
        case unreadable
    }

    private func length(_ base: UnsafeBufferPointer<UInt8>) -> Length {
        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: base[range]), as: UTF8.self) }
        var last: (value: UnsafeBufferPointer<UInt8>, units: Range<Int>?)?
        for entry in entries where entry.field == .length {
            let value = UTF8Trimming.trimmed(UnsafeBufferPointer(rebasing: base[entry.text]))
            if !value.isEmpty { last = (value, entry.attributes[XMLTVCapture.Attribute.units]) }
        }
        guard let last else { return .readable(nil) }
        let seconds = ProgrammeDraft.seconds(String(decoding: last.value, as: UTF8.self), units: last.units.map(string))
        guard let seconds, seconds <= ProgrammeDraft.longestSpan else { return .unreadable }
        return .readable(seconds)
    }
}

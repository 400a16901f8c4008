/// The stored document of a station's month written byte by byte: the same bytes `JSONEncoder` with
/// `.sortedKeys` gives for `StationPlan` (tests compare the two on generated and sample plans), at a fraction
/// of the cost — at 5,000 stations `JSONEncoder` took as much CPU as planning itself (BENCHMARKS.md, issue 20,
/// fifth round). Plans it does not write exactly as `JSONEncoder` would — with 快乐园 sessions, or text holding
/// control characters — give nil, and the caller encodes them with `JSONEncoder` as before.
public enum StationPlanJSON {
    public static func bytes(_ plan: StationPlan) -> [UInt8]? {
        guard plan.children == nil else { return nil }
        var writer = Writer()
        writer.out.reserveCapacity(4096 + plan.sessions.count * 2048)
        writer.raw("{\"id\":")
        writer.string(plan.id)
        writer.raw(",\"sessions\":[")
        for (n, session) in plan.sessions.enumerated() {
            if n > 0 { writer.raw(",") }
            writer.session(session)
        }
        writer.raw("],\"warningData\":[")
        for (n, warning) in plan.warnings.enumerated() {
            if n > 0 { writer.raw(",") }
            writer.raw("{\"date\":")
            writer.optional(warning.date?.description)
            writer.raw(",\"detail\":")
            writer.string(warning.detail)
            writer.raw(",\"rule\":")
            writer.string(warning.rule.rawValue)
            writer.raw(",\"station\":")
            writer.string(warning.station)
            writer.raw(",\"text\":")
            writer.string(warning.text)
            writer.raw(",\"week\":")
            writer.optional(warning.weekStart?.description)
            writer.raw("}")
        }
        writer.raw("],\"warnings\":[")
        for (n, warning) in plan.warnings.enumerated() {
            if n > 0 { writer.raw(",") }
            writer.string(warning.text)
        }
        writer.raw("]}")
        return writer.exact ? writer.out : nil
    }

    private struct Writer {
        var out: [UInt8] = []
        /// False once a string held a character this writer might escape differently from `JSONEncoder`.
        var exact = true

        mutating func raw(_ text: StaticString) {
            text.withUTF8Buffer { out.append(contentsOf: $0) }
        }

        mutating func number(_ value: Int) {
            out.append(contentsOf: String(value).utf8)
        }

        mutating func bool(_ value: Bool) {
            if value { raw("true") } else { raw("false") }
        }

        mutating func optional(_ text: String?) {
            if let text { string(text) } else { raw("null") }
        }

        /// As `JSONEncoder` escapes: quote, backslash and slash; other characters as they are (UTF-8).
        mutating func string(_ text: String) {
            out.append(0x22)
            for byte in text.utf8 {
                switch byte {
                case 0x22: raw("\\\"")
                case 0x5C: raw("\\\\")
                case 0x2F: raw("\\/")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case ..<0x20:
                    exact = false
                    out.append(byte)
                default: out.append(byte)
                }
            }
            out.append(0x22)
        }

        mutating func session(_ session: PlannedSession) {
            raw("{\"date\":")
            string(session.date.description)
            raw(",\"end\":")
            string(session.end.description)
            raw(",\"fill\":")
            // `JSONEncoder` writes a Double as its shortest description, without a trailing ".0".
            var fill = session.fillRatio.description
            if fill.hasSuffix(".0") { fill.removeLast(2) }
            if fill.contains("e") { exact = false }
            out.append(contentsOf: fill.utf8)
            raw(",\"items\":[")
            for (n, item) in session.items.enumerated() {
                if n > 0 { raw(",") }
                self.item(item)
            }
            raw("],\"kind\":")
            string(session.kind.rawValue)
            if !session.materials.isEmpty {
                raw(",\"materials\":[")
                for (n, material) in session.materials.enumerated() {
                    if n > 0 { raw(",") }
                    raw("{\"id\":")
                    number(Int(material.id))
                    raw(",\"path\":")
                    string(material.path)
                    raw(",\"title\":")
                    string(material.title)
                    raw("}")
                }
                raw("]")
            }
            raw(",\"start\":")
            string(session.start.description)
            raw("}")
        }

        mutating func item(_ item: PlannedItem) {
            raw("{\"duration\":")
            number(item.durationSeconds)
            raw(",\"id\":")
            number(Int(item.id))
            raw(",\"path\":")
            string(item.path)
            if let reason = item.reason {
                raw(",\"reason\":")
                self.reason(reason)
            }
            raw(",\"start\":")
            string(TimeOfDay.clockText(seconds: item.startOffset))
            raw(",\"title\":")
            string(item.title)
            raw(",\"topic\":")
            string(item.topic)
            raw(",\"why\":")
            string(item.why)
            raw("}")
        }

        mutating func numbers(_ values: [Int]) {
            raw("[")
            for (n, value) in values.enumerated() {
                if n > 0 { raw(",") }
                number(value)
            }
            raw("]")
        }

        mutating func reason(_ reason: ItemReason) {
            raw("{\"borrowed\":")
            bool(reason.borrowed)
            raw(",\"quotaMinutes\":")
            number(reason.quotaMinutes)
            if let season = reason.season {
                raw(",\"season\":")
                string(season.rawValue)
            }
            raw(",\"seasonMonths\":")
            numbers(reason.seasonMonths)
            if let series = reason.series {
                raw(",\"series\":{\"episode\":")
                number(series.episode)
                raw(",\"missing\":")
                numbers(series.missing)
                if let date = series.previousDate {
                    raw(",\"previousDate\":")
                    string(date.description)
                }
                if let episode = series.previousEpisode {
                    raw(",\"previousEpisode\":")
                    number(episode)
                }
                raw(",\"previousInMonth\":")
                bool(series.previousInMonth)
                raw(",\"restarted\":")
                bool(series.restarted)
                raw(",\"skipped\":")
                numbers(series.skipped)
                raw(",\"title\":")
                string(series.title)
                raw("}")
            }
            raw(",\"topic\":")
            string(reason.topic)
            raw(",\"unconfirmedTopic\":")
            bool(reason.unconfirmedTopic)
            raw(",\"usedMinutes\":")
            number(reason.usedMinutes)
            raw("}")
        }
    }
}

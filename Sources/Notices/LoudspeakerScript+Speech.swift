/// One recording of the loudspeaker script: the overview or one session's announcement.
public struct SpokenPart: Sendable, Hashable {
    /// `本月安排`, or the session's date (`2026-12-06`, `2026-12-06-2` for a second session that day).
    public var name: String
    public var text: String
}

extension LoudspeakerScript {
    /// What the loudspeaker says, part by part: the printed script without its 【…】 headings, which
    /// help a person reading the sheet but are not meant to be heard.
    public func spokenParts() -> [SpokenPart] {
        var used: [String: Int] = [:]
        return blocks().map { block in
            var name = block.session.map { "\($0.date)" } ?? "本月安排"
            used[name, default: 0] += 1
            if let count = used[name], count > 1 { name += "-\(count)" }
            let lines = block.lines.filter { !$0.hasPrefix("【") }
            return SpokenPart(name: name, text: lines.joined(separator: "\n") + "\n")
        }
    }

    /// The whole month as heard: every part, a blank line between.
    public func spokenText() -> String {
        spokenParts().map(\.text).joined(separator: "\n")
    }
}

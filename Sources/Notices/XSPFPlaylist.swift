import Planner

/// The whole month as one XSPF playlist (`playlist.xspf`), every session's items in order with the
/// session noted on each track (an open day's loop once, noted as looping all day: the day's M3U8 repeats
/// it). Locations are URI references, percent-encoded: relative ones resolve against the playlist's folder.
public struct XSPFPlaylist: Sendable {
    public var input: NoticeInput
    public var entries: PlaylistEntries

    public init(_ input: NoticeInput, entries: PlaylistEntries = PlaylistEntries()) {
        self.input = input
        self.entries = entries
    }

    public func xml() -> String {
        var tracks: [String] = []
        for session in input.sessions {
            let loops = session.kind == .openDay ? "（全天循环播放）" : ""
            let note = "\(session.date) \(session.start)–\(session.end) \(session.kind.chineseName)\(loops)"
            for item in session.items {
                tracks.append("""
                        <track>
                          <location>\(Self.location(entries.reference(item.path)).html)</location>
                          <title>\(item.title.html)</title>
                          <annotation>\(note.html)</annotation>
                          <duration>\(item.durationSeconds * 1000)</duration>
                          <identifier>yuanjiao:resource:\(item.id)</identifier>
                        </track>
                    """)
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <playlist version="1" xmlns="http://xspf.org/ns/0/">
              <title>\("\(input.stationName) \(input.month.chineseName)".html)</title>
              <creator>\(input.county.html)</creator>
              <trackList>
            \(tracks.joined(separator: "\n"))
              </trackList>
            </playlist>

            """
    }

    /// A URI for a catalogue path: `file:///…` for an absolute path, a relative reference otherwise;
    /// every byte outside RFC 3986's unreserved set (and `/`) percent-encoded.
    public static func location(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                encoded += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}

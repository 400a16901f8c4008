import Planner

/// The whole month as one XSPF playlist (`playlist.xspf`), every session's items in order with the
/// session noted on each track.
public struct XSPFPlaylist: Sendable {
    public var input: NoticeInput

    public init(_ input: NoticeInput) { self.input = input }

    public func xml() -> String {
        var tracks: [String] = []
        for session in input.sessions {
            let note = "\(session.date) \(session.start)–\(session.end) \(session.kind.chineseName)"
            for item in session.items {
                tracks.append("""
                        <track>
                          <location>\(Self.location(item.path).html)</location>
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

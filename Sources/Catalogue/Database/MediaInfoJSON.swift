import Foundation
import MediaProbe

/// The `resource.media` column's text, written by hand byte for byte as GRDB's `databaseJSONEncoder` writes it
/// (keys sorted with `String.<`, absent optionals left out, `/` escaped, doubles as `description` without a
/// trailing `.0`, dates in milliseconds since 1970), so every reader decodes it as before. `JSONEncoder` was a
/// quarter of the indexer's writer thread per file. `MediaInfoJSONTests` compares both on many values.
enum MediaInfoJSON {
    /// Nil when a number has no JSON form (infinite, NaN): the caller then lets `JSONEncoder` refuse it as before.
    static func text(_ info: MediaInfo) -> String? {
        var writer = Writer()
        writer.object(info)
        return writer.hasUnrepresentableNumber ? nil : String(decoding: writer.bytes, as: UTF8.self)
    }

    fileprivate struct Writer {
        var bytes: [UInt8] = []
        var hasUnrepresentableNumber = false
        private var needsComma = false

        init() { bytes.reserveCapacity(1024) }

        mutating func object(_ info: MediaInfo) {
            open()
            if let bitRate = info.bitRate { key("bitRate"); integer(bitRate) }
            key("chapters"); array(info.chapters) { $0.chapter($1) }
            if let creationTime = info.creationTime { key("creationTime"); number(creationTime.timeIntervalSince1970 * 1000) }
            if let duration = info.duration { key("duration"); number(duration) }
            key("formatLongName"); string(info.formatLongName)
            key("formatName"); string(info.formatName)
            key("programs"); array(info.programs) { $0.program($1) }
            if let startTime = info.startTime { key("startTime"); number(startTime) }
            key("streams"); array(info.streams) { $0.stream($1) }
            key("tags"); tags(info.tags)
            if let title = info.title { key("title"); string(title) }
            close()
        }

        private mutating func stream(_ stream: StreamInfo) {
            open()
            if let bitRate = stream.bitRate { key("bitRate"); integer(bitRate) }
            if let channels = stream.channels { key("channels"); integer(channels) }
            key("codecName"); string(stream.codecName)
            if let duration = stream.duration { key("duration"); number(duration) }
            if let frameRate = stream.frameRate { key("frameRate"); number(frameRate) }
            if let height = stream.height { key("height"); integer(height) }
            key("index"); integer(stream.index)
            key("isAttachedPicture"); raw(stream.isAttachedPicture ? "true" : "false")
            key("kind"); string(stream.kind.rawValue)
            if let language = stream.language { key("language"); string(language) }
            if let sampleRate = stream.sampleRate { key("sampleRate"); integer(sampleRate) }
            key("tags"); tags(stream.tags)
            if let width = stream.width { key("width"); integer(width) }
            close()
        }

        private mutating func program(_ program: ProgramInfo) {
            open()
            key("number"); integer(program.number)
            if let serviceName = program.serviceName { key("serviceName"); string(serviceName) }
            if let serviceProvider = program.serviceProvider { key("serviceProvider"); string(serviceProvider) }
            key("streamIndices"); array(program.streamIndices) { $0.integer($1) }
            key("tags"); tags(program.tags)
            close()
        }

        private mutating func chapter(_ chapter: ChapterInfo) {
            open()
            key("end"); number(chapter.end)
            key("start"); number(chapter.start)
            key("tags"); tags(chapter.tags)
            if let title = chapter.title { key("title"); string(title) }
            close()
        }

        private mutating func tags(_ tags: [String: String]) {
            open()
            for name in tags.keys.sorted() {
                tagKey(name)
                string(tags[name] ?? "")
            }
            close()
        }

        private mutating func array<Element>(_ elements: [Element], _ write: (inout Writer, Element) -> Void) {
            bytes.append(UInt8(ascii: "["))
            needsComma = false
            for element in elements {
                if needsComma { bytes.append(UInt8(ascii: ",")) }
                write(&self, element)
                needsComma = true
            }
            bytes.append(UInt8(ascii: "]"))
            needsComma = true
        }

        private mutating func open() {
            bytes.append(UInt8(ascii: "{"))
            needsComma = false
        }

        private mutating func close() {
            bytes.append(UInt8(ascii: "}"))
            needsComma = true
        }

        /// A field name of ours: plain ASCII letters, copied whole with no escaping to look for.
        private mutating func key(_ name: StaticString) {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
        }

        /// A tag name from the file: any text, escaped.
        private mutating func tagKey(_ name: String) {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            string(name)
            bytes.append(UInt8(ascii: ":"))
        }

        /// Digits written straight into the buffer: `String(value)` made a string per number (a dozen a file).
        private mutating func integer(_ value: Int) {
            guard value >= 0 else { return raw(String(value)) }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
                var rest = value
                var count = 0
                repeat {
                    digits[19 - count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                    rest /= 10
                    count += 1
                } while rest != 0
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
            }
            needsComma = true
        }

        /// Foundation's JSONEncoder writes `description` and drops a trailing `.0` (20.0 → 20, -0.0 → -0).
        private mutating func number(_ value: Double) {
            if !value.isFinite { hasUnrepresentableNumber = true }
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            raw(text)
        }

        private mutating func raw(_ text: String) {
            bytes.append(contentsOf: text.utf8)
            needsComma = true
        }

        private static let hexDigits = Array("0123456789abcdef".utf8)

        /// Runs without an escape (nearly all text) are copied whole; only the bytes JSON escapes go one by one.
        private mutating func string(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            var text = text
            text.withUTF8 { utf8 in
                var runStart = 0
                for index in utf8.indices {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/")
                    else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    escape(byte)
                    runStart = index + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
            bytes.append(UInt8(ascii: "\""))
            needsComma = true
        }

        private mutating func escape(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case UInt8(ascii: "/"): bytes.append(contentsOf: [0x5C, 0x2F])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
    }
}

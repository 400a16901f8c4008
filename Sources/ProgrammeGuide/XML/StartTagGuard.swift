import Foundation

/// Feeds a guide's bytes to libxml2 and refuses a start tag with too many attributes or too many bytes
/// before libxml2 parses it: libxml2 2.9 checks duplicate attributes pairwise, so one element with 200,000
/// attributes takes minutes. A small state machine over the bytes on their way in; text is skipped with
/// `memchr`, so the cost is a fraction of parsing.
final class StartTagGuard {
    /// Why the guard stopped the input, with the byte offset of the start tag.
    struct Violation: Equatable {
        var offset: Int
        var message: String
    }

    private enum State: Equatable {
        case text
        case tagOpen
        case inTag
        case quoted(UInt8)
        case markup
    }

    let maxAttributes: Int
    let maxTagBytes: Int
    private let descriptor: Int32
    private var state = State.text
    private var tagStart = 0
    private var attributes = 0
    private var offset = 0
    private(set) var violation: Violation? {
        didSet { refused = violation != nil }
    }
    /// Whether `violation` is set, asked before every parser event without copying it.
    private(set) var refused = false

    /// nil when the file cannot be opened.
    init?(file: String, maxAttributes: Int, maxTagBytes: Int) {
        descriptor = Foundation.open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.maxAttributes = maxAttributes
        self.maxTagBytes = maxTagBytes
    }

    deinit { Foundation.close(descriptor) }

    /// Reads the next bytes into `buffer` and scans them; -1 once a start tag is refused.
    func fill(_ buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 {
        guard violation == nil else { return -1 }
        var count: Int
        repeat { count = Foundation.read(descriptor, buffer, length) } while count < 0 && errno == EINTR
        guard count > 0 else { return Int32(clamping: count) }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: count)
        scan(bytes)
        offset += count
        return violation == nil ? Int32(count) : -1
    }

    /// Works on locals and writes the state back once: a class's stored properties pay a dynamic exclusivity
    /// check on every access, which per byte of a 100 MB guide costs seconds.
    private func scan(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var state = self.state
        var tagStart = self.tagStart
        var attributes = self.attributes
        let offset = self.offset
        let maxAttributes = self.maxAttributes
        let maxTagBytes = self.maxTagBytes
        defer {
            self.state = state
            self.tagStart = tagStart
            self.attributes = attributes
        }
        let count = bytes.count
        var index = 0
        while index < count {
            switch state {
            case .text:
                guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) else { return }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                tagStart = offset + index - 1
                attributes = 0
                state = .tagOpen
                continue
            case .tagOpen:
                let byte = base[index]
                // Comments, declarations, processing instructions and end tags carry no attributes.
                state = byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "/") ? .markup : .inTag
            case .inTag:
                switch base[index] {
                case UInt8(ascii: ">"): state = .text
                case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .quoted(base[index])
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > maxAttributes {
                        stop("一个元素的属性超过 \(maxAttributes) 个", at: tagStart)
                        return
                    }
                default: break
                }
            case .quoted(let quote):
                // Skip to the closing quote at once: attribute values are most of a start tag.
                guard let found = memchr(base + index, Int32(quote), count - index) else {
                    index = count
                    break
                }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                state = .inTag
            case .markup:
                guard let found = memchr(base + index, Int32(UInt8(ascii: ">")), count - index) else { return }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                state = .text
                continue
            }
            if offset + index - tagStart > maxTagBytes, state != .text {
                stop("一个开始标签长达 \(maxTagBytes / 1024) KB 以上", at: tagStart)
                return
            }
            index += 1
        }
        if offset + count - tagStart > maxTagBytes, state != .text, state != .markup {
            stop("一个开始标签长达 \(maxTagBytes / 1024) KB 以上", at: tagStart)
        }
    }

    private func stop(_ what: String, at tagStart: Int) {
        violation = Violation(
            offset: tagStart, message: "第 \(tagStart) 字节处\(what)，不像真实节目单（疑似恶意构造），拒绝读取")
    }
}

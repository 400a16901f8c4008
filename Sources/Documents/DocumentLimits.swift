/// Caps that keep one hostile or enormous document from eating a station's memory or a whole run.
public struct DocumentLimits: Sendable, Hashable {
    /// Text kept per document, in UTF-8 bytes; the rest is dropped and the document marked truncated.
    public var maxTextBytes: Int
    /// Pages whose text is read; a longer PDF keeps its metadata and page count.
    public var maxTextPages: Int
    /// Bytes one EPUB member may inflate to, whatever its header declares (zip bombs lie).
    public var maxMemberBytes: Int

    public init(maxTextBytes: Int = 20 << 20, maxTextPages: Int = 2_000, maxMemberBytes: Int = 32 << 20) {
        self.maxTextBytes = maxTextBytes
        self.maxTextPages = maxTextPages
        self.maxMemberBytes = maxMemberBytes
    }
}

/// Adds pages while the byte budget lasts.
struct PageCollector {
    let limits: DocumentLimits
    private(set) var pages: [String] = []
    private(set) var truncated = false
    private var bytes = 0

    init(limits: DocumentLimits) {
        self.limits = limits
    }

    var isFull: Bool { truncated || pages.count >= limits.maxTextPages || bytes >= limits.maxTextBytes }

    /// Returns false once nothing more will be kept.
    @discardableResult
    mutating func add(_ text: String) -> Bool {
        guard !isFull else {
            truncated = true
            return false
        }
        let room = limits.maxTextBytes - bytes
        if text.utf8.count <= room {
            pages.append(text)
            bytes += text.utf8.count
        } else {
            // Cut at a character boundary inside the budget.
            var kept = text.startIndex
            var used = 0
            for index in text.indices {
                let next = text[index].utf8.count
                if used + next > room { break }
                used += next
                kept = text.index(after: index)
            }
            pages.append(String(text[..<kept]))
            bytes = limits.maxTextBytes
            truncated = true
        }
        return !isFull
    }

    mutating func markTruncated() { truncated = true }
}

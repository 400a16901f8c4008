import ChineseText
import GRDB
import Synchronization

/// The FTS5 side of `ChineseText.SearchTokenizer`: one token per Han character, words for Latin text,
/// traditional folded to simplified, byte offsets into the original so highlight() marks original text.
/// With the `pinyin` argument, documents also carry colocated pinyin tokens (every reading, initials).
/// Documents carry colocated bigrams and queries are written as bigrams (see `SearchTokenizer.Bigrams`).
final class ChineseFTS5Tokenizer: FTS5CustomTokenizer {
    static let name = "yuanjiao"

    private let tokenizer: SearchTokenizer
    private let pinyin: Bool

    init(db: Database, arguments: [String]) throws {
        tokenizer = SearchTokenizerRegistry.current
        pinyin = arguments.contains("pinyin")
    }

    func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return 0 }  // SQLITE_OK
        // Queries spell pinyin out as syllable phrases (see SearchExpression), so only documents
        // (and the aux pass that highlight() makes over them) need the colocated readings.
        let isQuery = tokenization.contains(.query)
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        // Long descriptions are stored behind `SearchIndex.noPinyinMark`: pinyin is typed for titles and
        // tags, and reading every description character in every reading would double the index.
        let withPinyin = pinyin && !isQuery && bytes.first != SearchIndex.noPinyinMark
        var status: CInt = 0
        do {
            try tokenizer.tokenize(bytes, pinyin: withPinyin, bigrams: isQuery ? .only : .colocated) { (token: SearchToken) throws(TokenizeStop) in
                let flags: CInt = token.isColocated ? 1 : 0  // FTS5_TOKEN_COLOCATED
                let result = token.text.withMemoryRebound(to: CChar.self) { text in
                    tokenCallback(
                        context, flags, text.baseAddress, CInt(text.count),
                        CInt(token.byteRange.lowerBound), CInt(token.byteRange.upperBound))
                }
                if result != 0 { throw TokenizeStop(code: result) }
            }
        } catch {
            status = error.code
        }
        return status
    }

    private struct TokenizeStop: Error {
        var code: CInt
    }
}

/// SQLite creates tokenizer instances itself (from the CREATE VIRTUAL TABLE arguments), so the
/// pinyin table reaches them through this process-wide slot, set when a catalogue is opened.
enum SearchTokenizerRegistry {
    private static let slot = Mutex<SearchTokenizer?>(nil)
    private static let signatureSlot = Mutex<String>("bigrams3-nopinyin")

    static var current: SearchTokenizer {
        slot.withLock { tokenizer in
            if let tokenizer { return tokenizer }
            let plain = SearchTokenizer()
            tokenizer = plain
            return plain
        }
    }

    /// What the index was built with: a change (a pinyin table added) means the index is rebuilt.
    static var signature: String { signatureSlot.withLock { $0 } }

    static func install(pinyin table: PinyinTable?) {
        slot.withLock { $0 = SearchTokenizer(pinyinTable: table) }
        signatureSlot.withLock { $0 = "bigrams3-" + (table.map { "pinyin-\($0.characterCount)" } ?? "nopinyin") }
    }
}

import Foundation
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
        tokenizer = try SearchTokenizerRegistry.tokenizer()
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
/// The table (and the folding table under every tokenizer) is loaded on first use, not at open:
/// `show`, `review` or `plan` never tokenize, and should not pay for it at start-up.
enum SearchTokenizerRegistry {
    private enum Source {
        case none
        case table(PinyinTable)
        case files(text: URL, precompiled: URL?)
    }

    private struct State {
        var source: Source = .none
        var tokenizer: SearchTokenizer?
        var signature: String?
        /// Set when the table was read but not the fast way (its precompiled form missing or stale).
        var warning: String?
    }

    private static let state = Mutex(State())

    /// Uses `table` from now on (nil: no pinyin readings).
    static func install(pinyin table: PinyinTable?) {
        state.withLock { $0 = State(source: table.map { .table($0) } ?? .none) }
    }

    /// Reads the pinyin table when a tokenizer is first needed: from `precompiled` when it matches `text`.
    static func install(pinyinFile text: URL, precompiled: URL?) {
        state.withLock { $0 = State(source: .files(text: text, precompiled: precompiled)) }
    }

    /// What loading the reference data found worth telling the user (nothing until a tokenizer was needed).
    static var warnings: [String] {
        state.withLock { $0.warning.map { [$0] } ?? [] }
    }

    /// The tokenizer for documents and queries; loads the pinyin table on first use.
    static func tokenizer() throws(CatalogueError) -> SearchTokenizer {
        try loaded().tokenizer
    }

    /// What the index was built with: a change (a pinyin table added) means the index is rebuilt.
    static func signature() throws(CatalogueError) -> String {
        try loaded().signature
    }

    private static func loaded() throws(CatalogueError) -> (tokenizer: SearchTokenizer, signature: String) {
        let result = state.withLock { state -> Result<(SearchTokenizer, String), CatalogueError> in
            if let tokenizer = state.tokenizer, let signature = state.signature { return .success((tokenizer, signature)) }
            let table: PinyinTable?
            switch state.source {
            case .none: table = nil
            case .table(let given): table = given
            case .files(let text, let precompiled):
                do {
                    if let precompiled {
                        let loaded = try PinyinTable.load(text: text, precompiled: precompiled)
                        table = loaded.table
                        state.warning = loaded.warning
                    } else {
                        table = try PinyinTable(contentsOf: text)
                    }
                } catch {
                    return .failure(CatalogueError(.database, path: "", message: "参考数据有误：\(error)。请重新安装远教，或把 YUANJIAO_DATA 指向完整的参考数据文件夹"))
                }
            }
            let tokenizer = SearchTokenizer(pinyinTable: table)
            let signature = "bigrams3-" + (table.map { "pinyin-\($0.characterCount)" } ?? "nopinyin")
            state.tokenizer = tokenizer
            state.signature = signature
            return .success((tokenizer, signature))
        }
        return try result.get()
    }
}

import COpenCC
import Synchronization

/// Phrase-level simplified ⇄ traditional conversion through OpenCC, for text people read
/// (头发 → 頭髮, 发展 → 發展, 后来 → 後來; 乾隆 stays 乾隆 going back).
///
/// The one Swift owner of an `opencc_t`. OpenCC's converter keeps no per-call state we can rely on
/// being thread-safe, so every call takes the mutex; a converter is cheap to share.
public final class ScriptConverter: Sendable {
    public enum Direction: Sendable, Hashable {
        case simplifiedToTraditional
        case traditionalToSimplified

        /// OpenCC's configuration file, looked up in its data folder (`/usr/share/opencc`).
        public var configuration: String {
            switch self {
            case .simplifiedToTraditional: "s2t.json"
            case .traditionalToSimplified: "t2s.json"
            }
        }
    }

    public let configuration: String
    private let handle: Mutex<OpaqueHandle>

    /// Opens OpenCC's standard configuration for `direction`.
    public convenience init(_ direction: Direction) throws(ScriptConversionError) {
        try self.init(configuration: direction.configuration)
    }

    /// Opens an OpenCC configuration by file name (searched in OpenCC's data folder) or path.
    public init(configuration: String) throws(ScriptConversionError) {
        // opencc_open reports failure as (opencc_t)-1, not NULL.
        guard let raw = opencc_open(configuration), Int(bitPattern: raw) != -1 else {
            throw ScriptConversionError(
                kind: .cannotOpenConfiguration, configuration: configuration, reason: Self.lastError())
        }
        self.configuration = configuration
        self.handle = Mutex(OpaqueHandle(raw))
    }

    deinit {
        handle.withLock { _ = opencc_close($0.raw) }
    }

    /// The converted text. An empty text converts to itself without calling OpenCC.
    public func convert(_ text: String) throws(ScriptConversionError) -> String {
        if text.isEmpty { return text }
        var input = text
        let converted: String? = input.withUTF8 { utf8 in
            handle.withLock { handle -> String? in
                let result = utf8.withMemoryRebound(to: CChar.self) {
                    opencc_convert_utf8(handle.raw, $0.baseAddress, $0.count)
                }
                guard let result else { return nil }
                defer { opencc_convert_utf8_free(result) }
                return String(cString: result)
            }
        }
        guard let converted else {
            throw ScriptConversionError(kind: .conversionFailed, configuration: configuration, reason: Self.lastError())
        }
        return converted
    }

    private static func lastError() -> String {
        guard let message = opencc_error() else { return "unknown error" }
        return String(cString: message)
    }
}

extension ScriptConverter {
    // Opened on first use and kept for the process: opening loads OpenCC's dictionaries (a few ms).
    private static let sharedToTraditional = Result { () throws(ScriptConversionError) in
        try ScriptConverter(.simplifiedToTraditional)
    }
    private static let sharedToSimplified = Result { () throws(ScriptConversionError) in
        try ScriptConverter(.traditionalToSimplified)
    }

    /// The process-wide converter for `direction`.
    public static func shared(_ direction: Direction) throws(ScriptConversionError) -> ScriptConverter {
        switch direction {
        case .simplifiedToTraditional: try sharedToTraditional.get()
        case .traditionalToSimplified: try sharedToSimplified.get()
        }
    }

    /// 头发 → 頭髮, 发展 → 發展, 后来 → 後來.
    public static func toTraditional(_ text: String) throws(ScriptConversionError) -> String {
        try shared(.simplifiedToTraditional).convert(text)
    }

    /// 頭髮 → 头发; 乾隆 stays 乾隆.
    public static func toSimplified(_ text: String) throws(ScriptConversionError) -> String {
        try shared(.traditionalToSimplified).convert(text)
    }
}

/// An `opencc_t` that only `ScriptConverter` touches, always under its mutex.
///
/// @unchecked: the pointer never leaves `ScriptConverter`, every use is inside `Mutex.withLock`, and it is
/// closed once, in `deinit`. (Without it, region checking merges the handle with each caller's input buffer
/// passed to the same C call and refuses the lock.)
private struct OpaqueHandle: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer

    init(_ raw: UnsafeMutableRawPointer) { self.raw = raw }
}

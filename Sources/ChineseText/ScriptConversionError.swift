/// A failure of OpenCC: its configuration could not be opened or a text could not be converted.
public struct ScriptConversionError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// `opencc_open` refused the configuration (missing file, bad JSON, missing dictionary).
        case cannotOpenConfiguration
        /// `opencc_convert_utf8` returned no result.
        case conversionFailed
    }

    public var kind: Kind
    /// The OpenCC configuration involved, e.g. `s2t.json`.
    public var configuration: String
    /// OpenCC's own reason (`opencc_error()`), in English as the library gives it.
    public var reason: String

    public init(kind: Kind, configuration: String, reason: String) {
        self.kind = kind
        self.configuration = configuration
        self.reason = reason
    }

    public var description: String {
        switch kind {
        case .cannotOpenConfiguration:
            "\(configuration): 无法打开 OpenCC 繁简转换配置（\(reason)），请安装 libopencc-data"
        case .conversionFailed:
            "\(configuration): OpenCC 繁简转换失败（\(reason)）"
        }
    }
}

/// Bytes that cannot be decoded in their declared encoding.
public struct LegacyTextError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// iconv does not know the encoding name.
        case unsupportedEncoding
        /// The bytes at `offset` are not a character of the encoding.
        case invalidBytes
        /// The text ends in the middle of a character starting at `offset`.
        case truncated
    }

    public var kind: Kind
    /// The encoding as declared, e.g. `GB2312`.
    public var encoding: String
    /// Byte offset into the input of the first byte that could not be decoded (0 for `unsupportedEncoding`).
    public var offset: Int

    public init(kind: Kind, encoding: String, offset: Int) {
        self.kind = kind
        self.encoding = encoding
        self.offset = offset
    }

    public var description: String {
        switch kind {
        case .unsupportedEncoding: "不支持的文字编码 \(encoding)"
        case .invalidBytes: "按 \(encoding) 解码失败：第 \(offset) 字节处不是有效字符"
        case .truncated: "按 \(encoding) 解码失败：文本在第 \(offset) 字节处的字符中途结束"
        }
    }
}

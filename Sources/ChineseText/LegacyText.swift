// STUB (ChineseText helper replaces the body, keeps the signatures).
public enum LegacyText {
    /// Decodes tag bytes that may be UTF-8 or GBK/GB18030 (older Chinese courseware).
    public static func decode(bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Undoes GBK bytes that a reader widened as Latin-1 (ID3v1, old RIFF INFO): "Å©ÒµÖªÊ¶" → "农业知识".
    /// Returns the input unchanged when it is not such a string.
    public static func repairLatin1Mojibake(_ text: String) -> String {
        text
    }
}

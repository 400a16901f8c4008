// STUB (ChineseText helper replaces the body, keeps the signatures).
public enum TextFolding {
    /// The search form of a text: NFKC, full-width → half-width, lower case, traditional → simplified (per character).
    public static func fold(_ text: String) -> String {
        text.lowercased()
    }
}

/// The search form of text, shared by the index and the queries so that both fold the same way.
public enum TextFolding {
    /// The search form of a text: NFKC, full-width → half-width, lower case, traditional → simplified (per character).
    ///
    /// Each scalar is folded on its own, so a folded text lines up with its original character by character
    /// (except for the rare compatibility characters that expand, such as ﬁ → fi or ㈠ → (一)).
    public static func fold(_ text: String) -> String {
        let table = FoldingTable.shared
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            table.forEachFolded(scalar.value) { entry in
                UTF8Scanning.append(entry & FoldingTable.valueMask, to: &bytes)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Builds the folding table now (about 50 ms) instead of on the first `fold`, and reports whether
    /// traditional → simplified folding is available: without OpenCC's data it is skipped.
    public static func prepare() throws(ScriptConversionError) {
        if let error = FoldingTable.shared.conversionError { throw error }
    }
}

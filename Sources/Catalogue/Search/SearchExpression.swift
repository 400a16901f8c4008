import ChineseText

/// Turns a parsed query into an FTS5 MATCH expression. Every term is written as a quoted FTS5 string,
/// so nothing a person types (`*`, `NEAR(`, `^`, `AND`, quotes) can reach FTS5 as syntax.
/// Latin words that read as pinyin also match as syllable phrases (falv → "fa lv") and, without
/// vowels, as initials (flfg → "fl lf fg g"), against the colocated pinyin tokens of the documents.
struct SearchExpression {
    struct Empty: Error {}

    let match: String

    init(_ query: SearchQuery, tokenizer: SearchTokenizer) throws(Empty) {
        func alternatives(_ term: SearchQuery.Term) -> String? {
            guard !tokenizer.tokens(of: term.text).isEmpty else { return nil }
            var options = [Self.quoted(term.text)]
            let word = term.text.lowercased()
            if !term.isPhrase, word.count >= 2, word.allSatisfy({ $0.isASCII && $0.isLetter }) {
                let hasVowel = word.contains { "aeiouv".contains($0) }
                // Without vowels a word can only be initials; splitting it into single letters would
                // make a phrase of the most common tokens in the index.
                for syllables in PinyinQuery.segmentations(of: word) where hasVowel && syllables.count > 1 {
                    options.append(Self.quoted(syllables.joined(separator: " ")))
                }
                if !hasVowel {
                    // Initials are indexed in pairs at the first character: flfg → "fl lf fg g".
                    let letters = word.map(String.init)
                    let pairs = zip(letters, letters.dropFirst()).map { $0 + $1 }
                    options.append(Self.quoted((pairs + [letters.last ?? ""]).joined(separator: " ")))
                }
            }
            let body = options.count == 1 ? options[0] : "(" + options.joined(separator: " OR ") + ")"
            guard let field = term.field else { return body }
            return "\(field.rawValue) : " + (options.count == 1 ? body : body)
        }

        let clauses = query.clauses.compactMap { terms -> String? in
            let parts = terms.compactMap(alternatives)
            guard !parts.isEmpty else { return nil }
            return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
        }
        guard !clauses.isEmpty else { throw Empty() }
        let exclusions = query.exclusions.compactMap(alternatives)
        match = clauses.joined(separator: " AND ") + exclusions.map { " NOT " + $0 }.joined()
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

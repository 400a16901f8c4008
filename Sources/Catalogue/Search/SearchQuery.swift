/// What a person typed, parsed: words, "exact phrases", -exclusions, OR between terms, and field
/// prefixes (`title:`, `desc:`, `tag:`). Never fails: anything unusual is read as text.
struct SearchQuery: Equatable {
    enum Field: String, Equatable {
        case title
        case tags
        case description
        case filename
    }

    struct Term: Equatable {
        var text: String
        var isPhrase: Bool
        var field: Field?
    }

    /// Terms joined by OR; the query matches when every clause matches.
    var clauses: [[Term]] = []
    var exclusions: [Term] = []

    static let fieldPrefixes: [String: Field] = [
        "title": .title, "标题": .title, "標題": .title,
        "desc": .description, "description": .description, "简介": .description, "簡介": .description,
        "tag": .tags, "tags": .tags, "标签": .tags, "標籤": .tags,
        "file": .filename, "文件名": .filename,
    ]

    init(parsing input: String) {
        var pendingOr = false
        for raw in Self.lex(input) {
            if raw.text == "OR", !raw.quoted {
                pendingOr = !clauses.isEmpty
                continue
            }
            var text = raw.text
            var negated = false
            var field: Field?
            if !raw.quoted {
                if text.hasPrefix("-"), text.count > 1 {
                    negated = true
                    text.removeFirst()
                }
                if let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }),
                   let prefix = Self.fieldPrefixes[text[..<colon].lowercased()] {
                    field = prefix
                    text = String(text[text.index(after: colon)...])
                }
            }
            let phraseText = raw.quotedSuffix ?? text
            let term = Term(text: raw.quotedSuffix != nil ? phraseText : text, isPhrase: raw.quoted || raw.quotedSuffix != nil, field: field)
            guard !term.text.isEmpty else { continue }
            if negated {
                exclusions.append(term)
            } else if pendingOr, !clauses.isEmpty {
                clauses[clauses.count - 1].append(term)
            } else {
                clauses.append([term])
            }
            pendingOr = false
        }
    }

    private struct Lexeme {
        var text: String
        var quoted: Bool
        /// `title:"exact phrase"`: the quoted part after a field prefix.
        var quotedSuffix: String?
    }

    /// Splits on white space (ASCII and ideographic), keeping "quoted phrases" whole; an unclosed
    /// quote runs to the end of the input.
    private static func lex(_ input: String) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        var current = ""
        var inQuote = false
        var quotedPart: String?
        func flush(quoted: Bool) {
            if let part = quotedPart {
                lexemes.append(Lexeme(text: current, quoted: false, quotedSuffix: part))
            } else if !current.isEmpty || quoted {
                lexemes.append(Lexeme(text: current, quoted: quoted, quotedSuffix: nil))
            }
            current = ""
            quotedPart = nil
        }
        for character in input {
            if character == "\"" || character == "“" || character == "”" {
                if inQuote {
                    if quotedPart != nil { flush(quoted: false) } else { flush(quoted: true) }
                    inQuote = false
                } else {
                    if current.hasSuffix(":") || current.hasSuffix("：") {
                        quotedPart = ""
                    } else {
                        flush(quoted: false)
                    }
                    inQuote = true
                }
            } else if inQuote {
                if quotedPart != nil { quotedPart! += String(character) } else { current.append(character) }
            } else if character.isWhitespace {
                flush(quoted: false)
            } else {
                current.append(character)
            }
        }
        if inQuote, quotedPart == nil { flush(quoted: true) } else { flush(quoted: false) }
        return lexemes.filter { !$0.text.isEmpty || $0.quotedSuffix?.isEmpty == false }
    }
}

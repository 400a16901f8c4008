/// Latin letters, English words and symbols in text read aloud, turned into Chinese before the voice
/// sees them (`Catalog/spoken-latin.txt`): a known word by its reading (WiFi → 无线网), any other run of
/// letters letter by letter (CCTV → 西西提维), a symbol by its name (# → 井号). espeak-ng's Chinese voice
/// would otherwise switch to English or spell with tone numbers. Pure; the table is handed in.
public struct SpokenLatin: Sendable, Hashable {
    /// Lower-cased word → reading.
    public var words: [String: String]
    /// Upper-case letter → its name.
    public var letters: [Character: String]
    public var symbols: [Character: String]

    public init(words: [String: String] = [:], letters: [Character: String] = [:], symbols: [Character: String] = [:]) {
        self.words = Dictionary(words.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
        self.letters = letters
        self.symbols = symbols
    }

    public func speak(_ text: String) -> String {
        let characters = Array(text)
        var output = ""
        var i = 0
        while i < characters.count {
            let character = characters[i]
            guard character.isASCII, character.isLetter else {
                if let name = symbols[character] {
                    output += name
                } else {
                    output.append(character)
                }
                i += 1
                continue
            }
            var end = i
            while end < characters.count, characters[end].isASCII, characters[end].isLetter { end += 1 }
            output += word(String(characters[i..<end]))
            i = end
        }
        return output
    }

    /// A run of letters: a known word (hyphenated forms are listed as written), else letter by letter.
    private func word(_ run: String) -> String {
        if let reading = words[run.lowercased()] { return reading }
        return run.map { letters[Character($0.uppercased())] ?? String($0) }.joined()
    }
}

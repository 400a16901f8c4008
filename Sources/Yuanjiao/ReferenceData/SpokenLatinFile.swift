import Foundation
import Notices

/// Reads `Catalog/spoken-latin.txt`: one `text reading` pair a line, `//` comments. A single letter is a
/// letter name, a single other character a symbol name, anything longer a word.
enum SpokenLatinFile {
    static let fileName = "spoken-latin.txt"

    static func load(_ url: URL) throws(YuanjiaoError) -> SpokenLatin {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw YuanjiaoError(.input, "\(url.path)：找不到广播念法表（拉丁字母和符号的中文念法），请重新安装远教的参考数据")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: url.path)
    }

    static func parse(_ text: String, path: String) throws(YuanjiaoError) -> SpokenLatin {
        var words: [String: String] = [:], letters: [Character: String] = [:], symbols: [Character: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\u{FEFF}", with: "")
            if line.isEmpty || line.hasPrefix("//") { continue }
            let parts = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2, let key = parts.first.map(String.init) else {
                throw YuanjiaoError(.input, "\(path):\(index + 1)：这一行应为“文字 念法”（中间用空格隔开），实际是「\(line)」")
            }
            let reading = parts[1].trimmingCharacters(in: .whitespaces)
            if key.count == 1, let character = key.first {
                if character.isASCII, character.isLetter {
                    letters[Character(key.uppercased())] = reading
                } else {
                    symbols[character] = reading
                }
            } else {
                words[key] = reading
            }
        }
        return SpokenLatin(words: words, letters: letters, symbols: symbols)
    }
}

extension Workspace {
    /// How Latin letters and symbols are spoken in loudspeaker audio; without reference data, unchanged.
    func spokenLatin() throws(YuanjiaoError) -> SpokenLatin {
        guard let data else { return SpokenLatin() }
        return try SpokenLatinFile.load(data.directory.appendingPathComponent(SpokenLatinFile.fileName))
    }
}

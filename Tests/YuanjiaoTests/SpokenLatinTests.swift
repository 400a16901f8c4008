import Foundation
import Testing
@testable import Yuanjiao

/// Loudspeaker audio speaks Latin letters, words and symbols in Chinese (`Catalog/spoken-latin.txt`).
@Suite("Spoken Latin words")
struct SpokenLatinTests {
    static var catalogTable: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Catalog/spoken-latin.txt")
    }

    @Test func wordsLettersAndSymbolsBecomeChinese() throws {
        let latin = try SpokenLatinFile.load(Self.catalogTable)
        #expect(latin.speak("手机APP连WiFi看CCTV七") == "手机诶批批连无线网看西西提维七")
        #expect(latin.speak("扫码进#远教群") == "扫码进井号远教群")
        #expect(latin.speak("XYZ") == "艾克斯歪贼德")
        #expect(latin.speak("百分之八十，50%") == "百分之八十，50百分号")
        let spoken = latin.speak("CCTV-7 农业农村频道 APP 与 Wi-Fi")
        #expect(!spoken.contains { $0.isASCII && $0.isLetter }, "\(spoken)")
    }

    @Test func aBadLineNamesFileAndLine() {
        #expect {
            try SpokenLatinFile.parse("// 说明\nA 诶\nWiFi\n", path: "Catalog/spoken-latin.txt")
        } throws: { error in
            "\(error)".contains("Catalog/spoken-latin.txt:3") && "\(error)".contains("WiFi")
        }
    }
}

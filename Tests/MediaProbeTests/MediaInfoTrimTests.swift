import Foundation
import Testing
@testable import MediaProbe

@Suite("MediaInfo trimming")
struct MediaInfoTrimTests {
    @Test("trims exactly what Foundation's whitespacesAndNewlines trims, for every scalar at either end")
    func matchesFoundation() {
        var texts = ["", " ", "讲座", "  讲座  ", "\t第1讲\n", "\u{3000}全角空格\u{3000}", "a \u{301}", " \u{301}a", "\u{200B}零宽\u{200B}",
                     "\u{FEFF}bom", "\u{85}next\u{2028}", "中 间 空 格", "\r\n"]
        for value in 0...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            texts.append("\(scalar)标题\(scalar)")
        }
        for text in texts {
            #expect(MediaInfo.trimmingSpace(text) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map(\.value))")
        }
        #expect(MediaInfo.nonBlank(" \u{3000}\n") == nil)
        #expect(MediaInfo.nonBlank(" 讲座 ") == "讲座")
    }
}

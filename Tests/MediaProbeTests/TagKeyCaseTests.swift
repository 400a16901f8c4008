import Testing
@testable import MediaProbe

@Suite("Tag keys in lower case")
struct TagKeyCaseTests {
    @Test("the ASCII path gives what decoding and lowercased() give, for every byte and for non-ASCII keys")
    func matchesLowercased() {
        var keys = ["", "title", "TITLE", "Creation_Time", "ENCODER", "com.apple.quicktime.Title", "标题", "TİTLE", "ÄRTIST",
                    "service_name", "a[Z]@`{", "\u{7F}KEY"]
        for byte in 1...0x7F {
            keys.append("K" + String(UnicodeScalar(UInt8(byte))) + "k")
        }
        for key in keys {
            let expected = key.withCString { TagDictionary.decode($0).lowercased() }
            #expect(key.withCString { TagDictionary.lowercasedKey($0) } == expected, "\(key.unicodeScalars.map(\.value))")
        }
        // GBK bytes as a key: not ASCII, so the general path (LegacyText) decides, as before.
        let gbk: [CChar] = [-75, -60, -73, -10, 0]
        #expect(TagDictionary.lowercasedKey(gbk) == TagDictionary.decode(gbk).lowercased())
    }
}

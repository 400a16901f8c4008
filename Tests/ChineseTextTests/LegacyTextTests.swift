import ChineseText
import Testing

@Suite struct LegacyTextTests {
    /// 水稻种植技术（第三集） in GBK.
    let gbk: [UInt8] = [
        0xCB, 0xAE, 0xB5, 0xBE, 0xD6, 0xD6, 0xD6, 0xB2, 0xBC, 0xBC, 0xCA, 0xF5,
        0xA3, 0xA8, 0xB5, 0xDA, 0xC8, 0xFD, 0xBC, 0xAF, 0xA3, 0xA9,
    ]

    @Test func utf8StaysUTF8() {
        #expect(LegacyText.decode(bytes: Array("农业知识 MP4".utf8)) == "农业知识 MP4")
        #expect(LegacyText.decode(bytes: [0xEF, 0xBB, 0xBF] + Array("农业".utf8)) == "农业")
        #expect(LegacyText.decode(bytes: []) == "")
    }

    @Test func gbkDecodesAsGB18030() {
        #expect(LegacyText.decode(bytes: gbk) == "水稻种植技术（第三集）")
        #expect(LegacyText.decode(bytes: [0xDE, 0x72, 0x98, 0x49]) == "農業")
        #expect(LegacyText.decode(bytes: [0x81, 0x39, 0xEE, 0x39]) == "㐀")  // four-byte GB18030
    }

    @Test func utf16WithBOM() {
        let littleEndian: [UInt8] = [0xFF, 0xFE, 0xD5, 0x6C, 0x8B, 0x5F, 0x20, 0x00, 0x4D, 0x00]
        #expect(LegacyText.decode(bytes: littleEndian) == "法律 M")
    }

    @Test func undecodableBytesNeverFail() {
        #expect(LegacyText.decode(bytes: [0x61, 0xFF]) == "a\u{FFFD}")
    }

    @Test func declaredEncodings() throws {
        #expect(try LegacyText.decode(bytes: gbk, encoding: "GB2312") == "水稻种植技术（第三集）")
        #expect(try LegacyText.decode(bytes: gbk, encoding: "gbk") == "水稻种植技术（第三集）")
        #expect(try LegacyText.decode(bytes: gbk, encoding: "GB18030") == "水稻种植技术（第三集）")
        #expect(try LegacyText.decode(bytes: [0xD5, 0x6C, 0x8B, 0x5F], encoding: "UTF-16LE") == "法律")
        #expect(try LegacyText.decode(bytes: [0x6C, 0xD5, 0x5F, 0x8B], encoding: "UTF-16BE") == "法律")
        #expect(try LegacyText.decode(bytes: [0xFE, 0xFF, 0x6C, 0xD5, 0x5F, 0x8B], encoding: "UTF-16") == "法律")
        #expect(try LegacyText.decode(bytes: [0xFF, 0xFE, 0xD5, 0x6C, 0x8B, 0x5F], encoding: "UTF-16BE") == "法律")
        #expect(try LegacyText.decode(bytes: [0x41, 0x00, 0x42, 0x00], encoding: "UTF-16") == "AB")
        #expect(try LegacyText.decode(bytes: Array("農業".utf8), encoding: "UTF-8") == "農業")
        #expect(try LegacyText.decode(bytes: [0xAA, 0x6B, 0xAB, 0xDF], encoding: "BIG5") == "法律")
        #expect(try LegacyText.decode(bytes: [0x43, 0x61, 0x66, 0xE9], encoding: "ISO-8859-1") == "Café")
    }

    @Test func declaredEncodingErrorsNameEncodingAndOffset() {
        #expect(throws: LegacyTextError(kind: .invalidBytes, encoding: "GBK", offset: 2)) {
            try LegacyText.decode(bytes: [0xC5, 0xA9, 0xFF, 0xFF], encoding: "GBK")
        }
        #expect(throws: LegacyTextError(kind: .truncated, encoding: "GB2312", offset: 2)) {
            try LegacyText.decode(bytes: [0xC5, 0xA9, 0xD2], encoding: "GB2312")
        }
        #expect(throws: LegacyTextError(kind: .unsupportedEncoding, encoding: "KLINGON", offset: 0)) {
            try LegacyText.decode(bytes: [0x41], encoding: "KLINGON")
        }
        #expect(throws: LegacyTextError(kind: .invalidBytes, encoding: "UTF-8", offset: 1)) {
            try LegacyText.decode(bytes: [0x41, 0xFF], encoding: "UTF-8")
        }
        #expect(
            LegacyTextError(kind: .invalidBytes, encoding: "GBK", offset: 2).description
                == "按 GBK 解码失败：第 2 字节处不是有效字符")
    }

    @Test func repairsGBKReadAsLatin1() {
        #expect(LegacyText.repairLatin1Mojibake("Å©ÒµÖªÊ¶") == "农业知识")
        let latin1 = String(String.UnicodeScalarView(gbk.map { Unicode.Scalar($0) }))
        #expect(LegacyText.repairLatin1Mojibake(latin1) == "水稻种植技术（第三集）")
        #expect(LegacyText.repairLatin1Mojibake("Þr\u{98}I") == "農業")
    }

    @Test func leavesOtherTextAlone() {
        #expect(LegacyText.repairLatin1Mojibake("农业知识") == "农业知识")
        #expect(LegacyText.repairLatin1Mojibake("Rice farming") == "Rice farming")
        #expect(LegacyText.repairLatin1Mojibake("Café") == "Café")
        #expect(LegacyText.repairLatin1Mojibake("Ångström") == "Ångström")
        #expect(LegacyText.repairLatin1Mojibake("") == "")
    }
}

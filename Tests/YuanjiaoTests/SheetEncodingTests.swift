import Foundation
import Testing

@testable import Yuanjiao

/// Tag sheets from Excel, WPS and LibreOffice: UTF-8 with or without a BOM, or GBK, all read.
@Suite struct SheetEncodingTests {
    @Test func utf8IsRecognisedByValidityWithOrWithoutBOM() throws {
        let text = "path,tags\r\n/课件/宪法.mp4,普法\r\n"
        #expect(try TagSheet.decode(Data(text.utf8), path: "a.csv") == text)
        #expect(try TagSheet.decode(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), path: "a.csv") == text)
    }

    @Test func gbkIsDecoded() throws {
        // "path\r\n你好" as Excel saves it on a Chinese Windows.
        let gbk = Data([0x70, 0x61, 0x74, 0x68, 0x0D, 0x0A, 0xC4, 0xE3, 0xBA, 0xC3])
        #expect(try TagSheet.decode(gbk, path: "a.csv") == "path\r\n你好")
    }

    @Test func neitherIsRefusedWithWhatToDo() {
        #expect {
            try TagSheet.decode(Data([0x70, 0xFF, 0xFF, 0x80, 0x30]), path: "坏.csv")
        } throws: { error in
            "\(error)".contains("既不是 UTF-8 也不是 GBK")
        }
    }
}

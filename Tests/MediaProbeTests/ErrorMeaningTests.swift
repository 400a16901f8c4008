import Foundation
import Testing
@testable import MediaProbe

@Suite("libavformat failures read in accurate Chinese")
struct ErrorMeaningTests {
    /// A readable regular file: the codes demuxers reuse for bad data must not blame permissions or memory.
    private let readable = SampleFiles.url("政策理论/基层党组织建设工作实务.mp4").path

    @Test("POSIX codes from a demuxer on a readable file mean damage", arguments: [
        (Int32(-13), "文件已损坏"), (Int32(-12), "文件已损坏"), (Int32(-5), "文件已损坏"), (Int32(-16_617_216), "文件已损坏"),
    ])
    func damage(code: Int32, expected: String) {
        let error = ProbeError.libav(path: readable, code: code)
        #expect(error.reason.hasPrefix(expected), "\(error.reason)")
        #expect(!error.reason.contains("没有读取权限") && !error.reason.contains("内存不足"), "\(error.reason)")
        #expect(!error.reason.hasPrefix("libavformat"), "\(error.reason)")
    }

    @Test("an unknown code says what it likely means and keeps the number for reference")
    func unknownCode() {
        let error = ProbeError.libav(path: readable, code: -16_617_216)
        #expect(error.reason == "文件已损坏，或格式不受支持（libavformat 错误码 -16617216）")
    }

    @Test("end of file is an incomplete download, in Chinese first")
    func endOfFile() {
        let eof = -Int32(bitPattern: UInt32(UInt8(ascii: "E")) | UInt32(UInt8(ascii: "O")) << 8 | UInt32(UInt8(ascii: "F")) << 16 | UInt32(UInt8(ascii: " ")) << 24)
        let error = ProbeError.libav(path: readable, code: eof)
        #expect(error.reason.hasPrefix("文件不完整"), "\(error.reason)")
    }
}

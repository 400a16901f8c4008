import Foundation
import Testing
@testable import Catalogue

/// Indexing hashes a worker's files together in interleaved chains; stored fingerprints must not change, so every
/// value must be the one the single-file function gives.
@Suite("Group fingerprint")
struct GroupFingerprintTests {
    /// Lengths around the block size and the word size, and more than the two blocks a fingerprint covers.
    static let lengths = [0, 1, 7, 8, 65535, 65536, 65537, 131072, 200000]

    private static func randomBytes(_ count: Int, using generator: inout some RandomNumberGenerator) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    private static func alone(_ bytes: [UInt8]) -> UInt64 {
        var hasher = FNV1a64()
        bytes.withUnsafeBytes { hasher.combine($0) }
        return hasher.value
    }

    @Test("interleaved chains give each input its own FNV-1a value, for groups of 0 to 11 inputs of mixed lengths")
    func lanesMatchSingleChains() {
        var generator = SystemRandomNumberGenerator()
        for groupSize in 0...11 {
            let inputs = (0..<groupSize).map { index in
                Self.randomBytes(
                    index % 3 == 0 ? Self.lengths[index % Self.lengths.count] : Int.random(in: 0...3000, using: &generator),
                    using: &generator)
            }
            let pointers = inputs.map { bytes in
                let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
                bytes.withUnsafeBytes { copy.copyMemory(from: $0) }
                return copy
            }
            defer { pointers.forEach { $0.deallocate() } }
            let values = FNV1a64Lanes.hashEach(zip(pointers, inputs).map { UnsafeRawBufferPointer(rebasing: $0[0..<$1.count]) })
            #expect(values == inputs.map(Self.alone), "group of \(groupSize)")
        }
    }

    @Test("a group of files of different lengths, one missing, fingerprints as each file alone")
    func groupMatchesSingleFiles() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        var generator = SystemRandomNumberGenerator()
        var files: [FoundFile] = []
        for (index, length) in (Self.lengths + Self.lengths.reversed()).enumerated() {
            let path = workspace.path("file\(index).bin")
            try Data(Self.randomBytes(length, using: &generator)).write(to: URL(fileURLWithPath: path))
            files.append(FoundFile(path: path, size: Int64(length), mtime: 0))
            if index == 4 { files.append(FoundFile(path: workspace.path("不存在.bin"), size: 10, mtime: 0)) }
        }
        let fingerprinter = GroupFingerprinter()
        // Twice: the buffer is reused, and must not carry anything from the first call into the second.
        for _ in 0..<2 {
            let grouped = fingerprinter.fingerprints(of: files)
            #expect(grouped.count == files.count)
            for (file, result) in zip(files, grouped) {
                let single = Result { () throws(Fingerprint.Failure) in try Fingerprint.compute(path: file.path, size: file.size) }
                switch (result, single) {
                case (.success(let value), .success(let expected)): #expect(value == expected, "\(file.path)")
                case (.failure(.unreadable(let reason)), .failure(.unreadable(let expected))): #expect(reason == expected)
                default: Issue.record("\(file.path): grouped \(result), alone \(single)")
                }
            }
        }
    }

    @Test("grouped probing gives the same fingerprints and outcomes as probing one file at a time")
    func groupedExamineMatchesSingle() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(["法律法规/宪法宣传教育.mp3", "农业科技/水稻育秧技术.mp4"])
        try workspace.write("", to: "courseware/空文件.mp4")
        try workspace.write("不是媒体", to: "courseware/坏文件.mp4")
        let files = DirectoryWalker.walk([folder]).files
        #expect(files.count == 4)
        let grouped = ProbedFile.examine(files[...], fingerprinter: GroupFingerprinter())
        for (file, probed) in zip(files, grouped) {
            let single = ProbedFile.examine(file)
            #expect(probed.file.path == file.path)
            #expect(probed.fingerprint == single.fingerprint, "\(file.path)")
            switch (probed.outcome, single.outcome) {
            case (.success(let info), .success(let expected)): #expect(info == expected)
            case (.failure(let failure), .failure(let expected)): #expect(failure.reason == expected.reason)
            default: Issue.record("\(file.path): grouped \(probed.outcome), alone \(single.outcome)")
            }
        }
    }
}

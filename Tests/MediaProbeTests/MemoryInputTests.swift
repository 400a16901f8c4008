import Foundation
import MediaProbe
import Testing

/// The indexer hands libavformat a small file's bytes it has already read; what comes back must be exactly what
/// probing the file by its path gives, for every sample, good or broken.
@Suite struct MemoryInputTests {
    @Test("every sample: the same description or the same error from its bytes as from its path")
    func sameAsByPath() throws {
        let files = SampleFiles.all()
        #expect(files.count > 10)
        for url in files {
            let bytes = try Data(contentsOf: url)
            let byPath = ProbeOutcomes.outcome { () throws(ProbeError) in try MediaProbe.probe(fileSystemRepresentation: url.path.utf8) }
            let fromBytes = bytes.withUnsafeBytes { contents in
                ProbeOutcomes.outcome { () throws(ProbeError) in
                    try MediaProbe.probe(fileSystemRepresentation: url.path.utf8, contents: contents)
                }
            }
            ProbeOutcomes.expectSame(byPath, fromBytes, url.path)
        }
    }

    @Test("a truncated copy: the same from its bytes as from its path")
    func truncatedSame() throws {
        let source = try Data(contentsOf: SampleFiles.url("农业科技/水稻育秧技术.mp4"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memory-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for length in [1, 7, 100, 4096, source.count / 2, source.count - 1] {
            let url = folder.appendingPathComponent("截断\(length).mp4")
            let bytes = source.prefix(length)
            try bytes.write(to: url)
            let byPath = ProbeOutcomes.outcome { () throws(ProbeError) in try MediaProbe.probe(fileSystemRepresentation: url.path.utf8) }
            let fromBytes = Data(bytes).withUnsafeBytes { contents in
                ProbeOutcomes.outcome { () throws(ProbeError) in
                    try MediaProbe.probe(fileSystemRepresentation: url.path.utf8, contents: contents)
                }
            }
            ProbeOutcomes.expectSame(byPath, fromBytes, "\(length) bytes")
        }
    }
}

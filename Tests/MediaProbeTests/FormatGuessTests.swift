import Foundation
import MediaProbe
import Testing

/// Given a file's first bytes, the probe tries the demuxer its extension names before probing every demuxer; what
/// comes back must be exactly what the full probe gives: for every sample, for files whose name lies about their
/// format, and for truncated ones.
@Suite struct FormatGuessTests {
    private static func expectSame(_ url: URL, bytes: Data, _ label: String) {
        let full = ProbeOutcomes.outcome { () throws(ProbeError) in try MediaProbe.probe(fileSystemRepresentation: url.path.utf8) }
        let guessedByPath = bytes.prefix(64 * 1024).withUnsafeBytes { head in
            ProbeOutcomes.outcome { () throws(ProbeError) in try MediaProbe.probe(fileSystemRepresentation: url.path.utf8, head: head) }
        }
        let guessedFromBytes = bytes.withUnsafeBytes { contents in
            ProbeOutcomes.outcome { () throws(ProbeError) in
                try MediaProbe.probe(fileSystemRepresentation: url.path.utf8, contents: contents, head: contents)
            }
        }
        ProbeOutcomes.expectSame(full, guessedByPath, "\(label) by path")
        ProbeOutcomes.expectSame(full, guessedFromBytes, "\(label) from bytes")
    }

    private static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("format-guess-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("every sample: the same description or error with its first bytes as without")
    func samplesSame() throws {
        let files = SampleFiles.all()
        #expect(files.count > 10)
        for url in files {
            Self.expectSame(url, bytes: try Data(contentsOf: url), url.lastPathComponent)
        }
    }

    @Test("a sample under every guessed extension, true or not: the same as the full probe")
    func mislabelledSame() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extensions = ["mp4", "m4a", "mov", "3gp", "mkv", "webm", "avi", "flv", "wmv", "wma", "asf", "rm", "rmvb", "ogg", "ts", "mp3", "MP4"]
        var seen = Set<String>()
        for source in SampleFiles.all() where seen.insert(source.pathExtension.lowercased()).inserted {
            let bytes = try Data(contentsOf: source)
            for name in extensions {
                let url = folder.appendingPathComponent("改名.\(name)")
                try bytes.write(to: url)
                Self.expectSame(url, bytes: bytes, "\(source.lastPathComponent) as .\(name)")
            }
        }
        #expect(seen.count >= 5)
    }

    @Test("truncated copies: the same as the full probe")
    func truncatedSame() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var seen = Set<String>()
        for source in SampleFiles.all() where seen.insert(source.pathExtension.lowercased()).inserted {
            let bytes = try Data(contentsOf: source)
            for length in [1, 12, 100, 2047, 2048, 2049, 4096, bytes.count / 2] where length < bytes.count {
                let url = folder.appendingPathComponent("截断\(length).\(source.pathExtension)")
                let prefix = Data(bytes.prefix(length))
                try prefix.write(to: url)
                Self.expectSame(url, bytes: prefix, "\(source.lastPathComponent) cut to \(length)")
            }
        }
    }
}

import Documents
import Foundation
import MediaProbe

/// A new or changed file after the parallel step: fingerprint and probe result, or why it failed.
struct ProbedFile: Sendable {
    var file: FoundFile
    var fingerprint: String?
    var outcome: Result<MediaInfo, ProbeFailure>
    /// What was read but not believed, as `path: message` lines for the report's warnings.
    var warnings: [String] = []
    /// A document's page text, written beside its row (nil for media).
    var pages: [String]? = nil

    /// No courseware runs this long; a longer duration is a broken header (a corrupt AVI says 9,000 hours).
    static let longestBelievableDuration: Double = 100 * 3600

    struct ProbeFailure: Error, Sendable {
        var reason: String
    }

    /// Runs on a worker thread.
    static func examine(_ file: FoundFile) -> ProbedFile {
        examine(file, fingerprint: file.size == 0 ? nil : Result { () throws(Fingerprint.Failure) in
            try Fingerprint.compute(path: file.path, size: file.size)
        })
    }

    /// Runs on a worker thread, for each of a group of files fingerprinted together (empty files left out).
    static func examine(_ files: ArraySlice<FoundFile>, fingerprinter: GroupFingerprinter) -> [ProbedFile] {
        var examined = fingerprinter.map(files.filter { $0.size > 0 }) { file, fingerprint, covered in
            examine(file, fingerprint: fingerprint, covered: covered)
        }.makeIterator()
        return files.map { file in file.size == 0 ? examine(file, fingerprint: nil) : examined.next()! }
    }

    /// `fingerprinted` is nil for an empty file only: such a file is never opened. `covered`: what the fingerprint
    /// read, starting with the file's first bytes; when that is the whole file, libavformat need not open and read
    /// it again, and either way its first bytes let the probe try the extension's demuxer first.
    private static func examine(
        _ file: FoundFile, fingerprint fingerprinted: Result<String, Fingerprint.Failure>?, covered: UnsafeRawBufferPointer? = nil
    ) -> ProbedFile {
        guard let fingerprinted, file.size > 0 else {
            return ProbedFile(file: file, fingerprint: nil, outcome: .failure(.init(reason: "空文件（0 字节），可能下载未完成。请重新下载")))
        }
        let fingerprint: String
        switch fingerprinted {
        case .success(let value): fingerprint = value
        case .failure(.unreadable(let reason)):
            return ProbedFile(file: file, fingerprint: nil, outcome: .failure(.init(reason: reason)))
        }
        if DocumentReader.format(ofPath: file.path) != nil {
            return examineDocument(file, fingerprint: fingerprint)
        }
        do {
            // The path's own bytes: a Foundation `URL` per file (percent-encoding, standardising) is work the C loop never does.
            let wholeFile = covered.flatMap { Int64($0.count) == file.size ? $0 : nil }
            var info = try MediaProbe.probe(fileSystemRepresentation: file.path.utf8, contents: wholeFile, head: covered)
            var warnings: [String] = []
            if let duration = info.duration, duration > longestBelievableDuration {
                warnings.append("\(file.path): 时长 \(Int(duration / 3600)) 小时不可信（超过 100 小时），按未知处理；文件头可能已损坏")
                info.duration = nil
            }
            return ProbedFile(file: file, fingerprint: fingerprint, outcome: .success(info), warnings: warnings)
        } catch {
            return ProbedFile(file: file, fingerprint: fingerprint, outcome: .failure(.init(reason: error.reason)))
        }
    }
}

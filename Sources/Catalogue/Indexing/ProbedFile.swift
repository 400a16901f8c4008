import Foundation
import MediaProbe

/// A new or changed file after the parallel step: fingerprint and probe result, or why it failed.
struct ProbedFile: Sendable {
    var file: FoundFile
    var fingerprint: String?
    var outcome: Result<MediaInfo, ProbeFailure>

    struct ProbeFailure: Error, Sendable {
        var reason: String
    }

    /// Runs on a worker thread.
    static func examine(_ file: FoundFile) -> ProbedFile {
        if file.size == 0 {
            return ProbedFile(file: file, fingerprint: nil, outcome: .failure(.init(reason: "空文件（0 字节），可能下载未完成。请重新下载")))
        }
        let fingerprint: String
        do {
            fingerprint = try Fingerprint.compute(path: file.path, size: file.size)
        } catch {
            guard case .unreadable(let reason) = error else { fatalError("unreachable") }
            return ProbedFile(file: file, fingerprint: nil, outcome: .failure(.init(reason: reason)))
        }
        do {
            let info = try MediaProbe.probe(URL(fileURLWithPath: file.path))
            return ProbedFile(file: file, fingerprint: fingerprint, outcome: .success(info))
        } catch {
            return ProbedFile(file: file, fingerprint: fingerprint, outcome: .failure(.init(reason: error.reason)))
        }
    }
}

import Foundation
import Synchronization

/// Reference files (`topics.yaml`, `seasons.yaml`) decoded once per process and again only when one of
/// them changes on disk. A command reads them once anyway; the console reads them on almost every page,
/// and decoding YAML through Yams took milliseconds a request. People edit these files while the console
/// runs, so a changed size or modification time reloads them: no restart needed.
final class ReferenceFileCache: Sendable {
    private struct Stamp: Equatable, Sendable {
        var modified: Date?
        var size: Int?

        init(_ url: URL) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            modified = attributes?[.modificationDate] as? Date
            size = attributes?[.size] as? Int
        }
    }

    private struct Entry: Sendable {
        var stamps: [Stamp]
        var value: any Sendable
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The value `load` made from `files` last time if none of them changed since, else a fresh one.
    /// Failures are not cached: a file fixed by hand is picked up on the next request.
    func value<T: Sendable>(of files: [URL], _ load: () throws -> T) rethrows -> T {
        let key = files.map(\.path).joined(separator: "\n") + "\n" + String(describing: T.self)
        let stamps = files.map(Stamp.init)
        if let entry = entries.withLock({ $0[key] }), entry.stamps == stamps, let value = entry.value as? T { return value }
        let value = try load()
        entries.withLock { $0[key] = Entry(stamps: stamps, value: value) }
        return value
    }
}

import Foundation
import Synchronization

/// Syncs and puts staged bundles in place on its own thread, a batch at a time and in order, so the disk
/// flushes one batch while the cores render the next. Holds every station's outcome by its index.
final class BundleCommitter: Sendable {
    typealias Outcome = Result<BundleFolderWriter.Outcome, FolderDurability.Failure>

    private let results = Mutex<[Int: Outcome]>([:])
    private let queue = DispatchQueue(label: "yuanjiao.bundle-commit")
    private let group = DispatchGroup()

    func record(_ index: Int, _ outcome: Outcome) {
        results.withLock { $0[index] = outcome }
    }

    /// The staged bundles among `indexes`, made durable by one sync, then each exchanged into place; a failed
    /// sync leaves the old bundles and removes the staged ones.
    func commit(_ indexes: Range<Int>) {
        let staged = results.withLock { results in
            indexes.compactMap { index in (try? results[index]?.get()).map { (index, $0) } }
        }
        queue.async(group: group) { [self] in
            let synced = Result { () throws(FolderDurability.Failure) in
                try FolderDurability.sync(folders: staged.map(\.1.temporary))
            }
            for (index, outcome) in staged {
                let committed = synced.flatMap { _ in
                    Result { () throws(FolderDurability.Failure) -> BundleFolderWriter.Outcome in
                        try BundleFolderWriter.commit(outcome)
                        return outcome
                    }
                }
                if case .failure = synced { try? FileManager.default.removeItem(at: outcome.temporary) }
                record(index, committed)
            }
        }
    }

    /// Every outcome, once the last batch is in place.
    func finish() -> [Int: Outcome] {
        group.wait()
        return results.withLock { $0 }
    }
}

import Foundation

/// Probing threads that live for the whole run. They claim groups of neighbouring files from the run's one list,
/// which the directory walk appends to as it goes (so probing starts with the first folder), and the writer takes
/// each batch as soon as its last file is done. Before, every batch was one `concurrentPerform` whose join left a
/// core idle while the other thread finished its last group, and the writer's batch waited for that join; now a
/// thread that finishes a group goes straight on to the next files, whatever batch they belong to.
///
/// The workers stay at most `window` files ahead of what the writer has taken, so memory stays bounded;
/// `cancel()` lets them go when the writer stops early (a catalogue error).
///
/// @unchecked Sendable: every stored `var` is read and written only while holding `condition`.
final class ProbePipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private let jobs: Int
    private let window: Int
    private let tracker: ProgressTracker
    private var files: [FoundFile] = []
    /// Each file's result once probed, until the writer takes its batch.
    private var results: [ProbedFile?] = []
    /// The next file no worker has claimed.
    private var claimed = 0
    /// Every file before this one is probed.
    private var probedPrefix = 0
    /// Every file before this one has been handed to the writer.
    private var handedOut = 0
    private var listComplete = false
    private var cancelled = false

    init(jobs: Int, tracker: ProgressTracker, window: Int) {
        self.jobs = max(1, jobs)
        self.window = max(1, window)
        self.tracker = tracker
    }

    /// More files to probe, in the order the writer will take them. The first files start the workers: a run with
    /// nothing new to probe starts no thread.
    func add(_ more: some Collection<FoundFile>) {
        guard !more.isEmpty else { return }
        condition.withLock {
            if files.isEmpty && !cancelled {
                for _ in 0..<jobs {
                    let fingerprinter = GroupFingerprinter()
                    Thread { [self] in work(fingerprinter) }.start()
                }
            }
            files.append(contentsOf: more)
            results.append(contentsOf: repeatElement(nil, count: more.count))
            tracker.expect(files.count)
            condition.broadcast()
        }
    }

    /// No more files will be added: the workers may finish once the list is done.
    func completeList() {
        condition.withLock {
            listComplete = true
            condition.broadcast()
        }
    }

    /// The results of `range` (which starts where the previous batch ended), waiting until all of them are probed;
    /// nil once cancelled.
    func take(_ range: Range<Int>) -> [ProbedFile]? {
        condition.withLock {
            precondition(range.lowerBound == handedOut, "batches are taken in order")
            while probedPrefix < range.upperBound && !cancelled { condition.wait() }
            guard !cancelled else { return nil }
            var batch: [ProbedFile] = []
            batch.reserveCapacity(range.count)
            // Moved out of their slots, not copied and then cleared: a copy retained every string and array of a
            // result only to release them again (visible in the writer's profile as ProbedFile's value witnesses).
            for index in range { batch.append(results[index].take()!) }
            handedOut = range.upperBound
            condition.broadcast()
            return batch
        }
    }

    /// Stops the workers after the group each is probing; the writer takes nothing more.
    func cancel() {
        condition.withLock {
            cancelled = true
            condition.broadcast()
        }
    }

    private func work(_ fingerprinter: GroupFingerprinter) {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled {
            guard let group = claimGroup() else {
                if listComplete && claimed >= files.count { return }
                condition.wait()
                continue
            }
            condition.unlock()
            let probed = ProbedFile.examine(group.files[...], fingerprinter: fingerprinter).map { result in
                tracker.advance(current: result.file.path)
                return result
            }
            condition.lock()
            for (offset, result) in probed.enumerated() { results[group.start + offset] = result }
            while probedPrefix < claimed, results[probedPrefix] != nil { probedPrefix += 1 }
            condition.broadcast()
        }
    }

    /// Up to a fingerprint group of the next files, or nil when none may be claimed yet. Near the end of the list
    /// the groups shrink, so the workers finish together instead of one waiting for another's last group.
    /// Called holding `condition`.
    private func claimGroup() -> (start: Int, files: [FoundFile])? {
        let limit = min(files.count, handedOut + window)
        guard claimed < limit else { return nil }
        var size = min(GroupFingerprinter.groupSize, limit - claimed)
        if listComplete { size = max(1, min(size, (files.count - claimed) / (2 * jobs))) }
        let start = claimed
        claimed += size
        // A copy, not a slice: a slice would keep the list's storage shared, and the next `add` would copy it whole.
        return (start, Array(files[start..<start + size]))
    }
}

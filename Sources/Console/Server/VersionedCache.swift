import Synchronization

/// Values computed once per version of what they are computed from, shared by all requests: the month
/// page's data per (month, catalogue stamp, station-file stamp), the loudspeaker audio per script text.
/// A request that finds its key at the same version takes the value; a new version replaces it. Requests
/// that arrive while a value is being computed wait for that one computation instead of starting their
/// own (fifty browsers opening the month page after a plan cost one check, not fifty).
final class VersionedCache<Value: Sendable>: Sendable {
    private struct Slot {
        var version: String
        var task: Task<Value, any Error>
    }

    private let slots = Mutex<[String: Slot]>([:])
    private let computations = Atomic<Int>(0)
    private let capacity: Int

    /// `capacity`: how many keys are kept; past it the cache starts over (keys are months or scripts:
    /// a handful are in use at a time).
    init(capacity: Int) { self.capacity = capacity }

    /// How many times a value was computed: tests check that a second request computes nothing.
    var computed: Int { computations.load(ordering: .relaxed) }

    func value(
        key: String, version: String, compute: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        let task = slots.withLock { slots -> Task<Value, any Error> in
            if let slot = slots[key], slot.version == version { return slot.task }
            if slots.count >= capacity { slots.removeAll() }
            computations.add(1, ordering: .relaxed)
            let task = Task { try await compute() }
            slots[key] = Slot(version: version, task: task)
            return task
        }
        do {
            return try await task.value
        } catch {
            // A failure is not kept: the next request tries again (the station file may be fixed by then).
            slots.withLock { slots in
                if let slot = slots[key], slot.version == version { slots[key] = nil }
            }
            throw error
        }
    }
}

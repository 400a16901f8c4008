import Dispatch
import Foundation
import Yuanjiao

/// What every route works with: the one workspace, the station file, sessions and the login limiter.
struct ConsoleServices: Sendable {
    let workspace: Workspace
    let stationsFile: URL
    let watchFolders: [String]
    let sessions: SessionStore
    let loginLimiter: LoginLimiter
    let rescans: RescanState
    /// Month plans running in the background (the month page shows their progress).
    var planning = PlanningJobs()
    /// The time pages such as 「即将播出」 count from; tests fix it.
    var now: @Sendable () -> Date = { Date() }

    /// Runs catalogue work off the server's threads: a plan or an index run takes seconds, and the
    /// event loops must keep answering reads meanwhile. Errors become `ConsoleFailure`s.
    func run<T: Sendable>(_ body: @escaping @Sendable (Workspace) throws -> T) async throws -> T {
        let workspace = workspace
        do {
            return try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(with: Result { try body(workspace) })
                }
            }
        } catch {
            throw ConsoleFailure(error)
        }
    }
}

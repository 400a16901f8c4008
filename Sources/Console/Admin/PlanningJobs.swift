import Foundation
import Synchronization
import Yuanjiao

/// Month plans being made in the background, so the admin's browser is not held for the length of a
/// plan and the server keeps answering reads meanwhile; the month page polls `/month/progress` and shows
/// the outcome when it is done. One plan per month at a time: a second click while it runs just shows it.
final class PlanningJobs: Sendable {
    struct Job: Sendable, Encodable {
        enum State: String, Sendable, Encodable {
            case running, finished, failed
        }

        var state: State
        var progress: PlanProgress
        var by: String
        var started: Date
        /// What happened, in Chinese, once the job is over (stations planned, or the error).
        var outcome: String?
        var warnings = 0
    }

    private let jobs = Mutex<[String: Job]>([:])
    /// Who awaits the end of a month's running plan (tests; the page polls instead).
    private let waiters = Mutex<[String: [CheckedContinuation<Void, Never>]]>([:])

    /// Returns once `month` has no plan running: at once, or when the running one ends.
    func finished(_ month: YearMonth) async {
        await withCheckedContinuation { continuation in
            let running = jobs.withLock { jobs in
                guard jobs[month.description]?.state == .running else { return false }
                waiters.withLock { $0[month.description, default: []].append(continuation) }
                return true
            }
            if !running { continuation.resume() }
        }
    }

    /// The job of `month`, running or the last one finished.
    func job(_ month: YearMonth) -> Job? {
        jobs.withLock { $0[month.description] }
    }

    /// Marks a plan of `month` as started; false when one is already running.
    func begin(_ month: YearMonth, by: String) -> Bool {
        jobs.withLock { jobs in
            if jobs[month.description]?.state == .running { return false }
            jobs[month.description] = Job(
                state: .running, progress: PlanProgress(stage: .preparing, done: 0, total: 0), by: by, started: Date())
            return true
        }
    }

    func update(_ month: YearMonth, _ progress: PlanProgress) {
        jobs.withLock { jobs in
            guard var job = jobs[month.description], job.state == .running else { return }
            // Stations finish on several threads: never let a late report move the count backwards.
            if progress.stage == job.progress.stage, progress.done < job.progress.done { return }
            job.progress = progress
            jobs[month.description] = job
        }
    }

    func end(_ month: YearMonth, _ result: Result<MonthPlan, ConsoleFailure>) {
        jobs.withLock { jobs in
            guard var job = jobs[month.description] else { return }
            switch result {
            case .success(let plan):
                job.state = .finished
                job.warnings = plan.stations.reduce(0) { $0 + $1.warnings.count }
                job.outcome = "已排好 \(plan.stations.count) 个站点的计划" + (job.warnings > 0 ? "，有 \(job.warnings) 条提醒。" : "。")
                job.progress.done = job.progress.total
            case .failure(let failure):
                job.state = .failed
                job.outcome = "排计划失败：\(failure.message)"
            }
            jobs[month.description] = job
            for waiter in waiters.withLock({ $0.removeValue(forKey: month.description) ?? [] }) { waiter.resume() }
        }
    }
}

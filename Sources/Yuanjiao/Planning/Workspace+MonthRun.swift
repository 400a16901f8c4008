public import Foundation
public import Planner

extension Workspace {
    /// Where a month's station bundles go (`plan --out DIR`, the console's ZIP download) and how.
    public struct BundleTarget: Sendable {
        public var directory: URL
        public var options: BundleOptions

        public init(directory: URL, options: BundleOptions = BundleOptions()) {
            self.directory = directory
            self.options = options
        }
    }

    /// Which plans a month run works from.
    public enum MonthPlans: Sendable, Hashable {
        /// Plan the month anew and store it (`plan`, the console's 排计划); `cascade` re-plans the later
        /// stored months of these stations as well.
        case planAnew(cascade: Bool)
        /// The plans an earlier run stored (the console's bundle download); stations without one are left out.
        case stored
    }

    /// What a month run did.
    public struct MonthRun: Sendable {
        /// The month's plan: made now, or as stored.
        public var plan: MonthPlan
        /// The later months a cascade re-planned, in order.
        public var later: [MonthPlan] = []
        /// The bundles written; nil without a target (or, from stored plans, when none is stored).
        public var bundles: BundleReport?
    }

    /// The one door from a month's plans to its station bundles, for the CLI's `plan [--cascade] [--out]`
    /// and the console's 排计划 and bundle download alike: the output folder is checked before anything is
    /// planned or stored, then the month is planned and stored (or its stored plans read), later months
    /// re-planned on request, and each station's bundle written by `writeBundles`.
    public func runMonth(
        _ context: PlanningContext, month: YearMonth, stationIDs: [String] = [], plans: MonthPlans = .planAnew(cascade: false),
        bundles target: BundleTarget? = nil, progress: (@Sendable (PlanProgress) -> Void)? = nil
    ) throws -> MonthRun {
        let stations = try stations(context, ids: stationIDs).map(\.id)
        if let target {
            do {
                try Self.prepareBundleOutput(target.directory, stationIDs: stations)
            } catch {
                throw YuanjiaoError(.input, error.description)
            }
        }
        var run: MonthRun
        switch plans {
        case .planAnew(let cascade):
            run = MonthRun(plan: try plan(context, month: month, stationIDs: stationIDs, progress: progress))
            if cascade { run.later = try replanLaterMonths(context, after: month, stationIDs: stationIDs) }
        case .stored:
            run = MonthRun(plan: try storedMonth(month, stationIDs: stations))
        }
        if let target, !run.plan.stations.isEmpty {
            run.bundles = try writeBundles(run.plan, stationFile: context.stationFile, to: target.directory, options: target.options)
        }
        return run
    }
}

extension BundleReport {
    /// The folders written, or the first station whose bundle could not be written, as an error.
    public func writtenFolders() throws(BundleOutputError) -> [URL] {
        if let failure = failures.first {
            throw BundleOutputError(description: "站点 \(failure.station) 的下发包没有写成：\(failure.reason)")
        }
        return folders
    }
}

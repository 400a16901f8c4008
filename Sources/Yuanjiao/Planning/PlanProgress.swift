/// How far `Workspace.plan` has got, for a caller that shows it while planning (the console's month page).
public struct PlanProgress: Sendable, Equatable, Codable {
    public enum Stage: String, Sendable, Codable {
        /// Reading courses, histories and neighbouring months.
        case preparing
        /// Planning station by station: `done` of `total`.
        case planning
        /// Writing the plans to the catalogue.
        case storing
    }

    public var stage: Stage
    public var done: Int
    public var total: Int

    public init(stage: Stage, done: Int, total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }
}

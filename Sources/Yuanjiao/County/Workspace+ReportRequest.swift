public import Planner

extension Workspace {
    /// What `yuanjiao report` and the console's report page ask for.
    public struct ReportRequest: Sendable, Hashable {
        /// The period: one month, or the twelve months of a year.
        public enum Period: Sendable, Hashable {
            case month(YearMonth)
            case year(Int)
        }

        public var period: Period
        /// Members' names (personal data: the county office and their own station only).
        public var names: Bool
        /// The members' year table alone (评先评优), best attendance first.
        public var membersOnly: Bool

        public init(period: Period, names: Bool = false, membersOnly: Bool = false) {
            self.period = period
            self.names = names
            self.membersOnly = membersOnly
        }

        /// The months the period covers, in order.
        public func months() throws -> [YearMonth] {
            switch period {
            case .month(let month): [month]
            case .year(let year): try (1...12).map { try YearMonth(year: year, month: $0) }
            }
        }
    }

    /// The one door to the county report, for the CLI and the console alike: the period's months judged by
    /// `countyReport` (the same rulebook as `check`), cut to the members' table when asked.
    public func report(_ context: PlanningContext, _ request: ReportRequest) throws -> CountyReport {
        let report = try countyReport(context: context, months: try request.months(), names: request.names || request.membersOnly)
        return request.membersOnly ? report.membersOnly : report
    }
}

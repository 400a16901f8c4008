/// `report --behind`: the stations under their targets in a month, which ratios, and for how many
/// months in a row (this month included). A station that had a plan but sent no log is behind too,
/// marked `noLog` (its 开机率 is unknown, not 0, so it is not listed under `below`). Pure.
public struct BehindList: Sendable, Hashable, Codable {
    public struct Station: Sendable, Hashable, Codable {
        public var station: String
        public var name: String
        /// JSON keys of the ratios under target (`powerOnRate`, …).
        public var below: [MonitoringRatio]
        public var monthsInARow: Int
        public var noLog: Bool
        /// The month's ratios (null when unknown) and the targets they were judged by, by JSON key.
        public var rates: [String: Double?]
        public var targets: [String: Double]
    }

    public var month: String
    public var behind: [Station]

    /// `months` oldest first, ending with the month judged; each row one station-month of a report.
    static func judge(months: [String], rows: [CountyReport.StationMonth], targets: (MonitoringRatio, String) -> Double) -> BehindList {
        let byStation = Dictionary(grouping: rows, by: \.station)
        guard let current = months.last else { return BehindList(month: "", behind: []) }
        var behind: [Station] = []
        for (station, own) in byStation {
            let byMonth = Dictionary(own.map { ($0.month, $0) }) { first, _ in first }
            guard let row = byMonth[current], let judged = verdict(row, targets: { targets($0, station) }) else { continue }
            var inARow = 0
            for month in months.reversed() {
                guard let earlier = byMonth[month], verdict(earlier, targets: { targets($0, station) }) != nil else { break }
                inARow += 1
            }
            behind.append(Station(
                station: station, name: row.name, below: judged.below, monthsInARow: inARow, noLog: judged.noLog,
                rates: Dictionary(uniqueKeysWithValues: MonitoringRatio.allCases.map { ($0.jsonKey, row[$0]) }),
                targets: Dictionary(uniqueKeysWithValues: MonitoringRatio.allCases.map { ($0.jsonKey, targets($0, station)) })))
        }
        // The longest-behind first: those are the ones the county escalates.
        behind.sort { ($1.monthsInARow, $0.station) < ($0.monthsInARow, $1.station) }
        return BehindList(month: current, behind: behind)
    }

    /// nil when the station-month is on target (or had nothing planned).
    static func verdict(_ row: CountyReport.StationMonth, targets: (MonitoringRatio) -> Double) -> (below: [MonitoringRatio], noLog: Bool)? {
        let planned = row.sessionsPlanned + row.openDaysPlanned > 0
        let below = MonitoringRatio.allCases.filter { ratio in row[ratio].map { $0 < targets(ratio) } ?? false }
        let noLog = row.status == .noLog && planned
        return below.isEmpty && !noLog ? nil : (below, noLog)
    }
}

extension BehindList.Station {
    private enum CodingKeys: String, CodingKey { case station, name, below, monthsInARow, noLog, rates, targets }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(station, forKey: .station)
        try c.encode(name, forKey: .name)
        try c.encode(below.map(\.jsonKey), forKey: .below)
        try c.encode(monthsInARow, forKey: .monthsInARow)
        try c.encode(noLog, forKey: .noLog)
        try c.encode(rates, forKey: .rates)
        try c.encode(targets, forKey: .targets)
    }
}

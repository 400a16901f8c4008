public import Planner

extension Workspace {
    /// How far back `monthsInARow` looks: a year, the span of the county's evaluation.
    static let behindLookback = 12

    /// `yuanjiao report --behind`: stations under their targets in `month`, judged from the same
    /// station-months as `report` (see `BehindList`).
    public func behindList(context: PlanningContext, month: YearMonth) throws(YuanjiaoError) -> BehindList {
        let months = (0..<Self.behindLookback).reversed().map { month.adding(months: -$0) }
        let report = try countyReport(context: context, months: months, names: false)
        let file = context.stationFile
        return BehindList.judge(months: months.map(\.description), rows: report.stations) { file.target($0, station: $1) }
    }
}

extension BehindList {
    /// The terminal list, in Chinese.
    public var text: String {
        guard !behind.isEmpty else { return "\(month)：所有站点都达到目标。" }
        var lines = ["\(month) 未达目标的站点（\(behind.count) 个）："]
        for station in behind {
            var reasons = station.below.map { ratio in
                let rate = station.rates[ratio.jsonKey].flatMap { $0 }
                return "\(ratio.chineseName) \(CountyReport.percent(rate))（目标 \(CountyReport.percent(station.targets[ratio.jsonKey]))）"
            }
            if station.noLog { reasons.insert("未收到播放记录", at: 0) }
            lines.append("  \(station.name.isEmpty ? station.station : station.name)（\(station.station)）：\(reasons.joined(separator: "，"))；连续 \(station.monthsInARow) 个月")
        }
        return lines.joined(separator: "\n")
    }
}

import Foundation
import Notices
public import Planner

extension Workspace {
    /// The county's whole month as one XMLTV file (every station with a stored plan, one channel each),
    /// the same form as each bundle's `节目预告.xml`.
    public func countyListing(stationFile: StationFile, month: YearMonth) throws -> String {
        var inputs: [NoticeInput] = []
        for station in stationFile.stations where try storedPlan(station: station.id, month: month) != nil {
            var input = try noticeInput(stationFile: stationFile, stationID: station.id, month: month)
            input.members = []  // names never leave through a county-wide file
            inputs.append(input)
        }
        let zone = TimeZone(identifier: stationFile.timeZone) ?? TimeZone(identifier: "Asia/Shanghai")!
        return XMLTVListing(inputs, utcOffsetSeconds: zone.secondsFromGMT()).xml()
    }

    /// One station's twelve months up to `month` (oldest first), for its ratio chart.
    public func stationYear(context: PlanningContext, station: String, through month: YearMonth) throws(YuanjiaoError) -> [CountyReport.StationMonth] {
        var own = context
        own.stationFile.stations = context.stationFile.stations.filter { $0.id == station }
        let months = (0..<12).reversed().map { month.adding(months: -$0) }
        return try countyReport(context: own, months: months, names: false).stations
    }
}

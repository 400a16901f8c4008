public import Foundation

extension Workspace {
    /// `yuanjiao stations check`: the station file against `Catalog/` (known topics and calendars);
    /// needs no catalogue. Every problem is in the report, none is thrown.
    /// With `month`, also reports when the file's holiday calendars do not cover that month.
    public static func checkStationFile(
        _ url: URL, month: YearMonth? = nil, data: CatalogData? = nil
    ) throws(YuanjiaoError) -> StationFileReport {
        try boundary {
            let data = try data ?? CatalogData.locate()
            let topics = Set(try TopicsFile.load(data.topicsFile).ids)
            let calendars = CalendarStore(directory: data.calendarsDirectory).knownIDs
            let report = StationFile.check(url, knownTopics: topics, knownCalendars: calendars)
            guard let month else { return report }
            return report.checking(month: month, text: try? String(contentsOf: url, encoding: .utf8))
        }
    }
}

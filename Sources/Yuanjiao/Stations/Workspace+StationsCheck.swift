public import Foundation

extension Workspace {
    /// `yuanjiao stations check`: the station file against `Catalog/` (known topics and calendars);
    /// needs no catalogue. Every problem is in the report, none is thrown.
    public static func checkStationFile(_ url: URL, data: CatalogData? = nil) throws(YuanjiaoError) -> StationFileReport {
        try boundary {
            let data = try data ?? CatalogData.locate()
            let topics = Set(try TopicsFile.load(data.topicsFile).ids)
            let calendars = CalendarStore(directory: data.calendarsDirectory).knownIDs
            return StationFile.check(url, knownTopics: topics, knownCalendars: calendars)
        }
    }
}

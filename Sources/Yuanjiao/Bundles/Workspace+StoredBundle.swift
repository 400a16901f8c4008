public import Foundation

extension Workspace {
    /// One station's bundle from its stored plan, written into `directory` exactly as `plan --out` writes it
    /// (the console zips this folder); nil when the station has no stored plan for the month.
    public func writeStoredBundle(stationsFile: URL, station: String, month: YearMonth, to directory: URL) throws -> URL? {
        let stationFile = try planningContext(stationsFile: stationsFile).stationFile
        guard let plan = try storedPlan(station: station, month: month) else { return nil }
        return try writeBundles(MonthPlan(month: month, stations: [plan]), stationFile: stationFile, to: directory).first
    }
}

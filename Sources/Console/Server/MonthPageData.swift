import Foundation
import Hummingbird
import Yuanjiao

/// What the month page shows apart from its frame: the stations with their plans and the check, the
/// topics' names, the stations behind. Computing it reads every plan of the month and runs the check:
/// tens of milliseconds, which fifty browsers at once turned into a second each; it is now computed once
/// per version of the catalogue and the station file (`VersionedCache`).
struct MonthPageData: Sendable {
    var overview: MonthOverview
    var topics: [TopicChoice]
    var behind: BehindList
    /// `AdminPages.monthPlans` and `MonitoringPages.behind`, rendered and compressed once and kept as the bytes
    /// sent: the same for every admin, and at 150 stations 1.8 MB that each request would otherwise copy three times.
    var plansAndBehind: CachedPagePart
}

extension ConsoleServices {
    func monthPageData(_ month: YearMonth) async throws -> MonthPageData {
        let file = stationsFile
        let stamp = try await run { workspace in try workspace.catalogueChangeStamp() }
        let version = "\(stamp)|\(Workspace.fileStamp(file) ?? "-")"
        let services = self
        return try await monthPages.value(key: month.description, version: version) {
            let overview = try await services.monthOverview(month)
            let topics = try await services.topicChoices()
            let behind = try await services.behindList(month)
            return MonthPageData(
                overview: overview, topics: topics, behind: behind,
                plansAndBehind: CachedPagePart(AdminPages.monthPlans(overview, topics: topics) + MonitoringPages.behind(behind)))
        }
    }
}

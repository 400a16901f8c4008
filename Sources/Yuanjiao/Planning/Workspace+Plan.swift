import Catalogue
public import Foundation
public import Planner
import Synchronization

extension Workspace {
    /// Where a plan comes from: the station file and what it resolved to.
    public struct PlanningContext: Sendable {
        public var stationFile: StationFile
        public var calendar: HolidayCalendar
        public var topicNames: TopicNames
    }

    public struct UnknownStations: Error, CustomStringConvertible {
        public var unknown: [String]
        public var known: [String]
        public var description: String {
            "站点文件中没有站点 \(unknown.joined(separator: "、"))。已有站点：\(known.joined(separator: "、"))"
        }
    }

    /// Reads the station file against `Catalog/` (known topics and calendars) and loads its calendars.
    /// Kept until one of those files changes: the console needs it on every month and station page.
    public func planningContext(stationsFile: URL) throws -> PlanningContext {
        guard let data else { throw try CatalogData.locateError() }
        let calendarFiles = ((try? FileManager.default.contentsOfDirectory(
            at: data.calendarsDirectory, includingPropertiesForKeys: nil)) ?? []).sorted { $0.path < $1.path }
        return try referenceCache.value(of: [stationsFile, data.topicsFile, data.calendarsDirectory] + calendarFiles) {
            try loadPlanningContext(stationsFile: stationsFile, data: data)
        }
    }

    private func loadPlanningContext(stationsFile: URL, data: CatalogData) throws -> PlanningContext {
        let taxonomy = try taxonomy()
        let calendars = CalendarStore(directory: data.calendarsDirectory)
        let stationFile = try StationFile.load(stationsFile, knownTopics: Set(taxonomy.ids), knownCalendars: calendars.knownIDs)
        let names = TopicNames(Dictionary(taxonomy.topics.map { ($0.id, $0.label) }) { first, _ in first })
        return PlanningContext(stationFile: stationFile, calendar: try calendars.calendar(ids: stationFile.calendarIDs), topicNames: names)
    }

    /// The stations to plan: all, or those named (in the file's order); unknown ids are an error.
    public func stations(_ context: PlanningContext, ids: [String]) throws -> [Station] {
        let all = context.stationFile.stations
        guard !ids.isEmpty else { return all }
        let unknown = ids.filter { id in !all.contains { $0.id == id } }
        if !unknown.isEmpty { throw UnknownStations(unknown: unknown, known: all.map(\.id)) }
        return all.filter { ids.contains($0.id) }
    }

    /// `yuanjiao plan`: plans the month for the stations from the catalogue's courses and each
    /// station's history, then stores it (replacing that month's plan for those stations).
    /// `progress` hears each stage and every station planned, from whichever thread planned it.
    public func plan(
        _ context: PlanningContext, month: YearMonth, stationIDs: [String] = [],
        progress: (@Sendable (PlanProgress) -> Void)? = nil
    ) throws -> MonthPlan {
        try context.requireCalendars(covering: month)
        let (stations, surveyNotes) = try applyingSurveyTopics(try stations(context, ids: stationIDs), context: context, month: month)
        progress?(PlanProgress(stage: .preparing, done: 0, total: stations.count))
        let pool = CoursePool(courses: TwoPartSeries.renumber(try plannableCourses().map(Self.course)))
        let histories = try histories(of: stations, around: month)
        let planner = MonthPlanner(pool: pool, calendar: context.calendar, month: month, topicNames: context.topicNames)
        let neighbours = try neighbours(of: stations, month: month)
        let materials = MaterialPicker(documents: try readingMaterials())
        let counter = Mutex(0)
        progress?(PlanProgress(stage: .planning, done: 0, total: stations.count))
        let made = ParallelMap.map(stations) { station in
            let history = histories[station.id] ?? .empty
            let plan = materials.assign(
                Self.noting(
                    planner.plan(station: station, history: history, neighbours: neighbours[station.id] ?? .none),
                    surveyNotes[station.id]),
                month: month, perStudyDay: station.rules.materialsPerStudyDay, noRepeatMonths: station.rules.noRepeatMonths,
                history: history)
            let stored = Result { try Self.stored(plan, month: month) }
            if let progress {
                let done = counter.withLock { count in
                    count += 1
                    return count
                }
                progress(PlanProgress(stage: .planning, done: done, total: stations.count))
            }
            return (plan, stored)
        }
        let plan = MonthPlan(month: month, stations: made.map(\.0))
        let stored = try made.map { try $0.1.get() }
        progress?(PlanProgress(stage: .storing, done: stations.count, total: stations.count))
        try catalogue.storePlans(stored)
        return plan
    }

    /// The stored plan of one station for a month, as `plan` left it; nil when none was made.
    public func storedPlan(station: String, month: YearMonth) throws -> StationPlan? {
        try storedMonth(month, stationIDs: [station]).stations.first
    }

    /// `yuanjiao check`: re-verifies the stored plans through the checker's own code path, content included:
    /// fill, topic shares, items against today's catalogue and files on disk, series order.
    public func check(
        _ context: PlanningContext, month: YearMonth, stationIDs: [String] = [],
        tolerance: ContentTolerance = ContentTolerance()
    ) throws -> CheckReport {
        try context.requireCalendars(covering: month)
        let stations = try applyingSurveyTopics(try stations(context, ids: stationIDs), context: context, month: month).stations
        let plans = try storedMonth(month, stationIDs: stations.map(\.id)).stations
        let histories = try histories(of: stations, around: month)
        let catalogue = try catalogueView(for: plans)
        var report = PlanChecker(calendar: context.calendar, catalogue: catalogue, tolerance: tolerance).check(
            MonthPlan(month: month, stations: plans), stations: stations, histories: histories,
            neighbours: try neighbours(of: stations, month: month))
        report.violations += Self.childrenViolations(plans, stations: stations, month: month, calendar: context.calendar, histories: histories)
        return report
    }

    /// What each station was shown in stored plans of other months: every earlier month (series pick up where
    /// they stopped) and the later months within the stations' widest no-repeat window.
    func histories(of stations: [Station], around month: YearMonth) throws -> [String: StationHistory] {
        let window = max(0, stations.map(\.rules.noRepeatMonths).max() ?? 0)
        let end = month.adding(months: min(window, 1200) + 1).firstDay.description
        let items = try catalogue.planHistory(
            stations: stations.map(\.id), from: "0000-01-01", before: end, excludingMonth: month.description)
        // A few hundred distinct dates among millions of rows: parse each once.
        var dates: [String: LocalDate?] = [:]
        return items.mapValues { items in
            StationHistory(entries: items.compactMap { item in
                let date: LocalDate?
                if let known = dates[item.date] {
                    date = known
                } else {
                    date = try? LocalDate(parsing: item.date)
                    dates[item.date] = date
                }
                return date.map { StationHistory.Entry(courseID: item.resourceID, date: $0) }
            })
        }
    }

    static func course(_ course: PlannableCourse) -> Course {
        Course(
            id: course.id, title: course.title, durationSeconds: Int(course.duration.rounded()),
            topics: course.topics.map { CourseTopic(id: $0.id, confirmed: $0.confirmed) },
            series: course.series.flatMap { series in course.episode.map { SeriesPosition(title: series, episode: $0) } },
            audience: course.audience?.rawValue, seasonalMonths: course.months, path: course.path)
    }

    static func stored(_ plan: StationPlan, month: YearMonth) throws -> StoredPlan {
        // Reading material is stored as `material` rows: the station's history then keeps it from repeating.
        let items = plan.sessions.flatMap { session in
            session.items.map { StoredPlan.Item(date: session.date.description, resourceID: $0.id, kind: session.kind.rawValue) }
                + session.materials.map { StoredPlan.Item(date: session.date.description, resourceID: $0.id, kind: "material") }
        } + (plan.children?.sessions ?? []).flatMap { session in
            session.items.map { StoredPlan.Item(date: session.date.description, resourceID: $0.id, kind: session.kind.rawValue) }
        }
        let sessions = plan.sessions.map {
            StoredPlan.Session(date: $0.date.description, start: $0.start.description, end: $0.end.description, kind: $0.kind.rawValue)
        }
        return StoredPlan(
            station: plan.id, month: month.description, document: try document(plan), items: items, sessions: sessions)
    }

    /// The plan's stored JSON: written by hand (`StationPlanJSON`, the same bytes at a fraction of the CPU), or by
    /// `JSONEncoder` for the plans the writer leaves to it.
    static func document(_ plan: StationPlan) throws -> Data {
        if let bytes = StationPlanJSON.bytes(plan) { return Data(bytes) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(plan)
    }
}

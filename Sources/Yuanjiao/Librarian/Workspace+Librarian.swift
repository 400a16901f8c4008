public import Catalogue
import Foundation

extension Workspace {
    /// `Catalog/seasons.yaml`; an empty calendar when the workspace has no `Catalog/` or no such file.
    public func seasons() throws -> SeasonCalendar {
        guard let data, FileManager.default.fileExists(atPath: data.seasonsFile.path) else { return .empty }
        return try referenceCache.value(of: [data.seasonsFile, data.topicsFile]) {
            let topics = try? taxonomy().ids
            return try SeasonsFile.load(data.seasonsFile, topics: topics)
        }
    }

    /// `yuanjiao review`: the queue, with season suggestions; `after` is the previous page's `next`.
    public func review(limit: Int? = nil, after: Int64? = nil) throws -> ReviewQueue {
        try catalogue.reviewQueue(limit: limit, after: after, seasons: seasons())
    }

    /// `yuanjiao show`: the catalogue's details plus the months the course is in season.
    public func details(id: Int64) throws -> ResourceDetails {
        var details = try catalogue.details(id: id)
        details.months = try seasonalMonths(for: [id])[id].map { $0.sorted() } ?? []
        return details
    }

    /// The months each resource is timely in; resources without a season are absent.
    public func seasonalMonths(for resourceIDs: [Int64]) throws -> [Int64: Set<Int>] {
        try catalogue.seasonalMonths(for: resourceIDs, seasons: seasons())
    }

    /// What the month planner schedules from: `Catalogue.plannableCourses(seasons:)` with `Catalog/seasons.yaml`.
    public func plannableCourses() throws -> [PlannableCourse] {
        try catalogue.plannableCourses(seasons: seasons())
    }

    /// What `tag` would change, for the confirmation question.
    public func previewTag(_ target: TagTarget, edit: LibrarianEdit) throws -> TagPreview {
        try catalogue.previewTag(target, edit: edit)
    }

    /// `yuanjiao tag`, recorded as `by` (else the login name) with the command as its summary.
    public func tag(_ target: TagTarget, edit: LibrarianEdit, by: String? = nil, summary: String) throws -> TagOutcome {
        try catalogue.tag(target, edit: edit, by: LibrarianName.resolve(by), summary: summary)
    }

    /// `yuanjiao history [ID]`.
    public func history(resource: Int64? = nil, limit: Int? = nil, itemLimit: Int? = nil) throws -> [LibrarianChange] {
        try catalogue.history(resource: resource, limit: limit, itemLimit: itemLimit)
    }

    /// `yuanjiao history --change N`: one change with every resource it touched.
    public func change(_ id: Int64) throws(YuanjiaoError) -> LibrarianChange {
        try Self.boundary { try catalogue.change(id) }
    }

    /// `yuanjiao undo [CHANGE-ID]`.
    public func undo(change: Int64? = nil, by: String? = nil) throws -> LibrarianChange {
        try catalogue.undo(change: change, by: LibrarianName.resolve(by))
    }
}

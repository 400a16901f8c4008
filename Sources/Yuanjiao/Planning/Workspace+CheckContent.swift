import Foundation
import Planner

extension Workspace {
    /// Today's catalogue as `check` compares stored plans with it: the plannable courses, and which of the
    /// planned ones have lost their file (each distinct path looked at once).
    func catalogueView(for plans: [StationPlan]) throws -> CatalogueView {
        let courses = TwoPartSeries.renumber(try plannableCourses().map(Self.course))
        let byID = Dictionary(courses.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var planned = Set<Int64>()
        for plan in plans { for session in plan.sessions { for item in session.items { planned.insert(item.id) } } }
        var missing = Set<Int64>()
        for id in planned {
            // Only absolute paths can be looked at from here; others are relative to a station's own disk.
            guard let course = byID[id], course.path.hasPrefix("/") else { continue }
            if !FileManager.default.fileExists(atPath: course.path) { missing.insert(id) }
        }
        return CatalogueView(courses: courses, missingFiles: missing)
    }
}

import ChineseText
import Foundation
import GRDB

extension Catalogue {
    /// Every course the planner may schedule, in id order: present resources with a positive duration.
    public func plannableCourses(seasons: SeasonCalendar) throws -> [PlannableCourse] {
        try librarianRead { db in
            let states = try LibrarianStore.states(db, ids: nil)
            let texts = try Self.seasonTexts(db, ids: nil)
            var topics: [Int64: [PlannableCourse.Topic]] = [:]
            let topicRows = try Row.fetchCursor(db, sql: """
                SELECT rt.resourceId, rt.topic, max(rt.confirmed) FROM resourceTopic rt
                WHERE NOT EXISTS (SELECT 1 FROM topicRejection tr WHERE tr.resourceId = rt.resourceId AND tr.topic = rt.topic)
                GROUP BY rt.resourceId, rt.topic ORDER BY rt.resourceId, max(rt.confirmed) DESC, min(rt.rowid)
                """)
            while let row = try topicRows.next() {
                topics[row[0], default: []].append(PlannableCourse.Topic(id: row[1], confirmed: row[2]))
            }
            var courses: [PlannableCourse] = []
            let resourceRows = try Row.fetchCursor(db, sql: """
                SELECT r.id, r.title, r.path, r.duration, p.seriesTitle, p.episode FROM resource r
                LEFT JOIN resourceProgramme rp ON rp.resourceId = r.id LEFT JOIN programme p ON p.id = rp.programmeId
                WHERE r.status = 'present' AND r.duration > 0 ORDER BY r.id
                """)
            while let row = try resourceRows.next() {
                let id: Int64 = row[0]
                let title: String = row[1]
                let state = states[id] ?? .empty
                let matches = seasons.matches(in: texts[id] ?? title)
                var courseTopics = topics[id] ?? []
                for suggestion in Self.seasonSuggestions(matches, rejected: state.rejected)
                where !courseTopics.contains(where: { $0.id == suggestion.topic }) {
                    courseTopics.append(PlannableCourse.Topic(id: suggestion.topic, confirmed: false))
                }
                let position = Self.seriesPosition(
                    state: state, guideSeries: row[4], guideEpisode: row[5], title: title)
                courses.append(PlannableCourse(
                    id: id, title: title, path: row[2], duration: row[3], topics: courseTopics,
                    series: position?.series, episode: position?.episode, audience: state.audience,
                    months: Array(Set(matches.flatMap(\.entry.months))).sorted()))
            }
            return courses
        }
    }

    private static func seriesPosition(
        state: LibrarianState, guideSeries: String?, guideEpisode: Int?, title: String
    ) -> (series: String, episode: Int?)? {
        if let series = state.series { return (series, state.episode) }
        if let guideSeries, !guideSeries.isEmpty { return (guideSeries, guideEpisode) }
        guard let marker = EpisodeMarker.parse(title: title), !marker.seriesTitle.isEmpty,
              let episode = marker.number ?? marker.part
        else { return nil }
        return (marker.seriesTitle, episode)
    }
}

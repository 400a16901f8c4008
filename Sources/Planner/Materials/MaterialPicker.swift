/// Gives study days reading material of their courses' topics. Pure: the same plan, documents and history
/// give the same materials.
public struct MaterialPicker: Sendable {
    /// Materials a study day carries unless the station file says otherwise (`materials_per_study_day`).
    public static let defaultPerStudyDay = 2

    public let documents: [ReadingMaterial]

    public init(documents: [ReadingMaterial]) {
        self.documents = documents.sorted { $0.id < $1.id }
    }

    /// `plan` with each study day's `materials` filled: documents sharing most topics with the day's courses
    /// first, none the station was given within `noRepeatMonths` before `month` (by `history`) or earlier this
    /// month; at most `perStudyDay` a day.
    public func assign(
        _ plan: StationPlan, month: YearMonth, perStudyDay: Int, noRepeatMonths: Int, history: StationHistory
    ) -> StationPlan {
        guard perStudyDay > 0, !documents.isEmpty else { return plan }
        let windowStart = month.adding(months: -max(0, noRepeatMonths)).firstDay
        let monthStart = month.firstDay
        var used = Set(history.entries.filter { $0.date >= windowStart && $0.date < monthStart }.map(\.courseID))
        var plan = plan
        for index in plan.sessions.indices where plan.sessions[index].kind == .studyDay {
            let topics = Set(plan.sessions[index].items.map(\.topic))
            guard !topics.isEmpty else { continue }
            var candidates: [(document: ReadingMaterial, shared: Int)] = []
            for document in documents where !used.contains(document.id) {
                let shared = document.topics.filter { topics.contains($0) }.count
                if shared > 0 { candidates.append((document, shared)) }
            }
            candidates.sort { $0.shared != $1.shared ? $0.shared > $1.shared : $0.document.id < $1.document.id }
            let chosen: [ReadingMaterial] = candidates.prefix(perStudyDay).map { $0.document }
            plan.sessions[index].materials = chosen.map { PlannedMaterial(id: $0.id, title: $0.title, path: $0.path) }
            used.formUnion(chosen.map { $0.id })
        }
        return plan
    }
}

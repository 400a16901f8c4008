import Catalogue
import Planner

extension Workspace {
    /// The stations with `topics: survey` given their 需求调查 weights (answers of the twelve months up to
    /// `month`), and for each such station the note its items' reasons start with. A station whose members
    /// have not answered keeps its resolved `topics:` and gets no note. Used by `plan` and `check` alike,
    /// so a plan is checked against the weights it was made with.
    func applyingSurveyTopics(
        _ stations: [Station], context: PlanningContext, month: YearMonth
    ) throws(YuanjiaoError) -> (stations: [Station], notes: [String: String]) {
        let survey = context.stationFile.topicsFromSurvey
        guard stations.contains(where: { survey.contains($0.id) }) else { return (stations, [:]) }
        let demand = try surveyDemand(context: context, month: month)
        var notes: [String: String] = [:]
        let updated = stations.map { station -> Station in
            guard survey.contains(station.id), let weights = demand.weights(station: station.id) else { return station }
            var station = station
            station.rules.topics = weights
            let answers = demand.stations.first { $0.station == station.id }?.answers ?? 0
            notes[station.id] = "按需求调查（\(answers) 份答卷）安排主题比例；"
            return station
        }
        return (updated, notes)
    }

    /// Starts every item's reason with the station's survey note.
    static func noting(_ plan: StationPlan, _ note: String?) -> StationPlan {
        guard let note else { return plan }
        var plan = plan
        for s in plan.sessions.indices {
            for i in plan.sessions[s].items.indices { plan.sessions[s].items[i].why = note + plan.sessions[s].items[i].why }
        }
        return plan
    }
}

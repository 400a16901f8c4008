import Catalogue
public import Planner

/// What each station's members asked for in 需求调查 over the twelve months up to `month`, and the
/// `topics:` weights that follow: a topic's weight is the number of answers asking for it (the planner
/// only compares weights, so counts are weights). Pure.
public struct SurveyDemand: Sendable, Hashable, Codable {
    public struct Station: Sendable, Hashable, Codable {
        public var station: String
        public var name: String
        public var answers: Int
        /// Topic id → answers asking for it.
        public var asked: [String: Int]
        /// The weights `topics: survey` plans with, in the station file's form (empty with no answers).
        public var weights: [TopicWeight]
        /// Free text written in 意见, newest month first.
        public var comments: [String]
    }

    public var month: String
    public var stations: [Station]

    init(month: YearMonth, stations: [Planner.Station], answers: [SurveyAnswer], topicNames: TopicNames) {
        self.month = month.description
        let byStation = Dictionary(grouping: answers, by: \.station)
        self.stations = stations.map { station in
            let own = byStation[station.id] ?? []
            var asked: [String: Int] = [:]
            for answer in own { for topic in answer.topics { asked[topic, default: 0] += 1 } }
            let weights = asked.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { TopicWeight(topic: $0.key, weight: Double($0.value)) }
            let comments = own.sorted { $0.month > $1.month }.map(\.comment).filter { !$0.isEmpty }
            return Station(station: station.id, name: station.name, answers: own.count, asked: asked, weights: weights, comments: comments)
        }
    }

    /// The weights for a station, nil when its members have not answered (the station's own `topics:` stays).
    public func weights(station: String) -> [TopicWeight]? {
        stations.first { $0.station == station }.flatMap { $0.weights.isEmpty ? nil : $0.weights }
    }

    public func text(topicNames: TopicNames) -> String {
        var lines = ["需求调查（截至 \(month) 的十二个月）"]
        for station in stations {
            lines.append("\(station.name.isEmpty ? station.station : station.name)（\(station.station)）：\(station.answers) 份答卷")
            guard !station.weights.isEmpty else { continue }
            lines.append("  想学：" + station.weights.map { "\(topicNames.label($0.topic)) \(Int($0.weight)) 人" }.joined(separator: "，"))
            lines.append("  相应的 topics 权重：{" + station.weights.map { "\($0.topic): \(Int($0.weight))" }.joined(separator: ", ") + "}")
            for comment in station.comments.prefix(5) { lines.append("  意见：\(comment)") }
        }
        return lines.joined(separator: "\n")
    }
}

public import Catalogue

extension Workspace {
    /// Ticks reflections (心得体会) handed in on stored sign-ins; a changed tick is a logged edit.
    public func recordReflections(_ records: [ReflectionRecord], by: String) throws(YuanjiaoError) -> AppendOutcome {
        try Self.boundary { try catalogue.recordReflections(records, by: by) }
    }

    /// Reflections known for a period (both dates included), of the given stations or all.
    public func reflections(stations: [String]? = nil, from: String, through: String) throws(YuanjiaoError) -> [ReflectionRecord] {
        let all = try Self.boundary { try catalogue.reflections(from: from, through: through) }
        guard let stations else { return all }
        return all.filter { stations.contains($0.station) }
    }
}

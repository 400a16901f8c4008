extension CountyReport {
    /// `report --year YYYY --members`: the members' table alone, in 评先评优 order — 出勤率 first, then
    /// reflections handed in, then sessions attended; a member whose station recorded nothing comes last.
    public var membersOnly: CountyReport {
        var report = self
        report.stations = []
        report.periodRatios = []
        report.members.sort { lhs, rhs in
            let left = (lhs.rate ?? -1, lhs.reflections ?? -1, lhs.attended)
            let right = (rhs.rate ?? -1, rhs.reflections ?? -1, rhs.attended)
            if left != right { return left > right }
            return (lhs.station, lhs.name) < (rhs.station, rhs.name)
        }
        return report
    }
}

/// One station's monitoring ratios over a report's whole period (the year's line of `report --year`):
/// sums of the months' parts, so a silent month is left out of 开机率/使用率 and counted in `monthsWithoutLog`.
public struct PeriodRatios: Sendable, Hashable, Codable {
    public var station: String
    public var name: String
    public var months: Int
    public var monthsWithoutLog: Int
    public var powerOnRate: Double?
    public var usageRate: Double?
    public var attendanceRate: Double?
    public var reflectionRate: Double?

    init(station: String, name: String, months: Int, monthsWithoutLog: Int, ratios: StationRatios) {
        self.station = station
        self.name = name
        self.months = months
        self.monthsWithoutLog = monthsWithoutLog
        powerOnRate = ratios[.powerOn]
        usageRate = ratios[.usage]
        attendanceRate = ratios[.attendance]
        reflectionRate = ratios[.reflection]
    }

    public subscript(ratio: MonitoringRatio) -> Double? {
        switch ratio {
        case .powerOn: return powerOnRate
        case .usage: return usageRate
        case .attendance: return attendanceRate
        case .reflection: return reflectionRate
        }
    }

    private enum CodingKeys: String, CodingKey {
        case station, name, months, monthsWithoutLog, powerOnRate, usageRate, attendanceRate, reflectionRate
    }

    /// Rates are always written, null when unknown: a reader must not mistake a missing key for 0.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(station, forKey: .station)
        try c.encode(name, forKey: .name)
        try c.encode(months, forKey: .months)
        try c.encode(monthsWithoutLog, forKey: .monthsWithoutLog)
        try c.encode(powerOnRate, forKey: .powerOnRate)
        try c.encode(usageRate, forKey: .usageRate)
        try c.encode(attendanceRate, forKey: .attendanceRate)
        try c.encode(reflectionRate, forKey: .reflectionRate)
    }
}

extension CountyReport.StationMonth {
    public subscript(ratio: MonitoringRatio) -> Double? {
        switch ratio {
        case .powerOn: return powerOnRate
        case .usage: return usageRate
        case .attendance: return attendanceRate
        case .reflection: return reflectionRate
        }
    }

    mutating func apply(_ ratios: StationRatios) {
        powerOnRate = ratios[.powerOn]
        usageRate = ratios[.usage]
        attendanceRate = ratios[.attendance]
        reflectionRate = ratios[.reflection]
    }
}

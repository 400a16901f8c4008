/// The county's four monitoring ratios, defined once: their JSON keys, station-file target keys,
/// Chinese names and default targets (DESIGN.md "County monitoring and evaluation").
public enum MonitoringRatio: String, Sendable, Hashable, Codable, CaseIterable {
    /// 开机率: days with play events ÷ days the plan needed the station open.
    case powerOn = "powerOnRate"
    /// 使用率: minutes played inside planned study sessions ÷ planned minutes.
    case usage = "usageRate"
    /// 参学率: member sign-ins ÷ (members × sessions with a returned sheet).
    case attendance = "attendanceRate"
    /// 心得率: reflections handed in ÷ sign-ins at concentrated study days.
    case reflection = "reflectionRate"

    /// The report's JSON key (camelCase like the report's other keys).
    public var jsonKey: String { rawValue }

    /// The key under `targets:` in the station file.
    public var targetKey: String {
        switch self {
        case .powerOn: return "power_on_rate"
        case .usage: return "usage_rate"
        case .attendance: return "attendance_rate"
        case .reflection: return "reflection_rate"
        }
    }

    public var chineseName: String {
        switch self {
        case .powerOn: return "开机率"
        case .usage: return "使用率"
        case .attendance: return "参学率"
        case .reflection: return "心得率"
        }
    }

    /// The county default when neither `defaults:` nor the station sets a target.
    public var defaultTarget: Double {
        switch self {
        case .powerOn: return 0.9
        case .usage: return 0.8
        case .attendance: return 0.7
        case .reflection: return 0.6
        }
    }

    public init?(targetKey: String) {
        guard let ratio = Self.allCases.first(where: { $0.targetKey == targetKey }) else { return nil }
        self = ratio
    }
}

/// A ratio's parts, kept so months add up to a year honestly (sum of parts, not mean of ratios).
public struct RatioParts: Sendable, Hashable, Codable {
    public var achieved: Int
    public var expected: Int

    public init(achieved: Int, expected: Int) {
        self.achieved = achieved
        self.expected = expected
    }

    /// 0–1; nil when nothing was expected (never a silent zero).
    public var rate: Double? { expected > 0 ? min(1, Double(achieved) / Double(expected)) : nil }

    static func + (lhs: RatioParts, rhs: RatioParts) -> RatioParts {
        RatioParts(achieved: lhs.achieved + rhs.achieved, expected: lhs.expected + rhs.expected)
    }
}

/// One station's ratios over a month or a period; a missing ratio (no log, no sheet) is nil.
public struct StationRatios: Sendable, Hashable, Codable {
    public var parts: [MonitoringRatio: RatioParts]

    public init(parts: [MonitoringRatio: RatioParts] = [:]) { self.parts = parts }

    public subscript(ratio: MonitoringRatio) -> Double? { parts[ratio]?.rate }

    /// Adds another month's parts; a ratio missing in one month stays as the other month has it.
    public func adding(_ other: StationRatios) -> StationRatios {
        StationRatios(parts: parts.merging(other.parts, uniquingKeysWith: +))
    }
}

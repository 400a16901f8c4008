/// One block of a station's month: a concentrated study day, a weekly session, or the open day.
public struct PlannedSession: Sendable, Hashable {
    public var date: LocalDate
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var kind: SessionKind
    public var items: [PlannedItem]
    /// Documents handed out as reading material: not minutes of the session (see `MaterialPicker`).
    public var materials: [PlannedMaterial]

    public init(
        date: LocalDate, start: TimeOfDay, end: TimeOfDay, kind: SessionKind, items: [PlannedItem] = [],
        materials: [PlannedMaterial] = []
    ) {
        self.date = date
        self.start = start
        self.end = end
        self.kind = kind
        self.items = items
        self.materials = materials
    }

    public var minutes: Int { end.minutes - start.minutes }

    /// Share of the session the items fill, 0…1 (rounded to 0.001); `"fill"` in JSON.
    public var fillRatio: Double {
        guard minutes > 0 else { return 0 }
        let used = items.reduce(0) { $0 + $1.durationSeconds }
        return (Double(used) / Double(minutes * 60) * 1000).rounded() / 1000
    }
}

/// `"kind"` in `plan --json`.
public enum SessionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case studyDay = "study-day"
    case weekly = "weekly"
    case openDay = "open-day"

    /// `集中学习日`, `每周学习`, `开放日`.
    public var chineseName: String {
        switch self {
        case .studyDay: return "集中学习日"
        case .weekly: return "每周学习"
        case .openDay: return "开放日"
        }
    }
}

extension PlannedSession: Codable {
    enum CodingKeys: String, CodingKey { case date, start, end, kind, fill, items, materials }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let skipsMaterials = decoder.readsHeldJudgementOnly
        self.init(
            date: try c.decode(LocalDate.self, forKey: .date), start: try c.decode(TimeOfDay.self, forKey: .start),
            end: try c.decode(TimeOfDay.self, forKey: .end), kind: try c.decode(SessionKind.self, forKey: .kind),
            items: try c.decodeIfPresent([PlannedItem].self, forKey: .items) ?? [],
            materials: try skipsMaterials ? [] : c.decodeIfPresent([PlannedMaterial].self, forKey: .materials) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(kind, forKey: .kind)
        try c.encode(fillRatio, forKey: .fill)
        try c.encode(items, forKey: .items)
        // Only when there are some: plans without documents keep their JSON as it was.
        if !materials.isEmpty { try c.encode(materials, forKey: .materials) }
    }
}

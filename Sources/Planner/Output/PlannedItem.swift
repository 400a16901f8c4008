/// One course in a session: played from `startOffset` seconds after the session starts.
public struct PlannedItem: Sendable, Hashable {
    public var id: Int64
    public var title: String
    /// The topic whose share of the month this item fills.
    public var topic: String
    /// Seconds from the session's start; `"start": "HH:MM:SS"` in JSON.
    public var startOffset: Int
    public var durationSeconds: Int
    public var path: String
    /// Why this course here, in Chinese: `reason` worded (`ItemReason.chinese`), or a fixed sentence for an
    /// open-day loop.
    public var why: String
    /// The facts `why` words; nil for open-day loops and for plans stored before reasons were data.
    public var reason: ItemReason?

    public init(
        id: Int64, title: String, topic: String, startOffset: Int, durationSeconds: Int, path: String, why: String,
        reason: ItemReason? = nil
    ) {
        self.id = id
        self.title = title
        self.topic = topic
        self.startOffset = startOffset
        self.durationSeconds = durationSeconds
        self.path = path
        self.why = why
        self.reason = reason
    }

    public var endOffset: Int { startOffset + durationSeconds }
}

extension PlannedItem: Codable {
    enum CodingKeys: String, CodingKey { case id, title, topic, start, duration, path, why, reason }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let skipsWords = decoder.readsHeldJudgementOnly
        let startText = try c.decode(String.self, forKey: .start)
        guard let offset = TimeOfDay.seconds(clockText: startText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .start, in: c, debugDescription: "“\(startText)”：开始时刻应写成 HH:MM:SS")
        }
        self.init(
            id: try c.decode(Int64.self, forKey: .id), title: try c.decode(String.self, forKey: .title),
            topic: try c.decode(String.self, forKey: .topic), startOffset: offset,
            durationSeconds: try c.decode(Int.self, forKey: .duration), path: try c.decode(String.self, forKey: .path),
            why: try skipsWords ? "" : c.decodeIfPresent(String.self, forKey: .why) ?? "",
            reason: try skipsWords ? nil : c.decodeIfPresent(ItemReason.self, forKey: .reason))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(topic, forKey: .topic)
        try c.encode(TimeOfDay.clockText(seconds: startOffset), forKey: .start)
        try c.encode(durationSeconds, forKey: .duration)
        try c.encode(path, forKey: .path)
        try c.encode(why, forKey: .why)
        try c.encodeIfPresent(reason, forKey: .reason)
    }
}

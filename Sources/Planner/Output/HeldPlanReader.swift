import Foundation

extension StationPlan {
    /// A stored plan document read for judging what was held (the county report): the same plan a `JSONDecoder`
    /// with `heldJudgementOnly` gives — `why`, `reason` and `materials` left out — read straight from the bytes
    /// in the layout `JSONEncoder` writes, since decoding every station-month's plan was most of a year's report.
    /// Anything else (an unexpected key twice, a number with a fraction, text that is not UTF-8) is read by
    /// `JSONDecoder`, which returns the plan or throws the error it always threw.
    public init(heldJudgementDocument document: some Collection<UInt8>) throws {
        let read = document.withContiguousStorageIfAvailable(HeldPlanReader.read)
        if let read, let read {
            self = read
        } else {
            self = try HeldPlanReader.decoder.decode(StationPlan.self, from: Data(document))
        }
    }

    static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Plan documents are mostly ASCII with Chinese titles: only the rest needs the full check.
        guard bytes.contains(where: { $0 >= 0x80 }) else { return true }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}

/// The plan's shape over a `JSONByteCursor`: nil wherever the document is not exactly what it expects.
struct HeldPlanReader {
    var cursor: JSONByteCursor

    /// What the fast reading stands in for, and reads whatever it refuses.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[.heldJudgementOnly] = true
        return decoder
    }

    /// The plan when the document is exactly in the expected layout; nil sends it to `JSONDecoder`.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> StationPlan? {
        guard StationPlan.isUTF8(bytes) else { return nil }
        var reader = HeldPlanReader(cursor: JSONByteCursor(bytes))
        return reader.plan()
    }

    // The keys read, by their case names; matched on their bytes (no text made for every key of every item).
    private enum PlanKey: Int, CaseIterable { case id, sessions, warnings, warningData, children }
    private enum SessionKey: Int, CaseIterable { case date, start, end, kind, items }
    private enum ItemKey: Int, CaseIterable { case id, title, topic, start, duration, path }
    private static let planKeys = PlanKey.allCases.map { Array("\($0)".utf8) }
    private static let sessionKeys = SessionKey.allCases.map { Array("\($0)".utf8) }
    private static let itemKeys = ItemKey.allCases.map { Array("\($0)".utf8) }

    mutating func plan() -> StationPlan? {
        var id: String?
        var sessions: [PlannedSession]?
        var texts: [PlanWarning]?
        var data: [PlanWarning]?
        var children: ChildrenPlan?
        let read = object(keys: Self.planKeys) { key, reader in
            switch key.flatMap(PlanKey.init(rawValue:)) {
            case .id?: id = reader.cursor.string()
            case .sessions?: sessions = reader.array { $0.session() }
            case .warnings?: texts = reader.array { $0.cursor.string().map(PlanWarning.init(storedText:)) }
            case .warningData?:
                guard !reader.cursor.takeNull() else { return true }
                guard let raw = reader.cursor.rawValue() else { return false }
                data = raw.count == 2 ? [] : (try? JSONDecoder().decode([PlanWarningData].self, from: Data(raw)))?.map(\.warning)
                return data != nil
            case .children?:
                guard !reader.cursor.takeNull() else { return true }
                guard let raw = reader.cursor.rawValue() else { return false }
                children = try? Self.decoder.decode(ChildrenPlan.self, from: Data(raw))
                return children != nil
            case nil: return reader.cursor.skipValue()
            }
            return true
        }
        cursor.skipWhitespace()
        guard read, cursor.atEnd, let id, let sessions, let texts else { return nil }
        return StationPlan(id: id, sessions: sessions, warnings: data ?? texts, children: children)
    }

    private mutating func session() -> PlannedSession? {
        var date: LocalDate?
        var start: TimeOfDay?
        var end: TimeOfDay?
        var kind: SessionKind?
        var items: [PlannedItem] = []
        let read = object(keys: Self.sessionKeys) { key, reader in
            switch key.flatMap(SessionKey.init(rawValue:)) {
            case .date?: date = reader.cursor.string().flatMap { try? LocalDate(parsing: $0) }
            case .start?: start = reader.cursor.string().flatMap { try? TimeOfDay(parsing: $0) }
            case .end?: end = reader.cursor.string().flatMap { try? TimeOfDay(parsing: $0) }
            case .kind?: kind = reader.cursor.string().flatMap(SessionKind.init(rawValue:))
            case .items?:
                guard !reader.cursor.takeNull() else { return true }
                guard let list = reader.array({ $0.item() }) else { return false }
                items = list
            case nil: return reader.cursor.skipValue()
            }
            return true
        }
        guard read, let date, let start, let end, let kind else { return nil }
        return PlannedSession(date: date, start: start, end: end, kind: kind, items: items)
    }

    private mutating func item() -> PlannedItem? {
        var id: Int64?
        var title: String?
        var topic: String?
        var offset: Int?
        var duration: Int?
        var path: String?
        let read = object(keys: Self.itemKeys) { key, reader in
            switch key.flatMap(ItemKey.init(rawValue:)) {
            case .id?: id = reader.cursor.integer()
            case .title?: title = reader.cursor.string()
            case .topic?: topic = reader.cursor.string()
            case .start?: offset = reader.cursor.string().flatMap(TimeOfDay.seconds(clockText:))
            case .duration?: duration = reader.cursor.integer().flatMap { Int(exactly: $0) }
            case .path?: path = reader.cursor.string()
            case nil: return reader.cursor.skipValue()
            }
            return true
        }
        guard read, let id, let title, let topic, let offset, let duration, let path else { return nil }
        return PlannedItem(id: id, title: title, topic: topic, startOffset: offset, durationSeconds: duration, path: path, why: "")
    }

    /// Reads an object, handing each key's position in `keys` (nil for another key) to `member`, which reads its
    /// value and says whether it could; false for anything but a well-formed object whose keys have no escapes,
    /// or one of `keys` given twice (which `JSONDecoder` settles its own way).
    private mutating func object(keys: [[UInt8]], _ member: (Int?, inout HeldPlanReader) -> Bool) -> Bool {
        guard cursor.take(UInt8(ascii: "{")) else { return false }
        if cursor.take(UInt8(ascii: "}")) { return true }
        var seen = 0
        repeat {
            guard let bytes = cursor.plainString(), cursor.take(UInt8(ascii: ":")) else { return false }
            let index = keys.firstIndex { $0.count == bytes.count && $0.elementsEqual(bytes) }
            if let index {
                guard seen & 1 << index == 0 else { return false }
                seen |= 1 << index
            }
            guard member(index, &self) else { return false }
        } while cursor.take(UInt8(ascii: ","))
        return cursor.take(UInt8(ascii: "}"))
    }

    /// Reads an array whose every element `element` reads; nil if any does not.
    private mutating func array<Element>(_ element: (inout HeldPlanReader) -> Element?) -> [Element]? {
        guard cursor.take(UInt8(ascii: "[")) else { return nil }
        var elements: [Element] = []
        if cursor.take(UInt8(ascii: "]")) { return elements }
        repeat {
            guard let next = element(&self) else { return nil }
            elements.append(next)
        } while cursor.take(UInt8(ascii: ","))
        return cursor.take(UInt8(ascii: "]")) ? elements : nil
    }
}

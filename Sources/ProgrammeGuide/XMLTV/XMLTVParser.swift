import Foundation

/// Turns the events of one guide into channels and programmes as they are read, enforcing the entity ban and
/// the limits of `GuideOptions`. One parser per guide, on one thread.
final class XMLTVParser: XMLEventHandler {
    /// libxml2's own limit on one text node (XML_MAX_TEXT_LENGTH), which it checks only when building a tree.
    static let maxUncapturedText = 10_000_000
    /// libxml2's own limit on nesting (xmlParserMaxDepth), which it too checks only when building a tree.
    static let libxml2MaxDepth = 256

    private let options: GuideOptions
    private let path: String
    private let file: String
    private var log: WarningLog
    private var stops = StopInference<String>()
    private var sequence = 0
    private var warnedAboutZone = false
    /// `<tv date>`, given to every programme.
    private var guideDate: Date?
    /// Programmes whose stop was read as the next day: one warning for the guide, naming the first.
    private var nextDayStops: (count: Int, first: String, line: Int)?

    private var channel: ChannelDraft?
    private var programme: ProgrammeDraft?
    /// The import's flat path (`GuideReader.streamRows`): programmes become rows, read as bytes into `fields`.
    private let rows: RowSink?
    private var fields = ProgrammeFields()
    /// A `<programme>` is open and read into `fields`.
    private var readingFields = false
    /// One of its fields is open and read into `fields`.
    private var readingField = false
    private var readings: [EpisodeNumbering.Reading] = []
    private var entries = 0
    private var capture: XMLTVCapture?
    /// The capture's text as libxml2 hands it, in pieces; decoded once when the field ends.
    private var captured: [UInt8] = []
    private var episodes = EpisodeCache()
    /// Elements open now: the depth of the next start tag (`<tv>` is 0).
    private var openElements = 0
    /// Bytes of the text read since the last tag, for libxml2's limit on a text node.
    private var textRun = 0
    /// The line of the event being handled, for refusals.
    private var line = 1
    private(set) var failure: GuideError? {
        didSet { hasFailed = failure != nil }
    }
    private(set) var hasFailed = false
    /// Set when the root element's end tag is read: the feed is complete, so an error after it is never a
    /// cut-off download.
    private(set) var rootClosed = false

    private var onChannel: (Channel) -> Void = { _ in }
    private var onProgramme: (Int, Programme) -> Void = { _, _ in }

    init(path: String, file: String, options: GuideOptions, log: WarningLog, rows: RowSink? = nil) {
        self.path = path
        self.file = file
        self.options = options
        self.log = log
        self.rows = rows
        captured.reserveCapacity(4096)
    }

    /// Reads to the end. `programme` receives each programme with its place in the document; a programme
    /// without stop or length arrives once the next one on its channel has been read.
    func run(
        _ parser: XMLPushParser, channel: (Channel) -> Void, programme: (Int, Programme) -> Void
    ) throws(GuideError) -> [GuideWarning] {
        let parsed = withoutActuallyEscaping(channel) { channel in
            withoutActuallyEscaping(programme) { programme in
                (onChannel, onProgramme) = (channel, programme)
                defer { (onChannel, onProgramme) = ({ _ in }, { _, _ in }) }
                return Result { () throws(GuideError) in
                    try parser.parse(into: self)
                    if let rows { rows.finish() } else { stops.flush(emit: programme) }
                }
            }
        }
        try parsed.get()
        if let nextDayStops {
            log.add(
                .stopNextDay, line: nextDayStops.line,
                "\(nextDayStops.count) 个节目的结束时间写成了开始那天的日期（如\(nextDayStops.first)），已按次日计算")
        }
        for warning in parser.warnings { log.add(warning) }
        return log.all
    }

    func startElement(_ localName: UnsafePointer<UInt8>, attributes: SAXAttributes, line: Int) {
        let depth = openElements
        openElements += 1
        textRun = 0
        self.line = line
        do { try start(localName, attributes: attributes, depth: depth) } catch { failure = error }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>, line: Int) {
        textRun += text.count
        guard capture != nil || readingField else {
            if textRun > Self.maxUncapturedText { failure = tooLong(textRun, limit: Self.maxUncapturedText, line: line) }
            return
        }
        guard (readingField ? fields.fieldLength : captured.count) + text.count <= options.maxTextBytes else {
            failure = tooLong(textRun, limit: options.maxTextBytes, line: line)
            return
        }
        if readingField { fields.append(text) } else { captured.append(contentsOf: text) }
    }

    func endElement() {
        openElements -= 1
        textRun = 0
        if openElements == 0 { rootClosed = true }
        endElement(depth: openElements)
    }

    func entityDeclared(line: Int) {
        // libxml2 is still inside the DOCTYPE; the librarian needs the declaration itself.
        failure = GuideError(
            kind: .forbiddenEntity, path: path, line: GuideFileCheck.line(of: "<!ENTITY", in: file) ?? line, column: 0,
            message: "DOCTYPE 中声明了实体（<!ENTITY …>）：节目单用不到实体，为防实体膨胀和读取外部文件，拒绝读取")
    }

    func entityReferenced(_ name: String, line: Int) {
        self.line = line
        failure = refusal(.forbiddenEntity, "引用了实体 &\(name);：节目单用不到实体，拒绝读取")
    }

    private func start(
        _ localName: UnsafePointer<UInt8>, attributes: SAXAttributes, depth: Int
    ) throws(GuideError) {
        guard depth <= options.maxDepth else {
            throw refusal(.limitExceeded, "元素嵌套超过 \(options.maxDepth) 层")
        }
        guard depth <= Self.libxml2MaxDepth else {
            throw refusal(.limitExceeded, "元素嵌套超过 libxml2 的上限 \(Self.libxml2MaxDepth) 层，不像真实节目单，拒绝读取")
        }
        switch depth {
        case 0:
            guard Self.rootName.position(of: localName) != nil else {
                throw refusal(.malformed, "根元素应为 <tv>，这里是 <\(String(cString: localName))>：不是 XMLTV 节目单")
            }
            guideDate = try values(attributes, Self.rootAttributes)["date"]
                .flatMap { XMLTVTime.parse($0, defaultZone: options.defaultTimeZone) }
                .flatMap { XMLTVTime.plausibleYears.contains($0.year) ? $0.date : nil }
        case 1:
            guard let item = Self.itemNames.position(of: localName) else { break }
            entries = 0
            if item == 0 {
                channel = ChannelDraft(line: line, attributes: try values(attributes, ChannelDraft.attributeNames))
            } else if rows != nil {
                let limit = options.maxTextBytes
                try fields.begin(line: line, attributes: attributes, limit: limit) { tooLong($0, limit: limit, line: line) }
                readingFields = true
            } else {
                programme = ProgrammeDraft(line: line, attributes: try values(attributes, ProgrammeDraft.attributeNames))
            }
        case 2:
            guard channel != nil || programme != nil || readingFields else { break }
            entries += 1
            guard entries <= options.maxEntriesPerItem else {
                throw refusal(.limitExceeded, "一个 <channel>/<programme> 内的子元素超过 \(options.maxEntriesPerItem) 个")
            }
            guard let field = XMLTVField.names.position(of: localName).map({ XMLTVField.ordered[$0] }),
                field.belongsToChannel == (channel != nil)
            else { break }
            if readingFields {
                let limit = options.maxTextBytes
                try fields.beginField(field, attributes: attributes, limit: limit) { tooLong($0, limit: limit, line: line) }
                readingField = true
                break
            }
            capture = XMLTVCapture(field: field, attributes: try values(attributes, XMLTVCapture.attributeNames))
            captured.removeAll(keepingCapacity: true)
        default:
            break
        }
    }

    private func values(_ attributes: SAXAttributes, _ names: XMLNames) throws(GuideError) -> XMLAttributes {
        let limit = options.maxTextBytes
        return try attributes.values(names, limit: limit) { tooLong($0, limit: limit, line: line) }
    }

    private func tooLong(_ count: Int, limit: Int, line: Int) -> GuideError {
        GuideError(kind: .limitExceeded, path: path, line: line, column: 0, message: "文本长 \(count) 字节，超过上限 \(limit) 字节，拒绝读取")
    }

    private func endElement(depth: Int) {
        switch depth {
        case 2:
            if readingField {
                readingField = false
                return fields.endField()
            }
            guard var done = capture else { return }
            capture = nil
            done.text = String(decoding: captured, as: UTF8.self)
            channel?.add(done)
            programme?.add(done)
        case 1:
            if let draft = channel.take() {
                if let built = draft.build() {
                    onChannel(built)
                } else {
                    log.add(line: draft.line, "频道没有写编号（id），节目无法指向它，已跳过")
                }
            }
            if let draft = programme.take() { finish(draft) }
            if readingFields {
                readingFields = false
                finishFields()
            }
        default:
            break
        }
    }

    /// The flat path: the common programme straight into a row, any other the way `stream` reads it.
    private func finishFields() {
        guard let rows,
            fields.addRow(
                to: rows, zone: options.defaultTimeZone, guideDate: guideDate, episodes: &episodes, readings: &readings)
        else { return finish(fields.draft()) }
        sequence += 1
    }

    private func finish(_ draft: consuming ProgrammeDraft) {
        let line = draft.line
        // The draft's texts move into the programme, and the programme out of the outcome, without a copy each.
        var outcome = draft.build(defaultZone: options.defaultTimeZone, episodes: &episodes)
        for note in outcome.notes { log.add(.ignored, line: line, note) }
        if let time = outcome.timeWithoutOffset, !warnedAboutZone {
            warnedAboutZone = true
            log.add(
                .zoneAssumed, line: line,
                "时间“\(time)”没有写时区，按\(ProgrammeLabel.zoneName(options.defaultTimeZone))理解（本节目单其余同类时间不再提示）")
        }
        guard var built = outcome.programme.take() else {
            log.add(line: line, outcome.skipReason ?? "节目已跳过")
            return
        }
        if outcome.stopMovedToNextDay {
            let name = ProgrammeLabel.describe(
                channel: built.channel, titles: built.titles, start: built.start, zone: options.defaultTimeZone)
            nextDayStops = ((nextDayStops?.count ?? 0) + 1, nextDayStops?.first ?? name, nextDayStops?.line ?? line)
        }
        built.guideDate = guideDate
        sequence += 1
        if let rows { return rows.add(built, sequence: sequence) }
        stops.add(built, channel: built.channel, sequence: sequence, emit: onProgramme)
    }

    private static let rootName = XMLNames(["tv"])
    private static let rootAttributes = XMLNames(["date"])
    /// `<channel>` is position 0, `<programme>` 1.
    private static let itemNames = XMLNames(["channel", "programme"])

    private func refusal(_ kind: GuideError.Kind, _ message: String) -> GuideError {
        GuideError(kind: kind, path: path, line: line, column: 0, message: message)
    }
}

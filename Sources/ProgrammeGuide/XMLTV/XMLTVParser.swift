import Foundation

/// Turns the nodes of one guide into channels and programmes as they are read, enforcing the entity ban and
/// the limits of `GuideOptions`. One parser per guide, on one thread.
struct XMLTVParser {
    private let reader: XMLStreamReader
    private let options: GuideOptions
    private var log: WarningLog
    private var stops = StopInference()
    private var sequence = 0
    private var warnedAboutZone = false
    /// `<tv date>`, given to every programme.
    private var guideDate: Date?
    /// Programmes whose stop was read as the next day: one warning for the guide, naming the first.
    private var nextDayStops: (count: Int, first: String, line: Int)?

    private var channel: ChannelDraft?
    private var programme: ProgrammeDraft?
    private var entries = 0
    private var capture: XMLTVCapture?
    private var episodes = EpisodeCache()

    init(reader: XMLStreamReader, options: GuideOptions, log: WarningLog) {
        self.reader = reader
        self.options = options
        self.log = log
    }

    /// Reads to the end. `programme` receives each programme with its place in the document; a programme
    /// without stop or length arrives once the next one on its channel has been read.
    mutating func run(channel onChannel: (Channel) -> Void, programme onProgramme: (Int, Programme) -> Void)
        throws(GuideError) -> [GuideWarning]
    {
        while try reader.read() {
            guard let type = reader.nodeType else { continue }
            switch type {
            case .documentType:
                if reader.documentTypeDeclaresEntities {
                    // libxml2 reports the DOCTYPE's end; the librarian needs the declaration itself.
                    var error = refusal(
                        .forbiddenEntity,
                        "DOCTYPE 中声明了实体（<!ENTITY …>）：节目单用不到实体，为防实体膨胀和读取外部文件，拒绝读取")
                    error.line = GuideFileCheck.line(of: "<!ENTITY", in: reader.file) ?? error.line
                    throw error
                }
            case .entityReference:
                throw refusal(.forbiddenEntity, "引用了实体 &\(reader.localName);：节目单用不到实体，拒绝读取")
            case .element:
                try startElement(onChannel: onChannel, onProgramme: onProgramme)
            case .text, .cdata, .whitespace, .significantWhitespace:
                guard capture != nil else { break }
                let limit = options.maxTextBytes - (capture?.text.utf8.count ?? 0)
                capture?.text += try reader.value(limit: max(0, limit))
            case .endElement:
                let depth = reader.depth
                if depth == 0 { reader.rootClosed = true }
                endElement(depth: depth, onChannel: onChannel, onProgramme: onProgramme)
            default:
                break
            }
        }
        stops.flush(emit: onProgramme)
        if let nextDayStops {
            log.add(
                .stopNextDay, line: nextDayStops.line,
                "\(nextDayStops.count) 个节目的结束时间写成了开始那天的日期（如\(nextDayStops.first)），已按次日计算")
        }
        for warning in reader.warnings { log.add(warning) }
        return log.all
    }

    private mutating func startElement(
        onChannel: (Channel) -> Void, onProgramme: (Int, Programme) -> Void
    ) throws(GuideError) {
        let depth = reader.depth
        guard depth <= options.maxDepth else {
            throw refusal(.limitExceeded, "元素嵌套超过 \(options.maxDepth) 层")
        }
        let isEmpty = reader.isEmptyElement
        switch depth {
        case 0:
            guard reader.localName(in: Self.rootName) != nil else {
                throw refusal(.malformed, "根元素应为 <tv>，这里是 <\(reader.localName)>：不是 XMLTV 节目单")
            }
            if isEmpty { reader.rootClosed = true }
            guideDate = try reader.attributes(Self.rootAttributes, limit: options.maxTextBytes)["date"]
                .flatMap { XMLTVTime.parse($0, defaultZone: options.defaultTimeZone) }
                .flatMap { XMLTVTime.plausibleYears.contains($0.year) ? $0.date : nil }
        case 1:
            guard let item = reader.localName(in: Self.itemNames) else { break }
            let line = reader.line
            entries = 0
            if item == 0 {
                channel = ChannelDraft(
                    line: line, attributes: try reader.attributes(ChannelDraft.attributeNames, limit: options.maxTextBytes))
            } else {
                programme = ProgrammeDraft(
                    line: line,
                    attributes: try reader.attributes(ProgrammeDraft.attributeNames, limit: options.maxTextBytes))
            }
            if isEmpty { endElement(depth: 1, onChannel: onChannel, onProgramme: onProgramme) }
        case 2:
            guard channel != nil || programme != nil else { break }
            entries += 1
            guard entries <= options.maxEntriesPerItem else {
                throw refusal(.limitExceeded, "一个 <channel>/<programme> 内的子元素超过 \(options.maxEntriesPerItem) 个")
            }
            guard let field = reader.localName(in: XMLTVField.names).map({ XMLTVField.ordered[$0] }),
                field.belongsToChannel == (channel != nil)
            else { break }
            capture = XMLTVCapture(
                field: field, attributes: try reader.attributes(XMLTVCapture.attributeNames, limit: options.maxTextBytes))
            if isEmpty { endElement(depth: 2, onChannel: onChannel, onProgramme: onProgramme) }
        default:
            break
        }
    }

    private mutating func endElement(depth: Int, onChannel: (Channel) -> Void, onProgramme: (Int, Programme) -> Void) {
        switch depth {
        case 2:
            guard let done = capture else { return }
            capture = nil
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
            if let draft = programme.take() { finish(draft, onProgramme: onProgramme) }
        default:
            break
        }
    }

    private mutating func finish(_ draft: consuming ProgrammeDraft, onProgramme: (Int, Programme) -> Void) {
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
        stops.add(built, sequence: sequence, emit: onProgramme)
    }

    private static let rootName = XMLNames(["tv"])
    private static let rootAttributes = XMLNames(["date"])
    /// `<channel>` is position 0, `<programme>` 1.
    private static let itemNames = XMLNames(["channel", "programme"])

    private func refusal(_ kind: GuideError.Kind, _ message: String) -> GuideError {
        GuideError(kind: kind, path: reader.path, line: reader.line, column: 0, message: message)
    }
}

public import Foundation
public import Notices
public import Planner

extension Workspace {
    /// The inputs of a station's notices: the station from the file, its stored plan, the topic labels.
    /// Throws `NoticeError.unknownStation` or `.noStoredPlan`.
    public func noticeInput(stationFile: StationFile, stationID: String, month: YearMonth) throws -> NoticeInput {
        guard let station = stationFile.stations.first(where: { $0.id == stationID }) else {
            throw NoticeError.unknownStation(id: stationID, known: stationFile.stations.map(\.id), stationsFile: stationFile.path)
        }
        guard let plan = try storedPlan(station: stationID, month: month) else {
            throw NoticeError.noStoredPlan(station: station.label, month: month, stationsFile: stationFile.path)
        }
        return NoticeInput(
            station: station, plan: plan, month: month, county: stationFile.county, topicNames: noticeTopicNames(),
            members: stationFile.members[stationID] ?? [])
    }

    /// `yuanjiao notice`: the station's loudspeaker script, notice-board poster or sign-in sheets for the
    /// month, from the stored plan, in the station's script (simplified or traditional).
    public func notice(stationFile: StationFile, stationID: String, month: YearMonth, format: NoticeFormat) throws -> String {
        try Self.renderNotice(noticeInput(stationFile: stationFile, stationID: stationID, month: month), format: format)
    }

    /// `yuanjiao notice --format audio`: the loudspeaker script spoken by `espeak-ng`, the whole month into
    /// `output` and each part beside it (`广播-本月安排.wav`, `广播-2026-12-06.wav`, …) so the station plays
    /// the day's announcement alone. Only what is meant to be heard is spoken (no 【…】 headings). The speech
    /// is made from the simplified script whatever the station prints: it sounds the same and espeak-ng's
    /// Mandarin dictionary is simplified. Returns the files written, the month first.
    @discardableResult
    public func writeAudioNotice(
        stationFile: StationFile, stationID: String, month: YearMonth, to output: URL,
        synthesizer: SpeechSynthesizer? = SpeechSynthesizer.locate()
    ) throws -> [URL] {
        let input = try noticeInput(stationFile: stationFile, stationID: stationID, month: month)
        guard let synthesizer else { throw NoticeError.speechUnavailable }
        let script = LoudspeakerScript(input)
        let latin = try spokenLatin()
        try synthesizer.writeWAV(text: latin.speak(script.spokenText()), to: output)
        var written = [output]
        let stem = output.deletingPathExtension().lastPathComponent
        for part in script.spokenParts() {
            let url = output.deletingLastPathComponent().appendingPathComponent("\(stem)-\(part.name).wav")
            try synthesizer.writeWAV(text: latin.speak(part.text), to: url)
            written.append(url)
        }
        return written
    }

    /// One notice of a station's month.
    public static func renderNotice(_ input: NoticeInput, format: NoticeFormat) throws -> String {
        switch format {
        case .text: try LoudspeakerScript(input).text()
        case .html: try NoticeBoardPoster(input).html()
        case .signin: try SignInSheet(input).html()
        }
    }

    /// Topic labels from `Catalog/topics.yaml` (the only source of labels); ids where it cannot be read,
    /// so a notice is still written.
    func noticeTopicNames() -> TopicNames { TopicNames(topicLabels()) }
}

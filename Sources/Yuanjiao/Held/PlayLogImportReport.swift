/// What `yuanjiao playlog import` did: lines stored, lines already there, lines refused (with file and
/// line), and each imported station-month matched against its plan.
public struct PlayLogImportReport: Sendable, Hashable, Codable {
    public var added: Int = 0
    public var unchanged: Int = 0
    public var problems: [PlayLogProblem] = []
    /// Files whose lines were matched by name only (the file was not found to check its content).
    public var notes: [PlayLogNote] = []
    public var matches: [PlayMatch] = []

    public var hasProblems: Bool { !problems.isEmpty }

    public func count(_ outcome: PlayOutcome) -> Int { matches.filter { $0.outcome == outcome }.count }

    /// Chinese summary for a terminal.
    public var text: String {
        var lines = ["播放记录：新增 \(added) 条，已导入过 \(unchanged) 条，有问题 \(problems.count) 条。"]
        lines.append(PlayOutcome.allCases.map { "\($0.chineseName) \(count($0))" }.joined(separator: "，"))
        for match in matches where match.outcome != .played || match.lateMinutes > 0 {
            let late = match.lateMinutes > 0 ? "（晚开始 \(match.lateMinutes) 分钟）" : ""
            let planned = match.plannedStart.map { " \($0)" } ?? ""
            lines.append("  \(match.station) \(match.date)\(planned) \(match.title ?? match.file)：\(match.outcome.chineseName)"
                + " \(match.playedSeconds / 60)/\(match.plannedSeconds / 60) 分钟\(late)")
        }
        lines += notes.map { "注意：" + $0.text }
        if !problems.isEmpty {
            lines.append("以下各行没有导入（其余各行已导入）：")
            lines += problems.map { "  " + $0.text }
        }
        // Names, files and times come from a returned file: shown escaped, one line each.
        return lines.map(TerminalSafeText.escaped).joined(separator: "\n")
    }
}


/// A play log whose files could not be found (not on this machine, not in a returned bundle's manifest), so
/// `matchedByName` of its lines were matched by file name alone, not by content.
public struct PlayLogNote: Sendable, Hashable, Codable {
    public var file: String
    public var matchedByName: Int

    public var text: String {
        "\(file)：\(matchedByName) 行的文件在本机和下发包清单中都找不到，只按文件名对照（无法核对内容指纹）"
    }
}

import Foundation
import Planner

extension StationFile {
    /// Reads each station's 快乐园 roster (relative to the station file) into its programme; a roster row's
    /// problem names the CSV and its line, a missing roster names the station file's `roster:` line. Any problem
    /// leaves no file at all, so nothing is planned from half a roster.
    static func readRosters(beside url: URL, into report: inout StationFileReport) {
        guard let file = report.file else { return }
        let folder = url.deletingLastPathComponent()
        for (index, station) in file.stations.enumerated() {
            guard let source = file.childrenRosters[station.id] else { continue }
            let rosterURL = URL(fileURLWithPath: source.value, relativeTo: folder)
            let csvPath = folder.appendingPathComponent(source.value).relativePath
            let outcome = ChildrenRoster.read(rosterURL)
            for problem in outcome.problems {
                report.problems.append(
                    problem.line == 0
                        ? StationFileProblem(path: report.path, line: source.at.line, column: source.at.column, message: "\(csvPath)：\(problem.message)")
                        : StationFileProblem(path: csvPath, line: problem.line, column: 0, message: problem.message))
            }
            report.warnings += outcome.warnings.map { StationFileProblem(path: csvPath, line: $0.line, column: 0, message: $0.message) }
            report.file?.stations[index].children?.roster = outcome.children
            let programme = report.file?.stations[index].children
            if let programme, programme.roster.count > 0, programme.activities.contains(where: \.needsComputers),
                programme.roster.count > programme.computers * 4
            {
                report.warnings.append(
                    StationFileProblem(
                        path: csvPath, line: 0, column: 0,
                        message: "\(programme.roster.count) 个孩子只有 \(programme.computers) 台电脑：电脑课要分 \(ChildrenGroups.groupCount(children: programme.roster.count, computers: programme.computers)) 组，一周排不下的组会在计划中声明"))
            }
        }
        if !report.problems.isEmpty { report.file = nil }
    }
}

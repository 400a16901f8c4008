import Planner

/// Turns the file as written into stations: `StationRules.standard`, then `defaults`, then the station's own
/// keys; runs the planner's rule checks on each result and places every problem on the key that caused it.
struct StationResolver {
    let document: StationFileReader.Document

    struct Output {
        var stations: [Station] = []
        var findings: [Finding] = []
    }

    func resolve() -> Output {
        var output = Output()
        let inherited = document.defaults.applied(to: .standard)
        let defaultScript = document.defaults.script?.value ?? .simplified
        // A `defaults` value that fails for some stations is reported once, naming those stations.
        var fromDefaults: [Finding: [String]] = [:]
        var defaultsOrder: [Finding] = []
        for (position, entry) in document.stations.enumerated() {
            let rules = entry.rules.applied(to: inherited)
            let label = entry.id?.value ?? "第 \(position + 1) 个站点"
            // Unknown topic ids were reported, with a suggestion, while reading.
            for problem in rules.problems(knownTopics: nil) {
                let message = "\(problem.key)：\(problem.message)"
                if let at = entry.rules.location(of: problem) {
                    output.findings.append(Finding(at: at, message: message))
                } else if let at = document.defaults.location(of: problem) {
                    let finding = Finding(at: at, message: message)
                    if fromDefaults[finding] == nil { defaultsOrder.append(finding) }
                    fromDefaults[finding, default: []].append(label)
                } else {
                    output.findings.append(Finding(at: entry.at, message: "\(message)（站点 \(label) 使用的内置默认值）"))
                }
            }
            guard let id = entry.id else { continue }
            output.stations.append(
                Station(
                    id: id.value, name: entry.name, school: entry.school, mode: entry.mode, room: entry.room,
                    script: entry.rules.script?.value ?? defaultScript, rules: rules,
                    children: childrenProgramme(entry, findings: &output.findings)))
        }
        for finding in defaultsOrder {
            let labels = fromDefaults[finding] ?? []
            guard labels.count < document.stations.count else {
                output.findings.append(finding)
                continue
            }
            output.findings.append(
                Finding(at: finding.at, message: "\(finding.message)（用到这个值的站点：\(labels.joined(separator: "、"))）"))
        }
        return output
    }
}

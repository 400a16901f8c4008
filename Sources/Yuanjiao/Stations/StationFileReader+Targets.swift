import Yams

extension StationFileReader {
    /// `targets: {power_on_rate: 0.9, usage_rate: 0.8, attendance_rate: 0.7, reflection_rate: 0.6}`: the
    /// county's monitoring targets, each 0–1 (a percentage like 90% is accepted too).
    mutating func readTargets(_ node: Node) -> [MonitoringRatio: Double] {
        let example = "{power_on_rate: 0.9, usage_rate: 0.8}"
        guard let mapping = node.mapping else {
            report(expectation("targets", "一组“指标: 目标”", example: example, written: node), at: node.location)
            return [:]
        }
        var targets: [MonitoringRatio: Double] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.text ?? ""
            guard let ratio = MonitoringRatio(targetKey: key) else {
                report(StationFileKeys.unknownKeyMessage(key, allowed: StationFileKeys.targets, place: "targets 中"), at: keyNode.location)
                continue
            }
            var text = (value.text ?? "").trimmingCharacters(in: .whitespaces)
            let percent = text.hasSuffix("%")
            if percent { text.removeLast() }
            guard !value.isNull, var target = Double(text), target.isFinite else {
                report("\(key)（\(ratio.chineseName)目标）应为 0 到 1 之间的数，例如 \(key): \(ratio.defaultTarget)，这里写的是\(value.isNull ? "空值" : value.writtenDescription)",
                       at: value.location)
                continue
            }
            if percent { target /= 100 }
            guard (0...1).contains(target) else {
                report("\(key)（\(ratio.chineseName)目标）应在 0 到 1 之间（或 0% 到 100%），这里写的是 \(value.text ?? "")", at: value.location)
                continue
            }
            targets[ratio] = target
        }
        return targets
    }
}

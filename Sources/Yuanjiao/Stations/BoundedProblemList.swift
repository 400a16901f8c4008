/// A list of problems as a terminal shows it: a station file with thousands of mistakes (a wrong indent
/// near the top, a file that is no station file) must not scroll its first, telling lines away. The first
/// `limit` lines, then how many more there are.
enum BoundedProblemList {
    static let limit = 50

    static func lines(_ lines: [String], limit: Int = limit) -> [String] {
        guard lines.count > limit else { return lines }
        return Array(lines.prefix(limit)) + ["……另有 \(lines.count - limit) 个问题未列出：请先改正上面这些，再检查一次。"]
    }
}

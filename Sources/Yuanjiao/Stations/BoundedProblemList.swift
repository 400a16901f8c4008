/// A list of problems as a terminal or a page shows it: a station file with thousands of mistakes (a wrong
/// indent near the top, a file that is no station file) must not scroll its first, telling lines away. The
/// first `limit` lines, then how many more there are. The console's station page uses the same bound.
public enum BoundedProblemList {
    public static let limit = 50

    static func lines(_ lines: [String], limit: Int = limit) -> [String] {
        guard let note = omittedNote(total: lines.count, limit: limit) else { return lines }
        return Array(lines.prefix(limit)) + [note]
    }

    /// The line that ends a list cut at `limit`; nil when all `total` fit.
    public static func omittedNote(total: Int, limit: Int = limit) -> String? {
        guard total > limit else { return nil }
        return "……另有 \(total - limit) 个问题未列出：请先改正上面这些，再检查一次。"
    }
}

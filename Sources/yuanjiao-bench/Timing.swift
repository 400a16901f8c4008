import Foundation

/// A step's wall-clock and CPU seconds (user + system, all threads): on a shared machine the wall figure also
/// counts waiting for others, the CPU figure is the work itself. Ordered by wall time (the best run).
struct Timing: Comparable {
    var wall: Double
    var cpu: Double

    static let worst = Timing(wall: .infinity, cpu: .infinity)

    static func < (lhs: Timing, rhs: Timing) -> Bool { lhs.wall < rhs.wall }

    var text: String { String(format: "%.2f / %.2f 秒", wall, cpu) }

    /// Runs `command` under bash's `time`, its output discarded.
    static func shell(_ command: String) throws -> Timing {
        let output = try BenchSupport.shell("TIMEFORMAT='%R %U %S'; { time { \(command) ; } > /dev/null 2>&1 ; } 2>&1")
        let numbers = output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard numbers.count == 3 else { throw BenchFailure(message: "无法读出计时：\(output)") }
        return Timing(wall: numbers[0], cpu: numbers[1] + numbers[2])
    }
}

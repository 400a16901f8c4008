public import Planner
import Foundation

/// Why a notice could not be made, with what to do about it.
public enum NoticeError: Error, Sendable, CustomStringConvertible {
    /// The station file has no station with this id.
    case unknownStation(id: String, known: [String], stationsFile: String)
    /// `plan` has not been run for this station and month.
    case noStoredPlan(station: String, month: YearMonth, stationsFile: String)
    /// `espeak-ng` is not on PATH.
    case speechUnavailable
    /// `espeak-ng` ran and failed.
    case speechFailed(status: Int32, message: String)

    /// The CLI contract's exit code: 2 for input that names nothing, 1 for a job that cannot be done.
    public var exitCode: Int32 {
        switch self {
        case .unknownStation: 2
        case .noStoredPlan, .speechUnavailable, .speechFailed: 1
        }
    }

    public var description: String {
        switch self {
        case .unknownStation(let id, let known, let file):
            return "\(file): 没有编号为 \(id) 的站点。已有站点：\(known.joined(separator: "、"))"
        case .noStoredPlan(let station, let month, let file):
            return "站点 \(station) 还没有 \(month.chineseName)的学习计划。请先运行：yuanjiao plan --stations \(Self.shellWord(file)) --month \(month)"
        case .speechUnavailable:
            return "找不到语音合成程序 espeak-ng，无法生成录音。请安装：sudo apt-get install espeak-ng（或改用 --format text 打印广播稿）"
        case .speechFailed(let status, let message):
            return "espeak-ng 生成录音失败（退出码 \(status)）：\(message)"
        }
    }

    /// The path as a shell word, quoted only when it needs to be, so the command can be pasted as is.
    static func shellWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            !scalar.properties.isWhitespace && !"'\"\\$`!*?[](){};&|<>#~".unicodeScalars.contains(scalar)
        }
        return plain && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

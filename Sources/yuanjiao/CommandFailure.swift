import ArgumentParser
import ProgramExit
import Yuanjiao

extension ParsableCommand {
    /// Runs `body` through `ProgramExit` (the one place where errors meet exit codes), the error line made
    /// safe for the terminal. Warnings about the reference data (a stale precompiled table) follow, whatever the outcome.
    func reportingFailures(_ body: () throws -> Void) throws {
        defer {
            for warning in Workspace.referenceDataWarnings { Terminal.standardError(warning) }
        }
        try ProgramExit.reportingFailures(body) { Terminal.standardError(Terminal.printable($0)) }
    }

    /// "12" → 12; anything else is a usage error naming what was typed.
    func resourceID(_ text: String, what: String = "资源编号") throws -> Int64 {
        guard let id = Int64(text.trimmingCharacters(in: .whitespaces)), id > 0 else {
            throw YuanjiaoError(.usage, "「\(text)」不是\(what)：编号是正整数，见 yuanjiao search 或 yuanjiao review 结果中方括号里的数字")
        }
        return id
    }
}

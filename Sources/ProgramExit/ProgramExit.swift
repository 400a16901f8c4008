import ArgumentParser
import Foundation
import Yuanjiao

/// The one place where an error ends a program, for `yuanjiao` and `yuanjiao-console` alike: every failure
/// becomes the front door's `YuanjiaoError`, whose kind gives the exit code (1 the job failed, 2 bad usage
/// or unreadable input) and whose Chinese line goes to standard error. Commands throw errors, never exit codes.
public enum ProgramExit {
    /// Runs `body`; a failure is written as "错误：…" through `standardError` (one line, no newline) and
    /// turned into the exit code its kind maps to.
    public static func reportingFailures(_ body: () throws -> Void, standardError: (String) -> Void) throws {
        do {
            try body()
        } catch {
            let failure = YuanjiaoError(wrapping: error)
            if let line = failure.standardErrorLine { standardError(line) }
            throw ExitCode(failure.exitCode)
        }
    }
}

import ArgumentParser
import Catalogue
import Foundation
import Yuanjiao

/// Prints "错误：…" on standard error and exits with the contract's code (1 job failed, 2 bad input).
struct CommandFailure: Error {
    var message: String
    var code: Int32

    static func from(_ error: CatalogueError) -> CommandFailure {
        switch error.kind {
        case .notACatalogue, .newerSchema, .notFound, .badQuery:
            return CommandFailure(message: error.description, code: 2)
        case .database:
            return CommandFailure(message: error.description, code: 1)
        }
    }

    func exit() -> ExitCode {
        Terminal.standardError("错误：" + message)
        return ExitCode(code)
    }
}

extension ParsableCommand {
    /// Runs `body`, turning `CommandFailure` and `CatalogueError` into a message and an exit code.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            throw failure.exit()
        } catch let error as CatalogueError {
            throw CommandFailure.from(error).exit()
        } catch let error as TopicsFile.Invalid {
            throw CommandFailure(message: error.description, code: 2).exit()
        } catch let error as StationFileError {
            throw CommandFailure(message: "站点文件有 \(error.problems.count) 处问题：\n" + error.description, code: 2).exit()
        } catch let error as Workspace.UnknownStations {
            throw CommandFailure(message: error.description, code: 2).exit()
        } catch let error as CalendarStore.Invalid {
            throw CommandFailure(message: error.description, code: 2).exit()
        } catch let error as CatalogData.NotFound {
            throw CommandFailure(message: error.description, code: 2).exit()
        } catch let error as ExitCode {
            throw error
        } catch {
            throw CommandFailure(message: "\(error)", code: 1).exit()
        }
    }
}

import Catalogue
import Foundation

/// The one error the front door throws. Lower layers' errors are wrapped here, at the boundary, so a
/// caller (the CLI, the web console) maps one `kind` to its exit code or HTTP status and shows one
/// Chinese `message`, never a raw DecodingError, SQLite or NSError text.
public struct YuanjiaoError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The command was used wrongly (a bad flag value, an id that names nothing).
        case usage
        /// An input file, the catalogue or the reference data cannot be read or is not what it should be.
        case input
        /// The job itself could not be done (a database failure, an undo that conflicts, a failed tool).
        case job
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// The CLI contract, mapped here alone: 1 when the job failed, 2 on bad usage or unreadable input.
    /// (The console maps the same kinds to HTTP statuses in `ConsoleFailure`.)
    public var exitCode: Int32 { kind == .job ? 1 : 2 }

    /// A failure the command's own output has already described (a check that found violations, a
    /// report with problems): it sets the exit code and adds no line of its own.
    public static func reported(_ kind: Kind) -> YuanjiaoError { YuanjiaoError(kind, "") }

    /// What a command prints on standard error for this failure; nil when its output already said it.
    public var standardErrorLine: String? { message.isEmpty ? nil : "错误：" + message }

    /// Classifies any error from the layers below; unknown errors are failures of the job.
    public init(wrapping error: any Error) {
        switch error {
        case let error as YuanjiaoError:
            self = error
        case let error as CatalogueError:
            switch error.kind {
            case .notFound, .badQuery:
                self.init(.usage, error.description)
            case .notACatalogue, .newerSchema, .olderSchema, .missingCatalogue:
                self.init(.input, error.description)
            case .database:
                self.init(.job, error.description)
            }
        case let error as LibrarianError:
            self.init(error.isUsageError ? .usage : .job, error.description)
        case let error as StationFileError:
            self.init(.input, "站点文件有 \(error.problems.count) 处问题：\n" + error.description)
        case let error as NoticeError:
            self.init(error.exitCode == 2 ? .usage : .job, error.description)
        case let error as TopicsFile.Invalid:
            self.init(.input, error.description)
        case let error as SeasonsFile.Invalid:
            self.init(.input, error.description)
        case let error as CalendarStore.Invalid:
            self.init(.input, error.description)
        case let error as ChannelAliasesError:
            self.init(.input, error.description)
        case let error as CatalogData.NotFound:
            self.init(.input, error.description)
        case let error as TagSheetError:
            self.init(.input, error.description)
        case let error as Workspace.UnknownStations:
            self.init(.usage, error.description)
        case let error as DecodingError:
            self.init(.job, "数据格式有误：\(ErrorText.decoding(error))")
        default:
            self.init(.job, ErrorText.plain(error))
        }
    }
}

extension Workspace {
    /// Runs a use case, wrapping whatever the layers below throw into `YuanjiaoError`.
    static func boundary<T>(_ body: () throws -> T) throws(YuanjiaoError) -> T {
        do {
            return try body()
        } catch {
            throw YuanjiaoError(wrapping: error)
        }
    }
}

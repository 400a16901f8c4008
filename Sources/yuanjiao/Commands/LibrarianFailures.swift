import Foundation
import ArgumentParser
import Catalogue
import Yuanjiao

extension ParsableCommand {
    /// `reportingFailures`, plus the librarian's own errors: bad edits, sheets and calendars exit 2,
    /// an undo that cannot be done exits 1.
    func reportingLibrarianFailures(_ body: () throws -> Void) throws {
        try reportingFailures {
            do {
                try body()
            } catch let error as LibrarianError {
                throw CommandFailure(message: error.description, code: error.isUsageError ? 2 : 1)
            } catch let error as TagSheetError {
                throw CommandFailure(message: error.description, code: 2)
            } catch let error as SeasonsFile.Invalid {
                throw CommandFailure(message: error.description, code: 2)
            }
        }
    }

    /// "12" → 12; anything else is a usage error naming what was typed.
    func resourceID(_ text: String, what: String = "资源编号") throws -> Int64 {
        guard let id = Int64(text.trimmingCharacters(in: .whitespaces)), id > 0 else {
            throw CommandFailure(message: "「\(text)」不是\(what)：编号是正整数，见 yuanjiao search 或 yuanjiao review 结果中方括号里的数字", code: 2)
        }
        return id
    }
}

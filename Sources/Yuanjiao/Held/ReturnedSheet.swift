import Foundation

/// A CSV file a station sent back (play log or sign-in sheet), decoded the way tag sheets are (UTF-8 with or
/// without BOM, else GBK), or why it could not be read.
enum ReturnedSheet {
    static func read(path: String) -> Result<CSVReader, Unreadable> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Unreadable(detail: "文件不存在或没有读取权限"))
        }
        do {
            return .success(CSVReader(try TagSheet.decode(data, path: path)))
        } catch {
            return .failure(Unreadable(detail: error.message))
        }
    }

    struct Unreadable: Error {
        var detail: String
    }
}

/// Where a problem of a returned sheet is: `file:line`, or the file alone for the whole file.
func sheetPlace(file: String, line: Int) -> String {
    line > 0 ? "\(file):\(line)" : file
}

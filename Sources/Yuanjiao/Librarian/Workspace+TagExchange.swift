import Catalogue
public import Foundation

extension Workspace {
    /// `yuanjiao export-tags FILE.csv`: resources with librarian data (all resources with `includeUntagged`),
    /// written through a temporary file renamed onto a regular file or a new path (anything else is refused). Returns how many rows were written.
    @discardableResult
    public func exportTags(to url: URL, includeUntagged: Bool = false) throws -> Int {
        let records = try catalogue.librarianRecords(includeUntagged: includeUntagged)
        do {
            try SafeFileWriter.write(Data(TagSheet.write(records).utf8), to: url)
        } catch let refusal as SafeFileWriter.Refusal {
            throw TagSheetError(path: refusal.path, message: refusal.message)
        }
        return records.count
    }

    /// `yuanjiao import-tags FILE.csv`: applies every good row as one logged change; bad rows are reported
    /// by line. `strict`: any bad row and nothing is written. `dryRun`: nothing is written.
    public func importTags(
        from url: URL, dryRun: Bool = false, strict: Bool = false, replace: Bool = false, by: String? = nil
    ) throws -> TagImportReport {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TagSheetError(path: url.path, message: "无法读取：\(error.localizedDescription)")
        }
        let sheet = try TagSheet.parse(data, path: url.path, replace: replace, topics: catalogue.topicLabels())
        let write = !dryRun && !(strict && !sheet.problems.isEmpty)
        let summary = "import-tags \(url.lastPathComponent)" + (replace ? " --replace" : "")
        let result = try catalogue.importLibrarianRows(
            sheet.rows, summary: summary, by: LibrarianName.resolve(by), write: write, strict: strict)
        let problems = sheet.problems
            + result.problems.map { TagSheet.RowProblem(path: url.path, line: $0.line, message: $0.message) }
        return TagImportReport(
            path: url.path, dryRun: dryRun, strict: strict, rowCount: sheet.rows.count + sheet.problems.count,
            result: result, problems: problems.sorted { $0.line < $1.line })
    }
}

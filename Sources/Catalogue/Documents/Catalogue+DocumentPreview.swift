import Documents
public import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#endif

extension Catalogue {
    /// Page 1 of a PDF resource as PNG, rendered once per content and kept in `cacheFolder` under its
    /// fingerprint (a changed file renders anew). Nil for resources that are not PDFs.
    public func documentPreviewPNG(id: Int64, cacheFolder: String) throws(CatalogueError) -> Data? {
        let row = try read { db in try ResourceRow.fetchOne(db, key: id) }
        guard let row, row.status == .present, row.media?.formatName == DocumentText.Format.pdf.rawValue else { return nil }
        let cached = cacheFolder + "/" + row.fingerprint + ".png"
        if let data = FileManager.default.contents(atPath: cached) { return data }
        do {
            try FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
            // Rendered beside, then renamed: two requests at once never serve half a file.
            let partial = cached + ".\(UUID().uuidString).part"
            try PagePreview.renderFirstPage(ofPDF: row.path, to: partial)
            if rename(partial, cached) != 0 {
                try? FileManager.default.removeItem(atPath: partial)
            }
        } catch let failure as DocumentFailure {
            throw CatalogueError(.notFound, path: row.path, message: "无法生成第一页预览：\(failure.reason)")
        } catch {
            throw CatalogueError(.database, path: cacheFolder, message: "无法写入预览缓存：\(error.localizedDescription)")
        }
        return FileManager.default.contents(atPath: cached)
    }
}

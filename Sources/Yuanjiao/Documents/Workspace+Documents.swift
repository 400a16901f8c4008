public import Foundation

extension Workspace {
    /// Where first-page previews are cached: `previews/` beside the catalogue file.
    var previewFolder: String {
        (catalogue.path as NSString).deletingLastPathComponent + "/previews"
    }

    /// The console's first-page picture of a PDF resource (PNG); nil for other resources.
    public func documentPreview(id: Int64) throws(YuanjiaoError) -> Data? {
        try Self.boundary { try catalogue.documentPreviewPNG(id: id, cacheFolder: previewFolder) }
    }
}

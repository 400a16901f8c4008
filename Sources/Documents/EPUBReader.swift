import Foundation
import ZIPFoundation

/// EPUB 2 and 3: META-INF/container.xml names the OPF; the OPF's Dublin Core gives title, author and subject,
/// its spine the chapters in reading order (one page each). Members are inflated under a byte cap whatever
/// their headers declare, and no path may leave the archive.
enum EPUBReader {
    static func read(path: String, limits: DocumentLimits) throws(DocumentFailure) -> DocumentText {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw DocumentFailure(.broken, "EPUB 不是有效的 ZIP 压缩包（文件可能不完整）。请重新下载")
        }
        var warnings: [String] = []
        let container = try MarkupReader.elements(
            try member(archive, "META-INF/container.xml", limits), name: "container.xml", warnings: &warnings)
        guard let opfPath = container.first(where: { $0.name == "rootfile" })?.attributes["full-path"] else {
            throw DocumentFailure(.broken, "EPUB 的 META-INF/container.xml 没有指出 OPF 文件（rootfile full-path）")
        }
        let opfMember = try resolve(opfPath, relativeTo: "")
        let opf = try MarkupReader.elements(try member(archive, opfMember, limits), name: opfMember, warnings: &warnings)
        func dublinCore(_ name: String) -> String? {
            opf.first { $0.name == name }?.text
        }
        var manifest: [String: String] = [:]
        for item in opf where item.name == "item" {
            if let id = item.attributes["id"], let href = item.attributes["href"] { manifest[id] = href }
        }
        let spine = opf.filter { $0.name == "itemref" }.compactMap { $0.attributes["idref"] }
        let base = opfMember.contains("/") ? String(opfMember[..<opfMember.lastIndex(of: "/")!]) : ""
        var collector = PageCollector(limits: limits)
        for idref in spine {
            guard let href = manifest[idref] else { continue }
            let chapterPath = try resolve(href, relativeTo: base)
            let bytes = try member(archive, chapterPath, limits)
            guard collector.add(try MarkupReader.text(bytes, name: chapterPath, warnings: &warnings)) else { break }
        }
        if collector.pages.count < spine.count { collector.markTruncated() }
        let subjects = opf.filter { $0.name == "subject" }.map(\.text).joined(separator: "、")
        return DocumentText(
            format: .epub, title: dublinCore("title"), author: dublinCore("creator"),
            subject: subjects.isEmpty ? dublinCore("description") : subjects, keywords: nil,
            pageCount: max(spine.count, collector.pages.count), pages: collector.pages, truncated: collector.truncated, warnings: warnings)
    }

    /// A member's path from an href: percent-decoded, `./` and `../` folded, refused when it climbs out.
    static func resolve(_ href: String, relativeTo base: String) throws(DocumentFailure) -> String {
        let withoutFragment = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? href
        let decoded = withoutFragment.removingPercentEncoding ?? withoutFragment
        guard !decoded.hasPrefix("/"), !decoded.contains("\\") else {
            throw DocumentFailure(.unsafe, "EPUB 中的路径「\(href)」指向压缩包之外，已拒绝读取。该文件可能被篡改")
        }
        var parts = base.isEmpty ? [] : base.split(separator: "/").map(String.init)
        for part in decoded.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else {
                    throw DocumentFailure(.unsafe, "EPUB 中的路径「\(href)」指向压缩包之外（../），已拒绝读取。该文件可能被篡改")
                }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// One member inflated in chunks: stops at the smaller of its declared size and the cap.
    static func member(_ archive: Archive, _ path: String, _ limits: DocumentLimits) throws(DocumentFailure) -> [UInt8] {
        guard let entry = archive[path] else {
            throw DocumentFailure(.broken, "EPUB 缺少 \(path)。文件不完整或不是 EPUB")
        }
        let declared = entry.uncompressedSize
        guard declared <= UInt64(limits.maxMemberBytes) else {
            throw DocumentFailure(.unsafe, "EPUB 中的 \(path) 解压后有 \(declared) 字节，超过上限 \(limits.maxMemberBytes) 字节，可能是压缩炸弹，已拒绝读取")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(declared))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= Int(declared) else { throw MemberTooLarge() }
                bytes += chunk
            }
        } catch is MemberTooLarge {
            throw DocumentFailure(.unsafe, "EPUB 中的 \(path) 解压后比声明的 \(declared) 字节更大，可能是压缩炸弹，已拒绝读取")
        } catch {
            throw DocumentFailure(.broken, "EPUB 中的 \(path) 无法解压（数据损坏）。请重新下载")
        }
        return bytes
    }

    private struct MemberTooLarge: Error {}
}

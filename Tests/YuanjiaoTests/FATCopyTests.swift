import Foundation
import Testing
@testable import Yuanjiao

/// The default layout after a copy to a FAT32 stick: every playlist entry resolves.
@Suite("FAT32 copies of the default layout")
struct FATCopyTests {
    @Test func renamedFilesArePlacedUnderThePortableNamesThePlaylistsUse() throws {
        var scratch = try NoticeBundleTests.Scratch()
        defer { scratch.remove() }
        let office = scratch.root.appendingPathComponent("office/课件/其他")
        try FileManager.default.createDirectory(at: office, withIntermediateDirectories: true)
        for (index, name) in ["第1讲: 政策?.mp4", "50% 完成 #2.mp4", "CON.mp4", "普通.mp4"].enumerated() {
            try Data(repeating: UInt8(index), count: 1000 + index).write(to: office.appendingPathComponent(name))
            var item = scratch.plan.sessions[0].items[0]
            item.id = Int64(100 + index)
            item.path = office.appendingPathComponent(name).path
            scratch.plan.sessions[0].items.append(item)
        }
        let report = try scratch.writeReport(BundleOptions())
        let bundle = try #require(report.folders.first)
        // The station's copy to FAT32: the county's folder with the names FAT32 refuses dropped (the copy
        // fails them), then the bundle's 课件 folder merged over it, as 说明.txt says.
        let stick = scratch.root.appendingPathComponent("U盘")
        let stickCourseware = stick.appendingPathComponent("课件")
        let county = scratch.root.appendingPathComponent("office/课件")
        for relative in try FileManager.default.subpathsOfDirectory(atPath: county.path).sorted() {
            let source = county.appendingPathComponent(relative)
            let name = source.lastPathComponent
            guard !name.contains(where: { ":*?\"<>|\\".contains($0) }), !name.uppercased().hasPrefix("CON.") else { continue }
            let target = stickCourseware.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder)
            if isFolder.boolValue {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: source, to: target)
            }
        }
        let placed = scratch.out.appendingPathComponent("课件")
        for relative in try FileManager.default.subpathsOfDirectory(atPath: placed.path).sorted() {
            let source = placed.appendingPathComponent(relative), target = stickCourseware.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder)
            if isFolder.boolValue {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            } else if !FileManager.default.fileExists(atPath: target.path) {
                try FileManager.default.copyItem(at: source, to: target)
            }
        }
        try FileManager.default.copyItem(at: bundle, to: stick.appendingPathComponent("shuangqiao"))
        try FileManager.default.moveItem(at: scratch.root.appendingPathComponent("office"), to: scratch.root.appendingPathComponent("gone"))
        try PlaylistResolution.assertEveryEntryOpens(in: stick.appendingPathComponent("shuangqiao"), expectedEntries: nil)
        let placedNames = try FileManager.default.subpathsOfDirectory(atPath: placed.path).filter { $0.hasSuffix(".mp4") }.sorted()
        #expect(placedNames == ["其他/50％ 完成 ＃2.mp4", "其他/_CON.mp4", "其他/第1讲： 政策？.mp4"])
        let guide = try String(contentsOf: bundle.appendingPathComponent("说明.txt"), encoding: .utf8)
        #expect(guide.contains("合并到同一个“课件”文件夹里"))
    }
}

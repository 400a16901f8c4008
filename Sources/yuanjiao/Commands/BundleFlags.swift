import ArgumentParser
import Foundation
import Yuanjiao

/// `plan --out` and how its station bundles are laid out.
struct BundleFlags: ParsableArguments {
    @Option(help: ArgumentHelp("把每个站点的下发包（播放列表、公告、签到表、说明、清单）写到这个文件夹。", valueName: "文件夹"))
    var out: String?

    @Option(help: ArgumentHelp(
        "课件在站点上的位置：beside（默认，课件文件夹“课件”与各站点文件夹并排）或 inside（放在每个站点文件夹里）。",
        valueName: "beside|inside"))
    var layout: String = CoursewareLayout.Placement.beside.rawValue

    @Option(name: .customLong("courseware-root"), help: ArgumentHelp(
        "县里的课件根文件夹；播放列表按它下面的子文件夹写相对路径。默认：包含所有计划课件的最深一层文件夹。", valueName: "文件夹"))
    var coursewareRoot: String?

    @Flag(name: .customLong("with-courseware"), help: "把每个站点需要的课件也放进下发包（能硬链接就硬链接，否则复制）。")
    var withCourseware = false

    @Option(name: .customLong("max-size"), help: ArgumentHelp(
        "一个站点（下发包加课件）超过这个大小时提示，如 32G、500M。默认 31G（32 GB U盘的可用空间）。", valueName: "大小"))
    var maxSize: String?

    /// Where and how to write the bundles (nil without `--out`), or a usage error (exit 2) naming the bad flag.
    func target() throws -> Workspace.BundleTarget? {
        let options = try options()
        return out.map { Workspace.BundleTarget(directory: URL(fileURLWithPath: $0), options: options) }
    }

    /// The options, or a usage error (exit 2) naming the bad flag.
    private func options() throws -> BundleOptions {
        guard let placement = CoursewareLayout.Placement(rawValue: layout) else {
            throw YuanjiaoError(.usage, "--layout 只能是 beside 或 inside，这里写的是 \(layout)")
        }
        var size = BundleOptions.usbStick
        if let maxSize {
            guard let parsed = BundleOptions.parseSize(maxSize) else {
                throw YuanjiaoError(.usage, "--max-size 写法不对：\(maxSize)。例如 --max-size 32G 或 --max-size 500M")
            }
            size = parsed
        }
        if let coursewareRoot {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: coursewareRoot, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw YuanjiaoError(.usage, "--courseware-root 文件夹不存在：\(coursewareRoot)")
            }
        }
        if out == nil && (withCourseware || coursewareRoot != nil || maxSize != nil) {
            throw YuanjiaoError(.usage, "--with-courseware、--courseware-root、--max-size 要和 --out 一起用")
        }
        var options = BundleOptions(placement: placement, coursewareRoot: coursewareRoot, withCourseware: withCourseware, maxSize: size)
        options.waitingForOutput = { Terminal.standardError("另一个 plan --out 正在写入这个输出文件夹，等它写完再写…") }
        return options
    }
}

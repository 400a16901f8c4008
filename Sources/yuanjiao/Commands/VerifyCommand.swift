import ArgumentParser
import Foundation
import Yuanjiao

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "按 manifest.json 核对站点下发包：文件是否齐全、有没有损坏；可同时核对课件。",
        discussion: """
            不需要目录文件，站点上离线即可运行。每个文件核对 SHA-256；清单之外的文件、符号链接
            （不跟随）都会列出。课件在播放列表指向的位置（说明.txt 中写的位置）核对大小和内容指纹；
            给出 --courseware 时改为在该文件夹下按路径末尾查找。--full 逐字节核对每个课件的 SHA-256。
            能找到目录文件时（县远程办），还核对下发包是否按目录中最新的计划生成。
            全部完好退出码为 0；有缺失、多余、损坏或过期时列出并以 1 退出。

            示例：
              yuanjiao verify 下发/shuangqiao
              yuanjiao verify 下发/shuangqiao --courseware /media/移动硬盘/课件
              yuanjiao verify 下发/shuangqiao --full
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("站点下发包文件夹（内有 manifest.json）。", valueName: "文件夹"))
    var directory: String

    @Option(help: ArgumentHelp("课件所在的文件夹；给出时同时核对课件。", valueName: "文件夹"))
    var courseware: String?

    @Flag(help: "逐字节核对每个课件的 SHA-256（较慢，能发现文件中间的损坏）。")
    var full = false

    @Flag(help: "以 JSON 输出结果（供脚本使用）。")
    var json = false

    func run() throws {
        try reportingFailures {
            guard Self.isDirectory(directory) else {
                throw YuanjiaoError(.usage, "下发包文件夹不存在：\(directory)")
            }
            if let courseware, !Self.isDirectory(courseware) {
                throw YuanjiaoError(.usage, "课件文件夹不存在：\(courseware)")
            }
            let report = try Workspace.verify(
                bundle: URL(fileURLWithPath: directory), coursewareRoot: courseware.map { URL(fileURLWithPath: $0) }, full: full,
                catalogPath: Workspace.catalogPath(option: global.catalog))
            if json { try Terminal.printJSON(report) } else { print(report.text) }
            if !report.passed { throw YuanjiaoError.reported(.job) }
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

import ArgumentParser
import Console
import Foundation
import Logging
import ProgramExit
import Yuanjiao

/// The web console's server process. `yuanjiao serve` checks its flags and the catalogue, then replaces
/// itself with this program, so the everyday commands (`search`, `show`, …) do not load and register the
/// whole HTTP stack at every start-up.
@main
struct ConsoleServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yuanjiao-console",
        abstract: "远教网页控制台的服务进程；请用 yuanjiao serve 启动，它先检查参数和目录再交给本程序。")

    @Option(help: ArgumentHelp("目录文件（SQLite）。", valueName: "文件"))
    var catalog: String

    @Option(help: ArgumentHelp("监听的地址。", valueName: "地址"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("端口。", valueName: "端口"))
    var port = 8080

    @Option(help: ArgumentHelp("站点文件（YAML）。", valueName: "文件"))
    var stations: String

    @Option(help: ArgumentHelp("监视的课件文件夹（可写多次）。", valueName: "文件夹"))
    var watch: [String] = []

    @Option(help: ArgumentHelp("自动重新扫描的间隔（分钟）。", valueName: "分钟"))
    var rescanMinutes = 5

    @Flag(help: "Cookie 加 Secure 标记（控制台经 HTTPS 反向代理提供时使用）。")
    var secureCookies = false

    @Flag(help: "记录每个请求（默认只记录登录失败、出错等值得注意的事）。")
    var verbose = false

    func run() throws {
        try ProgramExit.reportingFailures({
            let workspace = try Workspace(catalogPath: catalog, access: .readWrite)
            let options = ConsoleOptions(
                host: host, port: port, stationsFile: URL(fileURLWithPath: stations), watchFolders: watch,
                rescanInterval: .seconds(rescanMinutes * 60), secureCookies: secureCookies)
            var logger = Logger(label: "yuanjiao.console")
            // Every request at info would bury the failed logins and errors an administrator looks for.
            logger.logLevel = verbose ? .info : .notice
            try ConsoleServer.runBlocking(workspace: workspace, options: options, logger: logger)
        }, standardError: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
    }
}

import ArgumentParser
import Foundation
import Yuanjiao

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "启动网页控制台（县远程办、馆员、站点管理员在浏览器中使用）。",
        discussion: """
            默认只在本机（127.0.0.1）可以打开；要让局域网中的电脑访问，用 --host 0.0.0.0，并先用
            yuanjiao users add 建好账号。按 Ctrl-C（或发送 SIGTERM）会在处理完正在进行的请求后退出。
            示例：
              yuanjiao users add 县远程办 --role admin
              yuanjiao serve --stations Samples/stations.yaml
              yuanjiao serve --stations 县.yaml --host 0.0.0.0 --port 8080 --watch /media/卫星下载
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("监听的地址，默认 127.0.0.1（只限本机）；0.0.0.0 对局域网开放。", valueName: "地址"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("端口，默认 8080。", valueName: "端口"))
    var port = 8080

    @Option(help: ArgumentHelp("站点文件（YAML）。", valueName: "文件"))
    var stations: String

    @Option(help: ArgumentHelp("监视的课件文件夹，每隔几分钟重新扫描（可写多次）。", valueName: "文件夹"))
    var watch: [String] = []

    @Option(help: ArgumentHelp("自动重新扫描的间隔（分钟），默认 5。", valueName: "分钟"))
    var rescanMinutes = 5

    @Flag(help: "Cookie 加 Secure 标记：控制台经 HTTPS 反向代理（如 nginx）提供时使用。")
    var secureCookies = false

    @Flag(help: "在日志中记录每个请求（默认只记录登录失败、出错等值得注意的事）。")
    var verbose = false

    func validate() throws {
        if !(1...65535).contains(port) { throw ValidationError("--port 应在 1 到 65535 之间") }
        if rescanMinutes < 1 { throw ValidationError("--rescan-minutes 必须是正整数") }
    }

    func run() throws {
        try reportingFailures {
            guard FileManager.default.fileExists(atPath: stations) else {
                throw YuanjiaoError(.usage, "\(stations)：找不到站点文件")
            }
            for folder in watch where !FileManager.default.fileExists(atPath: folder) {
                throw YuanjiaoError(.usage, "\(folder)：找不到要监视的文件夹")
            }
            let catalogPath = Workspace.catalogPath(option: global.catalog)
            let workspace = try global.openWorkspace()
            if !["127.0.0.1", "localhost", "::1"].contains(host) {
                Terminal.standardError("注意：控制台对局域网开放（--host \(host)）。请先用 yuanjiao users add 为每个人建好账号，并使用足够长的密码。")
            }
            if try workspace.accounts().isEmpty {
                Terminal.standardError("还没有任何账号，无法登录。请先运行：yuanjiao users add 名字 --role admin")
            }
            Terminal.standardError("远教控制台：http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)/ （按 Ctrl-C 退出）")
            var arguments = [
                "--catalog", catalogPath, "--host", host, "--port", String(port), "--stations", stations,
                "--rescan-minutes", String(rescanMinutes),
            ]
            for folder in watch { arguments += ["--watch", folder] }
            if secureCookies { arguments.append("--secure-cookies") }
            if verbose { arguments.append("--verbose") }
            try ConsoleProgram.replaceProcess(arguments: arguments)
        }
    }
}

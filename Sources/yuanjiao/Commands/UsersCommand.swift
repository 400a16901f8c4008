import ArgumentParser
import Foundation
import Yuanjiao

#if canImport(Glibc)
import Glibc
#endif

/// `yuanjiao users …`: the web console's accounts, kept in the catalogue.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "网页控制台的账号：添加、列出、删除、改密码。",
        subcommands: [Add.self, List.self, Remove.self, Passwd.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "添加账号（密码在提示时输入，或用 --password-stdin 从标准输入读取）。",
            discussion: """
                角色：admin 县远程办（排计划、管理账号、查看所有站点），librarian 馆员（检索、审核、标注，不能排计划），
                station 站点管理员（只看自己的站点，要用 --station 指定站点编号）。密码至少 8 个字符。
                示例：
                  yuanjiao users add 县远程办 --role admin
                  yuanjiao users add 王老师 --role station --station shuangqiao
                  echo '密码……' | yuanjiao users add 李馆员 --role librarian --password-stdin
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("账号名。", valueName: "名字")) var name: String
        @Option(help: ArgumentHelp("admin、librarian 或 station。", valueName: "角色")) var role: String
        @Option(help: ArgumentHelp("站点管理员的站点编号（站点文件中的 id）。", valueName: "站点")) var station: String?
        @Flag(help: "从标准输入读取密码（一行）。") var passwordStdin = false

        func run() throws {
            try reportingFailures {
                guard let role = Account.Role(rawValue: role) else {
                    throw YuanjiaoError(.usage, "角色「\(role)」不存在：可用 admin、librarian、station")
                }
                let workspace = try global.openWorkspace()
                let password = try PasswordInput.read(fromStandardInput: passwordStdin, confirm: true)
                try workspace.addAccount(Account(name: name, role: role, station: station), password: password)
                print("已添加账号「\(name)」（\(role.label)\(station.map { "，站点 \($0)" } ?? "")）。")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "列出所有账号。")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "以 JSON 输出结果（供脚本使用）。") var json = false

        func run() throws {
            try reportingFailures {
                let accounts = try global.openWorkspaceReadOnly().accounts()
                if json { return try Terminal.printJSON(["accounts": accounts]) }
                if accounts.isEmpty { return print("还没有账号。用 yuanjiao users add 名字 --role admin 添加。") }
                for account in accounts {
                    Terminal.output("\(account.name)\t\(account.role.rawValue)（\(account.role.label)）\(account.station.map { "\t\($0)" } ?? "")")
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "删除账号（立即失去访问权）。")
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("账号名。", valueName: "名字")) var name: String

        func run() throws {
            try reportingFailures {
                try global.openWorkspace().removeAccount(named: name)
                print("已删除账号「\(name)」。")
            }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "passwd", abstract: "改账号的密码。")
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("账号名。", valueName: "名字")) var name: String
        @Flag(help: "从标准输入读取新密码（一行）。") var passwordStdin = false

        func run() throws {
            try reportingFailures {
                let workspace = try global.openWorkspace()
                guard try workspace.account(named: name) != nil else {
                    throw YuanjiaoError(.usage, "没有名为「\(name)」的账号；已有账号用 yuanjiao users list 查看")
                }
                let password = try PasswordInput.read(fromStandardInput: passwordStdin, confirm: true)
                try workspace.changePassword(ofAccount: name, to: password)
                print("已修改「\(name)」的密码。")
            }
        }
    }
}

/// A password from standard input (one line) or typed at the terminal without echo, twice.
enum PasswordInput {
    static func read(fromStandardInput: Bool, confirm: Bool) throws -> String {
        if fromStandardInput {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw YuanjiaoError(.usage, "标准输入中没有密码（--password-stdin 读取一行）")
            }
            return line
        }
        guard Terminal.standardInputIsTerminal else {
            throw YuanjiaoError(.usage, "没有终端可以输入密码：请用 --password-stdin 从标准输入提供")
        }
        let first = prompt("密码：")
        if confirm, prompt("再输入一次：") != first { throw YuanjiaoError(.usage, "两次输入的密码不一样") }
        return first
    }

    private static func prompt(_ text: String) -> String {
        guard let pointer = getpass(text) else { return "" }
        return String(cString: pointer)
    }
}

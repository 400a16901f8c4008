import Foundation
import Testing
import Yuanjiao

@Suite("Console accounts through the workspace")
struct AccountTests {
    static func workspace() throws -> Workspace {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-accounts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try Workspace(catalogPath: directory.appendingPathComponent("c.sqlite").path, data: nil)
    }

    @Test("the right password signs in, a wrong one or an unknown name does not")
    func authenticate() throws {
        let workspace = try Self.workspace()
        try workspace.addAccount(Account(name: "王老师", role: .station, station: "shuangqiao"), password: "correct-horse", cost: 4)
        let account = try #require(try workspace.authenticate(name: "王老师", password: "correct-horse"))
        #expect(account.role == .station)
        #expect(account.station == "shuangqiao")
        #expect(try workspace.authenticate(name: "王老师", password: "correct-horsE") == nil)
        #expect(try workspace.authenticate(name: "nobody", password: "correct-horse") == nil)
        try workspace.changePassword(ofAccount: "王老师", to: "battery-staple", cost: 4)
        #expect(try workspace.authenticate(name: "王老师", password: "correct-horse") == nil)
        #expect(try workspace.authenticate(name: "王老师", password: "battery-staple") != nil)
    }

    @Test("bad accounts are usage errors in Chinese, and nothing is stored")
    func refusals() throws {
        let workspace = try Self.workspace()
        let cases: [(Account, String, String)] = [
            (Account(name: "a b", role: .admin), "long-enough", "账号名"),
            (Account(name: "", role: .admin), "long-enough", "账号名"),
            (Account(name: "站", role: .station), "long-enough", "--station"),
            (Account(name: "馆员", role: .librarian, station: "x"), "long-enough", "--station"),
            (Account(name: "短", role: .admin), "short", "至少要 8 个字符"),
            (Account(name: "长", role: .admin), String(repeating: "密", count: 30), "72 个字节"),
        ]
        for (account, password, message) in cases {
            #expect {
                try workspace.addAccount(account, password: password, cost: 4)
            } throws: { error in
                (error as? YuanjiaoError)?.kind == .usage && (error as? YuanjiaoError)?.message.contains(message) == true
            }
        }
        #expect(try workspace.accounts().isEmpty)
        #expect(throws: YuanjiaoError.self) { try workspace.removeAccount(named: "nobody") }
    }

    @Test("the default bcrypt cost is at least 10 (about 50 ms or more per guess)")
    func cost() {
        #expect(PasswordHashing.defaultCost >= 10)
    }
}

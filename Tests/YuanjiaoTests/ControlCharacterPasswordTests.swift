import Foundation
import Testing
import Yuanjiao

/// bcrypt stops at NUL: a password with a control character would be silently cut, so it is refused when
/// set and never signs in.
@Suite struct ControlCharacterPasswordTests {
    static let hostilePasswords = [
        "abcdefgh\u{0}anything", "abcdefgh\u{1B}[2J", "abcdefgh\u{7}", "abcdefgh\n", "abcdefgh\tx",
        "abcdefgh\u{7F}", "abcdefgh\u{85}", "abcdefgh\u{9B}31m",
    ]

    @Test(arguments: hostilePasswords)
    func aControlCharacterIsRefusedWhenSetAndAtLogin(password: String) throws {
        let workspace = try AccountTests.workspace()
        let refused = #expect(throws: YuanjiaoError.self) {
            try workspace.addAccount(Account(name: "王老师", role: .admin), password: password, cost: 4)
        }
        #expect(refused?.kind == .usage && refused?.message.contains("控制字符") == true)
        #expect(try workspace.accounts().isEmpty)
        try workspace.addAccount(Account(name: "王老师", role: .admin), password: "abcdefgh", cost: 4)
        let changed = #expect(throws: YuanjiaoError.self) {
            try workspace.changePassword(ofAccount: "王老师", to: password, cost: 4)
        }
        #expect(changed?.kind == .usage)
        #expect(try workspace.authenticate(name: "王老师", password: password) == nil)
        #expect(try workspace.authenticate(name: "王老师", password: "abcdefgh") != nil)
    }
}

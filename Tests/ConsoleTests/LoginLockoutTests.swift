import Foundation
import Testing
@testable import Console
import Yuanjiao

/// Lock-out by failed logins is per account and address: a guesser elsewhere cannot lock the admin out
/// of the console from the admin's own machine.
@Suite struct LoginLockoutTests {
    @Test func failuresFromOneAddressDoNotLockTheAccountElsewhere() async {
        let limiter = LoginLimiter(accountLimit: 5, addressLimit: 20)
        for _ in 0..<5 { await limiter.recordFailure(account: "admin", address: "10.0.0.66") }
        #expect(await !limiter.allows(account: "admin", address: "10.0.0.66"))
        #expect(await limiter.allows(account: "admin", address: "10.0.0.2"))
        #expect(await limiter.allows(account: "lib", address: "10.0.0.66"))
        await limiter.recordSuccess(account: "admin", address: "10.0.0.2")
        #expect(await !limiter.allows(account: "admin", address: "10.0.0.66"))
    }

    @Test(arguments: ["admin\u{0}x", "a\u{1B}[2Jb", "line\nforged: 登录成功"])
    func aLoggedNameIsEscaped(name: String) {
        let logged = Yuanjiao.TerminalSafeText.escaped(name)
        #expect(!logged.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
}

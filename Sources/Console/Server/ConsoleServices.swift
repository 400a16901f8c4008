import Dispatch
import Foundation
import Hummingbird
import HummingbirdAuth
import Yuanjiao

/// What every route works with: the one workspace, the station file, sessions and the login limiter.
struct ConsoleServices: Sendable {
    let workspace: Workspace
    let stationsFile: URL
    let watchFolders: [String]
    let loginLimiter: LoginLimiter
    let rescans: RescanState
    /// Month plans running in the background (the month page shows their progress).
    var planning = PlanningJobs()
    /// `Secure` on the cookies when the console is served behind TLS.
    var secureCookies = false
    /// bcrypt's cost for passwords changed in the console; tests lower it.
    var passwordCost: UInt8 = PasswordHashing.defaultCost
    /// The time pages such as 「即将播出」 count from; tests fix it.
    var now: @Sendable () -> Date = { Date() }
    /// The month page's data per month, recomputed only when the catalogue or the station file changed.
    var monthPages = VersionedCache<MonthPageData>(capacity: 24)
    /// Loudspeaker audio (WAV bytes) per station and month, rendered again only when the script changed.
    var audioNotices = VersionedCache<[UInt8]>(capacity: 16)

    static let sessionCookie = "yj_session"

    /// hummingbird-auth's session storage over the catalogue; its cookie is HttpOnly and SameSite=Strict.
    var sessionStorage: SessionStorage<ConsoleSession> {
        SessionStorage(
            CatalogueSessionDriver(workspace: workspace),
            configuration: .init(
                sessionCookieParameters: .init(name: Self.sessionCookie, path: "/", secure: secureCookies, sameSite: .strict),
                keyPrefix: ""))
    }

    /// Runs catalogue work off the server's threads: a plan or an index run takes seconds, and the
    /// event loops must keep answering reads meanwhile. Errors become `ConsoleFailure`s.
    func run<T: Sendable>(_ body: @escaping @Sendable (Workspace) throws -> T) async throws -> T {
        let workspace = workspace
        do {
            return try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(with: Result { try body(workspace) })
                }
            }
        } catch {
            throw ConsoleFailure(error)
        }
    }
}

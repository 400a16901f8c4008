import Hummingbird
import HummingbirdAuth
import Yuanjiao

/// Each request's context: the session (hummingbird-auth's `SessionMiddleware` loads it), the account
/// it is for (`SessionAuthenticator`), and the peer's address.
struct ConsoleContext: AuthRequestContext, SessionRequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's IP address, for the login rate limit; "local" where there is none (route tests).
    let clientAddress: String
    var identity: Account?
    let sessions: SessionContext<ConsoleSession>

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "local"
        sessions = SessionContext()
    }

    /// Forms and uploads are small; nothing the console accepts is bigger.
    var maxUploadSize: Int { 256 * 1024 }

    /// The logged-in account (pages show its name and menu).
    var account: Account? { identity }
    /// The session of a logged-in account; a session whose account is gone counts as none.
    var session: ConsoleSession? { identity == nil ? nil : sessions.session }

    /// The logged-in account, else a 401. Which roles reach a route is decided by its group's policy
    /// (see `RouteGroups`), never in the handler.
    func signedIn() throws -> (account: Account, session: ConsoleSession) {
        guard let account, let session else { throw ConsoleFailure.signInRequired }
        return (account, session)
    }
}

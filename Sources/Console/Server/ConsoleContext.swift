import Hummingbird
import Yuanjiao

/// Each request's context: who is logged in (filled by `SessionMiddleware`) and from which address.
struct ConsoleContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's IP address, for the login rate limit; "local" where there is none (route tests).
    let clientAddress: String
    var account: Account?
    var session: ConsoleSession?

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    /// Forms and uploads are small; nothing the console accepts is bigger.
    var maxUploadSize: Int { 256 * 1024 }

    /// The logged-in account, else a 401.
    func signedIn() throws -> (account: Account, session: ConsoleSession) {
        guard let account, let session else { throw ConsoleFailure.signInRequired }
        return (account, session)
    }

    /// The logged-in account if its role is one of `roles`, else 401 or 403.
    @discardableResult
    func require(_ roles: Account.Role...) throws -> Account {
        let (account, _) = try signedIn()
        guard roles.contains(account.role) else { throw ConsoleFailure.forbidden(account.role) }
        return account
    }

    /// An admin, or the station account of that station.
    @discardableResult
    func requireStation(_ stationID: String) throws -> Account {
        let (account, _) = try signedIn()
        switch account.role {
        case .admin: return account
        case .station where account.station == stationID: return account
        default: throw ConsoleFailure.forbidden(account.role)
        }
    }
}

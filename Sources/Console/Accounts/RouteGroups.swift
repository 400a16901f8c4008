import Foundation
import Hummingbird
import HummingbirdAuth
import Yuanjiao

/// The console's routes by who may use them: each group carries hummingbird-auth's
/// `AuthorizationPolicyMiddleware`, so a handler never checks a role itself. A missing session is a
/// 401 and a wrong role a 403, both answered by `ErrorPageMiddleware`.
struct RouteGroups {
    /// Anyone, logged in or not (the login form, the home redirect).
    let open: RouterGroup<ConsoleContext>
    /// Any logged-in account (its own password, logging out).
    let signedIn: RouterGroup<ConsoleContext>
    /// The county office and the librarians: the catalogue.
    let staff: RouterGroup<ConsoleContext>
    /// The county office alone: stations, months, accounts, reports.
    let admin: RouterGroup<ConsoleContext>
    /// The county office, and a station account for its own station (the path's second segment).
    let station: RouterGroup<ConsoleContext>
    /// The county office and every station account (each sees only its own station's data).
    let adminOrStation: RouterGroup<ConsoleContext>

    init(router: Router<ConsoleContext>) {
        open = router.group()
        signedIn = router.group().add(middleware: Self.allow(RolesPolicy(.admin, .librarian, .station)))
        staff = router.group().add(middleware: Self.allow(RolesPolicy(.admin, .librarian)))
        admin = router.group().add(middleware: Self.allow(RolesPolicy(.admin)))
        station = router.group().add(middleware: Self.allow(ClosureAuthorizationPolicy { account, request in
            account.role == .admin || (account.role == .station && account.station == Self.stationInPath(request.uri.path))
        }))
        adminOrStation = router.group().add(middleware: Self.allow(RolesPolicy(.admin, .station)))
    }

    private static func allow<Policy: AuthorizationPolicy<Account>>(_ policy: Policy) -> some RouterMiddleware<ConsoleContext> {
        AuthorizationPolicyMiddleware(policy, context: ConsoleContext.self)
    }

    /// `/station/{station}/…` and `/bundles/{station}/…`: the station id as the router decodes it.
    static func stationInPath(_ path: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        guard segments.count >= 2 else { return nil }
        return String(segments[1]).removingPercentEncoding
    }
}

/// Lets an account in when its role is one of `roles`.
struct RolesPolicy: AuthorizationPolicy {
    let roles: Set<Account.Role>
    init(_ roles: Account.Role...) { self.roles = Set(roles) }

    func isAuthorized(identity: Account, request: Request) async throws -> Bool { roles.contains(identity.role) }
}

public import Foundation
import Hummingbird
import HummingbirdAuth
public import Logging
import Synchronization
public import Yuanjiao

/// `yuanjiao serve`'s settings.
public struct ConsoleOptions: Sendable {
    public var host: String
    public var port: Int
    public var stationsFile: URL
    public var watchFolders: [String]
    public var rescanInterval: Duration
    /// Mark cookies `Secure`: set when a TLS proxy is in front of the console.
    public var secureCookies: Bool

    public init(
        host: String = "127.0.0.1", port: Int = 8080, stationsFile: URL, watchFolders: [String] = [],
        rescanInterval: Duration = .seconds(300), secureCookies: Bool = false
    ) {
        self.host = host
        self.port = port
        self.stationsFile = stationsFile
        self.watchFolders = watchFolders
        self.rescanInterval = rescanInterval
        self.secureCookies = secureCookies
    }

    /// Whether other machines can reach the console: then every page must be behind an account.
    public var isExposed: Bool { !["127.0.0.1", "localhost", "::1"].contains(host) }
}

/// The web console: the same `Workspace` the CLI uses, behind pages for the county office, the
/// librarians and the stations, and a JSON API with the CLI's shapes.
public enum ConsoleServer {
    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight (graceful shutdown).
    public static func run(workspace: Workspace, options: ConsoleOptions, logger: Logger) async throws {
        let services = makeServices(workspace: workspace, options: options)
        let rescanner = Rescanner(services: services, interval: options.rescanInterval, logger: logger)
        let app = Application(
            router: router(services: services, options: options, logger: logger),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "yuanjiao"),
            services: options.watchFolders.isEmpty ? [] : [rescanner], logger: logger)
        try await app.runService()
    }

    /// `run` from synchronous code (the CLI's commands are synchronous): blocks until the server stops.
    public static func runBlocking(workspace: Workspace, options: ConsoleOptions, logger: Logger) throws {
        let failure = Mutex<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await run(workspace: workspace, options: options, logger: logger)
            } catch {
                failure.withLock { $0 = error }
            }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }

    static func makeServices(workspace: Workspace, options: ConsoleOptions) -> ConsoleServices {
        ConsoleServices(
            workspace: workspace, stationsFile: options.stationsFile, watchFolders: options.watchFolders,
            loginLimiter: LoginLimiter(), rescans: RescanState(), secureCookies: options.secureCookies)
    }

    static func router(services: ConsoleServices, options: ConsoleOptions, logger: Logger) -> Router<ConsoleContext> {
        let router = Router(context: ConsoleContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: ErrorPageMiddleware())
        router.add(middleware: SessionMiddleware(sessionStorage: services.sessionStorage, defaultSessionExpiration: ConsoleSession.lifetime))
        router.add(middleware: SessionAuthenticator(context: ConsoleContext.self) { (session: ConsoleSession, _) in
            try await services.run { try $0.account(id: session.accountID) }
        })
        let groups = RouteGroups(router: router)
        ConsoleAssets.register(on: groups)
        LoginRoutes(services: services, secureCookies: options.secureCookies).register(on: groups)
        LibrarianRoutes(services: services).register(on: groups)
        UpcomingRoutes(services: services).register(on: groups)
        MediaPreview.register(on: groups, services: services)
        DocumentPreview.register(on: groups, services: services)
        AdminRoutes(services: services).register(on: groups)
        StationRoutes(services: services).register(on: groups)
        ReportRoutes(services: services).register(on: groups)
        AttendanceRoutes(services: services).register(on: groups)
        MonitoringRoutes(services: services).register(on: groups)
        APIRoutes(services: services).register(on: groups)
        PasswordRoutes(services: services).register(on: groups)
        return router
    }
}

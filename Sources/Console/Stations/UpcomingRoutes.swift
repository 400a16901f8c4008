import Hummingbird
import Yuanjiao

/// 「即将播出」: guide programmes not recorded yet, for librarians and the county office.
struct UpcomingRoutes {
    let services: ConsoleServices

    func register(on groups: RouteGroups) {
        groups.staff.get("/upcoming") { _, context in
            let now = services.now()
            let programmes = try await services.run { try $0.upcomingProgrammes(limit: 200, now: now) }
            return Page(title: "即将播出", account: context.account, csrf: context.session?.csrfToken, body: UpcomingPages.page(programmes))
                .response()
        }
    }
}

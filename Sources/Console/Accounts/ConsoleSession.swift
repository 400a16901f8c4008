/// What a logged-in browser's session holds: the never-reused id of its account (not the name, so a
/// removed-and-re-added name never inherits an old cookie) and the CSRF token its forms must carry.
struct ConsoleSession: Codable, Sendable, Equatable {
    var accountID: String
    var csrfToken: String

    /// Sessions end this long after the login: a working day at the county office. The end is fixed
    /// (not renewed on use) so that a stored session is only ever written at login.
    static let lifetime = Duration.seconds(8 * 3600)
}

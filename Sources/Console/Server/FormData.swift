import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body: fields may repeat (several tags at once).
struct FormData: Sendable {
    var fields: [(name: String, value: String)]

    init(encoded text: String) {
        fields = text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    subscript(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// The trimmed value, nil when missing or blank.
    func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Reads the body of a POSTed form and checks its CSRF field against the session's token.
    static func verified(_ request: Request, context: ConsoleContext) async throws -> FormData {
        let (_, session) = try context.signedIn()
        let form = try await read(request, context: context)
        guard let sent = form["csrf"], SecureToken.matches(sent, session.csrfToken) else { throw ConsoleFailure.badCSRFToken }
        return form
    }

    static func read(_ request: Request, context: ConsoleContext) async throws -> FormData {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        return FormData(encoded: String(buffer: buffer))
    }
}

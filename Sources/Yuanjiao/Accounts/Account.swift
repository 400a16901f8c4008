public import Foundation

/// A web console account: who may see and change what. The password never leaves the workspace.
public struct Account: Sendable, Equatable, Codable {
    public enum Role: String, Sendable, Codable, CaseIterable {
        /// The county office: stations, plans, bundles, accounts, and everything a librarian does.
        case admin
        /// Reviews, tags and searches the catalogue; cannot plan.
        case librarian
        /// One station's administrator: sees only that station's month, notices and bundle.
        case station

        /// The name the console shows.
        public var label: String {
            switch self {
            case .admin: "县远程办管理员"
            case .librarian: "馆员"
            case .station: "站点管理员"
            }
        }
    }

    public var name: String
    public var role: Role
    /// The station id for a `station` account; nil for the others.
    public var station: String?
    public var createdAt: Date
    /// The catalogue's never-reused id of the account (console sessions are bound to it); empty until added.
    public var id: String

    public init(name: String, role: Role, station: String? = nil, createdAt: Date = Date(), id: String = "") {
        self.id = id
        self.name = name
        self.role = role
        self.station = station
        self.createdAt = createdAt
    }
}

public import Foundation

/// One console account as the catalogue keeps it. The role is the console's business; here it is text.
public struct StoredAccount: Sendable, Equatable {
    public var name: String
    public var role: String
    public var station: String?
    public var passwordHash: String
    public var createdAt: Date
    public var updatedAt: Date
    /// Given by the catalogue when the account is added and never reused; empty before that.
    public var accountID: String

    public init(
        name: String, role: String, station: String?, passwordHash: String, createdAt: Date, updatedAt: Date,
        accountID: String = ""
    ) {
        self.name = name
        self.role = role
        self.station = station
        self.passwordHash = passwordHash
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.accountID = accountID
    }
}

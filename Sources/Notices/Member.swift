/// One person a station expects at its sessions, printed on the sign-in sheet.
public struct Member: Sendable, Hashable, Codable {
    public var name: String
    /// 党员, 干部 or 群众; empty when not given.
    public var role: String
    /// The villagers' group (村民小组), e.g. 一组; empty when not given.
    public var group: String

    public init(name: String, role: String = "", group: String = "") {
        self.name = name
        self.role = role
        self.group = group
    }

    public static let roles = ["党员", "干部", "群众"]
}

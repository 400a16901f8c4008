import Foundation
import ChineseText

/// Who a course is meant for, as librarians mark it. Stored and printed in JSON as the English code;
/// people type and read the Chinese label.
public enum Audience: String, Sendable, Codable, CaseIterable, Hashable {
    case partyMember = "party-member"
    case cadre
    case villager
    case children

    public var label: String {
        switch self {
        case .partyMember: return "党员"
        case .cadre: return "干部"
        case .villager: return "群众"
        case .children: return "少儿"
        }
    }

    /// 党员, 黨員, party-member, … → the audience; nil for anything else.
    public init?(text: String) {
        let folded = TextFolding.fold(text.trimmingCharacters(in: .whitespaces))
        guard let match = Self.allCases.first(where: { $0.rawValue == folded || TextFolding.fold($0.label) == folded })
        else { return nil }
        self = match
    }

    /// "党员、干部、群众、少儿" for error messages.
    public static var choices: String { allCases.map(\.label).joined(separator: "、") }
}

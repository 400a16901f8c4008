import Foundation
import GRDB

/// Appends to `librarianChange`/`librarianChangeItem` inside the caller's transaction.
struct ChangeLog {
    struct Entry {
        var resource: Int64
        var before: LibrarianState
        var after: LibrarianState
        var removedSuggestions: [TopicSuggestion]
    }

    let db: Database

    func record(
        kind: LibrarianChange.Kind, summary: String, by: String, at: Date, undoes: Int64? = nil, entries: [Entry]
    ) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO librarianChange (kind, summary, by, at, undoes) VALUES (?, ?, ?, ?, ?)",
            arguments: [kind.rawValue, summary, by, at, undoes])
        let changeID = db.lastInsertedRowID
        let statement = try db.cachedStatement(sql: """
            INSERT INTO librarianChangeItem (changeId, resourceId, before, after, removedSuggestions) VALUES (?, ?, ?, ?, ?)
            """)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for entry in entries {
            let removed = entry.removedSuggestions.isEmpty
                ? nil : String(decoding: try encoder.encode(entry.removedSuggestions), as: UTF8.self)
            try statement.execute(arguments: [
                changeID, entry.resource, StateJSON.encode(entry.before), StateJSON.encode(entry.after), removed,
            ])
        }
        if let undoes {
            try db.execute(sql: "UPDATE librarianChange SET undoneBy = ? WHERE id = ?", arguments: [changeID, undoes])
        }
        return changeID
    }
}

/// `LibrarianState` as stored in the log. Written by hand: a bulk change logs thousands of states.
enum StateJSON {
    static func encode(_ state: LibrarianState) -> String {
        var parts = [
            "\"topics\":" + list(state.topics), "\"rejected\":" + list(state.rejected), "\"tags\":" + list(state.tags),
        ]
        if let audience = state.audience { parts.append("\"audience\":" + string(audience.rawValue)) }
        if let series = state.series { parts.append("\"series\":" + string(series)) }
        if let episode = state.episode { parts.append("\"episode\":\(episode)") }
        return "{" + parts.joined(separator: ",") + "}"
    }

    static func decode(_ text: String) throws -> LibrarianState {
        try JSONDecoder().decode(LibrarianState.self, from: Data(text.utf8))
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ",") + "]"
    }

    private static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

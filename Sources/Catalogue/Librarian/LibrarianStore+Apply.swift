import GRDB

extension LibrarianStore {
    /// Writes `changes`, refreshes the search text they affect and logs them as one change.
    func apply(
        _ changes: [ResourceChange], kind: LibrarianChange.Kind, summary: String, undoes: Int64? = nil,
        restoring: [Int64: [TopicSuggestion]] = [:]
    ) throws -> Int64 {
        var entries: [ChangeLog.Entry] = []
        entries.reserveCapacity(changes.count)
        var searchIDs: Set<Int64> = []
        for change in changes {
            let tagsChanged = change.before.tags != change.after.tags
            let topicsChanged = change.before.topics != change.after.topics || change.before.rejected != change.after.rejected
            // Confirming a topic the rules already suggested leaves the indexed topic labels as they were.
            let labelsBefore = topicsChanged && !tagsChanged ? try topicLabels(change.id) : []
            let removed = try transition(change.id, from: change.before, to: change.after)
            let labelsChanged = topicsChanged && !tagsChanged ? try topicLabels(change.id) != labelsBefore : false
            if tagsChanged || labelsChanged { searchIDs.insert(change.id) }
            entries.append(ChangeLog.Entry(resource: change.id, before: change.before, after: change.after, removedSuggestions: removed))
        }
        // After the transitions, so suggestions of topics no longer rejected pass the trigger.
        for (id, suggestions) in restoring.sorted(by: { $0.key < $1.key }) where !suggestions.isEmpty {
            try restore(id, suggestions: suggestions)
            searchIDs.insert(id)
        }
        try refreshSearch(searchIDs.sorted())
        return try ChangeLog(db: db).record(kind: kind, summary: summary, by: by, at: now, undoes: undoes, entries: entries)
    }

    /// The topics search indexes for a resource: every source, once each.
    private func topicLabels(_ id: Int64) throws -> Set<String> {
        Set(try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT topic FROM resourceTopic WHERE resourceId = ?"), arguments: [id]))
    }
}

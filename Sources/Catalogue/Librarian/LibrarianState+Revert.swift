extension LibrarianState {
    /// `self` (the state now) with one earlier change from `before` to `after` taken back, keeping what
    /// later changes did. Topics and tags are reverted element by element (what the change added is
    /// removed, what it removed is put back), which later work cannot contradict. A single-valued field
    /// the change set is restored only if it still holds what the change wrote; otherwise it is named in
    /// `conflicts` (reverting would overwrite later work).
    public func reverting(before: LibrarianState, after: LibrarianState) -> (state: LibrarianState, conflicts: [String]) {
        func revert(_ now: [String], _ before: [String], _ after: [String]) -> [String] {
            Array(Set(now).subtracting(Set(after).subtracting(before)).union(Set(before).subtracting(after)))
        }
        let topics = revert(self.topics, before.topics, after.topics)
        let rejected = Set(revert(self.rejected, before.rejected, after.rejected)).subtracting(topics)
        var result = LibrarianState(
            topics: topics, rejected: Array(rejected), tags: revert(tags, before.tags, after.tags),
            audience: audience, series: series, episode: episode)
        var conflicts: [String] = []
        if before.audience != after.audience {
            if audience == after.audience { result.audience = before.audience } else { conflicts.append("受众") }
        }
        if before.series != after.series || before.episode != after.episode {
            if series == after.series && episode == after.episode {
                result.series = before.series
                result.episode = before.episode
            } else {
                conflicts.append("系列")
            }
        }
        return (result, conflicts)
    }
}

import Planner

extension NoticeBoardPoster {
    /// A session's reading material (documents handed out, not played) as one line under its programme list;
    /// nothing at all when it has none, so posters without documents stay as they were.
    func materialsLine(_ session: PlannedSession) -> String {
        guard !session.materials.isEmpty else { return "" }
        let titles = session.materials.map { "《\($0.title.html)》" }.joined()
        return "\n<p class=\"materials\">阅读材料：\(titles)</p>"
    }
}

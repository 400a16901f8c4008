import Planner

extension StationResolver {
    /// The station's 快乐园 with an empty roster (the roster file is read beside the station file, see
    /// `StationFile.check(_:)`); a computer class needs `computers:`.
    func childrenProgramme(_ entry: StationFileReader.Entry, findings: inout [Finding]) -> ChildrenProgramme? {
        guard let children = entry.children else {
            if let computers = entry.computers {
                return ChildrenProgramme(roster: [], computers: max(0, computers.value), activities: [])
            }
            return nil
        }
        let computers = max(0, entry.computers?.value ?? 0)
        for activity in children.activities where activity.value.needsComputers && computers == 0 {
            findings.append(
                Finding(
                    at: activity.at,
                    message: "“\(activity.value.title)”要用电脑（computers: true），但站点没有写 computers（电脑台数），例如 computers: 12"))
        }
        return ChildrenProgramme(roster: [], computers: computers, activities: children.activities.map(\.value), phone: children.phone)
    }
}

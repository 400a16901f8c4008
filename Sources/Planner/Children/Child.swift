/// One child of a station's 快乐园 roster (姓名, 出生日期, 年级). Personal data of a minor: it stays in the
/// station file's roster, that station's bundle and pages; plans and reports carry counts only.
public struct Child: Sendable, Hashable {
    public var name: String
    public var birthDate: LocalDate
    public var grade: String

    public init(name: String, birthDate: LocalDate, grade: String = "") {
        self.name = name
        self.birthDate = birthDate
        self.grade = grade
    }

    /// The given name without the surname (`张小明` → `小明`), what the loudspeaker reads: a village hears
    /// first names, not the roster.
    public var firstName: String {
        let letters = Array(name)
        guard letters.count > 1 else { return name }
        let surnameLength = Self.compoundSurnames.contains(String(letters.prefix(2))) && letters.count > 2 ? 2 : 1
        return String(letters.dropFirst(surnameLength))
    }

    /// The day the birthday falls on in `year` (29 February becomes 28 February in a common year).
    public func birthday(in year: Int) -> LocalDate {
        let day = min(birthDate.day, LocalDate.daysInMonth(year: year, month: birthDate.month))
        return LocalDate(unchecked: year, birthDate.month, day)
    }

    static let compoundSurnames: Set<String> = [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
        "端木", "独孤", "南宫", "西门", "轩辕", "呼延",
    ]
}

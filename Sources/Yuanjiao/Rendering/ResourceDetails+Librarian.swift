public import Catalogue

extension ResourceDetails {
    /// The librarian's marks and the season, for `show`'s text (empty when there is nothing to show).
    public var librarianLines: [String] {
        var lines: [String] = []
        if let audience { lines.append("  受众：\(audience.label)") }
        if let series = LibrarianState.seriesText(series, episode) { lines.append("  系列：\(series)") }
        if !months.isEmpty { lines.append("  时令：\(SeasonCalendar.monthsText(months))") }
        return lines
    }
}

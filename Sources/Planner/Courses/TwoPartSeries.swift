/// 「（上）（下）」 is a two-part series. Titles alone number 下 as 3 (it must sort after 中 when there is one), so
/// a series whose parts are only 上 and 下 would look like 第1、3集 with 第2集 missing: announced as a gap, and
/// checked as a skip. Renumbered here, where the whole series is known: 下 becomes part 2 when there is no 中.
public enum TwoPartSeries {
    public static func renumber(_ courses: [Course]) -> [Course] {
        var episodes: [String: Set<Int>] = [:]
        for course in courses { if let series = course.series { episodes[series.title, default: []].insert(series.episode) } }
        return courses.map { course in
            guard let series = course.series, series.episode == 3, episodes[series.title] == [1, 3],
                course.title.contains("下")
            else { return course }
            var renumbered = course
            renumbered.series = SeriesPosition(title: series.title, episode: 2)
            return renumbered
        }
    }
}

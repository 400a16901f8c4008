public import Catalogue
public import Foundation

extension Workspace {
    /// `yuanjiao search`: full text, simplified or traditional, pinyin; optional topic, duration and format filters.
    public func search(
        _ query: String, topic: String? = nil, minMinutes: Double? = nil, maxMinutes: Double? = nil,
        format: String? = nil, kind: String? = nil, limit: Int = 20
    ) throws(YuanjiaoError) -> SearchResults {
        try Self.boundary {
            let filters = SearchFilters(topic: topic, minMinutes: minMinutes, maxMinutes: maxMinutes, format: format, kind: kind)
            return try catalogue.search(query, filters: filters, limit: limit)
        }
    }

    /// Guide programmes with no recording yet, on air or still to come, soonest first (the console's
    /// 「即将播出」 page).
    public func upcomingProgrammes(limit: Int = 100, now: Date = Date()) throws(YuanjiaoError) -> [SearchResults.ProgrammeHit] {
        try Self.boundary { try catalogue.upcomingProgrammes(limit: limit, now: now) }
    }
}

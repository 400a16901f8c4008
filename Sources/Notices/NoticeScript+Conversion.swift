public import ChineseText
public import Planner

extension NoticeScript {
    /// The finished notice in this script: simplified text as written, or converted phrase by phrase through
    /// OpenCC (学习 → 學習, 发展 → 發展). Markup and ASCII pass through unchanged.
    public func render(_ text: String) throws(ScriptConversionError) -> String {
        switch self {
        case .simplified: text
        case .traditional: try ScriptConverter.toTraditional(text)
        }
    }

    /// The HTML `lang` of a notice in this script.
    var htmlLanguage: String {
        switch self {
        case .simplified: "zh-Hans"
        case .traditional: "zh-Hant"
        }
    }
}

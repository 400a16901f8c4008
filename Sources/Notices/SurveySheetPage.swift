import Planner

/// 需求调查表: the printed survey in every bundle (A4): one row per member (names from the station's list,
/// then blank rows for villagers), a box to tick under each topic of `Catalog/topics.yaml`, and a line for
/// what else they want. Its columns are the ones `yuanjiao survey import` reads once typed into WPS/Excel.
public struct SurveySheetPage: Sendable {
    public var input: NoticeInput
    /// Topic id and Chinese label, in `topics.yaml` order.
    public var topics: [(id: String, label: String)]
    public var blankRows: Int

    /// The file every bundle carries.
    public static let bundleFileName = "需求调查表.html"

    public init(_ input: NoticeInput, topics: [(id: String, label: String)], blankRows: Int = 10) {
        self.input = input
        self.topics = topics
        self.blankRows = blankRows
    }

    public func html() -> String {
        let names = input.members.map(\.name) + Array(repeating: "", count: blankRows)
        let boxes = String(repeating: "<td class=\"box\">□</td>", count: topics.count)
        let rows = names.enumerated().map { index, name in
            "<tr><td class=\"no\">\(index + 1)</td><td class=\"name\">\(name.html)</td>\(boxes)<td class=\"comment\"></td></tr>"
        }
        let headers = topics.map { "<th class=\"topic\">\($0.label.html)</th>" }.joined()
        return """
            <!DOCTYPE html>
            <html lang="zh-Hans"><head><meta charset="utf-8"><title>\(input.stationName.html) 需求调查表</title>
            <style>
            @page { size: A4 landscape; margin: 12mm; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "SimSun", sans-serif; font-size: 11pt; }
            h1 { text-align: center; font-size: 18pt; letter-spacing: 0.2em; margin: 0 0 2mm; }
            p { margin: 1mm 0 3mm; }
            table { width: 100%; border-collapse: collapse; }
            th, td { border: 0.3mm solid #333; height: 8mm; padding: 0 1.5mm; }
            th { background: #eee; font-size: 10pt; }
            .no { width: 10mm; text-align: center; } .name { width: 28mm; } .box { text-align: center; font-size: 14pt; }
            .topic { width: 18mm; } tr { page-break-inside: avoid; }
            </style></head><body>
            <h1>远程教育学习需求调查表</h1>
            <p>站点：\(input.stationName.html)　　月份：\(input.month.year)年\(input.month.month)月　　\
            请在想学的内容下打 √（可多选），其他想学的写在“意见”一栏。</p>
            <table>
            <thead><tr><th class="no">序号</th><th class="name">姓名</th>\(headers)<th class="comment">意见（还想学什么）</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            <p>录入电脑时每人一行：站点,姓名,想学的内容,意见（想学的内容用“、”分开），再用 yuanjiao survey import 导入。</p>
            </body></html>

            """
    }
}

import ChineseText
import Testing

@Suite struct EpisodeMarkerTests {
    static let cases: [(String, Int?, Int?, String)] = [
        ("水稻种植技术（第三集）", 3, nil, "水稻种植技术"),
        ("水稻种植技术 第3集", 3, nil, "水稻种植技术"),
        ("水稻种植技术第３集", 3, nil, "水稻种植技术"),
        ("农村法律知识第十二讲", 12, nil, "农村法律知识"),
        ("電腦基礎 第2課", 2, nil, "電腦基礎"),
        ("致富经第五期", 5, nil, "致富经"),
        ("果树修剪 第1部分", 1, nil, "果树修剪"),
        ("果树修剪（上）", nil, 1, "果树修剪"),
        ("果树修剪(中)", nil, 2, "果树修剪"),
        ("果树修剪（下）", nil, 3, "果树修剪"),
        ("养猪技术上集", nil, 1, "养猪技术"),
        ("养猪技术 下集", nil, 3, "养猪技术"),
        ("养猪技术（上集）", nil, 1, "养猪技术"),
        ("家庭教育之一", 1, nil, "家庭教育"),
        ("家庭教育之二。", 2, nil, "家庭教育"),
        ("大棚蔬菜栽培（一）", 1, nil, "大棚蔬菜栽培"),
        ("大棚蔬菜栽培 (12)", 12, nil, "大棚蔬菜栽培"),
        ("第三集 养猪技术（上）", 3, 1, "养猪技术"),
        ("养猪技术第三集（上）", 3, 1, "养猪技术"),
        ("农业科技讲座 第12讲 水稻病虫害防治", 12, nil, "农业科技讲座"),
        ("水稻种植技术（第三集：病虫害防治）", 3, nil, "水稻种植技术"),
        ("《乡村振兴》第二十一集", 21, nil, "《乡村振兴》"),
        ("法律讲堂：第一百零五期", 105, nil, "法律讲堂"),
        ("大棚蔬菜栽培（一）（下）", 1, 3, "大棚蔬菜栽培"),
        ("（水稻种植）第三集", 3, nil, "水稻种植"),
        ("【养猪技术】 第2讲：饲料", 2, nil, "养猪技术"),
    ]

    @Test(arguments: cases)
    func parses(_ testCase: (String, Int?, Int?, String)) throws {
        let (title, number, part, series) = testCase
        let marker = try #require(EpisodeMarker.parse(title: title))
        #expect(marker == EpisodeMarker(number: number, part: part, seriesTitle: series))
    }

    @Test(arguments: [
        "水稻种植技术", "天上人间", "乡下生活", "中国之声", "CCTV-7 农业", "第一书记", "（2026）版农业政策", "上海",
        "2026年第一季度", "",
    ])
    func noMarker(_ title: String) {
        #expect(EpisodeMarker.parse(title: title) == nil)
    }
}

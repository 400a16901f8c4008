import ChineseText

/// Deterministic realistic courseware titles and descriptions, about a third in traditional script.
struct ChineseCorpus {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    static let prefixes = ["农村", "乡村", "新时代", "基层", "现代", "实用", "农民", "科学", "绿色", "县级", "山区", "家庭"]
    static let subjects = [
        "法律知识", "水稻种植", "生猪养殖", "柑橘管理", "民法典", "土地承包", "党的二十大精神", "乡村振兴", "大棚蔬菜",
        "果树修剪", "畜禽防疫", "农产品电商", "反电信诈骗", "孝老爱亲", "家风家训", "移风易俗", "茶叶栽培", "油菜高产",
        "玉米病虫害", "银行信贷", "长江禁渔", "重庆火锅产业", "医保政策", "食品安全", "农机操作", "乡村旅游", "水产养殖",
        "宪法宣传", "婚姻家庭", "安全生产", "环境保护", "森林防火", "合作社经营", "土壤改良", "测土配方施肥",
    ]
    static let suffixes = ["讲座", "技术", "解读", "实务", "指南", "知识问答", "专题片", "案例分析", "培训", "系列讲座"]
    static let sentences = [
        "本片结合真实案例，讲解{s}的主要内容和注意事项。",
        "专家深入浅出地介绍{s}，帮助农民群众掌握实用本领。",
        "围绕{s}，解答基层党员干部最关心的问题。",
        "通过现场演示，展示{s}的关键环节和操作要点。",
        "节目邀请县农技推广中心专家讲解{s}。",
    ]

    mutating func resource(index: Int) -> (title: String, description: String) {
        let subject = pick(Self.subjects)
        var title = pick(Self.prefixes) + subject + pick(Self.suffixes)
        if random.next() % 4 == 0 { title += "（第" + ChineseNumeral.spell(Int(random.next() % 20) + 1) + "讲）" }
        var description = ""
        for _ in 0..<2 { description += pick(Self.sentences).replacingOccurrences(of: "{s}", with: pick(Self.subjects)) }
        if index % 3 == 0 {
            title = (try? ScriptConverter.toTraditional(title)) ?? title
            description = (try? ScriptConverter.toTraditional(description)) ?? description
        }
        return (title, description)
    }

    /// 200 queries people type: 1–4 Han characters, pinyin, initials, mixed Latin and Han.
    mutating func queries(count: Int = 200) -> [String] {
        let words = Self.subjects.flatMap { subject -> [String] in
            let characters = Array(subject)
            return (1...min(4, characters.count)).map { String(characters.prefix($0)) }
        }
        let pinyin = ["falv", "nongye", "shuidao", "yinhang", "changjiang", "chongqing", "zhongzhi", "yangzhi", "fa lv", "xiangcun"]
        let initials = ["flfg", "ny", "sd", "xczx", "mfd", "tdcb"]
        let mixed = ["CCTV7 农业", "第三讲 法律", "2026 乡村振兴", "农業 技術", "法律 -诈骗", "水稻 OR 柑橘", "title:民法典"]
        var queries: [String] = []
        for index in 0..<count {
            switch index % 10 {
            case 0...5: queries.append(pick(words))
            case 6, 7: queries.append(pick(pinyin))
            case 8: queries.append(pick(initials))
            default: queries.append(pick(mixed))
            }
        }
        return queries
    }

    private mutating func pick<T>(_ values: [T]) -> T {
        values[Int(random.next() % UInt64(values.count))]
    }
}

/// A small seeded generator: benchmark corpora are the same on every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

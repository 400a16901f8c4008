import Foundation
import Testing

@Suite("yuanjiao export-tags and import-tags")
struct LibrarianExchangeCLITests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Writes a sheet as bytes: BOM, then `lines` joined with CRLF.
    func writeSheet(_ cli: LibrarianCLI, _ name: String, _ lines: [String], bom: Bool = true) throws -> String {
        let path = cli.path(name)
        var data = Data(bom ? Self.bom : [])
        data.append(Data((lines.joined(separator: "\r\n") + "\r\n").utf8))
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("export: UTF-8 with BOM, CRLF, RFC 4180 quoting of commas, quotes and line breaks")
    func exportFormat() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let id = try cli.id("宪法", pathSuffix: "宪法宣传教育.mp3")
        let tagged = try cli.run(["tag", "\(id)", "--topic", "law", "--tag", "说\"法\"", "--series", "宪法,学习\n第一季", "--episode", "3"])
        #expect(tagged.status == 0, "\(tagged.stderr)")
        let file = cli.path("标注.csv")
        let export = try cli.run(["export-tags", file])
        #expect(export.status == 0 && export.stdout.contains("已导出 1 个课件"))
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(data.prefix(3)) == Self.bom)
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("fingerprint,path,title,topics,rejected,tags,audience,series,episode\r\n"))
        #expect(text.contains(",law,,\"说\"\"法\"\"\",,\"宪法,学习\n第一季\",3\r\n"))

        let all = try cli.run(["export-tags", cli.path("全部.csv"), "--all"])
        #expect(all.status == 0)
        let rows = String(decoding: try Data(contentsOf: URL(fileURLWithPath: cli.path("全部.csv"))), as: UTF8.self)
        #expect(rows.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count > 20)
    }

    @Test("round trip to another county's catalogue: rows found by fingerprint though every path differs")
    func roundTrip() throws {
        let county = try LibrarianCLI()
        defer { county.remove() }
        try county.indexSamples()
        let law = try county.id("宪法", pathSuffix: "宪法宣传教育.mp3")
        let rice = try county.id("水稻", pathSuffix: "水稻育秧技术.mp4")
        #expect(try county.run(["tag", "\(law)", "--topic", "law", "--untopic", "policy", "--tag", "普法,宪法".replacingOccurrences(of: ",", with: ""), "--audience", "干部"]).status == 0)
        #expect(try county.run(["tag", "\(rice)", "--topic", "agritech", "--tag", "春耕", "--series", "水稻种植", "--episode", "1"]).status == 0)
        let file = county.path("交换.csv")
        #expect(try county.run(["export-tags", file]).status == 0)

        let other = try LibrarianCLI()
        defer { other.remove() }
        try other.indexSamples(into: "县里的课件")
        let sheet = other.path("收到.csv")
        try FileManager.default.copyItem(atPath: file, toPath: sheet)
        let dry = try other.run(["import-tags", sheet, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("试运行：将修改 2 个资源，未写入"))
        #expect((try other.json(["history", "--json"])["changes"] as? [Any])?.isEmpty == true)

        let done = try other.json(["import-tags", sheet, "--json", "--by", "县馆员"])
        #expect(done["applied"] as? Bool == true && done["matched"] as? Int == 2)
        let otherLaw = try other.id("宪法", pathSuffix: "宪法宣传教育.mp3")
        let show = try other.json(["show", "\(otherLaw)", "--json"])
        #expect(show["audience"] as? String == "cadre" && show["tags"] as? [String] == ["普法宪法"])
        let history = try other.json(["history", "--json"])["changes"] as? [[String: Any]] ?? []
        #expect(history.count == 1 && history.first?["kind"] as? String == "import" && history.first?["by"] as? String == "县馆员")

        // Exported again, the second catalogue's sheet says the same but for paths.
        #expect(try other.run(["export-tags", other.path("再导出.csv")]).status == 0)
        func withoutPaths(_ path: String) throws -> [String] {
            String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
                .components(separatedBy: "\r\n").map { line in
                    var fields = line.components(separatedBy: ",")
                    if fields.count > 1 { fields[1] = "" }
                    return fields.joined(separator: ",")
                }
        }
        #expect(try withoutPaths(file) == withoutPaths(other.path("再导出.csv")))
    }

    @Test("a malformed row is reported as FILE.csv:LINE and the rest applied (exit 1); --strict applies nothing")
    func badRows() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let courseware = cli.path("courseware")
        let sheet = try writeSheet(cli, "有错.csv", [
            "path,topics,tags,series,episode",
            "\(courseware)/法律法规/宪法宣传教育.mp3,law,\"普法|宪法日\",\"宪法\n学习\",1",
            "\(courseware)/法律法规/反电信网络诈骗知识.mp4,nolaw,,,",
            "\(courseware)/道德教育/家风家训故事.m4a,ethics,家风,,第三",
            "\(courseware)/农业科技/水稻育秧技术.mp4,农业科技与实用技术,\"春耕\"x,,",
            "\(courseware)/农业科技/柑橘春季管理.mp3,agritech,柑橘,,",
            "/别的县/没有的课件.mp4,law,,,",
        ])
        let strict = try cli.run(["import-tags", sheet, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("有错.csv:4: topics 列中的主题「nolaw」不存在"))
        #expect(strict.stdout.contains("有错.csv:5: episode 列的「第三」不是集数"))
        #expect(strict.stdout.contains("有错.csv:6: 右引号后面只能是逗号或换行"))
        #expect(strict.stdout.contains("严格模式"))
        #expect((try cli.json(["history", "--json"])["changes"] as? [Any])?.isEmpty == true)

        let lenient = try cli.run(["import-tags", sheet])
        #expect(lenient.status == 1)
        #expect(lenient.stdout.contains("有错.csv:4:") && lenient.stdout.contains("第 8 行"))
        #expect(lenient.stdout.contains("已修改 2 个资源"))
        let law = try cli.id("宪法", pathSuffix: "宪法宣传教育.mp3")
        let show = try cli.json(["show", "\(law)", "--json"])
        #expect(show["series"] as? String == "宪法\n学习" && show["tags"] as? [String] == ["宪法日", "普法"])
    }

    @Test("a whole sheet that cannot be read: exit 2 and what to do", arguments: [
        ("neither", "既不是 UTF-8 也不是 GBK 编码"),
        ("bad-column", "未知的列「标签」"),
        ("no-key", "要有 fingerprint 或 path 列"),
        ("empty", "表格是空的"),
    ])
    func unreadableSheet(kind: String, message: String) throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        let path = cli.path("\(kind).csv")
        switch kind {
        case "neither": try Data([0x70, 0x61, 0x74, 0x68, 0x0D, 0x0A, 0xFF, 0xFF, 0x80, 0x30]).write(to: URL(fileURLWithPath: path))
        case "bad-column": _ = try writeSheet(cli, "\(kind).csv", ["path,标签", "/a.mp4,x"])
        case "no-key": _ = try writeSheet(cli, "\(kind).csv", ["title,tags", "甲,x"])
        default: try Data(Self.bom).write(to: URL(fileURLWithPath: path))
        }
        let result = try cli.run(["import-tags", path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        let missing = try cli.run(["import-tags", cli.path("没有这个文件.csv")])
        #expect(missing.status == 2 && missing.stderr.contains("文件不存在"))
    }

    @Test("edited in a spreadsheet and imported back: merge only adds, --replace makes the row the data")
    func editAndReplace() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let id = try cli.id("家风", pathSuffix: "家风家训故事.m4a")
        #expect(try cli.run(["tag", "\(id)", "--topic", "ethics", "--tag", "家风", "--tag", "春节", "--audience", "群众"]).status == 0)
        let file = cli.path("编辑.csv")
        #expect(try cli.run(["export-tags", file]).status == 0)
        // The librarian deletes 春节 and the audience, and adds 孝道 with the Chinese separator.
        var text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
        text = text.replacingOccurrences(of: ",家风|春节,群众,", with: ",家风；孝道,,")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))

        #expect(try cli.run(["import-tags", file]).status == 0)
        var show = try cli.json(["show", "\(id)", "--json"])
        #expect(show["tags"] as? [String] == ["孝道", "家风", "春节"] && show["audience"] as? String == "villager")

        let replaced = try cli.run(["import-tags", file, "--replace"])
        #expect(replaced.status == 0, "\(replaced.stdout)")
        show = try cli.json(["show", "\(id)", "--json"])
        #expect(show["tags"] as? [String] == ["孝道", "家风"] && show["audience"] == nil)
        #expect((show["topics"] as? [[String: Any]])?.first?["id"] as? String == "ethics")
        let history = try cli.json(["history", "--json"])["changes"] as? [[String: Any]] ?? []
        #expect(history.first?["summary"] as? String == "import-tags 编辑.csv --replace")
    }

    @Test("an unclosed quote is reported at the line it opens")
    func unclosedQuote() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let courseware = cli.path("courseware")
        let sheet = try writeSheet(cli, "引号.csv", [
            "path,tags",
            "\(courseware)/法律法规/宪法宣传教育.mp3,普法",
            "\(courseware)/道德教育/家风家训故事.m4a,\"家风",
            "\(courseware)/农业科技/水稻育秧技术.mp4,春耕",
        ])
        let result = try cli.run(["import-tags", sheet])
        #expect(result.status == 1)
        #expect(result.stdout.contains("引号.csv:3: 引号没有闭合"))
        #expect(result.stdout.contains("已修改 1 个资源"))
    }
}

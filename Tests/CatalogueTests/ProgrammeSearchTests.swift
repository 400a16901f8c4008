import Foundation
import Testing
@testable import Catalogue

@Suite("search lists guide-only programmes in their own section; channel names are searchable")
struct ProgrammeSearchTests {
    let workspace: TestWorkspace
    let catalogue: Catalogue

    init() throws {
        workspace = try TestWorkspace()
        catalogue = try Catalogue(path: workspace.catalogPath)
    }

    func indexWithGuide() throws {
        let folder = try workspace.copySamples(["卫星接收/CCTV7_20261201_1900.ts"])
        try workspace.move("courseware/卫星接收/CCTV7_20261201_1900.ts", to: "courseware/录像/CCTV-13_20261201_1900.ts")
        try workspace.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tv><channel id="CCTV13"><display-name>CCTV-13 新闻</display-name></channel>
            <channel id="CCTV17"><display-name>CCTV-17 农业农村</display-name></channel>
            <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="CCTV13"><title>新闻联播</title></programme>
            <programme start="20261202190000 +0800" stop="20261202193000 +0800" channel="CCTV13"><title>新闻联播</title></programme>
            <programme start="20261203200000 +0800" stop="20261203203000 +0800" channel="CCTV17"><title>谁知盘中餐</title>
            <desc>水稻育秧</desc></programme>
            </tv>
            """, to: "guide.xml")
        let report = try catalogue.index(roots: [folder], guides: [URL(fileURLWithPath: workspace.path("guide.xml"))])
        #expect(report.linked == 1)
    }

    @Test("a programme without a recording is listed as kind programme; the linked one is not")
    func guideOnly() throws {
        try indexWithGuide()
        let results = try catalogue.search("新闻联播")
        #expect(results.results.count == 1)
        #expect(results.programmes.map(\.start) == ["2026-12-02T19:00:00+08:00"])
        #expect(results.programmes.first?.kind == "programme")
        #expect(results.programmes.first?.channelName == "CCTV-13 新闻")
        let json = String(decoding: try JSONEncoder().encode(results), as: UTF8.self)
        #expect(json.contains("\"kind\":\"programme\""))
        #expect(try catalogue.search("水稻").programmes.map(\.title) == ["谁知盘中餐"])
    }

    @Test("a channel name finds its recordings and its programmes, whatever the spelling")
    func channels() throws {
        try indexWithGuide()
        let results = try catalogue.search("CCTV13")
        #expect(results.results.count == 1)
        #expect(results.results.first?.path.hasSuffix("CCTV-13_20261201_1900.ts") == true)
        #expect(results.programmes.map(\.title) == ["新闻联播"])
        #expect(try catalogue.search("CCTV17").programmes.map(\.title) == ["谁知盘中餐"])
    }
}

import Foundation
import GRDB
import Testing
@testable import Catalogue

@Suite("Channel identities: exact, normalised, never a neighbour")
struct ChannelMatchingTests {
    static let guideChannels: [(id: String, names: [String])] = [
        ("cctv1", ["CCTV-1综合"]), ("cctv11", ["CCTV-11戏曲"]), ("cctv17", ["CCTV-17农业农村"]),
        ("cctv5", ["CCTV-5体育"]), ("cctv5plus", ["CCTV-5+体育赛事"]), ("cctv4", ["CCTV-4中文国际"]),
        ("cctv4eu", ["CCTV-4欧洲"]), ("cctv1hd", ["CCTV1 HD"]), ("hunan", ["湖南卫视"]),
    ]
    let matcher = ChannelMatcher(channels: Self.guideChannels, aliases: try! TestWorkspace.channelAliases())

    @Test("common spellings of one channel are one identity", arguments: [
        "CCTV-1", "CCTV1", "cctv1", "CCTV1综合", "ＣＣＴＶ－１", "CCTV 1", "CCTV_1", "CCTV-1 综合",
    ])
    func spellings(name: String) {
        #expect(matcher.channels(matching: name) == ["cctv1"])
    }

    @Test("numbers, +, HD, regions and unknown channels are part of the identity")
    func neighbours() {
        #expect(matcher.channels(matching: "CCTV11") == ["cctv11"])
        #expect(matcher.channels(matching: "CCTV17") == ["cctv17"])
        #expect(matcher.channels(matching: "CCTV5+") == ["cctv5plus"])
        #expect(matcher.channels(matching: "CCTV-5") == ["cctv5"])
        #expect(matcher.channels(matching: "CCTV4欧洲") == ["cctv4eu"])
        #expect(matcher.channels(matching: "CCTV4") == ["cctv4"])
        #expect(matcher.channels(matching: "CCTV1HD") == ["cctv1hd"])
        #expect(matcher.channels(matching: "CCTV13").isEmpty)
        #expect(matcher.channels(matching: "CCTV").isEmpty)
        #expect(matcher.channels(matching: "湖南").isEmpty)
        #expect(matcher.channels(matching: "湖南卫视") == ["hunan"])
        #expect(matcher.channels(matching: "--").isEmpty)
    }

    @Test("an MPEG-TS service name goes through the same matcher")
    func serviceNames() {
        #expect(matcher.channels(matching: "CCTV-5+ 体育赛事") == ["cctv5plus"])
        #expect(matcher.channels(matching: "CCTV-17 农业农村") == ["cctv17"])
    }
}

@Suite("Recordings link to their own channel or to nothing")
struct ExactLinkingTests {
    let workspace: TestWorkspace
    let catalogue: Catalogue

    init() throws {
        workspace = try TestWorkspace()
        catalogue = try Catalogue(path: workspace.catalogPath)
    }

    /// The sample recording (30 minutes, service name CCTV-7) renamed as a recording of `channel`.
    func recording(_ channel: String) throws -> String {
        try workspace.copySamples(["卫星接收/CCTV7_20261201_1900.ts"])
        try workspace.move(
            "courseware/卫星接收/CCTV7_20261201_1900.ts", to: "courseware/录像/\(channel)_20261201_1900.ts")
        return workspace.path("courseware/录像")
    }

    func guide(channels: [String]) throws -> URL {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n"
        for channel in channels { xml += "<channel id=\"\(channel)\"><display-name>\(channel)</display-name></channel>\n" }
        for channel in channels {
            xml += """
                <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="\(channel)">\
                <title>\(channel)节目</title></programme>\n
                """
        }
        try workspace.write(xml + "</tv>\n", to: "guide.xml")
        return URL(fileURLWithPath: workspace.path("guide.xml"))
    }

    func linkedTitle() throws -> String? {
        try catalogue.pool.read { db in
            try String.fetchOne(db, sql: """
                SELECT p.title FROM resourceProgramme rp JOIN programme p ON p.id = rp.programmeId
                """)
        }
    }

    @Test("a recording of CCTV1 never takes CCTV11's or CCTV17's programme")
    func numberedNeighbours() throws {
        let folder = try recording("CCTV1")
        let report = try catalogue.index(roots: [folder], guides: [try guide(channels: ["CCTV11", "CCTV17"])])
        #expect(report.linked == 0)
    }

    @Test("CCTV5+ and a regional variant stay off the base channel")
    func plusAndRegion() throws {
        let folder = try recording("CCTV5+")
        let report = try catalogue.index(roots: [folder], guides: [try guide(channels: ["CCTV-5", "CCTV-5+"])])
        #expect(report.linked == 1)
        #expect(try linkedTitle() == "CCTV-5+节目")
    }

    @Test("the recording's own channel is found among prefixes of it")
    func ownChannel() throws {
        let folder = try recording("CCTV1")
        let channels = ["CCTV-1综合", "CCTV-11", "CCTV-17"]
        let report = try catalogue.index(
            roots: [folder], guides: [try guide(channels: channels)],
            options: IndexOptions(channelAliases: try TestWorkspace.channelAliases()))
        #expect(report.linked == 1)
        #expect(try linkedTitle() == "CCTV-1综合节目")
    }
}

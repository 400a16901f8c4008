import Foundation
import Testing

/// `yuanjiao notice` and `yuanjiao verify` on the sample county, run as a station administrator runs them.
@Suite("yuanjiao notice / verify, run as a user runs them")
struct NoticeCLITests {
    static let stations = CLIRunner.repository.appendingPathComponent("Samples/stations.yaml").path

    /// A catalogue with the sample courseware indexed and December 2026 planned, bundles in `out/`.
    static func planned() throws -> CLIRunner {
        let cli = try CLIRunner()
        let index = try cli.run(["index", CLIRunner.samples])
        #expect(index.status == 0, "\(index.stderr)")
        let plan = try cli.run(["plan", "--stations", stations, "--month", "2026-12", "--out", cli.directory.appendingPathComponent("out").path])
        #expect(plan.status == 0, "\(plan.stderr)")
        return cli
    }

    func notice(_ cli: CLIRunner, _ station: String, _ extra: [String] = []) throws -> CLIRunner.Result {
        try cli.run(["notice", "--stations", Self.stations, "--station", station, "--month", "2026-12"] + extra)
    }

    @Test("the loudspeaker script speaks every date and time: no 19:00, no 2026-12-05")
    func script() throws {
        let cli = try Self.planned()
        defer { cli.remove() }
        let result = try notice(cli, "shuangqiao")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("【本月学习安排】示例县双桥村远教站点　二〇二六年十二月"))
        #expect(result.stdout.range(of: #"[0-9]:[0-9]"#, options: .regularExpression) == nil)
        #expect(result.stdout.range(of: #"[0-9]{4}-[0-9]{2}-[0-9]{2}"#, options: .regularExpression) == nil)
        #expect(result.stdout.contains("双桥村小学多媒体教室"))
        #expect(result.stdout.contains("请在签到表上签名"))
    }

    @Test("html and signin go to --out; guangshun prints traditional characters")
    func htmlAndTraditional() throws {
        let cli = try Self.planned()
        defer { cli.remove() }
        for format in ["html", "signin"] {
            let out = cli.directory.appendingPathComponent("\(format).html")
            let result = try notice(cli, "guangshun", ["--format", format, "--out", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            let html = try String(contentsOf: out, encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"))
            #expect(html.hasSuffix("</html>\n"))
            #expect(html.contains("廣順村遠教站點"))
            #expect(!html.contains("广顺村"))
        }
        let text = try notice(cli, "guangshun")
        #expect(text.stdout.contains("學習"))
    }

    @Test("an unknown station lists the known ids, exit 2; a month without a plan names the plan command, exit 1")
    func badInput() throws {
        let cli = try Self.planned()
        defer { cli.remove() }
        let unknown = try notice(cli, "nowhere")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("没有编号为 nowhere 的站点"))
        #expect(unknown.stderr.contains("shuangqiao、longhe、qingshi、anfu、wanling、guangshun、changzhou"))
        let unplanned = try cli.run(["notice", "--stations", Self.stations, "--station", "shuangqiao", "--month", "2027-01"])
        #expect(unplanned.status == 1)
        #expect(unplanned.stderr.contains("请先运行：yuanjiao plan --stations \(Self.stations) --month 2027-01"))
    }

    @Test("audio: without espeak-ng a clear install message, exit 1; with it a WAV; --out is required")
    func audio() throws {
        let cli = try Self.planned()
        defer { cli.remove() }
        let out = cli.directory.appendingPathComponent("广播.wav").path
        let arguments = ["notice", "--stations", Self.stations, "--station", "shuangqiao", "--month", "2026-12", "--format", "audio"]
        let missing = try cli.run(arguments + ["--out", out], environment: ["PATH": "/nonexistent"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("apt-get install espeak-ng"))
        #expect(!FileManager.default.fileExists(atPath: out))

        let noOut = try cli.run(arguments)
        #expect(noOut.status == 2)
        #expect(noOut.stderr.contains("--out"))

        // A stand-in espeak-ng first on PATH: the command hands it the Mandarin voice, the script and --out.
        let bin = cli.directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let fake = bin.appendingPathComponent("espeak-ng")
        try Data("#!/bin/sh\necho \"$*\" > \"\(bin.path)/arguments\"\nwhile [ $# -gt 1 ]; do [ \"$1\" = -w ] && out=\"$2\"; shift; done\nprintf 'RIFF' > \"$out\"\n".utf8)
            .write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let spoken = try cli.run(arguments + ["--out", out], environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        #expect(spoken.status == 0, "\(spoken.stderr)")
        #expect(try String(contentsOf: bin.appendingPathComponent("arguments"), encoding: .utf8).hasPrefix("-v cmn "))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test("verify: a fresh bundle passes (courseware too), a changed file is caught with exit 1")
    func verify() throws {
        let cli = try Self.planned()
        defer { cli.remove() }
        let bundle = cli.directory.appendingPathComponent("out/shuangqiao")
        for name in ["manifest.json", "notice.txt", "notice.html", "signin.html", "plan.json", "plan.ics", "playlist.xspf"] {
            #expect(FileManager.default.fileExists(atPath: bundle.appendingPathComponent(name).path), "missing \(name)")
        }
        let clean = try cli.run(["verify", bundle.path, "--courseware", CLIRunner.samples])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.contains("全部完好"))

        let notice = bundle.appendingPathComponent("notice.txt")
        try Data((try String(contentsOf: notice, encoding: .utf8) + "改动").utf8).write(to: notice)
        let damaged = try cli.run(["verify", bundle.path])
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("notice.txt"))
        let json = try cli.json(["verify", bundle.path, "--json"])
        #expect(json["passed"] as? Bool == false)
        let problem = try #require((json["problems"] as? [[String: Any]])?.first)
        #expect(problem["path"] as? String == "notice.txt")
        #expect(problem["kind"] as? String == "checksum")

        let nowhere = try cli.run(["verify", cli.directory.appendingPathComponent("nowhere").path])
        #expect(nowhere.status == 2)
    }
}

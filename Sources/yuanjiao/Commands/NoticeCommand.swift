import ArgumentParser
import Foundation
import Yuanjiao

struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "为站点生成本月的广播稿、公示栏海报或签到表（依据已保存的计划）。",
        discussion: """
            格式：
              text    广播稿：日期、时间全用口语读法（十二月五日，星期六，晚上七点），可直接照着念
              html    公示栏海报：A4 打印，月历标出集中学习日、每周学习和开放日，附每次学习的内容
              signin  签到表：每次学习一页 A4，二十行姓名、签名、到达时间，应到、实到人数
              children-html    快乐园海报：本月孩子们的活动、时间、地点和参加的孩子（分组名单、过生日的孩子）
              children-text    快乐园广播稿：活动时间，过生日的孩子只念名字不念姓
              family-video     亲情视频时间表（纯文本）：可直接转发给在外务工的家长，附站点电话
              children-signin  快乐园签到表：每次活动一页，孩子签到单独统计，不计入党员参学率
              audio   广播录音（WAV，普通话）：整月一个文件，另按总览和每场学习（以日期命名）各一个；需要安装 espeak-ng，必须给出 --out
            站点文件里写 script: traditional 的站点，广播稿、海报和签到表用繁体字。
            先用 yuanjiao plan 排出该月的计划。

            示例：
              yuanjiao notice --stations Samples/stations.yaml --station shuangqiao --month 2026-12
              yuanjiao notice --stations Samples/stations.yaml --station shuangqiao --month 2026-12 --format html --out 公示.html
              yuanjiao notice --stations Samples/stations.yaml --station shuangqiao --month 2026-12 --format audio --out 广播.wav
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, html, signin, audio
        case childrenHTML = "children-html", childrenText = "children-text", familyVideo = "family-video"
        case childrenSignin = "children-signin"
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("站点文件（YAML）。", valueName: "文件"))
    var stations: String

    @Option(help: ArgumentHelp("站点编号。", valueName: "编号"))
    var station: String

    @Option(help: ArgumentHelp("月份，如 2026-12。", valueName: "YYYY-MM"))
    var month: YearMonth

    @Option(help: ArgumentHelp("text、html、signin、audio，或快乐园的 children-html、children-text、family-video、children-signin。", valueName: "格式"))
    var format: Format = .text

    @Option(help: ArgumentHelp("写入这个文件（audio 必须给出）；默认打印到屏幕。", valueName: "文件"))
    var out: String?

    func run() throws {
        try reportingFailures {
            // Checked here, not in validate(): ArgumentParser's usage errors exit 64, the contract says 2.
            if format == .audio, out == nil {
                throw YuanjiaoError(.usage, "--format audio 需要用 --out 指定录音文件，例如 --out 广播.wav")
            }
            let workspace = try global.openWorkspaceReadOnly()
            var stationFile = try PlanningInput.context(workspace, stations).stationFile
            // Messages name the file as the user typed it, so the suggested command can be pasted back.
            stationFile.path = stations
            switch format {
                case .audio:
                    let output = URL(fileURLWithPath: out ?? "notice.wav")
                    let files = try workspace.writeAudioNotice(stationFile: stationFile, stationID: station, month: month, to: output)
                    print("已写入广播录音：整月 \(output.path)；分段 \(files.dropFirst().map(\.lastPathComponent).joined(separator: "、"))")
                case .text, .html, .signin, .childrenHTML, .childrenText, .familyVideo, .childrenSignin:
                    let notice: String
                    if let kind = ChildrenNoticeFormat(rawValue: format.rawValue) {
                        notice = try workspace.childrenNotice(stationFile: stationFile, stationID: station, month: month, format: kind)
                    } else {
                        notice = try workspace.notice(
                            stationFile: stationFile, stationID: station, month: month, format: NoticeFormat(rawValue: format.rawValue) ?? .text)
                    }
                    if let out {
                        try Data(notice.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                        print("已写入：\(out)")
                    } else {
                        print(notice, terminator: "")
                    }
                }
        }
    }
}

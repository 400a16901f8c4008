import ArgumentParser
import Foundation
import Yuanjiao

@main
struct YuanjiaoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yuanjiao",
        abstract: "远教：农村党员干部现代远程教育的课件目录与排课工具。",
        discussion: """
            常用流程：
              yuanjiao index 课件文件夹            登记新下载的课件（可重复运行，只读取新增或改动的文件）
              yuanjiao search 法律                 按关键词查找课件
              yuanjiao show 12                     查看一个课件的详细信息
              yuanjiao review                      待审核的新课件及建议的主题
              yuanjiao tag 12 --topic law          确认主题、加标记（--query 批量），可 history 查看、undo 撤销
              yuanjiao export-tags 标注.csv         与其他县交换馆员标注（import-tags 导入）
              yuanjiao stations check 县.yaml       检查站点文件
              yuanjiao plan --stations 县.yaml --month 2026-12 --out 下发    排月计划并生成各站下发包
              yuanjiao check --stations 县.yaml --month 2026-12              按全部规则复查计划
              yuanjiao notice --stations 县.yaml --station shuangqiao --month 2026-12   喇叭广播稿（--format html 公示栏海报，signin 签到表）
              yuanjiao verify 下发/shuangqiao --courseware /media/课件        站点离线核对下发包
              yuanjiao users add 县远程办 --role admin                          建立网页控制台账号
              yuanjiao serve --stations 县.yaml                                 启动网页控制台

            目录文件：--catalog 文件（写在子命令前后都可以），或环境变量 YUANJIAO_CATALOG，默认当前文件夹下的 yuanjiao.sqlite。
            参考数据：环境变量 YUANJIAO_DATA，否则随程序安装的数据（PREFIX/share/yuanjiao）。
            退出码：0 成功；1 任务失败；2 用法错误或输入无法读取。
            """,
        version: Workspace.versionText,
        subcommands: [
            IndexCommand.self, SearchCommand.self, ShowCommand.self,
            ReviewCommand.self,
            TagCommand.self,
            HistoryCommand.self,
            UndoCommand.self,
            ExportTagsCommand.self,
            ImportTagsCommand.self,
            StationsCommand.self,
            PlanCommand.self,
            CheckCommand.self,
            NoticeCommand.self,
            VerifyCommand.self,
            ServeCommand.self,
            UsersCommand.self,
            PlayCommand.self,
            PlayLogCommand.self,
            AttendanceCommand.self,
            ReportCommand.self,
            SurveyCommand.self,
        ])

    /// ArgumentParser's own `main`, except that bad usage exits 2 (the CLI contract) instead of 64.
    static func main() {
        do {
            var words = ArgumentRewriting.hoistingCatalog(Array(CommandLine.arguments.dropFirst()), root: Self.self)
            words = ArgumentRewriting.protectingQuery(
                words, optionsWithValues: SearchCommand.optionsWithValues, flags: SearchCommand.flags)
            var command = try parseAsRoot(words)
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let message = fullMessage(for: error)
                .replacingOccurrences(of: "Error: ", with: "错误：")
                .replacingOccurrences(of: "Usage: ", with: "用法：")
                .replacingOccurrences(of: "Help: ", with: "说明：")
                .replacingOccurrences(of: " for more information.", with: " 查看完整说明。")
                .replacingOccurrences(of: "See '", with: "运行 '")
                .replacingOccurrences(of: "The value '", with: "值「")
                .replacingOccurrences(of: "' is invalid for '", with: "」不适用于 '")
                .replacingOccurrences(of: "Missing expected argument '", with: "缺少参数 '")
                .replacingOccurrences(of: "Unknown option '", with: "未知选项 '")
                .replacingOccurrences(of: "Unexpected argument '", with: "多余的参数 '")
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

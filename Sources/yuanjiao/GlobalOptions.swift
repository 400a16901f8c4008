import ArgumentParser
import Yuanjiao

struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("目录文件（SQLite）。默认：$YUANJIAO_CATALOG，否则当前文件夹下的 yuanjiao.sqlite。", valueName: "文件"))
    var catalog: String?

    func openWorkspace() throws -> Workspace {
        do {
            return try Workspace(catalogPath: Workspace.catalogPath(option: catalog))
        } catch {
            throw CommandFailure.from(error)
        }
    }
}

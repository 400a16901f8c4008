import ArgumentParser
import Yuanjiao

struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("目录文件（SQLite）。可写在子命令前或后。默认：$YUANJIAO_CATALOG，否则当前文件夹下的 yuanjiao.sqlite。", valueName: "文件"))
    var catalog: String?

    /// For commands that write (index, tag, undo, import-tags, plan): creates and migrates the catalogue.
    func openWorkspace() throws -> Workspace {
        try Workspace(catalogPath: Workspace.catalogPath(option: catalog), access: .readWrite)
    }

    /// For commands that only read: never creates, migrates or writes the catalogue.
    func openWorkspaceReadOnly() throws -> Workspace {
        try Workspace(catalogPath: Workspace.catalogPath(option: catalog), access: .readOnly)
    }
}

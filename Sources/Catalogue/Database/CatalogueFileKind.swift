import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What `--catalog` names, judged before SQLite opens it: opening a FIFO blocks for ever and a folder or
/// device is no catalogue, so anything but a regular file (or a link to one) is refused at once.
enum CatalogueFileKind {
    static func refuseSpecial(_ path: String) throws(CatalogueError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        let what: String
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: what = "文件夹"
        case S_IFIFO: what = "命名管道（FIFO）"
        case S_IFCHR, S_IFBLK: what = "设备文件"
        case S_IFSOCK: what = "套接字"
        default: what = "特殊文件"
        }
        throw CatalogueError(
            .notACatalogue, path: path,
            message: "这是一个\(what)，不是远教目录文件，未打开。请用 --catalog 指定目录文件（例如 yuanjiao.sqlite）。")
    }

    /// A catalogue file with no tables yet (created but never indexed, or cut short while being created).
    static func notYetIndexed(_ path: String) -> CatalogueError {
        CatalogueError(
            .missingCatalogue, path: path,
            message: "目录还没有建好（文件中还没有任何数据表）。请先运行 `yuanjiao index 课件文件夹` 建立目录，或用 --catalog 指定已有的目录文件。")
    }
}

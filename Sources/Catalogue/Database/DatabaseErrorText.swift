import GRDB

/// SQLite's failures in Chinese, with what to do; the English text and SQL never reach a user.
enum DatabaseErrorText {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else { return "\(error)" }
        // A write killed in rollback-journal mode (a guide import into an empty catalogue) left its journal.
        if error.extendedResultCode == .SQLITE_READONLY_ROLLBACK {
            return "目录上次写入时被中断，需要先恢复到写入之前的状态：请运行一次 yuanjiao index（会自动恢复），再执行这个命令"
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "目录正被另一个远教任务长时间占用（等待 \(Int(CatalogueFile.busyTimeout)) 秒后仍未释放），请稍后再试"
        case .SQLITE_READONLY:
            return "目录文件或所在文件夹是只读的，无法写入。请检查权限，或把目录复制到可写的位置"
        case .SQLITE_CANTOPEN:
            return "无法打开目录文件：请检查路径和所在文件夹的权限"
        case .SQLITE_FULL:
            return "磁盘已满，写入失败，目录未被修改。请腾出空间后再运行"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return "目录文件已损坏。请用备份替换，或删除后重新运行 yuanjiao index（馆员标注可先用 export-tags 导出）"
        case .SQLITE_IOERR:
            return "读写磁盘出错（I/O 错误），请检查磁盘"
        case .SQLITE_PERM, .SQLITE_AUTH:
            return "没有访问目录文件的权限"
        case .SQLITE_CONSTRAINT:
            return "数据约束冲突（可能另一个任务同时修改了同一内容），请重新运行"
        default:
            return "SQLite 错误 \(error.resultCode.rawValue)（\(error.message ?? "")）"
        }
    }
}

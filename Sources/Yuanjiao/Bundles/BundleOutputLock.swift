import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One `plan --out` at a time per output folder: two runs writing the same station folders would swap
/// them in turn and could leave a manifest of one run beside playlists of the other. An advisory `flock`
/// on `.yuanjiao-out.lock` in the output folder; the second run waits for the first, then writes whole
/// bundles of its own. Released when the value is dropped, and by the kernel if the process dies.
final class BundleOutputLock {
    static let fileName = ".yuanjiao-out.lock"
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Takes the lock, calling `waiting` once when another run holds it.
    static func acquire(in directory: URL, waiting: () -> Void) throws(BundleOutputError) -> BundleOutputLock {
        let path = directory.appendingPathComponent(fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw BundleOutputError(description: "无法在输出文件夹中建立锁文件 \(path)（\(SystemErrorText.chinese(errno))）。请检查权限或换一个位置")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = SystemErrorText.chinese(errno)
                    close(descriptor)
                    throw BundleOutputError(description: "等待输出文件夹 \(directory.path) 的锁失败（\(reason)）")
                }
            }
        }
        return BundleOutputLock(descriptor: descriptor)
    }
}

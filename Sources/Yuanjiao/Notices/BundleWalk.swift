import Foundation

/// Everything in a bundle folder the manifest does not account for: a file left from an older bundle,
/// one put there by hand, a link or a device node. Links are reported, never followed.
struct BundleWalk {
    /// Paths relative to the bundle the manifest accounts for (its own files and, inside the bundle, courseware).
    var expectedFiles: Set<String>

    func unexpected(in bundle: URL) -> [VerifyReport.Problem] {
        var folders: Set<String> = [""]
        for path in expectedFiles {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        var problems: [VerifyReport.Problem] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? bundle : bundle.appendingPathComponent(relative)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for name in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                switch RegularFile.entry(folder.appendingPathComponent(name).path) {
                case .directory where folders.contains(path):
                    pending.append(path)
                case .directory:
                    problems.append(.init(path: path + "/", kind: .extra, detail: "清单中没有这个文件夹：可能是旧下发包留下的或被人放进来的"))
                case .regular where !expectedFiles.contains(path):
                    problems.append(.init(path: path, kind: .extra, detail: "清单中没有这个文件：可能是旧下发包留下的或被人放进来的"))
                case .symbolicLink where !expectedFiles.contains(path):
                    problems.append(.init(path: path, kind: .notRegular, detail: "是符号链接，清单中没有它；未跟随"))
                case .other where !expectedFiles.contains(path):
                    problems.append(.init(path: path, kind: .notRegular, detail: "不是普通文件（设备、管道或套接字），清单中没有它"))
                default:
                    break
                }
            }
        }
        return problems.sorted { $0.path < $1.path }
    }
}

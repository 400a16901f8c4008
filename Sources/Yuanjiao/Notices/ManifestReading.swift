import Foundation

/// Reads `manifest.json` for `verify`: refused unread when it is a link or larger than
/// `BundleManifest.maximumSize`; a broken one is explained in Chinese, naming the key at fault.
enum ManifestReading {
    enum Outcome {
        case success(BundleManifest)
        case failure(VerifyReport.Problem)
    }

    static func read(_ url: URL) -> Outcome {
        let name = BundleManifest.fileName
        switch RegularFile.entry(url.path) {
        case .missing:
            return .failure(VerifyReport.Problem(path: name, kind: .missing, detail: "清单文件不存在，无法核对下发包"))
        case .regular:
            break
        case .directory, .symbolicLink, .other:
            return .failure(VerifyReport.Problem(path: name, kind: .notRegular, detail: "清单不是普通文件（可能是符号链接），未读取"))
        }
        let data: Data
        do {
            data = try RegularFile.read(url.path, limit: BundleManifest.maximumSize)
        } catch {
            return .failure(VerifyReport.Problem(path: name, kind: .manifest, detail: "无法读取清单文件：\(error.description)"))
        }
        do {
            return .success(try JSONDecoder().decode(BundleManifest.self, from: data))
        } catch let error as DecodingError {
            return .failure(VerifyReport.Problem(path: name, kind: .manifest, detail: "清单文件已损坏：\(explain(error))。请向县远程办重新索取下发包"))
        } catch {
            return .failure(VerifyReport.Problem(path: name, kind: .manifest, detail: "清单文件已损坏，无法读取。请向县远程办重新索取下发包"))
        }
    }

    private static func explain(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            let keys = path.map { $0.intValue.map { "第 \($0 + 1) 项" } ?? $0.stringValue }
            return keys.isEmpty ? "" : "（位置：\(keys.joined(separator: " → "))）"
        }
        switch error {
        case .keyNotFound(let key, let context): return "缺少“\(key.stringValue)”\(at(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "值的类型不对\(at(context.codingPath))"
        case .dataCorrupted(let context): return context.codingPath.isEmpty ? "不是完整有效的 JSON" : "值无效\(at(context.codingPath))"
        @unknown default: return "内容无效"
        }
    }
}

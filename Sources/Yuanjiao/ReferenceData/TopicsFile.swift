public import Catalogue
public import Foundation
import Yams

/// Reads `Catalog/topics.yaml` into the catalogue's `TopicTaxonomy`.
public enum TopicsFile {
    public struct Invalid: Error, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    private struct Document: Decodable {
        var topics: [Entry]
    }

    private struct Entry: Decodable {
        var id: String
        var label: String
        var label_traditional: String?
        var synonyms: [String]?
        var keywords: [String]?
        var folders: [String]?
        var categories: [String]?
    }

    public static func load(_ url: URL) throws -> TopicTaxonomy {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw Invalid(path: url.path, message: "无法读取主题分类文件：\(ErrorText.plain(error))")
        }
        let document: Document
        do {
            document = try YAMLDecoder().decode(Document.self, from: text)
        } catch {
            let problem = YAMLDecodingProblem(error, text: text)
            throw Invalid(path: "\(url.path):\(problem.line)", message: "主题分类文件格式有误：\(problem.message)")
        }
        var seen: Set<String> = []
        for entry in document.topics where !seen.insert(entry.id).inserted {
            throw Invalid(path: url.path, message: "主题编号 \(entry.id) 重复")
        }
        return TopicTaxonomy(topics: document.topics.map { entry in
            TopicTaxonomy.Topic(
                id: entry.id, label: entry.label, labelTraditional: entry.label_traditional,
                synonyms: entry.synonyms ?? [], keywords: entry.keywords ?? [],
                folders: entry.folders ?? [], categories: entry.categories ?? [])
        })
    }
}

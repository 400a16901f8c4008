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
        try load(url, quick: true)
    }

    /// `quick: false` always takes the decoder's path (tests compare the two).
    static func load(_ url: URL, quick: Bool) throws -> TopicTaxonomy {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw Invalid(path: url.path, message: "无法读取主题分类文件：\(ErrorText.plain(error))")
        }
        let document: Document
        if quick, let read = quickDocument(text) {
            document = read
        } else {
            do {
                document = try YAMLDecoder().decode(Document.self, from: text)
            } catch {
                let problem = YAMLDecodingProblem(error, text: text)
                throw Invalid(path: "\(url.path):\(problem.line)", message: "主题分类文件格式有误：\(problem.message)")
            }
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

    /// Whether `text` takes the quick path (tests check that the shipped file does).
    static func readsQuickly(_ text: String) -> Bool { quickDocument(text) != nil }

    /// The document read through `PlainYAML`; nil sends the file through the decoder (and its located errors).
    private static func quickDocument(_ text: String) -> Document? {
        guard let root = PlainYAML.mapping(PlainYAML.root(of: text)), case .sequence(let items)? = root["topics"] else {
            return nil
        }
        var entries: [Entry] = []
        for item in items {
            guard let fields = PlainYAML.mapping(item), let id = PlainYAML.string(fields["id"]),
                let label = PlainYAML.string(fields["label"]),
                let traditional = PlainYAML.optionalString(fields["label_traditional"]),
                let synonyms = PlainYAML.optionalStrings(fields["synonyms"]),
                let keywords = PlainYAML.optionalStrings(fields["keywords"]),
                let folders = PlainYAML.optionalStrings(fields["folders"]),
                let categories = PlainYAML.optionalStrings(fields["categories"])
            else { return nil }
            entries.append(
                Entry(
                    id: id, label: label, label_traditional: traditional, synonyms: synonyms, keywords: keywords,
                    folders: folders, categories: categories))
        }
        return Document(topics: entries)
    }
}

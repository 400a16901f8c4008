/// How a topic reads in terminal output: its Chinese label for the reader, then the id that `--topic` takes.
enum TopicNaming {
    static func named(_ id: String, _ names: [String: String]) -> String {
        guard let name = names[id], name != id else { return id }
        return "\(name) \(id)"
    }
}

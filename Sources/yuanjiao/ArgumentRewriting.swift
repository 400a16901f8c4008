import ArgumentParser

/// Two things the argument parser cannot express, done on the raw words before it sees them.
enum ArgumentRewriting {
    /// `yuanjiao --catalog F search …` (as git takes `-C`): a leading `--catalog` moves after the
    /// subcommand's name, where every command accepts it.
    static func hoistingCatalog(_ words: [String], root: any ParsableCommand.Type) -> [String] {
        var leading: [String] = []
        var rest = words[...]
        while let first = rest.first {
            if first == "--catalog", rest.count >= 2 {
                leading += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--catalog=") {
                leading.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        guard !leading.isEmpty else { return words }
        var command = root
        var names: [String] = []
        while let word = rest.first,
            let sub = command.configuration.subcommands.first(where: { $0.configuration.commandName == word })
        {
            names.append(word)
            command = sub
            rest = rest.dropFirst()
        }
        guard !names.isEmpty else { return words }
        return names + leading + rest
    }

    /// `yuanjiao search "-诈骗 法律"`: a query word that starts with "-" is an exclusion, not a flag.
    /// Words the search command does not know as options move behind `--`, where they are the query.
    static func protectingQuery(_ words: [String], optionsWithValues: Set<String>, flags: Set<String>) -> [String] {
        guard words.first == "search", !words.contains("--") else { return words }
        let commandIndex = 0
        var kept = Array(words[...commandIndex])
        var query: [String] = []
        var index = commandIndex + 1
        while index < words.count {
            let word = words[index]
            let name = String(word.split(separator: "=", maxSplits: 1).first ?? "")
            if optionsWithValues.contains(word), index + 1 < words.count {
                kept += [word, words[index + 1]]
                index += 2
                continue
            }
            if word.hasPrefix("-"), word != "-", !flags.contains(word), !optionsWithValues.contains(name) {
                query.append(word)
            } else {
                kept.append(word)
            }
            index += 1
        }
        return query.isEmpty ? words : kept + ["--"] + query
    }
}

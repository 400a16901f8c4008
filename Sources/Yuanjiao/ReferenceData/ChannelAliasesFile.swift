public import Catalogue
public import Foundation

extension CatalogData {
    /// The channel alias table (optional: without it channels match by their folded names only).
    public var channelAliasesFile: URL { directory.appendingPathComponent("channel-aliases.txt") }
}

extension Workspace {
    /// The alias table of `Catalog/channel-aliases.txt`; empty when there is no reference data folder.
    public func channelAliases() throws -> ChannelAliases {
        guard let data else { return .none }
        return try referenceCache.value(of: [data.channelAliasesFile]) {
            try ChannelAliases.load(data.channelAliasesFile)
        }
    }
}

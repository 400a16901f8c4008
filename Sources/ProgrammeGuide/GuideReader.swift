public import Foundation

/// Reads XMLTV programme guides through libxml2's SAX2 push parser, safely: no entities, no DTD loading,
/// no network, bounded nesting and text. Stateless; any number of guides may be read on different threads at once.
public enum GuideReader {
    /// The whole guide, programmes in document order; a missing stop is the next start on the channel by time. Throws the first error; nothing is returned from a
    /// guide that fails, so a caller never keeps half of a hostile or broken guide. Holds every programme in
    /// memory (about 1.4 KB each): for guides of many megabytes use `stream`.
    public static func read(contentsOf url: URL, options: GuideOptions = .init()) throws(GuideError) -> Guide {
        var channels: [Channel] = []
        var programmes: [(sequence: Int, programme: Programme)] = []
        let warnings = try run(
            url, options: options, channel: { channels.append($0) },
            programme: { programmes.append(($0, $1)) })
        programmes.sort { $0.sequence < $1.sequence }
        var ordered = programmes.map(\.programme)
        StopsByTime.infer(&ordered)
        return Guide(channels: channels, programmes: ordered, warnings: warnings)
    }

    /// Hands out each channel and programme as it is read, so a guide of any size reads in constant memory.
    /// Returns the warnings (skipped programmes, assumed time zone).
    ///
    /// A programme with neither stop nor length is handed out once the next programme on its channel is
    /// read (which gives its stop), so programmes may arrive slightly out of document order; `line` places them.
    ///
    /// All-or-nothing is the caller's job: when this throws, some channels and programmes may already have been
    /// handed out (a guide can break on its last line). Collect them, or import them inside a transaction,
    /// and roll back on error. Entity declarations are refused before the first item is handed out.
    public static func stream(
        contentsOf url: URL, options: GuideOptions = .init(),
        channel: (Channel) -> Void, programme: (Programme) -> Void
    ) throws(GuideError) -> [GuideWarning] {
        try run(url, options: options, channel: channel, programme: { programme($1) })
    }

    /// The catalogue's import: as `stream`, but programmes come as chunks of flat rows of about `chunkSize`
    /// (`ProgrammeRows`), most made straight from the bytes libxml2 hands over without a `Programme` between.
    /// Rows come in the order `stream` hands programmes out, with the same contents and the same warnings.
    package static func streamRows(
        contentsOf url: URL, options: GuideOptions = .init(), chunkSize: Int,
        channel: (Channel) -> Void, rows: (ProgrammeRows) -> Void
    ) throws(GuideError) -> [GuideWarning] {
        let result = withoutActuallyEscaping(rows) { rows in
            Result { () throws(GuideError) in
                try run(
                    url, options: options, rows: RowSink(chunkSize: chunkSize, deliver: rows), channel: channel,
                    programme: { _, _ in })
            }
        }
        return try result.get()
    }

    private static func run(
        _ url: URL, options: GuideOptions, rows: RowSink? = nil, channel: (Channel) -> Void,
        programme: (Int, Programme) -> Void
    ) throws(GuideError) -> [GuideWarning] {
        let path = url.relativePath
        let file = url.path
        // A gzipped guide is decompressed by zlib on its way in; libxml2 finds the encoding itself.
        let content = try GuideFileCheck.check(file: file, path: path)
        return try run(url, content: content, options: options, rows: rows, channel: channel, programme: programme)
    }

    private static func run(
        _ url: URL, content: GuideFileCheck.Content, options: GuideOptions, rows: RowSink?,
        channel: (Channel) -> Void, programme: (Int, Programme) -> Void
    ) throws(GuideError) -> [GuideWarning] {
        let path = url.relativePath
        let file = url.path
        let encoding = switch content {
        case .gzip: options.encoding.map { InputEncoding(encoding: $0, ignoringDeclaration: true, note: nil) }
            ?? .libxml2Decides
        case .plain: try InputEncoding.choose(file: file, path: path, forced: options.encoding)
        }
        var log = WarningLog(path: path)
        if let note = encoding.note { log.add(.encoding, line: 1, note) }
        // A gzipped guide goes through zlib; plain bytes pass the start-tag guard.
        let startTags = content == .plain
            ? StartTagGuard(file: file, maxAttributes: options.maxAttributes, maxTagBytes: options.maxStartTagBytes)
            : nil
        let reader = try XMLPushParser(
            file: file, path: path, encoding: encoding.encoding, ignoringDeclaration: encoding.ignoringDeclaration,
            guarding: startTags)
        let parser = XMLTVParser(path: path, file: file, options: options, log: log, rows: rows)
        do {
            return try parser.run(reader, channel: channel, programme: programme)
        } catch where error.kind == .malformed
            && GuideFileCheck.isCutOff(
                rootClosed: parser.rootClosed, code: reader.firstErrorCode, openElements: reader.openElementsAtError,
                line: error.line, file: file, content: content)
        {
            throw GuideFileCheck.cutOff(error, content: content)
        }
    }
}

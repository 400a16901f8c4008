import CAVFormat

/// The demuxer a file's extension names, when that demuxer alone already claims the file's first bytes with the
/// highest score a probe can give; nil otherwise, and libavformat probes the file as it always has.
///
/// libavformat's probe asks each of its ≈ 350 demuxers to score the first 2,048 bytes (then more, while no score is
/// convincing) and takes the highest. That was a fifth of the probing threads' CPU on small files, against
/// avformat_find_stream_info's two fifths. Where the extension's demuxer scores `AVPROBE_SCORE_MAX` on those same
/// bytes, no demuxer scores higher, so the full probe picks it too (a tie at the maximum would make it read on;
/// none was seen on any of the formats below, and the stored results are compared file by file in
/// `FormatGuessTests` and on the benchmark's corpus). An mp3 (its probe seldom reaches the maximum), an MPEG-TS (not
/// on 2,048 bytes), a file whose bytes disagree with its name, or anything not listed here is probed in full.
enum FormatGuess {
    struct Guess {
        let format: UnsafePointer<AVInputFormat>
        /// What the full probe reports as `probe_score`: set on the context so that later steps see the same.
        let score: Int32
    }

    /// `head`: the file's first bytes, at least 2,048 of them or the whole file.
    static func guess(path: UnsafePointer<CChar>, head: UnsafeRawBufferPointer) -> Guess? {
        guard let bytes = head.baseAddress?.assumingMemoryBound(to: UInt8.self), let key = extensionKey(path),
              let format = table.entries.first(where: { $0.key == key })?.format
        else { return nil }
        let score = yj_first_read_score(format, path, bytes, head.count)
        return score >= AVPROBE_SCORE_MAX ? Guess(format: format, score: score) : nil
    }

    /// Extensions whose demuxer recognises a signature at the start of the file (with the full score); libavformat
    /// finds a demuxer by any of the names in its comma-separated list (`mov` is "mov,mp4,m4a,3gp,3g2,mj2").
    private static let demuxerNames: [(extension: String, demuxer: String)] = [
        ("mp4", "mov"), ("m4a", "mov"), ("m4v", "mov"), ("mov", "mov"), ("3gp", "mov"), ("3g2", "mov"),
        ("mkv", "matroska"), ("mka", "matroska"), ("webm", "matroska"),
        ("avi", "avi"), ("flv", "flv"), ("wmv", "asf"), ("wma", "asf"), ("asf", "asf"),
        ("rm", "rm"), ("rmvb", "rm"), ("ogg", "ogg"), ("ogv", "ogg"), ("oga", "ogg"),
    ]

    /// Demuxer pointers are static data of the loaded library, never freed: safe to share between threads.
    private struct Table: @unchecked Sendable {
        var entries: [(key: UInt64, format: UnsafePointer<AVInputFormat>)] = []
    }

    private static let table: Table = {
        guard let library = try? LibAV.get() else { return Table() }
        var table = Table()
        for (name, demuxer) in demuxerNames {
            guard let format = library.findInputFormat(demuxer),
                  let key = name.withCString({ extensionKey($0, alreadyExtension: true) })
            else { continue }
            table.entries.append((key, format))
        }
        return table
    }()

    /// The extension of a NUL-terminated path (after its last `.` in its last component), lower-cased ASCII packed
    /// into an integer, so a lookup allocates nothing; nil when there is none or it is longer than 8 bytes.
    private static func extensionKey(_ path: UnsafePointer<CChar>, alreadyExtension: Bool = false) -> UInt64? {
        var start: UnsafePointer<CChar>? = alreadyExtension ? path : nil
        var cursor = path
        while cursor.pointee != 0 {
            if !alreadyExtension {
                if cursor.pointee == 0x2F { start = nil } else if cursor.pointee == 0x2E { start = cursor + 1 }
            }
            cursor += 1
        }
        guard let start, cursor - start > 0, cursor - start <= 8 else { return nil }
        var key: UInt64 = 0
        for offset in 0..<(cursor - start) {
            var byte = UInt8(bitPattern: start[offset])
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            key = key << 8 | UInt64(byte)
        }
        return key
    }
}

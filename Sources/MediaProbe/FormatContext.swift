import CAVFormat

#if canImport(Glibc)
    import Glibc
#endif

/// The one owner of an opened `AVFormatContext`: `avformat_close_input` runs when it goes away, on every path,
/// including a failed `avformat_find_stream_info`. Noncopyable, so the pointer cannot end up with two owners.
struct FormatContext: ~Copyable {
    let pointer: UnsafeMutablePointer<AVFormatContext>
    /// The file as given, for error messages.
    let displayPath: String
    private let library: LibAV
    /// The file's bytes as its input, when the caller has them; freed after the context is closed.
    private let memoryInput: MemoryInput?

    /// Opens `path` (raw file-system bytes, NUL-terminated), or reads the file from `contents` when given (the
    /// whole file), and reads the container header. `head` (the file's first bytes, at least 2,048 or all of them)
    /// lets the extension's demuxer be tried without probing every other one first (`FormatGuess`); if that
    /// demuxer then fails, the file is opened again and probed in full.
    init(
        path: UnsafePointer<CChar>, contents: UnsafeRawBufferPointer?, head: UnsafeRawBufferPointer?, displayPath: String,
        options: ProbeOptions, library: LibAV
    ) throws(ProbeError) {
        if let head, let guess = FormatGuess.guess(path: path, head: head) {
            do {
                self = try Self(path: path, contents: contents, guess: guess, displayPath: displayPath, options: options, library: library)
                return
            } catch {}
        }
        self = try Self(path: path, contents: contents, guess: nil, displayPath: displayPath, options: options, library: library)
    }

    private init(
        path: UnsafePointer<CChar>, contents: UnsafeRawBufferPointer?, guess: FormatGuess.Guess?, displayPath: String,
        options: ProbeOptions, library: LibAV
    ) throws(ProbeError) {
        var dictionary: OpaquePointer? = nil
        defer { library.dictionaryFree(&dictionary) }
        let probeSize = Int64(max(options.probeSize, 32))
        _ = library.dictionarySetInt(&dictionary, "probesize", probeSize, 0)
        _ = library.dictionarySetInt(&dictionary, "formatprobesize", probeSize, 0)
        _ = library.dictionarySetInt(&dictionary, "analyzeduration", Int64(max(options.analyzeDuration, 0) * 1_000_000), 0)
        // A playlist or .ffconcat file in a courseware folder must not make the indexer fetch URLs.
        _ = library.dictionarySet(&dictionary, "protocol_whitelist", "file", 0)

        var context: UnsafeMutablePointer<AVFormatContext>? = nil
        var memoryInput: MemoryInput? = nil
        if let contents {
            guard let input = MemoryInput(contents: contents, library: library), let allocated = library.allocContext() else {
                throw ProbeError.libav(path: displayPath, code: yj_averror(ENOMEM))
            }
            allocated.pointee.pb = input.io
            context = allocated
            memoryInput = input
        }
        let status = library.openInput(&context, path, guess?.format, &dictionary)
        // On failure libavformat has already freed the context and set it to NULL.
        guard status >= 0, let context else {
            throw ProbeError.libav(path: displayPath, code: status < 0 ? status : yj_averror_invaliddata())
        }
        // A demuxer given by the caller leaves the score at 0; the full probe would have left the demuxer's own.
        if let guess { context.pointee.probe_score = guess.score }
        self.pointer = context
        self.displayPath = displayPath
        self.library = library
        self.memoryInput = memoryInput
    }

    deinit {
        var context: UnsafeMutablePointer<AVFormatContext>? = pointer
        library.closeInput(&context)
    }

    /// Reads (at most `probeSize` bytes of) packets to fill in what the header leaves out: codec parameters,
    /// frame rates, and the duration estimate from timestamps.
    func findStreamInfo() throws(ProbeError) {
        let status = library.findStreamInfo(pointer, nil)
        guard status >= 0 else {
            throw ProbeError.libav(path: displayPath, code: status, stage: .streamInfo)
        }
    }
}

import CAVFormat

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The libavformat functions the probe calls, opened on the first probe rather than linked: libavformat
/// pulls in about a hundred libraries (codecs, network, Blu-ray, chromaprint...) whose loading, symbol
/// binding and constructors every command paid at start-up, though only `index` probes.
/// Holds C function pointers only; the library stays loaded for the life of the process.
struct LibAV: @unchecked Sendable {  // immutable after loading: function pointers into a never-unloaded library
    typealias OpenInput = @convention(c) (
        UnsafeMutablePointer<UnsafeMutablePointer<AVFormatContext>?>?, UnsafePointer<CChar>?, UnsafePointer<AVInputFormat>?,
        UnsafeMutablePointer<OpaquePointer?>?
    ) -> Int32
    typealias CloseInput = @convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<AVFormatContext>?>?) -> Void
    typealias FindStreamInfo = @convention(c) (UnsafeMutablePointer<AVFormatContext>?, UnsafeMutablePointer<OpaquePointer?>?) -> Int32
    typealias DictionaryFree = @convention(c) (UnsafeMutablePointer<OpaquePointer?>?) -> Void
    typealias DictionarySetInt = @convention(c) (UnsafeMutablePointer<OpaquePointer?>?, UnsafePointer<CChar>?, Int64, Int32) -> Int32
    typealias DictionarySet = @convention(c) (UnsafeMutablePointer<OpaquePointer?>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> Int32
    typealias DictionaryGet = @convention(c) (
        OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<AVDictionaryEntry>?, Int32
    ) -> UnsafeMutablePointer<AVDictionaryEntry>?
    typealias LogSetLevel = @convention(c) (Int32) -> Void
    typealias ErrorString = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
    typealias CodecName = @convention(c) (AVCodecID) -> UnsafePointer<CChar>?
    typealias AllocContext = @convention(c) () -> UnsafeMutablePointer<AVFormatContext>?
    typealias IOAllocContext = @convention(c) (
        UnsafeMutablePointer<UInt8>?, Int32, Int32, UnsafeMutableRawPointer?,
        (@convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<UInt8>?, Int32) -> Int32)?,
        (@convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<UInt8>?, Int32) -> Int32)?,
        (@convention(c) (UnsafeMutableRawPointer?, Int64, Int32) -> Int64)?
    ) -> UnsafeMutablePointer<AVIOContext>?
    typealias IOContextFree = @convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<AVIOContext>?>?) -> Void
    typealias Malloc = @convention(c) (Int) -> UnsafeMutableRawPointer?
    typealias FreePointer = @convention(c) (UnsafeMutableRawPointer?) -> Void
    typealias FindInputFormat = @convention(c) (UnsafePointer<CChar>?) -> UnsafePointer<AVInputFormat>?

    let openInput: OpenInput
    let closeInput: CloseInput
    let findStreamInfo: FindStreamInfo
    let dictionaryFree: DictionaryFree
    let dictionarySetInt: DictionarySetInt
    let dictionarySet: DictionarySet
    let dictionaryGet: DictionaryGet
    let errorString: ErrorString
    let codecName: CodecName
    let allocContext: AllocContext
    let ioAllocContext: IOAllocContext
    let ioContextFree: IOContextFree
    let malloc: Malloc
    /// `av_freep`: frees what the pointer at the address points to and sets it to NULL.
    let freePointer: FreePointer
    let findInputFormat: FindInputFormat

    /// The soname the headers were built against (libavformat.so.59 for FFmpeg 5.1).
    static let libraryName = "libavformat.so.\(LIBAVFORMAT_VERSION_MAJOR)"

    /// Loaded once, under the runtime's once-lock; the failure, if any, is kept and reported by every probe.
    static let shared: Result<LibAV, LoadFailure> = load()

    struct LoadFailure: Error {
        var message: String
    }

    /// The library, or why it cannot be used.
    static func get() throws(LoadFailure) -> LibAV { try shared.get() }

    private static func load() -> Result<LibAV, LoadFailure> {
        guard let handle = dlopen(libraryName, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? ""
            return .failure(LoadFailure(message: "找不到 \(libraryName)（\(reason)）。请安装 Debian 软件包 libavformat\(LIBAVFORMAT_VERSION_MAJOR)"))
        }
        // dlsym on libavformat's handle also searches the libraries it depends on (libavcodec, libavutil).
        func symbol<T>(_ name: String, as type: T.Type) throws(LoadFailure) -> T {
            guard let address = dlsym(handle, name) else {
                throw LoadFailure(message: "\(libraryName) 中没有 \(name)：版本不符，请重新安装 libavformat\(LIBAVFORMAT_VERSION_MAJOR)")
            }
            return unsafeBitCast(address, to: type)
        }
        do {
            let library = LibAV(
                openInput: try symbol("avformat_open_input", as: OpenInput.self),
                closeInput: try symbol("avformat_close_input", as: CloseInput.self),
                findStreamInfo: try symbol("avformat_find_stream_info", as: FindStreamInfo.self),
                dictionaryFree: try symbol("av_dict_free", as: DictionaryFree.self),
                dictionarySetInt: try symbol("av_dict_set_int", as: DictionarySetInt.self),
                dictionarySet: try symbol("av_dict_set", as: DictionarySet.self),
                dictionaryGet: try symbol("av_dict_get", as: DictionaryGet.self),
                errorString: try symbol("av_strerror", as: ErrorString.self),
                codecName: try symbol("avcodec_get_name", as: CodecName.self),
                allocContext: try symbol("avformat_alloc_context", as: AllocContext.self),
                ioAllocContext: try symbol("avio_alloc_context", as: IOAllocContext.self),
                ioContextFree: try symbol("avio_context_free", as: IOContextFree.self),
                malloc: try symbol("av_malloc", as: Malloc.self),
                freePointer: try symbol("av_freep", as: FreePointer.self),
                findInputFormat: try symbol("av_find_input_format", as: FindInputFormat.self))
            // libavformat prints warnings to stderr by default; a library must not.
            try symbol("av_log_set_level", as: LogSetLevel.self)(AV_LOG_QUIET)
            return .success(library)
        } catch {
            return .failure(error)
        }
    }
}

import CAVFormat

/// A file's bytes, already in memory, as libavformat's input: the `AVIOContext` reads and seeks them as the
/// "file" protocol would read and seek the file (same buffer size, same answers at and past the end), without
/// opening the file again. The indexer has read a small file whole for its fingerprint; this spares the probe
/// the second open, the reads and the seeks. libavformat never frees a caller's `AVIOContext`: this does.
final class MemoryInput {
    let io: UnsafeMutablePointer<AVIOContext>
    private let file: UnsafeMutablePointer<YJMemoryFile>
    private let library: LibAV
    /// The "file" protocol's buffer size (IO_BUFFER_SIZE), so libavformat reads in the same steps.
    private static let bufferSize: Int32 = 32768

    /// nil when libavformat cannot allocate the context. `contents` must outlive this object.
    init?(contents: UnsafeRawBufferPointer, library: LibAV) {
        self.library = library
        file = .allocate(capacity: 1)
        file.initialize(to: YJMemoryFile(
            data: contents.baseAddress?.assumingMemoryBound(to: UInt8.self), size: Int64(contents.count), position: 0))
        guard let buffer = library.malloc(Int(Self.bufferSize)) else {
            file.deallocate()
            return nil
        }
        guard let io = library.ioAllocContext(
            buffer.assumingMemoryBound(to: UInt8.self), Self.bufferSize, 0, file, yj_memory_file_read, nil, yj_memory_file_seek)
        else {
            var unused: UnsafeMutableRawPointer? = buffer
            library.freePointer(&unused)
            file.deallocate()
            return nil
        }
        self.io = io
    }

    deinit {
        // libavformat may have swapped the buffer for a larger one while probing: free the one it holds now.
        withUnsafeMutablePointer(to: &io.pointee.buffer) { library.freePointer($0) }
        var context: UnsafeMutablePointer<AVIOContext>? = io
        library.ioContextFree(&context)
        file.deallocate()
    }
}

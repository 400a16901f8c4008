/// Fingerprints a probing worker's next few files together: reads what each fingerprint covers into one buffer,
/// file after file, then hashes them in interleaved chains (`FNV1a64Lanes`), about a quarter of the CPU of hashing
/// them one by one. Each value is the one `Fingerprint.compute(path:size:)` gives the file alone.
///
/// @unchecked Sendable: every call rewrites the buffer, so one worker uses a fingerprinter at a time — the probe
/// pipeline gives each of its workers its own and never shares one.
final class GroupFingerprinter: @unchecked Sendable {
    /// Files read before hashing: enough for four chains to refill from when files of different sizes end early.
    static let groupSize = 8
    private static let bytesPerFile = 2 * Fingerprint.blockSize
    /// Allocated once per worker: a fresh buffer per group would fault its pages in again every time.
    private let buffer: UnsafeMutableRawBufferPointer

    init() {
        buffer = .allocate(byteCount: Self.groupSize * Self.bytesPerFile, alignment: 64)
    }

    deinit {
        buffer.deallocate()
    }

    /// Each file's fingerprint or why it could not be read, in order (any number of files, a group at a time).
    func fingerprints(of files: some Collection<FoundFile>) -> [Result<String, Fingerprint.Failure>] {
        map(files) { _, fingerprint, _ in fingerprint }
    }

    /// `transform` of each file's fingerprint and of the bytes it covers (the first block, then the last; the whole
    /// of a small file) when every read returned all it asked for, valid only during that call (the next group
    /// overwrites them): the probe reads a small file from there, and a larger one's first bytes.
    func map<Result>(
        _ files: some Collection<FoundFile>,
        _ transform: (FoundFile, Swift.Result<String, Fingerprint.Failure>, _ covered: UnsafeRawBufferPointer?) -> Result
    ) -> [Result] {
        let files = Array(files)
        var results: [Result] = []
        results.reserveCapacity(files.count)
        for start in stride(from: 0, to: files.count, by: Self.groupSize) {
            let group = files[start..<min(start + Self.groupSize, files.count)]
            for (file, read) in zip(group, self.group(group)) {
                let expected = min(file.size, Int64(Self.bytesPerFile))
                let covered = (try? read.bytes.get()).flatMap { Int64($0.count) == expected ? $0 : nil }
                results.append(transform(file, read.fingerprint, covered))
            }
        }
        return results
    }

    private func group(_ files: ArraySlice<FoundFile>) -> [(fingerprint: Swift.Result<String, Fingerprint.Failure>, bytes: Swift.Result<UnsafeRawBufferPointer, Fingerprint.Failure>)] {
        var reads: [Swift.Result<UnsafeRawBufferPointer, Fingerprint.Failure>] = []
        var used = 0
        for file in files {
            // Packed one after another, so small files keep the hashed bytes close together in the cache.
            let region = UnsafeMutableRawBufferPointer(rebasing: buffer[used..<used + Self.bytesPerFile])
            do {
                let count = try Fingerprint.readCoveredBytes(path: file.path, size: file.size, into: region)
                reads.append(.success(UnsafeRawBufferPointer(rebasing: region.prefix(count))))
                used += count
            } catch {
                reads.append(.failure(error))
            }
        }
        var hashes = FNV1a64Lanes.hashEach(reads.compactMap { try? $0.get() }).makeIterator()
        return zip(files, reads).map { file, read in
            (read.map { _ in Fingerprint.format(size: file.size, hash: hashes.next() ?? 0) }, read)
        }
    }
}

public import Foundation

/// The bundle's `playlog-YYYY-MM.csv` as `yuanjiao play` keeps it: append-only, one line per course started,
/// `start,end,file,station,note` (what `playlog import` reads; the note column is for people). Its cells go
/// through `CSVWriter` like every other CSV: a course file named `=HYPERLINK(…)` is written `'=HYPERLINK(…)`.
///
/// A line is appended, synced, when a course starts, with its end left blank and the note 「播放中」. While it
/// plays the end is overwritten in place with the time last seen running; when it stops, with the real stop
/// time and why it stopped. Only those two fixed-width fields of the last line are ever rewritten, so a
/// power cut leaves at worst a line still marked 「播放中」 whose end is the last time seen, which the next
/// start closes as a gap (`closeInterrupted`).
public final class StationPlayLog {
    public let url: URL
    private let handle: FileHandle

    /// A line this run wrote and may still rewrite.
    public struct Entry: Sendable, Hashable {
        var offset: UInt64
        var length: Int
        public var start: LogTime
        public var file: String
    }

    /// An entry an earlier run left open, now closed.
    public struct Gap: Sendable, Hashable {
        public var start: LogTime
        /// The last time the course was seen playing; nil when it was never seen (the end stays the start).
        public var lastSeen: LogTime?
        public var file: String
    }

    static let header = "start,end,file,station,note"
    static let timeWidth = 19
    /// Bytes kept for the note, so it can be rewritten in place.
    static let noteWidth = 90
    static let playingNote = "播放中"
    static let interruptedNote = "上次播放中断（断电或强行关闭），结束时间为最后一次记录"

    public static func fileName(_ month: YearMonth) -> String { "playlog-\(month).csv" }

    /// Opens (or creates, with its header) the log; refuses a hand-made log whose columns are in another
    /// order, since appending to it would put times under the wrong titles.
    public init(url: URL) throws(YuanjiaoError) {
        self.url = url
        let path = url.path
        // A link, pipe or device in the log's place would send the log elsewhere or hang the player: refused.
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            let what = (info.st_mode & S_IFMT) == S_IFLNK ? "符号链接" : (info.st_mode & S_IFMT) == S_IFIFO ? "管道（FIFO）" : "设备或其他特殊文件"
            throw YuanjiaoError(.input, "\(path)：播放记录的位置是\(what)，不是普通文件，不会写入它：请删除或移走它，或用 --log-dir 把记录写到别的文件夹")
        }
        if lstat(path, &info) != 0 {
            guard FileManager.default.createFile(atPath: path, contents: Data(("\u{FEFF}" + Self.header + "\n").utf8)) else {
                throw YuanjiaoError(.job, "\(path)：无法创建播放记录，请检查下发包文件夹是否可写")
            }
        }
        let descriptor = open(path, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0, fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            if descriptor >= 0 { close(descriptor) }
            throw YuanjiaoError(.job, "\(path)：无法打开播放记录写入，请检查文件是否可写、是否被 WPS 等程序打开")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        self.handle = handle
        let data = handle.readDataToEndOfFile()
        let text = String(decoding: data, as: UTF8.self)
        let first = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let columns = first.replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let expected = [["start", "开始", "开始时间"], ["end", "结束", "结束时间"], ["file", "文件", "文件名"], ["station", "站点"]]
        guard columns.count >= 4, zip(columns, expected).allSatisfy({ $1.contains($0) }) else {
            try? handle.close()
            throw YuanjiaoError(.input, "\(path):1: 表头应为 \(Self.header)（或 开始,结束,文件,站点），现在是「\(first)」：请把这个文件改名另存后再运行，新的记录会写入新文件")
        }
        if let last = data.last, last != UInt8(ascii: "\n") { try write(Data("\n".utf8), at: UInt64(data.count)) }
    }

    deinit { try? handle.close() }

    /// Closes every entry an earlier run left 「播放中」: the end stays the last time it was seen (or the
    /// start when never seen) and the note says it was interrupted.
    public func closeInterrupted() throws(YuanjiaoError) -> [Gap] {
        let data: Data
        do {
            try handle.seek(toOffset: 0)
            data = handle.readDataToEndOfFile()
        } catch {
            throw YuanjiaoError(.job, "\(url.path)：无法读取播放记录（\(ErrorText.plain(error))）")
        }
        var gaps: [Gap] = []
        var lineStart = 0
        let bytes = [UInt8](data)
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            defer { lineStart = index + 1 }
            let line = Array(bytes[lineStart..<index])
            guard line.count > Self.timeWidth * 2 + Self.noteWidth,
                  String(decoding: line.suffix(Self.noteWidth), as: UTF8.self).trimmingCharacters(in: .whitespaces) == Self.playingNote,
                  let start = LogTime(parsing: String(decoding: line.prefix(Self.timeWidth), as: UTF8.self))
            else { continue }
            let endField = String(decoding: line[(Self.timeWidth + 1)..<(Self.timeWidth * 2 + 1)], as: UTF8.self)
            let lastSeen = LogTime(parsing: endField)
            let fields = String(decoding: line, as: UTF8.self).split(separator: ",")
            let file = fields.count >= 5 ? fields[2...].dropLast(2).joined(separator: ",") : ""
            let entry = Entry(offset: UInt64(lineStart), length: line.count, start: start, file: file)
            try finish(entry, at: lastSeen ?? start, note: Self.interruptedNote)
            gaps.append(Gap(start: start, lastSeen: lastSeen, file: CSVWriter.restored(file.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))))
        }
        return gaps
    }

    /// Appends the line of a course that starts now, synced before the player opens.
    public func begin(_ file: String, station: String, at start: LogTime) throws(YuanjiaoError) -> Entry {
        let line = [Self.time(start), String(repeating: " ", count: Self.timeWidth), CSVWriter.field(file), CSVWriter.field(station),
                    Self.padded(Self.playingNote)].joined(separator: ",")
        let offset: UInt64
        do {
            offset = try handle.seekToEnd()
        } catch {
            throw YuanjiaoError(.job, "\(url.path)：无法写入播放记录（\(ErrorText.plain(error))）")
        }
        try write(Data((line + "\n").utf8), at: offset)
        return Entry(offset: offset, length: line.utf8.count, start: start, file: file)
    }

    /// Records that the course was still playing at `time` (its end so far).
    public func seen(_ entry: Entry, at time: LogTime) throws(YuanjiaoError) {
        try write(Data(Self.time(time).utf8), at: entry.offset + UInt64(Self.timeWidth + 1))
    }

    /// Closes the entry with its real stop time and why it stopped (empty when it played to the end).
    public func finish(_ entry: Entry, at time: LogTime, note: String) throws(YuanjiaoError) {
        try seen(entry, at: time)
        try write(Data(Self.padded(note).utf8), at: entry.offset + UInt64(entry.length - Self.noteWidth))
    }

    private func write(_ data: Data, at offset: UInt64) throws(YuanjiaoError) {
        do {
            try handle.seek(toOffset: offset)
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            throw YuanjiaoError(.job, "\(url.path)：无法写入播放记录（\(ErrorText.plain(error))），请检查磁盘空间")
        }
    }

    private static func time(_ time: LogTime) -> String { time.description }

    /// The note cut at a character boundary and padded with spaces to exactly `noteWidth` bytes.
    static func padded(_ note: String) -> String {
        var kept = ""
        for character in note where kept.utf8.count + character.utf8.count <= noteWidth { kept.append(character) }
        return kept + String(repeating: " ", count: noteWidth - kept.utf8.count)
    }
}

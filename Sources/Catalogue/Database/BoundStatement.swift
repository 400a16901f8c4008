import GRDB
import GRDBSQLite

/// One prepared statement run many times in a row with values bound straight through SQLite's C API: the bulk
/// writers (a 100 MB guide is 200,000 rows) spend nothing on `StatementArguments`, existential boxing or GRDB's
/// per-execution bookkeeping. Only for statements run inside the caller's write transaction, on its connection;
/// the SQLite pointers stay in here.
final class BoundStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    private var position: Int32 = 0

    init(_ db: Database, sql: String) throws {
        guard let connection = db.sqliteConnection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "数据库连接已关闭")
        }
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        self.connection = connection
    }

    private var tailBound = false

    /// Starts a new row of values.
    func reset() {
        sqlite3_reset(handle)
        position = 0
    }

    /// Binds the last values, the same for every row, on the first row only: SQLite keeps a value bound
    /// across `reset` (and has its own copy of it), so the later rows spare the binding and its copy.
    func bindTailOnce(_ bind: (BoundStatement) -> Void) {
        guard !tailBound else { return }
        tailBound = true
        bind(self)
    }

    func bind(_ text: String?) {
        guard var text else { return bind(utf8: nil) }
        text.withUTF8 { bind(utf8: $0) }
    }

    /// UTF-8 text the caller holds, such as a range of a flat row's buffer; nil binds NULL.
    func bind(utf8 bytes: UnsafeBufferPointer<UInt8>?) {
        position += 1
        guard let bytes else {
            sqlite3_bind_null(handle, position)
            return
        }
        // An empty buffer may have no address, which SQLite would read as NULL: bind a static "" instead.
        let start = UnsafeRawPointer(bytes.baseAddress ?? ("" as StaticString).utf8Start)
        _ = sqlite3_bind_text(
            handle, position, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
    }

    /// A number as text in lowercase hexadecimal, as `String(value, radix: 16)` writes it, without making that
    /// string (sixteen digits do not fit a small string, so each would be an allocation).
    func bind(hexadecimal value: UInt64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { digits in
            var count = 0
            var rest = value
            repeat {
                let digit = UInt8(truncatingIfNeeded: rest & 0xF)
                digits[15 - count] = digit < 10 ? 0x30 + digit : 0x57 + digit
                count += 1
                rest >>= 4
            } while rest != 0
            bind(utf8: UnsafeBufferPointer(UnsafeMutableBufferPointer(rebasing: digits[(16 - count)...])))
        }
    }

    func bind(_ number: Double?) {
        position += 1
        guard let number else {
            sqlite3_bind_null(handle, position)
            return
        }
        sqlite3_bind_double(handle, position, number)
    }

    func bind(_ number: Int?) {
        position += 1
        guard let number else {
            sqlite3_bind_null(handle, position)
            return
        }
        sqlite3_bind_int64(handle, position, Int64(number))
    }

    /// A value as GRDB converted it (a date as its stored text, say).
    func bind(_ value: DatabaseValue) {
        switch value.storage {
        case .null: bind(nil as Int?)
        case .int64(let number): bind(Int(number))
        case .double(let number): bind(number)
        case .string(let text): bind(text)
        case .blob(let data):
            position += 1
            _ = data.withUnsafeBytes { bytes in
                sqlite3_bind_blob(handle, position, bytes.baseAddress, Int32(bytes.count), Self.transient)
            }
        }
    }

    func bind(_ flag: Bool?) {
        bind(flag.map { $0 ? 1 : 0 } as Int?)
    }

    /// Runs the statement to its end; returns the rows it changed.
    func execute() throws -> Int {
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW { code = sqlite3_step(handle) }
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(connection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        return Int(sqlite3_changes(connection))
    }

    /// SQLite copies the text before `bind` returns (SQLITE_TRANSIENT).
    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }
}

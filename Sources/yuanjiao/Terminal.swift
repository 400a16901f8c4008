import Foundation
import Yuanjiao

#if canImport(Glibc)
import Glibc
#endif

enum Terminal {
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints text made from catalogue data (titles, paths, tags written by anyone) with its control
    /// characters made harmless; only the highlight colours this program adds itself stay.
    static func output(_ text: String, terminator: String = "\n") {
        print(printable(text), terminator: terminator)
    }

    /// The highlight that `search` puts around matches on a terminal.
    private static let ownSequences = ["\u{1B}[1;33m", "\u{1B}[0m"]

    /// Control characters (C0 except newline and tab, DEL, C1, bidirectional overrides) become "�", so a
    /// media title cannot move the cursor, retitle the window or hide text on the librarian's terminal.
    static func printable(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            if scalar == "\u{1B}", let own = ownSequences.first(where: { scalars.starts(with: $0.unicodeScalars) }) {
                result.append(contentsOf: own.unicodeScalars)
                scalars = scalars.dropFirst(own.unicodeScalars.count)
                continue
            }
            result.append(isControl(scalar) ? "\u{FFFD}" : scalar)
            scalars = scalars.dropFirst()
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Redraws one status line in place; only called when standard error is a terminal.
    static func status(_ line: String) {
        let clipped = line.count > 100 ? String(line.prefix(99)) + "…" : line
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + printable(clipped)).utf8))
    }

    static func clearStatus() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    static func printJSON(_ value: some Encodable) throws {
        let data = try JSONFormat.encode(value)
        print(String(decoding: data, as: UTF8.self))
    }
}

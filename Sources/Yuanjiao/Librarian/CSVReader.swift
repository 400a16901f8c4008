/// An RFC 4180 reader: comma-separated fields, CRLF or LF line ends, quoted fields holding commas,
/// quotes (doubled) and line breaks. A malformed record is reported by the line it starts on and
/// reading goes on with the next record; an unclosed quote runs to the end of the file and is reported.
struct CSVReader {
    struct Record: Equatable {
        /// 1-based line where the record starts (a quoted line break makes a record span lines).
        var line: Int
        var fields: [String]
    }

    struct Problem: Equatable {
        var line: Int
        var message: String
    }

    private(set) var records: [Record] = []
    private(set) var problems: [Problem] = []

    /// Reads `text` (without its BOM). Blank lines are skipped.
    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var recordLine = 1
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var afterQuote = false
        var fieldWasQuoted = false
        var broken: String?

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
            fieldWasQuoted = false
        }

        func endRecord() {
            endField()
            if let message = broken {
                problems.append(Problem(line: recordLine, message: message))
            } else if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            broken = nil
        }

        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" || (scalar == "\r" && (index >= scalars.count || scalars[index] != "\n")) { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
            case "\r", "\n":
                if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            case "\"":
                broken = broken ?? "字段中间出现了引号：含引号的字段要整个用英文双引号括起来，里面的引号写两遍（\"\"）"
                field.append(scalar)
            default:
                if afterQuote {
                    broken = broken ?? "右引号后面只能是逗号或换行：含引号的字段要整个用英文双引号括起来"
                }
                field.append(scalar)
            }
        }
        if inQuotes {
            problems.append(Problem(line: recordLine, message: "引号没有闭合，从这一行到文件末尾都无法读取：请检查这一行的英文双引号是否成对"))
        } else if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            endRecord()
        }
    }
}

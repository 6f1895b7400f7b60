/// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they contain the delimiter, a
/// quote or a line break, quotes doubled. UTF-8; Swedish Excel wants `;` as delimiter and a byte
/// order mark to recognise UTF-8.
public struct CSVWriter: Sendable {
    public var delimiter: Character
    public var byteOrderMark: Bool

    public init(delimiter: Character = ",", byteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
    }

    public func render(header: [String], rows: [[String]]) -> String {
        var output = byteOrderMark ? "\u{FEFF}" : ""
        output += line(header)
        for row in rows { output += line(row) }
        return output
    }

    public func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: String(delimiter)) + "\r\n"
    }

    public func escape(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

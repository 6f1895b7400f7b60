/// A plain-text table for a terminal of `width` columns (80 by default): narrow columns are cut
/// with "…", the one wrapping column (the decision text) takes the remaining width and wraps, so
/// nothing important is cut off.
public struct TableFormatter: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var maxWidth: Int
        public var wraps: Bool

        public init(_ title: String, maxWidth: Int = 30, wraps: Bool = false) {
            self.title = title
            self.maxWidth = maxWidth
            self.wraps = wraps
        }
    }

    public var columns: [Column]
    public var width: Int
    static let gap = 2

    public init(columns: [Column], width: Int = 80) {
        self.columns = columns
        self.width = max(40, width)
    }

    public func render(_ rows: [[String]]) -> String {
        let cells = rows.map { row in row.map(TableFormatter.oneLine) }
        var widths = columns.enumerated().map { index, column in
            min(column.maxWidth, cells.reduce(column.title.count) { max($0, $1.count > index ? $1[index].count : 0) })
        }
        let available = width - TableFormatter.gap * (columns.count - 1)
        if let wrapping = columns.firstIndex(where: \.wraps) {
            let others = widths.enumerated().filter { $0.offset != wrapping }.reduce(0) { $0 + $1.element }
            widths[wrapping] = max(12, min(widths[wrapping], available - others))
        }
        while widths.reduce(0, +) > available, let widest = widths.indices.filter({ !columns[$0].wraps && widths[$0] > 4 }).max(by: { widths[$0] < widths[$1] }) {
            widths[widest] -= 1
        }
        var output = line(columns.map(\.title), widths: widths)
        output += line(widths.map { String(repeating: "-", count: $0) }, widths: widths)
        for row in cells { output += line(row, widths: widths) }
        return output
    }

    private func line(_ values: [String], widths: [Int]) -> String {
        var parts: [[String]] = []
        for (index, column) in columns.enumerated() {
            let value = index < values.count ? values[index] : ""
            parts.append(column.wraps ? TableFormatter.wrap(value, width: widths[index]) : [TableFormatter.cut(value, width: widths[index])])
        }
        let height = parts.map(\.count).max() ?? 1
        var text = ""
        for lineIndex in 0..<height {
            var fields: [String] = []
            for (index, lines) in parts.enumerated() {
                let value = lineIndex < lines.count ? lines[lineIndex] : ""
                fields.append(index == parts.count - 1 ? value : TableFormatter.pad(value, width: widths[index]))
            }
            var joined = fields.joined(separator: String(repeating: " ", count: TableFormatter.gap))
            while joined.last == " " { joined.removeLast() }
            text += joined + "\n"
        }
        return text
    }

    static func oneLine(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text {
            let space = character.isWhitespace
            if space && lastWasSpace { continue }
            result.append(space ? " " : character)
            lastWasSpace = space
        }
        return result.trimmingSpaces
    }

    static func cut(_ text: String, width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    static func pad(_ text: String, width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// Word wrap; a word longer than the width is cut into pieces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = Substring(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}

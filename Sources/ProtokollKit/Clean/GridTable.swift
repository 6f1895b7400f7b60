/// Grid tables, as pandoc writes a Word table in Markdown (and some text exports draw them):
///
///     +----------------------+---------------------------------+
///     | **Beslutande**       | Anna-Karin Bergqvist (S),       |
///     |                      | ordförande\                     |
///     |                      | Ebba von Platen (KD)            |
///     +----------------------+---------------------------------+
///
/// A cell's text is wrapped to its column: its lines join with a space, except after a hard break
/// ("\" at the end) or a blank line in the cell. Each row becomes lines whose cells are separated by
/// tabs, as a table from a word processor is: "Beslutande<TAB>Anna-Karin Bergqvist (S), ordförande",
/// then "Ebba von Platen (KD)"; an empty cell keeps its place on the row's first line. A border is a blank line between rows. Each line keeps the number of
/// the source line it starts on.
///
/// A table drawn with box characters, as `w3m -dump` and `lynx -dump` give an HTML table, is read the
/// same way ("┌───┬───┐", "│Namn │Parti │", "├───┼───┤", "└───┴───┘"); its rows follow each other
/// without a blank line, so that a list under its label stays one.
enum GridTable {
    static func flattened(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.contains(where: { isBorder($0.text) || boxBorder($0.text) != nil }) else { return lines }
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        var row: [SourceLine] = []
        var inTable = false
        func flushRow() {
            guard !row.isEmpty else { return }
            out += rowLines(row)
            row = []
        }
        for line in lines {
            if isBorder(line.text) {
                flushRow()
                inTable = true
                var blank = line
                blank.text = ""
                out.append(blank)
            } else if let border = boxBorder(line.text) {
                flushRow()
                inTable = border != .bottom
                if border != .middle {
                    var blank = line
                    blank.text = ""
                    out.append(blank)
                }
            } else if inTable, line.text.trimmed.hasPrefix("|") {
                row.append(line)
            } else if inTable, line.text.trimmed.hasPrefix("│") || line.text.trimmed.hasPrefix("║") {
                var bars = line
                bars.text = line.text.replacingOccurrences(of: "│", with: "|").replacingOccurrences(of: "║", with: "|")
                row.append(bars)
            } else {
                flushRow()
                inTable = false
                out.append(line)
            }
        }
        flushRow()
        return out
    }

    /// "+----+----+", "+====+====+", "+:---+---:+": a border, nothing else on the line.
    static func isBorder(_ text: String) -> Bool {
        let bytes = text.utf8.drop { $0 == 0x20 }
        guard bytes.first == 0x2B, bytes.count >= 3, let second = bytes.dropFirst().first, second == 0x2D || second == 0x3D || second == 0x3A else { return false }
        var sawDash = false
        for byte in bytes {
            switch byte {
            case 0x2D, 0x3D: sawDash = true
            case 0x2B, 0x3A, 0x20: continue
            default: return false
            }
        }
        return sawDash && bytes.last == 0x2B
    }

    enum BoxBorder { case top, middle, bottom }

    /// "┌──┬──┐", "├──┼──┤", "└──┴──┘" (or their double-line forms): a box table's border, nothing else on the line.
    static func boxBorder(_ text: String) -> BoxBorder? {
        // Most lines are passed over on their first byte: the box characters are U+2500–U+257F (0xE2 …).
        guard text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) == 0xE2 else { return nil }
        let trimmed = text.trimmed
        guard let first = trimmed.first, "┌├└╔╠╚".contains(first), trimmed.count >= 3,
              trimmed.allSatisfy({ "─═┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝".contains($0) }) else { return nil }
        switch first {
        case "┌", "╔": return .top
        case "├", "╠": return .middle
        default: return .bottom
        }
    }

    /// One row, its source lines between two borders, as tab-separated lines.
    private static func rowLines(_ row: [SourceLine]) -> [SourceLine] {
        // Each source line's cells: what stands between the bars.
        let split = row.map { line -> [Substring] in
            var cells = line.text.trimmed.split(separator: "|", omittingEmptySubsequences: false)
            if cells.first?.trimmed.isEmpty == true { cells.removeFirst() }
            if cells.last?.trimmed.isEmpty == true { cells.removeLast() }
            return cells
        }
        let columns = split.map(\.count).max() ?? 0
        // Each cell's logical lines, with the index of the source line each starts on.
        var cellLines: [[(text: String, start: Int)]] = Array(repeating: [], count: columns)
        for column in 0..<columns {
            var current = ""
            var start = 0
            var logical: [(text: String, start: Int)] = []
            for (index, cells) in split.enumerated() {
                let fragment = column < cells.count ? cells[column].trimmed : ""
                if fragment.isEmpty {
                    if !current.isEmpty { logical.append((current, start)) }
                    current = ""
                    continue
                }
                if current.isEmpty { start = index }
                let hardBreak = fragment.hasSuffix("\\") && !fragment.hasSuffix("\\\\")
                let text = hardBreak ? fragment.dropLast().trimmed : fragment
                current = current.isEmpty ? text : current + " " + text
                if hardBreak {
                    logical.append((current, start))
                    current = ""
                }
            }
            if !current.isEmpty { logical.append((current, start)) }
            cellLines[column] = logical
        }
        let count = cellLines.map(\.count).max() ?? 0
        var result: [SourceLine] = []
        for i in 0..<count {
            // The row's first line keeps every cell in its place, so that an X stays under its
            // column ("Hampus Lindqvist (M)<TAB><TAB>X"); the lines a cell goes on with are its own.
            var texts = cellLines.map { i < $0.count ? $0[i].text : "" }
            while texts.last?.isEmpty == true { texts.removeLast() }
            if i > 0 { texts.removeAll { $0.isEmpty } }
            let start = cellLines.compactMap { i < $0.count ? $0[i].start : nil }.min() ?? 0
            guard row.indices.contains(start), case let text = texts.joined(separator: "\t"), !text.isEmpty else { continue }
            var line = row[start]
            line.text = text
            result.append(line)
        }
        return result
    }
}

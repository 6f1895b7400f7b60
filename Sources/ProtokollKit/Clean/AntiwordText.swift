/// A Word document as antiword renders it in text: a table's rows as cells between bars, one line
/// each, a cell that wraps going on in the line below with the other cells empty, and "[pic]" where
/// a picture (the logo) stood:
///
///     |Justeringens      |Kommunkansliet, tisdagen den 18 maj 2004 kl. 15.00   |
///     |plats och tid     |                                                     |
///     |Beslutande        |Lars-Åke Berglund (s), ordförande                    |
///     |                  |Marita Jonsson (s)                                   |
///
/// Each line becomes its cells separated by tabs, as a table from a word processor is, each line
/// keeping its own number: "Justeringens plats och tid<TAB>Kommunkansliet, …", then
/// "Beslutande<TAB>Lars-Åke Berglund (s), ordförande" and "Marita Jonsson (s)". A Markdown table
/// (with its "|---|---|" row) is left to the Markdown stage.
enum AntiwordText {
    static func cleaned(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.contains(where: { isPictureMark($0.text) || isBarRow($0.text) }) else { return lines }
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if isPictureMark(line.text) {
                index += 1
                continue
            }
            guard isBarRow(line.text) else {
                out.append(line)
                index += 1
                continue
            }
            var end = index
            while end < lines.count, isBarRow(lines[end].text) { end += 1 }
            let block = lines[index..<end]
            if block.contains(where: { isMarkdownRule($0.text) }) { out += block } else { out += tabbed(block) }
            index = end
        }
        return out
    }

    /// "[pic]": antiword's mark for a picture.
    static func isPictureMark(_ text: String) -> Bool {
        text.trimmed == "[pic]"
    }

    /// "|Beslutande   |Marita Jonsson (s)   |": a bar at both ends and one between two cells.
    static func isBarRow(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first(where: { $0 != 0x20 }), first == 0x7C,
              let last = bytes.last(where: { $0 != 0x20 && $0 != 0x0D }), last == 0x7C else { return false }
        var bars = 0
        for byte in bytes where byte == 0x7C { bars += 1 }
        return bars >= 3
    }

    /// "|---|:--|": the row under a Markdown table's header.
    private static func isMarkdownRule(_ text: String) -> Bool {
        text.contains("-") && text.trimmed.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }
    }

    private static func cells(_ text: String) -> [String] {
        var cells = text.trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmed }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    /// The rows of one table as tab-separated lines. A line that only goes on with the words of
    /// cells above it in lower case ("plats och tid", "uppsättande") while the cells beside them are
    /// empty is a label wrapped in its cell: it joins the line above.
    private static func tabbed(_ block: ArraySlice<SourceLine>) -> [SourceLine] {
        var rows: [(line: SourceLine, cells: [String])] = []
        for line in block {
            let here = cells(line.text)
            if let above = rows.last, continuesLabels(here, above: above.cells) {
                var joined = above.cells
                for (column, cell) in here.enumerated() where !cell.isEmpty { joined[column] += " " + cell }
                rows[rows.count - 1].cells = joined
            } else {
                rows.append((line, here))
            }
        }
        // An empty row before a further line of a cell is a blank line inside that cell (the
        // officials after the substitutes in "Övriga deltagare"), not the end of the row.
        let insideCell = Set(rows.indices.filter { i in
            rows[i].cells.allSatisfy(\.isEmpty) && i > 0 && i + 1 < rows.count
                && rows[i + 1].cells.first?.isEmpty == true && rows[i + 1].cells.contains { !$0.isEmpty }
        })
        return rows.indices.filter { !insideCell.contains($0) }.map { rows[$0] }.map { row in
            var line = row.line
            var cells = row.cells
            while cells.last?.isEmpty == true { cells.removeLast() }
            // A cell's own further line ("|   |Marita Jonsson (s)   |") is the text alone; a row with
            // several cells keeps each in its column, so that an X stays under "Ja".
            let filled = cells.filter { !$0.isEmpty }
            line.text = filled.count <= 1 ? filled.first ?? "" : cells.joined(separator: "\t")
            return line
        }
    }

    /// Only a line that goes on in the first column continues labels: a value column's further line
    /// may be the next item of a list ("Socialchefen" / "ekonomienheten").
    private static func continuesLabels(_ cells: [String], above: [String]) -> Bool {
        guard cells.count == above.count, cells.first?.isEmpty == false else { return false }
        var continues = false
        var besideEmpty = false
        for (cell, cellAbove) in zip(cells, above) {
            if cell.isEmpty {
                if !cellAbove.isEmpty { besideEmpty = true }
                continue
            }
            guard !cellAbove.isEmpty, cell.firstLetterIsLowercase, cell.first?.isLetter == true else { return false }
            continues = true
        }
        return continues && besideEmpty
    }
}

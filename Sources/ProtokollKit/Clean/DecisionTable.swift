/// Minutes kept as a table, as associations write them in Word: a header "Punkt<TAB>Ärende<TAB>Beslut
/// <TAB>Ansvarig" and one row per point, a long cell running on in a row of its own below. The table is
/// rewritten as the lines ordinary minutes have ("§ 5 Ekonomisk rapport" / "Beslut: …"), so every later
/// stage reads it as it reads any other minutes. Points "9 a", "9 b" become "9.1", "9.2".
enum DecisionTable {
    private static let numberHeaders: Set<String> = ["punkt", "nr", "§", "paragraf", "p", "pkt"]
    private static let titleHeaders: Set<String> = ["arende", "rubrik", "amne", "fraga", "dagordning", "punkt/arende"]
    private static let decisionHeaders: Set<String> = ["beslut", "beslut/atgard", "atgard/beslut", "beslut och atgard", "beslut/notering"]
    private static let noteHeaders: Set<String> = ["notering", "noteringar", "diskussion", "kommentar", "information"]

    struct Columns {
        var number: Int
        var title: Int
        var decision: Int
        var note: Int?
    }

    static func expand(_ lines: [SourceLine]) -> [SourceLine] {
        guard let headerIndex = lines.firstIndex(where: { columns($0.text) != nil }),
              let columns = columns(lines[headerIndex].text) else { return lines }
        var rows: [(line: SourceLine, cells: [String])] = []
        var index = headerIndex + 1
        while index < lines.count, !lines[index].isBlank {
            let cells = cellsOf(lines[index].text)
            let number = cell(cells, columns.number)
            if number.first?.isNumber == true {
                rows.append((lines[index], cells))
            } else if var last = rows.popLast() {
                // A cell that ran on into the row below.
                for (column, text) in cells.enumerated() where !text.isEmpty {
                    while last.cells.count <= column { last.cells.append("") }
                    last.cells[column] = last.cells[column].isEmpty ? text : last.cells[column] + " " + text
                }
                rows.append(last)
            }
            index += 1
        }
        guard rows.count >= 2 else { return lines }
        var result = Array(lines[..<headerIndex])
        var letters: [String: Int] = [:]
        for row in rows {
            let number = paragraphNumber(cell(row.cells, columns.number), letters: &letters)
            let title = cell(row.cells, columns.title)
            result.append(SourceLine(number: row.line.number, text: "§ \(number) \(title)", startsPage: row.line.startsPage))
            if let note = columns.note.map({ cell(row.cells, $0) }), !note.isEmpty {
                result.append(SourceLine(number: row.line.number, text: note))
            }
            let decision = cell(row.cells, columns.decision)
            if !decision.isEmpty, !decision.allSatisfy(\.isDash) {
                result.append(SourceLine(number: row.line.number, text: "Beslut: " + decision))
            }
            result.append(SourceLine(number: row.line.number, text: ""))
        }
        result += lines[index...]
        return result
    }

    static func columns(_ line: String) -> Columns? {
        guard line.containsByte(0x09) else { return nil }
        let cells = cellsOf(line).map { $0.folded }
        guard cells.count >= 3,
              let number = cells.firstIndex(where: numberHeaders.contains),
              let title = cells.firstIndex(where: titleHeaders.contains),
              let decision = cells.firstIndex(where: decisionHeaders.contains),
              Set([number, title, decision]).count == 3 else { return nil }
        return Columns(number: number, title: title, decision: decision, note: cells.firstIndex(where: noteHeaders.contains))
    }

    private static func cellsOf(_ line: String) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
    }

    private static func cell(_ cells: [String], _ column: Int) -> String {
        column < cells.count ? cells[column] : ""
    }

    /// "9 a" → "9.1", "9 b" → "9.2"; "12" stays.
    private static func paragraphNumber(_ text: String, letters: inout [String: Int]) -> String {
        let digits = String(text.prefix(while: \.isNumber))
        let rest = text.dropFirst(digits.count).trimmed
        guard !digits.isEmpty, let letter = rest.first, letter.isLetter, rest.count == 1 else { return digits.isEmpty ? text : digits }
        let sub = (letters[digits] ?? 0) + 1
        letters[digits] = sub
        return "\(digits).\(sub)"
    }
}

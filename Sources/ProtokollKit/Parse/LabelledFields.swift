/// A label and its value lines from a front page, signature block or anslag.
struct Field: Equatable {
    var label: FieldLabel
    /// The label as matched, folded: "adjungerade", "ovriga narvarande".
    var key: String = ""
    /// The value on the label line, then continuation lines.
    var values: [String]
    /// 1-based source line of the label.
    var line: Int

    var joined: String { values.joined(separator: " ").collapsedWhitespace }
    var nonEmptyValues: [String] { values.filter { !$0.trimmed.isEmpty } }
}

/// Scans lines for labelled fields. A value continues on the following lines until a blank line or
/// the next label; a label with no value on its own line takes the block after it, and indented lines
/// continue the value across blank lines as `pdftotext -layout` leaves them.
enum LabelledFields {
    private static let listLabels: [FieldLabel] = [.deciding, .present, .servingSubstitutes, .substitutes, .others]

    /// A two-column front page puts another label in a later column of the same line ("Kommunhuset
    /// 2024-05-20      Paragrafer §§ 31-33"): the value ends where that label begins.
    static func withoutLaterLabels(_ value: String) -> String {
        // "... Nadia Korhonen. Frånvarande: Oliver Dahlberg.": a second label after a full stop.
        if let stop = laterLabelStop(value) {
            return withoutLaterLabels(String(value[..<stop.lowerBound]))
        }
        // Tab-separated rows are tables whose cells may look like labels ("sekreterare"): left alone.
        guard !value.containsByte(0x09), value.includes("   ") else { return value }
        let columns = value.layoutColumns
        // Only labels that never double as a role or a name in a row ("sekreterare") cut a value.
        let cutting: [FieldLabel] = [.paragraphRange, .adjustment, .adjusters, .time, .place, .placeAndTime, .date, .signatures,
                                     .organ, .announcementPosted, .announcementRemoved, .storage, .appealDeadline]
        guard let cut = columns.indices.dropFirst().first(where: { index in
            FieldLabel.match(columns[index]).map { cutting.contains($0.label) } == true
        }) else {
            return value
        }
        return columns[..<cut].joined(separator: "  ")
    }

    /// The ". " before a second label on the line: "Tid: 18.30. Plats: Lokalen", "…, Per Wahl (§1–5).
    /// Ej närvarande: Gunnar Falk". Every full stop is tried, since names have initials ("G. Falk").
    static func laterLabelStop(_ value: String) -> Range<String.Index>? {
        var searchFrom = value.startIndex
        while let stop = value.find(". ", from: searchFrom) {
            let after = value[stop.upperBound...]
            if let colon = after.firstIndex(of: ":"), after.distance(from: after.startIndex, to: colon) <= 40,
               FieldLabel.match(String(after[..<colon]) + ":") != nil {
                return stop
            }
            searchFrom = stop.upperBound
        }
        return nil
    }

    /// A line with two labels after each other ("Tid: … kl 18.30–20.40. Plats: Föreningslokalen.")
    /// becomes two lines, so that each label gets its own field.
    static func splittingLaterLabels(_ line: SourceLine) -> [SourceLine] {
        guard line.text.containsByte(0x3A), FieldLabel.match(line.text) != nil, let stop = laterLabelStop(line.text) else { return [line] }
        var first = line
        first.text = String(line.text[..<stop.lowerBound]) + "."
        let rest = SourceLine(number: line.number, text: String(line.text[stop.upperBound...]))
        return [first] + splittingLaterLabels(rest)
    }

    /// "Datum för anslags   2024-02-28" over "uppsättande": `pdftotext -layout` breaks a long label in
    /// the left column onto two lines. The halves are joined when only together they make a label.
    static func joiningSplitLabels(_ lines: ArraySlice<SourceLine>) -> [SourceLine] {
        var result: [SourceLine] = []
        result.reserveCapacity(lines.count)
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            let next = index + 1 < lines.endIndex ? lines[index + 1] : nil
            if let next, !line.isBlank, !next.isBlank, let joined = joinedLabelLine(line.text, next.text) {
                result.append(SourceLine(number: line.number, text: joined, startsPage: line.startsPage))
                // "ersättare             Jonas Wennberg (S) …": what stands beside the label's second
                // half continues the value.
                let rest = next.text.layoutColumns.dropFirst()
                if !rest.isEmpty {
                    result.append(SourceLine(number: next.number, text: "    " + rest.joined(separator: "   ")))
                }
                index += 2
                continue
            }
            result += splittingLaterLabels(line)
            index += 1
        }
        return result
    }

    private static func joinedLabelLine(_ first: String, _ second: String) -> String? {
        // (pdftotext -layout may shift the page a few spaces: both lines then start at that margin.)
        let margin = first.utf8.prefix { $0 == 0x20 }.count
        if margin > 0 {
            guard margin <= 6, second.utf8.prefix(while: { $0 == 0x20 }).count == margin else { return nil }
            return joinedLabelLine(String(first.dropFirst(margin)), String(second.dropFirst(margin)))
        }
        // The second line starts at the left margin with a lower-case continuation of one or two words.
        guard let lead = second.utf8.first, lead != 0x20, lead != 0x09 else { return nil }
        // Byte tests first: most pairs of lines are neither a lower-case continuation nor a first
        // line with a column gap (ASCII a–z, or Latin-1 lower case C3 A0–BF; other letters go on).
        if lead < 0x80, !(lead >= 0x61 && lead <= 0x7A) { return nil }
        if lead == 0xC3, let nextByte = second.utf8.dropFirst().first, nextByte < 0xA0 { return nil }
        guard first.hasLayoutGap else { return joinedLabelWord(first, second) }
        let secondColumns = second.layoutColumns
        let firstColumns = first.layoutColumns
        guard firstColumns.count >= 2, let head = firstColumns.first, let tail = secondColumns.first,
              tail.firstLetterIsLowercase, tail.startsWithLowercaseLetter, tail.wordCount <= 3 else { return nil }
        let label = head + " " + tail
        // Joined only when together they make a longer label than the first line alone
        // ("Justeringens plats" / "och tid").
        guard let joined = FieldLabel.matchWithKey(label + ": x"), joined.value == "x",
              joined.key.count > (FieldLabel.matchWithKey(head + ":")?.key.count ?? 0) else { return nil }
        return ([label] + firstColumns.dropFirst()).joined(separator: "   ")
    }

    /// "Dessutom" / "närvarande:    Byggnadsinspektör Rune Falk": a typed label broken after its first
    /// word, alone on its line, the value beside the label's second half.
    private static func joinedLabelWord(_ first: String, _ second: String) -> String? {
        guard let lead = first.utf8.first, lead != 0x20, lead != 0x09, case let head = first.trimmed,
              head.wordCount == 1, head.startsWithUppercaseLetter,
              let tail = second.layoutColumns.first, tail.startsWithLowercaseLetter, tail.wordCount <= 3 else { return nil }
        let label = head + " " + tail.trimmingEnds(":")
        // ("Dessutom:" is a label of its own; "Dessutom närvarande:" a longer one.)
        guard let joined = FieldLabel.matchWithKey(label + ": x"), joined.value == "x",
              joined.key.count > (FieldLabel.matchWithKey(head + ": x")?.key.count ?? 0) else { return nil }
        // (The caller keeps what stands beside the second half as the value's first line.)
        return label + ":"
    }

    /// A närvarolista aligned with spaces ("Ledamöter   Närvarande   Ersättare   Ja   Nej") is turned
    /// into the tab-separated rows a Word export gives, cell by cell under the header's columns, so
    /// that empty cells keep their place ("Per Holm (M)   –   Lisa Ek (M)").
    static func tabbingAlignedTables(_ lines: [SourceLine]) -> [SourceLine] {
        var result: [SourceLine] = []
        result.reserveCapacity(lines.count)
        var columnStarts: [Int]?
        for line in lines {
            if line.isBlank {
                columnStarts = nil
                result.append(line)
                continue
            }
            if !line.text.containsByte(0x09) {
                // A header row has three cells, so two wide gaps; other lines only matter under one.
                if columnStarts == nil, wideGaps(line.text) < 2 {
                    result.append(line)
                    continue
                }
                let cells = line.text.alignedCells
                if cells.count >= 3, AttendanceTable.header(cells.map(\.text).joined(separator: "\t")) != nil {
                    columnStarts = cells.map(\.start)
                    var tabbed = line
                    tabbed.text = cells.map(\.text).joined(separator: "\t")
                    result.append(tabbed)
                    continue
                }
                if let starts = columnStarts {
                    var row = [String](repeating: "", count: starts.count)
                    for cell in line.text.alignedCells {
                        // The column whose start is nearest at or before the cell (a little slack for
                        // cells centred under their header).
                        let column = starts.lastIndex(where: { $0 <= cell.start + 2 }) ?? 0
                        row[column] = row[column].isEmpty ? cell.text : row[column] + " " + cell.text
                    }
                    var tabbed = line
                    tabbed.text = row.joined(separator: "\t")
                    result.append(tabbed)
                    continue
                }
            } else {
                columnStarts = nil
            }
            result.append(line)
        }
        return result
    }

    /// How many runs of two spaces or more stand between text on `line`.
    private static func wideGaps(_ line: String) -> Int {
        var gaps = 0, spaces = 0
        var sawText = false
        for byte in line.utf8 {
            if byte == 0x20 {
                spaces += 1
                continue
            }
            if spaces >= 2, sawText { gaps += 1 }
            sawText = true
            spaces = 0
        }
        return gaps
    }

    static func scan(_ rawLines: ArraySlice<SourceLine>) -> [Field] {
        let lines = tabbingAlignedTables(joiningSplitLabels(rawLines))
        var fields: [Field] = []
        var current: Field?
        var sawBlank = false
        var previousLabelText = ""
        var absorbingRoleRows = false
        var absorbingRoleColonRows = false
        // "Beslutande                Ersättare": two lists side by side, split where the second
        // label's column starts. When the second label stands between the lists ("Beslutande  Anna Ek
        // (S)   Övriga  Per Holm"), its own column lies between the left list and the right one.
        var sideBySide: (column: Int, valueColumn: Int, field: Field)?
        // Right-column lists closed by a sub-label, kept until the left list is done (reading order).
        var finishedRight: [Field] = []
        var finishedLeft: [Field] = []
        func closeSideBySide() {
            guard let open = sideBySide else { return }
            fields += finishedLeft
            finishedLeft = []
            if let left = current { fields.append(left) }
            current = nil
            fields += finishedRight
            finishedRight = []
            fields.append(open.field)
            sideBySide = nil
        }
        for (lineIndex, line) in lines.enumerated() {
            if line.isBlank || line.text.isRuleLine {
                closeSideBySide()
                sawBlank = true
                continue
            }
            let text = line.text
            // "Justeringens" on one line and "plats och tid" on the next: one label.
            if previousLabelText == "justeringens", let folded = Optional(text.trimmed.folded),
               folded.hasPrefix("plats och tid") || folded.hasPrefix("tid och plats") {
                let rest = text.trimmed.dropFirst(13).trimmed
                if !rest.isEmpty { current?.values.append(rest) }
                previousLabelText = ""
                sawBlank = false
                continue
            }
            // "Närvarande:" over "Ordförande: Sofia Berg" / "Kassör: Martin Åkesson": rows that give the
            // role first, which would otherwise read as labels of their own.
            if var open = current, listLabels.contains(open.label), open.values.isEmpty || absorbingRoleColonRows,
               let row = roleFirstRow(text) {
                open.values.append(row)
                current = open
                absorbingRoleColonRows = true
                sawBlank = false
                continue
            }
            absorbingRoleColonRows = false
            // "Ledamöter<TAB>Tjänstgörande ersättare": a table header that begins with a label word.
            let awaitingValues = current.map { listLabels.contains($0.label) && $0.values.isEmpty } ?? false
            // Under "Beslutande" with nothing on its line, a table header is the list's first value.
            if awaitingValues, var open = current, AttendanceTable.header(text.trimmed) != nil, text.containsByte(0x09) {
                open.values.append(text.trimmed)
                current = open
                sawBlank = false
                continue
            }
            if !awaitingValues, let columns = AttendanceTable.header(text.trimmed), text.containsByte(0x09) {
                if let current { fields.append(current) }
                let label: FieldLabel = columns.first == .person && text.trimmed.folded.hasPrefix("ledamot") ? .deciding : .present
                current = Field(label: label, key: "narvarolista", values: [text.trimmed], line: line.number)
                absorbingRoleRows = false
                sawBlank = false
                continue
            }
            // A line with text in the right column only ("Förhinder" under the substitutes) stays in it.
            let rightOnly = sideBySide.map { text.prefix(while: { $0 == " " }).count >= $0.valueColumn - 4 } ?? false
            // "Tjänstgörande ersättare" indented under the left list's names is a sub-label inside the
            // two columns, not a label of the page.
            let indentedInColumns = sideBySide != nil && text.hasPrefix("    ")
            if !rightOnly, !indentedInColumns, let (label, rawValue, key) = FieldLabel.matchWithKey(text) {
                closeSideBySide()
                if listLabels.contains(label), let (rightLabel, rightKey, rightText) = secondColumnLabel(rawValue),
                   let column = columnStart(of: rightText, in: text) {
                    if let current { fields.append(current) }
                    current = Field(label: label, key: key, values: [], line: line.number)
                    sideBySide = (column, column, Field(label: rightLabel, key: rightKey, values: [], line: line.number))
                    absorbingRoleRows = false
                    sawBlank = false
                    continue
                }
                if listLabels.contains(label), !rawValue.isEmpty, rawValue.includes("  "),
                   let middle = middleListLabel(text, next: lines.indices.contains(lineIndex + 1) ? lines[lineIndex + 1].text : nil) {
                    if let current { fields.append(current) }
                    current = Field(label: label, key: key, values: middle.left.isEmpty ? [] : [middle.left], line: line.number)
                    sideBySide = (middle.labelColumn, middle.valueColumn,
                                  Field(label: middle.label, key: middle.key, values: middle.right.isEmpty ? [] : [middle.right], line: line.number))
                    absorbingRoleRows = false
                    sawBlank = false
                    continue
                }
                let value = withoutLaterLabels(rawValue)
                // "Beslutande" over rows "Ordförande<TAB>Anna Ek (S)": a role column, not a new field.
                if var open = current, listLabels.contains(open.label), open.values.isEmpty || absorbingRoleRows,
                   [.chair, .secretary, .servingSubstitutes, .substitutes].contains(label),
                   let roleColumn = text.trimmed.layoutColumns.first, !roleColumn.contains(":"),
                   text.trimmed.layoutColumns.count >= 2, !value.isEmpty {
                    open.values.append(text.trimmed)
                    current = open
                    absorbingRoleRows = true
                    sawBlank = false
                    continue
                }
                absorbingRoleRows = false
                if let current { fields.append(current) }
                current = Field(label: label, key: key, values: value.isEmpty ? [] : [value], line: line.number)
                previousLabelText = text.trimmed.folded.layoutColumns.first ?? ""
                sawBlank = false
                continue
            }
            previousLabelText = ""
            // A närvarolista table under a heading that is no label ("Bilaga 1 Närvaro- och
            // omröstningslista") is an attendance list of its own.
            if current.map({ !listLabels.contains($0.label) || !$0.values.isEmpty }) ?? true, AttendanceTable.header(text.trimmed) != nil {
                if let current { fields.append(current) }
                current = Field(label: .present, key: "narvarolista", values: [text.trimmed], line: line.number)
                sawBlank = false
                continue
            }
            if var open = current, let columns = sideBySide {
                let (leftText, rightText) = columns.column == columns.valueColumn
                    ? split(text, at: columns.column)
                    : splitAroundLabel(text, labelColumn: columns.column, valueColumn: columns.valueColumn)
                if let sub = FieldLabel.matchWithKey(leftText), sub.value.isEmpty, listLabels.contains(sub.label) || sub.label == .absent {
                    // The left column goes on under a label of its own.
                    finishedLeft.append(open)
                    open = Field(label: sub.label, key: sub.key, values: [], line: line.number)
                } else if !leftText.isEmpty {
                    open.values.append(leftText)
                }
                current = open
                // "Tjänstgörande ersättare", "Ej tjänstgörande ersättare", "Förhinder": the right column
                // goes on under a label of its own.
                if let sub = FieldLabel.matchWithKey(rightText), sub.value.isEmpty, listLabels.contains(sub.label) || sub.label == .absent,
                   let finished = sideBySide?.field {
                    finishedRight.append(finished)
                    sideBySide?.field = Field(label: sub.label, key: sub.key, values: [], line: line.number)
                } else if !rightText.isEmpty {
                    sideBySide?.field.values.append(rightText)
                }
                sawBlank = false
                continue
            }
            guard var open = current else { continue }
            let indented = text.hasPrefix("  ") || text.hasPrefix("\t")
            // A place or a time does not run on into a flush-left line ("Meeting opened 18:05").
            let singleValue: [FieldLabel] = [.place, .time, .date, .placeAndTime]
            // "Tid och plats" alone on its line may take two: the date and time, then the place.
            let secondLineOfBlock = open.label == .placeAndTime && open.values.count == 1 && line.number == open.line + 2
            // "… tisdagen den 26 november" / "2024 kl. 09.30–16.05": the value wrapped mid-sentence.
            let wrapped = open.values.count == 1 && !(open.values.last?.last?.isSentenceEnd ?? true)
                && (text.trimmed.first?.isNumber == true || text.trimmed.startsWithLowercaseLetter)
            if singleValue.contains(open.label), !open.values.isEmpty, !indented, !secondLineOfBlock, !wrapped {
                fields.append(open)
                current = nil
                sawBlank = false
                continue
            }
            // "Närvarande: 47 medlemmar enligt närvarolista." / (blank) / "Av styrelsen var ordföranden
            // Gun Ek, …": a paragraph that goes on naming who was there belongs to the list.
            let namesMore = sawBlank && listLabels.contains(open.label) && attendanceOpeners.contains { text.trimmed.hasPrefix($0) }
            if !sawBlank || indented || open.values.isEmpty || namesMore {
                // A row of a tab-separated table keeps its leading empty cells ("<TAB><TAB>Linnea Sjö<TAB>27–30").
                let tableRow = text.containsByte(0x09) && open.values.first.map { AttendanceTable.header($0) != nil } == true
                open.values.append(tableRow ? text.trimmingEnds(" \r") : withoutLaterLabels(text.trimmed))
                current = open
            } else {
                fields.append(open)
                current = nil
            }
            sawBlank = false
        }
        closeSideBySide()
        if let current { fields.append(current) }
        return fields
    }

    /// Openings of a paragraph of prose that names more people present.
    private static let attendanceOpeners = ["Av styrelsen ", "Från styrelsen ", "Dessutom närvarade ", "Dessutom deltog ",
                                            "Närvarande var ", "Därjämte närvarade ", "Dessutom närvar ", "Därjämte närvar "]

    /// The label that heads the right column of a list label's line: "Ersättare" in "Beslutande
    /// Ersättare", or in "Beslutande   Ledamöter   Ersättare", where the first column has a header too.
    static func secondColumnLabel(_ rawValue: String) -> (label: FieldLabel, key: String, text: String)? {
        guard let second = FieldLabel.matchWithKey(rawValue), listLabels.contains(second.label) else { return nil }
        if second.value.isEmpty { return (second.label, second.key, rawValue.trimmed) }
        guard rawValue.includes("  "), let third = FieldLabel.matchWithKey(second.value), third.value.isEmpty,
              listLabels.contains(third.label) else { return nil }
        return (third.label, third.key, second.value.trimmed)
    }

    /// A second list label between two columns of names: "Beslutande   Anna Ek (S), ordförande
    /// Övriga   Per Holm, ekonom", where `pdftotext -layout` may also break that label onto the next
    /// line ("Övriga" / "närvarande"). Gives the left list's first value, the label, where the label
    /// and the right list start, and the right list's first value.
    static func middleListLabel(_ line: String, next: String?)
        -> (left: String, label: FieldLabel, key: String, labelColumn: Int, valueColumn: Int, right: String)? {
        let cells = line.alignedCells
        // The label, a first value, the middle label and a value beside it, or the middle label last
        // on the line with its list starting below it ("Beslutande   Anna Ek (S)   Övriga närvarande").
        guard cells.count >= 3 else { return nil }
        let nextCells = next.map(\.alignedCells) ?? []
        for index in 2..<cells.count {
            let cell = cells[index]
            guard cell.text.wordCount <= 3, cell.text.startsWithUppercaseLetter else { continue }
            var labelText = cell.text
            // The label's second half on the next line, in the same column.
            if let below = nextCells.first(where: { abs($0.start - cell.start) <= 2 }), below.text.startsWithLowercaseLetter,
               below.text.wordCount <= 2 {
                labelText += " " + below.text
            }
            guard let match = FieldLabel.matchWithKey(labelText + ":"), match.value.isEmpty, listLabels.contains(match.label) else { continue }
            let left = cells[1..<index].map(\.text).joined(separator: "  ")
            guard index + 1 < cells.count else { return (left, match.label, match.key, cell.start, cell.start, "") }
            let right = cells[(index + 1)...].map(\.text).joined(separator: "  ")
            return (left, match.label, match.key, cell.start, cells[index + 1].start, right)
        }
        return nil
    }

    /// A row under a middle list label: what starts left of the label's column is the left list's,
    /// what starts at the right list's column is the right list's, and the label's second half
    /// between them is dropped.
    static func splitAroundLabel(_ line: String, labelColumn: Int, valueColumn: Int) -> (left: String, right: String) {
        var left: [String] = [], right: [String] = []
        for cell in line.alignedCells {
            if cell.start < labelColumn - 1 {
                left.append(cell.text)
            } else if cell.start >= valueColumn - 4 {
                right.append(cell.text)
            } else if !cell.text.startsWithLowercaseLetter || cell.text.wordCount > 2 {
                // Not the label's second half: a right-column entry that starts a little early.
                right.append(cell.text)
            }
        }
        return (left.joined(separator: "  "), right.joined(separator: "  "))
    }

    /// "Kassör: Martin Åkesson" → "Martin Åkesson, kassör": a role, a colon and one person.
    static func roleFirstRow(_ line: String) -> String? {
        let text = line.trimmed
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let role = text[..<colon].trimmed
        let name = text[text.index(after: colon)...].trimmed
        guard !role.isEmpty, role.wordCount <= 3, PersonEntry.isRoleText(role), !name.includes(","),
              let person = PersonEntry.parse(name), person.name.wordCount >= 2 else { return nil }
        return name + ", " + role.lowercased()
    }

    /// Where `value` starts in `line`, in characters, when a gap of two or more spaces or a tab
    /// stands before it.
    static func columnStart(of value: String, in line: String) -> Int? {
        guard !value.isEmpty, let range = line.find(value) else { return nil }
        let before = line[..<range.lowerBound]
        guard before.hasSuffix("  ") || before.hasSuffix("\t") else { return nil }
        return before.count
    }

    /// A row of a side-by-side list cut where the right column starts: the right part must begin
    /// near `column` after a gap, so a long left entry is not cut.
    static func split(_ line: String, at column: Int) -> (left: String, right: String) {
        if let tab = line.trimmed.firstIndex(of: "\t") {
            let trimmed = line.trimmed
            return (String(trimmed[..<tab]).trimmed, String(trimmed[tab...]).trimmingEnds("\t ").trimmed)
        }
        let characters = Array(line)
        let low = max(2, column - 4), high = min(characters.count - 1, column + 4)
        guard low <= high else { return (line.trimmed, "") }
        for start in low...high {
            if characters[start] != " ", characters[start - 1] == " ", characters[start - 2] == " " {
                return (String(characters[..<start]).trimmed, String(characters[start...]).trimmed)
            }
        }
        return (line.trimmed, "")
    }
}

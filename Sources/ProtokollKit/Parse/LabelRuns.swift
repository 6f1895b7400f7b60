/// `pdftotext` without `-layout` writes a row of a two-column form one cell a line: the labels
/// first ("Tid" / "Plats", "Dekan (ordförande)" / "Sekreterare"), then their values in the same
/// order. Each label gets its value back on its own line ("Tid: Torsdag 17 oktober 2024, kl. 13.15").
/// Only labels of one value are paired; a list label ("Närvarande") takes the block after it.
enum LabelRuns {
    private static let singleValueLabels: [FieldLabel] = [.time, .place, .placeAndTime, .date, .adjustment, .paragraphRange, .secretary, .chair]

    static func paired(_ lines: ArraySlice<SourceLine>) -> ArraySlice<SourceLine> {
        // Most front pages and signature blocks have no two bare labels in a row: one pass to find them.
        guard lines.indices.dropLast().contains(where: { pairable(lines[$0].text) != nil && pairable(lines[$0 + 1].text) != nil }) else {
            return lines
        }
        var result: [SourceLine] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            var labels: [(line: SourceLine, label: FieldLabel, text: String)] = []
            while index + labels.count < lines.endIndex, labels.count < 4,
                  let (label, text) = pairable(lines[index + labels.count].text) {
                labels.append((lines[index + labels.count], label, text))
            }
            let valuesStart = index + labels.count
            // ("Anna Ek" / "Per Lind" / "Ordförande" / "Justerare": roles under the names are captions.)
            let underNames = index > lines.startIndex && !lines[index - 1].isBlank && PersonEntry.parse(lines[index - 1].text.trimmed)
                .map { $0.name == lines[index - 1].text.trimmed } == true
            if labels.count >= 2, !underNames, valuesStart + labels.count <= lines.endIndex {
                let values = lines[valuesStart..<(valuesStart + labels.count)]
                let fits = zip(labels, values).allSatisfy { label, value in isValue(value.text, of: label.label) }
                if fits {
                    for (label, value) in zip(labels, values) {
                        var joined = label.line
                        joined.text = label.text + ": " + value.text.trimmed
                        result.append(joined)
                    }
                    index = valuesStart + labels.count
                    continue
                }
            }
            result.append(lines[index])
            index += 1
        }
        return ArraySlice(result)
    }

    /// The same with a blank line between the cells, the labels of every kind: "Plats och tid" / "" /
    /// "Beslutande" / "" / "Justeringens" + "plats och tid" / … and then the values, a block each
    /// ("Församlingshemmet, Kyrkvägen 4" + "tisdagen den 17 september 2024 kl. 18.30–21.15" / "" /
    /// "Se närvarolista, sidan 2" / …). Each label gets its block: "Label: first line", the block's
    /// other lines indented after it, as a value that goes on. At least three pairs, each value of its
    /// label's kind (a § range has "§" or a number, a date a digit, a signer a name); where a label
    /// block cuts the values short (the anslag's second column), the labels before it are paired.
    static func pairedBlocks(_ lines: ArraySlice<SourceLine>) -> ArraySlice<SourceLine> {
        var blocks: [Range<Int>] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            if lines[index].isBlank { index += 1; continue }
            var end = index
            while end < lines.endIndex, !lines[end].isBlank { end += 1 }
            blocks.append(index..<end)
            index = end
        }
        func label(of block: Range<Int>) -> (label: FieldLabel, text: String)? {
            guard block.count <= 2 else { return nil }
            let text = lines[block].map { $0.text.trimmed }.joined(separator: " ")
            guard text.utf8.count <= 45, !text.contains("§"), let (label, value) = FieldLabel.match(text), value.isEmpty else { return nil }
            return (label, text.trimmingEnds(":"))
        }
        // "ANSLAG/BEVIS" / "Protokollet är justerat. …" / "Organ": a label closing a block of text,
        // before a run of labels, opens the run.
        for position in blocks.indices.reversed() where blocks[position].count >= 2 && position + 1 < blocks.count {
            let block = blocks[position]
            let last = block.upperBound - 1
            guard label(of: last..<block.upperBound) != nil, label(of: blocks[position + 1]) != nil else { continue }
            blocks.replaceSubrange(position...position, with: [block.lowerBound..<last, last..<block.upperBound])
        }
        let labels = blocks.map(label(of:))
        // Most front pages have no three bare labels in a row: one pass to find them.
        guard labels.indices.dropLast(2).contains(where: { labels[$0] != nil && labels[$0 + 1] != nil && labels[$0 + 2] != nil }) else {
            return lines
        }
        var result: [SourceLine] = []
        var emittedUpTo = lines.startIndex
        var b = 0
        while b < blocks.count {
            var runEnd = b
            while runEnd < blocks.count, labels[runEnd] != nil { runEnd += 1 }
            // "Underskrifter" over the signers' roles takes no value of its own.
            var first = b
            while first < runEnd, labels[first]?.label == .signatures { first += 1 }
            let wanted = runEnd - first
            // Each label's value: a block, and the blocks after it that open with a list's sub-label
            // ("Tjänstgörande ersättare" / "Erik Sund (S) för Maria Ek (S)" goes on the Beslutande cell).
            var values: [[Range<Int>]] = []
            var next = runEnd
            while next < blocks.count, labels[next] == nil, case let block = blocks[next],
                  !lines[block].contains(where: { ParagraphHeading.parse($0.text) != nil }) {
                if opensSubList(lines[block]), !values.isEmpty {
                    values[values.count - 1].append(block)
                } else {
                    guard values.count < wanted else { break }
                    values.append([block])
                }
                next += 1
            }
            let valueCount = values.count
            let pairs = (0..<valueCount).map { (labelBlock: blocks[first + $0], label: labels[first + $0], value: values[$0][0], more: values[$0].dropFirst()) }
            guard wanted >= 3, valueCount >= 3, pairs.allSatisfy({ pair in
                pair.label.map { fits(valueLines(lines[pair.value]), $0.label) } ?? false
            }) else {
                b = max(runEnd, b + 1)
                continue
            }
            // What stands before the run is left as it is.
            if let start = blocks[b].first { result += lines[emittedUpTo..<start] }
            for skipped in blocks[b..<first] { result += lines[skipped] }
            for pair in pairs {
                guard let labelText = pair.label?.text, let labelLine = lines[pair.labelBlock].first else { continue }
                let values = valueLines(lines[pair.value])
                var joined = labelLine
                joined.text = labelText + ":" + (values.first.map { " " + $0.text.trimmed } ?? "")
                result.append(joined)
                for more in values.dropFirst() {
                    var indented = more
                    indented.text = "    " + more.text.trimmed
                    result.append(indented)
                }
                result.append(SourceLine(number: labelLine.number, text: ""))
                for block in pair.more {
                    result += lines[block]
                    result.append(SourceLine(number: labelLine.number, text: ""))
                }
            }
            // Labels left without a value, each on one line.
            for unpaired in (first + valueCount)..<runEnd {
                guard let labelText = labels[unpaired]?.text, let labelLine = lines[blocks[unpaired]].first else { continue }
                var alone = labelLine
                alone.text = labelText
                result.append(alone)
                result.append(SourceLine(number: labelLine.number, text: ""))
            }
            emittedUpTo = blocks[next - 1].upperBound
            b = next
        }
        result += lines[emittedUpTo...]
        return ArraySlice(result)
    }

    /// "Tjänstgörande ersättare" over names: a block that opens with a list's label alone on its line.
    private static func opensSubList(_ block: ArraySlice<SourceLine>) -> Bool {
        guard block.count >= 2, let first = block.first, let (label, value) = FieldLabel.match(first.text.trimmed), value.isEmpty else { return false }
        return [.servingSubstitutes, .substitutes, .absent].contains(label)
    }

    /// A value block without its signature line of dots ("……………", "________").
    private static func valueLines(_ block: ArraySlice<SourceLine>) -> [SourceLine] {
        block.filter { line in
            let text = line.text.trimmed
            return !text.isRuleLine && !text.allSatisfy { $0 == "…" || $0 == "." || $0 == " " }
        }
    }

    /// A value block of the label's kind.
    private static func fits(_ values: [SourceLine], _ label: FieldLabel) -> Bool {
        guard let first = values.first?.text.trimmed else { return false }
        let text = values.map { $0.text }.joined(separator: " ")
        switch label {
        case .paragraphRange:
            return text.contains("§") || first.first?.isNumber == true
        case .time, .date, .placeAndTime, .adjustment, .announcementPosted, .announcementRemoved, .appealDeadline:
            return text.contains(where: \.isNumber)
        case .chair, .secretary, .adjusters, .minuteTaker:
            return values.last.flatMap { PersonEntry.parse($0.text.trimmed) } != nil || text.folded.includes("narvarolista")
        default:
            return true
        }
    }

    /// A line that is only a label of one value ("Plats", "Sekreterare"), or a title with the role in
    /// parentheses ("Dekan (ordförande)"): the label and the text to write before the value.
    private static func pairable(_ text: String) -> (FieldLabel, String)? {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty, trimmed.utf8.count <= 40 else { return nil }
        if let (label, value) = FieldLabel.match(trimmed), value.isEmpty, singleValueLabels.contains(label) {
            return (label, trimmed.trimmingEnds(":"))
        }
        if let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") {
            let inner = String(trimmed[trimmed.index(after: open)...].dropLast())
            if let (label, value) = FieldLabel.match(inner), value.isEmpty, label == .chair || label == .secretary {
                return (label, inner)
            }
        }
        return nil
    }

    /// "Dekan (ordförande)", "Kommunsekreterare (sekreterare)": a title with the signer's role.
    static func isSignerTitle(_ text: String) -> Bool {
        guard let (label, _) = pairable(text), label == .chair || label == .secretary, FieldLabel.match(text.trimmed) == nil else { return false }
        // ("Anna Ek (ordförande)" is a person with her role, not a title over a signature.)
        let outside = text.trimmed.removingParenthesised.trimmed
        return outside.wordCount == 1 && PersonEntry.parse(outside) == nil
    }

    /// A value for the label: a name under a signer's role, any text that is no label under the others.
    private static func isValue(_ text: String, of label: FieldLabel) -> Bool {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty, FieldLabel.match(trimmed) == nil, pairable(trimmed) == nil,
              ParagraphHeading.parse(trimmed) == nil else { return false }
        if label == .chair || label == .secretary {
            guard let entry = PersonEntry.parse(trimmed) else { return false }
            return entry.role == nil && entry.name == trimmed
        }
        return true
    }
}

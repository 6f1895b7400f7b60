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

import Foundation

/// Case numbers (Dnr): "Dnr KS 2018/14", "Dnr 2010.009-7", "Diarienummer 00322/2026", "DNR: KU.2017.3",
/// "KS/2011:286", on their own line or at the end of a heading line.
enum CaseNumber {
    private static let labels = ["diarienummer", "diarienr", "dnr", "dnr.", "arendenummer", "arendenr", "arende nr", "arende"]
    /// "Ärende" also names an item ("ärende 8, Försäljning av …"): its value must look like a case number.
    private static let strictLabels: Set<String> = ["arende"]

    /// A label and value somewhere in `text`: returns the value and the text before the label.
    static func labelled(in text: String) -> (value: String, before: String)? {
        let folded = text.folded
        for label in labels {
            var searchStart = folded.startIndex
            while let range = folded.find(label, from: searchStart) {
                searchStart = range.upperBound
                let atWordStart = range.lowerBound == folded.startIndex
                    || !(folded[folded.index(before: range.lowerBound)].isLetter)
                let after = folded[range.upperBound...]
                guard atWordStart, let next = after.first, next == " " || next == ":" || next == "." || next == "\t" else { continue }
                let offset = folded.distance(from: folded.startIndex, to: range.upperBound)
                let original = text.dropFirst(offset)
                if let value = value(from: String(original)), !strictLabels.contains(label) || looksLikeBareCaseNumber(value) {
                    let beforeOffset = folded.distance(from: folded.startIndex, to: range.lowerBound)
                    // "Remiss om vägplan (Dnr KS 2019/77)": the parenthesis belongs to the case number.
                    return (value, String(text.prefix(beforeOffset)).trimmed.trimmingEnds(" ([,–-"))
                }
            }
        }
        return nil
    }

    /// The case number that starts `text` (after a label): tokens up to a wide gap.
    static func value(from text: String) -> String? {
        let trimmed = text.drop(while: { $0 == " " || $0 == ":" || $0 == "." || $0 == "\t" })
        let firstColumn = String(trimmed).layoutColumns.first ?? ""
        var tokens: [Substring] = []
        for token in firstColumn.splitOnSpaces() {
            let hasDigit = token.contains(where: \.isNumber)
            // "KS", "SN-AU", and capitalised series such as "Rev" or "Bun".
            let isPrefix = token.count <= 6 && token.first?.isUppercase == true
                && token.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." })
            guard hasDigit || (isPrefix && tokens.isEmpty) else { break }
            tokens.append(token)
            if hasDigit { break }
        }
        guard let last = tokens.last, last.contains(where: \.isNumber) else { return nil }
        var value = tokens.joined(separator: " ")
        while let end = value.last, end == "." || end == "," || end == ")" { value.removeLast() }
        return value.isEmpty ? nil : value
    }

    /// An unlabelled case number standing alone in a layout column: "KS 2018/14", "KS/2011:286".
    static func looksLikeBareCaseNumber(_ text: String) -> Bool {
        let tokens = text.trimmed.splitOnSpaces()
        guard (1...2).contains(tokens.count), let last = tokens.last else { return false }
        if tokens.count == 2, !(tokens[0].count <= 5 && tokens[0].allSatisfy(\.isUppercase)) { return false }
        let digits = last.filter(\.isNumber).count
        let separators = last.filter { $0 == "/" || $0 == ":" || $0 == "." || $0 == "-" }.count
        guard digits >= 3, separators >= 1 else { return false }
        // Dates are not case numbers.
        if SwedishDate.first(in: String(last)) != nil { return false }
        return last.allSatisfy { $0.isNumber || $0.isUppercase || "/:.-".contains($0) }
    }
}

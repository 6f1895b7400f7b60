/// Att-satser: "att A, att B och att C" inline, or one "att ..." per line or paragraph, each line
/// often ending with "och" or ",". An "att" inside a sentence ("justerat att gälla") starts nothing.
enum AttClauses {
    /// True when a line starts an att-sats ("att ...", "- att ...", "1. att ...").
    static func startsClause(_ line: String) -> Bool {
        clauseBody(line) != nil
    }

    /// The text after the leading "att", with list marks before it removed.
    static func clauseBody(_ line: String) -> String? {
        var text = Substring(line.trimmed)
        text = text.drop(while: { $0 == "-" || $0 == "•" || $0 == "*" || $0 == "–" || $0 == " " })
        if let first = text.first, first.isNumber {
            let number = text.prefix(while: \.isNumber)
            let after = text.dropFirst(number.count)
            if after.hasPrefix(". ") || after.hasPrefix(") ") || after.hasPrefix(": ") { text = after.dropFirst(2) }
        }
        let lower = text.prefix(4).lowercased()
        guard lower == "att " || lower == "att\t" else { return nil }
        return text.dropFirst(4).trimmed
    }

    /// Splits "A, att B och att C" (the text after the first "att") into clauses.
    static func splitInline(_ text: String) -> [String] {
        var clauses: [String] = []
        var current = ""
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var i = 0
        while i < words.count {
            let word = words[i]
            if word.lowercased() == "att", !current.isEmpty {
                let previous = current.trimmed
                let endsWithSeparator = previous.hasSuffix(",") || previous.hasSuffix(";")
                let previousWord = previous.split(separator: " ").last.map { $0.lowercased() } ?? ""
                if endsWithSeparator || previousWord == "och" || previousWord == "samt" {
                    clauses.append(current)
                    current = ""
                    i += 1
                    continue
                }
            }
            current += current.isEmpty ? word : " " + word
            i += 1
        }
        if !current.isEmpty { clauses.append(current) }
        return clauses.map(clean).filter { !$0.isEmpty }
    }

    /// Without the joining words and punctuation that only link it to the next clause.
    static func clean(_ clause: String) -> String {
        var text = clause.collapsedWhitespace
        var changed = true
        while changed {
            changed = false
            while let last = text.last, last == "," || last == ";" || last == "." || last == " " {
                text.removeLast()
                changed = true
            }
            for conjunction in [" och", " samt", " samt att", " och att"] where text.lowercased().hasSuffix(conjunction) {
                text.removeLast(conjunction.count)
                changed = true
            }
        }
        return text
    }
}

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
            // ("1.  att": pandoc writes a list mark with two spaces after it.)
            if [". ", ") ", ": ", ".\t", ")\t"].contains(where: { after.hasPrefix($0) }) { text = after.dropFirst().drop { $0 == " " || $0 == "\t" } }
        }
        let lower = text.prefix(4).lowercased()
        guard lower == "att " || lower == "att\t" else { return nil }
        return text.dropFirst(4).trimmed
    }

    /// "gälla från och med …", "träda i kraft …": what an "att" line says of the clause before it.
    static func continuesClause(_ body: String) -> Bool {
        let folded = body.folded
        return folded.hasPrefix("galla ") || folded.hasPrefix("galla,") || folded.hasPrefix("trada i kraft")
    }

    /// Clauses with a "gälla från och med …" clause joined to the one before it.
    static func joiningContinuations(_ clauses: [String]) -> [String] {
        var result: [String] = []
        for clause in clauses {
            if let last = result.last, continuesClause(clause) {
                result[result.count - 1] = last + " att " + clause
            } else {
                result.append(clause)
            }
        }
        return result
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
                let previousWord = previous.splitOnSpaces().last.map { $0.lowercased() } ?? ""
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
        var bytes = Array(clause.collapsedWhitespace.utf8)
        var changed = true
        while changed {
            changed = false
            while let last = bytes.last, last == 0x2C || last == 0x3B || last == 0x2E || last == 0x20 {
                bytes.removeLast()
                changed = true
            }
            for conjunction in linkingEnds where endsWithIgnoringCase(bytes, conjunction) {
                bytes.removeLast(conjunction.count)
                changed = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let linkingEnds: [[UInt8]] = [" och", " samt", " samt att", " och att"].map { Array($0.utf8) }

    /// ASCII case-insensitive suffix test: the linking words are ASCII.
    private static func endsWithIgnoringCase(_ bytes: [UInt8], _ suffix: [UInt8]) -> Bool {
        guard bytes.count >= suffix.count else { return false }
        let start = bytes.count - suffix.count
        for k in 0..<suffix.count {
            let byte = bytes[start + k]
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if lower != suffix[k] { return false }
        }
        return true
    }
}

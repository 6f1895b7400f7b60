/// Lines that belong to the page, not to the text: page numbers and signature strips.
enum PageFurniture {
    /// "Sida 3 (41)", "Sidan 1(30)", "Sidan 1 av 2", "1(36)", "3 (14)", "- 3 -", "Sida 2", "Blad 3".
    static func isPageNumber(_ line: String) -> Bool {
        // Every form holds a digit: most lines are left at once.
        guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let trimmed = line.trimmed
        // Folding keeps or shortens the bytes, so the length test on the trimmed line comes first
        // and a long line of prose is never folded here. (Every form is under 48 bytes.)
        guard trimmed.utf8.count <= 96 else { return false }
        let text = trimmed.folded
        guard text.utf8.count <= 48 else { return false }
        guard !text.isEmpty, text.count <= 24 else { return false }
        var rest = Substring(text)
        // "Blad 3": older minutes count leaves ("B1ad 2" as OCR reads it).
        for prefix in ["sidan ", "sida ", "sid ", "s. ", "blad ", "b1ad "] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        let wasPrefixed = rest.count != text.count
        let compact = rest.filter { $0 != " " }
        // n, n(m), n/m, "n av m", -n-
        if let open = compact.firstIndex(of: "("), compact.hasSuffix(")") {
            let first = compact[..<open], second = compact[compact.index(after: open)..<compact.index(before: compact.endIndex)]
            return isNumber(first) && isNumber(second)
        }
        if let slash = compact.firstIndex(of: "/") {
            return wasPrefixed && isNumber(compact[..<slash]) && isNumber(compact[compact.index(after: slash)...])
        }
        if let av = compact.find("av") {
            return isNumber(compact[..<av.lowerBound]) && isNumber(compact[av.upperBound...])
        }
        if compact.hasPrefix("-") && compact.hasSuffix("-") && compact.count >= 3 {
            return isNumber(compact.dropFirst().dropLast())
        }
        return wasPrefixed && isNumber(compact[...])
    }

    /// A header or footer line that ends in a page number after a column gap or a bar:
    /// "Region X | Nämnden | Protokoll 2023-10-19 | Sida 3 (5)", "KOMMUN   PROTOKOLL   Sida 2 (6)".
    static func endsInPageNumber(_ line: String) -> Bool {
        guard line.utf8.count <= 200, let lastByte = line.utf8.last, lastByte == 0x29 || (0x30...0x39).contains(lastByte) else {
            return false
        }
        if line.containsByte(0x7C) {
            let cells = line.split(separator: "|").map { $0.trimmed }.filter { !$0.isEmpty }
            if cells.count >= 2, let last = cells.last, isPageNumber(last) { return true }
        }
        // Two columns need a tab or a gap of two spaces: a line of prose ending in "§ 11" is left here.
        guard line.hasLayoutGap else { return false }
        let columns = line.layoutColumns
        return columns.count >= 2 && columns.last.map(isPageNumber) == true
    }

    /// "'", "¦", "`": what a scanner leaves of a box's edge or a speck. A line of nothing else at a page
    /// break is no text.
    static func isScanSpeck(_ line: String) -> Bool {
        let trimmed = line.trimmed
        return !trimmed.isEmpty && trimmed.count <= 3 && trimmed.allSatisfy { "'`´¦|.,:;_".contains($0) }
    }

    /// "¦ Landstingsstyrelsen beslutade …": a broken bar before a line's text is a scanner's speck;
    /// minutes never write one.
    static func withoutLeadingSpeck(_ line: String) -> String? {
        guard line.utf8.contains(0xC2), line.trimmed.hasPrefix("¦") else { return nil }
        // The indentation before the speck stays: a table's columns are found by it.
        let indentation = line.prefix { $0 == " " || $0 == "\t" }
        return String(indentation) + String(line[indentation.endIndex...].drop { $0 == "¦" || $0 == " " })
    }

    private static func isNumber<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.count <= 4 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static let signatureStripWords: Set<String> = [
        "justerandes", "justerares", "ordforandes", "sekreterarens", "ordforande", "sign", "sign.", "signatur",
        "signaturer", "utdragsbestyrkande", "justerare", "och", "|", "_", "/", "¦",
    ]

    /// "Justerandes sign", "Ordförandes sign.", "Utdragsbestyrkande", and combinations of them on
    /// one line as `pdftotext -layout` renders a footer strip.
    static func isSignatureStrip(_ line: String) -> Bool {
        guard line.utf8.count <= 160, line.find("ign") != nil || line.find("tdrag") != nil || line.find("IGN") != nil || line.find("TDRAG") != nil else { return false }
        let folded = line.folded
        guard folded.includes("sign") || folded.includes("utdragsbestyrkande") else { return false }
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty, words.count <= 10 else { return false }
        let stripped = words.map { $0.trimmingCharacters(in: "_|.:¦") }
        return stripped.allSatisfy { $0.isEmpty || signatureStripWords.contains($0) || $0.allSatisfy { $0 == "_" || $0 == "." } }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = self
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}

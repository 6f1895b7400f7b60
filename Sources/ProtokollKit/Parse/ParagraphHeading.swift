/// A § heading: "§ 52", "§52", "§ 52 Rubrik", "KF § 102 Rubrik", "§ 52/2019", "## § 3 Rubrik".
struct ParagraphHeading: Equatable {
    var number: String
    /// What follows the number on the same line: a title, perhaps with a case number.
    var rest: String

    /// `numberFirst` also reads "1 § Rubrik"; it is asked for only when a text has no "§ 1" headings,
    /// since a wrapped line of running text can begin with "1 § SoL".
    static func parse(_ line: String, numberFirst: Bool = false) -> ParagraphHeading? {
        // OCR reads a "§" alone on its line as "$": "$ 7.".
        if let repaired = dollarHeading(line) { return parse(repaired, numberFirst: numberFirst) }
        // Most lines have no "§" (UTF-8 C2 A7): leave them at once.
        guard line.containsByte(0xA7), signIsNearStart(line) else { return nil }
        var text = MarkdownText.stripHeadingMarks(line.trimmed)
        // "1 § Stämmans öppnande": some associations write the number first.
        let leadingDigits = text.prefix(while: { $0.isASCII && $0.isNumber })
        if numberFirst, !leadingDigits.isEmpty, leadingDigits.count <= 3 {
            let after = text.dropFirst(leadingDigits.count)
            if after.hasPrefix(" § ") || after == " §" || after.hasPrefix("§ ") {
                text = "§ " + leadingDigits + " " + after.drop(while: { $0 == " " || $0 == "§" })
            }
        }
        guard let sign = text.firstIndex(of: "§") else { return nil }
        // Up to a short upper-case organ prefix ("KS", "KF", "BUN") may stand before the sign.
        let prefix = text[..<sign].trimmed
        // A "§" in a list item ("- § 130 ...") is a mention, not a heading.
        // "KS § 12", "KF § 102", "Au § 45", "KSau § 3": an organ's abbreviation, capitalised.
        guard prefix.isEmpty || (prefix.count <= 5 && prefix.first?.isUppercase == true && prefix.allSatisfy { $0.isLetter || $0 == "-" }) else { return nil }
        var rest = text[text.index(after: sign)...]
        guard rest.first != "§" else { return nil }
        rest = rest.drop(while: { $0 == " " })
        // OCR reads "§ 17" as "§ l7" or "§ I7": a number token with l, I or O among its digits.
        // ("§ l. MÖTETS ÖPPNANDE.": a lone "l" before a full stop is a one.)
        if rest.hasPrefix("l. ") || rest.hasPrefix("I. ") { rest = "1" + rest.dropFirst() }
        // ("§ ll." and "§ 1 2." alone on their line: OCR's eleven and a twelve broken by a space.)
        if rest == "ll." || rest == "ll" || rest == "Il." || rest == "lI." { rest = "11." }
        if rest.count == 4 || rest.count == 3, let first = rest.first, first.isASCII, first.isNumber, rest.dropFirst().first == " ",
           let second = rest.dropFirst(2).first, second.isASCII, second.isNumber, rest.dropFirst(3).allSatisfy({ $0 == "." }) {
            rest = Substring(String([first, second]) + rest.dropFirst(3))
        }
        let token = rest.prefix(while: { $0.isLetter || $0.isNumber })
        if token.contains(where: { $0.isASCII && $0.isNumber }), token.contains(where: { "lIO".contains($0) }),
           token.allSatisfy({ ($0.isASCII && $0.isNumber) || "lIO".contains($0) }) {
            let repaired = String(token.map { $0 == "O" ? "0" : ($0 == "l" || $0 == "I" ? "1" : $0) })
            rest = Substring(repaired + rest.dropFirst(token.count))
        }
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 4 else { return nil }
        rest = rest.dropFirst(digits.count)
        var number = String(digits)
        // "§ 52/2019", "§ 52:3": keep the number, drop the year or sequence suffix.
        if rest.first == "/" || rest.first == ":", rest.dropFirst().first?.isNumber == true {
            rest = rest.dropFirst().drop(while: { $0.isNumber })
        }
        // "§ 6.1" sub-paragraph.
        if rest.first == ".", let next = rest.dropFirst().first, next.isNumber {
            let sub = rest.dropFirst().prefix(while: { $0.isNumber })
            number += "." + sub
            rest = rest.dropFirst(1 + sub.count)
        }
        // "§ 13 a Motion från Höörs OK", "§ 13b Val": a lettered sub-paragraph under § 13.
        let afterNumber = rest.drop(while: { $0 == " " })
        if let letter = afterNumber.first, ("a"..."h").contains(letter), afterNumber.count >= 3,
           case let next = afterNumber.dropFirst(), next.first == " " || next.first == ")" || next.first == ".",
           next.drop(while: { $0 == " " || $0 == ")" || $0 == "." }).first?.isUppercase == true {
            number += String(letter)
            rest = " " + next.drop(while: { $0 == " " || $0 == ")" || $0 == "." })
        }
        if let first = rest.first, first.isLetter || first.isNumber { return nil }
        let title = rest.drop(while: { $0 == " " || $0 == "." || $0 == ":" || $0.isDash || $0 == "\t" }).trimmed
        // A reference in running text ("§ 5 i stadgarna anger ..."), a table of contents row, or an
        // enumeration of several § is not a heading.
        if title.firstLetterIsLowercase, title.first?.isLetter == true { return nil }
        if isTableOfContentsRow(title) { return nil }
        // "§ 1–3  § 4    § 5    § 6": the §§ over the columns of a närvaroförteckning, nothing else.
        // ("§ 4   Stadgeändring   § 12 i stadgarna ändras …": a table's row, its decision citing a §.)
        if title.containsByte(0xA7), case let columns = title.layoutColumns, columns.count >= 2,
           columns.allSatisfy({ $0.allSatisfy { $0.isNumber || $0.isDash || $0 == "§" || $0 == " " } }) { return nil }
        // "(regionfullmäktige 2024-06-18," / "§ 88). Prognosen …": a citation wrapped to a line start.
        if title.hasPrefix("§") || title.hasPrefix(",") || title.hasPrefix(")") || title.hasPrefix(";") || title.hasPrefix("och ") { return nil }
        return ParagraphHeading(number: number, rest: title)
    }

    /// At most a short prefix stands before the first "§" of a heading ("KS", "**KF**", "## ", "12 "):
    /// a line of running prose that mentions "MBL § 11" is left after a look at its bytes, before
    /// any character-wise work on it. The bound is loose (five letters of up to eight bytes), so
    /// that it never rejects what the full test below accepts.
    /// "$ 7." alone on a line, as OCR reads "§ 7.": the heading with its sign. A "$" with anything
    /// else on the line ("$ 7 per timme") is left alone.
    static func dollarHeading(_ line: String) -> String? {
        guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first == 0x24 else { return nil }
        let rest = line.trimmed.dropFirst().drop { $0 == " " }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), rest.dropFirst(digits.count) == "" || rest.dropFirst(digits.count) == "." else { return nil }
        return "§ " + rest
    }

    private static func signIsNearStart(_ line: String) -> Bool {
        var significant = 0
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if previous == 0xC2, byte == 0xA7 { return true }
            if byte != 0x20, byte != 0x09, byte != 0x23, byte != 0x2A, byte != 0x5F {
                significant += 1
                if significant > 41 { return false }
            }
            previous = byte
        }
        return false
    }

    /// "Budget 2019 ........ 12" or "Budget 2019\t12": a row of a table of contents.
    static func isTableOfContentsRow(_ text: String) -> Bool {
        if text.includes("....") || text.contains(Character("…")) || text.includes(". . .") { return true }
        let columns = text.layoutColumns
        if columns.count >= 2, let last = columns.last, last.count <= 3, last.allSatisfy(\.isNumber) { return true }
        return false
    }
}

/// A numbered point of minnesanteckningar or of minutes without §: "1. Inledning", "2: Ekonomi",
/// "3) Övrigt", "## 6.1 Budget".
struct PointHeading: Equatable {
    var number: String
    var rest: String

    static func parse(_ line: String) -> PointHeading? {
        // Cheap exit for most lines: a point starts with a digit, "#", "Punkt", "Ärende" or "Paragraf".
        guard let lead = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
              (0x30...0x39).contains(lead) || lead == 0x23 || lead == 0x50 || lead == 0x70 || lead == 0xC3 || lead == 0x2A else { return nil }
        var text = MarkdownText.stripHeadingMarks(line.trimmed)
        // "Punkt 3 Ekonomi", "Ärende 3: Ekonomi": the word before the number is layout.
        for word in ["Punkt ", "punkt ", "Ärende ", "Paragraf "] where text.hasPrefix(word) {
            let rest = text.dropFirst(word.count)
            let digits = rest.prefix(while: \.isNumber)
            guard !digits.isEmpty else { break }
            let after = rest.dropFirst(digits.count).drop(while: { $0 == "." || $0 == ":" })
            text = String(digits) + ". " + after.trimmed
        }
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 2 else { return nil }
        var rest = text.dropFirst(digits.count)
        var number = String(digits)
        if rest.first == ".", let next = rest.dropFirst().first, next.isNumber {
            let sub = rest.dropFirst().prefix(while: { $0.isNumber })
            guard sub.count <= 2 else { return nil }
            number += "." + sub
            rest = rest.dropFirst(1 + sub.count)
        }
        guard let mark = rest.first, mark == "." || mark == ":" || mark == ")" || (mark == " " && number.contains(Character("."))) else {
            return nil
        }
        if mark != " " {
            rest = rest.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
        }
        let title = rest.trimmed
        guard let first = title.first, first.isUppercase || first == "§" else { return nil }
        if ParagraphHeading.isTableOfContentsRow(title) { return nil }
        return PointHeading(number: number, rest: title)
    }
}

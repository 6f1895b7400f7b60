/// Normalises what Word and PDF exports leave in text: CRLF and CR line ends, non-breaking and
/// other special spaces, soft hyphens, zero-width characters, ligatures, and form feeds (which
/// become page starts on the following line).
public enum TextNormalizer {
    public static func lines(of text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var current = String.UnicodeScalarView()
        var number = 1
        var pendingPage = false
        var previousWasCR = false

        func finishLine() {
            var line = String(current)
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            // A soft hyphen that ends a line marks a word broken across lines: make it a visible
            // hyphen so the cleaner joins the halves; anywhere else it is invisible and goes.
            if line.unicodeScalars.contains("\u{AD}") {
                if line.unicodeScalars.last == "\u{AD}" { line = String(line.unicodeScalars.dropLast()) + "-" }
                line = String(String.UnicodeScalarView(line.unicodeScalars.filter { $0 != "\u{AD}" }))
            }
            lines.append(SourceLine(number: number, text: line, startsPage: pendingPage))
            pendingPage = false
            current = String.UnicodeScalarView()
        }

        for scalar in text.unicodeScalars {
            let wasCR = previousWasCR
            previousWasCR = false
            switch scalar.value {
            case 0x0A:
                if wasCR { continue }
                finishLine()
                number += 1
            case 0x0D:
                finishLine()
                number += 1
                previousWasCR = true
            case 0x0C:
                // A form feed starts a new page; text after it on the same line belongs to that page.
                if !current.isEmpty {
                    finishLine()
                }
                pendingPage = true
            case 0x00A0, 0x2007, 0x202F, 0x2002, 0x2003, 0x2009, 0x200A, 0x3000:
                current.append(" ")
            case 0x00AD:
                current.append(scalar)
            case 0x200B, 0x200C, 0x200D, 0xFEFF, 0x2060:
                continue
            case 0xFB00: current.append(contentsOf: "ff".unicodeScalars)
            case 0xFB01: current.append(contentsOf: "fi".unicodeScalars)
            case 0xFB02: current.append(contentsOf: "fl".unicodeScalars)
            case 0xFB03: current.append(contentsOf: "ffi".unicodeScalars)
            case 0xFB04: current.append(contentsOf: "ffl".unicodeScalars)
            case 0x2028, 0x2029:
                finishLine()
            case 0x00..<0x09, 0x0B, 0x0E..<0x20, 0x7F:
                continue
            default:
                current.append(scalar)
            }
        }
        if !current.isEmpty || pendingPage { finishLine() }
        return lines
    }
}

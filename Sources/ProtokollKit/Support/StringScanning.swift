/// Small string helpers shared by every stage. They work on Characters only where Swedish letters
/// need it, and stay linear in the length of the line.
extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmed: String {
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return String(self[start..<end])
    }

    /// Runs of spaces and tabs become one space; the ends are trimmed.
    var collapsedWhitespace: String {
        var out = ""
        var pendingSpace = false
        for character in self {
            if character == " " || character == "\t" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }

    var firstLetterIsLowercase: Bool {
        guard let first = first(where: { $0.isLetter }) else { return false }
        return first.isLowercase
    }

    var startsWithUppercaseLetter: Bool {
        guard let first else { return false }
        return first.isUppercase
    }

    /// Lower-case, and letters with diacritics folded (å → a, é → e), for matching labels and words.
    var folded: String {
        var out = String.UnicodeScalarView()
        for scalar in lowercased().unicodeScalars {
            switch scalar {
            case "å", "ä", "à", "á", "â", "ã": out.append("a")
            case "ö", "ø", "ó", "ò", "ô", "õ": out.append("o")
            case "é", "è", "ê", "ë": out.append("e")
            case "ü", "ú", "ù", "û": out.append("u")
            case "í", "ì", "î", "ï": out.append("i")
            case "ç": out.append("c")
            case "ñ": out.append("n")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Fields of a layout line: text separated by a tab or by two or more spaces.
    var layoutColumns: [String] {
        var columns: [String] = []
        var current = ""
        var spaces = 0
        for character in self {
            if character == "\t" {
                if !current.isEmpty { columns.append(current) }
                current = ""
                spaces = 0
            } else if character == " " {
                spaces += 1
            } else {
                if spaces >= 2 {
                    if !current.isEmpty { columns.append(current) }
                    current = ""
                } else if spaces == 1, !current.isEmpty {
                    current.append(" ")
                }
                spaces = 0
                current.append(character)
            }
        }
        if !current.isEmpty { columns.append(current) }
        return columns
    }

    /// Words: letters, digits and inner hyphens.
    var words: [Substring] {
        split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).map { Substring($0) }
    }
}

extension Character {
    var isSentenceEnd: Bool { self == "." || self == "!" || self == "?" || self == ":" || self == ";" }
    var isDash: Bool { self == "-" || self == "–" || self == "—" || self == "‒" }
}

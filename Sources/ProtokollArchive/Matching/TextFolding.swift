/// Folds text to the form every search key is stored and compared in: lower case, Swedish and other
/// Latin diacritics removed (å, ä → a; ö, ø → o; é → e), so "Fälth", "FÄLTH" and "Falth" are one key.
/// Keys are compared as bytes, so both the index and the query must go through this one function.
public enum TextFolding {
    /// One scalar folded, or nil for a scalar that separates words (space, punctuation).
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: return Unicode.Scalar(value + 0x20)
            case 0x61...0x7A, 0x30...0x39: return scalar
            default: return nil
            }
        }
        switch value {
        case 0xC0...0xC5, 0xE0...0xE5: return "a"
        case 0xC6, 0xE6: return "a"
        case 0xC7, 0xE7: return "c"
        case 0xC8...0xCB, 0xE8...0xEB: return "e"
        case 0xCC...0xCF, 0xEC...0xEF: return "i"
        case 0xD1, 0xF1: return "n"
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return "o"
        case 0xD9...0xDC, 0xF9...0xFC: return "u"
        case 0xDD, 0xFD, 0xFF: return "y"
        case 0xDF: return "s"
        case 0x00AD, 0x200B...0x200D: return nil
        default:
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return nil }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first : scalar
        }
    }

    /// The words of `text`, folded: maximal runs of letters and digits. "Skol-FoUrum" gives
    /// ["skol", "fourum"], so a query word can match either half of a hyphenated compound.
    public static func words(_ text: String) -> [String] {
        tokens(text, keeping: [])
    }

    /// Like `words`, but the scalars in `keeping` stay inside a token when they stand between two
    /// letters or digits: names keep "hans-goran" whole, case numbers keep "2010.009-7".
    public static func tokens(_ text: String, keeping: Set<Unicode.Scalar>) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var pendingJoiner: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                if let joiner = pendingJoiner {
                    current.append(joiner)
                    pendingJoiner = nil
                }
                current.append(folded)
            } else if !current.isEmpty, pendingJoiner == nil, keeping.contains(scalar) {
                pendingJoiner = scalar
            } else {
                pendingJoiner = nil
                if !current.isEmpty {
                    result.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// The folded tokens joined by single spaces: the stored key of a name, body or case number.
    public static func key(_ text: String, keeping: Set<Unicode.Scalar> = []) -> String {
        tokens(text, keeping: keeping).joined(separator: " ")
    }
}

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

    /// The words of `text`, folded: maximal runs of letters and digits. "Skol-Forum" gives
    /// ["skol", "fourum"], so a query word can match either half of a hyphenated compound.
    /// Works on UTF-8 bytes with a table for Latin-1 letters (import folds every word of every
    /// document, so this is on the import's hot path); other scalars go through `fold`.
    public static func words(_ text: String) -> [String] {
        var result: [String] = []
        forEachWord(in: text) { word in result.append(String(decoding: word, as: UTF8.self)) }
        return result
    }

    /// Calls `body` with the folded UTF-8 bytes of each word of `text`, without making Strings:
    /// the index builder makes a String only for the first occurrence of a word in a §.
    public static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            // A word of lower-case ASCII letters and digits, most words, is passed as a slice of
            // the text itself; `current` collects only words that folding changes. The helpers take
            // the state as inout parameters: variables captured by nested functions would be boxed
            // on the heap, and this loop runs over every byte of every document.
            var current: [UInt8] = []
            current.reserveCapacity(32)
            var plainStart = -1
            func finish(_ plainStart: inout Int, _ current: inout [UInt8], at end: Int) {
                if plainStart >= 0 {
                    body(UnsafeBufferPointer(rebasing: bytes[plainStart..<end]))
                    plainStart = -1
                } else if !current.isEmpty {
                    current.withUnsafeBufferPointer(body)
                    current.removeAll(keepingCapacity: true)
                }
            }
            /// The word so far leaves the text: it is copied before a folded byte joins it.
            func leavePlain(_ plainStart: inout Int, _ current: inout [UInt8], at end: Int) {
                if plainStart >= 0 {
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<end]))
                    plainStart = -1
                }
            }
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39:
                        if plainStart < 0 {
                            if current.isEmpty { plainStart = index } else { current.append(byte) }
                        }
                    case 0x41...0x5A:
                        leavePlain(&plainStart, &current, at: index)
                        current.append(byte + 0x20)
                    default: finish(&plainStart, &current, at: index)
                    }
                    index += 1
                } else if byte == 0xC3, index + 1 < count {
                    let folded = latin1Letters[Int(bytes[index + 1] & 0x3F)]
                    if folded == 0 {
                        finish(&plainStart, &current, at: index)
                    } else {
                        leavePlain(&plainStart, &current, at: index)
                        current.append(folded)
                    }
                    index += 2
                } else if byte == 0xC2, index + 1 < count {
                    // U+0080–U+00BF: punctuation and spaces, except the soft hyphen, which joins.
                    if bytes[index + 1] != 0xAD { finish(&plainStart, &current, at: index) } else { leavePlain(&plainStart, &current, at: index) }
                    index += 2
                } else {
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    let end = min(count, index + length)
                    let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).unicodeScalars.first
                    if let scalar, let folded = fold(scalar) {
                        leavePlain(&plainStart, &current, at: index)
                        current.append(contentsOf: String(folded).utf8)
                    } else if let scalar, scalar.value == 0x200B || scalar.value == 0x200C || scalar.value == 0x200D {
                        // Zero-width characters do not split words.
                        leavePlain(&plainStart, &current, at: index)
                    } else {
                        finish(&plainStart, &current, at: index)
                    }
                    index = end
                }
            }
            finish(&plainStart, &current, at: count)
        }
    }

    /// U+00C0–U+00FF (UTF-8 0xC3 0x80–0xBF) folded to ASCII; 0 for × and ÷.
    static let latin1Letters: [UInt8] = Array(
        "aaaaaaaceeeeiiii" + "dnooooo\u{0}ouuuuyts" + "aaaaaaaceeeeiiii" + "dnooooo\u{0}ouuuuyty"
    ).map { $0 == "\u{0}" ? 0 : $0.asciiValue ?? 0 }

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

/// Small string helpers shared by every stage. They work on Characters only where Swedish letters
/// need it, and stay linear in the length of the line.
extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmed: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        // Most lines need nothing trimmed: they are returned without a copy.
        if first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return self }
        return String(self[...].trimmedRange)
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmed: String { String(trimmedRange) }

    fileprivate var trimmedRange: Substring {
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        return self[start..<end]
    }
}

extension StringProtocol {
    /// Without the given characters at either end: `"(S),".trimmingEnds(",()")` is "S".
    func trimmingEnds(_ characters: String) -> String {
        // ASCII marks (all callers): trimmed by bytes, and without a copy when nothing is trimmed.
        if characters.utf8.allSatisfy({ $0 < 0x80 }) {
            let marks = characters.utf8
            let whole = Substring(self)
            let bytes = whole.utf8
            var start = bytes.startIndex, end = bytes.endIndex
            while start < end, marks.contains(bytes[start]) { start = bytes.index(after: start) }
            while end > start {
                let before = bytes.index(before: end)
                guard marks.contains(bytes[before]) else { break }
                end = before
            }
            return String(whole[start..<end])
        }
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }

    /// Runs of spaces and tabs become one space; the ends are trimmed. Spaces and tabs are ASCII, so
    /// the work is done on UTF-8 bytes.
    var collapsedWhitespace: String {
        if isCollapsed { return String(self) }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if byte == 0x20 || byte == 0x09 {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// No tab, no space at either end, no two spaces in a row: most lines, returned without work.
    private var isCollapsed: Bool {
        var previousWasSpace = true
        for byte in utf8 {
            if byte == 0x09 { return false }
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || utf8.isEmpty
    }

    /// "---", "***", "_____": a horizontal rule, three or more of one mark and nothing else.
    var isRuleLine: Bool {
        var mark: UInt8 = 0
        var marks = 0
        for byte in utf8 where byte != 0x20 && byte != 0x09 {
            if mark == 0 {
                guard byte == 0x2D || byte == 0x2A || byte == 0x5F || byte == 0x3D else { return false }
                mark = byte
            } else if byte != mark {
                return false
            }
            marks += 1
        }
        return marks >= 3
    }

    var firstLetterIsLowercase: Bool {
        guard let first = first(where: { $0.isLetter }) else { return false }
        return first.isLowercase
    }

    var startsWithLowercaseLetter: Bool {
        guard let first else { return false }
        return first.isLowercase
    }

    var startsWithUppercaseLetter: Bool {
        guard let first else { return false }
        return first.isUppercase
    }

    /// Lower-case, and letters with diacritics folded (å → a, é → e), for matching labels and words.
    /// Works on UTF-8 bytes: it runs on every line and word several times, and `lowercased()` with
    /// scalar mapping was the largest cost of a parse. Text that is already folded is returned as is.
    var folded: String {
        let contiguous = utf8.withContiguousStorageIfAvailable { bytes -> String in
            guard let base = bytes.baseAddress,
                  let firstChange = bytes.firstIndex(where: { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0xC3 }) else {
                return String(self)
            }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                guard let outBase = out.baseAddress else { return 0 }
                // The unchanged head is copied at once.
                outBase.update(from: base, count: firstChange)
                return firstChange + FoldTable.fold(UnsafeBufferPointer(rebasing: bytes[firstChange...]), into: outBase + firstChange)
            }
        }
        if let contiguous { return contiguous }
        var copy = String(self)
        return copy.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                guard let outBase = out.baseAddress else { return 0 }
                return FoldTable.fold(bytes, into: outBase)
            }
        }
    }

    /// Fields of a layout line: text separated by a tab or by two or more spaces.
    var layoutColumns: [String] { layoutColumns(limit: Int.max) }

    /// The first `limit` fields only: a test on the first column need not split the rest.
    func layoutColumns(limit: Int) -> [String] {
        var columns: [String] = []
        var current: [UInt8] = []
        var spaces = 0
        func close() {
            if !current.isEmpty { columns.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in utf8 {
            if byte == 0x09 {
                close()
                spaces = 0
            } else if byte == 0x20 {
                spaces += 1
            } else {
                if spaces >= 2 {
                    close()
                } else if spaces == 1, !current.isEmpty {
                    current.append(0x20)
                }
                spaces = 0
                if columns.count == limit { return columns }
                current.append(byte)
            }
        }
        close()
        return Array(columns.prefix(limit))
    }

    /// Whether the line can have two layout columns at all: they need a tab or two spaces in a row.
    var hasLayoutGap: Bool { containsByte(0x09) || includes("  ") }

    /// The cells of a space-aligned line with the character offset where each starts: text separated
    /// by two spaces or more.
    var alignedCells: [(start: Int, text: String)] {
        var cells: [(start: Int, text: String)] = []
        var current = ""
        var start = 0
        var spaces = 0
        for (offset, character) in enumerated() {
            if character == " " {
                spaces += 1
                continue
            }
            if spaces >= 2 || current.isEmpty {
                if !current.isEmpty { cells.append((start, current)) }
                current = String(character)
                start = offset
            } else {
                current += String(repeating: " ", count: spaces) + String(character)
            }
            spaces = 0
        }
        if !current.isEmpty { cells.append((start, current)) }
        return cells
    }
}

private enum FoldTable {
    /// Second bytes of C3-prefixed UTF-8 letters (masked to 0...31) that fold to an ASCII letter; 0
    /// for the others.
    static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 32)
        let a = UInt8(ascii: "a"), o = UInt8(ascii: "o"), e = UInt8(ascii: "e"), u = UInt8(ascii: "u"), i = UInt8(ascii: "i")
        // Upper case C3 80–9F and lower case C3 A0–BF share the low five bits.
        for (bytes, letter) in [([0x80, 0x81, 0x82, 0x83, 0x84, 0x85], a), ([0x92, 0x93, 0x94, 0x95, 0x96, 0x98], o),
                                ([0x88, 0x89, 0x8A, 0x8B], e), ([0x99, 0x9A, 0x9B, 0x9C], u), ([0x8C, 0x8D, 0x8E, 0x8F], i),
                                ([0x87], UInt8(ascii: "c")), ([0x91], UInt8(ascii: "n"))] {
            for byte in bytes { table[byte & 0x1F] = letter }
        }
        return table
    }()

    /// Folds `bytes` into `out`, which has room for `bytes.count`; returns the bytes written (never
    /// more: a fold keeps or shortens each letter).
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        let table = Self.table
        var count = 0
        var pendingC3 = false
        for byte in bytes {
            if pendingC3 {
                pendingC3 = false
                let ascii = table[Int(byte & 0x1F)]
                if byte >= 0x80, byte <= 0xBF, ascii != 0 {
                    out[count] = ascii
                    count += 1
                } else {
                    // Other Latin-1 letters: upper case C3 80–9E becomes lower case C3 A0–BE.
                    out[count] = 0xC3
                    out[count + 1] = byte >= 0x80 && byte <= 0x9E && byte != 0x97 ? byte + 0x20 : byte
                    count += 2
                }
                continue
            }
            switch byte {
            case 0x41...0x5A: out[count] = byte + 0x20; count += 1
            case 0xC3: pendingC3 = true
            default: out[count] = byte; count += 1
            }
        }
        if pendingC3 { out[count] = 0xC3; count += 1 }
        return count
    }
}

extension String {
    /// The lines joined by single spaces, empty lines dropped: `split(separator: "\n").joined(separator: " ")`
    /// on bytes.
    var replacingLineBreaksWithSpaces: String {
        guard containsByte(0x0A) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingBreak = false
        for byte in utf8 {
            if byte == 0x0A {
                pendingBreak = !out.isEmpty
                continue
            }
            if pendingBreak { out.append(0x20) }
            pendingBreak = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Character {
    var isSentenceEnd: Bool { self == "." || self == "!" || self == "?" || self == ":" || self == ";" }
    var isDash: Bool { self == "-" || self == "–" || self == "—" || self == "‒" }
}

extension StringProtocol where SubSequence == Substring {
    /// The words between spaces, as `split(separator: " ")` gives them, found on UTF-8 bytes: the
    /// character-wise split was one of the larger costs of a parse.
    func splitOnSpaces() -> [Substring] { splitOnSpaces(limit: Int.max) }

    /// How many words `splitOnSpaces` would give, without making them.
    var wordCount: Int {
        var words = 0
        var inWord = false
        for byte in utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }

    /// The first `limit` words only: a test on the head of a line need not split all of it.
    func splitOnSpaces(limit: Int) -> [Substring] {
        var words: [Substring] = []
        let bytes = utf8
        var index = bytes.startIndex
        var wordStart: Index?
        while index < bytes.endIndex {
            if bytes[index] == 0x20 {
                if let start = wordStart {
                    words.append(self[start..<index])
                    wordStart = nil
                    if words.count == limit { return words }
                }
            } else if wordStart == nil {
                wordStart = index
            }
            index = bytes.index(after: index)
        }
        if let start = wordStart { words.append(self[start..<bytes.endIndex]) }
        return words
    }
}

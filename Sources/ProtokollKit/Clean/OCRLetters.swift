/// Letters that OCR read as digits: "Upp1ästes", "stä1let", "Bes1öts" (an "l" as "1") and
/// "0rdföranden" (an "O" as "0"), and an "m" read as "rn" in a few stems. Repaired once, on the cleaned text, so that every later rule reads
/// the words. A digit is a letter only inside a word of letters: between two lower-case letters, or
/// a "0" that opens a capitalised word ("0rdföranden"), or a "0" in a word of capitals ("K0MMUN"). Words with other digits ("MJU12", "4:e",
/// "l.500") are left as they are.
enum OCRLetters {
    static func repaired(_ line: String) -> String {
        let line = withDigitsRepaired(withoutSplitM(line))
        // Most lines hold no "0" or "1" between letters: a look at the bytes first.
        guard mayHoldDigitLetter(line) else { return line }
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for index in words.indices {
            if let word = repairedWord(words[index]) {
                words[index] = word
                changed = true
            }
        }
        return changed ? words.joined(separator: " ") : line
    }

    /// The other way round: digits that OCR read as letters, "den l4 mars l962", "§ 4O.", "8 5OO
    /// kronor" (an "l" or "I" for a one, an "O" for a nought). Only in a token of digits and those
    /// letters with a digit in it, and a lone "l" between "den" and a month ("den l oktober").
    static func withDigitsRepaired(_ line: String) -> String {
        // Most lines hold no such token: one look at the bytes first (a digit beside l, I or O, or an
        // l or I standing alone between spaces).
        var mayHold = false
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in line.utf8 {
            let isDigit = byte >= 0x30 && byte <= 0x39
            let isLookalike = byte == 0x6C || byte == 0x49 || byte == 0x4F
            let previousIsDigit = previous >= 0x30 && previous <= 0x39
            let previousIsLookalike = previous == 0x6C || previous == 0x49 || previous == 0x4F
            let loneOne = byte == 0x20 && (previous == 0x6C || previous == 0x49) && beforePrevious == 0x20
            if isDigit && previousIsLookalike || isLookalike && previousIsDigit || loneOne { mayHold = true; break }
            beforePrevious = previous
            previous = byte
        }
        guard mayHold else { return line }
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for index in words.indices {
            let word = words[index]
            var end = word.endIndex
            while end > word.startIndex, ",.;:)".contains(word[word.index(before: end)]) { end = word.index(before: end) }
            let core = word[..<end]
            // ("O102", "I101", a room's code, start with their letter; "60l" is sixty litres.) A one only
            // where a number must stand: a year, a day before its month, a § or a time.
            if core.count >= 2, core.allSatisfy({ $0.isNumber || $0 == "l" || $0 == "I" || $0 == "O" }), core.contains(where: \.isNumber),
               core.first != "O" {
                let repaired = String(core.map { $0 == "O" ? "0" : ($0 == "l" || $0 == "I") ? "1" : $0 })
                let hasOne = core.contains { $0 == "l" || $0 == "I" }
                let previousWord = index > 0 ? words[index - 1].lowercased() : ""
                let nextWord = index + 1 < words.count ? words[index + 1].lowercased().trimmingEnds(",.") : ""
                let year = Int(repaired).map { (1800...2099).contains($0) } ?? false
                let numberPlace = year || SwedishDate.months[nextWord] != nil || ["den", "§", "§§", "kl.", "kl", "nr"].contains(previousWord)
                guard !hasOne || numberPlace else { continue }
                words[index] = repaired + word[end...]
                changed = true
            } else if core == "l" || core == "I", index > 0, words[index - 1].lowercased() == "den", index + 1 < words.count,
                      SwedishDate.months[words[index + 1].lowercased().trimmingEnds(",.")] != nil {
                words[index] = "1" + word[end...]
                changed = true
            }
        }
        return changed ? words.joined(separator: " ") : line
    }

    /// An "m" that OCR split into "rn", in the words minutes are read by: "Kornmunalnämnden",
    /// "Närnnden", "sarnmanträde". Only stems no Swedish word holds with "rn" ("barn", "järn" stay).
    private static let splitM: [(String, String)] = [
        ("ornmun", "ommun"), ("ORNMUN", "OMMUN"), ("ärnnd", "ämnd"), ("ÄRNND", "ÄMND"),
        ("arnmantr", "ammantr"), ("ARNMANTR", "AMMANTR"),
    ]

    private static func withoutSplitM(_ line: String) -> String {
        guard line.includes("rn") || line.includes("RN") else { return line }
        var repaired = line
        for (split, whole) in splitM where repaired.includes(split) {
            repaired = repaired.replacingAll(split, with: whole)
        }
        return repaired
    }

    /// True when a "0" or "1" byte stands beside a letter byte (ASCII, or the lead byte of å, ä, ö).
    private static func mayHoldDigitLetter(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard bytes.count >= 2 else { return false }
            // A lower-case ASCII letter or a byte of a multi-byte letter.
            @inline(__always) func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 }
            // ("K0MMUN": a "0" between capitals too.)
            @inline(__always) func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
            for index in 0..<bytes.count where bytes[index] == 0x30 || bytes[index] == 0x31 {
                if index > 0, isLetter(bytes[index - 1]) || bytes[index] == 0x30 && isCapital(bytes[index - 1]) { return true }
                if index + 1 < bytes.count, isLetter(bytes[index + 1]) || bytes[index] == 0x30 && isCapital(bytes[index + 1]) { return true }
            }
            return false
        }
    }

    private static func repairedWord(_ word: String) -> String? {
        let characters = Array(word)
        guard characters.count >= 3, characters.contains(where: { $0 == "0" || $0 == "1" }) else { return nil }
        // Only letters and the digits to repair, with trailing punctuation: "Bes1öts.", "stä1let,".
        var end = characters.count
        while end > 0, let last = characters[end - 1].unicodeScalars.first, ",.;:!?)".unicodeScalars.contains(last) { end -= 1 }
        let core = characters[..<end]
        guard core.count >= 3, core.allSatisfy({ $0.isLetter || $0 == "0" || $0 == "1" || $0 == "-" }) else { return nil }
        var repaired = Array(core)
        // "K0MMUN", "PR0T0K0LL": a word in capitals with "0" for "O", no other digit in it.
        let letters = core.filter(\.isLetter)
        if core.count >= 4, !core.contains("1"), letters.count >= 3, letters.allSatisfy(\.isUppercase) {
            return String(core.map { $0 == "0" ? "O" : $0 }) + String(characters[end...])
        }
        for index in core.indices where core[index] == "0" || core[index] == "1" {
            let before: Character? = index > core.startIndex ? core[index - 1] : nil
            let after: Character? = index + 1 < core.endIndex ? core[index + 1] : nil
            if let before, let after, before.isLetter, after.isLowercase, before.isLowercase || index == 1 {
                repaired[index] = core[index] == "1" ? "l" : "o"
            } else if before == nil, core[index] == "0", core.count >= 4, core.dropFirst().prefix(3).allSatisfy(\.isLowercase) {
                repaired[index] = "O"
            } else {
                return nil
            }
        }
        return String(repaired) + String(characters[end...])
    }
}

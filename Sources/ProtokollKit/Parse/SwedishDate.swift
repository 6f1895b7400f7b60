/// Dates as Swedish minutes write them: "2014-04-25", "22 april 2010", "den 8 november 2013",
/// "onsdagen den 21 november 2018", "8 nov. 2013", "13.12.2013", a date without year (takes a
/// default year), and partly filled dates ("2014-05-") that keep their raw text without a date.
public struct DateMatch: Sendable, Equatable {
    /// `YYYY-MM-DD`, or nil for a partly filled or impossible date.
    public var iso: String?
    /// The text as written.
    public var raw: String
    /// Character offsets of `raw` in the scanned text.
    public var start: Int
    public var end: Int
}

public enum SwedishDate {
    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
        "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sep": 9,
        "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// The whole text as one date, if it is one.
    public static func parse(_ text: String, defaultYear: Int? = nil) -> String? {
        let matches = all(in: text, defaultYear: defaultYear)
        guard let first = matches.first else { return nil }
        return first.iso
    }

    public static func first(in text: String, defaultYear: Int? = nil) -> DateMatch? {
        all(in: text, defaultYear: defaultYear).first
    }

    /// Every date in `text`, in order.
    public static func all(in text: String, defaultYear: Int? = nil) -> [DateMatch] {
        // Most sentences hold no date ("12 procent", "2,4 miljoner", "MBL § 11"): they are left after a
        // look at their bytes, before the text is split into characters.
        guard mayHoldDate(text) else { return ordinalDates(in: text, defaultYear: defaultYear) }
        let chars = Array(text)
        var matches: [DateMatch] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber, i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) else {
                i += 1
                continue
            }
            if let match = matchAt(chars, i, defaultYear: defaultYear) {
                matches.append(match)
                i = match.end
            } else {
                while i < chars.count, chars[i].isNumber { i += 1 }
            }
        }
        return matches.isEmpty ? ordinalDates(in: text, defaultYear: defaultYear) : matches
    }

    /// Days written as ordinal words: "Västerås den tjugonde mars 2024", "den tjugoförsta mars 1962".
    private static let ordinalDays: [String: Int] = [
        "forsta": 1, "andra": 2, "tredje": 3, "fjarde": 4, "femte": 5, "sjatte": 6, "sjunde": 7, "attonde": 8,
        "nionde": 9, "tionde": 10, "elfte": 11, "tolfte": 12, "trettonde": 13, "fjortonde": 14, "femtonde": 15,
        "sextonde": 16, "sjuttonde": 17, "artonde": 18, "nittonde": 19, "tjugonde": 20, "tjugoforsta": 21,
        "tjugoandra": 22, "tjugotredje": 23, "tjugofjarde": 24, "tjugofemte": 25, "tjugosjatte": 26,
        "tjugosjunde": 27, "tjugoattonde": 28, "tjugonionde": 29, "trettionde": 30, "trettioforsta": 31,
    ]

    /// "den tjugonde mars 2024": "den", an ordinal day word, a month name written out, and a year (or
    /// the default year). Only after "den", so that "andra mars" in running text is no date.
    static func ordinalDates(in text: String, defaultYear: Int?) -> [DateMatch] {
        // Most sentences hold "den" and no such date: only a short text (a field's value) or one with a
        // year is read further, after a look at its bytes.
        guard text.utf8.count <= 40 || hasYear(text), text.includes("den ") || text.includes("Den ") else { return [] }
        let chars = Array(text)
        var matches: [DateMatch] = []
        var i = 0
        func word(from start: Int) -> (text: String, end: Int) {
            var end = start
            while end < chars.count, chars[end].isLetter { end += 1 }
            return (String(chars[start..<end]), end)
        }
        while i + 4 < chars.count {
            defer { i += 1 }
            guard chars[i] == "d" || chars[i] == "D", i == 0 || !chars[i - 1].isLetter,
                  chars[i + 1] == "e", chars[i + 2] == "n", chars[i + 3] == " " else { continue }
            let ordinal = word(from: i + 4)
            guard let day = ordinalDays[ordinal.text.folded], ordinal.end + 1 < chars.count, chars[ordinal.end] == " " else { continue }
            let monthWord = word(from: ordinal.end + 1)
            guard monthWord.text.count >= 4 || monthWord.text.lowercased() == "maj", let month = months[monthWord.text.lowercased()] else { continue }
            var end = monthWord.end
            var year = defaultYear
            if end + 5 <= chars.count, chars[end] == " " {
                let y = digits(chars, end + 1)
                if y.count == 4 {
                    year = y.value
                    end += 5
                }
            }
            let start = i + 4
            matches.append(DateMatch(iso: year.flatMap { iso($0, month, day) }, raw: String(chars[start..<end]), start: start, end: end))
            i = end
        }
        return matches
    }

    /// Four digits in a row.
    private static func hasYear(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// False only when no run of digits in `text` can start a date as `matchAt` reads one: four
    /// digits and "-", one or two digits and ".", "/", or a space (or ":e") and a month name.
    static func mayHoldDate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            func isDigit(_ i: Int) -> Bool { i < count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
            var i = 0
            while i < count {
                guard isDigit(i) else { i += 1; continue }
                var end = i
                while isDigit(end) { end += 1 }
                let run = end - i
                i = end
                guard end < count else { return false }
                let next = bytes[end]
                if run == 4, next == 0x2D { return true }
                guard run <= 2 else { continue }
                if next == 0x2E || next == 0x2F { return true }
                var j = end
                if next == 0x3A, j + 1 < count, bytes[j + 1] == 0x65 || bytes[j + 1] == 0x61 { j += 2 }
                guard j < count, bytes[j] == 0x20 else { continue }
                j += 1
                var word: [UInt8] = []
                while j < count, word.count <= 9, let letter = asciiLower(bytes[j]) { word.append(letter); j += 1 }
                if !word.isEmpty, months[String(decoding: word, as: UTF8.self)] != nil { return true }
            }
            return false
        }
    }

    private static func asciiLower(_ byte: UInt8) -> UInt8? {
        if byte >= 0x61 && byte <= 0x7A { return byte }
        if byte >= 0x41 && byte <= 0x5A { return byte + 0x20 }
        return nil
    }

    private static func digits(_ chars: [Character], _ start: Int) -> (value: Int, count: Int) {
        var value = 0, count = 0, i = start
        while i < chars.count, chars[i].isASCII, let d = chars[i].wholeNumberValue, count < 9 {
            value = value * 10 + d
            count += 1
            i += 1
        }
        return (value, count)
    }

    private static func matchAt(_ chars: [Character], _ start: Int, defaultYear: Int?) -> DateMatch? {
        let first = digits(chars, start)
        var i = start + first.count
        func raw(_ end: Int) -> String { String(chars[start..<end]) }
        func boundaryOK(_ end: Int) -> Bool { end >= chars.count || !(chars[end].isNumber || chars[end].isLetter) }

        // ISO: YYYY-MM-DD, also partly filled: YYYY-MM- or YYYY-
        if first.count == 4, i < chars.count, chars[i] == "-" {
            let month = digits(chars, i + 1)
            if month.count == 0 {
                return DateMatch(iso: nil, raw: raw(i + 1), start: start, end: i + 1)
            }
            guard month.count <= 2 else { return nil }
            i += 1 + month.count
            guard i < chars.count, chars[i] == "-" else { return nil }
            let day = digits(chars, i + 1)
            if day.count == 0 {
                return DateMatch(iso: nil, raw: raw(i + 1), start: start, end: i + 1)
            }
            guard day.count <= 2, boundaryOK(i + 1 + day.count) else { return nil }
            let end = i + 1 + day.count
            return DateMatch(iso: iso(first.value, month.value, day.value), raw: raw(end), start: start, end: end)
        }
        // DD.MM.YYYY
        if first.count <= 2, i < chars.count, chars[i] == "." {
            let month = digits(chars, i + 1)
            let afterMonth = i + 1 + month.count
            if month.count >= 1, month.count <= 2, afterMonth < chars.count, chars[afterMonth] == "." {
                let year = digits(chars, afterMonth + 1)
                if year.count == 4, boundaryOK(afterMonth + 1 + year.count) {
                    let end = afterMonth + 1 + year.count
                    return DateMatch(
                        iso: iso(year.value, month.value, first.value), raw: raw(end), start: start, end: end)
                }
            }
        }
        // D/M YYYY, D/M-YY, D/M-YYYY: "15/3 1996", "12/4-24", in old and compact minutes. Without a year
        // "1/2" is as often a fraction, so the year is required.
        if first.count <= 2, i < chars.count, chars[i] == "/" {
            let month = digits(chars, i + 1)
            let afterMonth = i + 1 + month.count
            if month.count >= 1, month.count <= 2, afterMonth + 1 < chars.count, chars[afterMonth] == " " || chars[afterMonth] == "-" {
                let year = digits(chars, afterMonth + 1)
                let end = afterMonth + 1 + year.count
                if boundaryOK(end), year.count == 4 || (year.count == 2 && chars[afterMonth] == "-") {
                    let fullYear = year.count == 4 ? year.value : (year.value < 50 ? 2000 + year.value : 1900 + year.value)
                    if year.count == 2 || (1800...2200).contains(fullYear) {
                        return DateMatch(iso: iso(fullYear, month.value, first.value), raw: raw(end), start: start, end: end)
                    }
                }
            }
        }
        // D[:e] month [YYYY]
        if first.count <= 2 {
            var j = i
            if j + 1 < chars.count, chars[j] == ":", chars[j + 1] == "e" || chars[j + 1] == "a" { j += 2 }
            guard j < chars.count, chars[j] == " " else { return nil }
            j += 1
            var word = ""
            var k = j
            while k < chars.count, chars[k].isLetter { word.append(chars[k]); k += 1 }
            guard let month = months[word.lowercased()], word.first?.isLowercase == true || word.count > 3 else { return nil }
            var end = k
            if end < chars.count, chars[end] == "." { end += 1 }
            var year: Int? = nil
            var m = end
            if m < chars.count, chars[m] == " " {
                m += 1
                let y = digits(chars, m)
                if y.count == 4, boundaryOK(m + 4) {
                    year = y.value
                    end = m + 4
                }
            }
            // "1 mar" is rarely a date; accept short forms only with a year.
            if year == nil, word.count <= 3, word.lowercased() != "maj" { return nil }
            guard let resolvedYear = year ?? defaultYear else {
                return DateMatch(iso: nil, raw: raw(end), start: start, end: end)
            }
            return DateMatch(iso: iso(resolvedYear, month, first.value), raw: raw(end), start: start, end: end)
        }
        return nil
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1800...2200).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The year of an ISO date.
    static func year(of iso: String?) -> Int? {
        guard let iso, iso.count >= 4 else { return nil }
        return Int(iso.prefix(4))
    }
}

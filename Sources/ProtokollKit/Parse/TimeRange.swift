/// Meeting times: "9.00–12.00", "kl 09.00 -12.00", "kl. 13:00-15:30", "kl. 9–15", "18.30",
/// with ajourneringar in parentheses ignored.
public struct TimeRange: Sendable, Equatable {
    public var start: String?
    public var end: String?

    /// The first time or time range in `text`. Dates in the text are skipped.
    public static func parse(_ text: String) -> TimeRange? {
        var chars = Array(text)
        // OCR reads a zero as "O" and a one as "l": "kl 13.3O-16.45", "l4.00". Inside a number
        // they are digits.
        for k in chars.indices where chars[k] == "O" || chars[k] == "o" || chars[k] == "l" {
            let digitBefore = k > 0 && chars[k - 1].isASCII && chars[k - 1].isNumber
            let digitAfter = k + 1 < chars.count && chars[k + 1].isASCII && chars[k + 1].isNumber
            let letterAround = (k > 0 && chars[k - 1].isLetter) || (k + 1 < chars.count && chars[k + 1].isLetter)
            guard !letterAround, digitBefore || digitAfter else { continue }
            chars[k] = chars[k] == "l" ? "1" : "0"
        }
        // Blank out dates so their digits are not read as times.
        for date in SwedishDate.all(in: text) {
            for k in date.start..<min(date.end, chars.count) { chars[k] = " " }
        }
        // Drop parenthesised parts: ajourneringar.
        var depth = 0
        for k in chars.indices {
            if chars[k] == "(" { depth += 1 }
            let inside = depth > 0
            if chars[k] == ")" { depth = max(0, depth - 1) }
            if inside { chars[k] = " " }
        }
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber, i == 0 || !(chars[i - 1].isNumber || chars[i - 1].isLetter || chars[i - 1] == "/") else {
                i += 1
                continue
            }
            let afterKl = precededByKl(chars, i)
            guard let (start, next) = time(chars, i, allowBareHour: afterKl) else {
                while i < chars.count, chars[i].isNumber { i += 1 }
                continue
            }
            var j = next
            while j < chars.count, chars[j] == " " { j += 1 }
            if j < chars.count, chars[j].isDash {
                j += 1
                while j < chars.count, chars[j] == " " { j += 1 }
                if j + 2 < chars.count, String(chars[j...(j + 1)]).lowercased() == "kl" {
                    j += 2
                    if j < chars.count, chars[j] == "." { j += 1 }
                    while j < chars.count, chars[j] == " " { j += 1 }
                }
                if let (end, _) = time(chars, j, allowBareHour: afterKl || start.hasSuffix(":00")) {
                    return TimeRange(start: start, end: end)
                }
            }
            return TimeRange(start: start, end: nil)
        }
        return nil
    }

    private static func precededByKl(_ chars: [Character], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, chars[k] == " " || chars[k] == "." { k -= 1 }
        guard k >= 1 else { return false }
        return chars[k].lowercased() == "l" && chars[k - 1].lowercased() == "k" && (k < 2 || !chars[k - 2].isLetter)
    }

    /// H.MM, HH:MM, or a bare hour when allowed. Returns "HH:MM" and the index after it.
    private static func time(_ chars: [Character], _ i: Int, allowBareHour: Bool) -> (String, Int)? {
        var hour = 0, count = 0, k = i
        while k < chars.count, chars[k].isASCII, let d = chars[k].wholeNumberValue, count < 3 {
            hour = hour * 10 + d
            count += 1
            k += 1
        }
        guard count >= 1, count <= 2, hour <= 24 else { return nil }
        if k < chars.count, chars[k] == "." || chars[k] == ":",
           let m1 = chars[safe: k + 1]?.wholeNumberValue, let m2 = chars[safe: k + 2]?.wholeNumberValue {
            let after = k + 3
            if let next = chars[safe: after], next.isNumber { return nil }
            if let next = chars[safe: after], next == "." || next == ":", chars[safe: after + 1]?.isNumber == true { return nil }
            let minute = m1 * 10 + m2
            guard minute < 60 else { return nil }
            return (SwedishDate.pad(hour) + ":" + SwedishDate.pad(minute), after)
        }
        guard allowBareHour else { return nil }
        if let next = chars[safe: k], next.isLetter { return nil }
        return (SwedishDate.pad(hour) + ":00", k)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

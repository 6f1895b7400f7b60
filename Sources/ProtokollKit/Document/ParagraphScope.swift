import Foundation

/// The §§ a person took part in, read from the participation written in an attendance list:
/// "§§ 18, 19, 26", "§§ 15-20", "15–17 och 20" (only those), "ej § 88", "utom §§ 3–4" (all but
/// those), "t.o.m. § 108", "fr.o.m. § 12", "efter § 12" (a part of the meeting), or a mix
/// ("§§ 44–48, ej § 48"). Times ("från kl. 14.10") are not § numbers. A § is a number, and a
/// point "5.2" counts as 5.
public struct ParagraphScope: Sendable, Equatable {
    /// Nil: every § not excluded otherwise.
    public var only: Set<Int>?
    public var except: Set<Int> = []
    public var from: Int?
    public var through: Int?

    public func contains(_ number: Int) -> Bool {
        (only?.contains(number) ?? true) && !except.contains(number)
            && from.map { number >= $0 } ?? true && through.map { number <= $0 } ?? true
    }

    /// True when `paragraph` ("15", "5.2") is inside; a § without a leading number always is.
    public func contains(paragraph: String) -> Bool {
        Self.leadingNumber(paragraph).map(contains) ?? true
    }

    private enum Mode { case only, except, from, after, through, time }

    /// The scope, or nil when the text names no § ("hela mötet", "kl. 13.00–15.30"): then the
    /// person took part in the whole meeting.
    public static func parse(_ text: String) -> ParagraphScope? {
        var scope = ParagraphScope()
        var mode = Mode.only
        var named = false
        var word = ""
        var digits = ""
        var previous: Int?
        // True between a number and the next word or comma: only then does a dash make a range.
        var afterNumber = false
        var inRange = false

        func add(_ range: ClosedRange<Int>) {
            named = true
            switch mode {
            case .only: scope.only = (scope.only ?? []).union(range)
            case .except: scope.except.formUnion(range)
            case .from: scope.from = range.lowerBound
            case .after: scope.from = range.upperBound + 1
            case .through: scope.through = range.upperBound
            case .time: break
            }
        }
        func finishNumber() {
            guard let value = Int(digits) else { return }
            digits = ""
            if mode == .time { return }
            if inRange, let start = previous, start <= value, value - start < 1000 {
                // The start was added alone; the range replaces it.
                add(start...value)
            } else {
                add(value...value)
            }
            previous = value
            afterNumber = true
            inRange = false
        }
        func finishWord() {
            guard !word.isEmpty else { return }
            switch word {
            case "ej", "utom", "exkl", "ej.": mode = .except
            case "tom", "t.o.m", "t.o.m.", "till": mode = .through
            case "from", "fr.o.m", "fr.o.m.", "fran", "fr": mode = .from
            case "efter": mode = .after
            case "kl", "kl.", "klockan": mode = .time
            default: if mode == .time { mode = .only }
            }
            word = ""
            afterNumber = false
            inRange = false
        }

        let words = (" " + foldedWords(text) + " ")
            .replacingPhrase(" till och med ", with: " tom ").replacingPhrase(" fran och med ", with: " from ")
        for character in words {
            if character.isASCII && character.isNumber {
                finishWord()
                digits.append(character)
            } else if character.isLetter || (character == "." && !word.isEmpty) {
                finishNumber()
                word.append(character)
            } else {
                finishNumber()
                finishWord()
                if character == "-" || character == "–" || character == "—" {
                    inRange = afterNumber
                } else if character == "§" {
                    if mode == .time { mode = .only }
                } else if character == "." && mode == .time {
                    // "14.10": the minutes of a time.
                } else if character != " " {
                    afterNumber = false
                    inRange = false
                }
            }
        }
        finishNumber()
        return named ? scope : nil
    }

    /// Lower case without diacritics, so that "Från", "från" and "fran" are one word.
    private static func foldedWords(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "å", "ä": "a"
            case "ö": "o"
            default: Character(scalar)
            }
        })
    }

    /// "5.2" → 5, "15" → 15; nil when the number does not start with digits.
    public static func leadingNumber(_ text: String) -> Int? {
        Int(text.prefix { $0.isASCII && $0.isNumber })
    }
}

extension String {
    fileprivate func replacingPhrase(_ phrase: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: phrase) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

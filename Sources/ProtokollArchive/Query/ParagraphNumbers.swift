/// § numbers as written in attendance lists ("§§ 18, 19, 26", "§ 22", "§§ 15-20", "15–17 och 20"):
/// a person listed so was present only at those §§.
public enum ParagraphNumbers {
    /// The numbers, or nil when the text names none.
    public static func parse(_ text: String) -> Set<Int>? {
        var numbers = Set<Int>()
        var previous: Int?
        var inRange = false
        var digits = ""
        // True between a number and the next word or comma: only then does a dash make a range.
        var afterNumber = false
        func finish() {
            guard let value = Int(digits) else { return }
            if inRange, let start = previous, start <= value, value - start < 1000 {
                numbers.formUnion(start...value)
            } else {
                numbers.insert(value)
            }
            previous = value
            afterNumber = true
            inRange = false
            digits = ""
        }
        for character in text {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else {
                finish()
                if character == "-" || character == "–" || character == "—" {
                    inRange = afterNumber
                } else if character != " " {
                    afterNumber = false
                    inRange = false
                }
            }
        }
        finish()
        return numbers.isEmpty ? nil : numbers
    }

    /// "5.2" → 5, "15" → 15; nil when the number does not start with digits.
    public static func leadingNumber(_ text: String) -> Int? {
        Int(text.prefix { $0.isASCII && $0.isNumber })
    }
}

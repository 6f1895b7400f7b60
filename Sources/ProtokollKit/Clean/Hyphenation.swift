/// End-of-line hyphenation: "där-" + "efter" → "därefter", while real hyphens survive:
/// "Kultur- och fritidsnämnden", "FoU-ledare", "Hans-Göran".
enum Hyphenation {
    /// Words after which a trailing hyphen is a shared-compound hyphen ("Barn- och utbildning").
    private static let conjunctions: Set<String> = ["och", "eller", "samt", "till", "resp", "respektive", "som", "el"]

    enum Join: Equatable {
        /// Not a hyphenation: keep the lines apart.
        case none
        /// Drop the hyphen and glue the word halves.
        case removeHyphen
        /// Keep the hyphen and glue ("FoU-" + "ledare").
        case keepHyphen
        /// Keep the hyphen and a space ("Kultur-" + "och fritid").
        case keepHyphenWithSpace
    }

    static func join(_ line: String, _ next: String) -> Join {
        guard line.hasSuffix("-"), !line.hasSuffix(" -"), !line.hasSuffix("--") else { return .none }
        let head = line.dropLast()
        guard let lastCharacter = head.last, lastCharacter.isLetter || lastCharacter.isNumber else { return .none }
        let nextText = next.trimmed
        guard let nextFirst = nextText.first else { return .none }
        let lastWord = head.split(whereSeparator: { $0 == " " || $0 == "\t" }).last.map(String.init) ?? ""
        let fragment = lastWord.split(separator: "-").last.map(String.init) ?? lastWord
        let nextWord = nextText.prefix(while: { $0.isLetter }).lowercased()
        if nextFirst.isUppercase {
            // "Hans-" + "Göran": a capitalised compound name.
            return fragment.startsWithUppercaseLetter && fragment.count >= 2 ? .keepHyphen : .none
        }
        guard nextFirst.isLetter else { return .none }
        if conjunctions.contains(nextWord) { return .keepHyphenWithSpace }
        let uppercaseCount = fragment.filter(\.isUppercase).count
        if uppercaseCount >= 2 || fragment.contains(where: \.isNumber) { return .keepHyphen }
        return .removeHyphen
    }
}

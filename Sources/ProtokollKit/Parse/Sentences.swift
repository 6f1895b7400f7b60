/// Splits running text into sentences at ". ", "! ", "? " before a capital letter or digit, without
/// cutting Swedish abbreviations ("t.ex.", "m.m.", "kl.", "t.o.m.").
enum Sentences {
    private static let abbreviations: Set<String> = [
        "t.ex", "m.m", "kl", "t.o.m", "fr.o.m", "bl.a", "s.k", "p.g.a", "ca", "nr", "enl", "resp", "dnr", "jfr",
        "ang", "inkl", "exkl", "o.s.v", "osv", "m.fl", "d.v.s", "dvs", "mkr", "tkr", "kr", "st", "tel", "f.d",
        "prop", "sek", "ordf", "sekr", "tf", "t.f", "vs", "e.d", "o.d", "u.a", "forts", "jan", "feb", "febr",
        "apr", "aug", "sep", "sept", "okt", "nov", "dec", "milj", "t", "s", "f", "d", "e", "a",
    ]

    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            current.append(c)
            if c == "." || c == "!" || c == "?", i + 2 < chars.count, chars[i + 1] == " " {
                let next = chars[i + 2]
                if next.isUppercase || next.isNumber || next == "§" {
                    let word = current.dropLast().split(separator: " ").last.map { String($0).lowercased() } ?? ""
                    let isAbbreviation = c == "." && (abbreviations.contains(word) || word.count == 1 || word.count <= 2 && word.allSatisfy(\.isNumber))
                    if !isAbbreviation {
                        sentences.append(current.trimmed)
                        current = ""
                    }
                }
            }
            i += 1
        }
        let rest = current.trimmed
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }
}

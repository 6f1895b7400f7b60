import Foundation

/// Justerare: from "Till att jämte ordföranden justera dagens protokoll utses X", "Till justerare
/// utses X", "Utses att justera X", "Justerare: X", "Mötet valde X och Y till justerare". The chair
/// is not an adjuster unless named as one.
enum AdjusterParser {
    static func adjusters(inSentence sentence: String) -> [String] {
        let folded = sentence.folded
        guard folded.includes("juster") else { return [] }
        let words = sentence.split(separator: " ").map(String.init)
        let foldedWords = words.map { $0.folded }
        let verbs = ["utses", "utsags", "valdes", "valjs", "utsågs", "utsedd", "utsedda", "valde", "utser", "utsag", "valjer"]
        guard let verbIndex = foldedWords.firstIndex(where: { verbs.contains($0.trimmingPunctuation) }) else { return [] }
        let after = words[(verbIndex + 1)...].joined(separator: " ")
        let before = words[..<verbIndex].joined(separator: " ")
        // "... justera ... utses X" / "Till justerare valdes X och Y"
        if folded.prefix(while: { $0 != " " }) == "till" || before.folded.includes("juster") {
            var names = after
            // "X att jämte ordföranden justera"
            for stop in [" att ", " till ", " som ", " jämte ", " tillika "] {
                if let range = names.find(stop) { names = String(names[..<range.lowerBound]) }
            }
            return people(names)
        }
        // "Mötet valde X och Y till justerare", "X och Y utses att justera"
        if let range = after.find(" till ") ?? after.find(" att ") ?? after.find(" som ") {
            let head = String(after[..<range.lowerBound])
            if !people(head).isEmpty { return people(head) }
        }
        if Subject.phrase(before) == nil || !Subject.isOrganNoun(before.folded.split(separator: " ").last.map(String.init) ?? "") {
            return people(before)
        }
        return []
    }

    static func people(_ text: String) -> [String] {
        NameList.people(inProse: text).map(\.name)
    }
}

extension String {
    var trimmingPunctuation: String {
        var s = Substring(self)
        while let last = s.last, last == "," || last == "." || last == ":" || last == ";" { s = s.dropLast() }
        return String(s)
    }
}

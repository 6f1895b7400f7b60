/// Splits running text into sentences at ". ", "! ", "? " before a capital letter or digit, without
/// cutting Swedish abbreviations ("t.ex.", "m.m.", "kl.", "t.o.m.").
enum Sentences {
    private static let abbreviations: Set<String> = [
        "t.ex", "m.m", "kl", "t.o.m", "fr.o.m", "bl.a", "s.k", "p.g.a", "ca", "nr", "enl", "resp", "dnr", "jfr",
        "ang", "inkl", "exkl", "o.s.v", "osv", "m.fl", "d.v.s", "dvs", "st", "tel", "f.d",
        "prop", "sek", "ordf", "kap", "stycket", "p", "pkt", "bil", "art", "sekr", "tf", "t.f", "vs", "e.d", "o.d", "u.a", "forts", "jan", "feb", "febr",
        "apr", "aug", "sep", "sept", "okt", "nov", "dec", "milj", "t", "s", "f", "d", "e", "a",
        // "avd. 217", "mom. 3", "ers. Per Ek", "tfn. 070-…": a number or a name follows them.
        "avd", "mom", "ers", "ledam", "tjg", "tfn", "fig", "bet", "uppl", "jmf", "obs", "ev", "ff",
        // "kv. Lärkan 2–4": the name of a kvarter (city block) follows.
        "kv",
    ]

    /// Words after which a small number is a count or a label, not an ordinal ("den 1. maj"): "se
    /// bilaga 1. Rikard Sundelin …" ends its sentence at the number.
    private static let numberedWords: Set<String> = ["bilaga", "bilagor", "bil", "punkt", "sidan", "sida", "§", "§§", "nr", "kapitel", "kap", "paragraf"]

    private static func numbersSomething(_ bytes: UnsafeBufferPointer<UInt8>, before wordStart: Int) -> Bool {
        var end = wordStart - 1
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0, end < wordStart else { return false }
        var start = end
        while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
        return numberedWords.contains(word.hasSuffix(".") ? String(word.dropLast()) : word)
    }

    static func split(_ text: String) -> [String] {
        var text = text
        return text.withUTF8(split)
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var sentences: [String] = []
        var sentenceStart = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            // "… röstar ja.» Stadsfullmäktige beslöto …": a closing quote after the mark ends the
            // sentence with it (», ”, ’ or ").
            if byte == 0x2E || byte == 0x21 || byte == 0x3F, i + 4 < bytes.count {
                let quote = bytes[i + 1] == 0x22 ? 1
                    : bytes[i + 1] == 0xC2 && bytes[i + 2] == 0xBB ? 2
                    : bytes[i + 1] == 0xE2 && bytes[i + 2] == 0x80 && (bytes[i + 3] == 0x9D || bytes[i + 3] == 0x99) ? 3 : 0
                let next = i + quote + 2
                if quote > 0, next < bytes.count, bytes[i + quote + 1] == 0x20,
                   (0x41...0x5A).contains(bytes[next]) || bytes[next] == 0xC3 && next + 1 < bytes.count && (0x80...0x9E).contains(bytes[next + 1]) {
                    sentences.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[sentenceStart...(i + quote)]), as: UTF8.self).trimmed)
                    sentenceStart = next
                    i = next
                    continue
                }
            }
            if byte == 0x2E || byte == 0x21 || byte == 0x3F, i + 2 < bytes.count, bytes[i + 1] == 0x20 {
                // The word before the mark starts after the last space before it: found only here,
                // at the few candidate ends, instead of tracked at every byte.
                var wordStart = i
                while wordStart > 0, bytes[wordStart - 1] != 0x20 { wordStart -= 1 }
                let next = bytes[i + 2]
                // A capital (ASCII, or Å Ä Ö É as C3 8x/9x), a digit or "§" (C2 A7) starts the next sentence.
                // "a) ", "b) ": a lettered sub-item starts anew.
                let letteredItem = (0x61...0x7A).contains(next) && i + 3 < bytes.count && bytes[i + 3] == 0x29
                let startsSentence = letteredItem || (0x41...0x5A).contains(next) || (0x30...0x39).contains(next)
                    || next == 0xC3 && i + 3 < bytes.count && (0x80...0x9E).contains(bytes[i + 3])
                    || next == 0xC2 && i + 3 < bytes.count && bytes[i + 3] == 0xA7
                if startsSentence {
                    // "(t.o.m. §9)": an abbreviation opening a parenthesis.
                    var wordStart = wordStart
                    while wordStart < i, bytes[wordStart] == 0x28 { wordStart += 1 }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<i]), as: UTF8.self).lowercased()
                    // "M-L. Dahl", "K-G. Ek": initials joined by a hyphen.
                    let hyphenatedInitials = word.count <= 5 && word.split(separator: "-").count >= 2
                        && word.split(separator: "-").allSatisfy { $0.count == 1 }
                    let isAbbreviation = byte == 0x2E && (abbreviations.contains(word) || word.count == 1 && word.allSatisfy(\.isLetter) || hyphenatedInitials
                        || word.count <= 2 && word.allSatisfy(\.isNumber) && !numbersSomething(bytes, before: wordStart))
                    if !isAbbreviation {
                        sentences.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[sentenceStart...i]), as: UTF8.self).trimmed)
                        sentenceStart = i + 2
                    }
                }
            }
            i += 1
        }
        if sentenceStart < bytes.count {
            let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[sentenceStart...]), as: UTF8.self).trimmed
            if !rest.isEmpty { sentences.append(rest) }
        }
        return sentences
    }
}

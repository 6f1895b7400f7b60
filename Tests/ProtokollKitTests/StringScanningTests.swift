import Testing
@testable import ProtokollKit

/// The byte-level helpers every stage leans on. Each has a fast path (memchr, a slice without a
/// copy, a prefilter); these tests hold them to what the plain character-wise answer would be.
@Suite struct StringScanningTests {
    @Test func substringSearchFindsNeedlesThatStartWithSpaces() {
        let text = "Styrelsen beslutar att anta budgeten och att ge kansliet i uppdrag"
        #expect(text.includes(" att "))
        #expect(text.find(" att ").map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 18)
        // From a later position the second occurrence is found.
        let first = text.find(" att ")
        #expect(first.flatMap { text.find(" att ", from: $0.upperBound) }.map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 40)
        #expect(!text.includes(" att  "))
        #expect(!"att".includes(" att "))
        #expect("  ".includes(" "))
        #expect("x  ".find("  ").map { "x  ".distance(from: "x  ".startIndex, to: $0.lowerBound) } == 1)
    }

    @Test func substringSearchAtTheEdgesAndInSubstrings() {
        #expect("Beslut".includes("Beslut"))
        #expect("Beslut".includes("slut"))
        #expect(!"Beslu".includes("Beslut"))
        #expect(!"".includes("a"))
        let line = "§ 12 Budget för år 2025"
        let tail = line[line.index(line.startIndex, offsetBy: 5)...]
        #expect(tail.includes("Budget"))
        #expect(!tail.includes("§ 12"))
        #expect("för för".replacingAll("för", with: "till") == "till till")
        #expect("ingenting".replacingAll("för", with: "till") == "ingenting")
    }

    @Test func containsByteSeesEveryPosition() {
        #expect("a\tb".containsByte(0x09))
        #expect(!"a b".containsByte(0x09))
        #expect("abc:".containsByte(0x3A))
        #expect("§".containsByte(0xA7))
        #expect(!"".containsByte(0x20))
    }

    @Test func wordSetLooksUpWholeWordsAndSuffixes() {
        let verbs = WordSet(["beslutar", "beslot", "antar"])
        #expect(verbs.contains("beslutar"))
        #expect(!verbs.contains("beslut"))
        #expect(!verbs.contains(""))
        let isLetter: (UInt8) -> Bool = { $0 >= 0x61 && $0 <= 0x7A }
        #expect(verbs.containsAnyWord(of: "styrelsen beslutar att", isWordByte: isLetter))
        #expect(verbs.containsAnyWord(of: "styrelsen beslot", isWordByte: isLetter))
        #expect(!verbs.containsAnyWord(of: "styrelsen beslutade", isWordByte: isLetter))
        #expect(!verbs.containsAnyWord(of: "nämnden antar", minimumLength: 6, isWordByte: isLetter))
        let endings = WordSet(["chef", "direktor"])
        #expect(endings.containsSuffix(of: "kommundirektor"))
        #expect(endings.containsSuffix(of: "chef"))
        #expect(!endings.containsSuffix(of: "chefen"))
        #expect(!endings.containsSuffix(of: "ef"))
        let word = "socialchef"
        #expect(endings.containsSuffix(of: word[word.index(word.startIndex, offsetBy: 6)...]))
    }

    @Test func foldingKeepsTheUnchangedHeadAndFoldsTheRest() {
        #expect("kommunstyrelsen".folded == "kommunstyrelsen")
        #expect("kommunStyrelsen".folded == "kommunstyrelsen")
        #expect("Ärendebeskrivning för Ödeshög".folded == "arendebeskrivning for odeshog")
        let line = "§ 5 Förslag"
        #expect(line[line.index(line.startIndex, offsetBy: 4)...].folded == "forslag")
    }

    @Test func trimmingAndCollapsingReturnTheSameTextAsCharacterWork() {
        #expect("(S),".trimmingEnds(",()") == "S")
        #expect(",,".trimmingEnds(",") == "")
        #expect("beslutar:".trimmingEnds(",.:;") == "beslutar")
        #expect("–x–".trimmingEnds("–") == "x")
        #expect("  Anna   Berg\t(S) ".collapsedWhitespace == "Anna Berg (S)")
        #expect("Anna Berg".collapsedWhitespace == "Anna Berg")
        #expect(" ".collapsedWhitespace == "")
        #expect("---".isRuleLine && " * * * ".isRuleLine && "_____".isRuleLine)
        #expect(!"--".isRuleLine && !"-*-".isRuleLine && !"--- Beslut".isRuleLine && !"".isRuleLine)
    }

    @Test func theDatePrefilterPassesEveryDateForm() {
        for text in ["2014-04-25", "2014-05-", "13.12.2013", "15/3 1996", "12/4-24", "den 3 mars", "3:e mars 2020",
                     "1 Maj", "8 nov. 2013", "onsdagen den 21 november 2018"] {
            #expect(SwedishDate.mayHoldDate(text), "\(text)")
        }
        for text in ["12 procent", "2,4 miljoner kronor", "enligt MBL § 11", "KS 2018/14", "kl 19", "Budget"] {
            #expect(!SwedishDate.mayHoldDate(text), "\(text)")
            #expect(SwedishDate.all(in: text).isEmpty)
        }
    }
}

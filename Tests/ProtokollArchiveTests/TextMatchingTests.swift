import Testing
@testable import ProtokollArchive

@Suite struct TextMatchingTests {
    @Test func foldsCaseAndSwedishLetters() {
        #expect(TextFolding.words("Länsgemensam FAMILJEHEMSREKRYTERING, Åsa Öberg-Ekström: café") ==
            ["lansgemensam", "familjehemsrekrytering", "asa", "oberg", "ekstrom", "cafe"])
        #expect(TextFolding.words("§ 20, 4,3 miljoner") == ["20", "4", "3", "miljoner"])
        #expect(TextFolding.words("") == [])
    }

    @Test func wordPrefixFindsSwedishCompounds() throws {
        let matcher = try #require(WordMatcher("familjehem"))
        #expect(matcher.matches(text: "Länsgemensam familjehemsrekrytering"))
        #expect(matcher.matches(text: "FAMILJEHEM"))
        #expect(!matcher.matches(text: "Kontaktfamiljer och hem"))
    }

    @Test func everyWordMustMatch() throws {
        let matcher = try #require(WordMatcher("Familjehem rekommendera"))
        #expect(matcher.matches(text: "att rekommendera kommunerna ... familjehemsvård"))
        #expect(!matcher.matches(text: "att rekommendera kommunerna"))
        #expect(WordMatcher(" ,. ") == nil)
    }

    @Test func diacriticsInTheQueryFoldToo() throws {
        let matcher = try #require(WordMatcher("FÖRSTUDIE"))
        #expect(matcher.matches(text: "förstudien visar"))
        #expect(matcher.prefixes == ["forstudie"])
    }

    @Test func caseNumbersIgnoreTheDnrPrefix() {
        #expect(CaseNumber.key("Dnr KS 2018/14") == "ks 2018/14")
        #expect(CaseNumber.key("dnr: KS 2018/14") == "ks 2018/14")
        #expect(CaseNumber.key("2010.009-7") == "2010.009-7")
    }

    @Test func paragraphListsOfAttendance() {
        func numbers(_ text: String) -> [Int]? {
            ParagraphScope.parse(text).map { scope in (1...200).filter(scope.contains) }
        }
        #expect(numbers("§§ 18, 19, 26") == [18, 19, 26])
        #expect(numbers("§§ 130–134") == [130, 131, 132, 133, 134])
        #expect(numbers("§ 15 - 17 och 20") == [15, 16, 17, 20])
        #expect(numbers("hela mötet") == nil)
        #expect(ParagraphScope.leadingNumber("5.2") == 5)
        #expect(ParagraphScope.parse("§§ 44–48")?.contains(paragraph: "46.2") == true)
    }

    @Test func paragraphExceptionsAndPartsOfTheMeeting() {
        func numbers(_ text: String) -> [Int]? {
            ParagraphScope.parse(text).map { scope in (1...12).filter(scope.contains) }
        }
        // "ej § 8" is every § but 8, not § 8 alone.
        #expect(numbers("ej § 8") == [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12])
        #expect(numbers("utom §§ 3–4") == [1, 2, 5, 6, 7, 8, 9, 10, 11, 12])
        #expect(numbers("t.o.m. § 4") == [1, 2, 3, 4])
        #expect(numbers("till och med § 4") == [1, 2, 3, 4])
        #expect(numbers("fr.o.m. § 10") == [10, 11, 12])
        #expect(numbers("Från och med § 10") == [10, 11, 12])
        #expect(numbers("efter § 10") == [11, 12])
        #expect(numbers("§§ 4–8, ej § 6") == [4, 5, 7, 8])
        // Times are not § numbers.
        #expect(numbers("från kl. 14.10") == nil)
        #expect(numbers("kl 9.00–10.30, §§ 3-4") == [3, 4])
    }

    @Test func queryDatesWidenToWholePeriods() {
        #expect(QueryDate.parse("2014", as: .start) == "2014-01-01")
        #expect(QueryDate.parse("2014", as: .end) == "2014-12-31")
        #expect(QueryDate.parse("2016-02", as: .end) == "2016-02-29")
        #expect(QueryDate.parse("2014-04-25", as: .start) == "2014-04-25")
        #expect(QueryDate.parse("2014-13-01", as: .start) == nil)
        #expect(QueryDate.parse("25/4 2014", as: .start) == nil)
        #expect(QueryDate.parse("2014-4-5", as: .start) == nil)
    }
}

@Suite struct TextFoldingBytesTests {
    @Test func latinLettersFoldLikeTheScalarPath() {
        let text = "ÀÉÎÕÜ àéîõü Ææ Øø Çç Ññ Ýý ß Straße × ÷ « » ´ − fi €"
        #expect(TextFolding.words(text) == TextFolding.tokens(text, keeping: []))
        #expect(TextFolding.words("kom\u{00AD}mun") == ["kommun"])
        #expect(TextFolding.words("МОСКВА Москва") == ["москва", "москва"])
    }

    /// Plain lower-case words are passed as slices of the text; a word that folding changes part
    /// way through is copied from where it started.
    @Test func plainAndFoldedWordsMixed() {
        let text = "budget Budget budgetÅr år2025 kom\u{200B}mun bygg-lov x"
        #expect(TextFolding.words(text) == ["budget", "budget", "budgetar", "ar2025", "kommun", "bygg", "lov", "x"])
        #expect(TextFolding.words(text) == TextFolding.tokens(text.replacingOccurrences(of: "\u{200B}", with: ""), keeping: []))
    }
}

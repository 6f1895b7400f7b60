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

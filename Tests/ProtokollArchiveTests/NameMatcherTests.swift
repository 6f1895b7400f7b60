import Testing
@testable import ProtokollArchive

@Suite struct NameMatcherTests {
    @Test func ignoresCasePartyTagsAndRoleSuffixes() throws {
        let matcher = try #require(NameMatcher("berry  LILJA"))
        #expect(matcher.matches(name: "Berry Lilja (C)"))
        #expect(matcher.matches(name: "Berry Lilja, ordförande"))
        #expect(matcher.matches(name: "BERRY LILJA"))
        #expect(!matcher.matches(name: "Berry Liljas"))
    }

    @Test func hyphenatedFirstNamesAreWholeTokens() throws {
        let marie = try #require(NameMatcher("Marie Johansson"))
        #expect(!marie.matches(name: "Hans-Göran Johansson"))
        #expect(marie.matches(name: "Marie Johansson"))
        let hansGoran = try #require(NameMatcher("hans-goran johansson"))
        #expect(hansGoran.matches(name: "Hans-Göran Johansson, ordförande"))
        #expect(!hansGoran.matches(name: "Göran Johansson"))
        let surname = try #require(NameMatcher("Johansson"))
        #expect(surname.matches(name: "Hans-Göran Johansson"))
    }

    @Test func diacriticsFold() throws {
        let matcher = try #require(NameMatcher("Lars-Erik Falth"))
        #expect(matcher.matches(name: "Lars-Erik Fälth (tjänstgörande ersättare)"))
        #expect(NameMatcher.key("Åsa Claeson-Nordin") == "asa claeson-nordin")
    }

    @Test func findsNamesInDecisionText() throws {
        let matcher = try #require(NameMatcher("Pernilla Friberg"))
        #expect(matcher.isNamed(inWords: TextFolding.words("att ge Pernilla Friberg i uppdrag att arbeta vidare")))
        #expect(!matcher.isNamed(inWords: TextFolding.words("att ge Pernilla i uppdrag; Friberg informerar")))
    }

    @Test func emptyQueryIsRejected() {
        #expect(NameMatcher(" (C) ") == nil)
    }
}

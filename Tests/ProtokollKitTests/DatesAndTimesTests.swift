import Testing
@testable import ProtokollKit

@Suite struct SwedishDateTests {
    @Test(arguments: [
        ("2014-04-25", "2014-04-25"),
        ("22 april 2010", "2010-04-22"),
        ("den 8 november 2013", "2013-11-08"),
        ("onsdagen den 21 november 2018", "2018-11-21"),
        ("13.12.2013", "2013-12-13"),
        ("8 nov. 2013", "2013-11-08"),
        ("1 sept 2019", "2019-09-01"),
        ("Tid 22 april 2010, kl 09.00 -12.00", "2010-04-22"),
    ])
    func parsesDates(text: String, iso: String) {
        #expect(SwedishDate.first(in: text)?.iso == iso)
    }

    @Test func partlyFilledDateKeepsRawWithoutDate() {
        let match = SwedishDate.first(in: "har 2014-05- anslagits")
        #expect(match?.raw == "2014-05-")
        #expect(match?.iso == nil)
    }

    @Test func dateWithoutYearTakesTheDefaultYear() {
        #expect(SwedishDate.first(in: "den 25 april", defaultYear: 2014)?.iso == "2014-04-25")
        #expect(SwedishDate.first(in: "den 25 april")?.iso == nil)
    }

    @Test func impossibleDatesAreNotDates() {
        #expect(SwedishDate.first(in: "2014-02-30")?.iso == nil)
        #expect(SwedishDate.first(in: "2014-13-01")?.iso == nil)
        #expect(SwedishDate.first(in: "prop 2009/2010:116") == nil)
    }
}

@Suite struct TimeRangeTests {
    @Test(arguments: [
        ("2014-04-25, 9.00–12.00", "09:00", "12:00"),
        ("kl 09.00 -12.00", "09:00", "12:00"),
        ("Tid 22 april 2010, kl 09.00 -12.00", "09:00", "12:00"),
        ("kl. 13:00-15:30", "13:00", "15:30"),
        ("kl. 9–15", "09:00", "15:00"),
        ("kl. 18:00–21:15 (ajournering 19.30–19.45)", "18:00", "21:15"),
    ])
    func parsesRanges(text: String, start: String, end: String) {
        let range = TimeRange.parse(text)
        #expect(range?.start == start)
        #expect(range?.end == end)
    }

    @Test func startOnly() {
        #expect(TimeRange.parse("Tid: 18.30") == TimeRange(start: "18:30", end: nil))
    }

    @Test func datesAreNotTimes() {
        #expect(TimeRange.parse("2014-04-25") == nil)
        #expect(TimeRange.parse("13.12.2013") == nil)
    }
}

/// The filters of `protokoll query`, combined with AND. Nil means "any".
public struct DecisionQuery: Sendable, Equatable {
    public var person: NameMatcher?
    public var body: NameMatcher?
    public var organisation: NameMatcher?
    /// Inclusive ISO dates.
    public var from: String?
    public var to: String?
    public var text: WordMatcher?
    /// A case number key (`CaseNumber.key`).
    public var caseNumber: String?
    /// Also rows of superseded versions of a meeting.
    public var allVersions = false
    /// Also §§ without a decision (information items), as rows with `decision` null. Always on with
    /// a case number filter: "what happened to this case" includes the items without decision.
    public var paragraphsWithoutDecision = false

    public init(
        person: NameMatcher? = nil, body: NameMatcher? = nil, organisation: NameMatcher? = nil,
        from: String? = nil, to: String? = nil, text: WordMatcher? = nil, caseNumber: String? = nil,
        allVersions: Bool = false, paragraphsWithoutDecision: Bool = false
    ) {
        self.person = person
        self.body = body
        self.organisation = organisation
        self.from = from
        self.to = to
        self.text = text
        self.caseNumber = caseNumber
        self.allVersions = allVersions
        self.paragraphsWithoutDecision = paragraphsWithoutDecision
    }

    var includesParagraphsWithoutDecision: Bool { paragraphsWithoutDecision || caseNumber != nil }
}

/// Dates given on the command line: "2014", "2014-04" or "2014-04-25", widened to the first or the
/// last day, so `--from 2014 --to 2014` is the whole year.
public enum QueryDate {
    public enum Bound: Sendable { case start, end }

    public static func parse(_ text: String, as bound: Bound) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : (bound == .start ? 1 : 12)
        guard let month, (1...12).contains(month), parts.count < 2 || parts[1].count == 2 else { return nil }
        let lastDay = daysIn(month: month, year: year)
        let day = parts.count > 2 ? Int(parts[2]) : (bound == .start ? 1 : lastDay)
        guard let day, (1...lastDay).contains(day), parts.count < 3 || parts[2].count == 2 else { return nil }
        return "\(parts[0])-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

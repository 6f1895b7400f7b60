import ProtokollKit

/// An omröstning as a query row shows it: the counts of a `Vote` without its ballots (those are in
/// the document, `protokoll show ID --paragraph N`). Nil where the minutes give no number.
public struct VoteCount: Sendable, Equatable, Codable {
    public var yes: Int?
    public var no: Int?
    public var abstained: Int?
    public var absent: Int?

    public init(yes: Int? = nil, no: Int? = nil, abstained: Int? = nil, absent: Int? = nil) {
        self.yes = yes
        self.no = no
        self.abstained = abstained
        self.absent = absent
    }

    public init(_ vote: Vote) {
        self.init(yes: vote.yes, no: vote.no, abstained: vote.abstained, absent: vote.absent)
    }

    enum CodingKeys: String, CodingKey {
        case yes, no, abstained, absent
    }

    /// Every key written, `null` when unknown, like the rest of a row.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(yes, forKey: .yes)
        try container.encode(no, forKey: .no)
        try container.encode(abstained, forKey: .abstained)
        try container.encode(absent, forKey: .absent)
    }

    /// "ja 24, nej 15, avstår 2": for CSV cells and tables; unknown counts are left out.
    public var summary: String {
        [("ja", yes), ("nej", no), ("avstår", abstained), ("frånvarande", absent)]
            .compactMap { label, count in count.map { "\(label) \($0)" } }
            .joined(separator: ", ")
    }

    /// The stored form in an index segment: four comma-separated numbers, empty for nil ("24,15,,").
    var stored: String {
        [yes, no, abstained, absent].map { $0.map(String.init) ?? "" }.joined(separator: ",")
    }

    init(stored: some StringProtocol) {
        let numbers = stored.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
        func number(_ index: Int) -> Int? { index < numbers.count ? numbers[index] : nil }
        self.init(yes: number(0), no: number(1), abstained: number(2), absent: number(3))
    }
}

/// One decision as a query returns it. JSON field names are a contract for researchers' tools
/// (DuckDB, pandas, jq): every field is always written, `null` when unknown; `personRole` and
/// `personVote` only when the query asked for a person.
public struct DecisionRow: Sendable, Equatable, Codable {
    public var date: String?
    public var organisation: String?
    public var body: String?
    /// The § number as written ("20").
    public var paragraph: String
    public var title: String?
    public var caseNumber: String?
    /// Null for a § without decision (only with `--case` or `--all-paragraphs`).
    public var decision: String?
    public var clauses: [String]
    /// Members with decision rights at the meeting.
    public var deciding: [String]
    public var documentId: String
    /// The organ that took the decision ("Kommunstyrelsen").
    public var decidedBy: String?
    /// The organ that decides last, when the meeting only proposed ("Kommunfullmäktige").
    public var proposedTo: String?
    /// The omröstningar of the §, as counts (every decision of a § shows the same).
    public var votes: [VoteCount]
    /// Everyone who reserved against a decision of the §.
    public var reservations: [String]
    /// "deciding", "assigned" or "present".
    public var personRole: String?
    /// The person's vote in the §'s last roll call that names them: "ja", "nej", "avstår" or
    /// "frånvarande"; null without one.
    public var personVote: String?

    public init(
        date: String?, organisation: String?, body: String?, paragraph: String, title: String?, caseNumber: String?,
        decision: String?, clauses: [String], deciding: [String], documentId: String, decidedBy: String? = nil,
        proposedTo: String? = nil, votes: [VoteCount] = [], reservations: [String] = [], personRole: String? = nil,
        personVote: String? = nil
    ) {
        self.date = date
        self.organisation = organisation
        self.body = body
        self.paragraph = paragraph
        self.title = title
        self.caseNumber = caseNumber
        self.decision = decision
        self.clauses = clauses
        self.deciding = deciding
        self.documentId = documentId
        self.decidedBy = decidedBy
        self.proposedTo = proposedTo
        self.votes = votes
        self.reservations = reservations
        self.personRole = personRole
        self.personVote = personVote
    }

    /// CSV and table columns. The columns after `documentId` came later and stand last, so that
    /// scripts reading the first ten by position keep working; the two person columns only with
    /// `--person`.
    public static let columns = [
        "date", "organisation", "body", "paragraph", "title", "caseNumber", "decision", "clauses", "deciding",
        "documentId", "decidedBy", "proposedTo", "votes", "reservations", "personRole", "personVote",
    ]
    public static let personColumns = 2

    enum CodingKeys: String, CodingKey {
        case date, organisation, body, paragraph, title, caseNumber, decision, clauses, deciding, documentId
        case decidedBy, proposedTo, votes, reservations, personRole, personVote
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            date: try container.decodeIfPresent(String.self, forKey: .date),
            organisation: try container.decodeIfPresent(String.self, forKey: .organisation),
            body: try container.decodeIfPresent(String.self, forKey: .body),
            paragraph: try container.decode(String.self, forKey: .paragraph),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            caseNumber: try container.decodeIfPresent(String.self, forKey: .caseNumber),
            decision: try container.decodeIfPresent(String.self, forKey: .decision),
            clauses: try container.decode([String].self, forKey: .clauses),
            deciding: try container.decode([String].self, forKey: .deciding),
            documentId: try container.decode(String.self, forKey: .documentId),
            decidedBy: try container.decodeIfPresent(String.self, forKey: .decidedBy),
            proposedTo: try container.decodeIfPresent(String.self, forKey: .proposedTo),
            votes: try container.decodeIfPresent([VoteCount].self, forKey: .votes) ?? [],
            reservations: try container.decodeIfPresent([String].self, forKey: .reservations) ?? [],
            personRole: try container.decodeIfPresent(String.self, forKey: .personRole),
            personVote: try container.decodeIfPresent(String.self, forKey: .personVote))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(organisation, forKey: .organisation)
        try container.encode(body, forKey: .body)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(title, forKey: .title)
        try container.encode(caseNumber, forKey: .caseNumber)
        try container.encode(decision, forKey: .decision)
        try container.encode(clauses, forKey: .clauses)
        try container.encode(deciding, forKey: .deciding)
        try container.encode(documentId, forKey: .documentId)
        try container.encode(decidedBy, forKey: .decidedBy)
        try container.encode(proposedTo, forKey: .proposedTo)
        try container.encode(votes, forKey: .votes)
        try container.encode(reservations, forKey: .reservations)
        if let personRole {
            try container.encode(personRole, forKey: .personRole)
            try container.encode(personVote, forKey: .personVote)
        }
    }

    /// The values of `columns` as text (lists joined with "; "), for CSV and tables.
    public var fields: [String] {
        [
            date ?? "", organisation ?? "", body ?? "", paragraph, title ?? "", caseNumber ?? "", decision ?? "",
            clauses.joined(separator: "; "), deciding.joined(separator: "; "), documentId, decidedBy ?? "",
            proposedTo ?? "", votes.map(\.summary).joined(separator: "; "), reservations.joined(separator: "; "),
            personRole ?? "", personVote ?? "",
        ]
    }
}

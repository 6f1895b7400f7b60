/// One decision as a query returns it. JSON field names are a contract for researchers' tools
/// (DuckDB, pandas, jq): every field is always written, `null` when unknown; `personRole` only
/// when the query asked for a person.
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
    /// "deciding", "assigned" or "present".
    public var personRole: String?

    public static let columns = [
        "date", "organisation", "body", "paragraph", "title", "caseNumber", "decision", "clauses", "deciding",
        "documentId", "personRole",
    ]

    enum CodingKeys: String, CodingKey {
        case date, organisation, body, paragraph, title, caseNumber, decision, clauses, deciding, documentId, personRole
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
        try container.encodeIfPresent(personRole, forKey: .personRole)
    }

    /// The values of `columns` as text (lists joined with "; "), for CSV and tables.
    public var fields: [String] {
        [
            date ?? "", organisation ?? "", body ?? "", paragraph, title ?? "", caseNumber ?? "", decision ?? "",
            clauses.joined(separator: "; "), deciding.joined(separator: "; "), documentId, personRole ?? "",
        ]
    }
}

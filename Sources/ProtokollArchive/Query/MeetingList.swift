/// One meeting (one stored document) for `protokoll meetings`.
public struct MeetingSummary: Sendable, Equatable, Codable {
    public var date: String?
    public var organisation: String?
    public var body: String?
    /// The § range as stated in the header, "15-26".
    public var paragraphs: String?
    public var decisions: Int
    public var adjusters: [String]
    public var id: String
    /// False for an earlier version of a meeting that was imported again from another file.
    public var current: Bool

    public static let columns = ["date", "organisation", "body", "paragraphs", "decisions", "adjusters", "id", "current"]

    enum CodingKeys: String, CodingKey {
        case date, organisation, body, paragraphs, decisions, adjusters, id, current
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(organisation, forKey: .organisation)
        try container.encode(body, forKey: .body)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(decisions, forKey: .decisions)
        try container.encode(adjusters, forKey: .adjusters)
        try container.encode(id, forKey: .id)
        try container.encode(current, forKey: .current)
    }

    public var fields: [String] {
        [
            date ?? "", organisation ?? "", body ?? "", paragraphs ?? "", String(decisions),
            adjusters.joined(separator: "; "), id, current ? "yes" : "no",
        ]
    }
}

extension DecisionSearch {
    /// The meetings that pass the document filters of `query` (dates, body, organisation,
    /// versions; a person filter keeps the meetings the person attended), sorted by date.
    public func meetings(matching query: DecisionQuery) -> [MeetingSummary] {
        var result: [MeetingSummary] = []
        for (segmentIndex, segment) in index.segments.enumerated() {
            var documents = documentFilter(query, segment: segment, segmentIndex: segmentIndex)
            if let person = query.person {
                let present = presence(of: person, in: segment, documents: documents)
                documents = documents.indices.map { present[$0] != nil }
            }
            for doc in 0..<segment.documentCount where documents[doc] {
                result.append(
                    MeetingSummary(
                        date: segment.docString(doc, D.date), organisation: segment.docString(doc, D.organisation),
                        body: segment.docString(doc, D.body),
                        paragraphs: segment.paragraphRange(doc).map { "\($0.0)-\($0.1)" },
                        decisions: segment.docInt(doc, D.decisionCount), adjusters: segment.docList(doc, D.adjusters),
                        id: segment.docString(doc, D.id) ?? "", current: index.isCurrent(segment: segmentIndex, doc: doc)))
            }
        }
        return result.sorted { ($0.date ?? "", $0.organisation ?? "", $0.body ?? "", $0.id) < ($1.date ?? "", $1.organisation ?? "", $1.body ?? "", $1.id) }
    }
}

/// One meeting in a person's timeline (`protokoll person NAME`).
public struct TimelineMeeting: Sendable, Equatable, Codable {
    public var date: String?
    public var organisation: String?
    public var body: String?
    public var documentId: String
    /// The role as written in the minutes ("ordförande", "tjänstgörande ersättare"), if any.
    public var role: String?
    /// Had decision rights at this meeting.
    public var deciding: Bool
    /// Present at the meeting (false when the person is only named in a decision).
    public var present: Bool
    /// The decisions taken while the person was deciding, and those that name the person.
    public var decisions: [DecisionRow]

    enum CodingKeys: String, CodingKey {
        case date, organisation, body, documentId, role, deciding, present, decisions
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(organisation, forKey: .organisation)
        try container.encode(body, forKey: .body)
        try container.encode(documentId, forKey: .documentId)
        try container.encode(role, forKey: .role)
        try container.encode(deciding, forKey: .deciding)
        try container.encode(present, forKey: .present)
        try container.encode(decisions, forKey: .decisions)
    }
}

extension DecisionSearch {
    /// Every meeting the person attended or was named in a decision of, by date. The other filters
    /// of `query` (dates, body, organisation, text) narrow it.
    public func timeline(of person: NameMatcher, query: DecisionQuery = DecisionQuery()) -> [TimelineMeeting] {
        var query = query
        query.person = person
        var meetings: [String: TimelineMeeting] = [:]
        for (segmentIndex, segment) in index.segments.enumerated() {
            let documents = documentFilter(query, segment: segment, segmentIndex: segmentIndex)
            for (doc, presence) in self.presence(of: person, in: segment, documents: documents) {
                let id = segment.docString(doc, D.id) ?? ""
                meetings[id] = TimelineMeeting(
                    date: segment.docString(doc, D.date), organisation: segment.docString(doc, D.organisation),
                    body: segment.docString(doc, D.body), documentId: id, role: presence.role,
                    deciding: presence.deciding, present: true, decisions: [])
            }
        }
        // A text filter limits the timeline to meetings with matching decisions.
        let rows = rows(matching: query)
        if query.text != nil {
            let withRows = Set(rows.map(\.documentId))
            meetings = meetings.filter { withRows.contains($0.key) }
        }
        for row in rows where row.personRole == "deciding" || row.personRole == "assigned" {
            if meetings[row.documentId] == nil {
                meetings[row.documentId] = TimelineMeeting(
                    date: row.date, organisation: row.organisation, body: row.body, documentId: row.documentId,
                    role: nil, deciding: false, present: false, decisions: [])
            }
            meetings[row.documentId]?.decisions.append(row)
        }
        return meetings.values.sorted { ($0.date ?? "", $0.documentId) < ($1.date ?? "", $1.documentId) }
    }
}

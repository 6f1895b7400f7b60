/// One § of a protokoll, or one numbered point of minnesanteckningar.
public struct Paragraph: Codable, Sendable, Equatable {
    /// As a string: "15", or "3" for point 3, or "5.2".
    public var number: String
    public var title: String?
    /// Dnr / diarienummer.
    public var caseNumber: String?
    /// The cleaned body, without heading, title and case number.
    public var text: String
    public var sections: [Section]
    public var decisions: [Decision]
    /// Who gets an extract: "Utdrag: YLA", "Expedieras till ...".
    public var recipients: [String]
    /// Earlier decisions quoted in the text; never decisions of this meeting.
    public var references: [Reference]
    /// Omröstningar: stated results and named ballots.
    public var votes: [Vote]
    /// Members who reserved themselves against a decision of this §.
    public var reservations: [Reservation]
    /// 1-based line of the heading in the source file.
    public var line: Int

    public init(
        number: String, title: String? = nil, caseNumber: String? = nil, text: String = "",
        sections: [Section] = [], decisions: [Decision] = [], recipients: [String] = [],
        references: [Reference] = [], votes: [Vote] = [], reservations: [Reservation] = [], line: Int
    ) {
        self.votes = votes
        self.reservations = reservations
        self.number = number
        self.title = title
        self.caseNumber = caseNumber
        self.text = text
        self.sections = sections
        self.decisions = decisions
        self.recipients = recipients
        self.references = references
        self.line = line
    }
}

extension Paragraph {
    private enum CodingKeys: String, CodingKey {
        case number, title, caseNumber, text, sections, decisions, recipients, references, votes, reservations, line
    }

    /// Documents archived before votes and reservations were read have neither: they decode as none,
    /// so that `show`, `reindex` and `reparse` keep working on an older archive.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            number: try container.decode(String.self, forKey: .number),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            caseNumber: try container.decodeIfPresent(String.self, forKey: .caseNumber),
            text: try container.decode(String.self, forKey: .text),
            sections: try container.decode([Section].self, forKey: .sections),
            decisions: try container.decode([Decision].self, forKey: .decisions),
            recipients: try container.decode([String].self, forKey: .recipients),
            references: try container.decode([Reference].self, forKey: .references),
            votes: try container.decodeIfPresent([Vote].self, forKey: .votes) ?? [],
            reservations: try container.decodeIfPresent([Reservation].self, forKey: .reservations) ?? [],
            line: try container.decode(Int.self, forKey: .line))
    }
}

/// A sub-rubric of a § ("Bakgrund", "Beslut", "Ärendebeskrivning") and its text.
public struct Section: Codable, Sendable, Equatable {
    public var heading: String
    public var text: String

    public init(heading: String, text: String) {
        self.heading = heading
        self.text = text
    }
}

/// A resolution of the body at this meeting.
public struct Decision: Codable, Sendable, Equatable {
    /// The subject that decides ("Samverkansnämnden", "Styrelsen"); for a passive formula ("Dagordningen
    /// fastställs") the body that met; null only when no body is known.
    public var decidedBy: String?
    /// The whole decision text.
    public var text: String
    /// Each att-sats, without the leading "att".
    public var clauses: [String]
    /// The organ that takes the final decision when this one is a proposal to it ("Kommunstyrelsen
    /// föreslår kommunfullmäktige besluta …", "Arbetsutskottets förslag till regionstyrelsen");
    /// null when the body decided itself.
    public var proposedTo: String?

    public init(decidedBy: String?, text: String, clauses: [String], proposedTo: String? = nil) {
        self.decidedBy = decidedBy
        self.text = text
        self.clauses = clauses
        self.proposedTo = proposedTo
    }
}

/// An earlier decision quoted in the text ("Nämnden beslutade den 8 november 2013 att ...").
public struct Reference: Codable, Sendable, Equatable {
    public var body: String?
    public var date: String?
    public var text: String

    public init(body: String?, date: String?, text: String) {
        self.body = body
        self.date = date
        self.text = text
    }
}

/// Something that could not be placed or looks inconsistent.
public struct Warning: Codable, Sendable, Equatable {
    public var code: String
    public var message: String
    /// 1-based line in the source file, when the problem has a place.
    public var line: Int?

    public init(code: String, message: String, line: Int?) {
        self.code = code
        self.message = message
        self.line = line
    }
}

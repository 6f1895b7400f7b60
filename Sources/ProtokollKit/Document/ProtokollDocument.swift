/// The JSON document produced for one set of minutes. Field names are a public contract,
/// described by `schemas/protokoll.schema.json`; absent values are written as `null`, never omitted,
/// so every document has the same columns.
public struct ProtokollDocument: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// Stable id derived from the source bytes: the same input always gives the same id.
    public var id: String
    public var kind: DocumentKind
    public var title: String
    public var organisation: String?
    public var body: String?
    public var meeting: Meeting
    public var paragraphRange: ParagraphRange?
    public var attendance: [Attendee]
    public var chair: String?
    public var secretary: String?
    public var adjusters: [String]
    public var adjustment: Adjustment?
    public var announcement: Announcement?
    public var paragraphs: [Paragraph]
    public var warnings: [Warning]
    public var source: SourceInfo

    public init(
        id: String, kind: DocumentKind, title: String, organisation: String? = nil, body: String? = nil,
        meeting: Meeting = Meeting(), paragraphRange: ParagraphRange? = nil, attendance: [Attendee] = [],
        chair: String? = nil, secretary: String? = nil, adjusters: [String] = [], adjustment: Adjustment? = nil,
        announcement: Announcement? = nil, paragraphs: [Paragraph] = [], warnings: [Warning] = [],
        source: SourceInfo
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.id = id
        self.kind = kind
        self.title = title
        self.organisation = organisation
        self.body = body
        self.meeting = meeting
        self.paragraphRange = paragraphRange
        self.attendance = attendance
        self.chair = chair
        self.secretary = secretary
        self.adjusters = adjusters
        self.adjustment = adjustment
        self.announcement = announcement
        self.paragraphs = paragraphs
        self.warnings = warnings
        self.source = source
    }
}

public enum DocumentKind: String, Codable, Sendable, Equatable, CaseIterable {
    case protokoll
    case minnesanteckningar
}

public struct Meeting: Codable, Sendable, Equatable {
    /// ISO date `YYYY-MM-DD`.
    public var date: String?
    /// `HH:MM`.
    public var startTime: String?
    public var endTime: String?
    public var place: String?

    public init(date: String? = nil, startTime: String? = nil, endTime: String? = nil, place: String? = nil) {
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.place = place
    }
}

/// The § range as stated in the header ("§§ 15 - 26", "Paragrafer 15 - 28").
public struct ParagraphRange: Codable, Sendable, Equatable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }
}

/// Justering: when and where the minutes were adjusted (signed as correct).
public struct Adjustment: Codable, Sendable, Equatable {
    public var date: String?
    public var place: String?

    public init(date: String? = nil, place: String? = nil) {
        self.date = date
        self.place = place
    }
}

/// Anslag: the posting of the adjusted minutes on the notice board. `raw` keeps what was written,
/// also when it is only partly filled in ("2014-05-") and `date` is therefore null.
public struct Announcement: Codable, Sendable, Equatable {
    public var date: String?
    public var raw: String

    public init(date: String?, raw: String) {
        self.date = date
        self.raw = raw
    }
}

public struct SourceInfo: Codable, Sendable, Equatable {
    public var file: String
    public var sha256: String
    public var encoding: String
    public var bytes: Int

    public init(file: String, sha256: String, encoding: String, bytes: Int) {
        self.file = file
        self.sha256 = sha256
        self.encoding = encoding
        self.bytes = bytes
    }
}

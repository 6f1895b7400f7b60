/// One person present at the meeting. Every present person appears once.
public struct Attendee: Codable, Sendable, Equatable {
    public var name: String
    /// True for beslutande: ledamöter and tjänstgörande ersättare.
    public var deciding: Bool
    /// As written: "ordförande", "tjänstgörande ersättare", "sekreterare", "praktikant".
    public var role: String?
    /// Party tag without parentheses: "S", "KD".
    public var party: String?
    public var organisation: String?
    /// For "A ersätter B": the name of B.
    public var replaces: String?
    /// Participation limited to some §, as written: "§§ 18, 19, 26", "ej § 88". A jäv stated in a §
    /// adds "ej § N"; a substitute who takes the seat there gets "§ N" (see `Disqualification`).
    public var paragraphs: String?

    public init(
        name: String, deciding: Bool, role: String? = nil, party: String? = nil, organisation: String? = nil,
        replaces: String? = nil, paragraphs: String? = nil
    ) {
        self.name = name
        self.deciding = deciding
        self.role = role
        self.party = party
        self.organisation = organisation
        self.replaces = replaces
        self.paragraphs = paragraphs
    }
}

/// An omröstning (votering) in a §: the stated result, and how each named member voted where the
/// minutes list them (a roll-call table, "Ja-röster: …", "Anna Ek (S) - JA").
public struct Vote: Codable, Sendable, Equatable {
    /// Ja-röster, nej-röster, those who abstained (avstår) and, in a roll call, those absent. As
    /// stated in the text; counted from the named ballots where no number is stated.
    public var yes: Int?
    public var no: Int?
    public var abstained: Int?
    public var absent: Int?
    public var ballots: [Ballot]

    public init(yes: Int? = nil, no: Int? = nil, abstained: Int? = nil, absent: Int? = nil, ballots: [Ballot] = []) {
        self.yes = yes
        self.no = no
        self.abstained = abstained
        self.absent = absent
        self.ballots = ballots
    }
}

/// One member's vote in a roll call.
public struct Ballot: Codable, Sendable, Equatable {
    public enum Choice: String, Codable, Sendable, CaseIterable {
        case yes = "ja", no = "nej", abstained = "avstår", absent = "frånvarande"
    }

    public var name: String
    public var party: String?
    public var vote: Choice

    public init(name: String, party: String? = nil, vote: Choice) {
        self.name = name
        self.party = party
        self.vote = vote
    }
}

/// A reservation against the decision ("Mot beslutet reserverar sig Anna Ek (M)", "avvikande
/// mening"): who reserved, and the sentence that says so.
public struct Reservation: Codable, Sendable, Equatable {
    public var names: [String]
    public var text: String

    public init(names: [String], text: String) {
        self.names = names
        self.text = text
    }
}

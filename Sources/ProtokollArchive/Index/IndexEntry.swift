import ProtokollKit

/// Everything the index keeps about one document: what queries filter on (pre-folded keys) and
/// what they print, so a query never has to open the document itself. Derived from the document
/// alone (plus the arrival sequence from the journal), so `reindex` rebuilds it exactly.
public struct IndexEntry: Sendable, Equatable {
    public var id: String
    /// Arrival order (see `ImportJournal`): the highest of a meeting's versions is current.
    public var sequence: UInt64
    public var kind: String
    public var date: String?
    public var organisation: String?
    public var body: String?
    public var paragraphRange: ParagraphRange?
    /// Same organisation, body, date and § range: the versions of one meeting. Nil when the
    /// document has no date, as then nothing says two documents are the same meeting.
    public var meetingKey: String?
    public var chair: String?
    public var adjusters: [String]
    public var persons: [Person]
    public var paragraphs: [Item]

    public struct Person: Sendable, Equatable {
        public var name: String
        public var key: String
        public var role: String?
        public var deciding: Bool
        /// Participation limited to some §, as written ("§§ 18, 19, 26").
        public var paragraphs: String?
    }

    /// One § with its decisions and the folded words of its title, texts and decisions.
    public struct Item: Sendable, Equatable {
        public var number: String
        public var title: String?
        public var caseNumber: String?
        public var caseKey: String?
        public var decisions: [Decision]
        /// The §'s omröstningar, as counts.
        public var votes: [VoteCount]
        /// Everyone who reserved against a decision of the § (unique, in order of mention).
        public var reservations: [String]
        /// Named votes of the § in the order of its omröstningar: the voter's name key and vote.
        public var ballots: [BallotKey]
        /// Unique, in no particular order: a segment stores them by word, so equality ignores it.
        public var words: [String]

        public static func == (a: Item, b: Item) -> Bool {
            a.number == b.number && a.title == b.title && a.caseNumber == b.caseNumber && a.caseKey == b.caseKey
                && a.decisions == b.decisions && a.votes == b.votes && a.reservations == b.reservations
                && a.ballots == b.ballots && a.words.count == b.words.count && a.words.sorted() == b.words.sorted()
        }
    }

    public struct Decision: Sendable, Equatable {
        public var decidedBy: String?
        public var proposedTo: String?
        public var text: String
        public var clauses: [String]
    }

    /// A voter of a roll call as the index keeps them: matched by name key, as attendees are.
    public struct BallotKey: Sendable, Equatable {
        public var key: String
        public var vote: String
    }

    public var deciding: [String] { persons.filter(\.deciding).map(\.name) }
    public var decisionCount: Int { paragraphs.reduce(0) { $0 + $1.decisions.count } }
}

extension IndexEntry {
    public init(document: ProtokollDocument, sequence: UInt64) {
        id = document.id
        self.sequence = sequence
        kind = document.kind.rawValue
        date = document.meeting.date
        organisation = document.organisation
        body = document.body
        paragraphRange = document.paragraphRange
        meetingKey = MeetingKey.of(document)
        chair = document.chair
        adjusters = document.adjusters
        persons = document.attendance.map { attendee in
            Person(
                name: attendee.name, key: NameMatcher.key(attendee.name), role: attendee.role,
                deciding: attendee.deciding, paragraphs: attendee.paragraphs)
        }
        paragraphs = document.paragraphs.map { paragraph in
            // Deduplicated by a 64-bit hash of the folded bytes, so a String is made once per
            // distinct word (a collision, ~1e-15 per §, would only drop a word from the index).
            var seen = Set<UInt64>()
            var unique: [String] = []
            func add(_ text: String?) {
                guard let text else { return }
                TextFolding.forEachWord(in: text) { word in
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                    if seen.insert(hash).inserted { unique.append(String(decoding: word, as: UTF8.self)) }
                }
            }
            add(paragraph.title)
            add(paragraph.text)
            // A section's text is, as a rule, lines of the § text itself: its words are there already.
            for section in paragraph.sections where !Self.standsAsLines(section.text, in: paragraph.text) { add(section.text) }
            for decision in paragraph.decisions { add(decision.text) }
            return Item(
                number: paragraph.number, title: paragraph.title, caseNumber: paragraph.caseNumber,
                caseKey: paragraph.caseNumber.map(CaseNumber.key),
                decisions: paragraph.decisions.map {
                    Decision(decidedBy: $0.decidedBy, proposedTo: $0.proposedTo, text: $0.text, clauses: $0.clauses)
                },
                votes: paragraph.votes.map(VoteCount.init),
                reservations: Self.reservationNames(paragraph.reservations),
                ballots: paragraph.votes.flatMap { vote in
                    vote.ballots.map { BallotKey(key: NameMatcher.key($0.name), vote: $0.vote.rawValue) }
                },
                words: unique)
        }
    }
}

extension IndexEntry {
    static func reservationNames(_ reservations: [Reservation]) -> [String] {
        var seen = Set<String>()
        return reservations.flatMap(\.names).filter { seen.insert($0).inserted }
    }

    /// True when `part` occurs in `text` from the start of a line to the end of a line: then every
    /// word of `part` is a word of `text` (line breaks separate words), and scanning it again would
    /// add nothing to the §'s words.
    static func standsAsLines(_ part: String, in text: String) -> Bool {
        var part = part, text = text
        return part.withUTF8 { needle in
            text.withUTF8 { haystack in
                guard !needle.isEmpty else { return true }
                var lineStart = 0
                while lineStart + needle.count <= haystack.count {
                    let end = lineStart + needle.count
                    if end == haystack.count || haystack[end] == 0x0A,
                       UnsafeBufferPointer(rebasing: haystack[lineStart..<end]).elementsEqual(needle) {
                        return true
                    }
                    // The next line start.
                    guard let newline = haystack[lineStart...].firstIndex(of: 0x0A) else { return false }
                    lineStart = newline + 1
                }
                return false
            }
        }
    }
}

/// The key that makes two documents versions of one meeting.
public enum MeetingKey {
    public static func of(_ document: ProtokollDocument) -> String? {
        guard let date = document.meeting.date, document.organisation != nil || document.body != nil else { return nil }
        let range = document.paragraphRange.map { "\($0.first)-\($0.last)" } ?? "-"
        return [
            TextFolding.key(document.organisation ?? ""), TextFolding.key(document.body ?? ""), date, range,
        ].joined(separator: "|")
    }
}

/// Case numbers (diarienummer) as keys: "Dnr KS 2018/14" and "ks 2018/14" are one key. The index
/// also lists each token suffix ("2018/14"), so a query may leave out the series.
public enum CaseNumber {
    static let joiners: Set<Unicode.Scalar> = ["-", ".", "/", ":"]

    public static func key(_ text: String) -> String {
        var tokens = TextFolding.tokens(text, keeping: joiners)
        if tokens.first == "dnr" || tokens.first == "diarienummer" || tokens.first == "diarienr" { tokens.removeFirst() }
        return tokens.joined(separator: " ")
    }
}

/// The binary layout of an index segment. A segment is read through `mmap` without parsing: every
/// table is an array of little-endian UInt32 fields with a fixed width per record, strings are
/// (offset, length) pairs into one pool, so a cold query touches only the pages it needs.
///
///     header   magic "PKSEG004", then UInt32 counts and UInt64 table offsets (see `Header`)
///     docs     `DocField.count` fields per document
///     persons  `PersonField.count` fields per attendee
///     items    `ItemField.count` fields per §
///     rows     `RowField.count` fields per decision (a § without decisions has one row, flagged)
///     vocab    `VocabField.count` fields per distinct key, sorted by UTF-8 bytes
///     postings UInt32 ordinals, ascending within each key
///     pool     UTF-8 bytes of every string
///
/// The vocabulary holds the folded words of §§ (postings: § ordinals) and, behind a control
/// byte that no word starts with, the other search keys (see `Namespace`), so that a query finds
/// its candidates by binary search and reads no strings of documents it does not return.
enum SegmentFormat {
    static let version = 4
    static let magic: [UInt8] = Array("PKSEG004".utf8)
    /// The magic without its version number: a segment of another format starts with it.
    static let family: [UInt8] = Array("PKSEG".utf8)

    /// The format number of a segment's first eight bytes ("PKSEG003" → 3); nil for another file.
    static func version(ofMagic head: [UInt8]) -> Int? {
        guard head.count == magic.count, Array(head.prefix(family.count)) == family else { return nil }
        return Int(String(decoding: head.dropFirst(family.count), as: UTF8.self))
    }

    /// Vocabulary keys other than words: the byte before the key, and what the postings are.
    enum Namespace: UInt8 {
        /// A case number key, and each of its token suffixes ("ks 2018/14", "2018/14") → §§.
        case caseNumber = 1
        /// A token of an attendee's name key → attendees.
        case person = 2
        /// A token of the body's key → documents.
        case body = 3
        /// A token of the organisation's key → documents.
        case organisation = 4

        func key(_ text: some StringProtocol) -> [UInt8] {
            [rawValue] + Array(text.utf8)
        }

        /// `key` as the String the segment writer collects keys in (the namespace byte is ASCII).
        func keyString(_ text: some StringProtocol) -> String {
            String(UnicodeScalar(rawValue)) + text
        }
    }
    /// Offset value of a nil string.
    static let none: UInt32 = .max
    /// Joins list values (clauses, adjusters) inside one pool string; never occurs in text.
    static let separator: UInt8 = 0x1F
    /// Separates the parts of one list value (a ballot's vote and name key).
    static let unitSeparator: UInt8 = 0x1E

    static let headerCounts = 6
    static let headerTables = 7
    static let headerSize = magic.count + headerCounts * 4 + headerTables * 8

    enum DocField {
        static let id = 0, date = 2, organisation = 4, body = 6, organisationKey = 8, bodyKey = 10
        static let meetingKey = 12, rangeFirst = 14, rangeLast = 15, sequence = 16, adjusters = 18
        static let deciding = 20, firstPerson = 22, personCount = 23, firstItem = 24, itemCount = 25
        static let decisionCount = 26, meetingHash = 27, kind = 29, chair = 31
        /// The date as the number YYYYMMDD (0: none): date filters read no strings.
        static let dateNumber = 33
        static let count = 34
    }

    enum PersonField {
        static let doc = 0, name = 1, key = 3, role = 5, paragraphs = 7, flags = 9
        static let count = 10
        static let deciding: UInt32 = 1
    }

    enum ItemField {
        static let doc = 0, number = 1, title = 3, caseNumber = 5, caseKey = 7, firstRow = 9, rowCount = 10
        /// A list of `VoteCount.stored`; a list of names; a list of "vote<0x1E>name key".
        static let votes = 11, reservations = 13, ballots = 15
        static let count = 17
    }

    enum RowField {
        static let item = 0, decision = 1, clauses = 3, decidedBy = 5, proposedTo = 7, flags = 9
        static let count = 10
        static let isDecision: UInt32 = 1
    }

    enum VocabField {
        static let word = 0, firstPosting = 2, postingCount = 3
        static let count = 4
    }

    /// "2014-04-25" → 20140425; 0 for no date or another form.
    static func dateNumber(_ date: String?) -> UInt32 {
        guard let date else { return 0 }
        let digits = date.utf8.filter { $0 != UInt8(ascii: "-") }
        guard date.utf8.count == 10, digits.count == 8, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return 0 }
        return digits.reduce(0) { $0 * 10 + UInt32($1 - 0x30) }
    }

    /// FNV-1a: a stable 64-bit hash of the meeting key, so the current version of every meeting can
    /// be found with one dictionary over integers instead of a string per document.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash == 0 ? 1 : hash
    }
}

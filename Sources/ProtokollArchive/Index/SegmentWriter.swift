import Foundation

/// Builds the bytes of one segment from index entries (see `SegmentFormat`).
struct SegmentWriter {
    private var docs: [UInt32] = []
    private var persons: [UInt32] = []
    private var items: [UInt32] = []
    private var rows: [UInt32] = []
    private var pool: [UInt8] = []
    /// Vocabulary keys (words, or a namespace byte and a key) → ordinals. String keys: a word is
    /// a String already, and Strings hash their bytes at once where `[UInt8]` hashes byte by byte.
    private var postings: [String: [UInt32]] = [:]
    private(set) var documentCount = 0

    /// Segments stay below this many pool bytes so UInt32 offsets never overflow.
    static let poolLimit = 3_500_000_000

    var poolSize: Int { pool.count }

    mutating func add(_ entry: IndexEntry) throws {
        typealias D = SegmentFormat.DocField
        let doc = UInt32(documentCount)
        var record = [UInt32](repeating: 0, count: D.count)
        func put(_ field: Int, _ text: String?) {
            let (offset, length) = string(text)
            record[field] = offset
            record[field + 1] = length
        }
        put(D.id, entry.id)
        put(D.date, entry.date)
        put(D.organisation, entry.organisation)
        put(D.body, entry.body)
        put(D.organisationKey, entry.organisation.map(NameMatcher.key))
        put(D.bodyKey, entry.body.map(NameMatcher.key))
        put(D.meetingKey, entry.meetingKey)
        record[D.rangeFirst] = entry.paragraphRange.map { UInt32(truncatingIfNeeded: $0.first) &+ 1 } ?? 0
        record[D.rangeLast] = entry.paragraphRange.map { UInt32(truncatingIfNeeded: $0.last) &+ 1 } ?? 0
        record[D.sequence] = UInt32(truncatingIfNeeded: entry.sequence)
        record[D.sequence + 1] = UInt32(truncatingIfNeeded: entry.sequence >> 32)
        put(D.adjusters, joined(entry.adjusters))
        put(D.deciding, joined(entry.deciding))
        record[D.firstPerson] = UInt32(persons.count / SegmentFormat.PersonField.count)
        record[D.personCount] = UInt32(entry.persons.count)
        record[D.firstItem] = UInt32(items.count / SegmentFormat.ItemField.count)
        record[D.itemCount] = UInt32(entry.paragraphs.count)
        record[D.decisionCount] = UInt32(entry.decisionCount)
        let hash = entry.meetingKey.map(SegmentFormat.hash) ?? 0
        record[D.meetingHash] = UInt32(truncatingIfNeeded: hash)
        record[D.meetingHash + 1] = UInt32(truncatingIfNeeded: hash >> 32)
        put(D.kind, entry.kind)
        put(D.chair, entry.chair)
        record[D.dateNumber] = SegmentFormat.dateNumber(entry.date)
        docs.append(contentsOf: record)
        for token in Set(entry.body.map(NameMatcher.key)?.split(separator: " ") ?? []) {
            postings[SegmentFormat.Namespace.body.keyString(token), default: []].append(doc)
        }
        for token in Set(entry.organisation.map(NameMatcher.key)?.split(separator: " ") ?? []) {
            postings[SegmentFormat.Namespace.organisation.keyString(token), default: []].append(doc)
        }

        // Appended field by field into the tables (no temporary arrays: this runs per import).
        for person in entry.persons {
            let ordinal = UInt32(persons.count / SegmentFormat.PersonField.count)
            for token in Set(person.key.split(separator: " ")) {
                postings[SegmentFormat.Namespace.person.keyString(token), default: []].append(ordinal)
            }
            persons.append(doc)
            Self.put(person.name, into: &persons, pool: &pool)
            Self.put(person.key, into: &persons, pool: &pool)
            Self.put(person.role, into: &persons, pool: &pool)
            Self.put(person.paragraphs, into: &persons, pool: &pool)
            persons.append(person.deciding ? SegmentFormat.PersonField.deciding : 0)
        }
        for item in entry.paragraphs {
            let ordinal = UInt32(items.count / SegmentFormat.ItemField.count)
            items.append(doc)
            Self.put(item.number, into: &items, pool: &pool)
            Self.put(item.title, into: &items, pool: &pool)
            Self.put(item.caseNumber, into: &items, pool: &pool)
            Self.put(item.caseKey, into: &items, pool: &pool)
            items.append(UInt32(rows.count / SegmentFormat.RowField.count))
            items.append(UInt32(max(1, item.decisions.count)))
            Self.put(joined(item.votes.map(\.stored)), into: &items, pool: &pool)
            Self.put(joined(item.reservations), into: &items, pool: &pool)
            let unit = String(UnicodeScalar(SegmentFormat.unitSeparator))
            Self.put(joined(item.ballots.map { $0.vote + unit + $0.key }), into: &items, pool: &pool)
            if item.decisions.isEmpty {
                rows.append(ordinal)
                for _ in 0..<4 { Self.put(nil, into: &rows, pool: &pool) }
                rows.append(0)
            }
            for decision in item.decisions {
                rows.append(ordinal)
                Self.put(decision.text, into: &rows, pool: &pool)
                Self.put(joined(decision.clauses), into: &rows, pool: &pool)
                Self.put(decision.decidedBy, into: &rows, pool: &pool)
                Self.put(decision.proposedTo, into: &rows, pool: &pool)
                rows.append(SegmentFormat.RowField.isDecision)
            }
            for word in item.words {
                postings[word, default: []].append(ordinal)
            }
            if let caseKey = item.caseKey {
                let tokens = caseKey.split(separator: " ")
                for start in tokens.indices {
                    postings[SegmentFormat.Namespace.caseNumber.keyString(tokens[start...].joined(separator: " ")), default: []].append(ordinal)
                }
            }
        }
        documentCount += 1
    }

    /// The finished segment.
    func bytes() -> Data {
        var pool = self.pool
        // Sorted by bytes, as `Segment` searches them (String's own order is by canonical equivalence).
        let words = postings.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var vocab: [UInt32] = []
        vocab.reserveCapacity(words.count * SegmentFormat.VocabField.count)
        var postingList: [UInt32] = []
        for word in words {
            let list = postings[word] ?? []
            vocab.append(UInt32(pool.count))
            vocab.append(UInt32(word.utf8.count))
            pool.append(contentsOf: word.utf8)
            vocab.append(UInt32(postingList.count))
            vocab.append(UInt32(list.count))
            postingList.append(contentsOf: list)
        }
        let tables = [docs, persons, items, rows, vocab, postingList]
        var data = Data(SegmentFormat.magic)
        func put32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        func put64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        put32(UInt32(documentCount))
        put32(UInt32(persons.count / SegmentFormat.PersonField.count))
        put32(UInt32(items.count / SegmentFormat.ItemField.count))
        put32(UInt32(rows.count / SegmentFormat.RowField.count))
        put32(UInt32(words.count))
        put32(UInt32(postingList.count))
        var offset = UInt64(SegmentFormat.headerSize)
        for table in tables {
            put64(offset)
            offset += UInt64(table.count * 4)
        }
        put64(offset)
        data.reserveCapacity(Int(offset) + pool.count)
        for table in tables {
            table.withUnsafeBufferPointer { buffer in
                // Little-endian hosts only (x86-64, arm64), which `Segment` checks on open.
                data.append(UnsafeBufferPointer(start: UnsafeRawPointer(buffer.baseAddress)?.assumingMemoryBound(to: UInt8.self), count: buffer.count * 4))
            }
        }
        data.append(contentsOf: pool)
        return data
    }

    private func joined(_ values: [String]) -> String? {
        values.isEmpty ? nil : values.joined(separator: String(UnicodeScalar(SegmentFormat.separator)))
    }

    private mutating func string(_ text: String?) -> (UInt32, UInt32) {
        guard let text else { return (SegmentFormat.none, 0) }
        let offset = UInt32(truncatingIfNeeded: pool.count)
        pool.append(contentsOf: text.utf8)
        return (offset, UInt32(truncatingIfNeeded: text.utf8.count))
    }

    private static func put(_ text: String?, into table: inout [UInt32], pool: inout [UInt8]) {
        guard let text else {
            table.append(SegmentFormat.none)
            table.append(0)
            return
        }
        table.append(UInt32(truncatingIfNeeded: pool.count))
        let before = pool.count
        pool.append(contentsOf: text.utf8)
        table.append(UInt32(truncatingIfNeeded: pool.count - before))
    }
}

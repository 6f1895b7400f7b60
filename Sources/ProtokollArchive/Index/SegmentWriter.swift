import Foundation

/// Builds the bytes of one segment from index entries (see `SegmentFormat`).
struct SegmentWriter {
    private var docs: [UInt32] = []
    private var persons: [UInt32] = []
    private var items: [UInt32] = []
    private var rows: [UInt32] = []
    private var pool: [UInt8] = []
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
        docs.append(contentsOf: record)

        for person in entry.persons {
            var record = [doc]
            record += ref(person.name) + ref(person.key) + ref(person.role) + ref(person.paragraphs)
            record.append(person.deciding ? SegmentFormat.PersonField.deciding : 0)
            persons += record
        }
        for item in entry.paragraphs {
            let ordinal = UInt32(items.count / SegmentFormat.ItemField.count)
            var record = [doc]
            record += ref(item.number) + ref(item.title) + ref(item.caseNumber) + ref(item.caseKey)
            record.append(UInt32(rows.count / SegmentFormat.RowField.count))
            record.append(UInt32(max(1, item.decisions.count)))
            items += record
            if item.decisions.isEmpty {
                rows += [ordinal] + ref(nil) + ref(nil) + ref(nil) + [0]
            }
            for decision in item.decisions {
                let clauses = joined(decision.clauses)
                rows += [ordinal] + ref(decision.text) + ref(clauses) + ref(decision.decidedBy)
                rows.append(SegmentFormat.RowField.isDecision)
            }
            for word in item.words {
                postings[word, default: []].append(ordinal)
            }
        }
        documentCount += 1
    }

    /// The finished segment.
    func bytes() -> Data {
        var pool = self.pool
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

    private mutating func ref(_ text: String?) -> [UInt32] {
        let (offset, length) = string(text)
        return [offset, length]
    }
}

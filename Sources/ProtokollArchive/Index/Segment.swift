import Foundation
import ProtokollKit

/// A read-only view of one segment file through `mmap`: opening costs a system call, not a parse,
/// and the kernel's page cache is shared by every query process.
public final class Segment: @unchecked Sendable {
    // @unchecked: the mapping is created in `init`, never written, and unmapped in `deinit`, so
    // sharing the pointer between threads is safe.
    public let name: String
    private let base: UnsafeRawPointer
    private let size: Int

    public let documentCount: Int
    let personCount: Int
    let itemCount: Int
    let rowCount: Int
    let wordCount: Int
    let postingCount: Int
    private let docs: Int, persons: Int, items: Int, rows: Int, vocab: Int, postings: Int, pool: Int

    /// True when the file at `url` is a segment of an earlier format (its magic says "PKSEG" with
    /// another number).
    static func isOutdated(_ url: URL) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: SegmentFormat.magic.count)).map(Array.init) ?? []
        return SegmentFormat.version(ofMagic: head).map { $0 < SegmentFormat.version } ?? false
    }

    public init(url: URL) throws {
        name = url.lastPathComponent
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ArchiveError.io(path: url.path, errno: errno, action: "open") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ArchiveError.io(path: url.path, errno: errno, action: "stat") }
        size = Int(status.st_size)
        guard size >= SegmentFormat.headerSize else { throw ArchiveError.corruptIndex(path: url.path, reason: "too short") }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0), mapped != MAP_FAILED else {
            throw ArchiveError.io(path: url.path, errno: errno, action: "map")
        }
        let base = UnsafeRawPointer(mapped)
        self.base = base
        let bytes = UnsafeRawBufferPointer(start: base, count: SegmentFormat.magic.count)
        guard Array(bytes) == SegmentFormat.magic, 1.littleEndian == 1 else {
            let version = SegmentFormat.version(ofMagic: Array(bytes))
            munmap(mapped, size)
            if let version, version < SegmentFormat.version { throw ArchiveError.outdatedIndex(path: url.path) }
            if version != nil { throw ArchiveError.corruptIndex(path: url.path, reason: "written by a newer version of protokoll") }
            throw ArchiveError.corruptIndex(path: url.path, reason: "not an index segment")
        }
        let counts = (0..<SegmentFormat.headerCounts).map { index in
            Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: SegmentFormat.magic.count + index * 4, as: UInt32.self)))
        }
        let tablesStart = SegmentFormat.magic.count + SegmentFormat.headerCounts * 4
        let offsets = (0..<SegmentFormat.headerTables).map { index in
            Int(truncatingIfNeeded: UInt64(littleEndian: base.loadUnaligned(fromByteOffset: tablesStart + index * 8, as: UInt64.self)))
        }
        var countIterator = counts.makeIterator(), offsetIterator = offsets.makeIterator()
        func read32() -> Int { countIterator.next() ?? 0 }
        func read64() -> Int { offsetIterator.next() ?? 0 }
        documentCount = read32()
        personCount = read32()
        itemCount = read32()
        rowCount = read32()
        wordCount = read32()
        postingCount = read32()
        docs = read64()
        persons = read64()
        items = read64()
        rows = read64()
        vocab = read64()
        postings = read64()
        pool = read64()
        let expectedEnds = [
            (docs, documentCount * SegmentFormat.DocField.count), (persons, personCount * SegmentFormat.PersonField.count),
            (items, itemCount * SegmentFormat.ItemField.count), (rows, rowCount * SegmentFormat.RowField.count),
            (vocab, wordCount * SegmentFormat.VocabField.count), (postings, postingCount),
        ]
        guard expectedEnds.allSatisfy({ $0.0 >= 0 && $0.0 + $0.1 * 4 <= size }), pool <= size else {
            munmap(mapped, size)
            throw ArchiveError.corruptIndex(path: url.path, reason: "tables outside the file")
        }
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), size)
    }

    // MARK: Fields

    @inline(__always) private func u32(_ table: Int, _ record: Int, _ width: Int, _ field: Int) -> UInt32 {
        UInt32(littleEndian: base.loadUnaligned(fromByteOffset: table + (record * width + field) * 4, as: UInt32.self))
    }

    /// The bytes of a pool string; nil for a nil string or one outside the file.
    @inline(__always) private func bytes(_ table: Int, _ record: Int, _ width: Int, _ field: Int) -> UnsafeRawBufferPointer? {
        let offset = u32(table, record, width, field)
        guard offset != SegmentFormat.none else { return nil }
        let start = pool + Int(offset)
        let length = Int(u32(table, record, width, field + 1))
        guard start + length <= size else { return nil }
        return UnsafeRawBufferPointer(start: base + start, count: length)
    }

    private func string(_ table: Int, _ record: Int, _ width: Int, _ field: Int) -> String? {
        bytes(table, record, width, field).map { String(decoding: $0, as: UTF8.self) }
    }

    private func list(_ table: Int, _ record: Int, _ width: Int, _ field: Int) -> [String] {
        guard let raw = bytes(table, record, width, field) else { return [] }
        return raw.split(separator: SegmentFormat.separator, omittingEmptySubsequences: false).map {
            String(decoding: UnsafeRawBufferPointer(rebasing: $0), as: UTF8.self)
        }
    }

    // MARK: Documents

    typealias D = SegmentFormat.DocField
    func docString(_ doc: Int, _ field: Int) -> String? { string(docs, doc, D.count, field) }
    func docField(_ doc: Int, _ field: Int) -> UnsafeRawBufferPointer? { bytes(docs, doc, D.count, field) }
    func docList(_ doc: Int, _ field: Int) -> [String] { list(docs, doc, D.count, field) }
    func docInt(_ doc: Int, _ field: Int) -> Int { Int(u32(docs, doc, D.count, field)) }
    func docUInt64(_ doc: Int, _ field: Int) -> UInt64 {
        UInt64(u32(docs, doc, D.count, field)) | UInt64(u32(docs, doc, D.count, field + 1)) << 32
    }

    func docDate(_ doc: Int) -> UInt32 { u32(docs, doc, D.count, D.dateNumber) }

    func paragraphRange(_ doc: Int) -> (Int, Int)? {
        let first = docInt(doc, D.rangeFirst), last = docInt(doc, D.rangeLast)
        return first == 0 || last == 0 ? nil : (first - 1, last - 1)
    }

    // MARK: Persons

    typealias P = SegmentFormat.PersonField
    func personDoc(_ person: Int) -> Int { Int(u32(persons, person, P.count, P.doc)) }
    func personString(_ person: Int, _ field: Int) -> String? { string(persons, person, P.count, field) }
    func personDeciding(_ person: Int) -> Bool { u32(persons, person, P.count, P.flags) & P.deciding != 0 }

    // MARK: Items (§) and rows

    typealias I = SegmentFormat.ItemField
    func itemDoc(_ item: Int) -> Int { Int(u32(items, item, I.count, I.doc)) }
    func itemString(_ item: Int, _ field: Int) -> String? { string(items, item, I.count, field) }
    func itemField(_ item: Int, _ field: Int) -> UnsafeRawBufferPointer? { bytes(items, item, I.count, field) }
    func itemInt(_ item: Int, _ field: Int) -> Int { Int(u32(items, item, I.count, field)) }
    func itemList(_ item: Int, _ field: Int) -> [String] { list(items, item, I.count, field) }
    func itemVotes(_ item: Int) -> [VoteCount] { itemList(item, I.votes).map(VoteCount.init(stored:)) }

    func itemBallots(_ item: Int) -> [IndexEntry.BallotKey] {
        itemList(item, I.ballots).compactMap { value in
            let unit = Character(UnicodeScalar(SegmentFormat.unitSeparator))
            guard let split = value.firstIndex(of: unit) else { return nil }
            return IndexEntry.BallotKey(key: String(value[value.index(after: split)...]), vote: String(value[..<split]))
        }
    }

    typealias R = SegmentFormat.RowField
    func rowItem(_ row: Int) -> Int { Int(u32(rows, row, R.count, R.item)) }
    func rowIsDecision(_ row: Int) -> Bool { u32(rows, row, R.count, R.flags) & R.isDecision != 0 }
    func rowString(_ row: Int, _ field: Int) -> String? { string(rows, row, R.count, field) }
    func rowField(_ row: Int, _ field: Int) -> UnsafeRawBufferPointer? { bytes(rows, row, R.count, field) }
    func rowList(_ row: Int, _ field: Int) -> [String] { list(rows, row, R.count, field) }

    // MARK: Words

    typealias V = SegmentFormat.VocabField
    private func word(_ index: Int) -> UnsafeRawBufferPointer {
        bytes(vocab, index, V.count, V.word) ?? UnsafeRawBufferPointer(start: nil, count: 0)
    }

    /// Postings of every vocabulary key that starts with `prefix`, found by binary search in the
    /// sorted vocabulary: § ordinals for a word prefix.
    func postings(prefix: [UInt8]) -> [Int] {
        postings(from: lowerBound(prefix)) { $0.count >= prefix.count && $0.prefix(prefix.count).elementsEqual(prefix) }
    }

    /// Postings of exactly `key` (a namespaced key, see `SegmentFormat.Namespace`).
    func postings(exact key: [UInt8]) -> [Int] {
        postings(from: lowerBound(key)) { $0.elementsEqual(key) }
    }

    func items(withWordPrefix prefix: [UInt8]) -> [Int] { postings(prefix: prefix) }

    private func lowerBound(_ key: [UInt8]) -> Int {
        var low = 0, high = wordCount
        while low < high {
            let middle = (low + high) / 2
            if word(middle).lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func postings(from start: Int, while matches: (UnsafeRawBufferPointer) -> Bool) -> [Int] {
        var result: [Int] = []
        var index = start
        while index < wordCount, matches(word(index)) {
            let first = Int(u32(vocab, index, V.count, V.firstPosting))
            let count = Int(u32(vocab, index, V.count, V.postingCount))
            if first + count <= postingCount {
                for posting in first..<(first + count) {
                    result.append(Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: postings + posting * 4, as: UInt32.self))))
                }
            }
            index += 1
        }
        return result
    }

    // MARK: Whole entries

    /// Every entry of the segment, as `IndexEntry` values: used to merge segments and to compare
    /// the index with the documents.
    public func entries() -> [IndexEntry] {
        var wordsByItem = [[String]](repeating: [], count: itemCount)
        for index in 0..<wordCount {
            // Namespaced keys (case numbers, names) are derived from other fields.
            if let first = word(index).first, first < 0x20 { continue }
            let text = String(decoding: word(index), as: UTF8.self)
            let first = Int(u32(vocab, index, V.count, V.firstPosting))
            let count = Int(u32(vocab, index, V.count, V.postingCount))
            guard first + count <= postingCount else { continue }
            for posting in first..<(first + count) {
                let item = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: postings + posting * 4, as: UInt32.self)))
                if item < itemCount { wordsByItem[item].append(text) }
            }
        }
        return (0..<documentCount).map { doc in
            let range = paragraphRange(doc)
            let firstPerson = docInt(doc, D.firstPerson), firstItem = docInt(doc, D.firstItem)
            let persons = (firstPerson..<(firstPerson + docInt(doc, D.personCount))).map { person in
                IndexEntry.Person(
                    name: personString(person, P.name) ?? "", key: personString(person, P.key) ?? "",
                    role: personString(person, P.role), deciding: personDeciding(person),
                    paragraphs: personString(person, P.paragraphs))
            }
            let items = (firstItem..<(firstItem + docInt(doc, D.itemCount))).map { item in
                let firstRow = itemInt(item, I.firstRow)
                let decisions = (firstRow..<(firstRow + itemInt(item, I.rowCount))).filter(rowIsDecision).map { row in
                    IndexEntry.Decision(
                        decidedBy: rowString(row, R.decidedBy), proposedTo: rowString(row, R.proposedTo),
                        text: rowString(row, R.decision) ?? "", clauses: rowList(row, R.clauses))
                }
                return IndexEntry.Item(
                    number: itemString(item, I.number) ?? "", title: itemString(item, I.title),
                    caseNumber: itemString(item, I.caseNumber), caseKey: itemString(item, I.caseKey),
                    decisions: decisions, votes: itemVotes(item), reservations: itemList(item, I.reservations),
                    ballots: itemBallots(item), words: wordsByItem[item])
            }
            return IndexEntry(
                id: docString(doc, D.id) ?? "", sequence: docUInt64(doc, D.sequence), kind: docString(doc, D.kind) ?? "",
                date: docString(doc, D.date), organisation: docString(doc, D.organisation), body: docString(doc, D.body),
                paragraphRange: range.map { .init(first: $0.0, last: $0.1) }, meetingKey: docString(doc, D.meetingKey),
                chair: docString(doc, D.chair), adjusters: docList(doc, D.adjusters), persons: persons, paragraphs: items)
        }
    }
}

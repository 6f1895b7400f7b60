import ProtokollKit

/// Runs a `DecisionQuery` over the index. Filters are applied from the most selective structure
/// down: documents (version, date, body, organisation) → §§ from the word index (text, names in
/// decisions) or from the person's meetings → rows. Strings are only made for rows that match.
public struct DecisionSearch: Sendable {
    public let index: SearchIndex

    public init(index: SearchIndex) {
        self.index = index
    }

    typealias D = SegmentFormat.DocField
    typealias I = SegmentFormat.ItemField
    typealias R = SegmentFormat.RowField
    typealias P = SegmentFormat.PersonField

    /// How the queried person was at one meeting.
    /// A person's part in one meeting: one entry per line of the attendance that names them (a
    /// substitute at some §§ may also be listed as non-serving at the others).
    struct Presence {
        var entries: [(deciding: Bool, scope: ParagraphScope?)]
        var role: String?

        /// Deciding at some point of the meeting.
        var deciding: Bool { entries.contains { $0.deciding } }

        func isPresent(at number: String) -> Bool {
            entries.contains { $0.scope?.contains(paragraph: number) ?? true }
        }

        func isDeciding(at number: String) -> Bool {
            entries.contains { $0.deciding && ($0.scope?.contains(paragraph: number) ?? true) }
        }
    }

    /// A matching row before its strings are made.
    struct Hit {
        /// YYYYMMDD, 0 when unknown (sorted first).
        var date: UInt32
        var segment: Int
        var row: Int
        var role: String?
        var vote: String?
    }

    public func rows(matching query: DecisionQuery) -> [DecisionRow] {
        // Rows of one meeting are adjacent after the sort: its strings are made once.
        var meeting: (segment: Int, doc: Int, row: DecisionRow)?
        return hits(matching: query).map { hit in
            let segment = index.segments[hit.segment]
            let doc = segment.itemDoc(segment.rowItem(hit.row))
            if meeting?.segment != hit.segment || meeting?.doc != doc {
                meeting = (hit.segment, doc, meetingFields(segment, doc))
            }
            return makeRow(hit, meeting: meeting?.row ?? meetingFields(segment, doc))
        }
    }

    /// The rows of `rows(matching:)` written as JSON straight from the index bytes, without making
    /// a String per field: byte for byte what `JSONRowWriter` writes for those rows, at about half
    /// the cost for large results. Returns the number of rows.
    @discardableResult
    public func writeJSON(matching query: DecisionQuery, as format: OutputFormat, to sink: (UnsafeBufferPointer<UInt8>) -> Void) -> Int {
        let hits = hits(matching: query)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20 + 64 * 1024)
        typealias W = JSONRowWriter
        if format != .jsonl { out.append(UInt8(ascii: "[")) }
        // Rows of one meeting are adjacent and share its list of deciding members: written once.
        var decidingOf: (segment: Int, doc: Int)?
        var decidingJSON: [UInt8] = []
        for (number, hit) in hits.enumerated() {
            let segment = index.segments[hit.segment]
            let item = segment.rowItem(hit.row)
            let doc = segment.itemDoc(item)
            if decidingOf.map({ $0.segment != hit.segment || $0.doc != doc }) ?? true {
                decidingOf = (hit.segment, doc)
                decidingJSON.removeAll(keepingCapacity: true)
                W.rawList(segment.docField(doc, D.deciding), &decidingJSON)
            }
            if format != .jsonl {
                if number > 0 { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
            }
            out.append(UInt8(ascii: "{"))
            W.key("body", &out, first: true); W.raw(segment.docField(doc, D.body), &out)
            W.key("caseNumber", &out); W.raw(segment.itemField(item, I.caseNumber), &out)
            W.key("clauses", &out); W.rawList(segment.rowField(hit.row, R.clauses), &out)
            W.key("date", &out); W.raw(segment.docField(doc, D.date), &out)
            W.key("decidedBy", &out); W.raw(segment.rowField(hit.row, R.decidedBy), &out)
            W.key("deciding", &out); out.append(contentsOf: decidingJSON)
            W.key("decision", &out); W.raw(segment.rowIsDecision(hit.row) ? segment.rowField(hit.row, R.decision) : nil, &out)
            W.key("documentId", &out); W.raw(segment.docField(doc, D.id), orEmpty: true, &out)
            W.key("organisation", &out); W.raw(segment.docField(doc, D.organisation), &out)
            W.key("paragraph", &out); W.raw(segment.itemField(item, I.number), orEmpty: true, &out)
            if let role = hit.role {
                W.key("personRole", &out); W.string(role, &out)
                W.key("personVote", &out); W.string(hit.vote, &out)
            }
            W.key("proposedTo", &out); W.raw(segment.rowField(hit.row, R.proposedTo), &out)
            W.key("reservations", &out); W.rawList(segment.itemField(item, I.reservations), &out)
            W.key("title", &out); W.raw(segment.itemField(item, I.title), &out)
            W.key("votes", &out); W.votes(segment.itemVotes(item), &out)
            out.append(UInt8(ascii: "}"))
            if format == .jsonl { out.append(0x0A) }
            if out.count >= 1 << 20 {
                out.withUnsafeBufferPointer(sink)
                out.removeAll(keepingCapacity: true)
            }
        }
        if format != .jsonl {
            if !hits.isEmpty { out.append(0x0A) }
            out.append(contentsOf: Array("]\n".utf8))
        }
        out.withUnsafeBufferPointer(sink)
        return hits.count
    }

    /// The matching rows, sorted by date, then by their order in the index (which keeps each
    /// meeting's rows together and in § order).
    func hits(matching query: DecisionQuery) -> [Hit] {
        var hits: [Hit] = []
        for (segmentIndex, segment) in index.segments.enumerated() {
            collect(query, segment: segment, segmentIndex: segmentIndex, into: &hits)
        }
        hits.sort { a, b in
            a.date != b.date ? a.date < b.date : a.segment != b.segment ? a.segment < b.segment : a.row < b.row
        }
        return hits
    }

    /// A row with only the meeting's fields filled in.
    func meetingFields(_ segment: Segment, _ doc: Int) -> DecisionRow {
        DecisionRow(
            date: segment.docString(doc, D.date), organisation: segment.docString(doc, D.organisation),
            body: segment.docString(doc, D.body), paragraph: "", title: nil, caseNumber: nil, decision: nil, clauses: [],
            deciding: segment.docList(doc, D.deciding), documentId: segment.docString(doc, D.id) ?? "")
    }

    // MARK: Filtering

    func documentFilter(_ query: DecisionQuery, segment: Segment, segmentIndex: Int) -> [Bool] {
        let from = SegmentFormat.dateNumber(query.from), to = SegmentFormat.dateNumber(query.to)
        let byDate = from != 0 || to != 0
        // Body and organisation through the vocabulary: every query token must be a token of the
        // name, which is the intersection of the documents listed under each token.
        let bodyDocs = query.body.map { documents(withAll: $0.tokens, .body, in: segment) }
        let organisationDocs = query.organisation.map { documents(withAll: $0.tokens, .organisation, in: segment) }
        var allowed = [Bool](repeating: bodyDocs == nil && organisationDocs == nil, count: segment.documentCount)
        switch (bodyDocs, organisationDocs) {
        case (let body?, let organisation?):
            for doc in body.intersection(organisation) where doc < allowed.count { allowed[doc] = true }
        case (let some?, nil), (nil, let some?):
            for doc in some where doc < allowed.count { allowed[doc] = true }
        case (nil, nil):
            break
        }
        for doc in 0..<segment.documentCount where allowed[doc] {
            if !query.allVersions && !index.isCurrent(segment: segmentIndex, doc: doc) {
                allowed[doc] = false
            } else if byDate {
                let date = segment.docDate(doc)
                if date == 0 || (from != 0 && date < from) || (to != 0 && date > to) { allowed[doc] = false }
            }
        }
        return allowed
    }

    func documents(withAll tokens: [String], _ namespace: SegmentFormat.Namespace, in segment: Segment) -> Set<Int> {
        var result: Set<Int>?
        for token in tokens {
            let found = Set(segment.postings(exact: namespace.key(token)))
            result = result.map { $0.intersection(found) } ?? found
            if result?.isEmpty == true { break }
        }
        return result ?? []
    }

    /// Where the person was present, by document.
    func presence(of person: NameMatcher, in segment: Segment, documents: [Bool]) -> [Int: Presence] {
        var result: [Int: Presence] = [:]
        let attendees = self.documents(withAll: person.tokens, .person, in: segment)
        for attendee in attendees.sorted() {
            let doc = segment.personDoc(attendee)
            guard doc < documents.count, documents[doc] else { continue }
            let entry = (
                deciding: segment.personDeciding(attendee),
                scope: segment.personString(attendee, P.paragraphs).flatMap(ParagraphScope.parse)
            )
            if result[doc] != nil {
                result[doc]?.entries.append(entry)
            } else {
                result[doc] = Presence(entries: [entry], role: segment.personString(attendee, P.role))
            }
        }
        return result
    }

    /// §§ that contain a word starting with every one of `prefixes`.
    func items(withAll prefixes: [String], in segment: Segment) -> Set<Int> {
        var result: Set<Int>?
        for prefix in prefixes {
            let found = Set(segment.items(withWordPrefix: Array(prefix.utf8)))
            result = result.map { $0.intersection(found) } ?? found
            if result?.isEmpty == true { break }
        }
        return result ?? []
    }

    func collect(_ query: DecisionQuery, segment: Segment, segmentIndex: Int, into hits: inout [Hit]) {
        let documents = documentFilter(query, segment: segment, segmentIndex: segmentIndex)
        var candidates: Set<Int>?
        if let text = query.text {
            candidates = items(withAll: text.prefixes, in: segment)
        }
        var presence: [Int: Presence] = [:]
        if let person = query.person {
            presence = self.presence(of: person, in: segment, documents: documents)
            var personItems = items(withAll: person.words, in: segment)
            for doc in presence.keys {
                let first = segment.docInt(doc, D.firstItem)
                personItems.formUnion(first..<(first + segment.docInt(doc, D.itemCount)))
            }
            candidates = candidates.map { $0.intersection(personItems) } ?? personItems
        }
        if let caseNumber = query.caseNumber {
            let items = Set(segment.postings(exact: SegmentFormat.Namespace.caseNumber.key(caseNumber)))
            candidates = candidates.map { $0.intersection(items) } ?? items
        }
        let withoutDecision = query.includesParagraphsWithoutDecision

        func visit(_ item: Int) {
            let doc = segment.itemDoc(item)
            guard doc < documents.count, documents[doc] else { return }
            let firstRow = segment.itemInt(item, I.firstRow)
            for row in firstRow..<(firstRow + segment.itemInt(item, I.rowCount)) {
                let isDecision = segment.rowIsDecision(row)
                if !isDecision && !withoutDecision { continue }
                var role: String?
                if let person = query.person {
                    let here = presence[doc]
                    let number = segment.itemString(item, I.number) ?? ""
                    let present = here?.isPresent(at: number) ?? false
                    if here?.isDeciding(at: number) == true {
                        role = "deciding"
                    } else if isDecision, let text = segment.rowString(row, R.decision),
                              person.isNamed(inWords: TextFolding.words(text)) {
                        role = "assigned"
                    } else if present {
                        role = "present"
                    } else {
                        continue
                    }
                }
                let vote = query.person.flatMap { person in
                    segment.itemBallots(item).last { person.matches(key: $0.key) }?.vote
                }
                hits.append(Hit(date: segment.docDate(doc), segment: segmentIndex, row: row, role: role, vote: vote))
            }
        }

        if let candidates {
            for item in candidates.sorted() { visit(item) }
        } else {
            for doc in 0..<segment.documentCount where documents[doc] {
                let first = segment.docInt(doc, D.firstItem)
                for item in first..<(first + segment.docInt(doc, D.itemCount)) { visit(item) }
            }
        }
    }

    func makeRow(_ hit: Hit, meeting: DecisionRow) -> DecisionRow {
        let segment = index.segments[hit.segment]
        let item = segment.rowItem(hit.row)
        var row = meeting
        row.paragraph = segment.itemString(item, I.number) ?? ""
        row.title = segment.itemString(item, I.title)
        row.caseNumber = segment.itemString(item, I.caseNumber)
        row.decision = segment.rowIsDecision(hit.row) ? segment.rowString(hit.row, R.decision) : nil
        row.clauses = segment.rowList(hit.row, R.clauses)
        row.decidedBy = segment.rowString(hit.row, R.decidedBy)
        row.proposedTo = segment.rowString(hit.row, R.proposedTo)
        row.votes = segment.itemVotes(item)
        row.reservations = segment.itemList(item, I.reservations)
        row.personRole = hit.role
        row.personVote = hit.vote
        return row
    }
}

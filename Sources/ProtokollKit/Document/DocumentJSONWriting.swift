// How each part of the document writes itself: every field, `null` where nothing was found, keys in
// sorted order (the order `JSONEncoder` with `.sortedKeys` gives).

extension ProtokollDocument: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("adjusters", strings: adjusters)
        output.field("adjustment", adjustment)
        output.field("announcement", announcement)
        output.field("attendance", attendance)
        output.field("body", body)
        output.field("chair", chair)
        output.field("id", id)
        output.field("kind", kind.rawValue)
        output.field("meeting", meeting)
        output.field("organisation", organisation)
        output.field("paragraphRange", paragraphRange)
        output.field("paragraphs", paragraphs)
        output.field("schemaVersion", schemaVersion)
        output.field("secretary", secretary)
        output.field("source", source)
        output.field("title", title)
        output.field("warnings", warnings)
        output.endObject()
    }
}

extension Meeting: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("date", date)
        output.field("endTime", endTime)
        output.field("place", place)
        output.field("startTime", startTime)
        output.endObject()
    }
}

extension ParagraphRange: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("first", first)
        output.field("last", last)
        output.endObject()
    }
}

extension Adjustment: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("date", date)
        output.field("place", place)
        output.endObject()
    }
}

extension Announcement: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("date", date)
        output.field("raw", raw)
        output.endObject()
    }
}

extension SourceInfo: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("bytes", bytes)
        output.field("encoding", encoding)
        output.field("file", file)
        output.field("sha256", sha256)
        output.endObject()
    }
}

extension Attendee: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("deciding", deciding)
        output.field("name", name)
        output.field("organisation", organisation)
        output.field("paragraphs", paragraphs)
        output.field("party", party)
        output.field("replaces", replaces)
        output.field("role", role)
        output.endObject()
    }
}

extension Paragraph: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("caseNumber", caseNumber)
        output.field("decisions", decisions)
        output.field("line", line)
        output.field("number", number)
        output.field("recipients", strings: recipients)
        output.field("references", references)
        output.field("reservations", reservations)
        output.field("sections", sections)
        output.field("text", text)
        output.field("title", title)
        output.field("votes", votes)
        output.endObject()
    }
}

extension Vote: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("absent", absent)
        output.field("abstained", abstained)
        output.field("ballots", ballots)
        output.field("no", no)
        output.field("yes", yes)
        output.endObject()
    }
}

extension Ballot: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("name", name)
        output.field("party", party)
        output.field("vote", vote.rawValue)
        output.endObject()
    }
}

extension Reservation: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("names", strings: names)
        output.field("text", text)
        output.endObject()
    }
}

extension Section: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("heading", heading)
        output.field("text", text)
        output.endObject()
    }
}

extension Decision: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("clauses", strings: clauses)
        output.field("decidedBy", decidedBy)
        output.field("proposedTo", proposedTo)
        output.field("text", text)
        output.endObject()
    }
}

extension Reference: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("body", body)
        output.field("date", date)
        output.field("text", text)
        output.endObject()
    }
}

extension Warning: JSONWritable {
    func write(to output: inout JSONOutput) {
        output.beginObject()
        output.field("code", code)
        output.field("line", line)
        output.field("message", message)
        output.endObject()
    }
}

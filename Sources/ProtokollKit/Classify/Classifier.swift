/// What a text is: protokoll, minnesanteckningar, or not minutes, judged by signals (§ structure,
/// justerare, decisions, anslag, attendance) rather than by its title alone.
public struct Classification: Sendable, Equatable {
    /// nil when the text is not minutes.
    public var kind: DocumentKind?
    /// What the text looks like, in words, for messages.
    public var description: String
}

public enum Classifier {
    struct Signals {
        var paragraphHeadings = 0
        var points = 0
        var decisions = 0
        var adjustment = 0
        var attendance = 0
        var announcement = 0
        var notesMarkers = 0
        /// Decisions written under a "Förslag till beslut" rubric: what a kallelse proposes.
        var proposedDecisions = 0
        /// Decisions taken here and now: "… beslutar", or a "Beslut" rubric with more than a blank
        /// line of a form ("Beslut: ______").
        var presentDecisions = 0
        /// Attendance labels before the first § heading: the front page of minutes, not an agenda
        /// item ("- Ledamöter för 2 år: …").
        var frontAttendance = 0

        /// Enough to call the text a protokoll whatever the rest of it holds: a § heading, two
        /// decisions, justering and attendance make every rule below answer "protokoll".
        var settleProtokoll: Bool {
            paragraphHeadings >= 1 && decisions >= 2 && adjustment >= 1 && attendance >= 1
        }
    }

    /// Titles of documents found among minutes that are something else.
    private static let otherKinds: [(String, String)] = [
        ("kallelse", "a notice of meeting (kallelse) or agenda"), ("foredragningslista", "an agenda (föredragningslista)"),
        ("dagordning", "an agenda (dagordning)"), ("verksamhetsberattelse", "an annual report (verksamhetsberättelse)"),
        ("arsredovisning", "an annual report (årsredovisning)"), ("arsberattelse", "an annual report (årsberättelse)"),
        ("verksamhetsplan", "an activity plan (verksamhetsplan)"), ("budget", "a budget"),
        ("tjansteskrivelse", "an official's report (tjänsteskrivelse)"), ("delarsrapport", "an interim report (delårsrapport)"),
        ("policy", "a policy document"), ("riktlinjer", "guidelines (riktlinjer)"), ("handlingsplan", "an action plan"),
        ("remissvar", "a consultation response (remissvar)"), ("inbjudan", "an invitation"),
    ]

    /// Records called protokoll that are no meeting's: an inspection, a measurement, a handover.
    private static let recordKinds: [(String, String)] = [
        ("besiktningsprotokoll", "an inspection record (besiktningsprotokoll)"), ("kontrollprotokoll", "an inspection record (kontrollprotokoll)"),
        ("skyddsrondsprotokoll", "a safety inspection record (skyddsrondsprotokoll)"), ("provningsprotokoll", "a test record (provningsprotokoll)"),
        ("provtagningsprotokoll", "a sampling record (provtagningsprotokoll)"), ("matprotokoll", "a measurement record (mätprotokoll)"),
        ("overlamningsprotokoll", "a handover record (överlämningsprotokoll)"), ("inventeringsprotokoll", "an inventory record (inventeringsprotokoll)"),
    ]

    public static func classify(_ lines: [SourceLine]) -> Classification {
        // "SLUTBESIKTNINGSPROTOKOLL" as a title line: a record with "Närvarande" and "Beslut" in it,
        // but of an inspection, not of a meeting.
        // (Only as the document's title: under "Protokoll", "PROTOKOLLSUTDRAG" or a "§" it is a §'s subject.)
        for line in lines.lazy.filter({ !$0.isBlank }).prefix(8) {
            let folded = line.text.trimmed.folded
            guard let first = folded.splitOnSpaces().first else { continue }
            if let record = recordKinds.first(where: { first.includes($0.0) }), folded.wordCount <= 4 {
                return Classification(kind: nil, description: record.1 + ", not minutes of a meeting")
            }
            if first.hasPrefix("protokoll") || folded.includes("sammantrade") || folded.includes("§") || folded.includes("minnesanteckning") { break }
        }
        var signals = Signals()
        // "Kommunstyrelsen⇥§ 45⇥18.03.2024" over each § title, as Finland-Swedish minutes head them.
        var headingNumbers = Set(OrganDatedHeading.headings(lines).map(\.heading.number))
        var numberFirstHeadings = Set<String>()
        let titleText = lines.lazy.filter { !$0.isBlank }.prefix(6).map { $0.text.folded }.joined(separator: " ")
        let titleSaysProtokoll = titleText.includes("protokoll")
        let titleSaysNotes = titleText.includes("minnesanteckning") || titleText.includes("anteckningar")
        // Between a "Förslag till beslut" rubric and the next § or Beslut rubric, a decision is proposed.
        var underProposal = false
        var afterBareRubric = false
        for line in lines where !line.isBlank {
            // Long minutes are settled early; the rest of the text cannot change the answer, unless
            // the title calls them notes.
            signals.paragraphHeadings = headingNumbers.isEmpty ? numberFirstHeadings.count : headingNumbers.count
            if signals.settleProtokoll, titleSaysProtokoll || !titleSaysNotes { return Classification(kind: .protokoll, description: "protokoll") }
            let text = line.text
            let folded = text.folded
            // Whether the line is a rubric of a proposal (true) or of a decision (false), asked once.
            let rubric = proposalRubric(folded)
            if let heading = ParagraphHeading.parse(text) {
                headingNumbers.insert(heading.number)
                underProposal = false
            } else if let heading = ParagraphHeading.parse(text, numberFirst: true) {
                numberFirstHeadings.insert(heading.number)
                underProposal = false
            } else if let rubric {
                underProposal = rubric
            }
            if let (label, _) = FieldLabel.match(text) {
                switch label {
                case .deciding, .present, .servingSubstitutes:
                    signals.attendance += 1
                    if headingNumbers.isEmpty, numberFirstHeadings.isEmpty { signals.frontAttendance += 1 }
                case .adjusters, .adjustment: signals.adjustment += 1
                case .organ, .announcementPosted: signals.announcement += 1
                case .minuteTaker: signals.notesMarkers += 1
                default: break
                }
            }
            if folded.includes("justera") || folded.includes("vid protokollet") { signals.adjustment += 1 }
            if folded.includes("anslag") { signals.announcement += 1 }
            if folded.includes("beslutar") || folded.includes("beslutade att") || folded.hasPrefix("beslut") || folded.includes("beslot")
                || text.utf8.count < 400 && DecisionParser.mayHoldPassiveFormula(folded) && DecisionParser.isPassiveDecision(folded)
                || text.utf8.count < 400 && DecisionParser.isActingDecision(text.trimmed) {
                if underProposal { signals.proposedDecisions += 1 } else { signals.decisions += 1 }
                // ("Styrelsens förslag: att årsmötet beslutar …", "Motionären föreslår att …" and a motion's
                // "att årsmötet beslutar att …" propose; a form's blank "Beslut: ______" decides nothing,
                // a bare "Beslut:" only with a decision on the next line.)
                let bareRubric = rubric == false && folded.drop { $0 != ":" }.allSatisfy { $0 == ":" || $0 == " " || $0 == "_" }
                if !underProposal, !folded.includes("forslag"), !folded.includes("foresl"), !folded.hasPrefix("att "),
                   folded.includes("beslutar") || rubric == false && !bareRubric || afterBareRubric {
                    signals.presentDecisions += 1
                }
                afterBareRubric = bareRubric
            } else {
                afterBareRubric = rubric == false
            }
            if folded.includes("minnesanteckning") || folded.includes("minnesantecknare") || folded.includes("vid anteckningarna") || folded.hasPrefix("genomlast") {
                signals.notesMarkers += 1
            }
        }
        signals.paragraphHeadings = headingNumbers.isEmpty ? numberFirstHeadings.count : headingNumbers.count

        // "Styrelsemöte 2024-11-05", "Årsmöte", "Sammanträde": the title names a meeting.
        let titleSaysMeeting = ["mote", "sammantrade", "stamma"].contains { titleText.includes($0) }
        let otherKind = otherKinds.first { titleText.includes($0.0) }

        // A kallelse proposes every decision ("Förslag till beslut") and takes none. (Its title says so
        // in the first lines; notes and minutes that mention a budget there are no kallelse.)
        let agendaTitle = lines.lazy.filter { !$0.isBlank }.prefix(3).map { $0.text.folded }.joined(separator: " ")
        if let otherKind, !titleSaysProtokoll, !titleSaysNotes, signals.decisions == 0, signals.proposedDecisions >= 1,
           ["kallelse", "foredragningslista", "dagordning", "tjansteskrivelse"].contains(where: { agendaTitle.includes($0) }) {
            return Classification(kind: nil, description: otherKind.1 + " with proposed decisions (förslag till beslut) but none taken")
        }
        // "Kallelse och föredragningslista – årsmöte 2024": a notice whose title says so, with no one
        // present, is no minutes, whatever its agenda and the excerpts after it say was decided before.
        let noticeTitle = lines.lazy.filter { !$0.isBlank && ParagraphHeading.parse($0.text) == nil && !($0.text.first?.isNumber ?? false) }
            .prefix(3).map { $0.text.folded }.joined(separator: " ")
        if let otherKind, !titleSaysProtokoll, !titleSaysNotes, signals.frontAttendance == 0, signals.presentDecisions == 0,
           ["kallelse", "foredragningslista", "dagordning"].contains(where: { noticeTitle.includes($0) }) {
            let detail = signals.paragraphHeadings == 0 ? "" : signals.decisions == 0 ? " with § headings but no decisions" : " with § headings and no one present"
            return Classification(kind: nil, description: otherKind.1 + detail)
        }
        // "SAMMANTRÄDESPLAN 2026" under a letterhead: the year's meeting dates, with the decision that
        // adopted them and "Justering" columns, but no meeting of its own.
        let scheduleTitle = lines.lazy.filter { !$0.isBlank }.prefix(12).contains { line in
            let folded = line.text.trimmed.folded
            return ["sammantradesplan", "sammantradesplanering", "sammantradesdagar", "sammantradestider", "motesplan", "motesplanering"]
                .contains { folded.hasPrefix($0) } && folded.wordCount <= 6
        }
        if scheduleTitle, !titleSaysProtokoll, signals.frontAttendance == 0 {
            return Classification(kind: nil, description: "a schedule of meetings (sammanträdesplan)")
        }
        let formal = signals.paragraphHeadings >= 1 && (signals.decisions >= 1 || signals.adjustment >= 1)
        if formal, signals.decisions >= 1 || titleSaysProtokoll, !(otherKind != nil && !titleSaysProtokoll && signals.adjustment == 0) {
            if let otherKind, !titleSaysProtokoll, signals.attendance == 0, signals.decisions <= 1 {
                return Classification(kind: nil, description: otherKind.1 + " with § headings but no decisions")
            }
            // The title is the writer's own word: notes may record decisions and even be adjusted.
            if titleSaysNotes && !titleSaysProtokoll {
                return Classification(kind: .minnesanteckningar, description: "minnesanteckningar")
            }
            return Classification(kind: .protokoll, description: "protokoll")
        }
        // "Protokoll" over §§ and an attendance list: minutes, even of a meeting that only heard reports.
        if titleSaysProtokoll, signals.paragraphHeadings >= 2, signals.attendance >= 1, otherKind == nil {
            return Classification(kind: .protokoll, description: "protokoll")
        }
        // Numbered points are found only when the § structure did not settle the question.
        signals.points = Structure.points(lines).count
        if titleSaysProtokoll, signals.points >= 2, signals.decisions >= 1 || signals.adjustment >= 1, otherKind == nil {
            return Classification(kind: .protokoll, description: "protokoll")
        }
        // A board meeting of a small association numbers its points "1)" and never says "protokoll":
        // a meeting in the title, attendance and decisions make it minutes all the same.
        if titleSaysMeeting, signals.points >= 2, signals.decisions >= 1, signals.attendance >= 1 || signals.adjustment >= 1,
           otherKind == nil, !titleSaysNotes {
            return Classification(kind: .protokoll, description: "protokoll")
        }
        if (titleSaysNotes || signals.notesMarkers >= 1), signals.points >= 2 || signals.attendance >= 1, otherKind == nil || titleSaysNotes {
            return Classification(kind: .minnesanteckningar, description: "minnesanteckningar")
        }
        if let otherKind {
            let detail = signals.paragraphHeadings >= 1 ? " with § headings but no decisions" : ""
            return Classification(kind: nil, description: otherKind.1 + detail)
        }
        if signals.paragraphHeadings >= 1 {
            return Classification(kind: nil, description: "a document with § headings but no decisions, justering or attendance (perhaps an agenda)")
        }
        return Classification(kind: nil, description: "running text without the structure of minutes (no §, attendance, justering or decisions)")
    }

    /// True for a rubric that opens a proposal ("Förslag till beslut", "Arbetsutskottets förslag till
    /// beslut", "Beslutsförslag"), false for one that opens the decision ("Beslut", "Nämndens beslut"),
    /// nil for any other line.
    private static func proposalRubric(_ folded: String) -> Bool? {
        let rubric = folded.trimmed.trimmingEnds(":")
        // (A long line is a rubric only with its decision after a colon.)
        guard folded.utf8.count <= 60 || rubric.hasPrefix("beslut") || rubric.includes("s beslut:") else { return nil }
        if rubric.hasSuffix("forslag till beslut") || rubric == "beslutsforslag" { return true }
        if rubric == "beslut" || rubric == "beslutet" || rubric.hasSuffix("s beslut") && rubric.wordCount <= 3 { return false }
        // "Beslut: Styrelsen beslutar att …": the rubric with its decision on the line.
        if let colon = rubric.firstIndex(of: ":"), case let label = rubric[..<colon].trimmed,
           label == "beslut" || label == "beslutet" || label.hasSuffix("s beslut") && label.wordCount <= 3 { return false }
        return nil
    }
}

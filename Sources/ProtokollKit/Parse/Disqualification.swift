import Foundation

/// Jäv: a member who has a conflict of interest in a case leaves it ("Rolf Axelsson (C) anmäler jäv
/// och deltar inte i handläggningen"), and a substitute may take the seat for that § ("Axel Fors (C)
/// tjänstgör i hans ställe"). The attendance list says who decides at the meeting; this says who
/// did not at one §, so that "who took part in deciding" is right for every decision.
///
/// The result is written into `Attendee.paragraphs`, the participation as a list would state it:
/// "ej § 48" for the member, "§ 48" for a substitute who served only there.
enum Disqualification {
    static func apply(to attendance: inout [Attendee], paragraphs: [Paragraph]) {
        guard !attendance.isEmpty else { return }
        for paragraph in paragraphs {
            guard let number = paragraph.number.split(separator: ".").first.map(String.init) else { continue }
            // A § may itself be about jäv ("§ 3 Jäv"): then the sentence names the § it concerns.
            var texts: [(text: String, isJavSection: Bool)] = [(paragraph.text, false)]
            for section in paragraph.sections where section.heading.includes("äv") || section.heading.includes("ÄV") {
                let heading = section.heading.folded
                if heading.hasPrefix("jav") || heading.hasSuffix(" jav") { texts.append((section.text, true)) }
            }
            // "jäv", "Jäv", "JÄV", "jävig": the letters "äv" or "ÄV" come first, before any folding.
            for (text, isJavSection) in texts where isJavSection || (text.includes("äv") || text.includes("ÄV")) && text.folded.includes("jav") {
                // ("Föredragande: prorektor Annika Sjöberg" / "" / "Farida Mansour … anmäler jäv": a blank
                // line ends what stands above it, full stop or not.)
                // (Only after a label line or a finished sentence: double-spaced text keeps its sentences.)
                var blocks: [String] = []
                for block in DocumentParser.blankLineBlocks(text) {
                    if let last = blocks.last, let end = last.trimmed.last, !end.isSentenceEnd, end != ":",
                       !(last.split(separator: "\n").last.map { FieldLabel.match(String($0)) != nil } ?? false) {
                        blocks[blocks.count - 1] = last + "\n" + block
                    } else {
                        blocks.append(block)
                    }
                }
                let sentences = blocks.flatMap { Sentences.split($0.replacingLineBreaksWithSpaces) }
                for (index, sentence) in sentences.enumerated() {
                    let folded = sentence.folded
                    // In a Jäv section a sentence without the word still tells of leaving ("Peter Ek lämnar
                    // lokalen"); one about a dissent or the case does not.
                    guard declaresJav(folded) || isJavSection && (leavingPhrases.contains(where: { folded.includes($0) }) || namesOnly(sentence)),
                          !deniesJav(folded) else { continue }
                    // "1:e vice ordförande Tomas Lindén Ek (M) leder sammanträdet under paragrafen": in a
                    // Jäv section, the one who takes the chair is not the one who left.
                    if !declaresJav(folded), chairWords.contains(where: { folded.includes($0) }) { continue }
                    // "Axel Fors (C) tjänstgör i hans ställe" names the substitute, not one who left; and
                    // after a ";" the sentence goes on about someone else ("…; Birgitta Wall ledde mötet").
                    let javClause = isJavSection ? sentence
                        : sentence.split(separator: ";").first { declaresJav(String($0).folded) }.map(String.init) ?? sentence
                    let recused = named(in: javClause, attendance).filter { !takesTheSeat($0, in: javClause, attendance) }
                    guard !recused.isEmpty else { continue }
                    let concerned = paragraphNumbers(in: sentence) ?? [number]
                    for person in recused { exclude(person, from: concerned, in: &attendance) }
                    // The substitute is named in the same sentence or the next two (after the one
                    // about who takes the chair).
                    for candidate in [sentence] + sentences.dropFirst(index + 1).prefix(2) {
                        for person in named(in: candidate, attendance) where takesTheSeat(person, in: candidate, attendance) {
                            serve(person, at: concerned, in: &attendance)
                            if attendance[person].replaces == nil, recused.count == 1, let member = recused.first {
                                attendance[person].replaces = attendance[member].name
                            }
                        }
                    }
                }
            }
        }
    }

    /// "Eftersom Per är bortrest går Jonna in som ordinarie ledamot i hans ställe ikväll": a board's
    /// notes tell in the opening point that a suppleant takes an absent member's seat for the whole
    /// meeting. The one suppleant named there, by full or first name, decides.
    static func applySeatTaking(to attendance: inout [Attendee], paragraphs: [Paragraph]) {
        for paragraph in paragraphs.prefix(2) where paragraph.text.includes("ställe") || paragraph.text.includes("ordinarie") {
            for sentence in Sentences.split(paragraph.text.replacingLineBreaksWithSpaces) {
                let folded = sentence.folded
                guard ["i hans stalle", "i hennes stalle", "som ordinarie ledamot", "som ordinarie"].contains(where: { folded.includes($0) }),
                      // ("går Jonna in": the particle after the subject.)
                      folded.splitOnSpaces().contains(where: { seatVerbWords.contains(String($0)) })
                else { continue }
                var named = attendance.indices.filter { attendance[$0].name.wordCount >= 2 && sentence.find(attendance[$0].name) != nil }
                if named.isEmpty {
                    let words = sentence.splitOnSpaces().map { String($0).trimmingEnds(",.;:()") }
                    let names = words.dropFirst().filter { $0.startsWithUppercaseLetter && $0.count >= 2 }.compactMap { SurnameReference.resolve($0, in: attendance) }
                    named = attendance.indices.filter { names.contains(attendance[$0].name) }
                }
                let substitutes = named.filter { !attendance[$0].deciding }
                guard substitutes.count == 1, let person = substitutes.first else { continue }
                attendance[person].deciding = true
                attendance[person].role = "tjänstgörande ersättare"
                // "… i Anna von Schéeles ställe": whose seat, in the genitive.
                if let seat = sentence.find(" ställe"), let opening = sentence[..<seat.lowerBound].find(" i ") {
                    var owner = sentence[opening.upperBound..<seat.lowerBound].trimmed
                    while let next = owner.find(" i ") { owner = owner[next.upperBound...].trimmed }
                    if owner.hasSuffix("s"), owner.wordCount >= 2, owner.startsWithUppercaseLetter { attendance[person].replaces = String(owner.dropLast()) }
                }
            }
        }
    }

    /// "Styrelsens ledamöter deltog inte i beslutet" (ansvarsfrihet at an årsmöte), "Lars Ek deltog
    /// inte i beslutet": those who decided at the meeting but not at this §, without the word jäv.
    static func applyAbstentions(to attendance: inout [Attendee], paragraphs: [Paragraph], body: String?) {
        guard !attendance.isEmpty else { return }
        // The board abstains from its own discharge at the stämma or årsmöte of its organisation; in a
        // council's minutes "Styrelsens ledamöter" is another organisation's board.
        let bodyFolded = body?.folded ?? ""
        let meetingOfMembers = ["stamma", "stamman", "motet", "arsmote", "arsmotet"].contains { bodyFolded.hasSuffix($0) }
        for paragraph in paragraphs where paragraph.text.includes("inte i besl") || paragraph.text.includes("ej i besl") {
            guard let number = paragraph.number.split(separator: ".").first.map(String.init) else { continue }
            for sentence in Sentences.split(paragraph.text.replacingLineBreaksWithSpaces) {
                let folded = sentence.folded
                guard let verb = abstentionPhrases.lazy.compactMap({ folded.find($0) }).first else { continue }
                let subject = String(folded[..<verb.lowerBound]).trimmed
                // The clause before the phrase: "Sedan Per Berg yrkat avslag meddelade Eva Lind att hon deltog
                // inte i beslutet" names no one who left by name.
                let clauseStart = max(subject.find(" att ")?.upperBound ?? subject.startIndex, subject.find(", ")?.upperBound ?? subject.startIndex)
                let clause = String(sentence.dropFirst(subject.distance(from: subject.startIndex, to: clauseStart)).prefix(subject.distance(from: clauseStart, to: subject.endIndex)))
                var left = named(in: clause, attendance)
                if left.isEmpty, meetingOfMembers, boardSubjects.contains(subject) {
                    left = attendance.indices.filter { attendance[$0].deciding && isBoardRole(attendance[$0].role) }
                }
                for person in left where attendance[person].deciding { exclude(person, from: [number], in: &attendance) }
            }
        }
    }

    private static let abstentionPhrases = ["deltog inte i beslutet", "deltar inte i beslutet", "deltog ej i beslutet", "deltar ej i beslutet",
                                            "deltog inte i beslutsfattandet", "deltar inte i beslutsfattandet"]
    private static let boardSubjects: Set<String> = ["styrelsens ledamoter", "styrelseledamoterna", "styrelsen",
                                                     "styrelsens ledamoter och suppleanter", "styrelsens ledamoter och ersattare"]

    /// A role on a board: "ordförande", "kassör", "ledamot", "styrelseledamot", "vice ordförande".
    private static func isBoardRole(_ role: String?) -> Bool {
        guard let folded = role?.folded else { return false }
        return ["ordforande", "kassor", "sekreterare", "ledamot", "styrelseledamot", "vice ordforande", "suppleant"].contains { folded.includes($0) }
            && !folded.includes("motesordforande") && !folded.includes("stammans")
    }

    private static let chairWords = ["leder sammantradet", "leder motet", "ledde sammantradet", "ledde motet",
                                     "leder forhandlingarna", "ledde forhandlingarna", "leder overlaggningen", "ledde overlaggningen",
                                     "tjanstgor som ordforande", "tjanstgjorde som ordforande", "ar ordforande under"]

    /// A sentence that states a jäv: the word "jäv" ("jävig", "jävssituation") as a word of it.
    /// "krav på jävsfri leverantör", "jävsreglerna" speak of jäv in general: no one leaves.
    static func declaresJav(_ folded: String) -> Bool {
        folded.splitOnSpaces().contains { word in
            let bare = String(word).trimmingPunctuation
            return bare.hasPrefix("jav") && !generalJavWords.contains { bare.includes($0) }
        }
    }

    private static let generalJavWords = ["fri", "regl", "bestamm", "policy"]

    /// "Rolf Axelsson (C), § 12": names, party tags and §§ only, as a Jäv rubric lists them.
    private static func namesOnly(_ sentence: String) -> Bool {
        sentence.splitOnSpaces().allSatisfy { word in
            let bare = word.trimmingEnds(",.;:")
            return bare.startsWithUppercaseLetter || PersonEntry.isParty(bare.trimmingParentheses) || ["och", "samt"].contains(bare)
                || bare.contains(where: { $0 == "§" || $0.isNumber })
        }
    }

    /// How a sentence in a Jäv section says someone left the case.
    private static let leavingPhrases = [
        "lamnar lokalen", "lamnade lokalen", "lamnar rummet", "lamnade rummet", "lamnar salen", "lamnade salen",
        "lamnar sammantrade", "lamnade sammantrade", "lamnar motet", "lamnade motet", "lamnar motesrummet", "lamnade motesrummet",
        "deltar inte", "deltog inte", "deltar ej", "deltog ej", "inte deltagit", "ej deltagit",
        "inte deltar", "ej deltar", "avstar", "avstod", "utan deltagande", "deltar icke", "i handlaggningen",
    ]

    /// "Ingen jäv anmäldes", "Inget jäv förelåg", "X är inte jävig": no one left.
    static func deniesJav(_ folded: String) -> Bool {
        let words = folded.splitOnSpaces().map { String($0).trimmingPunctuation }
        if let first = words.first, ["ingen", "inget", "inga"].contains(first) { return true }
        guard let jav = words.firstIndex(where: { $0.hasPrefix("jav") }) else { return false }
        return words[max(0, jav - 3)..<jav].contains { ["ingen", "inget", "inga", "inte", "ej", "icke", "nagon", "nagot"].contains($0) }
    }

    /// Verbs by which a substitute takes the seat: "tjänstgör i hans ställe", "ersätter", "går in".
    private static let seatVerbs = ["tjanstgor", "tjanstgjorde", "ersatter", "ersatte", "gar in", "gick in", "trader in", "tradde in"]
    /// The verbs alone, for a sentence that puts the seat or the subject between verb and particle
    /// ("I hans ställe tjänstgjorde fru Lövgren", "går Jonna in"), and "inträdde".
    private static let seatVerbWords: Set<String> = Set(seatVerbs.compactMap { $0.split(separator: " ").first.map(String.init) })
        .union(["intrader", "intradde"])

    /// True when the attendee's name in `sentence` is followed (after a party tag) by a seat verb.
    private static func takesTheSeat(_ person: Int, in sentence: String, _ attendance: [Attendee]) -> Bool {
        // "I hans ställe tjänstgjorde fru Lövgren": the seat first, the substitute named after it.
        let folded = sentence.folded
        if let seat = ["i hans stalle", "i hennes stalle", "i dennes stalle"].lazy.compactMap({ folded.find($0) }).first,
           folded.splitOnSpaces().contains(where: { seatVerbWords.contains(String($0)) }),
           let surname = attendance[person].name.splitOnSpaces().last,
           let mention = folded.find(String(surname).folded), mention.lowerBound > seat.lowerBound {
            return true
        }
        guard let range = sentence.find(attendance[person].name) else { return false }
        var after = sentence[range.upperBound...].drop(while: { $0 == " " || $0 == "," })
        if after.first == "(", let close = after.firstIndex(of: ")") {
            after = after[after.index(after: close)...].drop(while: { $0 == " " || $0 == "," })
        }
        let next = String(after.prefix(16)).folded
        return seatVerbs.contains { next.hasPrefix($0) }
    }

    /// Indices of the attendees whose full name stands in `sentence`.
    private static func named(in sentence: String, _ attendance: [Attendee]) -> [Int] {
        let full = attendance.indices.filter { index in
            let name = attendance[index].name
            return name.wordCount >= 2 && sentence.find(name) != nil
        }
        guard full.isEmpty else { return full }
        // "Herr von Rosenhjelm anmälde jäv": older minutes address a member by surname.
        var names = SurnameReference.addressed(in: sentence).compactMap { SurnameReference.resolve($0, in: attendance) }
        // "Mehmet anmälde jäv …", "… och Olle är jävig": a board's own notes, the member by one name
        // right before the verb.
        if names.isEmpty {
            let words = sentence.splitOnSpaces().map { String($0).trimmingEnds(",.;:()") }
            // ("Sara anmälde att Olle är jävig": the one who is jävig, not the one who told.)
            for index in words.indices.dropFirst() where index + 1 < words.count
                && (words[index].folded.hasPrefix("anmal") && words[index + 1].folded.hasPrefix("jav")
                    || ["ar", "var"].contains(words[index].folded) && words[index + 1].folded.hasPrefix("javig")) {
                let name = words[index - 1]
                // ("diskuterade om Olle var jävig": a question, not a jäv.)
                if index >= 2, ["om", "huruvida"].contains(words[index - 2].folded) { continue }
                if name.startsWithUppercaseLetter, name.count >= 2, let resolved = SurnameReference.resolve(name, in: attendance) { names.append(resolved) }
            }
        }
        return attendance.indices.filter { names.contains(attendance[$0].name) }
    }

    /// "i § 48", "i ärendena §§ 48 och 50": the §§ a sentence names, or nil.
    /// ("anmälde jäv (FörvL 28 § 1 mom.)": a law's § after its number is no § of the minutes.)
    static func paragraphNumbers(in sentence: String) -> [String]? {
        var searchFrom = sentence.startIndex
        while let sign = sentence[searchFrom...].firstIndex(of: "§") {
            searchFrom = sentence.index(after: sign)
            let before = sentence[..<sign].trimmingCharacters(in: .whitespaces)
            if let last = before.last, last.isNumber { continue }
            var numbers: [String] = []
            for word in sentence[sentence.index(after: sign)...].split(whereSeparator: { $0 == " " || $0 == "," }) {
                let token = word.trimmingEnds("§.;:()")
                if !token.isEmpty, token.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    numbers.append(token)
                } else if token.folded != "och", !token.isEmpty {
                    break
                }
            }
            if !numbers.isEmpty { return numbers }
        }
        return nil
    }

    private static func exclude(_ person: Int, from numbers: [String], in attendance: inout [Attendee]) {
        add(numbers.map { "ej § \($0)" }.joined(separator: ", "), toParticipationOf: person, in: &attendance)
    }

    /// A substitute who does not decide at the meeting decides at these §§.
    private static func serve(_ person: Int, at numbers: [String], in attendance: inout [Attendee]) {
        guard !attendance[person].deciding else { return }
        attendance[person].deciding = true
        add((numbers.count == 1 ? "§ " : "§§ ") + numbers.joined(separator: ", "), toParticipationOf: person, in: &attendance)
    }

    /// `written` added to what the list said of the person's participation, unless it said so already
    /// ("ersättare, tjänstgörande § 11").
    private static func add(_ written: String, toParticipationOf person: Int, in attendance: inout [Attendee]) {
        if let existing = attendance[person].paragraphs, !existing.isEmpty {
            guard !existing.components(separatedBy: ", ").contains(written) else { return }
            attendance[person].paragraphs = existing + ", " + written
        } else {
            attendance[person].paragraphs = written
        }
    }
}

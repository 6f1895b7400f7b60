/// Where the §§ (or points) are, where the signature block begins, and the stated § range.
enum Structure {
    typealias Heading = ParagraphParser.Heading

    static func headings(_ lines: [SourceLine], kind: DocumentKind) -> [ParagraphParser.Heading] {
        // "Kommunstyrelsen⇥§ 45⇥18.03.2024": only these head §§; a "§ 9⇥Laglighet …" list inside one is text.
        let organDated = OrganDatedHeading.headings(lines)
        if !organDated.isEmpty {
            return organDated.map { Heading(number: $0.heading.number, rest: "", lineIndex: $0.lineIndex, isPoint: false, isOrganDated: true) }
        }
        var found: [Heading] = []
        for (i, line) in lines.enumerated() where !line.isBlank {
            if let heading = ParagraphHeading.parse(line.text), !continuesSentence(heading.rest, at: i, lines) {
                found.append(Heading(number: heading.number, rest: heading.rest, lineIndex: i, isPoint: false))
            }
        }
        if found.isEmpty {
            for (i, line) in lines.enumerated() where !line.isBlank {
                if let heading = ParagraphHeading.parse(line.text, numberFirst: true), !continuesSentence(heading.rest, at: i, lines) {
                    found.append(Heading(number: heading.number, rest: heading.rest, lineIndex: i, isPoint: false))
                }
            }
        }
        if !found.isEmpty { found = withOCRSigns(found, lines) }
        if found.isEmpty { found = points(lines) } else { found = withSubPoints(found, lines) }
        found = withTrailingMarkdownTopics(found, lines)
        if found.isEmpty { found = topics(lines) }
        if found.isEmpty, kind == .minnesanteckningar { found = rubricTopics(lines) }
        found = withLetteredSubPoints(found, lines)
        // A table of contents lists the same numbers again, each with an empty body: keep the later one.
        var result: [Heading] = []
        for (i, heading) in found.enumerated() {
            let end = i + 1 < found.count ? found[i + 1].lineIndex : lines.count
            let bodyLines = lines[(heading.lineIndex + 1)..<end].filter { !$0.isBlank }.count
            let repeatsLater = found[(i + 1)...].contains { $0.number == heading.number }
            if repeatsLater && bodyLines <= 1 { continue }
            // "§ 47 (forts.)" after a page break goes on with § 47: its lines stay in that §.
            if let previous = result.last, previous.number == heading.number, isContinuation(heading.rest) { continue }
            // "Paragrafer" over "§ 45" on the front page: the value of the label, not a heading.
            if let previous = lines[..<heading.lineIndex].last(where: { !$0.isBlank }),
               FieldLabel.match(previous.text).map({ $0.label == .paragraphRange && $0.value.isEmpty }) == true {
                continue
            }
            result.append(heading)
        }
        return result
    }

    /// "… till ändring av stadgarna" / "§ 5 (medlemskategorier), § 7 (medlemsavgifter) och": a
    /// citation of statutes wrapped to the start of a line, inside a sentence that runs on from the
    /// line above (which ends in a word) and goes on past this one (a comma, or a lower-case
    /// parenthesis after the number). A heading's title opens no such parenthesis ("§ 4 (forts.)" aside).
    /// So is a bare "§ 112/2024" under a line that ends in a comma: a person's participation, wrapped
    /// ("Robert Sjödin, föreståndare för utbildning på forskarnivå i datateknik," / "§ 112/2024").
    private static func continuesSentence(_ rest: String, at index: Int, _ lines: [SourceLine]) -> Bool {
        // "• Företaget kallade till förhandling enl." / "§ 11 MBL den 6/2 …": a law's § under a line that
        // cites it, or with the law's short name after the number.
        // (Only inside running text: "§ 4 MBL, information" after a blank line is a § of the minutes.)
        let firstWord = rest.splitOnSpaces(limit: 1).first.map { String($0).trimmingEnds(",.;:") } ?? ""
        if index > 0, !lines[index - 1].isBlank, let above = lines[index - 1].text.trimmed.last, !above.isSentenceEnd,
           ParagraphHeading.parse(lines[index - 1].text) == nil,
           statuteNames.contains(firstWord) || ["kap", "kap.", "st", "st.", "stycket", "lagen"].contains(firstWord) {
            return true
        }
        if index > 0, !lines[index - 1].isBlank, ParagraphHeading.parse(lines[index - 1].text) == nil,
           let lastWord = lines[index - 1].text.trimmed.splitOnSpaces().last.map({ String($0).lowercased() }),
           citingWords.contains(lastWord) {
            return true
        }
        // "… för ekonomiskt bistånd den 23 november 2022," / "§ 98. Förvaltningen har sett över riktlinjerna
        // mot …": a citation's § wrapped to the line start, the sentence going on after it.
        if index > 0, !lines[index - 1].isBlank, lines[index - 1].text.trimmed.hasSuffix(","),
           ParagraphHeading.parse(lines[index - 1].text) == nil, rest.wordCount >= 6 || rest.firstLetterIsLowercase {
            return true
        }
        let opensLowercaseParenthesis = rest.hasPrefix("(") && rest.dropFirst().first?.isLowercase == true && !rest.hasPrefix("(forts")
        // ("§ 46 Svar på medborgarförslag om trafiksäkerhet, skolvägar," is a title that wraps.)
        guard opensLowercaseParenthesis || rest.hasSuffix(",") && rest.includes("§") || rest.isEmpty, index > 0, !lines[index - 1].isBlank,
              let last = lines[index - 1].text.trimmed.last else { return false }
        return rest.isEmpty ? last == "," : last.isLetter
    }

    /// Short names of laws that follow a cited § ("§ 11 MBL", "§ 7 LAS").
    private static let statuteNames: Set<String> = [
        "MBL", "LAS", "KL", "FL", "OSL", "PBL", "SoL", "SOL", "LSS", "ABL", "BRL", "LOU", "AML", "LVU", "LVM", "HSL", "FB", "RF", "TF",
    ]

    /// Words that end a line whose sentence goes on with a cited § on the next: "… kallade till
    /// förhandling enl." / "§ 11 MBL".
    private static let citingWords: Set<String> = ["enl.", "enligt", "jämlikt", "jml", "jml.", "jfr", "jfr.", "i", "se", "kap."]

    /// Sub-points "a) Takrenovering hus B", "b. Laddboxar" under a point or §, as association and
    /// company minutes set out "8. Beslut om a) … b) … c) …": each gets its own number ("8a") so
    /// that its title and decision stay together. Taken only as a run from "a" with at least "b",
    /// each a short title (no full stop) opening its own text, so that a lettered list of clauses
    /// ("a) Anta offerten" / "b) Ge Jesper i uppdrag") stays in its decision.
    static func withLetteredSubPoints(_ headings: [Heading], _ lines: [SourceLine]) -> [Heading] {
        var result: [Heading] = []
        for (i, heading) in headings.enumerated() {
            result.append(heading)
            guard heading.number.allSatisfy(\.isNumber) else { continue }
            let end = i + 1 < headings.count ? headings[i + 1].lineIndex : lines.count
            var found: [Heading] = []
            var expected: Character = "a"
            var index = heading.lineIndex + 1
            while index < end {
                defer { index += 1 }
                guard let (letter, title) = letteredTitle(lines[index].text), letter == expected else { continue }
                // The title opens text of its own: the next non-blank line is not another item, and
                // it starts a sentence; a lower-case line goes on with a sentence the item began.
                guard let next = lines[(index + 1)..<end].first(where: { !$0.isBlank }), letteredTitle(next.text) == nil,
                      next.text.trimmed.startsWithUppercaseLetter else { break }
                found.append(Heading(number: heading.number + String(letter), rest: title, lineIndex: index, isPoint: heading.isPoint))
                expected = Character(Unicode.Scalar((letter.asciiValue ?? 0x61) + 1))
            }
            if found.count >= 2, !decisionClosesAll(found, lines, end: end) { result += found }
        }
        return result
    }

    /// "a) Presidiet", "b) Verksamhetschefen", … reports without a decision, then, a blank line after
    /// the last, "Beslut: Styrelsen beslutar att lägga rapporterna till handlingarna": the decision is
    /// the §'s, and the points are parts of its text.
    private static func decisionClosesAll(_ points: [Heading], _ lines: [SourceLine], end: Int) -> Bool {
        func decides(_ line: SourceLine) -> Bool {
            let folded = line.text.trimmed.folded
            return folded.hasPrefix("beslut:") || folded.hasPrefix("beslut ") && folded.wordCount <= 2 || ParagraphParser.opensDecision(line.text, pastTense: true)
        }
        guard let last = points.last else { return false }
        for (i, point) in points.dropLast().enumerated() where lines[point.lineIndex..<points[i + 1].lineIndex].contains(where: { line in
            // ("Styrelsen uppdrog åt …", "Beslöts att …": a point's own decision, whatever its verb.)
            decides(line) || line.text.folded.includes("beslot") || DecisionParser.isActingDecision(line.text.trimmed)
        }) {
            return false
        }
        let lastLines = lines[last.lineIndex..<end]
        guard let decision = lastLines.firstIndex(where: decides), decision > last.lineIndex + 1, lines[decision - 1].isBlank else { return false }
        // The decision speaks of them all: "rapporterna", "informationen", "samtliga".
        let said = lines[decision..<min(decision + 3, end)].map { $0.text.folded }.joined(separator: " ")
        return ["rapporterna", "informationen", "redovisningarna", "meddelandena", "anmalningarna", "samtliga", "punkterna", "delgivningarna",
                "rapporter", "informationerna"].contains { said.includes($0) }
    }

    /// "a) Titel", "b. Titel": the letter and a short title that starts with a capital.
    private static func letteredTitle(_ text: String) -> (Character, String)? {
        // Most lines are passed over on their first two bytes: a letter a–z, then ")" or ".".
        let lead = text.utf8.drop { $0 == 0x20 || $0 == 0x09 }
        guard let first = lead.first, (0x61...0x7A).contains(first), let mark = lead.dropFirst().first, mark == 0x29 || mark == 0x2E else { return nil }
        let trimmed = text.trimmed
        guard let letter = trimmed.first, letter.isASCII, letter.isLowercase, trimmed.utf8.count <= 100 else { return nil }
        let rest = trimmed.dropFirst()
        guard let mark = rest.first, mark == ")" || mark == ".", rest.dropFirst().first == " " else { return nil }
        let title = rest.dropFirst().trimmed
        // A title: no full stop, no "Nyckelrutiner: …" label, and it does not end on a word that
        // needs more ("… angående tillstånd enligt").
        guard title.startsWithUppercaseLetter, !title.hasSuffix("."), !title.includes(". "), !title.containsByte(0x3A),
              title.wordCount <= 14 else { return nil }
        return (letter, title)
    }

    /// OCR reads "§" as "$" or "S" now and then: "$ 29" or "S 29" between § 28 and § 30 is the
    /// missing heading, when its number is the next in the row. Elsewhere they are left alone.
    static func withOCRSigns(_ headings: [Heading], _ lines: [SourceLine]) -> [Heading] {
        func misreadSign(_ text: String) -> Bool {
            text.hasPrefix("$") || text.hasPrefix("S ") && text.utf8.dropFirst(2).first.map { $0 >= 0x30 && $0 <= 0x39 } == true
        }
        guard lines.contains(where: { misreadSign($0.text) }) else { return headings }
        var result: [Heading] = []
        for (i, heading) in headings.enumerated() {
            result.append(heading)
            guard let number = Int(heading.number) else { continue }
            let end = i + 1 < headings.count ? headings[i + 1].lineIndex : lines.count
            let nextNumber = i + 1 < headings.count ? Int(headings[i + 1].number) : nil
            guard nextNumber.map({ $0 == number + 2 }) ?? true else { continue }
            for index in (heading.lineIndex + 1)..<max(heading.lineIndex + 1, end) where misreadSign(lines[index].text) {
                let repaired = "§" + lines[index].text.dropFirst()
                if let found = ParagraphHeading.parse(repaired), Int(found.number) == number + 1 {
                    result.append(Heading(number: found.number, rest: found.rest, lineIndex: index, isPoint: false))
                    break
                }
            }
        }
        return result
    }

    /// "(forts.)", "forts", "fortsättning", "(forts. från föregående sida)": the rest of a § heading
    /// that continues the § before a page break.
    static func isContinuation(_ rest: String) -> Bool {
        let words = rest.folded.split { $0 == " " || $0 == "(" || $0 == ")" || $0 == "." || $0 == "," }
        guard let first = words.first else { return false }
        return first == "forts" || first == "fortsattning" || first == "fortsatt"
    }

    /// Sub-points of a § in student and association minutes: "6.1 Budget" under "§ 6", standing
    /// after a blank line.
    static func withSubPoints(_ headings: [Heading], _ lines: [SourceLine]) -> [Heading] {
        var result: [Heading] = []
        for (i, heading) in headings.enumerated() {
            result.append(heading)
            guard !heading.number.contains(Character(".")) else { continue }
            let end = i + 1 < headings.count ? headings[i + 1].lineIndex : lines.count
            var index = heading.lineIndex + 1
            while index < end {
                defer { index += 1 }
                guard index > 0, lines[index - 1].isBlank, let point = PointHeading.parse(lines[index].text) else { continue }
                let parts = point.number.split(separator: ".")
                guard parts.count == 2, parts[0] == Substring(heading.number), point.rest.count <= 100 else { continue }
                result.append(Heading(number: point.number, rest: point.rest, lineIndex: index, isPoint: false))
            }
        }
        return result
    }

    /// Headings that close a document rather than open a topic, folded.
    private static let closingHeadings = ["underskrift", "justering", "justeras", "signatur", "bilag", "vid protokollet", "vid anteckningarna"]

    /// "## 7. Ansökan om bidrag" then "## Övrigt", "## Nästa möte": Markdown notes often leave the
    /// last topics unnumbered. A heading of the same level after the last numbered point is a point
    /// of its own, numbered on from the last ("8", "9"), as `topics` numbers unnumbered topics.
    static func withTrailingMarkdownTopics(_ headings: [Heading], _ lines: [SourceLine]) -> [Heading] {
        guard headings.count >= 2, let last = headings.last, last.lineIndex < lines.count,
              case let level = lines[last.lineIndex].headingLevel, level >= 1,
              var number = Int(last.number.split(separator: ".").first ?? ""),
              // "## § 12 …" then "## Underskrifter": minutes in §§ end with their signatures.
              !lines[last.lineIndex].text.contains("§") else { return headings }
        var result = headings
        for index in (last.lineIndex + 1)..<lines.count where lines[index].headingLevel == level {
            let title = lines[index].text.trimmed.trimmingEnds("*_ ")
            guard !title.isEmpty, title.count <= 120, PointHeading.parse(title) == nil, ParagraphHeading.parse(title) == nil,
                  !closingHeadings.contains(where: { title.folded.hasPrefix($0) }) else { continue }
            number += 1
            result.append(Heading(number: String(number), rest: title, lineIndex: index, isPoint: true))
        }
        return result
    }

    /// Notes that head each topic "Ämne: Budget 2025" (often in bold) and number nothing: the topics,
    /// numbered 1, 2, 3 in order, at least two of them.
    static func topics(_ lines: [SourceLine]) -> [Heading] {
        var result: [Heading] = []
        for (i, line) in lines.enumerated() where !line.isBlank {
            let text = MarkdownText.stripHeadingMarks(line.text.trimmed).trimmingEnds("*_ ")
            guard let colon = text.firstIndex(of: ":") else { continue }
            let label = text[..<colon].folded.trimmed
            let title = text[text.index(after: colon)...].trimmed
            guard ["amne", "arende", "punkt", "fraga"].contains(label), !title.isEmpty, title.count <= 120,
                  i == 0 || lines[i - 1].isBlank || lines[i - 1].text.isRuleLine else { continue }
            result.append(Heading(number: String(result.count + 1), rest: title, lineIndex: i, isPoint: true))
        }
        return result.count >= 2 ? result : []
    }

    /// Notes that head each topic with a short line of its own and number nothing ("Ekonomi",
    /// "Medlemsfrågor", "Övrigt"): the topics, numbered 1, 2, 3 in order, at least three of them. A
    /// topic line stands after a blank line, before text, after the front page's labels, and is no
    /// label, no sentence and no name.
    static func rubricTopics(_ lines: [SourceLine]) -> [Heading] {
        let firstText = lines.firstIndex { !$0.isBlank } ?? 0
        let lastLabel = lines.indices.prefix(lines.count / 2).last { !lines[$0].isBlank && FieldLabel.match(lines[$0].text) != nil }
        let start = max(firstText + 1, (lastLabel ?? firstText) + 1)
        var result: [Heading] = []
        var index = start
        while index < lines.count {
            defer { index += 1 }
            let text = lines[index].text.trimmed
            guard index > 0, lines[index - 1].isBlank, isTopicRubric(text),
                  // (Nor is a line over a table: "Att göra" / "Vad<TAB>Vem<TAB>Klart till" is an action list.)
                  let next = lines[(index + 1)...].first(where: { !$0.isBlank }), !isTopicRubric(next.text.trimmed),
                  !next.text.trimmed.containsByte(0x09) else { continue }
            result.append(Heading(number: String(result.count + 1), rest: text, lineIndex: index, isPoint: true))
        }
        return result.count >= 3 ? result : []
    }

    private static func isTopicRubric(_ text: String) -> Bool {
        // (A table's header row, "Aktivitet<TAB>Kostnad<TAB>Kommentar", is no topic.)
        guard !text.isEmpty, text.utf8.count <= 60, text.startsWithUppercaseLetter, text.wordCount <= 6, !text.containsByte(0x09),
              let last = text.last, last != ".", last != ":", last != ",", !text.containsByte(0x3A),
              !text.isRuleLine, FieldLabel.match(text) == nil, PersonEntry.parse(text) == nil || text.wordCount == 1 else { return false }
        return true
    }

    /// Numbered points "1.", "2.", ... counted in order from 1; a list that restarts or jumps far is
    /// an inner list, not the document's points. Once three points are read, a point may come out
    /// of order ("11.", "13.", "14.", "12.", as a meeting reorders its agenda) or one may be left
    /// out, as long as its number is new and at most two past the highest so far.
    static func points(_ lines: [SourceLine]) -> [Heading] {
        let found = points(lines, from: 0)
        // "Dagordning" / "1. Mötets öppnande" / "2. …" / "12. Nästa möte", then the points again with
        // their text: the list before is the agenda. It is a run of points with no line between them,
        // and the same titles come again, numbered from 1.
        // (Compact notes, "1. Mötets öppnande – Karin öppnade mötet." a line, keep their points: the
        // agenda's titles are short, and the points below have text between them.)
        func textBetween(_ first: Heading, _ second: Heading) -> Bool {
            first.lineIndex + 1 < second.lineIndex && lines[(first.lineIndex + 1)..<second.lineIndex].contains { !$0.isBlank }
        }
        guard found.count >= 3, let last = found.last, found.allSatisfy({ $0.rest.wordCount <= 10 && !$0.rest.hasSuffix(".") }),
              !zip(found, found.dropFirst()).contains(where: { textBetween($0.0, $0.1) })
        else { return found }
        let again = points(lines, from: last.lineIndex + 1)
        guard zip(again, again.dropFirst()).filter({ textBetween($0.0, $0.1) }).count * 2 >= again.count else { return found }
        // A title is the same when its first two words are: "Föregående minnesanteckningar (2024-12-10)".
        func titleKey(_ heading: Heading) -> String { heading.rest.folded.splitOnSpaces(limit: 2).prefix(2).joined(separator: " ") }
        let titles = Dictionary(found.map { ($0.number, titleKey($0)) }, uniquingKeysWith: { first, _ in first })
        let repeated = again.filter { titles[$0.number] == titleKey($0) }.count
        return again.count >= 2 && repeated * 2 >= min(again.count, found.count) ? again : found
    }

    private static func points(_ lines: [SourceLine], from start: Int) -> [Heading] {
        var result: [Heading] = []
        var expectedMajor = 1
        var used = Set<Int>()
        var highest = 0
        // An inner list restarted ("1." again): until the next point in sequence, only that counts.
        var insideInnerList = false
        for i in lines.indices.dropFirst(start) where !lines[i].isBlank {
            let line = lines[i]
            guard let point = PointHeading.parse(line.text) else { continue }
            let parts = point.number.split(separator: ".")
            guard let major = parts.first.flatMap({ Int($0) }) else { continue }
            if parts.count == 1 {
                let inSequence = major == expectedMajor
                let reordered = !insideInnerList && result.count >= 3 && !used.contains(major) && major <= highest + 2
                if used.contains(major) { insideInnerList = true }
                guard inSequence || reordered else { continue }
                result.append(Heading(number: point.number, rest: point.rest, lineIndex: i, isPoint: true))
                used.insert(major)
                highest = max(highest, major)
                insideInnerList = false
                while used.contains(expectedMajor) { expectedMajor += 1 }
            } else if parts.count == 2, used.contains(major), result.last.flatMap({ $0.number.split(separator: ".").first.flatMap { Int($0) } }) == major {
                result.append(Heading(number: point.number, rest: point.rest, lineIndex: i, isPoint: true))
            }
        }
        return result.count >= 2 ? result : lostParagraphSigns(lines)
    }

    /// Minutes whose "§" was lost in conversion: a bare number ("15", or "15 Inledning") after a blank
    /// line, counting up by one from any start, at least three times in a row.
    static func lostParagraphSigns(_ lines: [SourceLine]) -> [Heading] {
        var result: [Heading] = []
        var previous: Int?
        for (i, line) in lines.enumerated() where !line.isBlank && (i == 0 || lines[i - 1].isBlank) {
            let text = line.text.trimmed
            let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else { continue }
            let rest = text.dropFirst(digits.count)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            let title = rest.trimmed
            guard title.isEmpty || title.startsWithUppercaseLetter && title.count <= 120 && !ParagraphHeading.isTableOfContentsRow(title) else { continue }
            // Once the run is established, one missing number (a § left out) does not end it.
            if let previous, number == previous + 1 || result.count >= 3 && number == previous + 2 {
                result.append(Heading(number: String(number), rest: title, lineIndex: i, isPoint: false))
            } else if result.count < 3 {
                result = [Heading(number: String(number), rest: title, lineIndex: i, isPoint: false)]
            } else {
                continue
            }
            previous = number
        }
        return result.count >= 3 ? result : []
    }

    private static let signatureLabels = [
        "vid protokollet", "justeras", "justerat", "justerare", "justerande", "underskrifter", "ordforande",
        "sekreterare", "protokollforare", "motesordforande", "motessekreterare", "anslag/bevis", "anslag", "bevis",
        "tillkannagivande", "protokollet ar justerat", "justeringen har", "minnesantecknare", "vid anteckningarna",
        "genomlast", "dag som ovan", "bilaga 1", "narvarolista", "narvaro- och omrostningslista", "ort och datum",
        "signaturer", "justeringens", "protokollet justeras", "justering", "antecknat av", "antecknad av", "vid pennan",
        "protokollet justerat", "protokollet justerades", "ratt utdraget intygar", "utdraget bestyrkes", "in fidem",
        // An extract's certificate: its own "Utdragsbestyrkande" heading, not the footer beside "Justerandes sign".
        "utdragsbestyrkande", "utdraget overensstammer", "ratt utdraget bestyrkes", "utdraget bestyrks",
    ]

    /// Each label with the ":" and " " that may follow it, made once.
    private static let signatureLabelForms = signatureLabels.map { ($0, $0 + ":", $0 + " ") }

    /// "Region Gävleborg   Bilaga 1" / "HSN § 146" at the top of a page after the last § of minutes
    /// signed on their front page: a bilaga (a written reservation, a roll call) is no text of that §.
    static func appendixStart(_ lines: [SourceLine], after start: Int) -> Int? {
        guard start < lines.count else { return nil }
        return lines[start...].firstIndex { line in
            guard line.startsPage, !line.isBlank else { return false }
            return line.text.layoutColumns.contains { cell in
                let words = cell.folded.splitOnSpaces()
                return words.count == 2 && words[0] == "bilaga" && words[1].allSatisfy(\.isNumber)
            }
        }
    }

    /// The first line of the signature block after the last § heading, if any.
    static func signatureStart(_ lines: [SourceLine], after start: Int) -> Int? {
        guard let found = signatureLabelLine(lines, after: start) else { return nil }
        // "---" / "Norrstad den 19 mars 2025" / "Vid protokollet": the place and date the signers
        // write over their names, and a rule before them, belong to the signatures.
        var begin = found
        var previous = found - 1
        // "Dekan (ordförande)" right over "Sekreterare": the row of roles begins with the signer's title.
        while previous > start, LabelRuns.isSignerTitle(lines[previous].text) {
            begin = previous
            previous -= 1
        }
        while previous > start, lines[previous].isBlank { previous -= 1 }
        // (It stands apart, after a blank line or a rule: "Nästa sammanträde hålls" / "Onsdag 18 juni
        // 2025" is the last §'s text.)
        if previous > start, SignatureBlock.placeAndDate(lines[previous].text) != nil,
           lines[previous - 1].isBlank || lines[previous - 1].text.isRuleLine {
            begin = previous
            previous -= 1
            while previous > start, lines[previous].isBlank { previous -= 1 }
        }
        if previous > start, lines[previous].text.isRuleLine { begin = previous }
        return begin
    }

    private static func signatureLabelLine(_ lines: [SourceLine], after start: Int) -> Int? {
        guard start < lines.count else { return nil }
        var index = start
        // Skip the title line of the last §. ("§ 42.   Ordföranden förklarade sammanträdet avslutat." /
        // "Vid protokollet:": a § whose text stood on its heading line has none.)
        while index < lines.count, lines[index].isBlank { index += 1 }
        if index < lines.count, case let first = lines[index].text.trimmed.folded,
           signatureLabelForms.contains(where: { first == $0.1 }) {
            return index
        }
        index += 1
        while index < lines.count {
            let text = lines[index].text.trimmed
            // "Justerandes signatur" (emptied by the cleaner) over a line of names only.
            if lines[index].wasSignatureStrip, let next = lines[(index + 1)...].first(where: { !$0.isBlank }),
               isNamesOnly(next.text) {
                return index
            }
            if !text.isEmpty {
                let folded = text.folded
                let label = folded.layoutColumns(limit: 1).first ?? folded
                for (key, withColon, withSpace) in signatureLabelForms
                where label == key || label.hasPrefix(withColon) || key.count > 8 && label.hasPrefix(withSpace) {
                    return index
                }
                if text.allSatisfy({ $0 == "." || $0 == "_" || $0 == " " }), text.count >= 8 { return index }
                // "Bilaga 1 till kommunfullmäktiges protokoll": appendices follow the last §.
                let words = folded.splitOnSpaces(limit: 2)
                if words.count >= 2, words[0] == "bilaga", words[1].allSatisfy(\.isNumber), text.count <= 80 { return index }
            }
            index += 1
        }
        return nil
    }

    /// "Hanna Widell     Gösta Lindeberg": every column a person's name.
    static func isNamesOnly(_ text: String) -> Bool {
        let columns = text.layoutColumns
        return !columns.isEmpty && columns.count <= 4 && columns.allSatisfy { column in
            guard let person = PersonEntry.parse(column) else { return false }
            return person.organisation == nil && person.name.count >= column.removingParenthesised.trimmingEnds(",. ").count - 20
        }
    }

    /// "§§ 15 - 26", "Paragrafer 15 - 28", "Protokollet innehåller paragraferna 1–12", "§ 87".
    /// The range and the 1-based line it stands on.
    static func paragraphRange(fields: [Field], front: ArraySlice<SourceLine>) -> (range: ParagraphRange, line: Int)? {
        for field in fields where field.label == .paragraphRange {
            if let range = spanningNumbers(field.joined) { return (range, field.line) }
        }
        // "Paragrafer 45–58" in a signature row names the range; a bare "§§ 52–58" may be a
        // member's participation in the attendance columns, so it counts only when no label does,
        // and then the widest one.
        var bare: (range: ParagraphRange, line: Int)?
        for (position, line) in zip(front.indices, front) {
            let columns = line.text.layoutColumns
            for (index, column) in columns.enumerated() {
                var t = column.trimmed
                let folded = t.folded
                let labelled = folded.hasPrefix("paragrafer") || folded.hasPrefix("paragraf ") || folded == "paragraf"
                guard labelled || t.hasPrefix("§§") else { continue }
                // "Underskrifter<TAB>Sekreterare<TAB>Paragrafer<TAB>44–52": the numbers in the next cell.
                if !t.contains(where: \.isNumber), index + 1 < columns.count { t += " " + columns[index + 1] }
                // "… Sekreterare<TAB>……<TAB>Paragrafer" over "<TAB><TAB>Ann Ek<TAB>78 - 88": the numbers
                // under the label, at the end of the line below.
                // (Never a date: "Sammanträdesdatum  2012-09-12" under an empty "Paragrafer".)
                else if labelled, !t.contains(where: \.isNumber), front.indices.contains(position + 1),
                        let below = front[position + 1].text.layoutColumns.last, below.first?.isNumber == true,
                        SwedishDate.all(in: below).isEmpty, numbers(below).map({ $0.last < 1000 }) ?? false {
                    t += " " + below
                }
                guard let range = numbers(String(t.drop(while: { !$0.isNumber }))) else { continue }
                if labelled { return (range, line.number) }
                if bare.map({ range.last - range.first > $0.range.last - $0.range.first }) ?? true { bare = (range, line.number) }
            }
        }
        return bare
    }

    /// "§§ 52–60, 62–63" (an anslag without the § posted on its own): the range from the first to the
    /// last of its parts.
    static func spanningNumbers(_ text: String) -> ParagraphRange? {
        // Only §§ and numbers in every part: "§§ 31 – 41" over a table of contents is one range, and a
        // date after the §§ is no part ("§§ 12–18, 2024-05-12").
        let pieces = text.replacingAll(" och ", with: ",").split(separator: ",").map { $0.trimmed }
        guard pieces.count > 1, pieces.allSatisfy({ $0.allSatisfy { $0.isNumber || $0.isDash || $0 == "§" || $0 == " " } }) else {
            return numbers(text)
        }
        let parts = pieces.compactMap { numbers($0) }.filter { $0.last < 1000 }
        guard let first = parts.map(\.first).min(), let last = parts.map(\.last).max(), parts.count > 1 else { return numbers(text) }
        return ParagraphRange(first: first, last: last)
    }

    /// "15 - 26", "130–143", "87".
    static func numbers(_ text: String) -> ParagraphRange? {
        let t = text.drop(while: { !$0.isNumber })
        let first = t.prefix(while: \.isNumber)
        guard let a = Int(first) else { return nil }
        var rest = t.dropFirst(first.count).drop(while: { $0 == " " })
        guard let dash = rest.first, dash.isDash else { return ParagraphRange(first: a, last: a) }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "§" })
        guard let b = Int(rest.prefix(while: \.isNumber)), b >= a else { return ParagraphRange(first: a, last: a) }
        return ParagraphRange(first: a, last: b)
    }
}

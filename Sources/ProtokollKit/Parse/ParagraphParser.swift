import Foundation

/// One § (or point) from its heading to the next: title, case number, sections, decisions,
/// recipients and references.
enum ParagraphParser {
    struct Heading {
        var number: String
        var rest: String
        var lineIndex: Int
        var isPoint: Bool
        /// 1-based source line of the heading.
        var line: Int = 0
        /// Headed "Kommunstyrelsen⇥§ 45⇥18.03.2024": other such lines inside tell the case's earlier handling.
        var isOrganDated = false
    }

    /// `headingText`: the heading's line as laid out, for a layout that sets the text beside the number.
    static func parse(heading: Heading, body: ArraySlice<SourceLine>, meetingYear: Int?, isPoint: Bool, organ: String? = nil,
                      headingText: String? = nil) -> Paragraph {
        var lines = Array(body)
        var title: String?
        var caseNumber: String?
        var rest = heading.rest
        // "§ 114                                   Sekretess": a note in the case number's slot, not the
        // title ("Ärende enligt SoL" follows on the next line).
        let restColumns = rest.layoutColumns
        if let last = restColumns.last, marginNotes.contains(last.folded.trimmingPunctuation),
           restColumns.count >= 2 || heading.rest.hasPrefix("   ") || rest.trimmed == last {
            rest = restColumns.dropLast().joined(separator: "   ")
        }

        // Dnr on the heading line: "§ 132   Dnr KS 2018/14" or right-aligned without "Dnr".
        if let found = CaseNumber.labelled(in: rest) {
            caseNumber = found.value
            rest = found.before
        } else {
            let columns = rest.layoutColumns
            if columns.count == 1, CaseNumber.looksLikeBareCaseNumber(rest) {
                // "KSAU § 87            KS 2024/118": the case number alone, the title on the next line.
                caseNumber = rest.trimmed
                rest = ""
            } else if columns.count >= 2, let last = columns.last, CaseNumber.looksLikeBareCaseNumber(last) {
                caseNumber = last
                rest = columns.dropLast().joined(separator: " ")
            } else if rest.hasSuffix(")"), let open = rest.lastIndex(of: "("),
                      CaseNumber.looksLikeBareCaseNumber(String(rest[rest.index(after: open)...].dropLast())) {
                // "Budget 2020 (KS 2019/14)"
                caseNumber = String(rest[rest.index(after: open)...].dropLast())
                rest = rest[..<open].trimmed
            }
        }
        var textLines: [SourceLine] = []
        var proseHeading = false
        // "§ 32.        Föredrogs protokollet …" / "Föregående    14 februari …" / "protokoll.": the title in
        // the left margin, the text beside it (and on the heading line).
        // (Text on the heading line must start in the text column: "§ 2 Ekonomisk rapport" is a title.)
        let headingColumn = headingText.flatMap { raw -> Int? in
            guard let gap = raw.find("   ") else { return nil }
            return raw.distance(from: raw.startIndex, to: gap.lowerBound) + raw[gap.lowerBound...].prefix { $0 == " " }.count
        }
        if !isPoint, caseNumber == nil, rest.isEmpty || headingColumn != nil,
           let margin = MarginTitle.split(lines, headingColumn: rest.isEmpty ? nil : headingColumn, afterColon: rest.hasSuffix(":")) {
            title = margin.title
            proseHeading = true
            if !rest.isEmpty { textLines.append(SourceLine(number: heading.line, text: rest.collapsedWhitespace)) }
            lines = margin.text
            rest = ""
        } else if isPoint, !rest.isEmpty {
            // A long point line is text that starts with its title sentence.
            let sentences = Sentences.split(rest.collapsedWhitespace)
            if rest.count > 90 || sentences.count > 1, let first = sentences.first {
                title = AttClauses.clean(first)
                textLines.append(SourceLine(number: 0, text: rest.collapsedWhitespace))
            } else {
                title = rest.collapsedWhitespace
            }
        } else if !rest.isEmpty, isProse(rest, next: lines.first(where: { !$0.isBlank })?.text) {
            // "§ 18. Till att jämte ordföranden justera dagens protokoll valdes Inger Falk.": minutes in
            // running prose have no titles; the heading line starts the text.
            proseHeading = true
            textLines.append(SourceLine(number: heading.line, text: rest.collapsedWhitespace))
        } else if !rest.isEmpty {
            // "§2 Val av justerare. Beslut: Mehmet Kaya justerar protokollet.": compact minutes write
            // the whole § on its heading line. The first sentence is the title, all of it the text.
            let sentences = Sentences.split(rest.collapsedWhitespace)
            if rest.count > 30, sentences.count >= 2, let first = sentences.first,
               sentences.dropFirst().joined(separator: " ").wordCount >= 4 {
                title = AttClauses.clean(first)
                textLines.append(SourceLine(number: heading.line, text: rest.collapsedWhitespace))
            } else {
                title = rest.collapsedWhitespace
            }
        }
        var index = 0
        func skipBlank() { while index < lines.count, lines[index].isBlank { index += 1 } }
        // A title on the heading line may wrap onto the next ("§ 114  Svar på interpellation om … barn- och"
        // / "ungdomspsykiatrin (BUP)").
        if let headingTitle = title, !isPoint, !proseHeading, textLines.isEmpty {
            title = continuingTitle(headingTitle, lines: lines, index: &index)
        }

        // "§ 41          Ansökan om fortsatt finansiering av insatsen" / "              Steget Vidare 2025
        // Dnr SFVS 2024/044": pdftotext -layout wraps the title in its column, the case number to
        // the right of its last piece (a Word document indents that piece with a tab).
        // Typed minutes put the case number in the left margin instead: "§ 37   Förslag till
        // byggnadsplan för Norrviks fritids-" / "Dnr B 112/77   område.".
        if let headingTitle = title, caseNumber == nil, !isPoint, !proseHeading, textLines.isEmpty, index < lines.count,
           !(headingTitle.last?.isSentenceEnd ?? false),
           case let columns = lines[index].text.trimmed.layoutColumns, columns.count == 2,
           let (piece, found) = CaseNumber.labelled(in: columns[1]).map({ (columns[0], $0) })
               ?? CaseNumber.labelled(in: columns[0]).map({ (columns[1], $0) }),
           found.before.isEmpty, piece.wordCount <= 8,
           // (Beside a margin case number only a title's lower-case rest: "Nämnden beviljar …" is text.)
           // (A short piece, or one the title leaves open: "Ekonomichefen redovisar utfallet per den
           // sista april" beside the Dnr is the text.)
           piece == columns[1] ? piece.startsWithLowercaseLetter
               : (lines[index].text.hasPrefix("        ") || lines[index].text.hasPrefix("\t")) && !(piece.last?.isSentenceEnd ?? false)
                   && (piece.wordCount <= 4 || piece.startsWithLowercaseLetter || headingTitle.hasSuffix("-") || headingTitle.hasSuffix(",")
                       || titleOpenEndings.contains(headingTitle.splitOnSpaces().last.map { String($0).folded } ?? "")),
           SectionHeading.parse(piece) == nil, FieldLabel.match(piece) == nil, PersonEntry.parse(piece) == nil {
            // ("fritids-" / "område.": the word broken at the line end is one word.)
            title = headingTitle.hasSuffix("-") && piece.startsWithLowercaseLetter ? String(headingTitle.dropLast()) + piece : headingTitle + " " + piece
            caseNumber = found.value
            index += 1
        }

        // Title on the next line, then perhaps a case number line ("Dnr 2010.009-7").
        skipBlank()
        for _ in 0..<3 where index < lines.count && !proseHeading {
            let text = lines[index].text.trimmed
            if caseNumber == nil, let found = CaseNumber.labelled(in: text), found.before.isEmpty || title == nil {
                caseNumber = found.value
                if title == nil, !found.before.isEmpty { title = found.before }
                // "Dnr B 12/78    Nämnden beviljade bygglov.": in a margin layout the text (or the
                // title) stands beside the case number.
                let columns = text.layoutColumns
                if found.before.isEmpty, columns.count >= 2, let first = columns.first, CaseNumber.labelled(in: first)?.value == found.value {
                    let beside = columns.dropFirst().joined(separator: "  ")
                    index += 1
                    if title == nil {
                        title = continuingTitle(beside, lines: lines, index: &index)
                    } else {
                        textLines.append(SourceLine(number: lines[index - 1].number, text: beside))
                        break
                    }
                    skipBlank()
                    continue
                }
                index += 1
                skipBlank()
                continue
            }
            // "§ 112   Dnr ÖFN 2024/0214" / (right-aligned) "Akt [uppgift borttagen …]" / "Arvode till god man …":
            // an överförmyndare's file number under the case number is no title.
            // (Only the number or its masking: "Akt 2019-0345, samtycke till försäljning" is a title.)
            if title == nil, !isPoint, case let folded = text.folded, folded.hasPrefix("akt ") || folded.hasPrefix("aktnr") || folded.hasPrefix("akt:"),
               text.contains("[") || text.wordCount <= 3,
               lines[index].text.utf8.prefix(while: { $0 == 0x20 }).count >= 20 || caseNumber != nil {
                textLines.append(SourceLine(number: lines[index].number, text: text))
                index += 1
                skipBlank()
                continue
            }
            // "§ 113" / "RS 2025/098" / "Tertialrapport 1 2025": the case number alone on its line.
            if caseNumber == nil, CaseNumber.looksLikeBareCaseNumber(text) {
                caseNumber = text
                index += 1
                skipBlank()
                continue
            }
            // "§ 1." / "Upplästes och godkändes föregående protokoll, fört vid" / "nämndens …": under a
            // bare heading, running prose starts the text at once, as on a heading line.
            if title == nil, !isPoint, rest.isEmpty,
               isProse(text, next: index + 1 < lines.count && !lines[index + 1].isBlank ? lines[index + 1].text : nil) {
                break
            }
            // "§ 1." / "  Att jämte herr ordföranden justera dagens protokoll utsågos herrar" / "N. Ekwall
            // och A. Fridén.": a typed paragraph indents its first line, which no title does.
            // (A centred title is indented further, and ends where it ends: the paragraph's first line
            // runs on into the next, in lower case, with a name's initial, or broken at a hyphen.)
            if title == nil, !isPoint, rest.isEmpty, text.wordCount >= 5, index + 1 < lines.count, !lines[index + 1].isBlank,
               case let indent = lines[index].text.utf8.prefix(while: { $0 == 0x20 }).count, (2...4).contains(indent),
               lines[index + 1].text.utf8.prefix(while: { $0 == 0x20 }).count + 2 <= indent,
               case let next = lines[index + 1].text.trimmed,
               next.startsWithLowercaseLetter || text.hasSuffix("-") || next.count >= 2 && next.first?.isUppercase == true && next.dropFirst().first == "."
                || text.splitOnSpaces(limit: 1).first.map(opensWithPassivePast) == true || lines[index].text.count >= 64 {
                break
            }
            if title == nil, !isPoint, SectionHeading.parse(text) == nil, SectionHeading.parseInline(text) == nil {
                var titleText = text
                // "Rubrik   KS 2018/14"
                let columns = text.layoutColumns
                if caseNumber == nil, columns.count >= 2, let last = columns.last, CaseNumber.looksLikeBareCaseNumber(last) {
                    caseNumber = last
                    titleText = columns.dropLast().joined(separator: " ")
                } else if let found = CaseNumber.labelled(in: text), !found.before.isEmpty {
                    caseNumber = caseNumber ?? found.value
                    titleText = found.before
                }
                index += 1
                title = continuingTitle(titleText.collapsedWhitespace, lines: lines, index: &index)
                skipBlank()
                continue
            }
            break
        }
        textLines += lines[min(index, lines.count)...]
        lines = textLines.flatMap(splittingHangingRubric).flatMap(splittingInlineDecision)

        // Sections and blocks.
        var sections: [(heading: String?, role: SectionHeading.Role, blocks: [DecisionParser.Block])] = [(nil, .other, [])]
        var namedSections: [Section] = []
        var sectionTexts: [[String]] = [[]]
        var currentBlock: [String] = []
        func closeBlock() {
            if !currentBlock.isEmpty, let last = sections.indices.last {
                sections[last].blocks.append(DecisionParser.Block(lines: currentBlock))
            }
            currentBlock = []
        }
        // The lines as laid out, a blank line for each run of blanks: a roll call's header ("Ja  Nej
        // Avstår") stands over its columns only with its indentation. The § text is them trimmed.
        var laidOutLines: [String] = []
        // "Bakgrund: Årsmötet beslutade …" with its text on the label's line describes that paragraph;
        // a paragraph after it that opens with the body deciding ("Stämman beslutade med 34 röster
        // …") is outside the describing rubric.
        var inlineNarrativeOpen = false
        var blankAfterInlineNarrative = false
        // "a) Laddstolpar: … Beslut: Jonna tar in en offert." / "b) Porttelefonen …": a decision given
        // inline inside a lettered item ends where the next item starts, or at a line of who does what
        // ("Ansvarig: Olle") or a reservation.
        var sawLetteredItem = false
        var inlineDecisionOpen = false
        var inlineDecisionInItem = false
        // "Tekniska nämnden § 18⇥14.2.2024" inside a § headed "Kommunstyrelsen⇥§ 48⇥18.03.2024": the
        // case's earlier handling, up to the § line repeated. What was decided there was another
        // meeting's; it is a reference here.
        var earlierHandlingStart: Int?
        var earlierHandlings: [Reference] = []
        // (Only where the § line comes back to open this meeting's part: else what follows another
        // organ's line may be this meeting's own text.)
        let returnsToOwnLine = heading.isOrganDated && lines.contains { OrganDatedHeading.parse($0.text)?.number == heading.number }
        func endEarlierHandling() {
            guard let start = earlierHandlingStart else { return }
            for i in start..<sections.count where sections[i].role != .recipients { sections[i].role = .narrative }
            earlierHandlingStart = nil
        }
        for line in lines {
            let text = line.text
            if inlineDecisionOpen, !line.isBlank, case let trimmed = text.trimmed,
               inlineDecisionInItem && isLetteredItem(trimmed) || endsInlineDecision(trimmed)
                || bulletAfterInlineDecision(trimmed, decision: sectionTexts.last ?? []) {
                closeBlock()
                sections.append((nil, .other, []))
                sectionTexts.append([])
                inlineDecisionOpen = false
                inlineDecisionInItem = false
            }
            // (Once seen, no other line is looked at for it: this runs on every line of every §.)
            if !sawLetteredItem, !line.isBlank, isLetteredItem(text.trimmed) { sawLetteredItem = true }
            if line.isBlank {
                closeBlock()
                if inlineNarrativeOpen, sections.last.map({ !$0.blocks.isEmpty }) == true { blankAfterInlineNarrative = true }
                if let last = laidOutLines.last, !last.isEmpty { laidOutLines.append("") }
                continue
            }
            if blankAfterInlineNarrative {
                blankAfterInlineNarrative = false
                if opensDecision(text, pastTense: true) || opensDecision(text) {
                    sections.append((nil, .other, []))
                    sectionTexts.append([])
                    inlineNarrativeOpen = false
                }
            }
            // A rule ("---", "_____") ends the section before it: what follows (an action list after
            // the last point's decision) is not part of that decision.
            if text.isRuleLine {
                closeBlock()
                sections.append((nil, .other, []))
                sectionTexts.append([])
                if let last = laidOutLines.last, !last.isEmpty { laidOutLines.append("") }
                continue
            }
            // (A tab-separated row keeps its cells by position: a leading tab would add an empty one.)
            laidOutLines.append(text.containsByte(0x09) ? text.trimmed : text)
            if heading.isOrganDated, let dated = OrganDatedHeading.parse(text) {
                if dated.number != heading.number {
                    earlierHandlings.append(Reference(body: dated.organ, date: dated.date, text: text.collapsedWhitespace))
                }
                // (The § line atop a page the § goes on to, with no earlier handling open, is furniture.)
                if returnsToOwnLine, dated.number != heading.number || earlierHandlingStart != nil {
                    closeBlock()
                    endEarlierHandling()
                    sections.append((nil, .other, []))
                    sectionTexts.append([])
                    inlineNarrativeOpen = false
                    if dated.number != heading.number { earlierHandlingStart = sections.count - 1 }
                }
                continue
            }
            if let (heading, role) = SectionHeading.parse(text) {
                closeBlock()
                sections.append((heading, role, []))
                sectionTexts.append([])
                inlineNarrativeOpen = false
                continue
            }
            // "Nämnden beslutar" at the start of a line inside Beslutsunderlag or Ärendebeskrivning: the
            // decision follows without a rubric of its own.
            // Under "Förvaltningens förslag till beslut" or "Yrkanden" the same words are the proposal.
            if let last = sections.last, last.role == .narrative,
               !isProposalRubric(last.heading) && (opensDecision(text) || opensDecisionInPastTense(text))
                // (Under "Förslag till beslut" the body's name opens the draft it is to adopt.)
                // (The line's byte search first: the rubric is folded only for a line that proposes.)
                || bodyProposes(text, organ: organ) && rubricsBeforeOwnProposal.contains(last.heading?.folded.trimmingEnds(":") ?? "") {
                closeBlock()
                sections.append((nil, .other, []))
                sectionTexts.append([])
            }
            if let (heading, role, value) = SectionHeading.parseInline(text) {
                closeBlock()
                sections.append((heading, role, []))
                sectionTexts.append([value])
                currentBlock = [value]
                inlineNarrativeOpen = role == .narrative
                inlineDecisionOpen = role == .decision
                inlineDecisionInItem = role == .decision && sawLetteredItem
                continue
            }
            currentBlock.append(text)
            sectionTexts[sectionTexts.count - 1].append(text.trimmed)
        }
        closeBlock()
        endEarlierHandling()
        var bodyLines = laidOutLines.map(\.trimmed)
        while bodyLines.last == "" { bodyLines.removeLast() }

        var recipients: [String] = []
        for (i, section) in sections.enumerated() where i > 0 {
            let text = section.blocks.map { $0.lines.map { $0.trimmed }.joined(separator: "\n") }.joined(separator: "\n\n")
            if let heading = section.heading { namedSections.append(Section(heading: heading, text: text)) }
            if section.role == .recipients {
                // ("Karl-Erik Boström (c) lämnar sammanträdet kl 21.40. Berit Granlund (c) tjänstgör" /
                // "därefter i hans ställe.": a note of the meeting after the list, read as one paragraph.)
                recipients += recipientList(section.blocks.filter { !isNoteSentence($0.text) }.flatMap(\.lines))
            }
        }
        var references: [Reference] = earlierHandlings
        for section in sections {
            // "Beslutsunderlag" lists one document a line, without full stops: each line is read alone,
            // so that two cited documents do not run into one.
            let listsDocuments = section.heading.map { heading in
                let folded = heading.folded
                return folded.hasPrefix("beslutsunderlag") || folded.hasPrefix("underlag") || folded.hasPrefix("handlingar")
            } ?? false
            for block in section.blocks {
                // A bulleted list is one item a line too.
                let perLine = block.lines.count >= 2
                    && (listsDocuments || block.lines.allSatisfy { DecisionParser.bulletLength($0.trimmed) > 0 })
                let sentences = perLine
                    ? block.lines.map { String($0.trimmed.dropFirst(DecisionParser.bulletLength($0.trimmed))).trimmed }
                        .filter { !$0.isEmpty }.map { ($0, $0.folded) }
                    : Array(zip(block.sentences, block.foldedSentences))
                for (sentence, folded) in sentences {
                    let cited = ReferenceParser.citation(in: sentence, meetingYear: meetingYear)
                    if var reference = ReferenceParser.reference(in: sentence, folded: folded, meetingYear: meetingYear,
                                                                 narrative: section.role == .narrative) ?? cited
                        ?? ReferenceParser.decisionNoun(in: sentence, folded: folded, meetingYear: meetingYear)
                        ?? ReferenceParser.earlierMinutes(in: sentence, folded: folded, meetingYear: meetingYear, ownBody: organ) {
                        // The organ named at the cited date, where the sentence's subject named none.
                        if reference.body == nil, let cited, cited.date == reference.date { reference.body = cited.body }
                        // An att-clause list is read as lines and again as the sentence they make.
                        // ("… riktlinjer, antagna 2019-02-20, § 14, …" in the decision cites again, without its
                        // organ, what the Ärendebeskrivning cited with it: one reference, with the organ.)
                        if reference.date != nil, let same = references.firstIndex(where: { $0.date == reference.date && ($0.body == reference.body || $0.body == nil || reference.body == nil) }) {
                            if references[same].body == nil, reference.body != nil { references[same] = reference }
                            continue
                        }
                        references.append(reference)
                    }
                }
            }
        }
        var decisions = DecisionParser.decisions(in: sections, meetingYear: meetingYear, body: organ)
        if decisions.isEmpty { decisions = ElectionList.decisions(title: title, lines: bodyLines) }
        // "Årsmötet den 12 mars 2023 antog …, med 41 röster mot 12, …": the counts of a cited meeting's
        // vote are that meeting's.
        // (One vote for each cited one, the first with those counts: a vote of this meeting may have
        // the same counts after it.)
        var citedCounts = references.filter { $0.date != nil && VoteParser.mayHoldVote([$0.text]) }
            .flatMap { VoteParser.votes(in: [$0.text]) }.map { [$0.yes, $0.no] }
        let votes = VoteParser.votes(in: laidOutLines, number: heading.number).filter { vote in
            guard vote.ballots.isEmpty, let cited = citedCounts.firstIndex(of: [vote.yes, vote.no]) else { return true }
            citedCounts.remove(at: cited)
            return false
        }
        return Paragraph(
            number: heading.number, title: title, caseNumber: caseNumber, text: bodyLines.joined(separator: "\n"),
            sections: namedSections, decisions: decisions, recipients: recipients, references: references,
            votes: votes, reservations: ReservationParser.reservations(in: sections),
            line: heading.line)
    }

    /// Words a title cannot end on: after them the title goes on on the next line.
    private static let titleOpenEndings: Set<String> = [
        "och", "samt", "eller", "av", "for", "om", "i", "till", "med", "pa", "vid", "inom", "fran", "mot", "efter",
        "under", "over", "mellan", "den", "det", "de", "en", "ett",
    ]

    /// `title` with the lines that continue it from `index` on: the very next lines, in lower case or
    /// after a title line that cannot end where it does ("… enbostadshus och garage," / "Söderboda 3:41").
    /// A clause, a list item, a rubric or a case number line starts the text instead.
    static func continuingTitle(_ title: String, lines: [SourceLine], index: inout Int) -> String {
        var title = title
        while index < lines.count, !lines[index].isBlank, !(title.last?.isSentenceEnd ?? false), title.count < 200 {
            let next = lines[index].text.trimmed
            let lastWord = title.splitOnSpaces().last.map { $0.folded } ?? ""
            // "Medfinansiering av projektet Ung Företagsamhet" / "Västerdal 2025" / "": a short last
            // piece of a wrapped title, alone before the blank line that ends the heading.
            let shortTail = next.wordCount <= 3 && title.wordCount >= 4 && (index + 1 == lines.count || lines[index + 1].isBlank)
                && FieldLabel.match(next) == nil && PersonEntry.parse(next) == nil
            // "§ 17      Ärende 1 – Huvudman A, född 1938" / "          Byte av god man" / "   Dnr ÖFN
            // 2021/0188": pdftotext -layout keeps a wrapped title in the title's column, over the case
            // number.
            let following = index + 1 < lines.count ? lines[index + 1] : nil
            // (Above a blank line it may be the § text: "Till justerare utses Per Lind (M)".)
            let endsHeading = following.map { CaseNumber.labelled(in: $0.text.trimmed)?.before.isEmpty == true } ?? false
            let alignedTail = lines[index].text.hasPrefix("        ") && next.wordCount <= 8 && title.wordCount >= 2 && endsHeading
                && FieldLabel.match(next) == nil && PersonEntry.parse(next) == nil
            let openEnd = title.hasSuffix(",") || titleOpenEndings.contains(lastWord) || shortTail || alignedTail
            // A line that ends a sentence is running text, and "a) …" is a sub-item, not a title.
            guard next.firstLetterIsLowercase || openEnd, !(next.last?.isSentenceEnd ?? false), !isLetteredItem(next),
                  !AttClauses.startsClause(next), !DecisionParser.isListItem(next),
                  SectionHeading.parse(next) == nil, SectionHeading.parseInline(next) == nil, CaseNumber.labelled(in: next) == nil else {
                break
            }
            title += " " + next
            index += 1
        }
        return title
    }

    /// "Ansvarig: Olle", "Olle reserverade sig mot beslutet …": a line after an inline decision that
    /// is no part of it.
    private static func endsInlineDecision(_ line: String) -> Bool {
        let folded = line.prefix(60).folded
        if ["ansvarig:", "ansvariga:", "ansvar:", "atgard:", "reservation:", "protokollsanteckning:"].contains(where: { folded.hasPrefix($0) }) { return true }
        let words = folded.splitOnSpaces(limit: 5)
        return words.prefix(4).contains { $0.hasPrefix("reserver") } && folded.includes(" sig")
    }

    /// "Beslut: att godkänna sponsoravtalet …, 15 000 kr/år i tre år." / "• Avtalet med … bordläggs":
    /// a bullet after a decision that ended its sentence is the notes going on.
    /// (A decision that lists its points as bullets, "Beslut: Styrelsen beslutar följande:", keeps them.)
    private static func bulletAfterInlineDecision(_ line: String, decision: [String]) -> Bool {
        guard case let bullet = DecisionParser.bulletLength(line), bullet > 0, let last = decision.last, last.hasSuffix("."),
              !last.folded.hasSuffix("foljande."),
              !decision.contains(where: { DecisionParser.bulletLength($0) > 0 }) else { return false }
        return !AttClauses.startsClause(String(line.dropFirst(bullet)).trimmed)
    }

    /// Notes a template prints where the case number stands, folded.
    private static let marginNotes: Set<String> = ["sekretess", "sekretessbelagd", "sekretessbelagt", "sekretessbelagt arende",
                                                   "offentlig", "omedelbart justerad", "omedelbar justering", "omedelbart justerat"]

    /// "a) Skylt vid infarten", "b. Övrigt": a lettered sub-item.
    static func isLetteredItem(_ line: String) -> Bool {
        let bytes = Array(line.utf8.prefix(3))
        guard bytes.count >= 3, bytes[0] >= 0x61, bytes[0] <= 0x7A else { return false }
        return (bytes[1] == 0x29 || bytes[1] == 0x2E) && (bytes[2] == 0x20 || bytes[2] == 0x09)
    }

    /// The narrative rubrics after which the body's own proposal may follow without a rubric of its own.
    private static let rubricsBeforeOwnProposal: Set<String> = [
        "arendet", "arende", "arendebeskrivning", "beskrivning av arendet", "bakgrund", "yrkanden", "yrkande", "beslutsgang",
    ]

    /// "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta …" opening a line: the body of
    /// these minutes proposing is its resolution, even under "Ärendet" or "Yrkanden".
    static func bodyProposes(_ line: String, organ: String?) -> Bool {
        guard let organ, let verb = line.find(" föreslår "),
              line.folded.includes("besluta") || !(line.trimmed.last?.isSentenceEnd ?? true) else { return false }
        let subject = line[..<verb.lowerBound].trimmed
        return subject.wordCount <= 4 && subject.startsWithUppercaseLetter && DecisionParser.isThisBody(subject, organ)
    }

    /// "Förslag till beslut", "Förvaltningens förslag till beslut", "Yrkanden": a rubric whose text
    /// proposes, so that "Nämnden beslutar att …" in it is no decision.
    static func isProposalRubric(_ heading: String?) -> Bool {
        guard let folded = heading?.folded else { return false }
        return folded.includes("forslag") || folded.hasPrefix("yrkande") || folded.includes("beslutsforslag")
    }

    /// Past-tense verbs that make a heading line a sentence of running prose.
    private static let proseVerbs: Set<String> = ["beslutade", "beslot", "besloto", "bifollo", "medgavo", "utsagos", "beslots", "beslutades", "beslutats", "valdes", "godkande", "godkandes",
                                                      "forklarade"]

    /// The text after "§ 17." is a sentence of running prose, not a title: it ends in a full stop after
    /// eight words or more, it states a decision, or it runs on in lower case into a second sentence.
    static func isProse(_ rest: String, next: String?) -> Bool {
        let words = rest.splitOnSpaces()
        if words.count >= 3, let first = words.first, opensWithPassivePast(first),
           first.hasSuffix(",") || proseSecondWords.contains(words[1].folded.trimmingEnds(",.:;")) { return true }
        guard words.count >= 6 else { return false }
        // "Val av justerare. Beslut: …": a short first sentence is a title before the text.
        let sentences = Sentences.split(rest.collapsedWhitespace)
        if sentences.count >= 2, let first = sentences.first, first.wordCount <= 5 { return false }
        if words.count >= 8, rest.hasSuffix("."), !rest.hasSuffix("..") { return true }
        if words.contains(where: { proseVerbs.contains($0.folded.trimmingPunctuation) }) { return true }
        guard let next = next?.trimmed, next.firstLetterIsLowercase, next.startsWithLowercaseLetter else { return false }
        return Sentences.split(rest.collapsedWhitespace + " " + next).count >= 2
    }

    /// Endings of a past passive verb ("Upplästes", "Föredrogs", "Anmäldes", "Beslöts", "Utsågs"),
    /// folded. "-ndes" is left out: "Ordförandes beslut" is a title.
    private static let passivePastEndings = ["ades", "ldes", "rdes", "ddes", "ttes", "stes", "ktes", "ptes", "ogs", "ags", "ots"]

    /// The word after an opening past passive in prose ("Upplästes och godkändes", "Föredrogs en
    /// framställning", "Beslöts att"); a genitive title goes on with a noun ("Hammarskogs förskola").
    private static let proseSecondWords: Set<String> = [
        "och", "att", "en", "ett", "det", "den", "de", "foljande", "foregaende", "fran", "till", "pa", "i", "av",
        "skrivelse", "skrivelser", "protokollet", "harvid", "darvid", "darefter", "ater",
    ]

    /// "Föredrogs en framställning från …": old minutes open a § with a past passive verb, which no
    /// title does.
    static func opensWithPassivePast(_ word: Substring) -> Bool {
        guard word.startsWithUppercaseLetter, word.count >= 6 else { return false }
        let folded = word.folded.trimmingEnds(",.:;")
        return passivePastEndings.contains { folded.hasSuffix($0) }
    }

    /// "Beslut              Individutskottet beslutar att …": a template that sets its rubrics in a
    /// left column, beside the text, as PDF exports keep it. The rubric gets a line of its own, so
    /// that it opens its section as it would above the text.
    /// (pdftotext -layout indents the whole page a little: "   Beslut        Barn- och …".)
    static func splittingHangingRubric(_ line: SourceLine) -> [SourceLine] {
        guard line.text.hasLayoutGap, let first = line.text.first, first != "\t" else { return [line] }
        let indent = line.text.utf8.prefix { $0 == 0x20 }.count
        // (An indented line needs a gap of three: "   Beslutet  innebar …" is a justified line of text.)
        guard indent <= 6, let gap = line.text.find(indent == 0 ? "  " : "   ", from: line.text.utf8.index(line.text.startIndex, offsetBy: indent)) ?? line.text.find("\t"),
              gap.lowerBound > line.text.utf8.index(line.text.startIndex, offsetBy: indent) else { return [line] }
        let rubric = String(line.text[..<gap.lowerBound]).trimmed
        let rest = line.text[gap.lowerBound...].drop { $0 == " " || $0 == "\t" }
        // A table's header row ("Omröstningsresultat      Ja     Nej    Avstår") has more columns.
        guard !rest.isEmpty, rubric.utf8.count <= 40, !rest.hasLayoutGap, SectionHeading.parse(rubric) != nil else { return [line] }
        var heading = line
        heading.text = rubric
        var text = line
        // The text keeps its column: the lines that continue it are indented to the same place.
        text.text = String(line.text[..<rest.startIndex].map { $0 == "\t" ? "\t" : " " }) + rest
        text.startsPage = false
        return [heading, text]
    }

    /// "Tre offerter har kommit in. Beslut: att anta …": a Beslut rubric after a full stop in the middle
    /// of a line starts a line of its own, as it would in a longer layout.
    static func splittingInlineDecision(_ line: SourceLine) -> [SourceLine] {
        guard line.text.containsByte(0x3A) else { return [line] }
        for marker in [". Beslut: ", ". Beslutet: ", ". Beslut:"] {
            guard let range = line.text.find(marker) else { continue }
            var before = line
            before.text = String(line.text[..<range.lowerBound]) + "."
            var after = line
            after.text = String(line.text[line.text.index(range.lowerBound, offsetBy: 2)...])
            after.startsPage = false
            return [before] + splittingInlineDecision(after)
        }
        return [line]
    }

    private static let decisionOpeningVerbs: Set<String> = ["beslutar"]
    private static let decisionOpeningVerbsAnyTense: Set<String> = ["beslutar", "beslutade", "beslot"]

    /// "Nämnden beslutar", "Kommunstyrelsen beslutar att ...": an organ deciding, at the start of a line.
    /// `pastTense` also takes "Stämman beslutade", "Styrelsen beslöt", where only a line's place in a
    /// block is asked.
    /// "Styrelsen beslutade" alone on its line, or with "att" after it, and no date: the att-clauses
    /// follow. With a date ("Nämnden beslutade 2019-05-14 att …") it reports an earlier decision.
    static func opensDecisionInPastTense(_ line: String) -> Bool {
        let words = line.trimmed.trimmingEnds(":").splitOnSpaces()
        guard words.count <= 6, !line.contains(where: \.isNumber), let last = words.last else { return false }
        let verbLast = decisionOpeningVerbsAnyTense.contains(last.folded) || last.folded == "att"
            && words.dropLast().last.map({ decisionOpeningVerbsAnyTense.contains($0.folded) }) == true
        return verbLast && opensDecision(line, pastTense: true)
    }

    static func opensDecision(_ line: String, pastTense: Bool = false) -> Bool {
        guard line.find("eslut") != nil || line.find("ESLUT") != nil || pastTense && (line.find("eslöt") != nil || line.find("ESLÖT") != nil) else {
            return false
        }
        let verbs = pastTense ? decisionOpeningVerbsAnyTense : decisionOpeningVerbs
        let words = line.trimmed.splitOnSpaces().map(String.init)
        guard let verb = words.firstIndex(where: { verbs.contains($0.folded.trimmingPunctuation) }), verb >= 1, verb <= 5,
              let subject = Subject.phrase(words[..<verb].joined(separator: " ")) else { return false }
        return Subject.isOrganNoun((subject.splitOnSpaces().last.map(String.init) ?? "").folded)
    }

    /// Two sentences, or one long one: "Ulf Gröndahl (KD) lämnar sammanträdet efter § 49." A
    /// recipient may hold an abbreviation ("Ägaren till Söderboda 3:12 (rek. + besvärshänvisning)").
    private static func isNoteSentence(_ line: String) -> Bool {
        let text = line.trimmed
        guard text.wordCount >= 6 else { return false }
        return text.hasSuffix(".") && text.wordCount >= 8 || Sentences.split(text).count >= 2
    }

    /// A running list of recipients wrapped over lines: a line that ends in a comma, inside a
    /// parenthesis ("Socialnämnden (för" / "kännedom)") or in "och" or "samt" ("Vård- och" /
    /// "omsorgsförvaltningen", "Ekonomiavdelningen och" / "Revisorerna") goes on on the next line.
    static func joiningWrappedRecipients(_ lines: [String]) -> [String] {
        var joined: [String] = []
        var open = false
        for line in lines {
            let text = line.trimmed
            if open, !text.isEmpty, let last = joined.last {
                joined[joined.count - 1] = last + " " + text
            } else {
                joined.append(line)
            }
            guard let current = joined.last?.trimmed, !current.isEmpty else { open = false; continue }
            let words = current.splitOnSpaces()
            open = current.hasSuffix(",") || current.filter({ $0 == "(" }).count > current.filter({ $0 == ")" }).count
                || words.count >= 2 && (words.last == "och" || words.last == "samt")
        }
        return joined
    }

    /// "YLA", "Kommunstyrelsen, Ekonomiavdelningen och Revisorerna", one per line or bullet.
    private static let sharedPlurals: Set<String> = ["kommuner", "kommunerna", "regioner", "regionerna", "namnder", "namnderna", "forsamlingar"]

    static func recipientList(_ lines: [String]) -> [String] {
        var result: [String] = []
        let lines = joiningWrappedRecipients(lines)
        // One recipient a line: a comma inside a line describes that recipient ("Verksamhetschef,
        // Lindeby lasarett", "Regionstyrelsen, för kännedom"), unless the line lists three or more.
        let onePerLine = lines.filter { !$0.trimmed.isEmpty }.count >= 2
        // "Ulf Gröndahl (KD) lämnar sammanträdet efter § 49. Lisbeth Norén …": a sentence after the
        // list is a note of the meeting, not a recipient.
        // ("Rätt utdraget intygar:": a label over the next lines names no recipient.)
        for line in lines where !isNoteSentence(line) && !line.trimmed.hasSuffix(":") {
            // "Kommunfullmäktige i Siljebo, Tärnås och Ljungmora kommuner": the places share the
            // plural at the end; the line is one recipient.
            if let last = line.trimmed.trimmingEnds(".,").splitOnSpaces().last, sharedPlurals.contains(last.folded),
               line.includes(" och "), let comma = line.firstIndex(of: ","), line[..<comma].includes(" i ") {
                let item = line.trimmed.trimmingEnds(".,")
                if !result.contains(item) { result.append(item) }
                continue
            }
            var parts = NameList.splitTopLevel(line, separators: [",", ";"])
            // ("Förvaltningschef, rektor Alsterbro skola, rektor Örsjöskolan": titles of people in a list.)
            if onePerLine, parts.count < 3 || !(parts.first?.trimmed.startsWithUppercaseLetter ?? false)
                || parts.contains(where: { $0.wordCount > 6 }) { parts = [line] }
            for part in parts {
                // "Mark och exploatering" is one recipient; "Ekonomiavdelningen och Revisorerna" two.
                let pieces = NameList.splitAtOch(part.trimmed)
                let listsSeveral = pieces.dropFirst().allSatisfy { $0.startsWithUppercaseLetter }
                for piece in listsSeveral ? pieces : [part.trimmed] {
                    var item = piece.trimmed
                    item = String(item.drop(while: { $0 == "-" || $0 == "•" || $0 == "*" || $0 == " " }))
                    while let last = item.last, last == "." || last == "," { item.removeLast() }
                    if !item.isEmpty, !result.contains(item) { result.append(item) }
                }
            }
        }
        return result
    }
}

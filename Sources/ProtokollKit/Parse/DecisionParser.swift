import Foundation

/// Finds the body's own resolutions in a §: a "Beslut" section, "X beslutar att ...", and the
/// Swedish passive formulas ("Dagordningen godkännes.", "Till justerare utses ..."). Proposals,
/// yrkanden and decisions quoted from earlier meetings are not decisions of this meeting.
enum DecisionParser {
    struct Block {
        let lines: [String]
        /// The lines as running text, without list bullets.
        let text: String
        /// The sentences of `text`. Decisions and references both read every block sentence by
        /// sentence, so the split is made once.
        let sentences: [String]
        /// `sentences` folded, in the same order: every sentence is tested by folded words.
        let foldedSentences: [String]

        init(lines: [String]) {
            self.lines = lines
            text = Block.runningText(lines)
            // A list item without a full stop ("• Länsstyrelsen, beslut 2024-02-28 om bidrag") ends
            // its sentence where a capitalised line follows it.
            var sentences: [String] = []
            var start = 0
            for index in lines.indices where index + 1 < lines.count && DecisionParser.isListItem(lines[index])
                && !DecisionParser.isListItem(lines[index + 1]) && lines[index + 1].trimmed.startsWithUppercaseLetter {
                sentences += Sentences.split(Block.runningText(Array(lines[start...index])))
                start = index + 1
            }
            sentences += Sentences.split(start == 0 ? text : Block.runningText(Array(lines[start...])))
            self.sentences = sentences
            foldedSentences = sentences.map(\.folded)
        }

        private static func runningText(_ lines: [String]) -> String {
            lines.map { line in
                let t = line.trimmed
                let mark = DecisionParser.bulletLength(t)
                return mark > 0 ? String(t.dropFirst(mark)) : t
            }.joined(separator: " ").collapsedWhitespace
        }
    }

    /// The length of a bullet and the space or tab after it ("- ", "•\t"); 0 without one.
    static func bulletLength(_ line: String) -> Int {
        guard let first = line.first, "-•*–·".contains(first), let second = line.dropFirst().first, second == " " || second == "\t" else {
            return 0
        }
        return 2
    }

    /// Verbs by which a subject states a resolution: "Styrelsen beslutar", "Mötet valde".
    /// (Older minutes write the plural of the past: "stadsfullmäktige beslöto", "biföllo", "medgåvo".)
    private static let decidingVerbs = ["beslutar", "beslutade", "beslot", "besloto", "beslutas", "beslutades", "beslots", "bestamde", "bestammer"]
    private static let actingVerbs = [
        "godkanner", "faststaller", "antar", "tillstyrker", "avstyrker", "uppdrar", "valde", "valjer",
        "beviljar", "avslar", "bifaller", "aterremitterar", "bordlagger", "utser", "utsag", "ger", "gav", "lagger", "uppdrog", "remitterar",
        "tackar", "noterar", "noterade", "godkande", "faststallde", "antog", "biföll", "bifoll", "avslog", "beviljade", "utsag",
        "justerade", "justerar", "bifollo", "antogo", "avslogo", "uppdrogo", "medgavo",
        // "Utskottet medgav att Nils Antonsson … fick närvara": a permission granted.
        "medgav", "medger",
    ]
    private static let actingVerbSet = Set(actingVerbs)
    /// Passive formulas that are decisions by themselves.
    private static let passiveFormulas = [
        "godkannes", "godkanns", "godkandes", "faststalls", "faststalles", "faststalldes", "till handlingarna",
        "tas till protokollet", "togs till protokollet", "laggs till protokollet", "utses", "utsags", "utsågs",
        "valdes", "valjs", "omvaldes", "nyvaldes", "omvald", "nyvald", "utsagos", "arendet utgar", "utgar", "anses besvarad", "anses besvarat", "anses vara besvarad",
        "forklaras besvarad", "avslas", "avslogs", "bifalls", "bifalles", "bifolls", "aterremitteras",
        "aterremitterades", "bordlaggs", "bordlades", "antas", "antogs", "beviljas", "beviljades",
        "tillstyrks", "avstyrks", "uppdras", "uppdrogs", "beslutas", "attsatsen bifalles", "attsatserna bifalles",
        "informationen noteras", "informationen noterades", "informationen antecknas", "informationen antecknades",
        "remitteras till", "remitterades till", "forklarades beslutsmassigt", "forklaras beslutsmassigt", "forklarades behorigt",
        "forklaras behorigt", "bestamdes", "bestams", "behorigen utlyst", "behorigen utlysts", "behorigen kallat", "behorigen kallad", "forklarades behorigen sammankallad", "forklaras behorigen sammankallad",
        "forklarades behorigen sammankallat", "forklaras behorigen sammankallat", "stadgeenligt utlyst",
        "laga ordning kungjort", "laga ordning kungjord", "behorigen kungjort", "behorigen kungjord",
    ]
    /// Verbs that report someone's view: a formula in the att-clause after them decides nothing.
    private static let reportingVerbs = ["tillstyrker", "foreslar", "foreslog", "foreslagit", "yrkar", "anser", "menar", "onskar", "begar", "rekommenderar", "framhaller", "papekar"]
    private static let proposalWords = ["foreslar", "foreslas", "foreslog", "foreslagit", "yrkar", "yrkade", "forslag till beslut"]
    /// Words of narrative about the future or of wishes: no passive formula in such a sentence decides.
    private static let notDecision = proposalWords + ["kommer att", "skulle", "ska ", "ombeds", "onskar"]

    /// "• Motion om …" / "Kommunfullmäktige beslutar" / "1. …": a line that opens a decision starts a
    /// block of its own, so that the lines before it do not run into its sentence.
    private static func splitAtDecisionOpeners(_ block: Block) -> [Block] {
        let lines = block.lines
        let starts = lines.indices.dropFirst().filter { ParagraphParser.opensDecision(lines[$0], pastTense: true) || opensProposal(lines[$0]) }
        guard !starts.isEmpty else { return [block] }
        var blocks: [Block] = []
        var from = 0
        for start in starts {
            blocks.append(Block(lines: Array(lines[from..<start])))
            from = start
        }
        blocks.append(Block(lines: Array(lines[from...])))
        return blocks
    }

    /// "Valberedningen valdes på förslag från mötet:" with the table of the elected on the next
    /// lines, without a blank line between: the table is a block of its own.
    private static func splitAtElectionTable(_ block: Block) -> [Block] {
        let lines = block.lines
        guard lines.count >= 3,
              // A sentence, not a sub-rubric of a list ("suppleanter:").
              // (Bytes first: this runs for every block of every §.)
              let colon = lines.indices.dropLast().first(where: {
                  lines[$0].utf8.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) == 0x3A
                      && lines[$0 + 1].hasLayoutGap && lines[$0].wordCount >= 3
              }),
              ElectionList.tableRows(Array(lines[(colon + 1)...])) != nil else { return [block] }
        return [Block(lines: Array(lines[...colon])), Block(lines: Array(lines[(colon + 1)...]))]
    }

    /// "Styrelsen beslutade:" with "1. att ..." on the next lines of the same paragraph: the list is
    /// a block of its own, as if a blank line stood before it.
    private static func splitAtList(_ block: Block) -> [Block] {
        let lines = block.lines
        guard lines.count >= 2, !AttClauses.startsClause(lines[0]), !isListItem(lines[0]),
              let start = lines.indices.dropFirst().first(where: { AttClauses.startsClause(lines[$0]) || isListItem(lines[$0]) }) else {
            return [block]
        }
        let head = Block(lines: Array(lines[..<start]))
        let opener = head.text.folded
        let bareVerb = head.lines.count == 1 && ParagraphParser.opensDecision(head.text, pastTense: true) && isBareInfinitive(String(opener.splitOnSpaces().suffix(2).joined(separator: " ")))
        guard bareVerb || opener.hasSuffix(":") || opener.hasSuffix(" att") || opener.includes("beslutar ") || opener.hasSuffix("beslutar") || opener.hasSuffix("beslutade") || opener.hasSuffix("beslutas") || opener.hasSuffix("besluta") else {
            return [block]
        }
        // "… och anmäla dessa till nämnden." / "Elin Sjöberg Nyström och Amira Haddad anmäler avvikande
        // mening …": a capitalised sentence after the last clause's full stop is the § going on (a
        // reservation, a note), not part of the decision. ("Beslutet gäller omedelbart även om det
        // överklagas." says more of the decision itself.)
        if let end = lines.indices.dropFirst(start + 1).first(where: { index in
            let line = lines[index].trimmed
            let previousWord = lines[index - 1].trimmed.splitOnSpaces().last.map(String.init) ?? ""
            // ("… samverka med bl.a." / "Trafikverket …": an abbreviation ends no sentence.)
            return line.startsWithUppercaseLetter && !AttClauses.startsClause(line) && !isListItem(line)
                && previousWord.hasSuffix(".") && previousWord.count >= 5 && !previousWord.dropLast().contains(".")
                && !line.hasPrefix("Beslutet ") && !line.hasPrefix("Detta beslut") && !continuesTheDecision(line)
        }) {
            return [head, Block(lines: Array(lines[start..<end])), Block(lines: Array(lines[end...]))]
        }
        return [head, Block(lines: Array(lines[start...]))]
    }

    /// Decisions in the sections of one §. `body` is the document's organ, when known: another organ
    /// that "tillstyrker" or "godkänner" in the text is not deciding here.
    static func decisions(
        in sections: [(heading: String?, role: SectionHeading.Role, blocks: [Block])], meetingYear: Int?, body: String? = nil
    ) -> [Decision] {
        var result: [Decision] = []
        for (position, original) in sections.enumerated() {
            var section = original
            var proposer: String?
            var proposesToAnother = false
            // "… förslag till regionstyrelsen": what is decided under the heading goes to that organ.
            var receiver: String?
            // "Arbetsutskottets förslag till kommunstyrelsen" in the arbetsutskott's own minutes is its
            // resolution: the organ of the heading is this meeting's body.
            if section.role == .narrative, let heading = section.heading, let organ = proposingOrgan(heading), isThisBody(organ, body),
               body != nil {
                section.role = .decision
                proposer = organ
                proposesToAnother = true
                receiver = proposalReceiver(ofHeading: heading)
            }
            // "Förslag till kommunstyrelsen" in an utskott's or beredning's own minutes is what it
            // resolved to propose.
            if section.role == .narrative, let heading = section.heading?.folded, heading.hasPrefix("forslag till "),
               heading != "forslag till beslut", let organ = body?.folded,
               ["utskott", "beredning", "presidium"].contains(where: { organ.includes($0) }) {
                section.role = .decision
                receiver = section.heading.flatMap(proposalReceiver(ofHeading:))
            }
            // "Arbetsutskottets beslut": the organ of the rubric decides its att-clauses.
            if section.role == .decision, proposer == nil, let heading = section.heading {
                let words = heading.splitOnSpaces()
                if words.count >= 2, words.last.map({ $0.folded == "beslut" }) == true, let genitive = words.dropLast().last, genitive.hasSuffix("s") {
                    let organ = HeaderParser.nominative(words.dropLast().joined(separator: " "))
                    if organ != words.dropLast().joined(separator: " ") { proposer = organ }
                }
            }
            switch section.role {
            case .decision:
                var found = scan(section.blocks, inDecisionSection: true, meetingYear: meetingYear, body: body)
                // "1. Delårsrapporten … godkänns." / "2. Delårsrapporten överlämnas till regionstyrelsen.": a
                // rubric's numbered points, each a sentence, are the points of one decision.
                if let items = numberedPoints(section.blocks), items.count >= 2, !found.contains(where: { !$0.clauses.isEmpty }) {
                    found = [Decision(decidedBy: found.first?.decidedBy, text: items.joined(separator: " "),
                                      clauses: items.map { AttClauses.clean(String($0.drop { !$0.isLetter })) })]
                }
                // ("Ingen åtgärd beslutades." under the rubric: the section says nothing was decided.)
                if found.isEmpty, !section.blocks.isEmpty, !section.blocks.contains(where: { $0.foldedSentences.contains(where: negatesDecision) }) {
                    found = [wholeSection(section.blocks)]
                }
                // The rubric's organ decides what stands under it, passive formulas too ("Dagordningen
                // fastställs" under "Kommunfullmäktiges beslut").
                if let proposer {
                    for i in found.indices where found[i].decidedBy == nil { found[i].decidedBy = proposer }
                    // Under "Kommunstyrelsens förslag till kommunfullmäktige" the text is written as the
                    // receiving organ will decide ("Kommunfullmäktige beslutar att …"): what this meeting
                    // decided is the proposal, so the proposing organ is the decider.
                    if proposesToAnother {
                        for i in found.indices where found[i].decidedBy.map({ !isThisBody($0, body) }) == true { found[i].decidedBy = proposer }
                    }
                }
                // ("Barn- och utbildningsnämnden beslutar för egen del" under the proposal: its own decision.)
                if let receiver {
                    for i in found.indices where !decidesForItsOwnPart(found[i].text) { found[i].proposedTo = receiver }
                }
                result += adoptingProposals(found, from: sections[..<position], body: body)
            case .other:
                var found = scan(section.blocks, inDecisionSection: false, meetingYear: meetingYear, body: body)
                // "Med fyra röster mot två bifölls ordförandens förslag." / "Styrelsen beslutade att ge VD
                // mandat …": the vote's outcome, then the decision it adopted written out.
                // ("Årsmötet beslutade även att …" after it is a decision of its own.)
                if let written = found.lastIndex(where: { !$0.clauses.isEmpty }),
                   !["även", "också", "vidare", "dessutom"].contains(where: { word in
                       found[written].text.splitOnSpaces(limit: 4).contains { $0.lowercased() == word } }) {
                    found = found.enumerated().filter { index, decision in
                        let folded = decision.text.folded
                        return !(index < written && decision.clauses.isEmpty && folded.includes("roster mot ")
                                 && (folded.includes("bifolls") || folded.includes("bifoll") || folded.includes("antogs") || folded.includes("enligt"))
                                 && folded.includes("forslag") && !folded.includes("yrkande"))
                    }.map(\.element)
                }
                // "Enligt förvaltningsstadgan 133 § justeras protokollet av två justerare …" right before
                // "Förslag:" and "Beslut:": a passive without an organ there states a rule or the background.
                if section.heading == nil, let next = sections[safe: position + 1], next.role == .narrative,
                   next.heading.map({ $0.folded.includes("forslag") }) == true,
                   sections[(position + 2)...].contains(where: { $0.role == .decision && !$0.blocks.isEmpty }) {
                    found.removeAll { $0.decidedBy == nil && $0.clauses.isEmpty && isPassiveDecision($0.text.folded) && statesBackground($0.text) }
                }
                // "Därefter beslutade styrelsen enligt VD:s förslag." over the "Beslut:" rubric that
                // writes that decision out: the sentence tells of it, the rubric holds it.
                if sections[(position + 1)...].contains(where: { section in
                    section.role == .decision && !section.blocks.allSatisfy { $0.text.folded.includes("justera") }
                }) {
                    found.removeAll { $0.clauses.isEmpty && AdoptedProposal.owner(ofDecision: $0.text) != nil }
                    // "- Förvaltningsrätten …, dom 2025-10-15 … Överklagandet avslås." over "Regionfullmäktiges
                    // beslut": a passive without its organ in a dated item of a list of documents, before
                    // the rubric that holds the decision, is what the document's author decided.
                    // (Only a court's or an authority's ruling: an item of this body's own business — "Offert
                    // …, 2025-01-28. Offerten godkänns.", "Inera AB, årsstämma 2025-05-21. Till ombud utses …"
                    // — is decided here.)
                    // ("Kommunfullmäktige 2024-12-16, § 178, Val av ersättare … Till ny ersättare valdes Kerstin
                    // Palm (V).": an item headed by another organ and the date of its decision tells what that
                    // organ decided, whatever the verb.)
                    let citedItems = section.blocks.filter { block in
                        block.lines.first.map(isListItem) == true && SwedishDate.mayHoldDate(block.text)
                            || block.lines.first.map(opensWithDatedOrgan) == true
                    }
                    found.removeAll { decision in
                        guard decision.decidedBy == nil, decision.clauses.isEmpty,
                              let item = citedItems.first(where: { $0.sentences.contains(decision.text) }),
                              let index = item.sentences.firstIndex(of: decision.text), index > 0 else { return false }
                        if let first = item.lines.first, opensWithDatedOrgan(first), !isThisBody(organHeading(first) ?? "", body) { return true }
                        let ruling = decision.text.folded
                        let before = item.sentences[..<index].joined(separator: " ").folded
                        return ["avslas", "bifalls", "upphavs", "avvisas", "faststalls", "avskrivs", "undanrojs"].contains(where: { ruling.includes($0) })
                            && (before.includes("dom ") || before.includes("mal nr") || outsideAuthors.contains(where: { before.includes($0) }))
                    }
                }
                result += adoptingProposals(found, from: sections[..<position], body: body)
            case .narrative, .recipients:
                continue
            }
        }
        if result.isEmpty { result = closingNarrativeDecision(in: sections, meetingYear: meetingYear, body: body) }
        return result
    }

    /// "Kommunfullmäktige 2024-12-16, § 178, …", "Kommunstyrelsen, protokoll 2025-01-15": a line that
    /// opens with an organ and the date of its decision or minutes.
    static func opensWithDatedOrgan(_ line: String) -> Bool { organHeading(line) != nil }

    /// The organ before the first date of `line`, when nothing else stands there ("Kommunfullmäktige",
    /// "Skolinspektionen, beslut").
    private static func organHeading(_ line: String) -> String? {
        let text = line.trimmed
        guard text.startsWithUppercaseLetter, SwedishDate.mayHoldDate(text),
              let date = SwedishDate.all(in: text).first, date.iso != nil, (1...60).contains(date.start) else { return nil }
        var words = String(text.prefix(date.start)).splitOnSpaces().map { $0.folded.trimmingEnds(",:;") }
        if let last = words.last, ["beslut", "dom", "protokoll", "den"].contains(last) { words.removeLast() }
        guard (1...5).contains(words.count), let organ = words.last else { return nil }
        guard Subject.isOrganNoun(organ) || outsideAuthors.contains(where: { organ.includes($0) }) else { return nil }
        return String(text.prefix(date.start)).trimmingEnds(", ")
    }

    /// "Barn- och utbildningsnämnden beslutar för egen del att …": the body's own decision beside its
    /// proposal. ("att för egen del anta reviderad förbundsordning" is what the receiver is to do.)
    static func decidesForItsOwnPart(_ text: String) -> Bool {
        let folded = text.folded
        guard let own = folded.find(" for egen del") else { return false }
        let head = folded[..<own.lowerBound]
        // ("beslutar därutöver för egen del", "beslutar, för egen del,": a linking word or a comma between.)
        let words = head.splitOnSpaces().map { String($0).trimmingEnds(",") }.filter { !["darutover", "dessutom", "aven", "ocksa", "vidare"].contains($0) }
        return !head.includes("att ") && !head.hasPrefix("att") && words.last.map { decidingVerbs.contains($0) } == true
    }

    /// The points of a section that is nothing but a numbered list ("1. …" / "   goes on" / "2. …"),
    /// each with its wrapped lines; nil when anything stands before the first point.
    static func numberedPoints(_ blocks: [Block]) -> [String]? {
        var items: [String] = []
        for line in blocks.flatMap(\.lines) {
            let text = line.replacingAll("\t", with: " ").collapsedWhitespace.trimmed
            if text.first?.isNumber == true, isListItem(line.trimmed) {
                items.append(text)
            } else if let last = items.indices.last {
                items[last] += " " + text
            } else {
                return nil
            }
        }
        return items
    }

    /// Words that link a decision to what was said before it, folded: "beslutade därmed", "således".
    private static let linkingWords: Set<String> = ["darmed", "harmed", "alltsa", "saledes"]

    /// Verbs by which someone tells the meeting something, folded: what follows is reported, not decided.
    private static let tellingVerbs: Set<String> = ["upplyste", "informerade", "paminde", "papekade", "framholl", "redogjorde", "erinrade"]

    /// The verb that ends "Till revisorer för ett år valdes" when the elected follow as a list, folded.
    private static let electedVerbs: Set<String> = ["valdes", "omvaldes", "nyvaldes", "invaldes", "utsags", "valjes", "valjs"]

    /// Courts and authorities whose rulings a list of meddelanden reports, folded.
    private static let outsideAuthors = ["ratten", "domstol", "lansstyrelsen", "inspektionen", "myndigheten", "verket", "justitieombudsman"]

    /// Rubrics of description, under which a template without a "Beslut" rubric may end with the
    /// decision itself ("Bakgrund" / … / "Styrelsen beslutade, med fyra röster mot en," / "att …").
    /// Rubrics of proposals and votes are not among them: what stands there is proposed, not decided.
    private static let describingRubrics: Set<String> = [
        "bakgrund", "arendebeskrivning", "arendet", "arende", "beskrivning av arendet", "arendets beskrivning",
        "arendet i korthet", "sammanfattning", "sammanfattning av arendet", "jav", "overvaganden", "bedomning",
        "motivering", "konsekvenser", "ekonomiska konsekvenser", "finansiering", "synpunkter", "avvikande mening",
        "avvikande meningar",
    ]

    /// Rubrics that follow a decision: what the members said of it.
    private static let afterDecisionRubrics: Set<String> = [
        "reservation", "reservationer", "protokollsanteckning", "protokollsanteckningar", "sarskilt yttrande",
        "sarskilda yttranden", "expedieras", "expedieras till",
    ]

    /// A § with no decision anywhere else, whose last section is a describing rubric: the body's own
    /// deciding sentence there is the decision. Only this body deciding counts, and a dated sentence
    /// stays a reference to an earlier decision (`scan` tells them apart).
    private static func closingNarrativeDecision(
        in sections: [(heading: String?, role: SectionHeading.Role, blocks: [Block])], meetingYear: Int?, body: String?
    ) -> [Decision] {
        // "Reservation: Maj Hägglund reserverade sig mot beslutet." follows the decision.
        let last = sections.reversed().first { section in
            !(section.heading.map { afterDecisionRubrics.contains($0.folded.trimmingEnds(":")) } ?? false)
        }
        guard !sections.contains(where: { $0.role == .decision }), let last, last.role == .narrative,
              let heading = last.heading?.folded.trimmingEnds(":"), describingRubrics.contains(heading) else { return [] }
        // Only the section's last paragraph and the att-clauses under it: what comes before is the
        // background's history.
        guard let lead = last.blocks.lastIndex(where: { block in
            guard let first = block.lines.first else { return false }
            return !AttClauses.startsClause(first) && !isListItem(first)
        }) else { return [] }
        // The deciding sentence ends its paragraph ("Styrelsen beslutade, …," / "att …"): only that
        // sentence is read, so a paragraph that reports and then informs decides nothing.
        guard let closing = last.blocks[lead].sentences.last else { return [] }
        let blocks = [Block(lines: [closing])] + last.blocks[(lead + 1)...]
        return scan(blocks, inDecisionSection: false, meetingYear: meetingYear, body: body).filter { decision in
            guard let decider = decision.decidedBy else { return false }
            return decision.proposedTo == nil && isThisBody(decider, body)
        }
    }

    /// Decisions without clauses of their own that adopt a proposal written out before them
    /// ("beslutar enligt förvaltningens förslag") get that proposal's clauses.
    private static func adoptingProposals(
        _ decisions: [Decision], from earlier: ArraySlice<(heading: String?, role: SectionHeading.Role, blocks: [Block])>, body: String?
    ) -> [Decision] {
        decisions.map { decision in
            guard decision.clauses.isEmpty, let owner = AdoptedProposal.owner(ofDecision: decision.text) else { return decision }
            var adopted = decision
            let proposal = AdoptedProposal.proposal(owner: owner, in: earlier)
            adopted.clauses = proposal.clauses
            // ("Arbetsutskottet föreslår kommunstyrelsen besluta …" adopted by the kommunstyrelse: its own decision.)
            if adopted.proposedTo == nil, let receiver = proposal.receiver, !isThisBody(receiver, body) { adopted.proposedTo = receiver }
            // "enligt förslaget med den ändringen att …": the amendment is part of what was decided.
            if !adopted.clauses.isEmpty, let amendment = AdoptedProposal.amendment(in: decision.text) { adopted.clauses.append(amendment) }
            return adopted
        }
    }

    /// A sentence after a decision under its rubric that says more of the same decision: a passive
    /// or an impersonal statement of how it applies ("Bidraget betalas ut mot uppvisande av kvitton",
    /// "Återrapportering sker i oktober", "Paragrafen förklaras omedelbart justerad"), or the next
    /// numbered item. Not what a member or the body says of it ("Nämnden ser allvarligt på …"), nor
    /// a task for someone ("Jesper begär in en offert"), a reservation or a labelled note ("Åtgärd: …").
    private static func continuesTheDecision(_ sentence: String) -> Bool {
        let folded = sentence.folded
        if ["reserver", "protokollsanteckning", "avvikande mening", "anteckna", "sarskilt yttrande", "lamnar sammantradet", "jav"]
            .contains(where: { folded.includes($0) }) { return false }
        let words = folded.splitOnSpaces(limit: 4).map(String.init)
        let written = sentence.splitOnSpaces(limit: 4).map(String.init)
        guard let first = words.first, !first.hasSuffix(":"), !ParagraphParser.isLetteredItem(sentence), !Subject.isOrganNoun(first),
              !["nasta", "ordforande", "ordforanden", "sekreteraren"].contains(first), !PersonEntry.roleWords.contains(first),
              // ("Ledamöterna informerades …": what the members were told.)
              !PersonEntry.pluralRoleWords.contains(written.first?.lowercased() ?? ""),
              !PersonEntry.isDefiniteTitle(written.first?.lowercased() ?? "") else { return false }
        if first.hasSuffix("."), first.dropLast().allSatisfy(\.isNumber) { return true }
        // A present passive in lower case ("betalas", "hålls", "förklaras", "ges"), not a past one
        // ("informerades"), a name ("Tobias") or a genitive ("kommunens").
        return zip(words, written).prefix(3).dropFirst().contains { word, original in
            ["sker", "galler", "ska", "skall", "borjar", "upphor"].contains(word)
                || word.count >= 4 && original.startsWithLowercaseLetter && ["as", "ls", "rs", "ges"].contains(where: { word.hasSuffix($0) })
                    && !word.hasSuffix("ades")
        }
    }

    /// "Protokollet justeras av två justerare", "Valet bordlades då.", "… bordlades den 12 februari": a
    /// rule in the present tense, or a past told with its time, not what the meeting did ("Avgiften
    /// fastställdes till 250 kronor.").
    private static func statesBackground(_ sentence: String) -> Bool {
        let words = sentence.folded.splitOnSpaces().map { String($0).trimmingPunctuation }
        let past = words.contains { $0.count > 5 && ($0.hasSuffix("des") || $0.hasSuffix("tes")) }
        return !past || words.contains("da") || words.contains("tidigare") || SwedishDate.mayHoldDate(sentence) && !SwedishDate.all(in: sentence).isEmpty
    }

    /// A "Beslut" section without a deciding sentence is itself the decision.
    private static func wholeSection(_ blocks: [Block]) -> Decision {
        let lines = blocks.flatMap(\.lines)
        let clauses = clausesFromLines(lines)
        return Decision(decidedBy: nil, text: blocks.map(\.text).joined(separator: " "), clauses: clauses)
    }

    private static func scan(_ rawBlocks: [Block], inDecisionSection: Bool, meetingYear: Int?, body: String?) -> [Decision] {
        let blocks = rawBlocks.flatMap(splitAtDecisionOpeners).flatMap(splitAtElectionTable).flatMap(splitAtList)
        var decisions: [Decision] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            index += 1
            // Att-lines straight after a Beslut rubric, with no deciding sentence before them.
            if inDecisionSection, AttClauses.startsClause(block.lines.first ?? "") {
                var lines = block.lines
                collectClauseBlocks(blocks, &index, into: &lines)
                decisions.append(Decision(decidedBy: nil, text: Block(lines: lines).text, clauses: clausesFromLines(lines)))
                continue
            }
            let sentences = block.sentences
            let decisionsBefore = decisions.count
            // Under a Beslut rubric the paragraph of the decision is all of it: "… beviljas ett
            // investeringsbidrag om 85 000 kronor. Bidraget betalas ut mot uppvisande av kvitton …".
            defer {
                if inDecisionSection, decisions.count > decisionsBefore, let last = decisions.last,
                   let from = sentences.lastIndex(where: { last.text.hasPrefix($0) }), from + 1 < sentences.count {
                    let rest = sentences[(from + 1)...].filter { sentence in
                        !decisions.contains { $0.text.includes(sentence) } && continuesTheDecision(sentence)
                    }
                    if rest.count == sentences.count - from - 1 { decisions[decisions.count - 1].text += " " + rest.joined(separator: " ") }
                }
            }
            for (sentenceIndex, sentence) in sentences.enumerated() {
                let folded = block.foldedSentences[sentenceIndex]
                // "Stämmoordföranden upplyste om att stämman … endast kan anta eller förkasta förslaget":
                // what someone told the meeting, not what it decided.
                // ("Styrelsen erinrade om besiktningen och beslutade att …" still decides.)
                if folded.splitOnSpaces(limit: 3).dropFirst().contains(where: { tellingVerbs.contains(String($0)) }), !hasDecidingVerb(folded) { continue }
                // "Årsmötet valde i enlighet med valberedningens förslag:", "Valberedningen valdes på
                // förslag från mötet:" over a table of the elected: its rows are the clauses.
                // ("Till ordinarie ledamöter för en tid av två år valdes" / "Birgitta Holm   omval": the
                // verb last, the names in the table under it.)
                func withElectionTable(_ sentence: String) -> (String, [String]) {
                    let lastWord = sentence.trimmed.splitOnSpaces().last.map { $0.folded } ?? ""
                    guard sentenceIndex == sentences.count - 1, sentence.trimmed.hasSuffix(":") || electedVerbs.contains(lastWord), index < blocks.count else {
                        return (sentence, [])
                    }
                    if let rows = ElectionList.tableRows(blocks[index].lines) {
                        index += 1
                        return (sentence + " " + rows.joined(separator: "; "), rows)
                    }
                    // "Ordinarie ledamöter" / a name a line / "Suppleanter" / …, over blocks split by a page break.
                    var office = ""
                    var rows: [String] = []
                    while index < blocks.count, let more = ElectionList.namesUnderOffices(blocks[index].lines, office: &office) {
                        rows += more
                        index += 1
                    }
                    return rows.isEmpty ? (sentence, []) : (sentence + " " + rows.joined(separator: "; "), rows)
                }
                // Most sentences hold no decision word at all: one pass over their words decides
                // which of the slower checks can apply.
                // "Miljö- och byggnadsnämnden ger positivt förhandsbesked …": under a Beslut rubric the
                // body acting in its own name decides, whatever its verb.
                // (Only as the section's first decision: "Nämnden ser allvarligt på …" after it is comment.)
                let acting = inDecisionSection && decisions.isEmpty ? bodyActing(sentence, body: body) : nil
                guard acting != nil || triggerWords.containsAnyWord(of: folded, isWordByte: FoldedWords.isWordByte) || passivePhrases.contains(where: { folded.includes($0) }) else {
                    // "Startbesked ges samtidigt …", "Som kontrollansvarig godtas …": under a Beslut rubric,
                    // after a first decision, a present passive early in the sentence decides too. (With
                    // no decision found the whole section is the decision.)
                    if inDecisionSection, !decisions.isEmpty, decidesInPassive(folded) { decisions.append(Decision(decidedBy: nil, text: sentence, clauses: [])) }
                    continue
                }
                if negatesDecision(folded) { continue }
                // A sentence that quotes an earlier decision is a reference, unless it decides first and
                // quotes inside its clauses ("beslöt styrelsen att finansiera arbetet … i enlighet med
                // stämmans beslut 2023-03-19, § 11").
                // "Länsstyrelsens beslut 2025-02-19: Överklagandet … avslås": another organ's dated decision,
                // reported.
                if ReferenceParser.reference(in: sentence, folded: folded, meetingYear: meetingYear, narrative: false) != nil
                    || quotesDatedDecision(folded), !decidesBeforeCiting(folded) {
                    continue
                }
                let proposal = proposalWords.contains(where: { folded.includes($0) }) && !folded.includes("beslutar")
                // In a Beslut section, "Kommunstyrelsen föreslår kommunfullmäktige besluta att ..." is the
                // organ's resolution to propose; elsewhere a proposal is not a decision.
                var proposalInDecision = proposal && inDecisionSection && (folded.includes("foreslar") || folded.includes("foreslas"))
                    // (Without "besluta" only this body proposing: "1. Regionstyrelsen föreslår
                    // regionfullmäktige att …" under an utskott's proposal is one item of its list.)
                    && (folded.includes("besluta") || proposingSentence(sentence).map { found in
                        found.receiver != nil && found.proposer.map { isThisBody($0, body) } == true
                    } == true)
                var proposing = proposalInDecision ? proposingSentence(sentence) : nil
                // Without a Beslut rubric, the body itself proposing ("Regionstyrelsen föreslår
                // regionfullmäktige besluta att …" in the body's own minutes) is its resolution too;
                // another organ's proposal quoted in the text is not.
                if proposal, !proposalInDecision, body != nil, folded.includes("foreslar"),
                   let found = proposingSentence(sentence), let proposer = found.proposer, found.receiver != nil, isThisBody(proposer, body) {
                    proposalInDecision = true
                    proposing = found
                }
                if proposal && !proposalInDecision { continue }
                if let (subject, decidedTail) = proposing.map({ ($0.proposer, $0.tail) }) ?? (hasDecidingVerb(folded) ? decidingSentence(sentence) : nil) ?? acting.map({ (Optional($0.subject), $0.tail) }) {
                    var text = sentence
                    var tail = decidedTail
                    var receiver = proposing?.receiver
                    // "Styrelsen beslöt att föreslå landstinget att godkänna …": what was decided is a proposal.
                    // (With more clauses after it, "att ge X i uppdrag …" may be the body's own: the
                    // proposal stays a clause.)
                    var clauses: [String]
                    // ("beslöt hemställa hos kommunalfullmäktige att A, samt att B": a request, all of it.)
                    if receiver == nil, let forwarded = forwardedProposal(tail), case let proposed = inlineClauses(forwarded.tail) ?? [],
                       proposed.count <= 1 || tail.prefix(24).folded.includes("hemstalla") {
                        (receiver, tail, clauses) = (forwarded.receiver, forwarded.tail, proposed)
                    } else {
                        clauses = inlineClauses(tail) ?? []
                    }
                    // "Nämnden förelägger X … att senast den 30 juni 2025" over "1. låta …", "2. åtgärda …"
                    // in the same block: the numbered lines are the clauses.
                    if clauses.isEmpty, sentenceIndex == sentences.count - 1,
                       let start = block.lines.indices.dropFirst().first(where: { isListItem(block.lines[$0]) }) {
                        clauses = clausesFromLines(Array(block.lines[start...]))
                    }
                    // "X beslutar" closing the block: the att-clauses or list items follow.
                    if sentenceIndex == sentences.count - 1 {
                        // After "beslutar att A," more att-paragraphs continue the same decision; a
                        // bare list follows only an open "beslutar:".
                        let open = clauses.isEmpty || endsOpen(tail)
                        var lines: [String] = []
                        if index < blocks.count, let first = blocks[index].lines.first, AttClauses.startsClause(first) || open && isListItem(first) {
                            lines = blocks[index].lines
                            index += 1
                            collectClauseBlocks(blocks, &index, into: &lines)
                        }
                        if !lines.isEmpty {
                            // "beslöt att välja" + "- A till ordförande": the list items are the clauses.
                            if isBareInfinitive(tail.trimmed.folded) { clauses = [] }
                            clauses += clausesFromLines(lines)
                            text += " " + Block(lines: lines).text
                        } else if tail.trimmed.hasSuffix(":") {
                            // "beslöt att välja styrelse i enlighet med förslaget:" over a table of the elected.
                            let (withTable, rows) = withElectionTable(sentence)
                            if !rows.isEmpty { (text, clauses) = (withTable, rows) }
                        }
                    }
                    decisions.append(Decision(decidedBy: subject, text: text, clauses: AttClauses.joiningContinuations(clauses),
                                              proposedTo: receiver))
                    continue
                }
                // Whole words: "ska " is not the end of "ekonomiska ".
                if notDecision.contains(where: { folded.hasPrefix($0) || folded.includes(" " + $0) }) { continue }
                // "Styrelsen tackar ... och lägger den till handlingarna" names its decider; the passive
                // "Protokollet läggs till handlingarna" does not.
                if let subject = isActingDecision(sentence) ? actingSubject(sentence) : invertedActingSubject(sentence) {
                    if isThisBody(subject, body) {
                        var (text, clauses) = withElectionTable(sentence)
                        // "Stämman valde" over "- Ordförande för ett år: …" items: the items are the clauses.
                        if clauses.isEmpty, sentenceIndex == sentences.count - 1, endsAtItsVerb(sentence), index < blocks.count,
                           let first = blocks[index].lines.first, isListItem(first) {
                            var lines: [String] = []
                            collectClauseBlocks(blocks, &index, into: &lines)
                            clauses = clausesFromLines(lines)
                            text += " " + Block(lines: lines).text
                        } else if clauses.isEmpty, sentenceIndex == sentences.count - 1, endsAtItsVerb(sentence), index < blocks.count,
                                  let first = blocks[index].lines.first?.trimmed.folded, first.hasPrefix("till "), !first.hasPrefix("till protokollet") {
                            var lines: [String] = []
                            let elections = collectElectionBlocks(blocks, &index, into: &lines)
                            let attLines = Array(lines.drop { !AttClauses.startsClause($0) })
                            clauses = elections + (attLines.isEmpty ? [] : clausesFromLines(attLines))
                            text += " " + Block(lines: lines).text
                        }
                        decisions.append(Decision(decidedBy: subject, text: text, clauses: clauses.isEmpty ? assignedClauses(sentence) : clauses))
                    }
                } else if isPassiveDecision(folded),
                          !(folded.includes("§") && reportsInPastTense(folded) && ReferenceParser.citation(in: sentence, meetingYear: meetingYear) != nil) {
                    // "Ändringen antogs första gången vid årsmötet den 19 mars 2023, § 14": a past passive
                    // with a dated § is the earlier decision, cited.
                    let (text, clauses) = withElectionTable(sentence)
                    decisions.append(Decision(decidedBy: nil, text: text, clauses: clauses))
                }
            }
        }
        return decisions
    }

    /// "Kommunfullmäktige väljer" / "till ombud vid årsstämman i X AB" / "A med B som ersättare," /
    /// "till ombud vid …" / "samt beslutar" / "att …": each "till …" block is one election, and what
    /// "samt beslutar" adds goes on with the same decision.
    private static func collectElectionBlocks(_ blocks: [Block], _ index: inout Int, into lines: inout [String]) -> [String] {
        var elections: [String] = []
        while index < blocks.count, let first = blocks[index].lines.first?.trimmed.folded,
              first.hasPrefix("till ") && !first.hasPrefix("till protokollet") || first.hasPrefix("samt beslutar") || first.hasPrefix("och beslutar") {
            if first.hasPrefix("till ") { elections.append(AttClauses.clean(blocks[index].text)) }
            lines += blocks[index].lines
            index += 1
            collectClauseBlocks(blocks, &index, into: &lines)
        }
        return elections
    }

    /// Following blocks that continue a list of att-clauses: more att-lines or list items. (A clause
    /// cut by a page break was joined again when the page furniture was removed.)
    private static func collectClauseBlocks(_ blocks: [Block], _ index: inout Int, into lines: inout [String]) {
        while index < blocks.count, let first = blocks[index].lines.first {
            guard AttClauses.startsClause(first) || isListItem(first) else { break }
            lines += blocks[index].lines
            index += 1
        }
    }

    /// The organ of a sentence like "Styrelsen tillstyrker ..." is this meeting's body, or a
    /// generic name for it ("Mötet", "Nämnden").
    static func isThisBody(_ subject: String, _ body: String?) -> Bool {
        guard let body else { return true }
        let s = subject.folded, b = body.folded
        if ["motet", "arsmotet", "stamman", "foreningsstamman"].contains(s) { return true }
        if b.hasSuffix(s) || s.hasSuffix(b) || organStem(s) == organStem(b) { return true }
        // "Överförmyndarnämnden Klarälvdalen": the organ noun, then the name of the organ's area.
        let words = b.splitOnSpaces()
        guard words.count >= 2, let organ = words.lastIndex(where: { Subject.isOrganNoun(String($0)) }), organ < words.count - 1 else { return false }
        let named = words[...organ].joined(separator: " ")
        return named.hasSuffix(s) || organStem(s) == organStem(named)
    }

    /// The last word without its definite ending: "arbetsutskottet" and "Kommunstyrelsens
    /// arbetsutskott" both give "arbetsutskott".
    static func organStem(_ folded: String) -> String {
        var word = folded.splitOnSpaces().last.map(String.init) ?? folded
        for ending in ["et", "en", "n"] where word.count > 6 && word.hasSuffix(ending) {
            word.removeLast(ending.count)
            break
        }
        return word
    }

    /// "Arbetsutskottets förslag (till kommunstyrelsen)" → "Arbetsutskottet".
    static func proposingOrgan(_ heading: String) -> String? {
        let words = heading.splitOnSpaces().map(String.init)
        // ("Miljö- och byggnadsnämndens förslag till kommunfullmäktige": a name of several words.)
        guard let proposal = words.prefix(5).firstIndex(where: { $0.folded.hasPrefix("forslag") }), proposal >= 1,
              words[proposal - 1].hasSuffix("s"), case let genitive = words[..<proposal].joined(separator: " ") else { return nil }
        let organ = HeaderParser.nominative(genitive)
        return organ == genitive ? nil : organ
    }

    /// "Direktionen föreslår medlemskommunernas fullmäktige att besluta" alone on its line, with the
    /// proposal's items below: after "Direktionen beslutar för egen del" and its items, a second
    /// decision, for another organ.
    static func opensProposal(_ line: String) -> Bool {
        guard line.utf8.count <= 160, line.find("föreslår") != nil || line.find("FÖRESLÅR") != nil else { return false }
        let end = line.trimmed.trimmingEnds(":").folded
        guard end.hasSuffix("besluta") || end.hasSuffix("besluta att"),
              let proposal = proposingSentence(line.trimmed), proposal.proposer != nil, proposal.receiver != nil else { return false }
        return true
    }

    /// "Kommunstyrelsen föreslår kommunfullmäktige besluta att ...": the proposing organ, the organ
    /// proposed to, and the text after "besluta".
    static func proposingSentence(_ sentence: String) -> (proposer: String?, receiver: String?, tail: String)? {
        let words = sentence.splitOnSpaces().map(String.init)
        // "Kommunfullmäktige föreslås besluta att ...": the proposer is not in the sentence, the
        // organ that will decide is its subject.
        if let passive = words.firstIndex(where: { $0.folded == "foreslas" }),
           let besluta = words[passive...].firstIndex(where: { $0.folded.trimmingPunctuation == "besluta" }) {
            return (nil, organ(words[..<passive]), words[(besluta + 1)...].joined(separator: " "))
        }
        guard let verb = words.firstIndex(where: { $0.folded == "foreslar" }) else { return nil }
        guard let besluta = words[verb...].firstIndex(where: { $0.folded.trimmingPunctuation == "besluta" }) else {
            // "Styrelsen föreslår kommunfullmäktige att ta ställning …", "Fakultetsnämnden föreslår rektor
            // att inrätta …": the organ, then the proposal's att-clause.
            guard let att = words[(verb + 1)...].prefix(12).firstIndex(where: { $0.folded == "att" }), att > verb + 1,
                  let receiver = organ(words[(verb + 1)..<att]) else {
                // "Kommunstyrelsen föreslår kommunfullmäktige" alone, the att-clauses below it.
                let rest = words[(verb + 1)...]
                guard (1...4).contains(rest.count), let receiver = organ(rest.map { $0.trimmingEnds(":") }[...]) else { return nil }
                return (Subject.phrase(words[..<verb].joined(separator: " ")), receiver, "")
            }
            return (Subject.phrase(words[..<verb].joined(separator: " ")), receiver, words[att...].joined(separator: " "))
        }
        let subject = Subject.phrase(words[..<verb].joined(separator: " "))
        // "föreslår kommunstyrelsen föreslå kommunfullmäktige besluta": the proposal goes to the
        // first organ, which is to pass it on.
        let receiverEnd = words[(verb + 1)..<besluta].firstIndex(where: { $0.folded == "foresla" }) ?? besluta
        return (subject, organ(words[(verb + 1)..<receiverEnd]), words[(besluta + 1)...].joined(separator: " "))
    }

    /// "att föreslå landstinget att godkänna …", "att föreslå kommunfullmäktige besluta att …": the
    /// organ a decision proposes to, and the text of the proposal.
    static func forwardedProposal(_ tail: String) -> (receiver: String, tail: String)? {
        let head = tail.trimmed.prefix(20).folded
        let words = tail.splitOnSpaces().map(String.init)
        // "att hos kommunalfullmäktige hemställa, att …": the older order, the organ before the verb.
        if head.hasPrefix("att hos ") || head.hasPrefix("att till "), words.count >= 5,
           let verb = words[2..<min(words.count, 7)].firstIndex(where: { ["hemstalla", "foresla"].contains($0.folded.trimmingPunctuation) }),
           verb + 1 < words.count, let receiver = organ(words[2..<verb]) {
            return (receiver, words[(verb + 1)...].joined(separator: " "))
        }
        // "Nämnden beslöt hemställa hos kommunalfullmäktige att …": older minutes leave out the "att".
        if head.hasPrefix("hemstalla hos ") || head.hasPrefix("hemstalla till ") || head.hasPrefix("foresla ") {
            return forwardedProposal("att " + tail.trimmed)
        }
        guard head.hasPrefix("att foresla ") || head.hasPrefix("att hemstalla ") else { return nil }
        guard words.count >= 4 else { return nil }
        // "hemställa hos länsstyrelsen", "hemställa till länsstyrelsen": the preposition is no part of the organ.
        let start = ["hos", "till"].contains(words[2].folded) ? 3 : 2
        guard start < words.count, let end = words[start...].firstIndex(where: { ["att", "besluta"].contains($0.folded.trimmingPunctuation) }),
              let receiver = organ(words[start..<end]) else { return nil }
        let rest = words[end].folded.trimmingPunctuation == "besluta" ? end + 1 : end
        return (receiver, words[rest...].joined(separator: " "))
    }

    /// "Arbetsutskottets förslag till regionstyrelsen" → "Regionstyrelsen": the organ a proposal
    /// heading is addressed to.
    static func proposalReceiver(ofHeading heading: String) -> String? {
        let words = heading.splitOnSpaces().map(String.init)
        guard let proposal = words.firstIndex(where: { $0.folded.hasPrefix("forslag") }), proposal + 1 < words.count,
              words[proposal + 1].folded == "till" else { return nil }
        return organ(words[(proposal + 2)...])
    }

    /// Up to four words that end in an organ noun ("kommunfullmäktige", "regionstyrelsen",
    /// "Kultur- och fritidsnämnden"), with a capital first letter as a name.
    private static func organ(_ words: ArraySlice<String>) -> String? {
        var kept = words.map { $0.trimmingEnds(":,.;") }.filter { !$0.isEmpty && $0.folded != "att" }
        // "föreslår för fullmäktige att …", as Finland-Swedish minutes put it: the preposition is no part of the organ.
        if kept.count >= 2, ["for", "till", "hos"].contains(kept[0].folded) { kept.removeFirst() }
        // "kommunfullmäktige i Hälleby kommun, Kvarnsjö kommun och Ödmarka kommun": the organ of each
        // member municipality, named after it.
        // ("kommunfullmäktige i första hand": the words after "i" name no place; the organ is the first word.)
        if kept.count >= 3, kept.count <= 16, let first = kept.first, Subject.isOrganNoun(first.folded), kept[1] == "i" {
            let places = kept.dropFirst(2).joined(separator: " ").replacingAll(" och ", with: ", ").components(separatedBy: ", ")
            let namesPlaces = places.allSatisfy { place in
                let folded = place.folded
                return place.startsWithUppercaseLetter && (place.wordCount == 1 || ["kommun", "kommuner", "region", "landsting"].contains { folded.hasSuffix($0) })
            }
            guard namesPlaces else { return first.prefix(1).uppercased() + first.dropFirst() }
            let phrase = words.joined(separator: " ").trimmingEnds(":,.; ")
            return phrase.prefix(1).uppercased() + phrase.dropFirst()
        }
        // ("föreslå landstinget": before 2019 the county council's assembly, named for the council.)
        // ("föreslå rektor", "hemställa hos regeringen", "föreslår förbundsmedlemmarna besluta": an
        // office, the government or a federation's members decide too.)
        guard (1...4).contains(kept.count), let last = kept.last,
              Subject.isOrganNoun(last.folded) || receivingOthers.contains(last.folded) else { return nil }
        let phrase = kept.joined(separator: " ")
        guard let first = phrase.first else { return nil }
        return first.uppercased() + phrase.dropFirst()
    }

    /// Receivers of a proposal that are no organ noun, folded.
    private static let receivingOthers: Set<String> = [
        "landstinget", "rektor", "rektorn", "regeringen", "forbundsmedlemmarna", "medlemskommunerna", "medlemsorganisationerna",
        "huvudmannen", "agarna", "agaren",
        // A Riksdag committee proposes to the chamber.
        "kammaren", "riksdagen",
    ]

    private static let decidingVerbWords = WordSet(decidingVerbs)

    /// A cheap test before `decidingSentence`: its verbs stand as whole words of the folded sentence.
    private static func hasDecidingVerb(_ folded: String) -> Bool {
        decidingVerbWords.containsAnyWord(of: folded, isWordByte: FoldedWords.isWordByte)
    }

    /// "X beslutar ..." or "... beslutar kommunstyrelsen att ...": the subject and the text after
    /// the verb.
    static func decidingSentence(_ sentence: String) -> (String?, String)? {
        let words = sentence.splitOnSpaces().map(String.init)
        for (i, word) in words.enumerated() {
            let bare = word.folded.trimmingEnds(",.:;")
            guard decidingVerbs.contains(bare) else { continue }
            // "Ramarna är beslutade av KF": a participle after "är", "har", "blev" reports a state.
            if i > 0, ["ar", "var", "blev", "blir", "har", "hade", "ha", "bli", "vara", "varit", "blivit"].contains(words[i - 1].folded) {
                continue
            }
            let before = words[..<i].joined(separator: " ")
            var tailWords = Array(words[(i + 1)...])
            // "Vi bestämde att …" decides; "bestämde vi inget än", "bestämde oss inte" do not.
            if bare == "bestamde" || bare == "bestammer" {
                let next = tailWords.drop { $0.folded == "vi" }.first?.folded
                guard next == "att" else { continue }
            }
            // Passive: "Beslöts att ...", "Det beslutades att ...".
            if bare == "beslutas" || bare == "beslutades" || bare == "beslots" {
                return (nil, tailWords.joined(separator: " "))
            }
            // "Vi beslutade att …", "Efter diskussion beslutade vi att …": the board writing of itself.
            // ("a) Fotbollsskolan – avgift: Vi beslutar att …": after an item's label too.)
            if i > 0, words[i - 1].folded == "vi", i == 1 || words[i - 2].hasSuffix(":") || words[i - 2].folded == "och" {
                return (nil, tailWords.joined(separator: " "))
            }
            if tailWords.first?.folded == "vi" {
                tailWords.removeFirst()
                return (nil, tailWords.joined(separator: " "))
            }
            // Inverted order: "Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen att ...",
            // "Därefter beslutade styrelsen …", "För egen del beslutar valnämnden att …": an organ right
            // after the verb is its subject, and what stands before the verb an adverbial.
            // ("Styrelsen beslutade arbetsgruppen får …": an organ before the verb is the subject.)
            let organBefore = Subject.phrase(before).map { Subject.isOrganNoun(($0.splitOnSpaces().last.map(String.init) ?? "").folded) } ?? false
            if !organBefore, let next = tailWords.first, Subject.isOrganNoun(next.folded.trimmingEnds(",."))  {
                tailWords.removeFirst()
                let subject = next.prefix(1).uppercased() + next.dropFirst()
                return (subject.trimmingEnds(",."), tailWords.joined(separator: " "))
            }
            if let subject = Subject.phrase(before) {
                return (subject, tailWords.joined(separator: " "))
            }
            if i == 0 || before.folded.hasSuffix("och") { return (nil, tailWords.joined(separator: " ")) }
        }
        return nil
    }

    /// "Efter diskussion beslöt styrelsen att … enligt stämmans beslut 2023-03-19": a deciding verb,
    /// then "att", with no date and no § before that "att". Then any date in the sentence belongs to a
    /// decision quoted inside a clause.
    static func decidesBeforeCiting(_ folded: String) -> Bool {
        guard let att = folded.find(" att ") else { return false }
        let head = String(folded[..<att.lowerBound])
        let words = head.splitOnSpaces().map { $0.trimmingEnds(",.:;") }
        guard let verb = words.lastIndex(where: { decidingVerbs.contains($0) }),
              // The verb ends the head, or an organ follows it ("beslöt styrelsen").
              verb == words.count - 1 || verb == words.count - 2 && Subject.isOrganNoun(words[verb + 1]) else { return false }
        // An active verb: "Vid det mötet beslutades att …" reports an earlier meeting.
        guard !["beslutas", "beslutades", "beslots"].contains(words[verb]) else { return false }
        // Nothing before the verb points at another meeting: no number ("Årsmötet 1994 beslöt"), no §,
        // no "förra"/"tidigare".
        return !head.contains(where: { $0.isNumber || $0 == "§" })
            && !words.contains { ["forra", "tidigare", "foregaende", "dat", "da"].contains($0) }
    }

    /// Clauses written on the same line: "att A, att B och att C" right after the verb.
    static func inlineClauses(_ tail: String) -> [String]? {
        var words = tail.splitOnSpaces().map(String.init)
        // "beslutar med stöd av 9 kap. 31 § plan- och bygglagen att ...": the legal ground comes first.
        if words.count > 3, words[0].folded == "med", words[1].folded == "stod", words[2].folded == "av",
           let att = words.prefix(14).firstIndex(where: { $0.folded == "att" }) {
            words.removeSubrange(..<att)
        }
        // ("beslutade således med 41 röster mot 6, vilket …, att anta": a linking word before the vote.)
        while let first = words.first, linkingWords.contains(first.folded.trimmingEnds(",")),
              words.dropFirst().first?.folded == "med" {
            words.removeFirst()
        }
        // "beslutade med 19 röster mot 4, dvs. mer än två tredjedelar av de avgivna rösterna, att anta …":
        // the vote comes first, and the clauses after the comma that closes it.
        if words.count > 4, words[0].folded == "med", words.prefix(4).contains(where: { $0.folded.hasPrefix("rost") || $0.folded.hasPrefix("ja-rost") }),
           let att = words.indices.dropFirst().prefix(30).first(where: { words[$0].folded == "att" && words[$0 - 1].hasSuffix(",") }) {
            words.removeSubrange(..<att)
        }
        // "beslutade därmed i enlighet med styrelsens förslag att …": linking words before the proposal.
        while let first = words.first, linkingWords.contains(first.folded.trimmingEnds(",")) || ["da", "sedan"].contains(first.folded.trimmingEnds(",")) {
            words.removeFirst()
        }
        // "beslutar enligt kommunstyrelsens förslag att ...", "i enlighet med utskottets förslag att ...".
        if let first = words.first?.folded, first == "enligt" || first == "i",
           let proposal = words.prefix(7).firstIndex(where: { $0.folded.trimmingPunctuation.hasPrefix("forslag") || $0.folded.trimmingPunctuation.hasPrefix("yrkande") }),
           proposal + 1 < words.count, words[proposal + 1].folded.trimmingPunctuation == "att" {
            words.removeSubrange(...proposal)
        }
        // "beslutade vidare, utan votering, att uppdra …": an aside between commas before "att".
        if let first = words.first, first.hasSuffix(","), first.folded.trimmingEnds(",") != "att",
           let att = words.indices.dropFirst(2).prefix(6).first(where: { words[$0].folded == "att" && words[$0 - 1].hasSuffix(",") }) {
            words.removeSubrange(..<att)
        }
        // Up to a few linking words may stand between the verb and "att": "för egen del att".
        var skipped = 0
        while let first = words.first, first.folded != "att", skipped < 4,
              ["for", "egen", "del", "darmed", "ocksa", "vidare", "harmed", "dessutom", "aven", "enhalligt", "enligt", "i", "sin", "helhet", "med", "acklamation"].contains(first.folded.trimmingEnds(",:")) {
            words.removeFirst()
            skipped += 1
        }
        guard let first = words.first, first.folded.trimmingEnds(",:") == "att" else { return nil }
        let rest = words.dropFirst().joined(separator: " ")
        guard !rest.isEmpty else { return nil }
        return AttClauses.splitInline(rest)
    }

    /// "Stämman uppdrog åt styrelsen att ansöka om stöd, att undersöka … samt att återkomma …": the
    /// tasks given are the clauses.
    static func assignedClauses(_ sentence: String) -> [String] {
        let words = sentence.splitOnSpaces().map(String.init)
        guard let verb = words.firstIndex(where: { ["uppdrog", "uppdrar"].contains($0.folded) }), verb + 2 < words.count,
              words[verb + 1].folded == "at",
              let att = words[(verb + 2)...].prefix(6).firstIndex(where: { $0.folded == "att" }) else { return [] }
        let rest = words[(att + 1)...].joined(separator: " ")
        return rest.isEmpty ? [] : AttClauses.splitInline(rest)
    }

    /// "Styrelsen beslutar", "Styrelsen beslutar:" and "... beslutar att" end where the clauses begin.
    private static func endsOpen(_ tail: String) -> Bool {
        let t = tail.trimmed.folded
        return t.isEmpty || t == ":" || t == "att" || t.hasSuffix(":") || isBareInfinitive(t)
    }

    static func quotesDatedDecision(_ folded: String) -> Bool {
        guard let range = folded.find("s beslut ") else { return false }
        // "Motionen anses besvarad med hänvisning till kommunstyrelsens beslut 2023-06-05": the dated
        // decision is the ground of this one, named after a preposition.
        let lastWords = folded[..<range.lowerBound].splitOnSpaces().suffix(4).joined(separator: " ")
        if ["hanvisning till", "enligt", "enlighet med", "stod av", "utifran"].contains(where: { lastWords.includes($0) }) {
            return false
        }
        let after = String(folded[range.upperBound...].prefix(24))
        return SwedishDate.all(in: after).contains { $0.iso != nil && $0.start <= 4 }
    }

    /// "att välja", "att utse": a verb waiting for the list that follows it.
    private static func isBareInfinitive(_ folded: String) -> Bool {
        let words = folded.splitOnSpaces()
        return words.count == 2 && words[0] == "att" && words[1].allSatisfy(\.isLetter)
    }

    static func isListItem(_ line: String) -> Bool {
        let t = line.trimmed
        if bulletLength(t) > 0 { return true }
        let digits = t.prefix(while: \.isNumber)
        // "1. ", "1) ", and "1.<TAB>" as Word exports a numbered list.
        let after = t.dropFirst(digits.count)
        return !digits.isEmpty && digits.count <= 2 && [". ", ") ", ".\t", ")\t"].contains { after.hasPrefix($0) }
    }

    /// Clauses from lines: every line that starts with "att" (or a list mark) opens a clause; the
    /// lines after it continue it.
    static func clausesFromLines(_ lines: [String]) -> [String] {
        var clauses: [String] = []
        var current: String?
        // "att anta offerten, och att ge NN i uppdrag …": two clauses on one line, joined by a conjunction.
        let lines = lines.flatMap { line -> [String] in
            // A clause wrapped onto the next line may start the next one there ("hälsa), och att …").
            let joiners = AttClauses.startsClause(line) ? [", och att ", ", samt att ", " samt att ", ", att "] : [", och att ", ", samt att "]
            var pieces = [line]
            for joiner in joiners {
                pieces = pieces.flatMap { piece -> [String] in
                    guard let range = piece.find(joiner) else { return [piece] }
                    let rest = piece[range.upperBound...]
                    // "enligt bilaga, att gälla från och med …" stays one clause.
                    if joiner == ", att ", AttClauses.continuesClause(String(rest)) { return [piece] }
                    return [String(piece[..<range.lowerBound]), "att " + rest]
                }
            }
            return pieces
        }
        // The open clause began as a list item ("1. Nämnden förelägger …"), not with "att".
        var currentIsListItem = false
        // The open clause was numbered ("5. att ge kommunstyrelsen i uppdrag …").
        var currentIsNumbered = false
        for line in lines {
            if let body = AttClauses.clauseBody(line) {
                // "att anta riktlinjerna" / "att gälla från och med 2024-04-01": when the rule takes
                // effect is part of the clause before it.
                if let open = current, AttClauses.continuesClause(body) {
                    current = open + " att " + body
                    continue
                }
                // "5. att ge kommunstyrelsen i uppdrag … en plan som visar" / "att skolans lokalbehov kan
                // tillgodoses …": in numbered clauses only a number opens the next; an unnumbered "att"
                // after an open end goes on with the sentence.
                let numbered = line.trimmed.first?.isNumber == true
                if let open = current, currentIsNumbered, !numbered, let end = open.last, end.isLetter,
                   !["och", "samt", "eller"].contains(open.splitOnSpaces().last.map { String($0).lowercased() } ?? "") {
                    current = open + " " + line.trimmed
                    continue
                }
                currentIsNumbered = numbered
                // "1. Nämnden förelägger ägaren, NN," / "att senast 2022-11-30 ta bort bryggan.": an
                // "att" line under a numbered sentence goes on with that sentence.
                if let open = current, currentIsListItem, !isListItem(line), !open.hasSuffix(".") {
                    current = open + " " + line.trimmed
                    continue
                }
                if let current { clauses.append(current) }
                current = body
                currentIsListItem = false
            } else if isListItem(line) {
                if let current { clauses.append(current) }
                var item = Substring(line.trimmed)
                item = item.drop(while: { !$0.isLetter })
                current = String(item)
                currentIsListItem = true
            } else if let open = current {
                // A clause that ended with a full stop is not continued by a new sentence
                // ("Beslutet gäller omedelbart även om det överklagas.").
                if open.hasSuffix("."), line.trimmed.startsWithUppercaseLetter {
                    clauses.append(open)
                    current = nil
                } else {
                    current = open + " " + line.trimmed
                }
            }
        }
        if let current { clauses.append(current) }
        // Clauses given one per line are not split again at an inner ", att": "enligt bilaga, att gälla
        // från och med ..." is one clause.
        return clauses.map(AttClauses.clean).filter { !$0.isEmpty }
    }

    /// Words without which a sentence cannot be a decision or a reference.
    private static let triggerWords = WordSet(passiveWords.union(decidingVerbs).union(actingVerbs).union(concludingParticiples).union(["foreslar", "besluta"]))

    /// Single-word formulas, looked up by word, and the few multi-word ones, searched as text.
    private static let passiveWords = Set(passiveFormulas.filter { !$0.includes(" ") })
    private static let passivePhrases = passiveFormulas.filter { $0.includes(" ") }

    private static let passiveWordSet = WordSet(passiveWords)

    /// "Ingen ändring beslutades", "Inget beslut fattades", "Frågan beslutades inte": a sentence that
    /// says nothing was decided. Only the main clause counts, in whole words: "… att inga beslut om
    /// hyresavtal får fattas" and "… eftersom inget beslutsunderlag finns" decide all the same.
    static func negatesDecision(_ folded: String) -> Bool {
        var words = FoldedWords.split(folded)
        if let end = words.firstIndex(where: { ["att", "eftersom", "vilket", "som", "men", "da"].contains($0) }) { words.removeSubrange(end...) }
        guard words.count >= 2 else { return false }
        // "Ingen ändring beslutades", "Inget beslut fattades": the negation opens the sentence and
        // governs its verb. ("Ingen diskussion, beslutades att …" decides: the comma ends it.)
        if words.count >= 3, ["ingen", "inget", "inga"].contains(words[0]), ["atgard", "andring", "beslut", "andringar", "atgarder"].contains(words[1]),
           ["beslutades", "beslots", "fattades", "togs"].contains(words[2]) {
            return true
        }
        for (i, word) in words.enumerated().dropLast() {
            let next = words[i + 1]
            // "beslutades inte", "fattades inte", "togs inget".
            if ["beslutades", "beslots", "fattades", "togs"].contains(word), ["inte", "ej", "inget", "icke"].contains(next) { return true }
            // "Frågan beslutade inte om", "inget beslut togs".
            if ["inget", "inga"].contains(word), next == "beslut", i + 2 < words.count,
               ["fattades", "togs", "beslutades"].contains(words[i + 2]) { return true }
        }
        return false
    }

    /// A cheap test before `isPassiveDecision`, which needs one of its formulas: a single-word
    /// formula as a word, or a phrase in the text.
    static func mayHoldPassiveFormula(_ folded: String) -> Bool {
        passiveWordSet.containsAnyWord(of: folded, isWordByte: FoldedWords.isWordByte) || passivePhrases.contains { folded.includes($0) }
    }

    /// Present passives that decide only in a decision section: elsewhere "Information ges av …" reports.
    private static let decisionSectionPassives: Set<String> = [
        "ges", "godtas", "medges", "meddelas", "avskrivs", "avvisas", "forelaggs", "tilldelas", "upphavs", "forbjuds",
        "delegeras", "overlamnas", "anvisas", "avsatts", "reserveras", "beviljas",
    ]

    /// A sentence whose verb, among its first five words, is one of `decisionSectionPassives`.
    static func decidesInPassive(_ folded: String) -> Bool {
        let words = FoldedWords.split(folded)
        guard words.count >= 2, !notDecision.contains(where: { folded.hasPrefix($0) || folded.includes(" " + $0) }) else { return false }
        return words.prefix(5).contains(where: decisionSectionPassives.contains)
    }

    private static let pastPassives: Set<String> = ["antogs", "godkandes", "faststalldes", "beviljades", "beslutades", "beslots", "valdes", "bifolls", "avslogs"]

    static func reportsInPastTense(_ folded: String) -> Bool {
        FoldedWords.split(folded).contains(where: pastPassives.contains)
    }

    /// "Följande beslutsordning godkänns", "Stämman godkände följande voteringsordning", "… godkändes
    /// följande voteringsproposition": how the meeting will vote is a step towards the decision, not one.
    static func isAboutVotingOrder(_ folded: String) -> Bool {
        // ("Styrelsen fastställer reviderad beslutsordning": a beslutsordning is also a governing document;
        // only "följande beslutsordning", the one put to this vote, is the order of voting.)
        ["propositionsordning", "voteringsordning", "voteringsproposition", "omrostningsordning", "omrostningsproposition",
         "foljande beslutsordning", "foljande beslutsgang"]
            .contains { folded.includes($0) }
    }

    static func isPassiveDecision(_ folded: String) -> Bool {
        let words = FoldedWords.split(folded)
        var formula: String?
        for word in words where passiveWords.contains(word) {
            formula = word
            break
        }
        if formula == nil {
            formula = passivePhrases.first { ReferenceParser.containsWord(folded, $0) }
        }
        guard let formula, !isAboutVotingOrder(folded) else { return false }
        // "... som tillstyrker att styrelsen beviljas ansvarsfrihet": a formula inside an att-clause
        // after a reporting verb reports what someone else proposes.
        // ("… har inte funnit något att anmärka på och tillstyrker att …": the last "att" before the formula.)
        if let formulaRange = folded.find(formula) {
            var lastAtt: Range<String.Index>?
            var from = folded.startIndex
            while let att = folded.find(" att ", from: from), att.lowerBound < formulaRange.lowerBound {
                lastAtt = att
                from = att.upperBound
            }
            if let lastAtt, reportingVerbs.contains(where: { folded[..<lastAtt.lowerBound].includes($0) }) { return false }
        }
        if ["utses", "valdes", "valjs", "utsags", "utsagos", "omvaldes", "nyvaldes", "omvald", "nyvald"].contains(formula) {
            // "utses" decides a person's task: justerare, ordförande, representatives.
            // "Björn Dahlgren valdes att föra dagens protokoll": the secretary of the meeting.
            // "Valberedningen valdes på förslag från mötet:": the elected are listed after it.
            return folded.includes("juster") || folded.includes("till ") || folded.includes("som ") || folded.includes("protokoll")
                || folded.hasSuffix(":")
        }
        if formula == "utgar" { return folded.hasPrefix("arendet") || folded.hasPrefix("punkten") || words.count <= 4 }
        // "… föreskrifter som remitteras till kommunerna": a relative clause describes, it does not decide.
        if formula.hasPrefix("remitter") { return !folded.includes("som " + formula) }
        return true
    }


    /// "Styrelsen tackar för informationen och lägger den till handlingarna", "Nämnden godkänner ...".
    static func isActingDecision(_ sentence: String) -> Bool {
        // The verb stands among the first five words: most lines are passed over after them.
        let head = sentence.splitOnSpaces(limit: 5)
        // "Stämman hade således avslagit motionen.": the outcome of this meeting's vote, told in the
        // perfect after the count.
        if let aux = head.firstIndex(where: { $0 == "har" || $0 == "hade" }), aux >= 1, aux + 2 < head.count,
           ["saledes", "alltsa", "darmed"].contains(head[aux + 1].folded),
           concludingParticiples.contains(head[aux + 2].folded.trimmingEnds(",.:;")),
           let last = head[..<aux].last, Subject.isOrganNoun(last.folded), Subject.phrase(head[..<aux].joined(separator: " ")) != nil {
            return true
        }
        guard head.dropFirst().contains(where: { actingVerbSet.contains($0.folded.trimmingEnds(",.:;")) }) else { return false }
        let words = sentence.splitOnSpaces().map { $0.folded.trimmingEnds(",.:;") }
        guard let verbIndex = words.firstIndex(where: { actingVerbSet.contains($0) }), verbIndex >= 1, verbIndex <= 4 else { return false }
        let subjectWords = sentence.splitOnSpaces().prefix(verbIndex).joined(separator: " ")
        guard Subject.phrase(subjectWords) != nil, let last = words[..<verbIndex].last, Subject.isOrganNoun(last),
              !isAboutVotingOrder(sentence.folded) else { return false }
        // "Styrelsen gav den 14 november 2024, § 71, rektor i uppdrag …": a past act dated right after
        // its verb is an earlier meeting's decision, told as background.
        // (Only with the earlier minutes' § after the date: "Styrelsen beslutade den 12 mars 2025 att …"
        // may be this meeting's own day.)
        if !words[verbIndex].hasSuffix("r"), case let after = words[(verbIndex + 1)...].prefix(7).joined(separator: " "),
           let date = SwedishDate.all(in: after).first(where: { $0.iso != nil && $0.start <= 4 }),
           String(after.dropFirst(date.end)).trimmed.trimmingEnds(", ").hasPrefix("§") {
            return false
        }
        return actingVerbDecides(words[verbIndex], words: words)
    }

    /// Past participles that tell a vote's outcome after "har/hade således".
    private static let concludingParticiples: Set<String> = ["avslagit", "bifallit", "beslutat", "godkant", "antagit", "beviljat",
                                                             "faststallt", "valt", "bordlagt", "aterremitterat"]

    /// Verbs that decide only with their object: "tackar … och lägger till handlingarna", "ger … i
    /// uppdrag", "noterar informationen".
    private static func actingVerbDecides(_ verb: String, words: [String]) -> Bool {
        if verb == "tackar" || verb == "lagger" { return words.contains("handlingarna") }
        if verb == "ger" || verb == "gav" { return words.contains("uppdrag") }
        if verb == "noterar" || verb == "noterade" { return words.contains("informationen") || words.contains("protokollet") }
        // "medgav att X fick närvara", "medger anstånd": a permission; "medger att ventilationen är
        // bristfällig" admits a fact.
        if verb == "medgav" || verb == "medger" {
            return ["fick", "far", "anstand", "undantag", "dispens", "befrielse", "narvara", "narvaro"].contains { words.contains($0) }
        }
        return true
    }

    /// "Stämman valde", "Styrelsen beslutade följande:": the sentence stops at its verb or a colon,
    /// and what was decided follows.
    private static func endsAtItsVerb(_ sentence: String) -> Bool {
        let trimmed = sentence.trimmed
        if trimmed.hasSuffix(":") { return true }
        guard let last = trimmed.trimmingEnds(".").splitOnSpaces().last else { return false }
        return actingVerbSet.contains(last.folded)
    }

    /// Words that open an adverbial before an inverted verb: "Vid votering biföll utskottet …",
    /// "Därefter godkände nämnden …".
    private static let invertingOpeners: Set<String> = linkingAdverbs.union(["vid", "efter", "med", "pa", "i"])

    /// Adverbs that link a decision to what came before at this meeting: "Därefter godkände nämnden …".
    private static let linkingAdverbs: Set<String> = ["darefter", "darmed", "salunda", "enhalligt", "harmed", "sedan"]

    /// "Vid votering, se bilaga 2, biföll utskottet ordförandens förslag med 9 röster mot 7": an
    /// adverbial first, then an acting verb and the organ. The organ, capitalised.
    static func invertedActingSubject(_ sentence: String) -> String? {
        let words = sentence.splitOnSpaces().map(String.init)
        guard words.count >= 4, let opener = words.first, invertingOpeners.contains(opener.folded.trimmingEnds(",")) else { return nil }
        let folded = words.map { $0.folded.trimmingEnds(",.:;") }
        for i in 1..<min(words.count - 1, 12) where actingVerbSet.contains(folded[i]) {
            let organ = words[i + 1].trimmingEnds(",.:;")
            guard Subject.isOrganNoun(folded[i + 1]), actingVerbDecides(folded[i], words: folded) else { return nil }
            // Only this meeting's outcome: after its vote ("Vid votering …") or a linking adverb alone
            // ("Därefter godkände nämnden …"). "Vid sammanträdet den 10 maj 2023 antog nämnden …" and
            // "Efter sommaren godkände styrelsen …" report earlier decisions.
            let before = folded[..<i]
            let afterVote = before.contains { ["votering", "omrostning", "omrostningen", "voteringen"].contains($0) }
            let linking = i == 1 && linkingAdverbs.contains(folded[0])
            guard afterVote || linking, !before.contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) }) else { return nil }
            return organ.prefix(1).uppercased() + organ.dropFirst()
        }
        return nil
    }

    /// "Nämnden medger dispens …": this meeting's body as the subject, a finite verb (present or
    /// past tense) right after it. The subject, and what follows the verb.
    private static let notActingWords: Set<String> = ["har", "hade", "var", "ser", "anser", "far", "fick", "for", "under", "per", "eller",
                                                        "efter", "over", "infor", "bor", "behover", "vill", "tycker", "menar", "noterar"]

    private static func bodyActing(_ sentence: String, body: String?) -> (subject: String, tail: String)? {
        guard let subject = actingSubject(sentence), isThisBody(subject, body) else { return nil }
        let rest = sentence.dropFirst(subject.count).drop(while: { $0 == " " })
        guard let verb = rest.splitOnSpaces(limit: 2).first, verb.first?.isLowercase == true else { return nil }
        let folded = verb.folded
        guard folded.count >= 3, folded.hasSuffix("r") || folded.hasSuffix("de") || folded.hasSuffix("te"), !notActingWords.contains(folded) else { return nil }
        return (subject, String(rest.dropFirst(verb.count)))
    }

    private static func actingSubject(_ sentence: String) -> String? {
        let words = sentence.splitOnSpaces().map(String.init)
        for i in 1..<min(6, max(1, words.count)) {
            let candidate = words.prefix(i).joined(separator: " ")
            if let last = words.prefix(i).last, Subject.isOrganNoun(last.folded), Subject.phrase(candidate) != nil {
                return candidate
            }
        }
        return nil
    }
}

/// Words of folded text, split on UTF-8 bytes: letters (any byte of a non-ASCII letter counts),
/// digits and hyphens form words.
enum FoldedWords {
    static func isWordByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte >= 0x80
    }

    static func split(_ folded: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in folded.utf8 {
            if isWordByte(byte) {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}

/// Omröstningar in the text of a §. Two kinds of evidence are read and then put together:
/// - stated results: "Med 13 ja-röster mot 9 nej-röster, 2 ledamöter avstår", "Ja-röster 31,
///   Nej-röster 18, Avstår 2", "Med 5 röster mot 2", "En ledamot avstår";
/// - roll calls: a table with Ja / Nej / Avstår / Frånvarande columns and an X in one of them,
///   labelled lists ("Ja-röster: Anna Ek (S), Per Berg (C)", "Avstod (1): Viktor Nyberg"), and one
///   voter a line ("Mona Berglund (V) - AVSTÅR").
/// A roll call and a stated result are one vote when the named ballots add up to the result, or
/// when the § holds as many of one as of the other.
enum VoteParser {
    /// The votes of the § numbered `number` in its lines. A roll call in a bilaga that names another
    /// § is left out: `rollCallsForOtherParagraphs` gives it to that §.
    static func votes(in lines: [String], number: String? = nil) -> [Vote] {
        guard mayHoldVote(lines) else { return [] }
        let allRollCalls = self.rollCalls(in: lines)
        let rollCalls = allRollCalls.filter { $0.appendixFor == nil || $0.appendixFor == number }
        // The "Summa" row of a roll call that goes to another § states no result of this one.
        var ownLines = lines
        for call in allRollCalls where call.appendixFor != nil && call.appendixFor != number {
            for index in call.line...min(call.lastLine, lines.count - 1) { ownLines[index] = "" }
        }
        let results = statedResults(in: ownLines)
        var votes: [(line: Int, vote: Vote)] = []
        var usedResults = Set<Int>()
        for (callIndex, call) in rollCalls.enumerated() {
            let tally = call.tally
            var match = results.indices.first { index in
                !usedResults.contains(index) && results[index].counts.yes == tally.yes && results[index].counts.no == tally.no
            }
            if match == nil, results.count == rollCalls.count, !usedResults.contains(callIndex) { match = callIndex }
            if let match { usedResults.insert(match) }
            let vote = call.vote(stated: match.map { results[$0].counts })
            // "Avstod (1): Viktor Nyberg" under lists this parser cannot read is no vote of its own.
            guard vote.yes != nil || vote.no != nil else { continue }
            votes.append((call.line, vote))
        }
        for (index, result) in results.enumerated() where !usedResults.contains(index) {
            votes.append((result.line, result.counts))
        }
        // A table of counts ("⇥⇥Ja⇥Nej⇥Avstår" / "Poströster⇥19⇥0⇥0" / "Totalt⇥⇥31⇥0⇥0"), where no
        // roll call or sentence stated the vote.
        if votes.isEmpty { votes = countTables(in: ownLines) }
        return votes.sorted { $0.line < $1.line }.map(\.vote)
    }

    /// The result of each table of counts: a header of choices ("Ja", "Nej", "Avstår"), rows of a
    /// label and numbers ("Poströster", "Vid stämman"), the total in the row so labelled, or the only row.
    static func countTables(in lines: [String]) -> [(line: Int, vote: Vote)] {
        var found: [(line: Int, vote: Vote)] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            guard line.containsByte(0x09) else { continue }
            let header = line.split(separator: "\t").map { String($0).trimmed }.filter { !$0.isEmpty }
            let choices = header.map(choice)
            guard header.count >= 2, header.count <= 4, choices.allSatisfy({ $0 != nil }), choices.contains(.yes), choices.contains(.no) else { continue }
            var rows: [(label: String, counts: [Int])] = []
            var next = index + 1
            while next < lines.count, case let cells = lines[next].split(separator: "\t").map({ String($0).trimmed }).filter({ !$0.isEmpty }),
                  cells.count == header.count + 1, cells.dropFirst().allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
                rows.append((cells[0], cells.dropFirst().compactMap { Int($0) }))
                next += 1
            }
            let total = rows.last { ["totalt", "summa", "total", "sammanlagt", "totalt antal"].contains($0.label.folded.trimmingEnds(":")) }
            guard let result = total ?? (rows.count == 1 ? rows.first : nil) else { continue }
            var vote = Vote()
            for (choice, count) in zip(choices, result.counts) {
                switch choice {
                case .yes: vote.yes = count
                case .no: vote.no = count
                case .abstained: vote.abstained = count
                default: break
                }
            }
            found.append((index, vote))
            index = next - 1
        }
        return found
    }

    /// Roll calls in a bilaga that belong to another § than `number`: the § they name, and the vote
    /// as the ballots count it.
    /// With `number` nil the lines follow the last § (a bilaga after the signatures): every roll call
    /// is given, its § nil where no bilaga heading names one.
    static func rollCallsForOtherParagraphs(in lines: [String], number: String?) -> [(paragraph: String?, vote: Vote)] {
        guard mayHoldVote(lines), number == nil || lines.contains(where: { $0.folded.includes("bilaga") }) else { return [] }
        return rollCalls(in: lines).compactMap { call in
            let target = call.appendixFor
            if let number, target == nil || target == number { return nil }
            return (target, call.vote(stated: nil))
        }
    }

    /// "Bilaga 1, § 115   NÄRVARO- OCH OMRÖSTNINGSLISTA" within ten lines above a table header (a
    /// title of the vote and its propositionsordning may stand between).
    private static func appendixParagraph(before header: Int, in lines: [String]) -> String? {
        for index in stride(from: header - 1, through: max(0, header - 10), by: -1) {
            let folded = lines[index].folded
            guard folded.includes("bilaga"), let mark = folded.firstIndex(of: "§") else { continue }
            let digits = folded[folded.index(after: mark)...].drop(while: { $0 == " " }).prefix(while: \.isNumber)
            return digits.isEmpty ? nil : String(digits)
        }
        return nil
    }

    /// Most §§ hold no vote: one byte search over the folded text passes them over.
    static func mayHoldVote(_ lines: [String]) -> Bool {
        // Bytes, not folded text: this runs for every § ("nej", "avstår", "röster" in any case).
        let text = lines.joined(separator: "\n")
        return voteWordForms.contains { text.includes($0) }
    }

    /// The words a stated result needs one of, as bytes in any case.
    private static let resultWordForms = ["ja", "Ja", "JA", "nej", "Nej", "NEJ", "avst", "Avst", "AVST", "röst", "Röst", "RÖST",
                                          "rånvar", "RÅNVAR", "mot"]
    private static let voteWordForms = ["nej", "Nej", "NEJ", "avst", "Avst", "AVST", "röst", "Röst", "RÖST"]

    // MARK: Stated results

    private static let numberWords: [String: Int] = [
        "en": 1, "ett": 1, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "atta": 8, "nio": 9, "tio": 10,
        "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18,
        "nitton": 19, "tjugo": 20,
    ]
    private static let abstainWords: Set<String> = ["avstar", "avstod", "avstodo", "avstaende", "avstaenden", "nedlagda", "nedlagd", "blanka", "blank"]
    private static let countNouns: Set<String> = ["ledamot", "ledamoter", "ledamoten", "som", "st", "stycken", "personer", "medlemmar", "roster",
                                                  "medlem", "rostberattigad", "rostberattigade"]

    /// A word or a punctuation mark of the folded text, with the index of its line.
    private struct Token {
        let text: String
        let line: Int
        var isWord: Bool { text.first.map { $0.isLetter || $0.isNumber } ?? false }
    }

    private static func tokens(_ lines: [String]) -> [Token] {
        var tokens: [Token] = []
        for (index, line) in lines.enumerated() {
            var word = ""
            let characters = Array(line.folded)
            for (position, character) in characters.enumerated() {
                if character.isLetter || character.isNumber || character == "-" && !word.isEmpty {
                    word.append(character)
                    continue
                }
                // "Ja 0,2970": a share by andelstal is one number, and no count of votes.
                if character == "," || character == ".", !word.isEmpty, word.allSatisfy(\.isNumber), position + 1 < characters.count,
                   characters[position + 1].isNumber {
                    word.append(character)
                    continue
                }
                if !word.isEmpty { tokens.append(Token(text: word, line: index)); word = "" }
                if [",", ":", ".", "(", ")", ";"].contains(character) { tokens.append(Token(text: String(character), line: index)) }
            }
            if !word.isEmpty { tokens.append(Token(text: word, line: index)) }
        }
        return tokens
    }

    private static func number(_ token: Token?, wordsToo: Bool = true) -> Int? {
        guard let text = token?.text else { return nil }
        if text.allSatisfy(\.isNumber), text.count <= 3 { return Int(text) }
        return wordsToo ? numberWords[text] : nil
    }

    private enum Field { case yes, no, abstained, absent }

    private static func field(ofLabel word: String) -> Field? {
        if word == "ja" || word.hasPrefix("ja-rost") { return .yes }
        if word == "nej" || word.hasPrefix("nej-rost") { return .no }
        if abstainWords.contains(word) { return .abstained }
        if word == "franvarande" { return .absent }
        return nil
    }

    /// "röster avgavs", and the older plural "avgåvos" ("avgåfvos" before 1906).
    private static let passiveCastVerbs: Set<String> = ["avgavs", "avgavos", "avgafvos", "avgivits", "avlamnades", "avlamnats"]

    /// What a count after "röstade" counts: a samfällighet's andelar, a förening's members.
    private static let countedUnits: Set<String> = ["andelar", "andelstal", "medlemmar", "fastigheter"]

    /// Each run of counts that sets no field twice is one result.
    static func statedResults(in lines: [String]) -> [(line: Int, counts: Vote)] {
        // Only lines with a vote word, and the lines around them (a result may wrap), are read.
        let hasVoteWord = lines.map { line in resultWordForms.contains { line.includes($0) } }
        let near = lines.indices.map { index in
            hasVoteWord[index] || index > 0 && hasVoteWord[index - 1] || index + 1 < lines.count && hasVoteWord[index + 1]
        }
        let words = tokens(lines.indices.map { near[$0] ? lines[$0] : "" })
        var results: [(line: Int, counts: Vote)] = []
        var current: (line: Int, counts: Vote)?
        // True after "förslaget erhöll 5 röster": the next "3 röster" is the other proposal's.
        var receivedCounts = false
        func set(_ field: Field, _ value: Int, line: Int) {
            if current == nil { current = (line, Vote()) }
            func isSet(_ counts: Vote) -> Bool {
                switch field {
                case .yes: counts.yes != nil
                case .no: counts.no != nil
                case .abstained: counts.abstained != nil
                case .absent: counts.absent != nil
                }
            }
            if let open = current, isSet(open.counts) {
                results.append(open)
                current = (line, Vote())
            }
            switch field {
            case .yes: current?.counts.yes = value
            case .no: current?.counts.no = value
            case .abstained: current?.counts.abstained = value
            case .absent: current?.counts.absent = value
            }
        }
        // The lines where a tabulated result ("För avslag: 4 röster") was read: a sentence restating
        // it is the same vote.
        var tabulatedLines: Set<Int> = []
        var index = 0
        // The last number read as a label's value: "Ja 38 Nej 30", where "Nej" follows a number.
        var labelValueIndex = -1
        while index < words.count {
            let token = words[index]
            let next = index + 1 < words.count ? words[index + 1] : nil
            let afterNext = index + 2 < words.count ? words[index + 2] : nil
            // A ja count just read, and no nej yet, `lines` lines up at most: the next count is nej.
            func yesOpen(within lines: Int) -> Bool {
                current.map { $0.counts.yes != nil && $0.counts.no == nil && token.line - $0.line <= lines } ?? false
            }
            // "För: 4" / "Emot: 4" / "La ner: 1", a show of hands noted a line each: "För" counts only
            // with "Emot:" on the next line, so "För år 2025: 12" stays a budget line.
            if token.text == "for", next?.text == ":", let yes = number(afterNext, wordsToo: false), index + 5 < words.count,
               words[index + 3].text == "emot", words[index + 3].line == token.line + 1, words[index + 4].text == ":",
               let no = number(words[index + 5], wordsToo: false) {
                set(.yes, yes, line: token.line)
                set(.no, no, line: words[index + 3].line)
                index += 6
                // "La ner: 1", "Lade ner: 1", "Avstod: 1" below them.
                if index + 3 < words.count, ["la", "lade"].contains(words[index].text), words[index + 1].text == "ner",
                   words[index + 2].text == ":", let abstained = number(words[index + 3], wordsToo: false) {
                    set(.abstained, abstained, line: words[index].line)
                    index += 4
                }
                continue
            }
            // "Ja-röster: 25,", "Avstod (1):", "Avstår 2": the label first, when no number stands before it.
            if let labelField = field(ofLabel: token.text),
               number(index > 0 ? words[index - 1] : nil, wordsToo: false) == nil || index - 1 == labelValueIndex {
                var valueIndex = index + 1
                if valueIndex < words.count, [":", "("].contains(words[valueIndex].text) { valueIndex += 1 }
                let after = valueIndex + 1 < words.count ? words[valueIndex + 1] : nil
                if valueIndex < words.count, let value = number(words[valueIndex], wordsToo: false),
                   after.map({ !$0.isWord || $0.line != words[valueIndex].line || field(ofLabel: $0.text) != nil }) ?? true {
                    set(labelField, value, line: token.line)
                    labelValueIndex = valueIndex
                    index = valueIndex + 1
                    continue
                }
            }
            // A tabulated result: "För styrelsens förslag:<TAB>19 röster" / "För avslag:<TAB>4 röster".
            if index >= 2, words[index - 1].text == ":", let value = number(token, wordsToo: false),
               let field = labelledProposalField(words, valueAt: index, yesOpen: current.map { $0.counts.yes != nil && $0.counts.no == nil } ?? false) {
                set(field, value, line: token.line)
                tabulatedLines.insert(token.line)
                index += next.map { $0.text == "roster" && $0.line == token.line } == true ? 2 : 1
                continue
            }
            // A show of hands noted in a board's own words: "5 för, 1 emot", "4 för och 2 mot".
            // (Only beside a word of voting: "varav 31 för, 17 emot en utbyggnad" is a survey.)
            if let yes = number(token, wordsToo: false), next?.text == "for", index + 4 < words.count,
               [",", "och"].contains(words[index + 2].text), let no = number(words[index + 3], wordsToo: false),
               ["emot", "mot"].contains(words[index + 4].text),
               [token.line, token.line - 1, token.line - 2].contains(where: { line in
                   lines.indices.contains(line) && ["röst", "Röst", "RÖST", "votering", "Votering", "handuppräckning"].contains { lines[line].includes($0) }
               }) {
                set(.yes, yes, line: token.line)
                set(.no, no, line: words[index + 3].line)
                index += 5
                continue
            }
            // "För avslag röstade 14, för bifall 7, medan 2 avstod": a proposal, then its count. Bifall is
            // ja and avslag nej; two other proposals are ja and nej in the order given.
            if token.text == "for", let (field, countIndex) = countForProposal(words, at: index, open: current.flatMap { open in
                token.line - open.line <= 1 && (open.counts.yes == nil) != (open.counts.no == nil) ? open.counts : nil
            }) {
                set(field, number(words[countIndex], wordsToo: false) ?? 0, line: token.line)
                index = countIndex + 1
                continue
            }
            // In prose: "9 röstade för motionen, 14 röstade för styrelsens förslag och 1 avstod", "Fyra
            // röstade för och en emot", "avgavs 6 röster för förslaget och 4 för Gunnel Åkerbloms
            // förslag". The first count for a proposal is ja, a second one nej.
            if let value = number(token), let next {
                let yesOpen = yesOpen(within: 1)
                // "9 röster avgavs för bifall till motionen", "5 röster avgåvos för …" (older plural).
                let passive = next.text == "roster" && afterNext.map { passiveCastVerbs.contains($0.text) } == true
                let verbToken = passive ? (index + 3 < words.count ? words[index + 3] : nil) : afterNext
                // "röstade 41 andelar för och 27 emot": a samfällighet votes by andelstal. (Other units
                // than röster only after "röstade": "84 fastigheter för vilka …" is no vote.)
                let afterVoting = index > 0 && words[index - 1].text == "rostade"
                if next.text == "rostade" || next.text == "roster" || afterVoting && countedUnits.contains(next.text), let afterNext = verbToken {
                    let choice: Field? = switch afterNext.text {
                    case "for": yesOpen ? .no : .yes
                    case "emot", "mot", "nej": .no
                    case "ja": .yes
                    default: nil
                    }
                    // "röster mot" is read below ("Med 5 röster mot 2").
                    if let choice, !(next.text == "roster" && afterNext.text == "mot") {
                        set(choice, value, line: token.line)
                        index += passive ? 4 : 3
                        continue
                    }
                }
                if yesOpen, next.text == "emot" || next.text == "for" && number(token, wordsToo: false) != nil {
                    set(.no, value, line: token.line)
                    index += 2
                    continue
                }
            }
            // "där ordf:s förslag erhöll 5 röster och Juhani Mäkeläs förslag 3 röster": the votes each
            // proposal received, the first ja and the second nej.
            if let value = number(token, wordsToo: false), next?.text == "roster" {
                let yesOpen = yesOpen(within: 1)
                let received = index > 0 && ["erholl", "fick", "erhallit", "fatt"].contains(words[index - 1].text)
                if received && !yesOpen || yesOpen && receivedCounts {
                    set(yesOpen ? .no : .yes, value, line: token.line)
                    receivedCounts = received || yesOpen
                    index += 2
                    continue
                }
            }
            // "röstade fem ledamöter för att avgöra ärendet i dag och två ledamöter, Håkan Lindh och
            // Patrik Nordenfelt, för återremiss": members counted after "röstade", then the proposal each
            // group voted for (the first is ja, the second nej), perhaps with the names between.
            if let value = number(token), let next, ["ledamoter", "ledamot", "medlemmar", "personer"].contains(next.text) {
                let yesOpen = yesOpen(within: 2)
                let afterVoting = index > 0 && words[index - 1].text == "rostade"
                let window = words[(index + 2)...].prefix(10)
                if afterVoting || yesOpen,
                   let side = window.firstIndex(where: { ["for", "emot", "mot"].contains($0.text) }),
                   !words[(index + 2)..<side].contains(where: { number($0, wordsToo: false) != nil }) {
                    set(words[side].text == "for" && !yesOpen ? .yes : .no, value, line: token.line)
                    index = side + 1
                    continue
                }
            }
            // "13 ja-röster", "2 avstår", "2 ledamöter avstår", "en ledamot avstår".
            if let value = number(token), let next {
                if next.text == "roster", afterNext?.text == "mot", let other = number(index + 3 < words.count ? words[index + 3] : nil) {
                    set(.yes, value, line: token.line)
                    set(.no, other, line: token.line)
                    index += 4
                    continue
                }
                // A number word before a bare "ja" is no count ("en ja" does not occur; "ett ja" to a
                // proposal is prose): "ja" alone counts only after digits.
                if let field = field(ofLabel: next.text), next.text != "ja" || number(token, wordsToo: false) != nil {
                    set(field, value, line: token.line)
                    index += 2
                    continue
                }
                // ("4 röster" / "Avstod: 0": the label on the next line is a count of its own.)
                if countNouns.contains(next.text), let afterNext, afterNext.line == token.line,
                   let field = field(ofLabel: afterNext.text), field == .abstained || field == .absent {
                    set(field, value, line: token.line)
                    index += 3
                    continue
                }
                // "En röstberättigad (Nordanstigs kommun) avstod": who it was, in parentheses, before the verb.
                if countNouns.contains(next.text), afterNext?.text == "(",
                   let close = words[(index + 2)...].prefix(12).firstIndex(where: { $0.text == ")" }), close + 1 < words.count,
                   words[close + 1].line == token.line, let field = field(ofLabel: words[close + 1].text), field == .abstained || field == .absent {
                    set(field, value, line: token.line)
                    index = close + 2
                    continue
                }
            }
            index += 1
        }
        if let current { results.append(current) }
        // A result states ja and nej at least: "2 avstår från att delta" alone is no vote.
        let stated = results.filter { $0.counts.yes != nil || $0.counts.no != nil }
        // "Stämman beslutade med 19 röster mot 4" under the table that gave those counts: the same vote.
        // (Two votes of one § may well have the same counts: only a tabulated one is restated.)
        // ("… 41 röster avgavs för styrelsens förslag och 6 röster emot." / "Stämman beslutade således med 41
        // röster mot 6": "således", "alltså", "därmed" restate the count just given.)
        func restates(_ line: Int) -> Bool {
            let folded = lines[line].folded
            return ["saledes med ", "alltsa med ", "darmed med ", "salunda med "].contains { folded.includes($0) }
        }
        return stated.enumerated().filter { position, result in
            !stated[..<position].contains { earlier in
                (tabulatedLines.contains(earlier.line) && result.line - earlier.line <= 4
                    || restates(result.line) && result.line - earlier.line <= 6) && earlier.counts.yes == result.counts.yes && earlier.counts.no == result.counts.no
                    && (result.counts.abstained == nil || result.counts.abstained == earlier.counts.abstained)
                    && (result.counts.absent == nil || result.counts.absent == earlier.counts.absent)
            }
        }.map(\.element)
    }

    /// "För avslag röstade 14" (`open` nil or not), "för bifall 7" (only with `open`, the result a
    /// first count began): the field and the index of the count after "för" at `index`.
    private static func countForProposal(_ words: [Token], at index: Int, open: Vote?) -> (Field, Int)? {
        var proposal: [String] = []
        var end = index + 1
        while end < words.count, proposal.count < 3, words[end].isWord, words[end].text != "rostade", number(words[end], wordsToo: false) == nil {
            proposal.append(words[end].text)
            end += 1
        }
        let voted = end < words.count && words[end].text == "rostade"
        let countIndex = voted ? end + 1 : end
        guard !proposal.isEmpty, voted || open != nil, countIndex < words.count, number(words[countIndex], wordsToo: false) != nil else { return nil }
        // The count closes its clause: "14," / "7, medan" / "19 röster", not "7 procent".
        if countIndex + 1 < words.count, case let after = words[countIndex + 1], after.isWord, after.line == words[countIndex].line,
           !["roster", "och", "medan", "mot", "emot"].contains(after.text) { return nil }
        if proposal.contains("avslag") { return (.no, countIndex) }
        if proposal.contains("bifall") { return (.yes, countIndex) }
        return (open.map { $0.yes != nil ? .no : .yes } ?? .yes, countIndex)
    }

    /// The field of a count after "För styrelsens förslag:", "För avslag:" or "Mot:" at the start of
    /// its line: bifall and the first proposal are ja, avslag and the second proposal nej. The count
    /// is of röster, or the label names a proposal: "För år 2025: 12 miljoner" is a budget line.
    private static func labelledProposalField(_ words: [Token], valueAt index: Int, yesOpen: Bool) -> Field? {
        let line = words[index].line
        var start = index - 1
        while start > 0, words[start - 1].line == line { start -= 1 }
        let label = words[start..<(index - 1)].map(\.text)
        guard let first = label.first, label.count <= 6, !label.contains(where: { $0.first?.isNumber == true }) else { return nil }
        let countsVotes = index + 1 < words.count && words[index + 1].line == line && ["roster", "rost"].contains(words[index + 1].text)
        let namesProposal = label.contains { word in ["forslag", "bifall", "avslag", "yrkande", "motion"].contains { word.hasPrefix($0) } }
        guard countsVotes || namesProposal else { return nil }
        if first == "mot" || first == "emot" { return .no }
        guard first == "for" else { return nil }
        if label.contains("avslag") { return .no }
        if label.contains("bifall") { return .yes }
        return yesOpen ? .no : .yes
    }

    // MARK: Voters named by surname

    /// "Ja röstade herr Wik, herr Andersson i Lövsta och fru Nordmark." / "Nej röstade fru Ek …":
    /// older minutes list the voters of a § by surname. A board's minutes name them in full and by
    /// proposal: "För ordförandens förslag röstade Ulf Berg och Lena Ståhl. För Peter Hjalmarssons
    /// förslag röstade …". With the attendance they name members; the ballots are added to the §'s
    /// one vote when every name is one member's and the lists add up to its counts (the proposal
    /// with as many voters as the ja-count is ja).
    static func namingVoters(_ paragraphs: inout [Paragraph], attendance: [Attendee]) {
        for p in paragraphs.indices where paragraphs[p].votes.count == 1 && paragraphs[p].votes[0].ballots.isEmpty {
            guard paragraphs[p].text.includes(" röstade ") else { continue }
            var marked: [(Ballot.Choice, [String])] = []
            var byProposal: [[String]] = []
            // "Övriga närvarande röstade ja": everyone deciding at this § but those named.
            var others: Ballot.Choice?
            for block in paragraphs[p].text.components(separatedBy: "\n\n") {
                let text = block.replacingLineBreaksWithSpaces.collapsedWhitespace.trimmed
                for sentence in Sentences.split(text) {
                    // "Från att rösta avstodo herrar Nyberg och Sundin."
                    let foldedSentence = sentence.folded
                    if foldedSentence.hasPrefix("fran att rosta avstod"), let verb = foldedSentence.find("avstod") {
                        let after = sentence.dropFirst(foldedSentence.distance(from: foldedSentence.startIndex, to: verb.upperBound)).drop { $0 != " " }
                        if let names = members(namedIn: String(after).trimmingEnds(":. "), attendance: attendance) { marked.append((.abstained, names)) }
                        continue
                    }
                    guard let verb = sentence.find(" röstade ") else { continue }
                    let opening = sentence[..<verb.lowerBound].folded
                    if ["ovriga", "ovriga narvarande", "ovriga ledamoter", "de ovriga"].contains(opening) {
                        let rest = sentence[verb.upperBound...].folded.trimmingEnds(":. ")
                        others = rest == "ja" ? .yes : rest == "nej" ? .no : nil
                        continue
                    }
                    let choice: Ballot.Choice? = opening == "ja" ? .yes : opening == "nej" ? .no : nil
                    // "För ordförandens förslag", "För avslag": a proposal of a few words.
                    guard choice != nil || opening.hasPrefix("for ") && opening.wordCount <= 5 else { continue }
                    let list = String(sentence[verb.upperBound...]).trimmingEnds(":. ")
                    guard let names = members(namedIn: list, attendance: attendance) else { continue }
                    if let choice { marked.append((choice, names)) } else { byProposal.append(names) }
                }
            }
            let vote = paragraphs[p].votes[0]
            if marked.isEmpty, byProposal.count == 2 {
                let (first, second) = (byProposal[0].count, byProposal[1].count)
                // (On a tie the counts cannot tell which proposal was ja.)
                guard first != second else { continue }
                let firstIsYes = vote.yes == first && vote.no == second
                guard firstIsYes || vote.yes == second && vote.no == first else { continue }
                marked = [(firstIsYes ? .yes : .no, byProposal[0]), (firstIsYes ? .no : .yes, byProposal[1])]
            }
            if let others {
                // Those deciding at this §, less any who left the meeting in an earlier § ("… avlägsnade
                // sig herr J. Karlsson från sammanträdet").
                let named = Set(marked.flatMap(\.1))
                let left = Set(paragraphs[..<p].flatMap { earlier in
                    Sentences.split(earlier.text.replacingLineBreaksWithSpaces).filter { sentence in
                        let folded = sentence.folded
                        return folded.includes("avlagsnade sig") || folded.includes("lamnade sammantradet") || folded.includes("lamnade motet")
                    }.flatMap { SurnameReference.resolveAll(SurnameReference.addressed(in: $0), in: attendance) ?? [] }
                })
                let rest = attendance.filter { attendee in
                    attendee.deciding && !named.contains(attendee.name) && !left.contains(attendee.name)
                        && (attendee.paragraphs.flatMap(ParagraphScope.parse).map { $0.contains(paragraph: paragraphs[p].number) } ?? true)
                }.map(\.name)
                marked.append((others, rest))
            }
            let ballots = marked.flatMap { choice, names in
                names.map { name in Ballot(name: name, party: attendance.first { $0.name == name }?.party, vote: choice) }
            }
            let yes = ballots.filter { $0.vote == .yes }.count, no = ballots.filter { $0.vote == .no }.count
            let abstained = ballots.filter { $0.vote == .abstained }.count
            guard !ballots.isEmpty, vote.yes.map({ $0 == yes }) ?? true, vote.no.map({ $0 == no }) ?? true,
                  abstained == 0 || vote.abstained.map({ $0 == abstained }) ?? true else { continue }
            paragraphs[p].votes[0].ballots = ballots
        }
    }

    /// The members a list names, in full ("Ulf Berg, Lena Ståhl och Kjell Åberg") or by surname
    /// ("herr Wik och fru Ek"), when every name is one member's.
    private static func members(namedIn list: String, attendance: [Attendee]) -> [String]? {
        if let names = SurnameReference.members(namedIn: list, attendance: attendance) { return names }
        let keys = Dictionary(attendance.map { (AttendanceParser.nameKey($0.name), $0.name) }, uniquingKeysWith: { first, _ in first })
        var names: [String] = []
        for chunk in NameList.splitTopLevel(list, separators: [","]).flatMap({ NameList.splitAtOch($0.trimmed) }) {
            guard let entry = PersonEntry.parse(chunk.trimmed), let name = keys[AttendanceParser.nameKey(entry.name)] else { return nil }
            names.append(name)
        }
        return names.isEmpty ? nil : names
    }

    // MARK: Roll calls

    struct RollCallGroup {
        var line: Int
        var ballots: [Ballot] = []
        /// Who cast each ballot, as the roll call names them: with a role ("ordförande") or the member
        /// a substitute serves for, which a ballot does not keep.
        var voters: [PersonEntry] = []
        /// The columns or labels the roll call has, voted in or not.
        var choices: Set<Ballot.Choice> = []
        /// A "Summa" row under a table.
        var stated: Vote?
        /// "Bilaga 1, § 115  Omröstningslista" over the table: the § the roll call belongs to, which
        /// may be another than the one whose text holds the bilaga.
        var appendixFor: String?
        /// The line of the last ballot or of the "Summa" row.
        var lastLine = 0

        var tally: Vote {
            func count(_ choice: Ballot.Choice) -> Int { ballots.filter { $0.vote == choice }.count }
            return Vote(yes: count(.yes), no: count(.no), abstained: count(.abstained), absent: count(.absent))
        }

        /// The vote this roll call records: the counts a sentence states, then those of its "Summa"
        /// row, then its ballots counted for each column or label it has.
        func vote(stated sentence: Vote?) -> Vote {
            let tally = self.tally
            let summa = stated
            func pick(_ field: KeyPath<Vote, Int?>, _ choice: Ballot.Choice) -> Int? {
                sentence?[keyPath: field] ?? summa?[keyPath: field] ?? (choices.contains(choice) ? tally[keyPath: field] : nil)
            }
            return Vote(yes: pick(\.yes, .yes), no: pick(\.no, .no), abstained: pick(\.abstained, .abstained),
                        absent: pick(\.absent, .absent), ballots: ballots)
        }
    }

    private static func choice(_ text: String) -> Ballot.Choice? {
        switch text.folded.trimmingEnds(".:") {
        case "ja", "ja-roster", "ja-rost", "rostade ja": .yes
        case "nej", "nej-roster", "nej-rost", "rostade nej": .no
        case "avstar", "avstod", "avstaende", "avstaenden", "avstar fran att rosta", "avst": .abstained
        case "franvarande", "franv", "ej narvarande": .absent
        default: nil
        }
    }

    /// Column names that may stand a single space before "Ja" in a narrow header.
    private static let narrowColumnNames: Set<String> = ["parti", "grupp"]

    /// "Anna Kjellberg (Rolf Nyqvist)" in a roll call: the substitute in parentheses voted for the
    /// member before them.
    private static func votingSubstitute(in cell: String) -> PersonEntry? {
        guard let open = cell.firstIndex(of: "("), let close = cell[open...].firstIndex(of: ")") else { return nil }
        let inner = cell[cell.index(after: open)..<close].trimmed
        guard inner.wordCount >= 2, inner.startsWithUppercaseLetter, !PersonEntry.isRoleText(inner),
              var substitute = PersonEntry.parse(inner), substitute.name == inner,
              let member = PersonEntry.parse(String(cell[..<open]).trimmed) else { return nil }
        substitute.replaces = member.name
        substitute.party = substitute.party ?? member.party
        return substitute
    }

    private static func isMark(_ cell: String) -> Bool { ["x", "✓", "✔", "1"].contains(cell.folded) || choice(cell) != nil }

    static func rollCalls(in lines: [String]) -> [RollCallGroup] {
        var groups: [RollCallGroup] = []
        var current: RollCallGroup?
        // A table's vote columns: where each starts (space-aligned) or its cell index (tabs).
        var columns: [(start: Int, index: Int, choice: Ballot.Choice)]?
        var wrapped: PersonEntry?
        var labelled: (choice: Ballot.Choice, names: String)?
        var lastBallotLine = -10

        func close() {
            flushLabelled()
            if let group = current, !group.ballots.isEmpty { groups.append(group) }
            current = nil
        }
        func add(_ entry: PersonEntry, _ vote: Ballot.Choice, line: Int) {
            // Ballots far from the last ones start another roll call.
            if current == nil || line > lastBallotLine + 3 && columns == nil {
                close()
                current = RollCallGroup(line: line)
            }
            current?.ballots.append(Ballot(name: entry.name, party: entry.party, vote: vote))
            current?.voters.append(entry)
            current?.choices.insert(vote)
            current?.lastLine = line
            lastBallotLine = line
        }
        func flushLabelled() {
            guard let list = labelled else { return }
            labelled = nil
            for entry in NameList.people(inProse: list.names) { add(entry, list.choice, line: lastBallotLine) }
        }

        for (lineIndex, line) in lines.enumerated() {
            let trimmed = line.trimmed
            // "Ja-röster: Anna Ek (S)," / (page break, "§ 16 forts.") / "Rut Sjöberg (C)": a list
            // that ends in a comma goes on.
            let listOpen = labelled.map { $0.names.hasSuffix(",") || $0.names.hasSuffix(" och") } ?? false
            if trimmed.isEmpty || listOpen && trimmed.hasPrefix("§") && trimmed.folded.includes("forts") {
                if !listOpen { flushLabelled() }
                continue
            }
            let tabbed = line.containsByte(0x09)
            // Cells are needed in a table, or on a line that may head one (Ja and Nej on it).
            let mayHeadTable = (line.includes("ja") || line.includes("Ja") || line.includes("JA"))
                && (line.includes("nej") || line.includes("Nej") || line.includes("NEJ"))
            var cells: [(start: Int, text: String)] = columns == nil && !mayHeadTable ? [] : tabbed
                ? line.split(separator: "\t", omittingEmptySubsequences: false).enumerated().map { ($0.offset, String($0.element).trimmed) }
                : line.alignedCells
            // "Ja  Nej Avst": narrow columns a single space apart are one cell of the layout.
            // ("Parti Ja  Nej  Avst": a short column name before them, too.)
            func isNarrowHeader(_ words: [Substring]) -> Bool {
                words.count >= 2 && words.dropFirst().allSatisfy { choice(String($0)) != nil }
                    && (choice(String(words[0])) != nil || words.count == 2 && narrowColumnNames.contains(words[0].folded))
            }
            if !tabbed, columns == nil, cells.contains(where: { $0.text.includes(" ") && isNarrowHeader($0.text.split(separator: " ")) }) {
                cells = cells.flatMap { cell -> [(start: Int, text: String)] in
                    let words = cell.text.split(separator: " ", omittingEmptySubsequences: false)
                    guard isNarrowHeader(words) else { return [cell] }
                    var start = cell.start
                    return words.map { word in
                        defer { start += word.count + 1 }
                        return (start, String(word))
                    }
                }
            }
            // A header: the person column and at least Ja and Nej.
            let headerChoices = cells.enumerated().compactMap { offset, cell in choice(cell.text).map { (cell.start, offset, $0) } }
            if cells.count >= 3, headerChoices.count >= 2, headerChoices.contains(where: { $0.2 == .yes }),
               // (Two members a row with a party column each: four cells that are no vote.)
               headerChoices.contains(where: { $0.2 == .no }), headerChoices.count == cells.count - 1 || cells.count - headerChoices.count <= 4,
               // (A header with no name over the names' column starts far to the right.)
               !(cells.first.map { isMark($0.text) } ?? true) || headerChoices.count == cells.count && (cells.first?.start ?? 0) >= 16 {
                // The header repeated on the next page: the same table goes on.
                if columns != nil, let open = current, open.choices == Set(headerChoices.map(\.2)) {
                    columns = headerChoices.map { (start: $0.0, index: $0.1, choice: $0.2) }
                    lastBallotLine = lineIndex
                    continue
                }
                close()
                columns = headerChoices.map { (start: $0.0, index: $0.1, choice: $0.2) }
                current = RollCallGroup(line: lineIndex, choices: Set(headerChoices.map(\.2)),
                                        appendixFor: appendixParagraph(before: lineIndex, in: lines))
                lastBallotLine = lineIndex
                continue
            }
            if let tableColumns = columns {
                let folded = trimmed.folded
                if folded.hasPrefix("summa") || folded.hasPrefix("totalt") || folded.hasPrefix("antal") {
                    var stated = Vote()
                    for cell in cells.dropFirst() {
                        // "Ja 26": the row names its columns.
                        let words = cell.text.splitOnSpaces()
                        if words.count == 2, let named = choice(String(words[0])), let value = Int(words[1]) {
                            switch named {
                            case .yes: stated.yes = value
                            case .no: stated.no = value
                            case .abstained: stated.abstained = value
                            case .absent: stated.absent = value
                            }
                            continue
                        }
                        guard let value = Int(cell.text), let column = nearestColumn(tableColumns, to: cell, tabbed: tabbed) else { continue }
                        switch column {
                        case .yes: stated.yes = value
                        case .no: stated.no = value
                        case .abstained: stated.abstained = value
                        case .absent: stated.absent = value
                        }
                    }
                    current?.stated = stated
                    current?.lastLine = lineIndex
                    columns = nil
                    continue
                }
                if let pending = wrapped, !cells.isEmpty, cells.allSatisfy({ isMark($0.text) }),
                   let mark = cells.first, let vote = vote(of: mark, in: tableColumns, tabbed: tabbed) {
                    add(pending, vote, line: lineIndex)
                    wrapped = nil
                    continue
                }
                wrapped = nil
                if let first = cells.first, !isMark(first.text), let entry = PersonEntry.parse(first.text) {
                    // "Karin Sjölander (S)   X      Johan Häggström (M)      X": a wide table holds two
                    // members a row, each with the marks after them.
                    var voter: PersonEntry? = votingSubstitute(in: first.text) ?? entry
                    var voted = false
                    for cell in cells.dropFirst() {
                        if isMark(cell.text) {
                            if let person = voter, let vote = vote(of: cell, in: tableColumns, tabbed: tabbed) {
                                add(person, vote, line: lineIndex)
                                voter = nil
                                voted = true
                            }
                        } else if voter != nil, voter?.party == nil, PersonEntry.isParty(cell.text) {
                            // "Bo Granlund, ordf.   S   X": the party in a column of its own.
                            voter?.party = cell.text.uppercased()
                        } else if let next = PersonEntry.parse(cell.text) {
                            voter = votingSubstitute(in: cell.text) ?? next
                        }
                    }
                    if !voted, cells.count == 1 { wrapped = entry }
                    continue
                }
                // Page furniture left inside the table, or the table's end.
                if lineIndex > lastBallotLine + 4 { columns = nil }
                continue
            }
            // "Ja-röster: Anna Ek (S), …", "- Avstod (1): Viktor Nyberg".
            if let (vote, names) = labelledList(trimmed) {
                flushLabelled()
                if current == nil || lineIndex > lastBallotLine + 3 { close(); current = RollCallGroup(line: lineIndex) }
                current?.choices.insert(vote)
                lastBallotLine = lineIndex
                labelled = names.isEmpty ? nil : (vote, names)
                continue
            }
            if let list = labelled {
                if list.names.hasSuffix(",") || list.names.hasSuffix(" och") {
                    labelled = (list.choice, list.names + " " + trimmed)
                    lastBallotLine = lineIndex
                    continue
                }
                flushLabelled()
            }
            // "Mona Berglund (V) - AVSTÅR".
            if let (name, vote) = voterLine(trimmed), let entry = PersonEntry.parse(name) {
                add(entry, vote, line: lineIndex)
                continue
            }
            // A table that text extraction wrote one cell a line: "Mats Öhrvall (S)" / "Ja".
            if trimmed.count <= 12, let vote = choice(trimmed), lineIndex > 0 {
                let previous = lines[lineIndex - 1].trimmed
                if previous.wordCount >= 2, choice(previous) == nil, let entry = PersonEntry.parse(previous) {
                    add(entry, vote, line: lineIndex)
                }
            }
        }
        close()
        return groups
    }

    private static func nearestColumn(_ columns: [(start: Int, index: Int, choice: Ballot.Choice)], to cell: (start: Int, text: String),
                                      tabbed: Bool) -> Ballot.Choice? {
        if tabbed { return columns.first { $0.index == cell.start }?.choice }
        // An X under another column ("Närvarande") is no vote: the mark stands near its column.
        guard let nearest = columns.min(by: { abs($0.start - cell.start) < abs($1.start - cell.start) }),
              abs(nearest.start - cell.start) <= 5 else { return nil }
        return nearest.choice
    }

    /// The vote an X (or a written "Ja") in a row stands for.
    private static func vote(of mark: (start: Int, text: String), in columns: [(start: Int, index: Int, choice: Ballot.Choice)],
                             tabbed: Bool) -> Ballot.Choice? {
        if let written = choice(mark.text), columns.count <= 1 { return written }
        return nearestColumn(columns, to: mark, tabbed: tabbed) ?? choice(mark.text)
    }

    /// "Ja-röster: names", "Nej: names", "Avstod (1): names": the vote and the names (maybe none yet).
    private static func labelledList(_ line: String) -> (Ballot.Choice, String)? {
        let text = String(line.drop(while: { $0 == "-" || $0 == "•" || $0 == "*" || $0 == " " }))
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = String(text[..<colon]).removingParenthesised.trimmed
        guard let vote = choice(label) else { return nil }
        let names = text[text.index(after: colon)...].trimmed
        // "Ja-röster: 25": a count, read as a stated result.
        if names.first?.isNumber == true { return nil }
        return (vote, names)
    }

    /// "Hussein Mahmoud (S), ers. för Ingela Sjöö (S) - NEJ": the voter before the vote.
    private static func voterLine(_ line: String) -> (String, Ballot.Choice)? {
        for separator in [" - ", " – ", ": "] {
            guard let range = line.find(separator) else { continue }
            var last = range
            while let next = line.find(separator, from: last.upperBound) { last = next }
            guard let vote = choice(String(line[last.upperBound...]).trimmed) else { continue }
            return (String(line[..<last.lowerBound]), vote)
        }
        return nil
    }
}

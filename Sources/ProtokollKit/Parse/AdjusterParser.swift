import Foundation

/// Justerare: from "Till att jämte ordföranden justera dagens protokoll utses X", "Till justerare
/// utses X", "Utses att justera X", "Justerare: X", "Mötet valde X och Y till justerare". The chair
/// is not an adjuster unless named as one.
enum AdjusterParser {
    /// Who a sentence elects to adjust, keep the minutes or chair the meeting. "Till sekreterare
    /// valdes X och till justerare valdes Y" holds two elections: each clause is read apart.
    struct Elections: Equatable {
        var adjusters: [String] = []
        var secretary: String?
        var chair: String?
    }

    /// `context` is the § title ("Val av ordförande för stämman"), which says what a bare "Till
    /// ordförande valdes X" is for.
    static func elections(inSentence sentence: String, context: String = "") -> Elections {
        var result = Elections()
        // Every election below is read from one of the election verbs: most sentences have none.
        guard electionVerbs.containsAnyWord(of: sentence.folded, isWordByte: FoldedWords.isWordByte) else { return result }
        // "Alva Lindqvist-Berg yrkade att styrelsen skulle välja … Hugo Ekdahl … till justerare": a
        // motion, not the election.
        if FoldedWords.split(sentence.folded).contains(where: { $0 == "yrkade" || $0 == "yrkar" }) { return result }
        let meetingWords = ["mote", "stamma", "stamman", "arsmote"]
        let contextIsMeeting = meetingWords.contains { context.folded.includes($0) }
        // "Annelie valdes att leda mötet och Amanda att föra anteckningar.": the chair and the keeper of
        // the notes by the task, not the office.
        let written = sentence.splitOnSpaces().map { String($0).trimmingEnds(",.;") }
        let words = written.map(\.folded)
        if let verb = words.indices.first(where: { words[$0] == "valdes" && words[safe: $0 + 1] == "att" && words[safe: $0 + 2] == "leda" }),
           let what = words[safe: verb + 3], ["motet", "sammantradet", "stamman", "arsmotet", "dagens"].contains(what) {
            let name = written[..<verb].reversed().prefix { $0.startsWithUppercaseLetter }.reversed().joined(separator: " ")
            if (1...3).contains(name.wordCount) { result.chair = name }
            if let och = words[(verb + 3)...].firstIndex(of: "och"), let keeper = written[safe: och + 1], keeper.startsWithUppercaseLetter,
               words[safe: och + 2] == "att", words[safe: och + 3] == "fora" {
                result.secretary = keeper
            }
        }
        // "Beslut: Till ordförande för mötet valdes ...": the rubric before the colon is not part of it.
        var sentence = sentence
        if let colon = sentence.firstIndex(of: ":"), sentence[..<colon].wordCount <= 2 {
            sentence = sentence[sentence.index(after: colon)...].trimmed
        }
        // "Stämman valde Petter Lindahl, jurist vid Bostadsrätterna, till ordförande för stämman": a
        // clause of its own only where it holds an election verb ("A till ordförande, till sekreterare B").
        let pieces = clauses(sentence)
        var merged: [String] = []
        for piece in pieces {
            if let last = merged.last, piece.folded.hasPrefix("till "), !last.folded.includes(" till "),
               roleElectionVerbs.contains(where: { last.folded.splitOnSpaces().map(String.init).contains($0) }),
               !tillElectionVerbs.contains(where: { piece.folded.splitOnSpaces().map(String.init).contains($0) }) {
                merged[merged.count - 1] = last + ", " + piece
            } else {
                merged.append(piece)
            }
        }
        for clause in merged {
            let folded = clause.folded
            if folded.includes("juster") {
                result.adjusters += adjusters(inSentence: clause)
                continue
            }
            // "Till (mötes)sekreterare (för mötet) valdes X", "Till stämmoordförande valdes Y", or
            // "Stämmoordföranden utsåg X till protokollförare".
            var pairs: [(role: Substring, names: [String])] = []
            if folded.hasPrefix("till ") {
                pairs = [(folded.dropFirst(5).prefix(while: { $0 != " " }), namesAfterElectionVerb(clause))]
            } else {
                pairs = electedToRoles(clause).map { (Substring($0.0), $0.1) }
            }
            for (roleWord, names) in pairs {
                guard let name = names.first else { continue }
                if roleWord.hasSuffix("sekreterare") || roleWord == "protokollforare" {
                    result.secretary = result.secretary ?? name
                } else if roleWord.hasSuffix("ordforande"), !chairsAnotherOrgan(folded),
                          roleWord != "ordforande" || contextIsMeeting || meetingWords.contains(where: { folded.includes($0) }) {
                    result.chair = result.chair ?? name
                }
            }
        }
        return result
    }

    /// "till ordförande i forskarutbildningsrådet", "till ordförande för valberedningen": a chair of
    /// another organ, elected at this meeting, who does not lead it.
    private static func chairsAnotherOrgan(_ folded: String) -> Bool {
        var named = 0
        for marker in ["ordforande i ", "ordforande for ", "ordforande inom "] {
            var from = folded.startIndex
            while let range = folded.find(marker, from: from) {
                from = range.upperBound
                let next = String(folded[range.upperBound...].prefix { $0 != " " && $0 != "," && $0 != "." })
                // "för föreningsstämman", "för den extra stämman", "i kvällens möte": this meeting.
                let meeting = ["motet", "mote", "stamman", "stamma", "arsmotet", "sammantradet"].contains { next.hasSuffix($0) }
                guard Subject.isOrganNoun(next), !meeting else { return false }
                named += 1
            }
        }
        return named > 0
    }

    /// Folded verbs of "X utsåg Y till protokollförare".
    private static let roleElectionVerbs: Set<String> = ["utsag", "valde", "valdes", "utsags", "utsagos", "utses", "valjs", "valja", "utse", "utsett", "utsatt", "utnamnde", "utnamnt"]
    /// Folded verbs of "Till sekreterare valdes X".
    private static let tillElectionVerbs: Set<String> = ["utses", "utsags", "utsagos", "valdes", "valjs", "omvaldes", "utser", "valde", "valjer"]
    /// Folded verbs of "Till justerare utses X", "X och Y utses att justera".
    private static let adjusterElectionVerbs: Set<String> = ["utses", "utsags", "utsagos", "valdes", "valjs", "utsågs", "utsedd", "utsedda", "valde", "utser", "utsag", "valjer", "valja", "utse"]
    /// All of them: a sentence without one elects no one.
    private static let electionVerbs = WordSet(roleElectionVerbs.union(tillElectionVerbs).union(adjusterElectionVerbs))

    /// The sentence cut before " och till ", ", till " and "; ", and at each att-clause after the
    /// first ("beslutar att välja A till mötesordförande, att välja B och C till justerare").
    private static func clauses(_ sentence: String) -> [String] {
        var parts = [sentence]
        // (Only where the next clause elects again: "justera dagens protokoll samt att vara rösträknare
        // valdes X och Y" is one election.)
        for separator in [" och till ", ", till ", "; ", ", att välja ", " samt att välja ", ", att utse ", " samt att utse "] {
            parts = parts.flatMap { part -> [String] in
                var pieces: [String] = []
                var rest = Substring(part)
                while let range = rest.find(separator) {
                    pieces.append(String(rest[..<range.lowerBound]))
                    let kept = separator.hasSuffix("till ") ? "till " : separator.hasSuffix("välja ") ? "att välja " : separator.hasSuffix("utse ") ? "att utse " : ""
                    rest = kept + rest[range.upperBound...]
                }
                pieces.append(String(rest))
                return pieces
            }
        }
        return parts
    }

    /// "X utsåg Y till protokollförare", "välja A till ordförande och B till sekreterare": each role
    /// after "till" with the names before it.
    private static func electedToRoles(_ clause: String) -> [(String, [String])] {
        let words = clause.splitOnSpaces().map(String.init)
        guard let verbIndex = words.firstIndex(where: { roleElectionVerbs.contains($0.folded.trimmingPunctuation) }) else { return [] }
        var pairs: [(String, [String])] = []
        var start = verbIndex + 1
        var index = start
        while index + 1 < words.count {
            if words[index].folded == "till" {
                let role = words[index + 1].folded.trimmingPunctuation
                pairs.append((role, people(words[start..<index].joined(separator: " "))))
                // The next pair starts after "och".
                var next = index + 2
                while next < words.count, words[next].folded != "och" { next += 1 }
                start = next + 1
                index = start
                continue
            }
            index += 1
        }
        return pairs
    }

    private static func namesAfterElectionVerb(_ clause: String) -> [String] {
        let words = clause.splitOnSpaces().map(String.init)
        guard let verbIndex = words.firstIndex(where: { tillElectionVerbs.contains($0.folded.trimmingPunctuation) }) else { return [] }
        return people(words[(verbIndex + 1)...].joined(separator: " "))
    }

    /// "Protokollet justeras av Sven Berg och Karin Ek": the names after the passive, up to where the
    /// sentence goes on ("jämte ordföranden", a date).
    static func passiveSpan(_ sentence: String) -> String? {
        guard let range = sentence.find(" justeras av ") ?? sentence.find(" justeras jämte ordföranden av ") else { return nil }
        var names = String(sentence[range.upperBound...])
        for stop in [" jämte ", " den ", " som ", " tillika ", " att "] {
            if let end = names.find(stop) { names = String(names[..<end.lowerBound]) }
        }
        return names.trimmingEnds(". ")
    }

    /// "Mehmet valdes att jämte ordföranden justera protokollet", "… justera dagens protokoll utsågs
    /// herr Barkman": the words on the other side of the election verb from "justera". Who they are
    /// only the list of those present can say (a first name, a surname).
    static func electedSpan(_ sentence: String) -> String? {
        let words = sentence.splitOnSpaces().map(String.init)
        guard let verb = words.firstIndex(where: { ["valdes", "utsags", "utsågs", "utses", "utsagos"].contains($0.folded.trimmingPunctuation) }) else { return nil }
        // ("Jonas valdes till ordförande och Lisa till justerare": only "valdes att … justera" or
        // "valdes till justerare" right after the verb elects the words before it.)
        if verb >= 1, verb <= 4, verb + 1 < words.count,
           words[verb + 1].folded == "att" && words[(verb + 1)...].prefix(6).contains(where: { $0.folded.hasPrefix("juster") })
            || words[verb + 1].folded == "till" && verb + 2 < words.count && words[verb + 2].folded.hasPrefix("juster") {
            return words[..<verb].joined(separator: " ")
        }
        // "Att jämte ordföranden justera dagens protokoll utsågs herr Barkman."
        guard words[..<verb].contains(where: { $0.folded.hasPrefix("juster") }), verb + 1 < words.count else { return nil }
        var names = words[(verb + 1)...].joined(separator: " ")
        for stop in [" att ", " till ", " som ", " jämte ", " tillika ", " med "] {
            if let range = names.find(stop) { names = String(names[..<range.lowerBound]) }
        }
        return names.trimmingEnds(". ")
    }

    static func adjusters(inSentence sentence: String) -> [String] {
        let folded = sentence.folded
        guard folded.includes("juster") else { return [] }
        if let span = passiveSpan(sentence) { return people(span) }
        let words = sentence.splitOnSpaces().map(String.init)
        let foldedWords = words.map { $0.folded }
        guard let verbIndex = foldedWords.firstIndex(where: { adjusterElectionVerbs.contains($0.trimmingPunctuation) }) else { return [] }
        let after = words[(verbIndex + 1)...].joined(separator: " ")
        let before = words[..<verbIndex].joined(separator: " ")
        // "... justera ... utses X" / "Till justerare valdes X och Y"
        if folded.prefix(while: { $0 != " " }) == "till" || before.folded.includes("juster") {
            var names = after
            // "X att jämte ordföranden justera"
            // "X och Y med Z som ersättare": the substitutes are no adjusters.
            for stop in [" att ", " till ", " som ", " jämte ", " tillika ", " med "] {
                if let range = names.find(stop) { names = String(names[..<range.lowerBound]) }
            }
            return people(names)
        }
        // "Mötet valde X och Y till justerare", "X och Y utses att justera"
        if let range = after.find(" till ") ?? after.find(" att ") ?? after.find(" som ") {
            let head = String(after[..<range.lowerBound])
            if !people(head).isEmpty { return people(head) }
        }
        if Subject.phrase(before) == nil || !Subject.isOrganNoun(before.folded.splitOnSpaces().last.map(String.init) ?? "") {
            return people(before)
        }
        return []
    }

    /// "Protokollet justerades 2024-04-19 av ordföranden Annelie Vikström (S) och justeraren Eva
    /// Holmberg (C).": the adjusters a closing sentence names after "justeraren"/"justerarna".
    static func namedInClosingProse(_ text: String) -> [String] {
        guard text.includes("justerar") else { return [] }
        for marker in ["justerarna ", "justeraren ", "justerare "] {
            guard let range = text.find(marker) else { continue }
            var names = String(text[range.upperBound...])
            if let end = names.find(". ") ?? names.find(".\n") { names = String(names[..<end.lowerBound]) }
            return people(names.trimmingEnds("."))
        }
        return []
    }

    static func people(_ text: String) -> [String] {
        NameList.people(inProse: text).map(\.name)
    }
}

extension String {
    var trimmingPunctuation: String {
        var s = Substring(self)
        while let last = s.last, last == "," || last == "." || last == ":" || last == ";" { s = s.dropLast() }
        return String(s)
    }
}

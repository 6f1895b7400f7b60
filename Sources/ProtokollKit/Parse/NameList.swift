import Foundation

/// Lists of people: "A, B och C", "Name och Name ORG, Name ORG", one person per line, or rows of a
/// table ("May Andersson<TAB>Kommunförbundet<TAB>sekreterare").
enum NameList {
    /// People in `lines`, in order.
    static func people(in lines: [String]) -> [PersonEntry] {
        // One person per line as "Name, Organisation" (or ", title"): read line by line, so that the
        // part after the comma stays with its person.
        let nonEmpty = lines.filter { !$0.trimmed.isEmpty }
        // (A running list wrapped over lines ends a line open: "…, sjukvårdsdirektören", "… samt".)
        if nonEmpty.count >= 2, nonEmpty.allSatisfy({ line in
            let parts = splitTopLevel(line, separators: [","])
            return parts.count == 2 && !line.containsByte(0x09) && !line.includes(" och ")
                && PersonEntry.parse(parts[0].trimmed) != nil && !continuesOnNextLine(line)
        }) {
            return nonEmpty.compactMap { PersonEntry.parse($0) }
        }
        var entries: [PersonEntry] = []
        var prose: [String] = []
        func flushProse() {
            if !prose.isEmpty { entries += people(inProse: prose.joined(separator: "\n")) }
            prose = []
        }
        for line in lines {
            let columns = line.layoutColumns
            if columns.count >= 2 {
                flushProse()
                entries += row(columns)
            } else {
                prose.append(line)
            }
        }
        flushProse()
        return entries
    }

    /// One table row: the first column is the person; the others add organisation, role, party or
    /// participation, unless they are people themselves (a two-column list).
    static func row(_ columns: [String]) -> [PersonEntry] {
        guard let first = columns.first else { return [] }
        // "Ordförande<TAB>Anna Ek (S)": the role stands first.
        if PersonEntry.parse(first) == nil, PersonEntry.isRoleText(first), columns.count >= 2 {
            return row(Array(columns.dropFirst())).enumerated().map { index, person in
                var withRole = person
                if index == 0 { withRole.role = withRole.role ?? first.lowercased() }
                return withRole
            }
        }
        guard var person = PersonEntry.parse(first) else { return [] }
        var extra: [PersonEntry] = []
        for column in columns.dropFirst() {
            let text = column.trimmed
            let folded = text.folded
            if ["ja", "nej", "x", "avstar", "-", "franvarande", "narvarande"].contains(folded) || text.allSatisfy(\.isDash) { continue }
            // "Harald Sjödin      för Tage Wiklander      S": the member a substitute serves for, in a
            // column of its own, perhaps with the §§ ("för Karl-Erik Boström (c), §§ 51-52").
            if let replaced = PersonEntry.replacedMember(openingText: text) {
                person.replaces = replaced.name
                person.paragraphs = person.paragraphs ?? replaced.paragraphs
                person.role = person.role ?? "tjänstgörande ersättare"
                continue
            }
            // "1:e suppleant, med rösträtt för Sofia von Platen": the office, then whom the vote is for.
            if let marker = text.find(", med rösträtt för "), let replaced = PersonEntry.parse(String(text[marker.upperBound...])),
               replaced.name.wordCount >= 2 {
                person.replaces = replaced.name
                person.role = person.role ?? text[..<marker.lowerBound].trimmed.lowercased()
                continue
            }
            // ("kl. 13.00–14.55", "från kl. 15.10": a time the person took part, as a § range is.)
            if text.contains(Character("§")) || folded.hasPrefix("ej §") || folded.hasPrefix("t.o.m")
                || ["kl.", "kl ", "fran kl", "till kl", "fr.o.m. kl", "fr o m kl"].contains(where: { folded.hasPrefix($0) }) && text.contains(where: \.isNumber) {
                // "ekonomichef, §§ 143–145": the title, then the §§ the person attended.
                if let comma = text.firstIndex(of: ","), case let head = text[..<comma].trimmed, head.firstLetterIsLowercase || PersonEntry.isRoleText(head),
                   !head.contains(Character("§")), Remark.isParticipation(text[text.index(after: comma)...].trimmed) {
                    // ("verksamhetschef primärvården Södra Hälsingland": the place keeps its capitals.)
                    person.role = person.role ?? (head.prefix(1).lowercased() + head.dropFirst())
                    person.paragraphs = text[text.index(after: comma)...].trimmed
                    continue
                }
                person.paragraphs = text
                continue
            }
            if PersonEntry.isParty(text.trimmingParentheses) { person.party = PersonEntry.partyTag(text.trimmingParentheses); continue }
            if text.firstLetterIsLowercase || PersonEntry.isRoleText(text) {
                person.role = person.role ?? text.lowercased()
                continue
            }
            // "Gunilla Bergkvist (C), 2:e vice ordförande": a comma may follow a second person when
            // a party tag says it is one.
            if !PersonEntry.isOrganisationText(text), text.wordCount >= 2, let other = PersonEntry.parse(text),
               !text.contains(Character(",")) || other.party != nil && other.name.wordCount >= 2 {
                extra.append(other)
                continue
            }
            // "Kommunförbundet i X län (processledare)": a role in parentheses.
            if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
                let inner = text[text.index(after: open)..<close].trimmed
                if inner.firstLetterIsLowercase || PersonEntry.isRoleText(inner) { person.role = person.role ?? inner.lowercased() }
            }
            // "Kvalitetslab, projektledare": organisation and role.
            let parts = text.removingParenthesised.split(separator: ",").map { $0.trimmed }
            for part in parts where !part.isEmpty {
                if part.firstLetterIsLowercase || PersonEntry.isRoleText(part) { person.role = person.role ?? part.lowercased() }
                else { person.organisation = person.organisation ?? part }
            }
        }
        return [person] + extra
    }

    /// A sentence's closing verb of presence: "Revisor Gunilla Sand närvarade."
    private static let presenceVerbs = [" närvarade och tjänstgjorde", " tjänstgjorde", " närvarade också", " närvarade även", " närvarade",
                                        " deltog också", " deltog även", " deltog",
                                        " var också närvarande", " var även närvarande", " var närvarande", " var med", " närvarande"]
    /// The sentence without the verb of presence that closes it, or nil when none does. "Suppleanten
    /// Karl-Johan Ehrenborg närvarade och tjänstgjorde": he served.
    private static func withoutPresenceVerb(_ sentence: String) -> String? {
        guard let verb = presenceVerbs.first(where: { sentence.hasSuffix($0) }) else { return nil }
        return String(sentence.dropLast(verb.count)) + (verb.hasSuffix("tjänstgjorde") ? ", tjänstgörande ersättare" : "")
    }

    /// Words of a sentence that reports someone absent.
    private static let absenceWords = ["forhinder", "franvarande", "forhindrad", "var inte narvarande", "anmalt franvaro", "saknades"]

    /// A running list: split at commas, semicolons, newlines and "och", keeping roles, party tags
    /// and organisations with the person they follow.

    static func people(inProse rawText: String) -> [PersonEntry] {
        var text = joiningWrappedNames(rawText)
        // "Suppleanten Karl-Johan Ehrenborg närvarade och tjänstgjorde." on a line of its own: the
        // person, without the verb (a list a line each is left as it is).
        // (Only a line that is a whole sentence: the line before it ends one.)
        if text.includes(".\n") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            text = lines.enumerated().map { index, line -> String in
                let sentence = line.trimmed.trimmingEnds(".")
                guard index > 0, lines[index - 1].trimmed.hasSuffix("."), line.trimmed.hasSuffix("."), sentence.wordCount >= 3,
                      sentence.startsWithUppercaseLetter, !sentence.includes(". "),
                      let person = withoutPresenceVerb(sentence) else { return line }
                return person
            }.joined(separator: "\n")
        }
        // "… enligt röstlängd (bilaga 1). Dessutom närvarade Hanna Eklöf, förvaltare": a sentence that
        // introduces the next people.
        // "… Ledamoten Helena Wik hade anmält förhinder.": a sentence about someone absent names no
        // one present.
        // The sentences are split once: those kept, joined, split the same way again.
        var sentences: [String]?
        if text.includes(". ") {
            let all = Sentences.split(text.replacingLineBreaksWithSpaces)
            let present = all.filter { sentence in
                let folded = sentence.folded
                // "… i stället för herr Helge Karlsson, som anmält förhinder": the absence is told of the
                // replaced member, in a relative clause; the sentence names who was there.
                var main = folded
                if let relative = folded.find(", som ") {
                    let rest = folded[relative.upperBound...]
                    main = String(folded[..<relative.lowerBound]) + (rest.find(", ").map { " " + rest[$0.upperBound...] } ?? "")
                }
                return !absenceWords.contains { main.includes($0) }
            }
            if present.count < all.count { text = present.joined(separator: " ") }
            sentences = present
        }
        let openers = ["Dessutom närvarade ", "Dessutom deltog ", "Närvarande var även ", "Närvarande var ", "Dessutom var ",
                       "Dessutom närvar ", "Därjämte närvar ",
                       "Av styrelsen deltog ", "Från styrelsen deltog ", "Av styrelsen närvarade ", "Av styrelsen var "]
        // "… Tobias von Heijne och Göran Wikström. Revisor Gunilla Sand närvarade.": each sentence is a
        // list of its own, without the words that open it or the verb that closes it.
        if text.includes(". "), let sentences {
            if sentences.count >= 2, sentences.contains(where: { sentence in presenceVerbs.contains { sentence.trimmingEnds(".").hasSuffix($0) } }) {
                text = sentences.map { sentence in
                    var kept = sentence.trimmingEnds(".")
                    for opener in openers where kept.hasPrefix(opener) { kept = String(kept.dropFirst(opener.count)); break }
                    return withoutPresenceVerb(kept) ?? kept
                }.joined(separator: "; ")
            }
        }
        // A sentence ends a list: ";" keeps that boundary, where a role in the plural stops being shared.
        for opener in openers { text = text.replacingAll(". " + opener, with: "; ").replacingAll(".\n" + opener, with: "; ") }
        for opener in openers where text.hasPrefix(opener) { text = String(text.dropFirst(opener.count)) }
        // "A (KD), ersättare för B (M)": the comma does not start a new person (every marker of
        // `PersonEntry`).
        for marker in PersonEntry.replacementMarkers where marker.hasPrefix(" ") {
            text = text.replacingAll("," + marker, with: marker)
        }
        // The same chunks are tried as names more than once below.
        var parsed: [String: PersonEntry?] = [:]
        func person(_ chunk: String) -> PersonEntry? {
            if let known = parsed[chunk] { return known }
            let entry = PersonEntry.parse(chunk)
            parsed[chunk] = entry
            return entry
        }
        var groups: [[String]] = []
        // The indices in `groups` where a new list starts, after a ";".
        var listStarts: Set<Int> = []
        // For each part of each group, whether "samt" stood before it.
        var samtParts: [[Bool]] = []
        let onePerLine = isOnePersonPerLine(text, person: person)
        for segment in splitTopLevel(text, separators: [";"]) {
            listStarts.insert(groups.count)
            // Each chunk with its place on its line: 0 for the one that starts the line.
            let chunks = splitTopLevel(segment, separators: ["\n"]).flatMap { line in
                splitTopLevel(line, separators: [","]).enumerated().map { ($0.offset, $0.element) }
            }
            for (positionOnLine, group) in chunks {
                let trimmed = group.trimmed
                guard !trimmed.isEmpty else { continue }
                let bare = String(trimmed.drop(while: { $0 == "-" || $0 == "•" || $0 == "*" || $0 == " " }))
                // ", som anmält förhinder": a relative clause describes the person before; it is no role.
                if bare.hasPrefix("som ") { continue }
                // What follows a comma and names no person belongs to the person before it: a role
                // ("ordförande", "Sexmästare"), a party tag, participation, or an organisation.
                let withoutParentheses = bare.removingParenthesised
                // "förvaltare från Fastighetsbyrån Nord AB": a role and where the person before is from.
                let roleFromOrganisation = bare.firstLetterIsLowercase && bare.startsWithLowercaseLetter && bare.includes(" från ")
                let namesSomeone = !roleFromOrganisation && splitAtOch(bare).contains { person($0) != nil }
                // ("…, Hagfors, tjänstgör för Monica Fröjd (S)": a place before the marker, which joined them.)
                let placeBeforeReplacement = PersonEntry.replacementMarkers.contains { marker in
                    guard let range = bare.find(marker) else { return false }
                    let before = bare[..<range.lowerBound]
                    return !before.contains(" ") && before.startsWithUppercaseLetter
                }
                // ("Karin Ek, Funktionsrätt Norrbotten (adjungerad)" in a list of a
                // person a line: what follows the line's first comma is never another person.)
                let attachable = (onePerLine && positionOnLine > 0) || !namesSomeone && (
                    PersonEntry.isParty(bare) || bare.firstLetterIsLowercase || PersonEntry.isRoleText(bare) || bare.hasPrefix("§")
                        || PersonEntry.isOrganisationText(bare) || !withoutParentheses.contains(Character(" ")) || placeBeforeReplacement)
                if attachable, var last = groups.popLast(), let member = last.popLast() {
                    last.append(member + ", " + bare)
                    groups.append(last)
                    continue
                }
                let parts = splitAtConjunctions(withoutSubLabel(trimmed))
                groups.append(parts.map(\.part))
                samtParts.append(parts.map(\.afterSamt))
            }
        }
        var entries: [PersonEntry] = []
        // "ledamöterna Ove Lind, Eva Ek och Torsten Ågren": the role the names of one list share.
        var sharedRole: String?
        for (index, group) in groups.enumerated() {
            if listStarts.contains(index) { sharedRole = nil }
            // "PRO Björkvalla (Gunnel Arvidsson, Bertil Holm)": an organisation and its people.
            if group.count == 1, let only = group.first, let representatives = organisationWithPeople(only) {
                entries += representatives
                continue
            }
            let samtFlags = samtParts.indices.contains(index) ? samtParts[index] : []
            let parsedMembers = group.enumerated().compactMap { position, chunk in
                person(chunk).map { (chunk: chunk, entry: $0, afterSamt: samtFlags.indices.contains(position) && samtFlags[position]) }
            }
            var members = parsedMembers.map(\.entry)
            // "Hans Fritz och Claes Svahnström Af": the organisation after the last name is shared.
            if let organisation = members.last?.organisation, members.count > 1 {
                // ("föreningens revisor Bengt-Åke Rydén samt Tove Marklund från …": one with a role
                // of their own is not of that organisation, nor anyone before a "samt".)
                let lastSamt = parsedMembers.indices.last { parsedMembers[$0].afterSamt } ?? 0
                for i in members.indices where i >= lastSamt && members[i].organisation == nil && members[i].role == nil { members[i].organisation = organisation }
            }
            // ("ledamöterna Gunnar Wik (c), ordförande, Karin Berg (s)": an office after a name is
            // that member's own; a role before a name starts another group.)
            // ("… samt Karin Berg från förvaltningsbolaget": "samt" adds another group, and a person of
            // another organisation is none of the members.)
            for (i, member) in parsedMembers.enumerated() {
                let leadingWord = member.chunk.splitOnSpaces(limit: 2).first.map { $0.lowercased() } ?? ""
                if PersonEntry.pluralRoleWords.contains(leadingWord) { sharedRole = PersonEntry.expandedRole(leadingWord) }
                // ("ledamöterna herrar A, B, fru C": a courtesy title starts no group of its own.)
                else if member.chunk.startsWithLowercaseLetter && !PersonEntry.courtesyTitles.contains(leadingWord.folded) || member.afterSamt {
                    sharedRole = nil
                }
                if members[i].role == nil, members[i].organisation == nil, let sharedRole { members[i].role = sharedRole }
            }
            entries += members
        }
        return entries
    }

    /// A two-column table that text extraction (pdftotext without -layout) wrote one column after
    /// the other: K bare names, then K lines that each start with a party or a parenthesis
    /// ("(S), ordförande", "(MP), ej § 115"). Each name gets the line at its own position. Runs of
    /// different lengths are left alone: a wrong pairing would be worse than none.
    static func zippingLinearisedColumns(_ lines: [String]) -> [String] {
        guard lines.count >= 4, lines.contains(where: { $0.trimmed.hasPrefix("(") }) else { return lines }
        func isBareName(_ line: String) -> Bool {
            let text = line.trimmed
            let words = text.splitOnSpaces()
            return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || ["af", "von", "de", "van"].contains($0) }
                && !text.contains(where: { "(),:;§".contains($0) || $0.isNumber })
        }
        // Each line is judged once, and a run that does not pair is passed over whole: linear time.
        let bare = lines.map(isBareName)
        var result: [String] = []
        var index = 0
        while index < lines.count {
            var end = index
            while end < lines.count, bare[end] { end += 1 }
            let count = end - index
            if count >= 2, end + count <= lines.count,
               lines[end..<(end + count)].allSatisfy({ $0.trimmed.hasPrefix("(") }),
               end + count == lines.count || !lines[end + count].trimmed.hasPrefix("(") {
                for offset in 0..<count {
                    result.append(lines[index + offset].trimmed + " " + lines[end + offset].trimmed)
                }
                index = end + count
            } else if count >= 1 {
                result += lines[index..<end]
                index = end
            } else {
                result.append(lines[index])
                index += 1
            }
        }
        return result
    }

    /// A running list wrapped inside a name ("…, Björn Dahlgren, Maria" / "Lundgren, Kerstin Wik …")
    /// or after "och": the line break is a space there. One-person-per-line lists are left alone:
    /// their lines end in a full entry.
    static func joiningWrappedNames(_ text: String) -> String {
        let lines = zippingLinearisedColumns(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        guard lines.count >= 2 else { return lines.joined(separator: "\n") }
        // Running prose ("31 medlemmar … (bilaga 1). Dessutom närvarade Hanna Eklöf, förvaltare från
        // Fastighetsbyrån" / "Nord AB, och …"): its line breaks are spaces.
        // (Two sentences need ". ", "! " or "? " between them: other lines are not split.)
        // ("SKPF Pensionärerna avd. 217": an abbreviation before a number ends no sentence.)
        if lines.dropLast().contains(where: { ($0.includes(". ") || $0.includes("! ") || $0.includes("? ")) && Sentences.split($0).count >= 2
            && startsSentenceAfterStop($0) }) {
            return lines.map { $0.trimmed }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        var out = lines[0]
        // The line as joined so far: the one the next line may continue.
        var previous = lines[0]
        for line in lines.dropFirst() {
            let previousEnd = previous.trimmed
            // ("… fru Anna-Lisa Berg och Sven" / "Eriksson samt …": the name after the last "och".)
            let lastChunk = (previousEnd.split(separator: ",").last.map { $0.trimmed } ?? "").components(separatedBy: " och ").last?.trimmed ?? ""
            let firstChunk = line.trimmed.split(separator: ",").first.map { $0.trimmed } ?? ""
            // ("Sven-Olof" / "Berglund (m) och …": the party tag does not count as a word of the name.)
            // ("ledamöterna herrar Sten" / "Åberg, …": the words before the first name are a role.)
            let lastName = lastChunk.splitOnSpaces().drop { $0.firstLetterIsLowercase }.joined(separator: " ")
            let brokenName = previousEnd.contains(",") && !previousEnd.hasSuffix(",")
                && lastName.wordCount == 1 && lastName.startsWithUppercaseLetter && !PersonEntry.isRoleText(lastName)
                && (splitAtOch(firstChunk).first ?? firstChunk).removingParenthesised.wordCount == 1 && firstChunk.startsWithUppercaseLetter
            // "…, sjukvårdsdirektören" / "Björn Tegnér (§§ 34—37)": a title in the definite form goes
            // before the name it belongs to.
            let titleBeforeName = endsInDefiniteTitle(previousEnd) && line.trimmed.startsWithUppercaseLetter
            // "Sven-Olof Rydén (vice" / "ordförande), …": a parenthesis open at the line end.
            let openParenthesis = previousEnd.utf8.filter { $0 == 0x28 }.count > previousEnd.utf8.filter { $0 == 0x29 }.count
            let afterConjunction = openParenthesis
                || continuesOnNextLine(previousEnd) && previousEnd.contains(",")
                // "Per Wiklander (KD), tjänstgörande ersättare för" / "Johan Ahlström (M) § 16".
                || endsBeforeReplacedMember(previousEnd)
                // "Mirja Heikkilä (S) tjg för Göran" / "Sundqvist (S) §§ 120–121": the replaced member's
                // name broken after the first name.
                || endsInFirstNameAfterFor(previousEnd) && line.trimmed.startsWithUppercaseLetter
            // "Mona Lindahl (L), tjänstgörande ersättare" / "för Jessica Holmér (M)".
            let continuesReplacement = !previousEnd.isEmpty && replacementContinuations.contains { line.trimmed.hasPrefix($0) }
                // "Maria Göransson" / "(sekreterare), …": the parenthesis belongs to the name before it.
                || !previousEnd.isEmpty && !previousEnd.hasSuffix(",") && line.trimmed.hasPrefix("(")
                // "Jonas Hedin (SD), tjänstgörande" / "ersättare för Magnus Ståhl (SD)": the role wrapped.
                || !previousEnd.isEmpty && !previousEnd.hasSuffix(",") && line.trimmed.startsWithLowercaseLetter
                    && replacementContinuations.contains { line.trimmed.includes(" " + $0) }
            if (brokenName || titleBeforeName || afterConjunction || continuesReplacement) && !line.trimmed.isEmpty {
                out += " " + line.trimmed
                previous += " " + line.trimmed
                // Only the joined line's end is looked at again: keeping its tail keeps the loop linear.
                if previous.utf8.count > 240 { previous = String(previous.suffix(160)) }
            } else {
                out += "\n" + line
                previous = line
            }
        }
        return out
    }

    /// A list of a person a line, each with what they represent: "Ylva Grahn, Arbetsförmedlingen" /
    /// "Per Holm, Sundsvalls kommun, vice ordförande". At least three lines, each starting with a
    /// person and none ending open (a running list wrapped over lines ends in "," or "och"), and at
    /// least two of them with an organisation or a role after the first comma; a chunk that looks
    /// like a name with a party tag of its own ("Anna Berg (S), Erik Lund (S)") is another person,
    /// so such a list is not one.
    private static func isOnePersonPerLine(_ text: String, person: (String) -> PersonEntry?) -> Bool {
        guard !text.containsByte(0x3B) else { return false }
        // ("Per Holm, Sundsvalls kommun," / "vice ordförande": a role wrapped to the next line.)
        var lines: [String] = []
        for line in text.split(separator: "\n").map({ $0.trimmed }) where !line.isEmpty {
            if line.startsWithLowercaseLetter, let last = lines.popLast() { lines.append(last + " " + line) } else { lines.append(line) }
        }
        guard lines.count >= 3 else { return false }
        var described = 0
        for line in lines {
            if line.hasSuffix(",") || continuesOnNextLine(line) || line.includes(" och ") || line.includes(" samt ") { return false }
            let chunks = splitTopLevel(line, separators: [","]).map { $0.trimmed }
            guard let first = chunks.first, person(first) != nil else { return false }
            for (position, chunk) in chunks.enumerated().dropFirst() {
                if let other = person(chunk), other.party != nil { return false }
                // ("Lena Ek, Anders Berg, Timrå kommun": a name between the first and the organisation
                // they share is a second person.)
                if position < chunks.count - 1, let other = person(chunk), other.name.wordCount >= 2, other.name == chunk,
                   !PersonEntry.isOrganisationText(chunk), !PersonEntry.isRoleText(chunk) { return false }
            }
            if let second = chunks.dropFirst().first, person(second) == nil { described += 1 }
        }
        return described >= 2
    }

    /// "…, sjukvårdsdirektören": a title in the definite form after the last comma, which a running
    /// list writes before the name. ("Per Ström, kommunen": a definite organisation is no title.)
    private static func endsInDefiniteTitle(_ line: String) -> Bool {
        guard let comma = line.lastIndex(of: ",") else { return false }
        let last = line[line.index(after: comma)...].trimmed
        return last.wordCount == 1 && last.startsWithLowercaseLetter && PersonEntry.isDefiniteTitle(last)
    }

    /// A line a running list goes on from: it ends in "och" or "samt".
    private static func continuesOnNextLine(_ line: String) -> Bool {
        let end = line.trimmed
        return end.hasSuffix(" och") || end.hasSuffix(" samt")
    }

    /// "… tjänstgörande ersättare för", "… tjg suppleant för herr", "… ersätter": the replaced member's
    /// name comes on the next line.
    private static func endsBeforeReplacedMember(_ end: String) -> Bool {
        var text = Substring(end)
        for title in [" herr", " fru", " fröken", " hr", " fr."] where text.hasSuffix(title) {
            text = text.dropLast(title.count)
            break
        }
        return text.hasSuffix(" för") || text.hasSuffix(" ersätter")
    }

    /// "… tjg för Göran": one capitalised word after the last " för ", the name not finished.
    private static func endsInFirstNameAfterFor(_ text: String) -> Bool {
        guard let marker = text.find(" för ", from: text.startIndex) else { return false }
        var rest = text[marker.upperBound...]
        while let next = rest.find(" för ", from: rest.startIndex) { rest = rest[next.upperBound...] }
        return rest.wordCount == 1 && rest.startsWithUppercaseLetter && !rest.contains("(") && !rest.contains(",")
    }

    /// ". " or "! " or "? " followed by a capital letter: a second sentence starts on the line.
    private static func startsSentenceAfterStop(_ line: String) -> Bool {
        var previous: Character = " ", beforePrevious: Character = " "
        for character in line {
            if beforePrevious == "." || beforePrevious == "!" || beforePrevious == "?", previous == " ", character.isUppercase { return true }
            beforePrevious = previous
            previous = character
        }
        return false
    }

    private static let replacementContinuations = ["för ", "ersätter ", "i stället för ", "istället för ", "tjänstgör för "]

    /// "Från kommunen: Anneli Forsberg (S)": a sub-label before the first name.
    static func withoutSubLabel(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":") else { return text }
        let label = text[..<colon]
        guard label.wordCount <= 3, !label.contains(where: \.isNumber), !text[text.index(after: colon)...].trimmed.isEmpty else {
            return text
        }
        return text[text.index(after: colon)...].trimmed
    }

    static func organisationWithPeople(_ text: String) -> [PersonEntry]? {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return nil }
        let outside = text[..<open].trimmed.trimmingEnds(",; ")
        let inside = String(text[text.index(after: open)...].dropLast())
        // A name inside has two words at least: "(S)" and "(ordförande)" are passed over at once.
        guard inside.containsByte(0x20), !outside.isEmpty, PersonEntry.parse(outside) == nil || PersonEntry.isOrganisationText(outside) else { return nil }
        let people = people(inProse: inside)
        guard !people.isEmpty, people.count == splitTopLevel(inside, separators: [","]).flatMap({ splitAtOch($0.trimmed) }).count else { return nil }
        return people.map { person in
            var withOrganisation = person
            withOrganisation.organisation = withOrganisation.organisation ?? outside
            return withOrganisation
        }
    }

    static func splitAtOch(_ text: String) -> [String] { splitAtConjunctions(text).map(\.part) }

    /// The parts of `splitAtOch`, each with whether "samt" stood before it: "samt" adds another
    /// group ("ledamöterna A och B samt C"), where a role in the plural stops.
    static func splitAtConjunctions(_ text: String) -> [(part: String, afterSamt: Bool)] {
        var parts: [(part: String, afterSamt: Bool)] = []
        var depth = 0
        var current = ""
        var currentAfterSamt = false
        for word in text.splitOnSpaces() {
            for byte in word.utf8 {
                if byte == 0x28 { depth += 1 } else if byte == 0x29 { depth -= 1 }
            }
            // "Kultur- och fritidsnämnden": a hyphen before "och" shares the compound, it does not list.
            // "… Nord AB, och föreningens revisor Tomas Wikström": "och" after a comma joins nothing.
            if (word == "och" || word == "samt") && current.isEmpty && parts.isEmpty { currentAfterSamt = word == "samt"; continue }
            if (word == "och" || word == "samt") && depth == 0 && !current.isEmpty && !current.hasSuffix("-") {
                parts.append((current, currentAfterSamt))
                current = ""
                currentAfterSamt = word == "samt"
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty { parts.append((current, currentAfterSamt)) }
        return parts
    }

    /// `text` split at `separators` outside parentheses. The separators are ASCII, so the scan
    /// is over UTF-8 bytes.
    static func splitTopLevel(_ text: String, separators: Set<Character>) -> [String] {
        let separatorBytes = Set(separators.compactMap(\.asciiValue))
        var parts: [String] = []
        var depth = 0
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x28 { depth += 1 }
            if byte == 0x29 { depth = max(0, depth - 1) }
            if depth == 0 && separatorBytes.contains(byte) {
                parts.append(String(text[start..<index]))
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        parts.append(String(text[start...]))
        return parts
    }
}

extension String {
    /// Without "(...)" parts.
    var removingParenthesised: String {
        guard containsByte(0x28) || containsByte(0x29) else { return collapsedWhitespace }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var depth = 0
        for byte in utf8 {
            if byte == 0x28 { depth += 1; continue }
            if byte == 0x29 { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self).collapsedWhitespace
    }

    var trimmingParentheses: String {
        var s = trimmed
        if s.hasPrefix("("), s.hasSuffix(")") { s = String(s.dropFirst().dropLast()) }
        return s
    }
}

/// A närvarolista as a tab-separated table with a header row:
/// "Ledamot<TAB>Parti<TAB>Tjänstgörande ersättare<TAB>§§". A member whose row names a serving
/// substitute was absent, unless the substitute served only for some § (then both served in turn).
enum AttendanceTable {
    enum Column: Equatable {
        case person, party, substitute, paragraphs, role, organisation, presence, replaces, remark, ignored
        /// "Närvarande ersättare" beside the members: a list of its own, one substitute a row, who
        /// has nothing to do with the row's member.
        case presentSubstitute
    }

    /// A substitute cell that says the member was away and nobody served: "Ej ersatt".
    private static let notReplaced: Set<String> = ["ej ersatt", "ej ersatt.", "inte ersatt", "ingen ersattare", "ingen"]

    private static let headers: [String: Column] = [
        "ledamot": .person, "ledamoter": .person, "namn": .person, "ordinarie": .person, "ordinarie ledamot": .person,
        "ledamot/ersattare": .person, "person": .person, "deltagare": .person,
        "parti": .party, "partibeteckning": .party, "grupp": .party,
        "tjanstgorande ersattare": .substitute, "ersattare": .substitute, "ersattare for": .substitute, "tjg ersattare": .substitute,
        "ersatts av": .substitute, "ersatt av": .substitute,
        "narvarande ersattare": .presentSubstitute, "ej tjanstgorande ersattare": .presentSubstitute,
        "icke tjanstgorande ersattare": .presentSubstitute, "ovriga ersattare": .presentSubstitute,
        "§§": .paragraphs, "§": .paragraphs, "paragrafer": .paragraphs, "narvarande §§": .paragraphs, "narvaro §§": .paragraphs,
        "narv": .presence, "narv.": .presence, "narvaro": .presence, "narvarande": .presence, "narvarande (x)": .presence,
        "roll": .role, "funktion": .role, "uppdrag": .role, "titel": .role,
        "organisation": .organisation, "forvaltning": .organisation, "kommun": .organisation,
        "ersatter": .replaces, "ersatter ledamot": .replaces, "tjanstgor for": .replaces, "i stallet for": .replaces,
        "ja": .ignored, "nej": .ignored, "avstar": .ignored,
        // A röstlängd of delegates: the club each represents and its votes.
        "ombud": .person, "forening": .organisation, "foreningar": .organisation, "klubb": .organisation,
        "roster": .ignored, "antal roster": .ignored,
        // A röstlängd's running number and membership number.
        "nr": .ignored, "nr.": .ignored, "lopnr": .ignored, "medl.nr": .ignored, "medlemsnr": .ignored, "medlemsnummer": .ignored,
        "kommentar": .remark, "kommentarer": .remark, "anteckning": .remark, "anmarkning": .remark, "notering": .remark, "ovrigt": .remark,
    ]

    /// The columns of a header row, if `line` is one.
    static func header(_ line: String) -> [Column]? {
        // "Närvarande §§ (ledamot)": a note in parentheses does not change what the column is.
        // A header has two cells at least, so a tab; most lines are left here.
        guard line.containsByte(0x09) else { return nil }
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard cells.count >= 2 else { return nil }
        // "Nr<TAB>Namn<TAB><TAB><TAB>Medl.nr": a röstlängd whose columns were lined up with typed tabs,
        // a run of them one separator. Only under a running number: elsewhere an empty cell may mean
        // something ("Förhinder" in the last column).
        if line.includes("\t\t"), let lined = columns(of: line.split(separator: "\t").map(String.init)), lined.first == .ignored {
            return lined.contains(.person) ? lined : nil
        }
        guard var columns = columns(of: cells.map(String.init)) else { return nil }
        // "Tjänstgörande ersättare | Parti | Ersätter": the substitutes are the rows' people.
        if !columns.contains(.person), columns.contains(.replaces), let first = columns.first, first == .substitute {
            columns[0] = .person
        }
        // "Ersättare | Närvarande": substitutes who attend without deciding, each marked present or not.
        if !columns.contains(.person), columns.contains(.presence), let first = columns.first, first == .substitute || first == .presentSubstitute {
            columns[0] = .presentSubstitute
            return columns
        }
        return columns.contains(.person) ? columns : nil
    }

    /// A row's cells under `columns`. With more cells than a röstlängd's header has columns, the
    /// tabs were typed to line the columns up: a run of them is one separator.
    private static func cells(of row: String, columns: [Column]) -> [String] {
        let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard cells.count > columns.count, columns.first == .ignored else { return cells }
        return row.split(separator: "\t").map(String.init)
    }

    private static func columns(of cells: [String]) -> [Column]? {
        var columns: [Column] = []
        for cell in cells {
            guard let column = headers[cell.removingParenthesised.trimmed.folded] else { return nil }
            columns.append(column)
        }
        return columns
    }

    /// A table that text extraction (pdftotext without -layout) wrote one cell a line: the header's
    /// cells first ("Ledamot" / "Parti" / "Ersätts av"), then each row's, its empty cells left out.
    /// Cells are placed by what they are: a row starts at a person; a party tag goes to the party
    /// column; with a party column, a name that carries its own tag ("Per-Åke Dahl (C)") is the
    /// row's substitute, not a new row. Returns the columns and the rows as tab-separated lines.
    static func linearised(_ values: [String]) -> (columns: [Column], rows: [String])? {
        var columns: [Column] = []
        for value in values.prefix(6) {
            guard let column = headers[value.removingParenthesised.trimmed.folded] else { break }
            columns.append(column)
        }
        guard columns.count >= 2, columns.first == .person, columns.contains(.party), columns.count < values.count else { return nil }
        let substituteColumn = columns.firstIndex(of: .substitute)
        var rows: [[String]] = []
        for value in values.dropFirst(columns.count) {
            let text = value.trimmed
            func place(_ column: Column?) {
                guard let column, let index = columns.firstIndex(of: column), !rows.isEmpty, rows[rows.count - 1][index].isEmpty else { return }
                rows[rows.count - 1][index] = text
            }
            if PersonEntry.isParty(text.trimmingParentheses) { place(.party); continue }
            if text.contains(Character("§")) { place(.paragraphs); continue }
            guard let person = PersonEntry.parse(text) else { place(.role); continue }
            if person.party != nil, let substituteColumn, let last = rows.last, last[substituteColumn].isEmpty {
                place(.substitute)
                continue
            }
            var row = Array(repeating: "", count: columns.count)
            row[0] = text
            rows.append(row)
        }
        guard !rows.isEmpty else { return nil }
        return (columns, rows.map { $0.joined(separator: "\t") })
    }

    /// "Lunds OK<TAB>5<TAB>Karin Ek-Bengtsson (3), Mats Olander (2)": two delegates in one cell, each a
    /// row of their own with the rest of the row.
    private static func oneRowPerPerson(_ row: String, columns: [Column]) -> [String] {
        guard let column = columns.firstIndex(of: .person), row.includes(", ") else { return [row] }
        let cells = cells(of: row, columns: columns)
        guard column < cells.count else { return [row] }
        let people = NameList.splitTopLevel(cells[column], separators: [","]).map { $0.trimmed }
        // ("Therese Lund, Eslövs OK": a club after the name, its short form in capitals.)
        guard people.count >= 2, people.allSatisfy({ part in
            let last = part.removingParenthesised.trimmed.splitOnSpaces().last.map(String.init) ?? ""
            return PersonEntry.parse(part).map { $0.name.wordCount >= 2 } == true && !PersonEntry.isOrganisationText(part)
                && !(last.count <= 4 && last.allSatisfy { $0.isUppercase })
        }) else { return [row] }
        return people.map { person in
            var copy = cells
            copy[column] = person
            return copy.joined(separator: "\t")
        }
    }

    /// A presence cell that says the person was not there: "Nej", "Nej (förhinder)", "Frånvarande".
    private static func saysAbsent(_ cell: String) -> Bool {
        let folded = cell.folded
        return folded == "nej" || folded.hasPrefix("nej ") || folded.hasPrefix("nej,") || folded.hasPrefix("franvarande")
            || folded.hasPrefix("ej narvarande") || folded.hasPrefix("anmalt forhinder")
            // ("Förhinder § 5": away for that § only.)
            || folded.hasPrefix("forhinder") && !cell.contains(Character("§"))
    }

    /// The §§ of a presence cell "Ja, p. 5–8", "Ja, §§ 1–6" or "§§ 1–9": present for those. ("Ja (tjänstgör p. 9)"
    /// says whom a substitute served for, and is read as a remark.)
    private static func presentFor(_ cell: String) -> String? {
        let folded = cell.folded
        // ("§§ 1–9", "t.o.m. § 9" alone: the §§ themselves.)
        if cell.trimmed.hasPrefix("§") || ["t.o.m", "fr.o.m", "ej §", "utom §"].contains(where: { folded.hasPrefix($0) }), cell.contains(where: \.isNumber) {
            return cell.trimmed
        }
        // ("Förhinder §§ 3–4", "Deltar ej § 2 (jäv)": away for those §§.)
        for lead in ["forhinder ", "franvarande ", "deltar ej ", "deltar inte "] where folded.hasPrefix(lead) {
            if let sign = cell.firstIndex(of: "§") { return "ej " + String(cell[sign...]).removingParenthesised.trimmed }
        }
        // ("X, §§ 141–147": the mark, then the §§.)
        // ("Beslutande §§ 41–47": the word a web page's table writes for the mark.)
        let mark = folded.hasPrefix("ja,") || folded.hasPrefix("ja ") ? 2 : folded.hasPrefix("x,") || folded.hasPrefix("x ") ? 1
            : folded.hasPrefix("beslutande ") || folded.hasPrefix("beslutande,") ? 10 : 0
        guard mark > 0, !folded.includes("tjanstg"), cell.contains(where: \.isNumber) else { return nil }
        var afterMark = String(cell.dropFirst(mark).drop { $0 == "," || $0 == " " })
        // "X (från p. 5)", "X (p. 1–6)": the §§ in parentheses after the mark.
        if afterMark.hasPrefix("("), afterMark.hasSuffix(")") { afterMark = String(afterMark.dropFirst().dropLast()).trimmed }
        // ("Ja, ej p. 9 (jäv)": the reason is no §.)
        let rest = afterMark.removingParenthesised.trimmed
        // "p. 5–8", "punkt 5–8": points are the §§ of minutes without §.
        for word in ["p. ", "p ", "punkt ", "punkterna "] where rest.folded.hasPrefix(word) {
            return "§ " + rest.dropFirst(word.count).trimmed
        }
        let qualifiers = ["ej ", "utom ", "fran ", "fr.o.m", "t.o.m", "till ", "efter "]
        return rest.hasPrefix("§") || qualifiers.contains(where: { rest.folded.hasPrefix($0) }) ? rest.replacingAll("p. ", with: "§ ") : nil
    }

    /// The people of the rows under `columns`. `deciding` is what the list's label says of members.
    static func attendees(rows: [String], columns: [Column], deciding: Bool, defaultRole: String?) -> [Attendee] {
        let rows = rows.flatMap { oneRowPerPerson($0, columns: columns) }
        var result: [Attendee] = []
        // The member of the row before: a row with only a substitute ("<TAB><TAB>Linnea Sjö<TAB>27–30")
        // names who served for that member in the §§ it gives.
        var previousMember: PersonEntry?
        for row in rows {
            let cells = cells(of: row, columns: columns).map { $0.trimmed }
            func cell(_ column: Column) -> String? {
                // "–" or "-" marks an empty cell.
                guard let i = columns.firstIndex(of: column), i < cells.count, !cells[i].isEmpty,
                      !cells[i].allSatisfy({ $0.isDash }) else { return nil }
                return cells[i]
            }
            // (Without a member's column the presence mark is the substitute's own: "–" is away.)
            if let text = cell(.presentSubstitute), let substitute = PersonEntry.parse(text),
               columns.contains(.person) || !columns.contains(.presence) || cell(.presence) != nil {
                let paragraphs = substitute.paragraphs ?? (columns.contains(.person) ? nil : cell(.presence).flatMap(presentFor))
                result.append(Attendee(
                    name: substitute.name, deciding: false, role: substitute.role ?? "ersättare", party: substitute.party,
                    organisation: substitute.organisation, replaces: nil, paragraphs: paragraphs))
            }
            if cell(.person) == nil, let member = previousMember, let substituteText = cell(.substitute),
               let substitute = PersonEntry.parse(substituteText) {
                result.append(Attendee(
                    name: substitute.name, deciding: true, role: "tjänstgörande ersättare", party: substitute.party ?? member.party,
                    organisation: substitute.organisation, replaces: substitute.replaces ?? member.name,
                    paragraphs: cell(.paragraphs) ?? substitute.paragraphs))
                continue
            }
            guard let personText = cell(.person), var member = PersonEntry.parse(personText) else { continue }
            member.party = member.party ?? cell(.party).map { $0.trimmingParentheses }
            previousMember = member
            // A presence column ("Närv", X) left empty: the member was not there, unless replaced.
            // "Nej", "Frånvarande" in it: away too.
            let markedAbsent = columns.contains(.presence) && cell(.presence).map(saysAbsent) ?? true
            let party = cell(.party).map { $0.trimmingParentheses } ?? member.party
            // A remark may say whom a substitute serves for and which §§ the person attended
            // ("tjänstgör för Karin Åberg (S) § 48", "ordförande, ej § 48", "§§ 45–48"); any other
            // words in it ("jäv § 2", "deltar på distans") are left as they are.
            // (A presence cell may say so too: "Tjänstgör för Jörgen Ek-Lindholm (SD)", "Ej tjänstgörande
            // §§ 41–47, tjänstgör för Ulrika von Platen (M) §§ 48–50".)
            let remark = cell(.remark).map(Remark.init) ?? cell(.presence).map(Remark.init).flatMap { $0.replaces == nil ? nil : $0 }
            member.replaces = member.replaces ?? remark?.replaces
            member.role = member.role ?? remark?.role
            var paragraphs = cell(.paragraphs) ?? member.paragraphs ?? remark?.paragraphs ?? cell(.presence).flatMap(presentFor)
            // "Sol Wiklander (SöP)   Ej ersatt": away, and no one served.
            if let text = cell(.substitute), notReplaced.contains(text.folded) { continue }
            if let substituteText = cell(.substitute), let substitute = PersonEntry.parse(substituteText) {
                // "Maria Forsell (S) för Stig-Arne Wallin (S)" says whom she replaced; a bare name in
                // the member's row replaced that member.
                let replaced = substitute.replaces ?? member.name
                result.append(Attendee(
                    name: substitute.name, deciding: true, role: "tjänstgörande ersättare", party: substitute.party ?? party,
                    organisation: substitute.organisation, replaces: replaced, paragraphs: substitute.paragraphs ?? paragraphs))
                // Without its own § the substitute served the whole meeting: the member was absent.
                if substitute.paragraphs == nil, AttendanceParser.nameKey(replaced) == AttendanceParser.nameKey(member.name) { continue }
            }
            if markedAbsent { continue }
            // A role cell may say whom a substitute served for: "Tjänstgörande ersättare för Bo Nyström".
            // "ungdomsrepresentant, Unga Norrbyholm": the title, then where the person comes from.
            var roleCell = cell(.role)
            // "ledamot, ej § 9": the office, then the §§ the member took part in.
            if let text = roleCell, let comma = text.firstIndex(of: ","),
               case let after = text[text.index(after: comma)...].trimmed, Remark.isParticipation(after) {
                paragraphs = paragraphs ?? after
                roleCell = String(text[..<comma])
            }
            var organisation = cell(.organisation) ?? member.organisation
            if let text = roleCell, let comma = text.firstIndex(of: ","), case let after = text[text.index(after: comma)...].trimmed,
               after.startsWithUppercaseLetter, !PersonEntry.isRoleText(after), !PersonEntry.isParty(after) {
                organisation = organisation ?? after
                roleCell = String(text[..<comma])
            }
            var role = roleCell.map { PersonEntry.expandedRole($0.lowercased()) } ?? member.role ?? defaultRole
            var replaces = member.replaces
            if remark?.replaces != nil { role = "tjänstgörande ersättare" }
            // An "Ersätter" column names the member this row's person served for.
            if let replaced = cell(.replaces).flatMap(PersonEntry.parse) {
                replaces = replaced.name
                role = "tjänstgörande ersättare"
            }
            if let written = cell(.role), let parsed = PersonEntry.parse("X Y " + written), let other = parsed.replaces {
                replaces = other
                role = "tjänstgörande ersättare"
            }
            let folded = role?.folded ?? ""
            let memberRoles = ["ordforande", "vice ordforande", "ledamot", "ersattare", "tjanstgorande ersattare", "1:e vice ordforande", "2:e vice ordforande"]
            // "ordförande fr.o.m. § 149": a chair for some §§ is a member for all of them.
            let isMember = role == nil || memberRoles.contains(folded) || folded.hasSuffix("ordforande") || folded.hasPrefix("ordforande")
            result.append(Attendee(
                name: member.name, deciding: replaces != nil || deciding && isMember && folded != "ersattare", role: role,
                party: party, organisation: organisation, replaces: replaces,
                paragraphs: paragraphs))
        }
        return result
    }
}

/// What a "Kommentar" cell of an attendance table says about participation and the chair.
struct Remark {
    var replaces: String?
    var paragraphs: String?
    /// The chair's offices only ("ordförande", "2:e vice ordförande"): other words are no role.
    var role: String?

    init(_ text: String) {
        for part in text.split(separator: ",").map({ $0.trimmed }) {
            let folded = part.folded
            if let replaced = PersonEntry.replacedMember(openingText: part) {
                replaces = replaced.name
                paragraphs = paragraphs ?? replaced.paragraphs
            } else if folded.hasSuffix("ordforande"), folded.wordCount <= 3 {
                role = part.lowercased()
            } else if Remark.isParticipation(part) {
                paragraphs = paragraphs.map { $0 + ", " + part } ?? part
            }
        }
    }

    /// "§ 9", "ej § 9", "t.o.m. § 12", "från och med § 4": which §§ a person took part in.
    static func isParticipation(_ part: String) -> Bool {
        part.hasPrefix("§") || ["ej §", "utom §", "t.o.m", "fr.o.m", "fran §", "fran och med"].contains(where: { part.folded.hasPrefix($0) })
    }
}

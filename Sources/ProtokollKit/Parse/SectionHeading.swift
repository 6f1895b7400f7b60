import Foundation

/// The sub-rubrics of a §: "Bakgrund", "Beslut", "Ärendebeskrivning", "Yrkanden", "Expedieras" ...
enum SectionHeading {
    enum Role: Equatable {
        /// The body's own resolution: "Beslut", "Kommunfullmäktiges beslut".
        case decision
        /// Who gets the decision: "Expedieras", "Utdrag", "Beslutet skickas till".
        case recipients
        /// Narrative or preparation that never holds this meeting's decision: "Bakgrund", "Förslag
        /// till beslut", "Yrkanden".
        case narrative
        /// Everything else: free text that may state a decision ("Överläggning").
        case other
    }

    private static let rubrics: [String: Role] = [
        "beslut": .decision, "beslutet": .decision, "beslut i korthet": .decision,
        "bakgrund": .narrative, "arendebeskrivning": .narrative, "arendet": .narrative, "arende": .narrative,
        "sammanfattning": .narrative, "sammanfattning av arendet": .narrative, "beslutsunderlag": .narrative,
        "handlingar": .narrative, "forslag till beslut": .narrative, "beslutsforslag": .narrative,
        "forslag": .narrative, "yrkanden": .narrative, "yrkande": .narrative, "proposition": .narrative,
        "propositionsordning": .narrative, "beslutsgang": .narrative, "omrostning": .narrative,
        "omrostningsresultat": .narrative, "votering": .narrative, "omrostningslista": .narrative, "voteringslista": .narrative,
        "omrostningsprotokoll": .narrative, "voteringsprotokoll": .narrative, "narvaro- och omrostningslista": .narrative, "reservation": .narrative,
        "reservationer": .narrative, "protokollsanteckning": .narrative, "protokollsanteckningar": .narrative,
        "sarskilt yttrande": .narrative, "avvikande mening": .narrative, "avvikande meningar": .narrative, "sarskilda yttranden": .narrative, "jav": .narrative,
        "motivering": .narrative, "ekonomiska konsekvenser": .narrative, "yttrande": .narrative,
        "arendets beredning": .narrative, "beredning": .narrative, "underlag": .narrative, "bilagor": .narrative,
        "bilaga": .narrative, "finansiering": .narrative, "konsekvenser": .narrative, "synpunkter": .narrative,
        "tidigare beslut": .narrative, "lagstiftning": .narrative, "lagstod": .narrative, "lagrum": .narrative,
        "hur man overklagar": .narrative, "hur man overklagar beslutet": .narrative, "overklagande": .narrative,
        "upplysning": .narrative, "upplysningar": .narrative, "forvaltningens bedomning": .narrative,
        "bedomning": .narrative, "overvaganden": .narrative, "forslag till beslut pa sammantradet": .narrative,
        "att gora": .narrative, "att gora-lista": .narrative, "att-gora": .narrative, "att-gora-lista": .narrative,
        "atgardslista": .narrative, "to do": .narrative,
        "beskrivning av arendet": .narrative, "arendets beskrivning": .narrative, "arendet i korthet": .narrative,
        "skal for beslut": .narrative, "skal for beslutet": .narrative, "motivering till beslut": .narrative,
        "motivering till beslutet": .narrative, "handlingar i arendet": .narrative, "arendets handlingar": .narrative,
        "behandling pa sammantradet": .narrative, "behandling under sammantradet": .narrative,
        "arendets behandling": .narrative, "yrkanden och propositionsordning": .narrative,
        "beslutsgang och yrkanden": .narrative, "yttranden": .narrative,
        "overlaggning": .other, "diskussion": .other, "information": .other, "kommentar": .other,
        "expedieras": .recipients, "expedieras till": .recipients, "beslutet skickas till": .recipients,
        "beslutet expedieras till": .recipients, "utdrag": .recipients, "utdrag till": .recipients,
        "exp": .recipients, "exp.": .recipients, "skickas till": .recipients, "delges": .recipients,
        "beslutet delges": .recipients, "for kannedom": .recipients, "for kannedom till": .recipients,
        "expedierat": .recipients, "expedierat till": .recipients, "expedierad": .recipients, "expedierad till": .recipients,
        "expediering": .recipients, "beslutet ska skickas till": .recipients, "kopia till": .recipients,
        "sandlista": .recipients, "beslutet expedierat till": .recipients, "beslutet har expedierats till": .recipients, "expedieras for kannedom till": .recipients,
    ]

    /// Words that make a line before "…s förslag" a sentence rather than an organ's name, folded.
    private static let sentenceWords: Set<String> = [
        "i", "med", "enligt", "pa", "av", "till", "for", "om", "efter", "vid", "under", "att", "som",
        "valde", "beslutade", "beslot", "beslutar", "antog", "godkande", "biful", "bifoll", "avslog",
    ]

    /// A rubric standing alone on its line ("Beslut", "Bakgrund:"), or "<Organ>s förslag/beslut".
    static func parse(_ line: String) -> (heading: String, role: Role)? {
        // A rubric is at most 60 characters (4 bytes each at most) with a little markup around it:
        // running text is passed over without folding it.
        guard line.utf8.count <= 300 else { return nil }
        let text = MarkdownText.stripHeadingMarks(line.trimmed)
        // At most seven words below, and the key loses at most a last word of ":" or ".": a longer
        // line is left before it is folded.
        guard text.wordCount <= 8, text.startsWithUppercaseLetter else { return nil }
        var key = text.folded
        while let last = key.last, last == ":" || last == "." && key != "exp." { key.removeLast() }
        key = key.trimmed
        // A rubric starts with a capital: "förslag." alone on a line is a wrapped sentence's end.
        guard !key.isEmpty, key.utf8.count <= 60 || key.count <= 60, text.startsWithUppercaseLetter else { return nil }
        // Every form below has seven words at most: a line of prose is left here.
        guard key.wordCount <= 7 else { return nil }
        var heading: String { headingText(text) }
        if let role = rubrics[key] { return (heading, role) }
        // "OMRÖSTNINGSLISTA § 27", "Reservation § 14": the rubric with the § it belongs to.
        if let sign = key.find(" §"), key[sign.upperBound...].trimmed.allSatisfy({ $0.isNumber || $0 == " " }),
           let role = rubrics[String(key[..<sign.lowerBound])] {
            return (heading, role)
        }
        // "Förslag till kommunstyrelsen", "Förslag till kommunfullmäktige": a proposal to another organ.
        if key.hasPrefix("forslag till "), key.wordCount <= 4, !key.contains(where: \.isNumber), !key.contains(","),
           let organ = key.splitOnSpaces().last, Subject.isOrganNoun(String(organ)) {
            return (heading, .narrative)
        }
        // "Expedierat 2024-09-19 till": the date of dispatch stands inside the rubric.
        if key.hasPrefix("exp"), key.contains(where: \.isNumber) {
            let withoutDates = key.splitOnSpaces().filter { !($0.first?.isNumber ?? false) }.joined(separator: " ")
            if let role = rubrics[withoutDates], role == .recipients { return (heading, role) }
        }
        // OCR: "Bes1ut" is "Beslut", "Bakgrvnd" stays unknown.
        if key.contains(where: \.isNumber), key.contains(where: \.isLetter) {
            let repaired = String(key.map { $0 == "1" ? "l" : ($0 == "0" ? "o" : $0) })
            if let role = rubrics[repaired] { return (heading, role) }
        }
        let words = key.splitOnSpaces()
        // "Kommunfullmäktiges beslut", "Vård- och omsorgsnämndens beslut", "Arbetsutskottets förslag",
        // "Förvaltningens förslag till beslut": an organ in the genitive, then the rubric.
        if words.count >= 2, words.count <= 7, text.startsWithUppercaseLetter,
           let k = words.indices.dropFirst().first(where: { words[$0] == "beslut" || words[$0].hasPrefix("forslag") || words[$0] == "yttrande" || words[$0] == "bedomning" }),
           words[k - 1].hasSuffix("s"), !text.hasSuffix("."),
           k + 1 == words.count || words[k + 1] == "till" || words[(k + 1)...].joined(separator: " ") == "for egen del",
           // Only the organ's name before it ("Barn- och utbildningsnämndens", "Tekniska nämndens"):
           // "Årsmötet valde i enlighet med valberedningens förslag:" is a sentence.
           !words[..<(k - 1)].contains(where: { sentenceWords.contains(String($0)) }) {
            let tail = words[k...].joined(separator: " ")
            // ("Hälso- och sjukvårdsnämndens beslut för egen del": what it decides beside its proposal.)
            if tail == "beslut" || tail == "beslut for egen del" { return (heading, .decision) }
            return (heading, .narrative)
        }
        return nil
    }

    /// "Beslut: att ..." or "Utdrag: YLA": a rubric with its text on the same line.
    static func parseInline(_ line: String) -> (heading: String, role: Role, text: String)? {
        guard line.containsByte(0x3A) else { return nil }
        let text = MarkdownText.stripHeadingMarks(line.trimmed)
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = String(text[..<colon])
        let value = text[text.index(after: colon)...].trimmed
        guard !value.isEmpty, let (heading, role) = parse(label) else { return nil }
        return (heading, role, value)
    }

    static func isKnownHeading(_ line: String) -> Bool { parse(line) != nil }

    private static func headingText(_ text: String) -> String {
        var heading = text.trimmed
        while let last = heading.last, last == ":" { heading.removeLast() }
        return heading.trimmed
    }
}

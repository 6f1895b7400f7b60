/// "Nämnden beslutar enligt förvaltningens förslag": a decision that adopts a proposal written out
/// earlier in the same § ("Förslag till beslut" / "att godkänna …"). The decision's own words say
/// nothing of what was decided, so it takes its att-clauses from that proposal.
enum AdoptedProposal {
    /// Whose proposal a decision adopts: the folded stem of its owner ("förvaltningens förslag" →
    /// "forvaltning"), "" for an unnamed one ("enligt förslaget"), nil when the decision adopts none.
    static func owner(ofDecision text: String) -> String? {
        guard text.includes("örslag") || text.includes("ÖRSLAG") || text.includes("orslag") else { return nil }
        let words = text.folded.splitOnSpaces().map { String($0).trimmingPunctuation }
        guard let proposal = words.firstIndex(where: { $0 == "forslag" || $0 == "forslaget" || $0 == "forslagen" }) else { return nil }
        let before = words[..<proposal].suffix(5)
        let adopts = before.contains("enligt") || before.contains("enlighet") || before.contains { $0.hasPrefix("bifall") || $0 == "bifoll" || $0 == "bifolls" }
            || words.dropFirst(proposal + 1).first.map { ["bifalls", "bifolls", "godkanns", "godkandes", "antas", "antogs"].contains($0) } == true
        guard adopts else { return nil }
        // A yrkande is one member's proposal: "bifall till Lindhs yrkande" is not the written one, nor is
        // "Anna Ekströms (M) förslag om återremiss".
        if before.contains(where: { $0.hasPrefix("yrkande") }) { return nil }
        if words[..<proposal].suffix(3).contains(where: { $0.hasPrefix("(") }) || words.dropFirst(proposal + 1).first == "om" { return nil }
        guard proposal > 0, let genitive = words[safe: proposal - 1], genitive.count > 3, genitive.hasSuffix("s"),
              !["enligt", "bifalls", "detta", "hans", "hennes", "dess", "vars"].contains(genitive) else { return "" }
        // "forvaltningen" → "forvaltning", "ordforanden" → "ordforande": the owner as "Kultur- och
        // fritidsförvaltningen föreslår" names it too.
        return DecisionParser.organStem(String(genitive.dropLast()))
    }

    /// "… enligt förslaget med den ändringen att kollekten tillfaller diakonifonden.": the change
    /// made to the proposal, as written from "med".
    static func amendment(in text: String) -> String? {
        for marker in [" med den ändringen att ", " med ändringen att ", " med tillägget att ", " med det tillägget att "] {
            guard let range = text.find(marker) else { continue }
            let amendment = String(text[text.index(after: range.lowerBound)...])
            return AttClauses.clean(amendment)
        }
        return nil
    }

    /// The att-clauses of the proposal a decision adopts, from the sections before the decision's:
    /// the last proposal rubric whose heading or opening names `owner`, or that names no owner.
    /// Empty when none is found or it holds no clauses.
    /// With them, the organ the proposal is addressed to, when it is one to another organ
    /// ("Kommunstyrelsen föreslår för fullmäktige att …"): adopting it, this meeting proposes.
    static func proposal(owner: String, in sections: ArraySlice<(heading: String?, role: SectionHeading.Role, blocks: [DecisionParser.Block])>)
        -> (clauses: [String], receiver: String?) {
        for section in sections.reversed() where section.role == .narrative {
            guard let heading = section.heading?.folded, heading.includes("forslag"), !heading.hasPrefix("yrkande") else { continue }
            let lines = section.blocks.flatMap(\.lines)
            if !owner.isEmpty {
                let opening = (lines.first ?? "").folded
                let headingOwner = heading.splitOnSpaces().first.map(String.init) ?? ""
                let named = heading.includes(owner) || opening.includes(owner)
                // "Arbetsutskottets förslag" is not the förvaltning's, and a decision naming one
                // owner does not take another's.
                if !named, headingOwner.hasSuffix("s"), headingOwner != "forslag" { continue }
            }
            let proposing = DecisionParser.proposingSentence(lines.joined(separator: " ").collapsedWhitespace)
            let found = clauses(fromProposal: lines, proposing: proposing)
            guard !found.isEmpty else { continue }
            return (found, proposing.flatMap { $0.proposer != nil ? $0.receiver : nil })
        }
        return ([], nil)
    }

    /// Clauses of a proposal: its att-lines, or the att-clauses after "beslutar" in its running text
    /// ("Förvaltningen föreslår att nämnden beslutar att godkänna rapporten"). `proposing` is its
    /// text read as "X föreslår Y att …", when it reads so.
    static func clauses(fromProposal lines: [String], proposing: (proposer: String?, receiver: String?, tail: String)?) -> [String] {
        let firstAttLine = lines.firstIndex(where: AttClauses.startsClause)
        if let first = firstAttLine, !lines[..<first].contains(where: { $0.folded.includes(" att ") }) {
            return DecisionParser.clausesFromLines(Array(lines[first...]))
        }
        // "Kommunstyrelsen föreslår för fullmäktige att … och att …": the clauses after the organ, the
        // second perhaps at a line's start.
        if let tail = proposing?.tail, tail.folded.hasPrefix("att "), let found = DecisionParser.inlineClauses(tail), !found.isEmpty {
            return found
        }
        if let first = firstAttLine { return DecisionParser.clausesFromLines(Array(lines[first...])) }
        let words = lines.joined(separator: " ").splitOnSpaces()
        let folded = words.map { $0.folded.trimmingPunctuation }
        let verb = folded.lastIndex { $0 == "beslutar" || $0 == "besluta" }
            ?? folded.lastIndex { $0 == "foreslar" || $0 == "foreslas" }
        guard let verb else { return [] }
        return DecisionParser.inlineClauses(words[(verb + 1)...].joined(separator: " ")) ?? []
    }
}

import Foundation
import Testing
@testable import ProtokollKit

@Suite struct SentenceTests {
    @Test func abbreviationsBeforeANumberOrANameDoNotEndASentence() {
        let text = "Bidrag ges till SKPF avd. 217 med 5 000 kronor. Ärendet bereds av ers. Per Ek enligt mom. 3 i reglementet. Beslutet gäller."
        #expect(Sentences.split(text) == [
            "Bidrag ges till SKPF avd. 217 med 5 000 kronor.",
            "Ärendet bereds av ers. Per Ek enligt mom. 3 i reglementet.",
            "Beslutet gäller.",
        ])
        // An ordinary word before a full stop still ends the sentence.
        #expect(Sentences.split("Mötet avslutades. 15 personer deltog.").count == 2)
        // A bilaga's number ends a sentence; an ordinal before a month does not.
        #expect(Sentences.split("Karin Ek reserverar sig, se bilaga 1. Rikard Berg (KD) reserverar sig.").count == 2)
        #expect(Sentences.split("Stämman hålls den 1. Maj är en bra månad.").count == 1)
        // "kv." names a city block.
        #expect(Sentences.split("Stambyte i kv. Lärkan 2–4 påbörjas i februari.").count == 1)
        // A closing quote after the full stop ends the sentence with it.
        #expect(Sentences.split("»Den, som bifaller, röstar ja.» Stadsfullmäktige beslöto att bifalla.")
            == ["»Den, som bifaller, röstar ja.»", "Stadsfullmäktige beslöto att bifalla."])
        #expect(Sentences.split("Han sade ”nej.” Sedan gick han.").count == 2)
    }
}

@Suite struct AttClauseTests {
    @Test func inlineClausesSplitOnlyAtCommaOrOch() {
        #expect(AttClauses.splitInline("godkänna A, att anta B och att notera C.") == ["godkänna A", "anta B", "notera C"])
        #expect(AttClauses.splitInline("rekommendera länets kommuner att följa förslaget") == ["rekommendera länets kommuner att följa förslaget"])
    }

    /// "1.  att": a list mark with two spaces after it (pandoc, Word's numbering as text).
    @Test func aNumberedClauseWithSpacesAfterItsMark() {
        #expect(AttClauses.clauseBody("1.  att delegera till rektor") == "delegera till rektor")
        #expect(AttClauses.clauseBody("2)\tatt anmäla besluten") == "anmäla besluten")
        #expect(AttClauses.clauseBody("12.  Attestordning") == nil)
    }

    /// Numbered clauses: an unnumbered "att" line after one that ends open ("… som visar") goes on
    /// with it; after a finished clause, or in clauses without numbers, it opens the next.
    @Test func anAttLineInsideANumberedClause() {
        #expect(DecisionParser.clausesFromLines([
            "1. att fastställa budgeten,", "2. att ge kommunstyrelsen i uppdrag att återkomma med en plan som visar",
            "   att skolans lokalbehov kan tillgodoses.",
        ]) == ["fastställa budgeten", "ge kommunstyrelsen i uppdrag att återkomma med en plan som visar att skolans lokalbehov kan tillgodoses"])
        #expect(DecisionParser.clausesFromLines(["1. att fastställa budgeten,", "att anta planen"]) == ["fastställa budgeten", "anta planen"])
        #expect(DecisionParser.clausesFromLines(["att anta planen", "att ge nämnden i uppdrag"]) == ["anta planen", "ge nämnden i uppdrag"])
    }

    @Test func clauseLinesWithTrailingOch() {
        let lines = ["att godkänna utredningen avseende länsgemensam familjehemsrekrytering och", "att rekommendera länets kommuner att följa föreliggande förslag."]
        #expect(DecisionParser.clausesFromLines(lines) == ["godkänna utredningen avseende länsgemensam familjehemsrekrytering", "rekommendera länets kommuner att följa föreliggande förslag"])
    }

    @Test func aCommaAndAttOnOneLineStartsTheNextClause() {
        #expect(DecisionParser.clausesFromLines(["att köpa in ny projektor för högst 11 500 kr, att belasta kontot för inventarier"])
            == ["köpa in ny projektor för högst 11 500 kr", "belasta kontot för inventarier"])
    }

    @Test func anInnerAttOnALineIsNotANewClause() {
        let lines = ["att anta riktlinjer enligt bilaga, att gälla från och", "med den 1 januari 2019,", "att uppdra åt förvaltningen att informera."]
        #expect(DecisionParser.clausesFromLines(lines) == ["anta riktlinjer enligt bilaga, att gälla från och med den 1 januari 2019", "uppdra åt förvaltningen att informera"])
    }
}

@Suite struct DecisionParserTests {
    func decisions(_ text: String, heading: String? = nil, role: SectionHeading.Role = .other) -> [Decision] {
        let blocks = text.components(separatedBy: "\n\n").map { DecisionParser.Block(lines: $0.components(separatedBy: "\n")) }
        return DecisionParser.decisions(in: [(heading, role, blocks)], meetingYear: 2014)
    }

    /// A committee granting leave to attend, a meeting declared lawfully called: decisions.
    @Test func aPermissionGrantedAndAMeetingLawfullyCalled() {
        #expect(decisions("Utskottet medgav att Nils Antonsson, praktikant vid utskottskansliet, fick närvara vid sammanträdet.").count == 1)
        #expect(decisions("Stämman förklarades behörigen sammankallad.").map(\.text) == ["Stämman förklarades behörigen sammankallad."])
        // "medger att" a fact admits it; a statute's "anses behörigen sammankallad" decides nothing.
        #expect(decisions("Kommunstyrelsen medger att ventilationen i arkivet är bristfällig men bestrider att det föreligger risk för ohälsa.").isEmpty)
        #expect(decisions("Enligt nuvarande lydelse anses en extra stämma behörigen sammankallad först när kallelse skickats.").isEmpty)
    }

    /// "Stämman valde … följande personer …:" over offices as headings and a name a line under each,
    /// split by a page break: each name is a clause under its office.
    @Test func anElectionListedUnderOfficeHeadings() {
        let text = "Stämman valde följande personer till styrelseledamöter och suppleanter:\n\nOrdinarie ledamöter\nMarie-Louise Tallberg (S), ordförande\nBo-Göran Lindh (S)\n\nFatima Al-Khatib (V)\n\nSuppleanter\nElin Nordqvist (S)\n\nAntecknades att Per-Anders Wikström därmed lämnar styrelsen."
        #expect(decisions(text).first?.clauses == ["Ordinarie ledamöter: Marie-Louise Tallberg (S), ordförande", "Ordinarie ledamöter: Bo-Göran Lindh (S)",
                                                   "Ordinarie ledamöter: Fatima Al-Khatib (V)", "Suppleanter: Elin Nordqvist (S)"])
    }

    /// A Riksdag committee "beslutade att föreslå kammaren att …": a proposal to the chamber.
    @Test func aCommitteeProposingToTheChamber() {
        let found = decisions("Utskottet beslutade att föreslå kammaren att ärendet får avgöras efter endast en bordläggning.")
        #expect(found.map { [$0.proposedTo] + $0.clauses } == [["Kammaren", "ärendet får avgöras efter endast en bordläggning"]])
    }

    /// "Socialnämnden föreslår kommunfullmäktige" alone, its att-clause after a blank line: a proposal.
    @Test func aProposingLeadInAloneOnItsLine() {
        let found = decisions("Socialnämnden föreslår kommunfullmäktige\n\natt avslå motionen.", heading: "Beslut", role: .decision)
        #expect(found.map { [$0.proposedTo, $0.text] } == [["Kommunfullmäktige", "Socialnämnden föreslår kommunfullmäktige att avslå motionen."]])
    }

    /// "Styrelsen gav den 14 november 2024, § 71, rektor i uppdrag …": the background tells an earlier
    /// meeting's act, dated after its verb; the decision of this meeting is under Beslut.
    @Test func aPastActDatedAfterItsVerbIsBackground() {
        let found = decisions("Styrelsen gav den 14 november 2024, § 71, rektor i uppdrag att ta fram ett förslag.\n\nStyrelsen beslutar att fastställa anställningsordningen.")
        #expect(found.map(\.text) == ["Styrelsen beslutar att fastställa anställningsordningen."])
        #expect(decisions("Styrelsen gav rektor i uppdrag att ta fram ett förslag.").count == 1)
    }

    /// "Meddelanden": a dated item of a list of documents tells what its author decided ("…, dom
    /// 2025-10-15 … Överklagandet avslås."), when the rubric after the list holds this body's decision.
    /// An undated passive before the rubric still decides.
    @Test func aRulingInAListOfDocumentsIsNotThisBodysDecision() {
        let list = DecisionParser.Block(lines: ["- Revisorernas granskningsrapport om vårdköer, 2025-10-02.",
                                                "- Förvaltningsrätten i Härnösand, dom 2025-10-15 i mål nr 2211-25. Överklagandet avslås."])
        let decision = DecisionParser.Block(lines: ["Meddelandena läggs till handlingarna."])
        let found = DecisionParser.decisions(in: [(nil, .other, [list]), ("Regionfullmäktiges beslut", .decision, [decision])], meetingYear: 2025)
        #expect(found.map(\.text) == ["Meddelandena läggs till handlingarna."])
        // A dated item of this body's own business is decided here: an offer, an appointment.
        let letters = DecisionParser.Block(lines: ["- Offert från Rörkraft AB på byte av ventiler, 2025-01-28. Offerten godkänns.",
                                                   "- Inera AB, årsstämma 2025-05-21. Till ombud utses Carl Dahl (C)."])
        let own = DecisionParser.decisions(in: [(nil, .other, [letters]), ("Beslut", .decision, [decision])], meetingYear: 2025)
        #expect(own.map(\.text) == ["Offerten godkänns.", "Till ombud utses Carl Dahl (C).", "Meddelandena läggs till handlingarna."])
        let undated = DecisionParser.Block(lines: ["Första attsatsen bifalles."])
        #expect(DecisionParser.decisions(in: [(nil, .other, [undated]), ("Beslut", .decision, [decision])], meetingYear: 2025).count == 2)
        // What the auditors recommend is no decision, even after an earlier "att" in the sentence.
        #expect(decisions("Revisorerna har inte funnit något att anmärka på och tillstyrker att styrelsen beviljas ansvarsfrihet.").isEmpty)
    }

    /// An inline "Beslut:" ends at a line of who does what ("Ansvarig: Olle"), at a reservation, and,
    /// inside a lettered item, where the next item starts.
    @Test func anInlineDecisionEndsAtTheNextItemOrAnActionLine() throws {
        let text = """
            PROTOKOLL STYRELSEMÖTE
            Datum: 2025-10-14
            Närvarande: Karin Lövgren (ordf), Olle Bergström, Sara Holm

            1. Mötets öppnande
            Karin öppnade mötet.

            2. Cykelrensning
            Beslut: Lappar sätts upp i cykelrummen senast 20/10.
            Ansvarig: Olle

            3. Övriga frågor
            a) Laddstolpar: en offert har kommit in.
            Beslut: Jonna tar in ytterligare en offert till nästa möte.
            b) Porttelefonen har strulat igen. Lars felanmäler.
            c) Fotbollsskolan – avgift: Vi beslutar att avgiften blir 500 kr.

            4. Sponsring
            • Två nya sponsorer på gång.
            Beslut: att godkänna sponsoravtalet med Bygg AB, 15 000 kr/år i tre år.
            • Avtalet med pizzerian bordläggs till nästa möte – vi väntar på ett nytt utkast.

            5. Städdag
            Beslut: Styrelsen beslutar följande:
            • Städdagen hålls den 4 maj.
            • Olle beställer container.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "items.txt")
        #expect(d.paragraphs.map { $0.decisions.map(\.text) } == [
            [], ["Lappar sätts upp i cykelrummen senast 20/10."],
            ["Jonna tar in ytterligare en offert till nästa möte.", "c) Fotbollsskolan – avgift: Vi beslutar att avgiften blir 500 kr."],
            // A bullet after a decision that ended on the label's line is the notes going on.
            ["att godkänna sponsoravtalet med Bygg AB, 15 000 kr/år i tre år.",
             "Avtalet med pizzerian bordläggs till nästa möte – vi väntar på ett nytt utkast."],
            ["Styrelsen beslutar följande: Städdagen hålls den 4 maj. Olle beställer container."],
        ])
        // "Vi" after an item's label is the board, not an organ called "Vi".
        #expect(d.paragraphs[2].decisions.last?.decidedBy == "Styrelsen")
        #expect(d.paragraphs[3].decisions.first?.clauses == ["godkänna sponsoravtalet med Bygg AB, 15 000 kr/år i tre år"])
    }

    /// "Till ordinarie ledamöter för en tid av två år valdes" over a table of names and "omval" /
    /// "nyval": the verb last, the elected in the rows under it.
    @Test func anElectionWhoseNamesFollowAsATable() {
        let found = decisions("Till ordinarie ledamöter för en tid av två år valdes\n\nBirgitta Holm          omval\nOlle Bergkvist         nyval")
        #expect(found.map(\.clauses) == [["Birgitta Holm, omval", "Olle Bergkvist, nyval"]])
    }

    /// "Miljö- och byggnadsnämndens förslag till kommunfullmäktige" in the nämnd's own minutes: what
    /// stands under it is the nämnd's proposal to kommunfullmäktige, its att-clauses on the next lines.
    @Test func aProposalRubricOfAnOrganOfSeveralWords() {
        #expect(DecisionParser.proposingOrgan("Miljö- och byggnadsnämndens förslag till kommunfullmäktige") == "Miljö- och byggnadsnämnden")
        let block = DecisionParser.Block(lines: ["Miljö- och byggnadsnämnden föreslår kommunfullmäktige besluta", "att anta taxa enligt bilaga 4,",
                                                 "att taxan gäller från och med den 1 januari 2022."])
        let found = DecisionParser.decisions(in: [("Miljö- och byggnadsnämndens förslag till kommunfullmäktige", .narrative, [block])],
                                             meetingYear: 2021, body: "Miljö- och byggnadsnämnden")
        #expect(found.map(\.decidedBy) == ["Miljö- och byggnadsnämnden"])
        #expect(found.map(\.proposedTo) == ["Kommunfullmäktige"])
        #expect(found.first?.clauses.count == 2)
    }

    /// Clauses after words between the verb and "att": the vote that carried it, an aside between
    /// commas. What the chair told the meeting is no decision.
    @Test func clausesAfterTheVoteOrAnAside() {
        #expect(decisions("Stämman beslutade således med 41 röster mot 6, vilket överstiger två tredjedelar av de avgivna rösterna, att anta nya stadgar.").map(\.clauses)
                == [["anta nya stadgar"]])
        #expect(decisions("Stämman beslutade vidare, utan votering, att uppdra åt styrelsen att anmäla stadgarna.").map(\.clauses)
                == [["uppdra åt styrelsen att anmäla stadgarna"]])
        #expect(decisions("Stämmoordföranden upplyste om att stämman endast kan anta eller förkasta förslaget.").isEmpty)
        #expect(decisions("Styrelsen erinrade om besiktningen och beslutade att begära offert på relining.").map(\.clauses) == [["begära offert på relining"]])
    }

    /// "Nämnden beslöt hemställa hos kommunalfullmäktige att A, samt att B": older minutes leave out
    /// the "att" before the verb; the request goes to fullmäktige, all its clauses with it.
    @Test func anOlderRequestToFullmaktige() {
        let found = decisions("Nämnden beslöt hemställa hos kommunalfullmäktige att för gatubelysning anvisa 8 500 kronor, samt att uppdraga åt kommunalnämnden att ombesörja arbetet.")
        #expect(found.map(\.proposedTo) == ["Kommunalfullmäktige"])
        #expect(found.first?.clauses == ["för gatubelysning anvisa 8 500 kronor", "uppdraga åt kommunalnämnden att ombesörja arbetet"])
    }

    /// "Med 23 röster mot 11 bifölls styrelsens förslag." before "Årsmötet beslutade även att …": two
    /// decisions; before the adopted decision written out it is that decision's vote. A member's
    /// proposal adopted ("biföll Anna Ekströms (M) förslag om återremiss") takes no other proposal's clauses.
    @Test func aVotesOutcomeBeforeAnotherDecision() {
        #expect(decisions("Med 23 röster mot 11 bifölls styrelsens förslag. Årsmötet beslutade även att ge styrelsen i uppdrag att utreda kostnaderna.").count == 2)
        #expect(decisions("Med 4 röster mot 2 bifölls ordförandens förslag. Styrelsen beslutade att ge VD mandat att yrka 5,5 procent.").count == 1)
        #expect(AdoptedProposal.owner(ofDecision: "Kommunfullmäktige biföll Anna Ekströms (M) förslag om återremiss.") == nil)
        #expect(AdoptedProposal.owner(ofDecision: "Kommunstyrelsen biföll arbetsutskottets förslag.") == "arbetsutskott")
        #expect(decisions("Med fyra röster mot två beslutade styrelsen enligt VD:s förslag. Styrelsen beslutade att förvärva fastigheten Kajen 5.").count == 1)
    }

    /// "Ordföranden Margareta Sjödin Larsson (C) yrkar bifall …": an extract that names no chair
    /// elsewhere names her where she speaks.
    @Test func theChairNamedWhereSheSpeaks() throws {
        let text = "PROTOKOLLSUTDRAG\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2025-05-06\n\nKSAU § 87\tMarkanvisning\n\nYrkanden\nOrdföranden Margareta Sjödin Larsson (C) yrkar bifall till förvaltningens förslag.\n\nArbetsutskottets beslut\nKommunstyrelsens arbetsutskott beslutar att godkänna avtalet.\n"
        #expect(try ProtokollParser.parse(Data(text.utf8), fileName: "ksau.txt").chair == "Margareta Sjödin Larsson")
        // Another organ's chair, or one who is away, is not this meeting's.
        for sentence in ["Ordföranden Per Olsson (C) i socialnämnden har begärt att bli entledigad.", "Ordföranden Anna Ek (S) har anmält förhinder."] {
            let other = text.replacingOccurrences(of: "Ordföranden Margareta Sjödin Larsson (C) yrkar bifall till förvaltningens förslag.", with: sentence)
            #expect(try ProtokollParser.parse(Data(other.utf8), fileName: "ksau.txt").chair == nil)
        }
    }

    /// "1. Delårsrapporten … godkänns." / "2. Delårsrapporten överlämnas …" under the rubric: the points
    /// of one decision. Recipients listed three or more to a line are as many.
    @Test func numberedPointsUnderTheRubric() {
        let block = DecisionParser.Block(lines: ["1. Delårsrapporten per augusti 2024 godkänns.", "2. Delårsrapporten överlämnas till", "   regionstyrelsen."])
        let found = DecisionParser.decisions(in: [("Hälso- och sjukvårdsnämndens beslut", .decision, [block])], meetingYear: 2024)
        #expect(found.map(\.clauses) == [["Delårsrapporten per augusti 2024 godkänns", "Delårsrapporten överlämnas till regionstyrelsen"]])
        #expect(ParagraphParser.recipientList(["Förvaltningschef, rektor Alsterbro skola, rektor Örsjöskolan", "skolskjutshandläggare"])
                == ["Förvaltningschef", "rektor Alsterbro skola", "rektor Örsjöskolan", "skolskjutshandläggare"])
        #expect(ParagraphParser.recipientList(["Samhällsbyggnadsförvaltningen, mark och exploatering", "Kommundirektören"])
                == ["Samhällsbyggnadsförvaltningen, mark och exploatering", "Kommundirektören"])
    }

    /// A running list of recipients wrapped over lines: after a comma, inside a parenthesis, or at
    /// "Vård- och" broken before its noun.
    @Test func recipientsWrappedOverLines() {
        #expect(ParagraphParser.recipientList(["Regionfullmäktige, Inspektionen för vård och omsorg,", "Socialstyrelsen, Hälso- och sjukvårdsnämnden"])
                == ["Regionfullmäktige", "Inspektionen för vård och omsorg", "Socialstyrelsen", "Hälso- och sjukvårdsnämnden"])
        #expect(ParagraphParser.recipientList(["Kommundirektören, HR-chefen, Socialnämnden (för", "kännedom)"])
                == ["Kommundirektören", "HR-chefen", "Socialnämnden (för kännedom)"])
        #expect(ParagraphParser.recipientList(["Förhandlingschefen, Vård- och", "omsorgsförvaltningen"]) == ["Förhandlingschefen", "Vård- och omsorgsförvaltningen"])
        // One recipient a line, each whole, stays so.
        #expect(ParagraphParser.recipientList(["Verksamhetschef, Lindeby lasarett", "Akten"]) == ["Verksamhetschef, Lindeby lasarett", "Akten"])
    }

    /// Minutes signed on their front page: "Region Gävleborg   Bilaga 1" at the top of a page after
    /// the last § starts a bilaga, which is no text of that §.
    @Test func aBilagaAfterTheLastParagraph() throws {
        let text = "PROTOKOLL\nHälso- och sjukvårdsnämnden\nSammanträdesdatum 2024-10-17\n\nBeslutande: Peter Lindgren (S), Ulrika Mäki (V)\n\n§ 153 Budget\n\nNämnden beslutar att anta budgeten.\n\n§ 154 Övriga frågor\n\nOrdföranden förklarar sammanträdet avslutat.\n\u{0C}Region Gävleborg\tBilaga 1\nHSN § 153\n\nReservation\nUlrika Mäki (V) reserverar sig mot beslutet.\n"
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "hsn.txt")
        #expect(d.paragraphs.last?.text == "Ordföranden förklarar sammanträdet avslutat.")
        #expect(d.paragraphs.last?.reservations.isEmpty == true)
    }

    /// "Hälso- och sjukvårdsnämndens beslut för egen del" after its proposal to regionfullmäktige: a
    /// rubric of its own decision, which goes to no one.
    @Test func aDecisionForItsOwnPartBesideAProposal() {
        #expect(SectionHeading.parse("Hälso- och sjukvårdsnämndens beslut för egen del")?.role == .decision)
        let proposal = DecisionParser.Block(lines: ["att anta reglerna,", "samt"])
        let own = DecisionParser.Block(lines: ["Barn- och utbildningsnämnden beslutar för egen del"])
        let clause = DecisionParser.Block(lines: ["att ge förvaltningen i uppdrag att informera."])
        let found = DecisionParser.decisions(in: [("Barn- och utbildningsnämndens förslag till kommunfullmäktige", .narrative, [proposal, own, clause])],
                                             meetingYear: 2025, body: "Barn- och utbildningsnämnden")
        #expect(found.map(\.proposedTo) == ["Kommunfullmäktige", nil])
        // "att för egen del anta förbundsordningen" is what the receiver is to do.
        #expect(!DecisionParser.decidesForItsOwnPart("att för egen del anta reviderad förbundsordning"))
        #expect(DecisionParser.decidesForItsOwnPart("Barn- och utbildningsnämnden beslutar för egen del att ge förvaltningen i uppdrag"))
        #expect(DecisionParser.decidesForItsOwnPart("Kommunstyrelsen beslutar därutöver för egen del att uppdra åt kommundirektören"))
        #expect(DecisionParser.decidesForItsOwnPart("Kommunstyrelsen beslutar, för egen del, att ge förvaltningen i uppdrag"))
    }

    /// "Kommunfullmäktige 2024-12-16, § 178, Val av ersättare … Till ny ersättare valdes Kerstin Palm
    /// (V)." among the meddelanden: what another organ decided, told in the item that names it and its
    /// date, is not this meeting's decision.
    @Test func anItemHeadedByAnotherOrganAndItsDate() {
        let item = DecisionParser.Block(lines: ["Kommunfullmäktige 2024-12-16, § 178, Val av ersättare efter Lars Ek (V). Till ny", "ersättare valdes Kerstin Palm (V)."])
        let decision = DecisionParser.Block(lines: ["Meddelandena läggs till handlingarna."])
        let found = DecisionParser.decisions(in: [(nil, .other, [item]), ("Beslut", .decision, [decision])], meetingYear: 2025, body: "Nämnden")
        #expect(found.map(\.text) == ["Meddelandena läggs till handlingarna."])
        #expect(DecisionParser.opensWithDatedOrgan("Skolinspektionen, beslut 2025-01-08 i ärende dnr SI 2024:8810"))
        #expect(!DecisionParser.opensWithDatedOrgan("Till ny ersättare valdes 2025-01-08 Kerstin Palm."))
    }

    /// "Stämman hade således avslagit motionen." after the count: the outcome of this meeting's vote,
    /// told in the perfect, is its decision.
    @Test func aVotesOutcomeInThePerfectDecides() {
        #expect(decisions("För avslag röstade 14, för bifall 7, medan 2 avstod från att rösta. Stämman hade således avslagit motionen.").map(\.text)
                == ["Stämman hade således avslagit motionen."])
        #expect(decisions("Stämman hade tidigare avslagit en liknande motion.").isEmpty)
    }

    /// A sentence after the last att-clause's full stop, in the same paragraph, is the § going on:
    /// a reservation, a note of who does what. "Beslutet gäller omedelbart …" still belongs to it.
    @Test func aSentenceAfterTheLastClauseEndsTheDecision() {
        let text = "Fakultetsnämnden beslutar\natt fastställa budget för 2025,\natt anmäla omfördelningar till nämnden.\n"
            + "Elin Sjöberg Nyström och Amira Haddad anmäler avvikande mening till\nförmån för studentrepresentanternas yrkande."
        let found = decisions(text, heading: "Beslut", role: .decision)
        #expect(found.map(\.clauses) == [["fastställa budget för 2025", "anmäla omfördelningar till nämnden"]])
        #expect(found.first?.text.includes("avvikande") == false)
        let lasting = decisions("Nämnden beslutar\natt förelägga ägaren att åtgärda avloppet.\nBeslutet gäller omedelbart även om det överklagas.", heading: "Beslut", role: .decision)
        #expect(lasting.first?.text.hasSuffix("även om det överklagas.") == true)
    }

    /// Swedish puts the verb second: an adverbial before it ("Därefter", "För egen del") leaves the
    /// subject after it. A sentence that tells of the decision a "Beslut" rubric below writes out
    /// ("Därefter beslutade styrelsen enligt VD:s förslag.") is no second decision.
    @Test func anAdverbialBeforeTheVerbIsNoSubject() {
        let own = decisions("För egen del beslutar valnämnden att uppdra åt valsamordnaren att redovisa utfallet.")
        #expect(own.map(\.decidedBy) == ["Valnämnden"])
        #expect(own.map(\.clauses) == [["uppdra åt valsamordnaren att redovisa utfallet"]])
        #expect(decisions("Därefter beslutade styrelsen att avsluta mötet.").map(\.decidedBy) == ["Styrelsen"])
        let told = DecisionParser.decisions(in: [
            (nil, .other, [DecisionParser.Block(lines: ["Ordföranden konstaterade att ärendet skulle avgöras i dag.", "Därefter beslutade styrelsen enligt VD:s förslag."])]),
            ("Beslut", .decision, [DecisionParser.Block(lines: ["Styrelsen beslutade", "att genomföra investeringen."])]),
        ], meetingYear: 2025)
        #expect(told.map(\.clauses) == [["genomföra investeringen"]])
    }

    /// "Ingen ändring beslutades": a sentence that says nothing was decided is no decision, and under
    /// a Beslut rubric it does not make the whole section one. A negation that governs another verb
    /// leaves the decision alone.
    @Test func aNegatedDecisionIsNone() {
        #expect(decisions("Frågan om städningen diskuterades. Ingen ändring beslutades, Rasmus sätter upp en lapp.").isEmpty)
        #expect(decisions("Jenny tog upp hemsidan. Inget beslut fattades.", heading: "Beslut", role: .decision).isEmpty)
        #expect(decisions("Inga synpunkter framkom och dagordningen godkändes.").count == 1)
        // Review counter-examples: the negation must govern the main clause, in whole words.
        #expect(decisions("Kommunstyrelsen beslutar att återremittera ärendet eftersom inget beslutsunderlag har tagits fram.").count == 1)
        #expect(decisions("Styrelsen beslutade att inga beslut om nya hyresavtal får fattas före årsmötet.").count == 1)
        #expect(decisions("Ingen diskussion, beslutades att godkänna budgeten.").count == 1)
        // Notes write "bestämde": a decision, unless negated.
        #expect(decisions("Vi bestämde att fördela pengarna enligt tabellen ovan.").map(\.clauses) == [["fördela pengarna enligt tabellen ovan"]])
        #expect(decisions("Om artisten bestämde vi inget än.").isEmpty)
    }

    /// "beslutar att föreslå kommunfullmäktige att …": what the body decided is a proposal to the
    /// organ, with the organ's clause; "kommunfullmäktige i A kommun, B kommun och C kommun" is one
    /// receiver. With more clauses after it the proposal stays a clause: the others may be the body's own.
    @Test func aDecisionToProposeNamesTheReceiver() {
        let single = decisions("Styrelsen beslöt att föreslå landstinget att godkänna byggnadsprogrammet.")
        #expect(single.map(\.proposedTo) == ["Landstinget"])
        #expect(single.map(\.clauses) == [["godkänna byggnadsprogrammet"]])
        let members = decisions("Direktionen föreslår kommunfullmäktige i Hälleby kommun, Kvarnsjö kommun och Ödmarka kommun besluta att anta programmet.", heading: "Beslut", role: .decision)
        #expect(members.map(\.proposedTo) == ["Kommunfullmäktige i Hälleby kommun, Kvarnsjö kommun och Ödmarka kommun"])
        // "i första hand" names no place; "hemställa till" keeps no preposition.
        #expect(decisions("Kommunstyrelsen beslutar att föreslå kommunfullmäktige i första hand att höja taxan.").map(\.proposedTo) == ["Kommunfullmäktige"])
        #expect(decisions("Kommunstyrelsen beslutar att hemställa till länsstyrelsen att pröva frågan.").map(\.proposedTo) == ["Länsstyrelsen"])
        // Without "besluta": the organ (or an office, "rektor"), then the att-clause.
        let rubric = decisions("Styrelsen föreslår kommunfullmäktige i Mariestads kommun att ta ställning för nyproduktion.", heading: "Beslut", role: .decision)
        #expect(rubric.map(\.proposedTo) == ["Kommunfullmäktige i Mariestads kommun"])
        #expect(rubric.map(\.clauses) == [["ta ställning för nyproduktion"]])
        #expect(decisions("Nämnden föreslår rektor att inrätta huvudområdet.", heading: "Beslut", role: .decision).map(\.proposedTo) == ["Rektor"])
        #expect(decisions("Styrelsen föreslår förbundsmedlemmarna besluta att anta förbundsordningen.", heading: "Beslut", role: .decision)
            .map(\.proposedTo) == ["Förbundsmedlemmarna"])
        // Someone else's proposal in the text stays a proposal.
        #expect(decisions("Förvaltningen föreslår nämnden att anta planen.").isEmpty)
        // The older order, the organ before the verb.
        let older = decisions("Nämnden beslöt att hos kommunalfullmäktige hemställa, att anslag måtte beviljas med 12 000 kronor.")
        #expect(older.map(\.proposedTo) == ["Kommunalfullmäktige"])
        #expect(older.map(\.clauses) == [["anslag måtte beviljas med 12 000 kronor"]])
        // "hos" without a verb after the organ is no proposal.
        #expect(decisions("Nämnden beslöt att hos leverantören beställa två nya bussar.").map(\.proposedTo) == [nil])
        let mixed = decisions("Nämnden beslutar att föreslå fullmäktige att höja taxan, att ge förvaltningen i uppdrag att redovisa taxan.")
        #expect(mixed.map(\.proposedTo) == [nil])
        #expect(mixed.first?.clauses.first == "föreslå fullmäktige att höja taxan")
    }

    /// The clauses after a vote stated first ("beslutade med 19 röster mot 4, dvs. …, att anta …") and
    /// the tasks of "uppdrog åt styrelsen att A, att B samt att C".
    @Test func clausesAfterAVoteAndTasksGiven() {
        let voted = decisions("Stämman beslutade med 19 röster mot 4, dvs. mer än två tredjedelar av rösterna,\natt anta stadgarna, och\natt uppdra åt styrelsen att anmäla ändringen.")
        #expect(voted.map(\.clauses) == [["anta stadgarna", "uppdra åt styrelsen att anmäla ändringen"]])
        let tasks = decisions("Stämman uppdrog åt styrelsen att ansöka om stöd, att undersöka ett lån samt att återkomma till stämman.")
        #expect(tasks.map(\.clauses) == [["ansöka om stöd", "undersöka ett lån", "återkomma till stämman"]])
    }

    /// "Vid votering … biföll utskottet ordförandens förslag": an adverbial, then the verb and the
    /// organ; and a Riksdag committee "justerade" its report or minutes.
    @Test func anInvertedActingVerbAndJusterade() {
        #expect(decisions("Vid votering, se bilaga 2, biföll utskottet ordförandens förslag med 9 röster mot 7.").map(\.decidedBy) == ["Utskottet"])
        #expect(decisions("Därefter godkände nämnden avtalet.").map(\.decidedBy) == ["Nämnden"])
        #expect(decisions("Utskottet justerade betänkande 2023/24:MJU12.").map(\.decidedBy) == ["Utskottet"])
        // Without an adverbial opener the verb is no inverted decision; nor after one that dates it.
        #expect(decisions("Ordföranden föreslog att utskottet skulle avstyrka motionerna.").isEmpty)
        #expect(decisions("Vid sammanträdet den 10 maj 2023 antog nämnden riktlinjer för bistånd.").isEmpty)
        #expect(decisions("Efter sommaren godkände styrelsen en ny fiskevårdsplan.").isEmpty)
    }

    /// "Stämman valde" alone over a list: the elected are the clauses.
    @Test func anActingVerbOverAList() {
        let elected = decisions("Stämman valde\n\n- Ordförande för ett år: Karl-Erik Johansson (omval)\n- Ledamöter för två år: Margit Eliasson (omval)")
        #expect(elected.map(\.clauses) == [["Ordförande för ett år: Karl-Erik Johansson (omval)", "Ledamöter för två år: Margit Eliasson (omval)"]])
        // A sentence that goes on after its verb keeps the list to itself.
        let noted = decisions("Styrelsen godkände budgeten.\n\n- Intäkter 1 200 000 kr\n- Kostnader 1 150 000 kr")
        #expect(noted.map(\.clauses) == [[]])
    }

    /// OCR's "1" for an "l" inside the organ's name is read as the letter.
    @Test func anOCRDigitInTheDecidingOrganIsRepaired() {
        #expect(decisions("Landstingsstyre1sen beslutade att bordlägga ärendet.").map(\.decidedBy) == ["Landstingsstyrelsen"])
    }

    /// An årsmöte's elections as Word tables: the office once, the people under it on rows of their
    /// own, members who stay on left out; with or without a blank line after the lead sentence.
    @Test func electionTablesAfterAnActiveOrAPassiveLeadSentence() {
        let text = """
            Årsmötet valde i enlighet med valberedningens förslag:

            Styrelseledamöter, 2 år\t\tJenny Söderholm (omval)
            Mattias Ek (nyval)
            Kvarstår 1 år\t\t\tPia Granberg, Hans Ölund
            Revisorer, 1 år\t\t\tGösta Hellman (omval)
            Ulla Ek (1 år kvar)

            Valberedningen valdes på förslag från mötet:
            Valberedning, 1 år\t\tMaj-Britt Öst, sammankallande (omval)
            Roger Lindkvist (nyval)
            """
        let blocks = text.components(separatedBy: "\n\n").map { DecisionParser.Block(lines: $0.components(separatedBy: "\n")) }
        let found = DecisionParser.decisions(in: [(nil, .other, blocks)], meetingYear: 2025, body: "Årsmötet")
        #expect(found.map(\.clauses) == [
            ["Styrelseledamöter, 2 år: Jenny Söderholm (omval)", "Styrelseledamöter, 2 år: Mattias Ek (nyval)", "Revisorer, 1 år: Gösta Hellman (omval)"],
            ["Valberedning, 1 år: Maj-Britt Öst, sammankallande (omval)", "Valberedning, 1 år: Roger Lindkvist (nyval)"],
        ])
        #expect(found.first?.decidedBy == "Årsmötet")
        // The lead sentence is no "<organ>s förslag" rubric.
        #expect(SectionHeading.parse("Årsmötet valde i enlighet med valberedningens förslag:") == nil)
        #expect(SectionHeading.parse("Barn- och utbildningsnämndens förslag")?.role == .narrative)
        #expect(SectionHeading.parse("Tekniska nämndens beslut")?.role == .decision)
    }

    /// A kommunalförbund decides "för egen del" and proposes to its members' councils in one Beslut,
    /// each with numbered items and no blank line between: two decisions, the second a proposal.
    @Test func ownDecisionAndProposalToOtherOrgansInOneSection() {
        let found = sections([("Beslut", .decision, """
            Direktionen beslutar för egen del
            1. Förslaget till budget 2026 godkänns och överlämnas till medlemskommunerna.
            2. Förbundschefen får i uppdrag att fördela budgetramen på verksamhetsnivå.
            Direktionen föreslår medlemskommunernas fullmäktige att besluta
            1. Gymnasieförbundets budget för 2026 godkänns.
            2. Den ekonomiska planen för 2027–2028 noteras.
            """)])
        #expect(found.count == 2)
        #expect(found.map(\.clauses.count) == [2, 2])
        #expect(found.first?.proposedTo == nil)
        #expect(found.last?.proposedTo == "Medlemskommunernas fullmäktige")
        #expect(found.last?.decidedBy == "Direktionen")
    }

    func sections(_ parts: [(String?, SectionHeading.Role, String)]) -> [Decision] {
        let sections = parts.map { heading, role, text in
            (heading: heading, role: role, blocks: text.components(separatedBy: "\n\n").map { DecisionParser.Block(lines: $0.components(separatedBy: "\n")) })
        }
        return DecisionParser.decisions(in: sections, meetingYear: 2021)
    }

    @Test func adoptingTheProposalTakesItsClauses() {
        let proposal = "Kultur- och fritidsförvaltningen föreslår att nämnden beslutar\natt godkänna uppföljningen, och\natt överlämna den till kommunstyrelsen."
        for decision in ["Nämnden beslutar enligt förvaltningens förslag.", "Nämnden beslutar enligt förslaget.", "Nämnden bifaller förslaget."] {
            let found = sections([("Förslag till beslut", .narrative, proposal), ("Beslut", .decision, decision)])
            #expect(found.map(\.clauses) == [["godkänna uppföljningen", "överlämna den till kommunstyrelsen"]], "\(decision)")
        }
        // The proposal in running text: the clauses after "beslutar".
        let prose = sections([("Förvaltningens förslag till beslut", .narrative, "Nämnden föreslås besluta att anta taxan."), ("Beslut", .decision, "Enligt förvaltningens förslag.")])
        #expect(prose.map(\.clauses) == [["anta taxan"]])
    }

    @Test func anAmendmentToTheAdoptedProposalIsAClause() {
        let found = sections([("Förslag till beslut", .narrative, "att fastställa kollekterna enligt bilaga 2."),
                              ("Beslut", .decision, "Kyrkorådet beslutar enligt förslaget med den ändringen att kollekten den 21 april tillfaller diakonifonden.")])
        #expect(found.first?.clauses == ["fastställa kollekterna enligt bilaga 2", "med den ändringen att kollekten den 21 april tillfaller diakonifonden"])
    }

    @Test func anotherOwnersProposalOrAYrkandeIsNotAdopted() {
        // The decision names the förvaltning; the only proposal is the arbetsutskott's.
        let other = sections([("Arbetsutskottets förslag", .narrative, "att anta taxan."), ("Beslut", .decision, "Nämnden beslutar enligt förvaltningens förslag.")])
        #expect(other.map(\.clauses) == [[]])
        let yrkande = sections([("Förslag till beslut", .narrative, "att anta taxan."), ("Beslut", .decision, "Nämnden bifaller Lindhs yrkande.")])
        #expect(yrkande.allSatisfy { $0.clauses.isEmpty })
        // A decision with clauses of its own keeps them.
        let own = sections([("Förslag till beslut", .narrative, "att anta taxan."), ("Beslut", .decision, "Nämnden beslutar enligt förslaget att anta taxan med ändringen att avgiften blir 50 kr.")])
        #expect(own.first?.clauses.first?.hasPrefix("anta taxan med ändringen") == true)
    }

    @Test func aDecisionThatQuotesAnEarlierOneInItsClausesIsStillADecision() {
        let found = decisions("Efter diskussion beslöt styrelsen att anta anbudet, att finansiera arbetet i enlighet med stämmans beslut 2023-03-19, § 11, samt att teckna avtalet.")
        #expect(found.map(\.decidedBy) == ["Styrelsen"])
        #expect(found.first?.clauses.count == 3)
        // Reports of earlier meetings stay references.
        #expect(decisions("Årsmötet 1994 beslöt att frågan skulle tas upp när ekonomin tillåter.").isEmpty)
        #expect(decisions("Vid det mötet beslutades att ta in tre offerter.").isEmpty)
        #expect(decisions("Nämnden beslutade den 14 november 2023, § 98, att ge förvaltningen i uppdrag att se över riktlinjerna.").isEmpty)
    }

    @Test func linkingWordsBeforeTheAdoptedProposal() {
        let found = decisions("Stämman beslutade därmed i enlighet med styrelsens förslag\n• att ta upp ett lån,\n• att teckna avtal med byggfirman.")
        #expect(found.first?.clauses == ["ta upp ett lån", "teckna avtal med byggfirman"])
    }

    @Test func theOrganOfTheRubricDecidesANumberedListWithoutVerb() {
        let found = DecisionParser.decisions(
            in: [("Arbetsutskottets beslut", .decision,
                  [DecisionParser.Block(lines: ["1. Arbetsutskottet avger yttrande till Trafikverket enligt bilaga 2.", "2. Paragrafen förklaras omedelbart justerad."])])],
            meetingYear: 2024, body: "Regionstyrelsens arbetsutskott")
        #expect(found.map(\.decidedBy) == ["Arbetsutskottet"])
        #expect(found.first?.clauses.count == 2)
    }

    /// "Dagordningen fastställs." under "Kommunfullmäktiges beslut": the rubric names who decided.
    @Test func theOrganOfTheRubricDecidesAPassiveFormula() {
        let found = decisions("Dagordningen fastställs.", heading: "Kommunfullmäktiges beslut", role: .decision)
        #expect(found.map(\.decidedBy) == ["Kommunfullmäktige"])
        #expect(decisions("Dagordningen fastställs.", heading: "Beslut", role: .decision).map(\.decidedBy) == [nil])
    }

    @Test func aProposalToAnotherOrganIsDecidedByTheProposingOrgan() {
        let found = DecisionParser.decisions(
            in: [("Kommunstyrelsens förslag till kommunfullmäktige", .narrative,
                  [DecisionParser.Block(lines: ["Kommunfullmäktige beslutar att godkänna investeringen."])])],
            meetingYear: 2024, body: "Kommunstyrelsen")
        #expect(found.map(\.decidedBy) == ["Kommunstyrelsen"])
        #expect(found.map(\.proposedTo) == ["Kommunfullmäktige"])
    }

    /// "Kommunstyrelsen föreslår kommunfullmäktige besluta att …" under the Beslut rubric: the
    /// meeting decided a proposal, and the final word is kommunfullmäktige's. Its own decision in
    /// the same section is final.
    @Test func aProposalSentenceNamesTheOrganThatDecidesLast() {
        let text = "Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna delårsrapporten.\n\nKommunstyrelsen beslutar för egen del att ge kommundirektören i uppdrag att följa upp."
        let found = decisions(text, heading: "Beslut", role: .decision)
        #expect(found.map(\.proposedTo) == ["Kommunfullmäktige", nil])
        #expect(found.map(\.decidedBy) == ["Kommunstyrelsen", "Kommunstyrelsen"])
        #expect(DecisionParser.proposalReceiver(ofHeading: "Arbetsutskottets förslag till regionstyrelsen") == "Regionstyrelsen")
        #expect(DecisionParser.proposalReceiver(ofHeading: "Förslag till beslut") == nil)
    }

    /// "… i enlighet med förslaget:" over an aligned table: each row elected now is a clause; the
    /// header and "1 år kvar" are not.
    @Test func anElectionTableAfterAnOpenDecision() {
        let text = """
            Stämman beslöt att välja styrelse i enlighet med förslaget:

               Uppdrag           Namn                  Mandattid        Anm.
               Ordförande        Ingela Myrberg        1 år             omval
               Kassör            Lars Wiik             1 år kvar
               Ledamot           Per Sahlin            2 år             nyval
            """
        let found = decisions(text)
        #expect(found.first?.clauses == ["Ordförande: Ingela Myrberg, 1 år, omval", "Ledamot: Per Sahlin, 2 år, nyval"])
    }

    @Test func aProposalReportedInThePerfectIsNoDecision() {
        #expect(decisions("Styrelsen har i sitt yttrande föreslagit att motionen avslås med hänvisning till kostnaden.").isEmpty)
    }

    @Test func anElectionListUnderAValTitle() {
        let lines = ["Ledamöter (2 år): Patrik Holmgren (omval), Sofia Nordström (nyval)", "Kvarstående ledamöter (1 år kvar): Hanna Lund",
                     "Avgående: Bertil Ahl har avböjt omval."]
        #expect(ElectionList.decisions(title: "Val av övriga ledamöter", lines: lines).map(\.text) == [lines[0]])
        #expect(ElectionList.decisions(title: "Ekonomi", lines: lines).isEmpty)
    }

    @Test func moreWaysToDecide() {
        #expect(decisions("Årsmötet gav styrelsen i uppdrag att utse ombud.").map(\.decidedBy) == ["Årsmötet"])
        #expect(decisions("Stämman uppdrog åt verkställande direktören att anmäla bolagsordningen.").map(\.decidedBy) == ["Stämman"])
        #expect(decisions("Motionen remitteras till kommunstyrelsen för beredning.").count == 1)
        #expect(decisions("Karolina berättade om föreskrifter som remitteras till kommunerna under våren.").isEmpty)
        #expect(decisions("Mötet förklarades beslutsmässigt.").count == 1)
        #expect(decisions("Stämman beslutade med acklamation att anta ändringen av stadgarna.").first?.clauses == ["anta ändringen av stadgarna"])
    }

    @Test func aWordEndingInSkaIsNoFutureTense() {
        // "ska " (future: no decision) must not be found inside "ekonomiska ".
        #expect(decisions("Styrelsen godkände den ekonomiska rapporten.").map(\.decidedBy) == ["Styrelsen"])
    }

    @Test func subjectBeslutarFollowedByAttLines() {
        let found = decisions("Primärkommunala nämnden beslutar\n\natt godkänna utredningen och\n\natt rekommendera kommunerna att följa förslaget.", heading: "Beslut", role: .decision)
        #expect(found.count == 1)
        #expect(found.first?.decidedBy == "Primärkommunala nämnden")
        #expect(found.first?.clauses == ["godkänna utredningen", "rekommendera kommunerna att följa förslaget"])
    }

    @Test func passiveFormulasAreDecisionsWithoutDecider() {
        for sentence in ["Dagordningen godkännes.", "Föredragningslistan fastställs enligt utsänt förslag.", "Informationen läggs med godkännande till handlingarna.", "Till justerare utses Berry Lilja.", "Motionen anses besvarad.", "Ärendet återremitteras till kommunstyrelsen."] {
            let found = decisions(sentence)
            #expect(found.count == 1, "\(sentence)")
            #expect(found.first?.decidedBy == nil)
            #expect(found.first?.clauses == [])
        }
    }

    /// Under a Beslut rubric, after a first decision, "Startbesked ges …" decides too; the same
    /// passive outside a decision section ("Information ges av …") reports.
    @Test func aSecondPassiveSentenceUnderTheBeslutRubric() {
        let text = "Nämnden beviljar bygglov med stöd av 9 kap. 30 § plan- och bygglagen.\nStartbesked ges samtidigt med stöd av 10 kap. 23 § plan- och bygglagen.\n\nSom kontrollansvarig godtas Lars Öhman."
        let found = decisions(text, heading: "Beslut", role: .decision)
        #expect(found.map(\.text) == ["Nämnden beviljar bygglov med stöd av 9 kap. 30 § plan- och bygglagen.",
                                       "Startbesked ges samtidigt med stöd av 10 kap. 23 § plan- och bygglagen.",
                                       "Som kontrollansvarig godtas Lars Öhman."])
        #expect(decisions("Information ges av förvaltningschefen om budgetläget.").isEmpty)
        #expect(decisions("Information ges av förvaltningschefen.", heading: "Beslut", role: .decision).count == 1, "the whole section")
    }

    /// Word exports number a list "1.<TAB>…": each item is a clause of the section's decision.
    @Test func aNumberedListWithTabsUnderTheBeslutRubric() {
        let found = decisions("1.\tSocialnämnden godkänner uppföljningen per april 2024.\n2.\tUppföljningen överlämnas till kommunstyrelsen.",
                              heading: "Socialnämndens beslut", role: .decision)
        #expect(found.count == 1)
        #expect(found.first?.clauses == ["Socialnämnden godkänner uppföljningen per april 2024", "Uppföljningen överlämnas till kommunstyrelsen"])
    }

    /// ", och att" on the line a clause wrapped onto starts the next clause.
    @Test func aSecondClauseStartsOnAWrappedLine() {
        let found = decisions("att strategin ska ha tre målområden (trygghet, tillgänglighet och\nhälsa), och att ett separat avsnitt om vinterväghållning tas med.",
                              heading: "Beslut", role: .decision)
        #expect(found.first?.clauses == ["strategin ska ha tre målområden (trygghet, tillgänglighet och hälsa)", "ett separat avsnitt om vinterväghållning tas med"])
    }

    @Test func decisionWithoutAttAndAnInnerAttThatIsNoClause() {
        let found = decisions("Styrelsen tillstyrker förslag till samarbetsavtal justerat att gälla tom 2011-12-31.")
        #expect(found.first?.decidedBy == "Styrelsen")
        #expect(found.first?.clauses == [])
        #expect(decisions("Styrelsen beslutar enligt ledningsgruppens förslag samt inbjuder till återkoppling.").count == 1)
    }

    /// A period ("under perioden 2024-03-01 – 2024-03-31") dates no decision.
    @Test func aPeriodIsNoDecisionDate() {
        #expect(ReferenceParser.reference(
            in: "Redovisning av beslut fattade med stöd av delegation under perioden 2024-03-01 – 2024-03-31, beslutade av handläggare.",
            meetingYear: 2024, narrative: true) == nil)
        #expect(ReferenceParser.reference(
            in: "Regionfullmäktige beslutade den 13 februari 2024, § 14, att remittera motionen.", meetingYear: 2024, narrative: true)?.date == "2024-02-13")
    }

    @Test func earlierDecisionsAreReferencesNotDecisions() {
        let sentence = "Primärkommunala nämnden beslutade den 8 november 2013 att ställa sig positiva till förslaget."
        #expect(decisions(sentence).isEmpty)
        let reference = ReferenceParser.reference(in: sentence, meetingYear: 2014, narrative: false)
        #expect(reference?.body == "Primärkommunala nämnden")
        #expect(reference?.date == "2013-11-08")
        // An organ and where it is; the organ a relative clause says decided.
        #expect(ReferenceParser.reference(in: "Styrelsen beslutade därför den 8 mars 2024 att omsätta lånet.", meetingYear: 2024, narrative: false)?.date == "2024-03-08")
        #expect(ReferenceParser.reference(in: "Stiftsstyrelsen i Skara stift beslutade den 3 april 2024 att bevilja ersättning.",
                                          meetingYear: 2024, narrative: false)?.body == "Stiftsstyrelsen i Skara stift")
        #expect(ReferenceParser.reference(in: "Per Lind rapporterade från arbetsutskottet, som den 3 september 2024 beslutade att anta en plan.",
                                          meetingYear: 2024, narrative: false)?.body == "Arbetsutskottet")
        // Past tense with the date inside the decision's content is this meeting's decision.
        #expect(decisions("Styrelsen beslutade att höja avgiften från och med den 1 juli 2023.").count == 1)
        // A year the accounts cover ("för 2018") dates no earlier meeting; "Årsmötet 1994 beslöt" does.
        #expect(decisions("Stämman fastställde resultat- och balansräkningen för 2018 och beslöt att årets överskott balanseras i ny räkning.").count == 1)
        #expect(ReferenceParser.reference(in: "Årsmötet 1994 beslöt att bilda en fiskevårdsgrupp.", meetingYear: 2019, narrative: false) != nil)
        // The result of this meeting's vote, in the perfect tense, quotes no earlier decision.
        #expect(ReferenceParser.reference(
            in: "Med 3 ja-röster mot 3 nej-röster och med ordförandens utslagsröst har direktionen beslutat att bifalla förslaget.",
            meetingYear: 2025, narrative: false) == nil)
        // An earlier decision cited with its result and its date stays a reference.
        #expect(ReferenceParser.reference(
            in: "Kommunfullmäktige beslutade 2023-06-12, § 45, med 31 röster mot 30 att anta planen.",
            meetingYear: 2025, narrative: false)?.date == "2023-06-12")
    }

    /// Another organ's or an authority's decision named by the noun and dated, without a § to cite.
    @Test func aDatedDecisionNamedByTheNounIsAReference() {
        func cited(_ sentence: String) -> (String?, String?)? {
            ReferenceParser.decisionNoun(in: sentence, folded: sentence.folded, meetingYear: 2025).map { ($0.body, $0.date) }
        }
        #expect(cited("Området omfattas av utvidgat strandskydd enligt länsstyrelsens beslut 2014-10-01.") ?? (nil, nil) == ("Länsstyrelsen", "2014-10-01"))
        #expect(cited("Länsstyrelsen, beslut 2025-04-15 om överklagat bygglov.") ?? (nil, nil) == ("Länsstyrelsen", "2025-04-15"))
        #expect(cited("XX har överklagat socialnämndens beslut den 22 juli 2025 om avslag.") ?? (nil, nil) == ("Socialnämnden", "2025-07-22"))
        // Undated, or no organ before the noun: nothing cited.
        #expect(cited("Nämndens beslut gäller omedelbart.") == nil)
        #expect(cited("Ett beslut 2025-04-15 fattades.") == nil)
        // "den 25 maj 2023 (§ 17)": the § in parentheses; the meeting before the date cited it, not
        // the sentence's subject.
        #expect(ReferenceParser.citation(in: "Styrelsen påminde om att föregående stämma den 25 maj 2023 (§ 17) gav styrelsen i uppdrag.",
                                         meetingYear: 2024).map { [$0.body, $0.date] } == ["Stämman", "2023-05-25"])
    }

    @Test func aDateWithAParagraphNumberCitesAnEarlierDecision() {
        func cited(_ sentence: String) -> (String?, String?)? {
            ReferenceParser.citation(in: sentence, meetingYear: 2023).map { ($0.body, $0.date) }
        }
        #expect(cited("Ombudet meddelade att kommunfullmäktige i Älvbacka kommun den 17 april 2023, § 38, beslutat om instruktion.")
            ?? (nil, nil) == ("Kommunfullmäktige", "2023-04-17"))
        #expect(cited("Miljö- och byggnämnden föreslog 2023-05-10, § 61, en timavgift om 1 240 kronor.")
            ?? (nil, nil) == ("Miljö- och byggnämnden", "2023-05-10"))
        #expect(cited("Kommunfullmäktige remitterade motionen till kommunstyrelsen 2023-10-30, § 131.")
            ?? (nil, nil) == ("Kommunfullmäktige", "2023-10-30"))
        #expect(cited("Kommunstyrelsens arbetsutskott 2018-09-04, § 86") ?? (nil, nil) == ("Kommunstyrelsens arbetsutskott", "2018-09-04"))
        #expect(cited("enligt stämmans beslut 2023-03-19, § 11") ?? (nil, nil) == ("Stämman", "2023-03-19"))
        // The organ's abbreviation between the date and the sign.
        #expect(cited("Kommunstyrelsens protokoll 2024-11-05, KS § 185") ?? (nil, nil) == ("Kommunstyrelsen", "2024-11-05"))
        // A date without a §, or a § without a date, cites nothing.
        #expect(cited("Nämnden informerades den 12 maj 2023 om läget.") == nil)
        #expect(cited("Ärendet behandlades under § 38.") == nil)
        // A past passive that cites is the earlier decision, not one of this meeting.
        #expect(decisions("Ändringen antogs första gången vid ordinarie årsmöte den 19 mars 2023, § 14.").isEmpty)
        #expect(decisions("Motionen anses besvarad med hänvisning till kommunstyrelsens beslut 2023-06-05, § 98.").count == 1)
    }

    @Test func recipientsOneALineKeepTheirCommas() {
        #expect(ParagraphParser.recipientList(["Verksamhetschef, Lindeby lasarett", "Regionstyrelsen, för kännedom", "Akten"])
            == ["Verksamhetschef, Lindeby lasarett", "Regionstyrelsen, för kännedom", "Akten"])
        #expect(ParagraphParser.recipientList(["Kommunstyrelsen, ekonomiavdelningen"]) == ["Kommunstyrelsen", "ekonomiavdelningen"])
        // Places that share the plural after them are one recipient.
        #expect(ParagraphParser.recipientList(["Kommunfullmäktige i Siljebo, Tärnås och Ljungmora kommuner", "Förbundets revisorer"])
            == ["Kommunfullmäktige i Siljebo, Tärnås och Ljungmora kommuner", "Förbundets revisorer"])
        #expect(ParagraphParser.recipientList(["Kommunstyrelsen, Barn- och utbildningsnämnden, samtliga nämnder"]).count == 3)
    }

    /// A note of the meeting after the list is not a recipient; an abbreviation in a recipient is
    /// no sentence end.
    @Test func aNoteAfterTheRecipientsIsNoRecipient() {
        let lines = ["Förvaltningsrätten", "Ägaren till Söderboda 3:12 (rek. + besvärshänvisning)", "",
                     "Ulf Gröndahl (KD) lämnar sammanträdet efter § 49. Lisbeth Norén (KD) tjänstgör från och med § 50."]
        #expect(ParagraphParser.recipientList(lines) == ["Förvaltningsrätten", "Ägaren till Söderboda 3:12 (rek. + besvärshänvisning)"])
    }

    @Test func proposalsAndNarrativeAreNotDecisions() {
        #expect(decisions("Styrelsen föreslog att motionen bifalls och att installationen finansieras genom en avgift.").isEmpty)
        #expect(decisions("Arbetsutskottet föreslår kommunstyrelsen besluta att anta riktlinjerna.").isEmpty)
        #expect(decisions("Kommunstyrelsen beslutar att anta riktlinjerna.", heading: "Förslag till beslut", role: .narrative).isEmpty)
        #expect(decisions("Ordföranden hälsar välkommen till dagens sammanträde.").isEmpty)
        #expect(decisions("Revisorn läste upp berättelsen, som tillstyrker att styrelsen beviljas ansvarsfrihet.").isEmpty)
    }

    @Test func invertedWordOrderAfterAVote() {
        let found = decisions("Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen att bifalla förslaget.")
        #expect(found.first?.decidedBy == "Kommunstyrelsen")
        #expect(found.first?.clauses == ["bifalla förslaget"])
    }
}

@Suite struct HeadingTests {
    @Test(arguments: [
        ("§ 52", "52", ""), ("§52", "52", ""), ("§ 52 Budget 2019", "52", "Budget 2019"), ("KF § 102 Motion", "102", "Motion"),
        ("§ 52/2019", "52", ""), ("## § 3 Mötets öppnande", "3", "Mötets öppnande"),
        // OCR's "$" for a "§" alone on its line.
        ("                          $ 7.", "7", ""),
        // OCR's "l" for a one, alone or among digits.
        ("§ l. MÖTETS ÖPPNANDE.", "1", "MÖTETS ÖPPNANDE."), ("§ 1O. ÖVRIGA FRÅGOR.", "10", "ÖVRIGA FRÅGOR."),
        // A lettered sub-paragraph.
        ("§ 13 a Motion från Höörs OK", "13a", "Motion från Höörs OK"), ("§ 13 b) Motion om sprint", "13b", "Motion om sprint"),
    ])
    func paragraphHeadings(line: String, number: String, rest: String) {
        let heading = ParagraphHeading.parse(line)
        #expect(heading?.number == number)
        #expect(heading?.rest == rest)
    }

    /// Rubrics that introduce the recipients, the date of dispatch included.
    @Test(arguments: ["Expedieras till", "Beslutet skickas till:", "Expedierat 2024-09-19 till", "Exp. 2024-09-11", "Utdrag:"])
    func recipientRubrics(line: String) {
        #expect(SectionHeading.parse(line)?.role == .recipients)
    }

    /// An action list ("**Att göra**") is no att-clause and holds no decision.
    @Test(arguments: ["**Att göra**", "Att göra:", "Åtgärdslista"])
    func actionListRubrics(line: String) {
        #expect(SectionHeading.parse(line)?.role == .narrative)
    }

    @Test(arguments: ["§§ 15 - 26", "§ 5 i stadgarna anger att", "$ 7 per timme", "$ 2024", "§ 12 Budget ........ 4", "enligt § 5",
                      "§ 88). Prognosen för helåret är –96 miljoner kronor.", "§ 14; beslutet gäller",
                      "§ 1–3  § 4    § 5    § 6    § 7–11"])
    func notParagraphHeadings(line: String) {
        #expect(ParagraphHeading.parse(line) == nil)
    }

    /// A table's row "§ 4   Stadgeändring   § 12 i stadgarna ändras …": a heading, its decision citing a §.
    @Test func aHeadingRowWhoseDecisionCitesASection() {
        #expect(ParagraphHeading.parse("§ 4   Stadgeändring, andra läsning      § 12 i stadgarna ändras enligt bilaga 1.")?.number == "4")
    }

    /// "§§ 52–60, 62–63" on an anslag: the range from first to last; a date after the §§ is none.
    @Test func aRangeOfSeveralParts() {
        #expect(Structure.spanningNumbers("§§ 52–60, 62–63").map { [$0.first, $0.last] } == [52, 63])
        #expect(Structure.spanningNumbers("§§ 12–18, 2024-05-12").map { [$0.first, $0.last] } == [12, 18])
    }

    @Test func caseNumbers() {
        #expect(CaseNumber.labelled(in: "Dnr 2010.009-7")?.value == "2010.009-7")
        #expect(CaseNumber.labelled(in: "Norrlandslänens samarbete ASO Dnr 2007.030-6")?.value == "2007.030-6")
        #expect(CaseNumber.labelled(in: "DNR: KU.2017.3")?.value == "KU.2017.3")
        // "Ärende" is a label only before a value shaped like a case number.
        #expect(CaseNumber.labelled(in: "Avtal om service     Ärende ÖE 2025/014")?.value == "ÖE 2025/014")
        #expect(CaseNumber.labelled(in: "Ärendenummer 2024/118")?.value == "2024/118")
        #expect(CaseNumber.labelled(in: "med ändringen att ärende 8, Försäljning av fastigheten, utgår") == nil)
        #expect(CaseNumber.labelled(in: "Diarienummer 00322/2026")?.value == "00322/2026")
        #expect(CaseNumber.labelled(in: "Dnr KS 2018/14")?.value == "KS 2018/14")
        #expect(CaseNumber.looksLikeBareCaseNumber("KS/2011:286"))
        #expect(!CaseNumber.looksLikeBareCaseNumber("2014-04-25"))
    }

    @Test func genitiveBodyToNominative() {
        #expect(HeaderParser.bodyInPhrase("Protokoll från Primärkommunala nämndens sammanträde") == "Primärkommunala nämnden")
        #expect(HeaderParser.bodyInPhrase("Kommunstyrelsens sammanträde 2018-09-18") == "Kommunstyrelsen")
        #expect(HeaderParser.bodyInPhrase("Styrelsemöte, Kommunförbundet Västernorrland") == "Styrelsen")
        #expect(HeaderParser.bodyInPhrase("Protokoll kommunala pensionärsrådet (KPR)") == "Kommunala pensionärsrådet")
        #expect(HeaderParser.bodyInPhrase("Protokoll fört vid ordinarie föreningsstämma i Brf Lärkträdet") == "Föreningsstämman")
        #expect(HeaderParser.sentenceCase("JÖNKÖPINGS LÄN") == "Jönköpings län")
    }

    /// An organ in a list of people says where a guest comes from; it is not the meeting's body.
    @Test func anOrganInTheAttendanceIsNoBody() {
        let lines = [
            "Datum: 2025-03-23",
            "Närvarande: 31 medlemmar. Dessutom deltog konsulent Mirja Lantto, Länsstyrelsen, under punkt 18.",
            "Kultur- och fritidsnämnden, Ljungsåsa kommun",
        ].enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        #expect(HeaderParser.body(lines[...], title: "Protokoll") == "Kultur- och fritidsnämnden")
    }

    /// "Protokollet från styrelsemötet den 8 maj 2023 gicks igenom": the minutes of an earlier
    /// meeting cite it, with the organ that met ("styrelsemötet" is the styrelse's, "årsmötet" an organ).
    @Test func theMinutesOfAnEarlierMeetingAreAReference() {
        func cited(_ sentence: String) -> [String?]? {
            ReferenceParser.earlierMinutes(in: sentence, folded: sentence.folded, meetingYear: 2024).map { [$0.body, $0.date] }
        }
        #expect(cited("Protokollet från styrelsemötet den 8 maj 2023 gicks igenom.") == ["Styrelsen", "2023-05-08"])
        #expect(cited("Protokollet från kårstyrelsemöte 2024:3 (13 februari 2024) är justerat.") == ["Kårstyrelsen", "2024-02-13"])
        #expect(cited("Protokollet från styrelsens sammanträde den 17 januari 1978 (§§ 1—30) föredrogs.") == ["Styrelsen", "1978-01-17"])
        #expect(cited("c) protokoll från tandvårdsnämnden den 13.1.1978.") == ["Tandvårdsnämnden", "1978-01-13"])
        #expect(cited("Det justerade protokollet från årsmötet den 25 februari 2024 delades ut.") == ["Årsmötet", "2024-02-25"])
        #expect(cited("Protokollet från föregående möte lades till handlingarna.") == nil)
        // A compound that names no organ keeps the meeting's own name.
        #expect(cited("Protokollet från budgetmötet den 5 november 2023 lades till handlingarna.") == ["Budgetmötet", "2023-11-05"])
        // Numbered minutes of "sammanträdet" are this body's own.
        let own = "Protokoll nr 3/2025 från sammanträdet den 24 april 2025 gicks igenom."
        #expect(ReferenceParser.earlierMinutes(in: own, folded: own.folded, meetingYear: 2025, ownBody: "Styrelsen").map { [$0.body, $0.date] }
            == ["Styrelsen", "2025-04-24"])
        // The organ that opens an att-clause before the verb decided.
        let reported = "Vidare anmäldes att styrelsen den 20 maj 2025 per capsulam beslutat att godkänna villkoren."
        #expect(ReferenceParser.reference(in: reported, meetingYear: 2025, narrative: false).map { [$0.body, $0.date] } == ["Styrelsen", "2025-05-20"])
    }

    /// "**Vindelå studentkår** – Kårstyrelsen": a dash in the letterhead stands between the
    /// organisation and its organ.
    @Test func aDashSeparatesOrganisationAndOrgan() {
        let lines = ["# Protokoll kårstyrelsemöte 2024:4", "", "**Vindelå studentkår** – Kårstyrelsen", "Org.nr 802999-0417"].enumerated()
            .map { SourceLine(number: $0.offset + 1, text: $0.element) }
        #expect(HeaderParser.body(lines[...], title: "Protokoll kårstyrelsemöte 2024:4") == "Kårstyrelsen")
        #expect(HeaderParser.organisation(lines[...], title: "Protokoll kårstyrelsemöte 2024:4") == "Vindelå studentkår")
        // A dash inside a name splits nothing.
        #expect(HeaderParser.splitAtSpacedDash("Malung - Sälens kommun") == ["Malung - Sälens kommun"])
        #expect(HeaderParser.splitAtSpacedDash("Stiftelsen Hem - Skola - Samhälle") == ["Stiftelsen Hem - Skola - Samhälle"])
    }
}


@Suite struct DocumentListReferenceTests {
    /// "Beslutsunderlag" and bulleted lists name one document a line: each cites alone.
    @Test func eachLineOfABeslutsunderlagIsReadAlone() {
        let text = """
            Beslutsunderlag
            Tjänsteskrivelse från ekonomichefen 2024-03-18
            Kommunstyrelsens arbetsutskott 2024-04-02, § 58
            """
        let heading = ParagraphParser.Heading(number: "12", rest: "Budget", lineIndex: 0, isPoint: false, line: 1)
        let lines = text.components(separatedBy: "\n").enumerated().map { SourceLine(number: $0.offset + 2, text: $0.element) }
        let paragraph = ParagraphParser.parse(heading: heading, body: lines[...], meetingYear: 2024, isPoint: false, organ: "Kommunstyrelsen")
        #expect(paragraph.references.map(\.text) == ["Kommunstyrelsens arbetsutskott 2024-04-02, § 58"])
    }
}

@Suite struct DecisionRubricTests {
    func paragraph(_ text: String, organ: String) -> Paragraph {
        let heading = ParagraphParser.Heading(number: "89", rest: "Hjortnäs 1:27 – Förhandsbesked", lineIndex: 0, isPoint: false, line: 1)
        let lines = text.components(separatedBy: "\n").enumerated().map { SourceLine(number: $0.offset + 2, text: $0.element) }
        return ParagraphParser.parse(heading: heading, body: lines[...], meetingYear: 2025, isPoint: false, organ: organ)
    }

    /// A bygglov § as a PDF export gives it: rubrics with no blank line around them. The body decides
    /// with a verb of its own ("ger … förhandsbesked"), a passive sentence follows; "Beskrivning av
    /// ärendet" and "Beslutsgång" are narrative and end the decision.
    @Test func theBodyActingUnderBeslutDecidesAndTheNextRubricEndsIt() {
        let p = paragraph("""
            Beslut
            Miljö- och byggnadsnämnden ger positivt förhandsbesked enligt 9 kap. 17 § PBL för
            nybyggnad av ett fritidshus på den föreslagna platsen. Avgiften fastställs till 9 120 kronor.
            Beskrivning av ärendet
            Förvaltningen har föreslagit positivt förhandsbesked. Nämnden beviljade förra året ett liknande.
            Beslutsgång
            Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag.
            """, organ: "Miljö- och byggnadsnämnden")
        #expect(p.decisions.map(\.text) == [
            "Miljö- och byggnadsnämnden ger positivt förhandsbesked enligt 9 kap. 17 § PBL för nybyggnad av ett fritidshus på den föreslagna platsen.",
            "Avgiften fastställs till 9 120 kronor.",
        ])
        #expect(p.decisions.first?.decidedBy == "Miljö- och byggnadsnämnden")
        #expect(p.sections.map(\.heading) == ["Beslut", "Beskrivning av ärendet", "Beslutsgång"])
        // After the first decision the body's comment is no decision of its own.
        #expect(paragraph("Beslut\nNämnden beviljar bygglov. Nämnden ser allvarligt på att arbetet påbörjats.", organ: "Miljö- och byggnadsnämnden")
            .decisions.map(\.text) == ["Nämnden beviljar bygglov."])
        // A passive statement of how the decision applies is part of it; a task for someone is not.
        #expect(paragraph("Beslut\nFöreningen beviljas ett bidrag om 85 000 kronor. Bidraget betalas ut mot uppvisande av kvitton.", organ: "Kultur- och fritidsnämnden")
            .decisions.map(\.text) == ["Föreningen beviljas ett bidrag om 85 000 kronor. Bidraget betalas ut mot uppvisande av kvitton."])
        #expect(paragraph("Beslut\nStyrelsen bordlade frågan. Jesper begär in en ny offert.", organ: "Styrelsen")
            .decisions.map(\.text) == ["Styrelsen bordlade frågan."])
    }

    /// An arbetsutskott's minutes with no Beslut rubric: its own proposal after "Ärendet" or after
    /// "Yrkanden" is its resolution, sent to the first organ named; under "Förslag till beslut" the
    /// same words are the draft.
    @Test func theBodysOwnProposalAfterANarrativeRubric() {
        let p = paragraph("""
            Ärendet
            Kommunfullmäktige gav den 16 december 2024, § 187, kommunstyrelsen i uppdrag att ta fram en förstudie.

            Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen föreslå kommunfullmäktige besluta
            att godkänna förstudien,
            att bevilja en investeringsram om 68,5 miljoner kronor.
            """, organ: "Kommunstyrelsens arbetsutskott")
        #expect(p.decisions.map(\.proposedTo) == ["Kommunstyrelsen"])
        #expect(p.decisions.first?.clauses.count == 2)
        let draft = paragraph("""
            Förslag till beslut
            Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta
            att godkänna förstudien.
            """, organ: "Kommunstyrelsens arbetsutskott")
        #expect(draft.decisions.isEmpty)
    }

    /// A template without a Beslut rubric ends its last describing section with the decision. The
    /// body deciding there decides; a dated decision in the same place is only cited, and under
    /// "Förslag till beslut" nothing is decided.
    @Test func aClosingDecisionUnderADescribingRubric() {
        let p = paragraph("""
            Bakgrund

            Bolagets avtal om teknisk förvaltning löper ut den 30 juni.

            Jäv

            Peter Ljungqvist har anmält jäv och har inte deltagit i beslutet.

            Avvikande mening

            Maj Hägglund har meddelat att hon inte biträder förslaget.

            Styrelsen beslutade, med fyra röster mot en (Maj Hägglund), och utan deltagande av Peter Ljungqvist,

            att godkänna avtalet, och

            att uppdra åt verkställande direktören att följa upp avtalet.

            Reservation: Maj Hägglund reserverade sig mot beslutet.
            """, organ: "Styrelsen")
        #expect(p.decisions.map(\.clauses) == [["godkänna avtalet", "uppdra åt verkställande direktören att följa upp avtalet"]])
        #expect(p.decisions.map(\.decidedBy) == ["Styrelsen"])
        let history = paragraph("Bakgrund\n\nStyrelsen beslutade den 6 december 2023 att genomföra stambyte.", organ: "Styrelsen")
        #expect(history.decisions.isEmpty)
        #expect(history.references.map(\.date) == ["2023-12-06"])
        let draft = paragraph("Förslag till beslut\n\nStyrelsen beslutar att godkänna avtalet.", organ: "Styrelsen")
        #expect(draft.decisions.isEmpty)
        // Review counter-example: history, then information, in one paragraph decides nothing.
        let report = paragraph("Bakgrund\nStyrelsen gav i november förvaltningen i uppdrag att ta fram en plan. Styrelsen beslutade samtidigt att avsätta 2 miljoner kronor. Förvaltningschefen informerar om arbetet.", organ: "Styrelsen")
        #expect(report.decisions.isEmpty)
    }

    /// "förelägger X … att senast den 30 juni 2025" over numbered lines in the same block: the
    /// numbered lines are the decision's clauses.
    @Test func numberedLinesUnderTheBodysOwnVerbAreItsClauses() {
        let p = paragraph("""
            Beslut
            Miljö- och hälsoskyddsnämnden förelägger Bostads AB Ekorren, i egenskap av fastighetsägare,
            att vid vite om 10 000 kronor senast den 30 juni 2025
            1. låta en fuktsakkunnig utreda orsaken till fukten,
            2. åtgärda fuktskadorna.
            """, organ: "Miljö- och hälsoskyddsnämnden")
        #expect(p.decisions.count == 1)
        #expect(p.decisions.first?.clauses.count == 2)
        #expect(p.decisions.first?.clauses.first?.hasPrefix("låta en fuktsakkunnig") == true)
    }
}


/// A decision adopting a written proposal: its clauses, and its receiver only when the proposal goes
/// to another organ than the one deciding.
@Suite struct AdoptedProposalTests {
    @Test func aProposalToTheDecidingOrganIsItsOwnDecision() throws {
        let text = """
            PROTOKOLL
            Kommunstyrelsen
            Sammanträdesdatum 2024-04-08

            Beslutande: Therese Alm (S), ordförande, Bengt Kron (M)

            § 61 Avgifter för bygglov 2025

            Arbetsutskottets förslag till beslut
            Arbetsutskottet föreslår kommunstyrelsen besluta

            att höja timavgiften till 1 240 kronor från och med 2025-01-01.

            Beslut
            Kommunstyrelsen beslutar enligt arbetsutskottets förslag.

            § 62 Taxa för vatten

            Förslag:
            Kommunstyrelsen föreslår för fullmäktige att anslutningsavgiften för vatten höjs till 3 200 euro och
            att anslutningsavgiften för avlopp höjs till 4 100 euro.

            Beslut:
            Förslaget godkändes.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "ks.txt")
        let own = try #require(d.paragraphs.first?.decisions.first)
        #expect(own.clauses == ["höja timavgiften till 1 240 kronor från och med 2025-01-01"])
        #expect(own.proposedTo == nil)
        let forwarded = try #require(d.paragraphs.last?.decisions.first)
        #expect(forwarded.clauses == ["anslutningsavgiften för vatten höjs till 3 200 euro", "anslutningsavgiften för avlopp höjs till 4 100 euro"])
        #expect(forwarded.proposedTo == "Fullmäktige")
    }

    /// A passive before "Förslag:" is background when it states a rule or a past with its time; one
    /// that tells what the meeting did is a decision.
    @Test func aPassiveBeforeTheProposal() throws {
        func decisions(_ first: String) throws -> [String] {
            let text = "PROTOKOLL\nÅrsmöte i Norrby hembygdsförening\n\n§ 3 Medlemsavgift\n\n\(first)\n\nFörslag:\nStyrelsen föreslog 200 kronor.\n\nBeslut:\nÅrsmötet beslutade att bifalla Alf Rudins förslag.\n"
            return try ProtokollParser.parse(Data(text.utf8), fileName: "a.txt").paragraphs.first?.decisions.map(\.text) ?? []
        }
        #expect(try decisions("Medlemsavgiften för 2025 fastställdes till 250 kronor.").count == 2)
        #expect(try decisions("Enligt stadgarna fastställs avgiften av årsmötet.").count == 1)
        #expect(try decisions("Frågan bordlades vid förra årsmötet den 12 mars 2023.").count == 1)
    }
}

@Suite struct UntitledParagraphTests {
    func paragraph(_ text: String) -> Paragraph {
        let heading = ParagraphParser.Heading(number: "1", rest: "", lineIndex: 0, isPoint: false, line: 1)
        let lines = text.components(separatedBy: "\n").enumerated().map { SourceLine(number: $0.offset + 2, text: $0.element) }
        return ParagraphParser.parse(heading: heading, body: lines[...], meetingYear: 1962, isPoint: false, organ: "Kommunalnämnden")
    }

    /// Old minutes set "§ 1." alone and start the text under it: a sentence of running prose is no
    /// title, so its decision is read. A title under a bare heading stays a title.
    @Test func runningProseUnderABareHeadingIsText() {
        let approved = paragraph("\nUpplästes och godkändes föregående protokoll, fört vid\nnämndens sammanträde den 14 februari 1962.")
        #expect(approved.title == nil)
        #expect(approved.decisions.count == 1)
        let opened = paragraph("\nFöredrogs en framställning från idrottsföreningen om bidrag\ntill belysning å motionsspåret.\n\nNämnden beslöt att bevilja bidraget.")
        #expect(opened.title == nil)
        #expect(opened.text.hasPrefix("Föredrogs en framställning"))
        let postponed = paragraph("\nBeslöts att nämndens nästa sammanträde skall hållas den 11 april 1962.")
        #expect(postponed.decisions.map(\.clauses) == [["nämndens nästa sammanträde skall hållas den 11 april 1962"]])
        let titled = paragraph("\nOrdförandes beslut om bidrag\n\nNämnden beslöt att bevilja bidraget.")
        #expect(titled.title == "Ordförandes beslut om bidrag")
        // A genitive that ends like a passive verb opens a title.
        for title in ["Hammarskogs förskola, tillbyggnad", "Kyrkoherdes önskemål om lokaler", "Charlottes väg, trafiksäkerhet"] {
            #expect(paragraph("\n\(title)\n\nNämnden beslöt att bevilja bidraget.").title == title)
        }
    }
}


@Suite struct FutureDateReferenceTests {
    /// A date after the meeting is no earlier decision's: the decision that names a future meeting
    /// cites nothing, and a reference whose only date is later keeps its text without that date.
    @Test func aDateAfterTheMeetingIsNoReferenceDate() throws {
        let text = """
            Protokoll
            Styrelsen

            Datum: 2024-03-12
            Närvarande: Anna Berg, ordförande, Bo Ek, Carl Dahl
            Justerare: Bo Ek

            § 1 Betänkandet
            Styrelsen beslutade att betänkandet ska justeras vid sammanträdet den 21 mars 2024.

            § 2 Vägen
            Stämman beslutade vid årsstämman 2022 att vägen skulle beläggas; ansökan ska lämnas senast den 1 oktober 2024.
            """
        let document = try ProtokollParser.parse(Data(text.utf8), fileName: "future.txt")
        #expect(document.paragraphs.first?.references.isEmpty == true)
        #expect(document.paragraphs.first?.decisions.count == 1)
        #expect(document.paragraphs.last?.references.map { $0.date } == [String?.none])
    }
    /// A decision that cites again, without its organ, what the case description cited with it gives
    /// one reference; "har således beslutat" closes this meeting's vote; "samrådet" is no organ.
    @Test func oneReferencePerCitedDecisionAndNoneForThisMeetingsConclusion() throws {
        let text = """
            PROTOKOLL
            Kultur- och fritidsnämnden
            Datum: 2024-05-22
            Närvarande: Anna Berg, ordförande, Bo Ek, Carl Dahl

            § 44 Riktlinjer för föreningsbidrag
            Ärendebeskrivning
            Kultur- och fritidsnämnden antog nuvarande riktlinjer den 20 februari 2019, § 14.

            Beslut
            Kultur- och fritidsnämnden beslutar att nuvarande riktlinjer, antagna 2019-02-20, § 14, upphör att gälla.

            § 45 Taxor
            Beslutsgång
            Ordföranden ställer proposition på förslagen och finner att nämnden bifaller förvaltningens förslag. Votering begärs.
            Nämnden har således beslutat enligt förvaltningens förslag.

            § 46 Detaljplan
            Arbetsutskottet informerades om samrådet den 12 september 2023, § 98.
            """
        let document = try ProtokollParser.parse(Data(text.utf8), fileName: "references.txt")
        // "har således" with a date of its own cites an earlier decision.
        #expect(ReferenceParser.reference(in: "Kommunfullmäktige har således redan beslutat den 12 juni 2023 att införa en timtaxa.",
                                          meetingYear: 2024, narrative: false)?.date == "2023-06-12")
        let references = document.paragraphs.map { $0.references.map { "\($0.body ?? "-") \($0.date ?? "-")" } }
        #expect(references == [["Kultur- och fritidsnämnden 2019-02-20"], [], ["Arbetsutskottet 2023-09-12"]])
    }
}


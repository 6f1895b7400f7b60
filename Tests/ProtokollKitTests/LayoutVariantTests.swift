import Foundation
import Testing
@testable import ProtokollKit

/// Small documents in layouts the corpus does not show, each checked for the facts that layout puts
/// at risk. The fixtures are plain files beside this test.
@Suite struct MarginTitleTests {
    /// Typed minutes of the 1960s: the § title in the left margin, broken over lines, the text beside
    /// it and on the heading line; a case number in the margin is no title.
    @Test func aTitleInTheLeftMargin() throws {
        let text = """
                                PROTOKOLL
                 fört vid sammanträde med kommunalnämnden i Järbo
                 landskommun onsdagen den 14 mars 1962 kl. 19.00 å
                 kommunalkontoret, Järbo.

            Närvarande: ordföranden Erik Jansson, ledamöterna Karl Olsson och Anna Berg.

            § 33.             Från länsstyrelsen i Gävleborgs län hade inkommit en
            Länsstyrel-       skrivelse, dagtecknad den 2 mars 1962, angående sam-
            sens skri-        manställning av uppgifter om kommunens vattenförsörjning
            velse.            och avlopp. Uppgifterna hade av kommunalkamreraren redan
                              insänts.
                              Lades till handlingarna.

            § 34.
            Bidrag till       Järbo hembygdsförening hade i skrivelse den 20 februari
            hembygds-         anhållit om bidrag till reparation av taket.
            föreningen.       Efter överläggning beslöt nämnden att bevilja före-
                              ningen ett bidrag av 300 kronor.

            § 35.             Ordföranden förklarade sammanträdet avslutat kl. 22.15.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "1962.txt")
        #expect(d.paragraphs.map(\.title) == ["Länsstyrelsens skrivelse", "Bidrag till hembygdsföreningen", nil])
        #expect(d.paragraphs.first?.text.hasPrefix("Från länsstyrelsen i Gävleborgs län hade inkommit en\nskrivelse, dagtecknad") == true)
        #expect(d.paragraphs[1].decisions.map(\.clauses) == [["bevilja föreningen ett bidrag av 300 kronor"]])
        // "å kommunalkontoret": older minutes' "på".
        #expect([d.meeting.date, d.meeting.startTime, d.meeting.endTime, d.meeting.place] == ["1962-03-14", "19:00", "22:15", "kommunalkontoret, Järbo"])
        let margin = [SourceLine(number: 1, text: "Dnr B 42/78       område. Nämnden beviljade bygglov för"), SourceLine(number: 2, text: "                  uppförande av garage.")]
        #expect(MarginTitle.split(margin) == nil)
        // A table, a rubric in the margin, payees after a colon: no title.
        func lines(_ texts: [String]) -> [SourceLine] { texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) } }
        #expect(MarginTitle.split(lines(["Intäkter          Medlemsavgifter         12 400 kr", "Kostnader         Lokalhyra                8 000 kr"])) == nil)
        #expect(MarginTitle.split(lines(["Beslut            Nämnden gav förvaltningen i uppdrag att ordna", "                  sommarlovsaktiviteter."])) == nil)
        #expect(MarginTitle.split(lines(["Elverket          1 250 kronor för gatubelysningen under mars", "Vägföreningen     340 kronor för snöplogning"]), headingColumn: 18, afterColon: true) == nil)
        // A single piece beside the heading line's text.
        #expect(MarginTitle.split(lines(["Justering.        utsågs Karl Olsson."]), headingColumn: 18)?.title == "Justering")
    }

    /// "Justeras:" over the names, then the anslag sentence: the anslag's date is no justering's; a
    /// justering date in the sentence before it on the same line stays.
    @Test func theAnslagUnderTheAdjustersSignatures() throws {
        let head = "PROTOKOLL\nKommunalnämnden\nSammanträdesdatum 1962-03-14\n\nNärvarande: Erik Jansson, Karl Olsson\n\n§ 1 Anslag\nNämnden beslöt att bevilja bidrag.\n\n"
        let late = try ProtokollParser.parse(Data((head + "Justeras:\n\nErik Jansson              Karl Olsson\n\n\n\n                  Justeringen av detta protokoll har tillkännagivits å\n                  kommunens an- slagstavla den 22 mars 1962.\n                  Betygar:  Bertil Lundh\n").utf8), fileName: "a.txt")
        #expect(late.adjustment?.date == nil)
        #expect(late.announcement?.date == "1962-03-22")
        let same = try ProtokollParser.parse(Data((head + "Justeras: Protokollet justerat 1962-03-20. Anslaget på kommunens anslagstavla 1962-03-21.\n").utf8), fileName: "b.txt")
        #expect(same.adjustment?.date == "1962-03-20")
    }
}

@Suite struct LayoutVariantTests {
    func document(_ name: String) throws -> ProtokollDocument { try Fixtures.document(name) }

    /// An association that numbers its points "1." without §.
    @Test func associationWithNumberedPoints() throws {
        let d = try document("forening-numrerade-punkter.txt")
        #expect(d.kind == .protokoll)
        #expect(d.body == "Styrelsen")
        #expect(d.meeting == Meeting(date: "2021-03-12", startTime: "19:00", endTime: "21:00", place: "Lokalen, Björkvägen 3"))
        #expect(d.paragraphs.map(\.number) == ["1", "2", "3", "4", "5"])
        #expect(d.adjusters == ["Per Ek"])
        #expect(d.secretary == "Omar Haddad")
        #expect(!d.attendance.contains { $0.name == "Jan Berg" }, "Frånvarande are not attendees")
        #expect(d.paragraphs.first { $0.number == "4" }?.decisions.first?.clauses == ["köpa in nya stolar för högst 4 000 kronor"])
    }

    /// pdftotext -layout with form feeds, labels in a left column, "tjg ersättare för", and a
    /// numbered list of "Att ..." under "X beslutar".
    @Test func twoColumnLayoutWithNumberedClauses() throws {
        let d = try document("bun-layout-tva-kolumner.txt")
        #expect(d.body == "Barn- och utbildningsnämnden")
        #expect(d.paragraphRange == ParagraphRange(first: 23, last: 24))
        #expect(d.adjustment == Adjustment(date: "2022-03-22", place: "Stadshuset"))
        let substitute = try #require(d.attendance.first { $0.name == "Johan Ek" })
        #expect(substitute.replaces == "Maria Ström")
        #expect(substitute.deciding)
        #expect(substitute.organisation == nil)
        #expect(d.secretary == "Karl Ek")
        let p23 = try #require(d.paragraphs.first { $0.number == "23" })
        #expect(p23.caseNumber == "BUN 2022/41")
        #expect(p23.decisions.map(\.clauses) == [["anta reviderade riktlinjer för skolskjuts", "riktlinjerna gäller från och med 1 juli 2022"]])
        #expect(p23.recipients == ["Förvaltningschef"])
        // The running header of pages 2 and 3 is gone from the text.
        #expect(!d.paragraphs.contains { $0.text.contains("SAMMANTRÄDESPROTOKOLL") })
    }

    /// A Word export: "KS § 45 Dnr ..." headings, "Kommunstyrelsens beslut", a vote and a proposal.
    @Test func wordExportWithOrganPrefixedHeadings() throws {
        let d = try document("ks-word-export.txt")
        #expect(d.paragraphs.map(\.number) == ["45", "46", "47"])
        #expect(d.paragraphs.map(\.caseNumber) == ["KS 2019/101", "KS 2019/88", nil])
        #expect(d.announcement == Announcement(date: "2019-05-21", raw: "2019-05-21"))
        let p46 = try #require(d.paragraphs.first { $0.number == "46" })
        // The vote's outcome sentence and the yrkande are not decisions; the proposal to
        // fullmäktige in the Beslut section is the board's decision.
        #expect(p46.decisions.map(\.decidedBy) == ["Kommunstyrelsen"])
        #expect(p46.decisions.first?.clauses == ["avslå motionen"])
        #expect(p46.references.isEmpty)
    }

    /// Seed 001 with every "§" lost in conversion: the bare numbers at heading positions still give
    /// the paragraphs, titles and case numbers.
    @Test func paragraphSignsLostInConversion() throws {
        let seed = try String(contentsOf: try Corpus.seed("001"), encoding: .utf8)
        let lost = seed.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("§") ? String(line.drop(while: { $0 == "§" || $0 == " " })) : String(line)
        }.joined(separator: "\n")
        #expect(!lost.split(separator: "\n").contains { $0.hasPrefix("§") })
        let d = try ProtokollParser.parse(Data(lost.utf8), fileName: "lost.txt")
        #expect(d.paragraphs.map(\.number) == ["15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "28"])
        #expect(d.paragraphs.first { $0.number == "18" }?.caseNumber == "2010.009-7")
        #expect(d.paragraphs.first { $0.number == "20" }?.decisions.first?.clauses == ["ställa sig bakom skolpresidiets förslag"])
    }

    /// "Närvarande" with sub-labels, "Tid och plats" with a weekday, bulleted clauses after
    /// "beslutar att", "Beslutet skickas till:" inline, and an ANSLAG block of "Anslaget sätts upp".
    @Test func presentWithSubLabelsAndBulletedClauses() throws {
        let d = try document("mbn-narvarande-underrubriker.txt")
        #expect(d.meeting == Meeting(date: "2020-03-03", startTime: "13:00", endTime: "15:00", place: "Kommunhuset, Ljusdal"))
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Anna Ek", "Bo Lind", "Cecilia Ung"])
        #expect(d.attendance.first { $0.name == "Dan Ström" }?.deciding == false)
        #expect(d.adjusters == ["Bo Lind", "Cecilia Ung"])
        #expect(d.announcement?.date == "2020-03-10")
        let p11 = try #require(d.paragraphs.first { $0.number == "11" })
        #expect(p11.decisions.map(\.clauses) == [["bevilja bygglov enligt ansökan", "ta ut en avgift om 12 400 kronor"]])
        #expect(p11.recipients == ["Sökanden", "Lantmäteriet"])
        // A declared conflict of interest decides nothing.
        #expect(!p11.decisions.contains { $0.text.contains("jäv") })
    }

    /// The organ named only in the title, case numbers in parentheses on the heading line, and the
    /// body's own proposal to another organ: its resolution, with the organ it goes to.
    @Test func organInTitleAndCaseNumbersInParentheses() throws {
        let d = try document("au-dnr-inom-parentes.txt")
        #expect(d.body == "Kommunstyrelsens arbetsutskott")
        #expect(d.paragraphs.map(\.title) == ["Val av justerare", "Budget 2020", "Remiss om vägplan"])
        #expect(d.paragraphs.map(\.caseNumber) == [nil, "KS 2019/14", "KS 2019/77"])
        let p102 = try #require(d.paragraphs.first { $0.number == "102" })
        #expect(p102.decisions.map(\.decidedBy) == ["Arbetsutskottet"])
        #expect(p102.decisions.map(\.proposedTo) == ["Kommunstyrelsen"])
        #expect(d.paragraphs.first { $0.number == "103" }?.decisions.first?.decidedBy == "Arbetsutskottet")
    }

    /// "Beslutande" over rows that put the role first ("Ordförande<TAB>Anna Ek (S)") and a
    /// substitute written "A (KD) för B (KD)".
    @Test func attendanceRowsWithTheRoleFirst() throws {
        let d = try document("kfn-roll-forst.txt")
        #expect(d.attendance.map(\.name) == ["Anna Ek", "Bo Lind", "Cecilia Ung", "Dan Ek"])
        #expect(d.attendance.map(\.role) == ["ordförande", "vice ordförande", "ledamot", "tjänstgörande ersättare"])
        #expect(d.attendance.allSatisfy { $0.deciding })
        #expect(d.attendance.last?.replaces == "Eva Al")
        #expect(d.chair == "Anna Ek")
        #expect(!d.warnings.contains { $0.code == "adjuster-not-present" })
    }

    /// A Word export whose attendance is a "Närv"-column table in a bilaga without a label: members
    /// without an X are absent unless a substitute served for them.
    @Test func presenceTableInAnUnlabelledBilaga() throws {
        let d = try document("u2_kf_word.txt")
        #expect(d.body == "Kommunfullmäktige")
        #expect(d.organisation == "Sala kommun")
        #expect(!d.attendance.contains { $0.name == "Maria Sundqvist" })
        let substitute = try #require(d.attendance.first { $0.name == "Elin Norberg" })
        #expect(substitute.replaces == "Maria Sundqvist")
        #expect(substitute.deciding)
        #expect(d.adjusters.allSatisfy { name in d.attendance.contains { $0.name == name } })
    }

    /// An association electing its secretary and adjuster in one sentence, and lettered sub-items.
    @Test func electionsOfSecretaryAndAdjusterInOneSentence() throws {
        let d = try document("u4_forening_styrelse.txt")
        #expect(d.secretary == "Mona Fagerlund")
        #expect(d.adjusters == ["Lars Ekstedt"])
        let p7 = try #require(d.paragraphs.first { $0.number == "7" })
        #expect(p7.decisions.allSatisfy { !$0.text.contains("c)") })
    }

    /// An extract whose front page gives "Paragrafer" over "§ 45": the value, not a second § 45.
    @Test func paragraphNumberUnderItsLabelIsNoHeading() throws {
        let d = try document("u6_individutskott_utdrag.txt")
        #expect(d.paragraphs.map(\.number) == ["45"])
        #expect(d.paragraphRange == ParagraphRange(first: 45, last: 45))
        #expect(d.adjusters == ["Gösta Lindeberg"])
        #expect(d.secretary == "Patrik Svedin")
        #expect(d.attendance.first { $0.name == "Emma Rask" }?.role == "socialsekreterare")
        #expect(d.paragraphs.first?.caseNumber == "SN 2020/88")
        // "Justerandes signatur" over the signers' names closes the §: the names are no recipients.
        #expect(d.paragraphs.first?.recipients == ["Vårdnadshavare", "Akten"])
    }

    /// Notes with "Deltagare:" as a bullet list with organisations, and "Antecknat av:" at the end.
    @Test func notesWithBulletedParticipantsAndNoteTaker() throws {
        let d = try document("u5_minnesanteckningar.txt")
        #expect(d.kind == .minnesanteckningar)
        #expect(d.secretary == "Daniel Öhrn")
        #expect(d.attendance.first?.organisation == "Mora kommun")
        #expect(d.attendance.allSatisfy { !$0.deciding })
        #expect(d.paragraphs.allSatisfy { $0.decisions.isEmpty })
    }

    /// pdftotext two-column front page: a label in a later column ends the value before it.
    @Test func laterColumnLabelEndsAValue() throws {
        let d = try document("w1_layout_tva_spalter.txt")
        #expect(d.adjustment == Adjustment(date: "2024-05-20", place: "Kommunhuset"))
        #expect(d.paragraphRange == ParagraphRange(first: 31, last: 33))
        let ahl = try #require(d.attendance.first { $0.name == "Fredrik Ahl" })
        #expect(ahl.role == "bygglovshandläggare")
        #expect(ahl.paragraphs == "§§ 32-33")
    }

    /// A Markdown attendance table ("| Namn | Roll |") and adjusters elected with "välja".
    @Test func markdownTableAndElectedAdjusters() throws {
        let d = try document("w2_studentkar_fullmaktige.md")
        #expect(d.adjusters == ["Sofia de Vries", "Kasper Öhrn"])
        #expect(d.attendance.contains { $0.name == "Amir Haddad" })
        #expect(d.paragraphs.map(\.number).contains("5.2"))
        // "# Protokoll – Kårfullmäktige, Teknologkåren …": the dash only separates.
        #expect(d.body == "Kårfullmäktige")
    }

    /// A municipal company: organisation with its org.nr, adjuster chosen with "utse".
    @Test func companyBoardMinutes() throws {
        let d = try document("w4_bolag_styrelse.txt")
        #expect(d.organisation == "Bostadsbolaget i Granstad AB")
        #expect(d.adjusters == ["Marianne Öst"])
        #expect(d.secretary == "Annika Holmgren")
    }

    /// ISO-8859-1 from the 1990s with lower-case party tags (", s,", ", kds,").
    @Test func oldLatin1MinutesWithLowerCaseParties() throws {
        let d = try document("w5_gammalt_latin1.txt")
        #expect(d.source.encoding == "windows-1252" || d.source.encoding == "iso-8859-1")
        #expect(d.body == "Kommunstyrelsen")
        #expect(d.attendance.first { $0.name == "Bertil Flink" }?.party == "KDS")
        #expect(d.attendance.allSatisfy { $0.role != "kds" })
    }

    /// An arbetsutskott's own minutes: "Au § 45" headings, and "Arbetsutskottets förslag till
    /// kommunstyrelsen" is the utskott's resolution, while a dated earlier decision is a reference.
    @Test func workingCommitteeProposalsAreItsDecisions() throws {
        let d = try document("w6_au_protokoll.txt")
        #expect(d.paragraphs.map(\.number) == ["44", "45", "46", "47"])
        #expect(d.paragraphs.allSatisfy { $0.decisions.map(\.decidedBy) == ["Arbetsutskottet"] })
        let p46 = try #require(d.paragraphs.first { $0.number == "46" })
        #expect(p46.decisions.first?.clauses.count == 2)
        #expect(p46.references.map(\.date) == ["2023-03-14"])
    }

    /// Adjusters with substitutes ("med Z som ersättare"), and "beslutar i enlighet med ... förslag"
    /// over numbered decisions.
    @Test func regionalAssemblyAdjustersAndNumberedDecisions() throws {
        let d = try document("x2_regionfullmaktige.txt")
        #expect(d.adjusters == ["Oskar Lindfors", "Maria von Essen"])
        let p103 = try #require(d.paragraphs.first { $0.number == "103" })
        #expect(p103.decisions.count == 1)
        #expect((p103.decisions.first?.clauses.count ?? 0) >= 2)
    }

    /// A föreningsstämma electing its chair ("stämmoordförande") and having its protokollförare named
    /// ("utsåg X till protokollförare"), and "Stämman beviljade styrelsen ansvarsfrihet".
    @Test func associationMeetingElections() throws {
        let d = try document("x3_brf_arsstamma.txt")
        #expect(d.chair == "Patrik Ekwall")
        #expect(d.secretary == "Linnéa Drott")
        #expect(d.paragraphs.first { $0.number == "12" }?.decisions.first?.decidedBy == "Föreningsstämman")
    }

    /// OCR noise: "§ l7" and "Bes1ut" still read; a dated running header is no letterhead.
    @Test func ocrNoiseIsTolerated() throws {
        let d = try document("x5_protokoll_ocr.txt")
        #expect(d.organisation == "Hedebo kommun")
        #expect(d.paragraphs.map(\.number).contains("17"))
        #expect(d.paragraphs.allSatisfy { $0.decisions.allSatisfy { $0.decidedBy == "Kulturnämnden" } })
    }

    /// "Tid: 13–15" in bare hours, and a TAB attendance table with organisation and role.
    @Test func bareHoursAndAttendanceTable() throws {
        let d = try document("x4_minnes_styrgrupp.txt")
        #expect(d.meeting.startTime == "13:00")
        #expect(d.meeting.endTime == "15:00")
        #expect(d.attendance.first { $0.name == "Staffan Ludvigsson" }?.organisation == "Strandviks kommun")
    }

    /// "Vård- och omsorgsnämndens beslut": a multi-word organ before the rubric, and "Protokollet
    /// justerat 2021-10-26" as the adjustment.
    @Test func multiWordOrganRubricAndAdjustedLine() throws {
        let d = try document("y2_vard_omsorg_utdrag.txt")
        let p112 = try #require(d.paragraphs.first)
        #expect(p112.decisions.map(\.decidedBy) == ["Vård- och omsorgsnämnden"])
        #expect(p112.decisions.first?.clauses.count == 2)
        #expect(d.adjustment?.date == "2021-10-26")
    }

    /// "PRO Björkvalla (Gunnel Arvidsson, Bertil Holm)": organisations with their representatives,
    /// and "Från kommunen:" as a sub-label inside the list.
    @Test func organisationsWithRepresentatives() throws {
        let d = try document("y3_pensionarsrad.txt")
        #expect(d.attendance.first { $0.name == "Gunnel Arvidsson" }?.organisation == "PRO Björkvalla")
        #expect(d.attendance.first { $0.name == "Ulla-Britt Sandén" }?.organisation == "SPF Seniorerna")
        #expect(d.attendance.contains { $0.name == "Anneli Forsberg" })
        #expect(!d.attendance.contains { $0.name.hasPrefix("PRO") })
    }

    /// An agenda that proposes decisions ("Nämnden föreslås besluta att") is still not minutes.
    @Test func agendaWithProposedDecisionsIsNotMinutes() throws {
        #expect(throws: ParseError.self) { try document("y4_kallelse_med_beslut_forslag.txt") }
    }

    /// A place does not run on into the next flush-left line ("Meeting opened 18:05").
    @Test func placeEndsAtItsLine() throws {
        let d = try document("y5_styrelse_engelska_inslag.txt")
        #expect(d.meeting.place == "Sektionsrummet, Kårhuset plan 2")
        #expect(d.paragraphs.count == 10)
    }

    /// "beslutar att A" followed by more att-paragraphs is one decision; a substitute who served for
    /// one § ("tjänstgör § 23") decided.
    @Test func inlineClauseThenMoreAttParagraphs() throws {
        let d = try document("z1_kommunstyrelse_votering.txt")
        let p23 = try #require(d.paragraphs.first { $0.number == "23" })
        #expect(p23.decisions.count == 1)
        #expect((p23.decisions.first?.clauses.count ?? 0) >= 2)
        #expect(d.attendance.first { $0.name == "Rolf Granqvist" }?.deciding == true)
    }

    /// A TAB attendance table with a "Funktion" column: officials do not decide, and "Tjänstgörande
    /// ersättare för X" names whom the substitute replaced; "–" is an empty cell.
    @Test func attendanceTableWithFunctionColumn() throws {
        let d = try document("z2_tekniska_namnden_tabell.txt")
        #expect(d.organisation == "Bäckby kommun")
        #expect(d.attendance.first { $0.name == "Ali Rahimi" }?.replaces == "Bo Nyström")
        let official = try #require(d.attendance.first { $0.name == "Annika Berglöf" })
        #expect(!official.deciding)
        #expect(official.organisation == nil)
    }

    /// The auditors' own minutes: "Revisorerna beslutar", "Dnr Rev 2025:2" on the title line.
    @Test func auditorsMinutes() throws {
        let d = try document("z3_revisorer.txt")
        #expect(d.body == "Revisorerna")
        #expect(d.paragraphs.first { $0.number == "12" }?.caseNumber == "Rev 2025:2")
        #expect(d.paragraphs.first { $0.number == "12" }?.title == "Granskningsplan 2025")
    }

    /// "Punkt 3" headings, and "Frånvarande:" after a full stop in the same line as "Närvarande:".
    @Test func punktHeadingsAndAbsentInTheSameLine() throws {
        let d = try document("z4_idrottsforening.txt")
        #expect(d.kind == .protokoll)
        #expect(d.paragraphs.first?.number == "1")
        #expect(d.paragraphs.count == 11)
        #expect(!d.attendance.contains { $0.name == "Oliver Dahlberg" })
    }

    /// "beslutar enligt kommunstyrelsens förslag att A och att B": the clauses after the proposal.
    @Test func clausesAfterEnligtForslag() throws {
        let d = try document("z5_fullmaktige_utan_rubriker.txt")
        #expect(d.paragraphs.first { $0.number == "88" }?.decisions.first?.clauses.count == 2)
    }

    /// "beslutar med stöd av 9 kap. 31 § plan- och bygglagen att bevilja ...": the legal ground and
    /// its "kap." do not cut the sentence or hide the clause.
    @Test func legalGroundBeforeTheClause() throws {
        let d = try document("v1_byggnadsnamnd_omedelbar.txt")
        let p41 = try #require(d.paragraphs.first { $0.number == "41" })
        #expect(p41.decisions.count == 1)
        #expect(p41.decisions.first?.clauses.first?.hasPrefix("bevilja bygglov") == true)
    }

    /// "Deltagare:" one per line as "Name – title".
    @Test func participantsWithDashedTitles() throws {
        let d = try document("v3_minnesanteckningar_ledningsgrupp.txt")
        #expect(d.attendance.first?.role == "socialchef")
        #expect(d.attendance.count > 3)
        #expect(d.paragraphs.count == 7)
    }

    /// The chair signing beside the adjuster under "Justerare" is not an adjuster; "Kyrkoherde" is a
    /// title before a name.
    @Test func chairSigningBesideTheAdjuster() throws {
        let d = try document("k1_kyrkorad.txt")
        #expect(d.adjusters == ["Tord Björklund"])
        #expect(d.chair == "Margareta Holmgren")
        #expect(d.attendance.contains { $0.name == "Elisabet Norén" && $0.role == "kyrkoherde" })
    }

    /// A stämma elects its own chair ("Till ordförande valdes" under "Val av ordförande för stämman"),
    /// who leads it rather than the board's chair.
    @Test func electedMeetingChairLeadsTheStamma() throws {
        let d = try document("k2_samfallighet.txt")
        #expect(d.organisation == "Brunnsvikens samfällighetsförening")
        #expect(d.chair == "Bertil Waldén")
        #expect(d.secretary == "Emma Lindh")
    }

    /// "1 § Stämmans öppnande" headings, and "välja A till ordförande och B till sekreterare".
    @Test func numberFirstHeadingsAndTwoElectionsInOneClause() throws {
        let d = try document("k4_ekonomisk_forening.txt")
        #expect(d.paragraphs.first?.number == "1")
        #expect(d.chair == "Ulla Brandt")
        #expect(d.secretary == "Fredrik Sälg")
        #expect(d.adjusters == ["Agneta Roos", "Tomas Hjelm"])
    }

    /// "Räddningstjänsten Mellanbygd, kommunalförbund": the name before its legal form; members
    /// with their kommun after the party; bulleted clauses after "i enlighet med ... förslag".
    @Test func federationDirectorate() throws {
        let d = try document("r1_raddningstjanst_direktion.txt")
        #expect(d.organisation == "Räddningstjänsten Mellanbygd")
        #expect(d.body == "Direktionen")
        #expect(d.attendance.first?.organisation == "Åsby kommun")
        #expect((d.paragraphs.first { $0.number == "14" }?.decisions.first?.clauses.count ?? 0) >= 2)
    }

    /// "Beslutande" over a table "Ledamöter<TAB>Tjänstgörande ersättare" whose right cells say whom
    /// the substitute replaced: the replaced member is absent.
    @Test func sideBySideMembersAndSubstitutes() throws {
        let d = try document("r2_ks_tabellkolumner.txt")
        #expect(!d.attendance.contains { $0.name == "Stig-Arne Wallin" })
        #expect(d.attendance.first { $0.name == "Maria Forsell" }?.replaces == "Stig-Arne Wallin")
        #expect(d.attendance.first?.role == "ordförande")
    }

    /// "Name / Organisation" participants, and a notes title that is not taken for the organisation.
    @Test func slashSeparatedOrganisations() throws {
        let d = try document("r3_brukarrad_minnes.txt")
        #expect(d.attendance.first { $0.name == "Eva Marklund" }?.organisation == "FUB")
        #expect(d.organisation?.folded.includes("minnesanteckningar") != true)
    }

    /// "Nämnden beslutar" straight after the Beslutsunderlag list, without a Beslut rubric; clauses
    /// ending in ";"; a sentence after the last clause is not part of it.
    @Test func decisionWithoutRubricAfterTheUnderlag() throws {
        let d = try document("q1_miljonamnd.txt")
        let p42 = try #require(d.paragraphs.first { $0.number == "42" })
        #expect(p42.decisions.count == 1)
        #expect(p42.decisions.first?.clauses.count == 3)
        #expect(p42.decisions.first?.clauses.last == "beslutet fattas med stöd av 26 kap. 9 § miljöbalken")
        // The earlier decision in Ärendebeskrivning is a reference.
        #expect(p42.references.map(\.date) == ["2021-03-09"])
    }

    /// A company's board: the name without its org.nr, and the VD among those present who do not
    /// decide.
    @Test func companyWithOrgNumberAndVD() throws {
        let d = try document("q2_styrelse_ab.txt")
        #expect(d.organisation == "Vattenbolaget Norrvik AB")
        let vd = try #require(d.attendance.first { $0.name == "Henrik Strandberg" })
        #expect(vd.role == "vd")
        #expect(!vd.deciding)
    }

    /// "Arbetsutskottets beslut" over att-clauses: the rubric's organ decides them.
    @Test func organOfTheDecisionRubricDecides() throws {
        let d = try document("g2_au_socialnamnd.txt")
        #expect(d.paragraphs.first { $0.number == "89" }?.decisions.first?.decidedBy == "Arbetsutskottet")
        // A passive formula without a rubric's organ is the body's that met.
        #expect(d.paragraphs.first { $0.number == "90" }?.decisions.first?.decidedBy == "Socialnämndens arbetsutskott")
    }

    /// "Förslag till kommunstyrelsen" in an utskott's own minutes holds its proposals; both that and
    /// "för egen del" are its decisions.
    @Test func utskottProposalsUnderForslagTillKommunstyrelsen() throws {
        let d = try document("g3_ledningsutskott.txt")
        #expect(d.paragraphs.first { $0.number == "5" }?.decisions.count == 2)
        #expect(d.paragraphs.first { $0.number == "6" }?.decisions.map(\.decidedBy) == ["Ledningsutskottet"])
        #expect(d.paragraphs.first { $0.number == "6" }?.caseNumber == "KS 2024/31")
    }

    /// A Google Docs Markdown export with bold § lines and "*Beslut:*".
    @Test func googleDocsMarkdownExport() throws {
        let d = try document("g1_google_docs_export.md")
        #expect(d.paragraphs.count == 10)
        #expect(d.chair == "Margit Sundqvist")
        #expect(d.secretary == "Oskar Lindfors")
        #expect(d.paragraphs.first { $0.number == "5" }?.decisions.first?.clauses == ["lägga den ekonomiska rapporten till handlingarna"])
    }

    /// "Beslut: Till ordförande för mötet valdes X och till protokollförare valdes Y".
    @Test func electionsUnderAnInlineBeslutLabel() throws {
        let d = try document("m1_motesprotokoll_skolrad.txt")
        #expect(d.chair == "Jonas Hedebrant")
        #expect(d.secretary == "Maja-Li Örnberg")
        // "Justeras: Jonas Hedebrant", the chair alone: he adjusts the minutes.
        #expect(d.adjusters == ["Jonas Hedebrant"])
    }

    /// The organ as one part of "Kultur- och fritidsnämnden, Ljungsåsa kommun".
    @Test func organBeforeTheOrganisationOnOneLine() throws {
        let d = try document("m2_namnd_engangsformat.txt")
        #expect(d.body == "Kultur- och fritidsnämnden")
        #expect(d.organisation == "Ljungsåsa kommun")
    }

    /// "Deltog:" one per line as "Name, Förening": the association stays with its person.
    @Test func participantsOnePerLineWithTheirAssociation() throws {
        let d = try document("m3_minnes_samrad.txt")
        #expect(d.attendance.first { $0.name == "Karin Mellgren" }?.organisation == "Östervik Scoutkår")
        #expect(d.attendance.first { $0.name == "Ali Rezaei" }?.organisation == "Östervik FF")
        #expect(!d.attendance.contains { $0.name == "Östervik Scoutkår" })
    }

    /// A footer "Region X | Nämnden | Protokoll 2023-10-19 | Sida 3 (5)" without form feeds, and
    /// "Tid och plats" with the date and time on one line and the place on the next.
    @Test func barSeparatedFooterAndTwoLinePlaceAndTime() throws {
        let d = try document("a2_hsn_sidfot_med_staplar.txt")
        #expect(d.meeting == Meeting(date: "2023-10-19", startTime: "09:00", endTime: "12:15", place: "Regionens hus, sammanträdesrum Vättern, Granhamn"))
        let p112 = try #require(d.paragraphs.first { $0.number == "112" })
        #expect(p112.recipients == ["Hälso- och sjukvårdsdirektören", "Verksamhetsområde primärvård"])
        #expect(!d.paragraphs.contains { $0.text.contains("Sida 3 (5)") || $0.text.contains("Sida 5 (5)") })
    }

    /// "Närvarande: …, Maria" / "Lundgren, …": a name wrapped inside a running list; decisions
    /// written as "X valdes att föra dagens protokoll" and "Styrelsen fastställde …".
    @Test func wrappedNameInARunningListAndPastTenseDecisions() throws {
        let d = try document("a3_hembygdsforening_konstituerande.txt")
        #expect(d.attendance.contains { $0.name == "Maria Lundgren" && $0.deciding })
        #expect(!d.attendance.contains { $0.organisation == "Maria" })
        #expect(d.paragraphs.first { $0.number == "2" }?.decisions.map(\.text) == ["Björn Dahlgren valdes att föra dagens protokoll."])
        #expect(d.paragraphs.first { $0.number == "11" }?.decisions.first?.text == "Informationen noterades.")
    }

    /// "Beslutande" and "Ersättare" side by side on the front page, and "för X" wrapped onto the
    /// line after a serving substitute.
    @Test func sideBySideDecidingAndSubstituteLists() throws {
        let d = try document("a4_sbn_beslutande_och_ersattare_bredvid.txt")
        for name in ["Patrik Nord", "Hanna Lilja"] {
            let substitute = try #require(d.attendance.first { $0.name == name })
            #expect(!substitute.deciding, "\(name) sits in the Ersättare column")
            #expect(substitute.role == "ersättare")
        }
        let serving = try #require(d.attendance.first { $0.name == "Mona Lindahl" })
        #expect(serving.deciding)
        #expect(serving.replaces == "Jessica Holmér")
        #expect(!d.attendance.contains { $0.name == "Jessica Holmér" }, "the member she replaces was absent")
        #expect(d.attendance.first { $0.name == "Thomas Bäckström" }?.paragraphs == nil)
    }

    /// "Protokoll fört vid sammanträde med styrelsen … torsdagen den 14 mars 2024 kl. 13.00–15.30 i
    /// bolagets sammanträdesrum, Storgatan 14, Bergslunda."
    @Test func timeAndPlaceFromTheOpeningSentence() throws {
        let d = try document("a5_bolag_protokoll_fort_vid.txt")
        #expect(d.meeting == Meeting(date: "2024-03-14", startTime: "13:00", endTime: "15:30", place: "bolagets sammanträdesrum, Storgatan 14, Bergslunda"))
        #expect(d.paragraphs.first { $0.number == "7" }?.decisions.map(\.text) == ["Styrelsen noterade informationen."])
    }

    /// Markdown notes: "Informationen noteras." decides a point, and the action list after a "---"
    /// rule is not part of the last point's decision.
    @Test func notedInformationAndAnActionListAfterARule() throws {
        let d = try document("a6_minnes_samverkan_atgardslista.md")
        #expect(d.kind == .minnesanteckningar)
        #expect(d.paragraphs.first { $0.number == "2" }?.decisions.map(\.text) == ["Informationen noteras."])
        let last = try #require(d.paragraphs.first { $0.number == "7" })
        #expect(last.decisions.map(\.text) == ["Nästa möte hålls tisdagen den 12 november 2024 kl. 09.00–11.00 i kommunhuset, rum Linnéa."])
    }

    /// `pdftotext -layout` with "Datum för anslags" over "uppsättande" (a label broken in the left
    /// column, another pair beside it) and a secretary whose title comes first.
    @Test func labelBrokenOverTwoLinesAndSecretaryAfterATitle() throws {
        let d = try document("a1_ofn_pdftotext_delade_etiketter.txt")
        #expect(d.announcement?.date == "2024-02-28")
        #expect(d.secretary == "Jenny Forsell")
        #expect(d.adjustment == Adjustment(date: "2024-02-27", place: "Kommunhuset"))
        #expect(d.paragraphs.map(\.number) == ["8", "9", "10", "11", "12", "13", "14"])
    }

    /// "KSAU § 87          KS 2024/118" with the title on the next line; "Datum då anslaget" over
    /// "sätts upp"; "ej § 88" and "§§ 89, 91–92" after a name.
    @Test func caseNumberAloneOnTheHeadingLine() throws {
        let d = try document("b2_ksau_dnr_hogerstalld.txt")
        let p87 = try #require(d.paragraphs.first { $0.number == "87" })
        #expect(p87.title == "Budgetuppföljning per april 2024")
        #expect(p87.caseNumber == "KS 2024/118")
        #expect(d.paragraphs.first { $0.number == "92" }?.caseNumber == "KS 2024/077")
        #expect(d.announcement?.date == "2024-05-17")
        let member = try #require(d.attendance.first { $0.name == "Leif Ottosson" })
        #expect(member.role == nil)
        #expect(member.paragraphs == "ej § 88")
        #expect(d.attendance.first { $0.name == "Ola Rydén" }?.paragraphs == "§§ 89, 91–92")
        #expect(d.attendance.first { $0.name == "Sanna Berglöf" }?.replaces == "Leif Ottosson")
    }

    /// A typewritten 1990s årsmöte: "15/3 1996", initials with hyphens ("M-L. Dahl"), "Mötet
    /// förklarades behörigen utlyst", and "Årsmötet 1994 beslöt" as an earlier decision.
    @Test func oldAnnualMeetingWithSlashDatesAndInitials() throws {
        let d = try document("b3_idrottsklubb_arsmote_1996.txt")
        #expect(d.meeting.date == "1996-03-15")
        #expect(d.meeting.startTime == "19:00")
        #expect(d.adjusters == ["L. Holm", "M-L. Dahl"])
        #expect(d.paragraphs.first { $0.number == "2" }?.decisions.map(\.text) == ["Mötet förklarades behörigen utlyst."])
        let p15 = try #require(d.paragraphs.first { $0.number == "15" })
        #expect(!p15.decisions.contains { $0.decidedBy == "Årsmötet 1994" })
        #expect(p15.references.contains { $0.text.hasPrefix("Årsmötet 1994 beslöt") })
    }

    /// Compact minutes: "§2 Val av justerare. Beslut: …" on one line, "Tid: … Plats: …" on one line,
    /// "Ej närvarande:" after the present, dates like "12/4-24".
    @Test func compactMinutesWithTheWholeParagraphOnItsHeadingLine() throws {
        let d = try document("b5_brf_kompakt_en_rad_per_paragraf.txt")
        #expect(d.meeting == Meeting(date: "2024-04-12", startTime: "18:30", endTime: "20:40", place: "Föreningslokalen, Kastanjevägen 4 (källarplan)"))
        #expect(!d.attendance.contains { $0.name == "Nina Strand" }, "she is listed as not present")
        let p2 = try #require(d.paragraphs.first { $0.number == "2" })
        #expect(p2.title == "Val av justerare")
        #expect(p2.decisions.map(\.text) == ["Mehmet Kaya justerar protokollet jämte ordf."])
        let p6 = try #require(d.paragraphs.first { $0.number == "6" })
        #expect(p6.title == "OVK och ventilation")
        #expect(p6.decisions.count == 1)
        #expect(p6.decisions.first?.clauses.first?.hasPrefix("anta offerten från Ventab AB") == true)
        let p7 = try #require(d.paragraphs.first { $0.number == "7" })
        #expect(p7.decisions.map(\.text) == ["Frågan bordläggs till nästa möte, Mehmet tar in referenser på båda."])
        #expect(p7.references.count == 1)
    }

    /// A Word export with "•<TAB>" bullets: a list of motions before "Kommunfullmäktige beslutar" /
    /// "1. …", and a bulleted message before "Meddelandena läggs till handlingarna."
    @Test func tabBulletsBeforeADecision() throws {
        let d = try document("b1_kf_word_tabbar_punktlistor.txt")
        let p28 = try #require(d.paragraphs.first { $0.number == "28" })
        #expect(p28.decisions.map(\.decidedBy) == ["Kommunfullmäktige"])
        #expect(p28.decisions.first?.clauses == ["Motionerna överlämnas till kommunstyrelsen för beredning"])
        #expect(d.paragraphs.first { $0.number == "30" }?.decisions.map(\.text) == ["Meddelandena läggs till handlingarna."])
    }

    /// A protokollsutdrag whose pages are separated only by a signature strip, the next page's header
    /// following it; "Paragraferna justerades omedelbart" under "Justeringens plats och tid".
    @Test func pagesEndAtTheSignatureStrip() throws {
        let d = try document("b4_individutskott_utdrag_sidhuvud.txt")
        #expect(d.paragraphs.map(\.number) == ["142", "143"])
        #expect(!d.paragraphs.contains { $0.text.contains("Sida 3 (3)") || $0.text.contains("UTDRAG UR PROTOKOLL") })
        #expect(d.adjustment == Adjustment(date: "2024-09-10", place: nil))
        // The extract states the whole protokoll's §§ 138–146 and holds two of them: none is missing.
        #expect(d.paragraphRange == ParagraphRange(first: 138, last: 146))
        #expect(!d.warnings.contains { $0.code == "missing-paragraph" })
        // The certificate "Utdraget överensstämmer med originalprotokollet" starts the signatures.
        #expect(d.paragraphs.last?.recipients == ["Akten"])
    }

    /// A parents' association: "Styrelsemöte 2024-11-05" with points "1)", never the word
    /// "protokoll"; "Ordförande: Sofia Berg" rows under "Närvarande:"; "Vi beslutade att …";
    /// "På förra mötet beslutade vi …" as an earlier decision.
    @Test func boardMeetingWithRoleFirstRowsAndWeDecided() throws {
        let d = try document("c4_foraldraforening_roll_forst.txt")
        #expect(d.kind == .protokoll)
        #expect(d.chair == "Sofia Berg")
        #expect(d.attendance.first { $0.name == "Martin Åkesson" }?.role == "kassör")
        #expect(d.attendance.first { $0.name == "Ali Hassan" }.map { ($0.role, $0.deciding) } ?? (nil, false) == ("ledamot", true))
        // "… gick suppleanten Oskar Wiklund in som ordinarie ledamot i hennes ställe under mötet."
        #expect(d.attendance.first { $0.name == "Oskar Wiklund" }.map { ($0.role, $0.deciding) } ?? (nil, false) == ("tjänstgörande ersättare", true))
        let p4 = try #require(d.paragraphs.first { $0.number == "4" })
        #expect(p4.decisions.count == 1)
        #expect(p4.references.count == 1)
        let p7 = try #require(d.paragraphs.first { $0.number == "7" })
        #expect(p7.decisions.count == 3, "\(p7.decisions.map(\.text))")
    }

    /// Minutes in running prose: "§ 18. Till att jämte ordföranden justera dagens protokoll valdes
    /// Inger Falk." is text, not a title; the letterhead "PRO SJÖBERGA" is written "PRO Sjöberga" in
    /// the opening sentence, which also gives the place.
    @Test func minutesInRunningProse() throws {
        let d = try document("c6_pro_lopande_prosa.txt")
        #expect(d.organisation == "PRO Sjöberga")
        #expect(d.meeting.place == "föreningslokalen, Storgatan 12 i Sjöberga")
        let p18 = try #require(d.paragraphs.first { $0.number == "18" })
        #expect(p18.title == nil)
        #expect(p18.decisions.map(\.text) == ["Till att jämte ordföranden justera dagens protokoll valdes Inger Falk."])
        let p22 = try #require(d.paragraphs.first { $0.number == "22" })
        #expect(p22.decisions.count == 1)
        #expect(d.paragraphs.first { $0.number == "17" }?.decisions.contains { $0.text == "Dagordningen godkändes." } == true)
    }

    /// Letterhead casing taken from the text ("BACKA–HÖLJE VÄGFÖRENING" → "Backa–Hölje vägförening");
    /// an ajournering on the time line is no part of the place; "Justeringens plats" over "och tid".
    @Test func casingPlaceAndAdjustmentFromSplitLabels() throws {
        let roads = try document("c1_vagforening_arsstamma.txt")
        #expect(roads.organisation == "Backa–Hölje vägförening")
        // "Följande delägare var närvarande personligen eller genom ombud …:" in § 2: the delägare listed.
        #expect(roads.attendance.filter(\.deciding).map(\.name) == ["Erik Lund", "Karin Sjödin", "Jonas Öhman", "Bengt-Åke Persson",
                                                                 "Lars-Olof Strand", "Anneli Claeson-Berg", "Stig Hedlund"])
        #expect(try document("c3_kollektivtrafiknamnd_pdf.txt").meeting.place == "Regionens hus, sal Ljusnan, Storbacka")
        #expect(try document("c5_miljo_bygg_tabell.txt").adjustment == Adjustment(date: "2024-09-24", place: "Kommunhuset, Lindeåsa"))
    }

    /// A närvaro- och omröstningslista aligned with spaces: "–" under Närvarande is an absent member,
    /// a name under Ersättare on the same row served for that member; "vice ordf" is written out.
    @Test func spaceAlignedPresenceTable() throws {
        let d = try document("c5_miljo_bygg_tabell.txt")
        #expect(!d.attendance.contains { $0.name == "Per Holm" || $0.name == "Hanna Öberg" }, "absent, replaced")
        let substitute = try #require(d.attendance.first { $0.name == "Lisa Ek" })
        #expect(substitute.replaces == "Per Holm")
        #expect(substitute.deciding)
        #expect(d.attendance.first { $0.name == "Göran Bäck" }.map { ($0.role, $0.deciding) } ?? (nil, false) == ("vice ordförande", true))
        #expect(d.attendance.filter(\.deciding).count == 9)
        #expect(!d.attendance.contains { $0.organisation == "–" })
    }

    /// Notes of a management group: "**Ämne: …**" topics without numbers, initials before names
    /// ("KL Karin Lidén", "PS – Petra Sandin") and after them ("Roger Haapala (RH)").
    @Test func topicHeadingsAndInitials() throws {
        let d = try document("d5_ledningsgrupp_amne_initialer.txt")
        #expect(d.body == "Kommunledningsgruppen")
        #expect(d.paragraphs.count == 6)
        #expect(d.chair == "Karin Lidén")
        #expect(d.attendance.map(\.name).prefix(3) == ["Karin Lidén", "Roger Haapala", "Petra Sandin"])
        #expect(d.attendance.first { $0.name == "Roger Haapala" }?.party == nil)
        #expect(d.attendance.filter { $0.name == "Sofie Wahlström" }.count == 1)
        let budget = try #require(d.paragraphs.first { $0.number == "2" })
        #expect(budget.decisions.count == 1, "\(budget.decisions.map(\.text))")
        #expect(d.paragraphs.first { $0.number == "4" }?.references.count == 1, "'Taxan antogs av KF 2024-09-30' is earlier")
    }

    /// An old Word export: Symbol-font bullets (U+F0B7) before att-clauses, "samt" in a running list,
    /// a name's parenthesis wrapped onto the next line, "(suppleant, tjänstgörande för X)", and
    /// "Vid det mötet beslutades att …" as an earlier decision.
    @Test func oldWordExportArtefacts() throws {
        let d = try document("d6_samfallighet_word_artefakter.txt")
        #expect(d.paragraphs.first { $0.number == "8" }?.decisions.first?.clauses.count == 3)
        #expect(d.attendance.map(\.name) == ["Bengt Rosén", "Lisa Forsman", "Maria Göransson", "Kjell-Arne Pettersson", "Ove Strömberg"])
        #expect(d.attendance.last?.replaces == "Anita Björk")
        let p4 = try #require(d.paragraphs.first { $0.number == "4" })
        #expect(p4.decisions.map(\.text) == ["Protokollet godkändes och lades till handlingarna."])
        // The minutes gone through, and the decision "Vid det mötet" took.
        #expect(p4.references.map(\.date) == ["2023-11-21", nil])
        // "Sida 1 av 3" at the foot of a page, indented far right, and the header after it.
        #expect(!d.paragraphs.contains { $0.text.contains("Sida 1 av 3") || $0.text.contains("Styrelseprotokoll 2024-02-13") })
        #expect(d.paragraphs.first { $0.number == "5" }?.decisions.map(\.text) == ["Styrelsen godkände den ekonomiska rapporten."])
    }

    /// "Plats och tid: …, tisdagen den 26 november" wrapped onto "2024 kl. 09.30–16.05".
    @Test func placeAndTimeWrappedMidDate() throws {
        let d = try document("d4_regionfullmaktige_radbruten_tid.txt")
        #expect(d.meeting == Meeting(date: "2024-11-26", startTime: "09:30", endTime: "16:05", place: "Regionens hus, plenisalen, Västerholm"))
    }

    /// "Tjänstgörande" over "ersättare", each half with a person beside it: the second person is
    /// kept, and serves.
    @Test func splitLabelWithAValueOnBothLines() throws {
        let d = try document("d2_utbildningsnamnd_delad_etikett_med_varde.txt")
        let serving = try #require(d.attendance.first { $0.name == "Jonas Wennberg" })
        #expect(serving.deciding)
        #expect(serving.replaces == "Sofia Mäkinen")
        #expect(d.attendance.first { $0.name == "Birgitta Claesson" }?.replaces == "Robert Ståhl")
    }

    /// A föreningsstämma: attendance in prose ("Dessutom närvarade Hanna Eklöf, förvaltare från …,
    /// och föreningens revisor …"), "utsett X till protokollförare", and "Stämman beslutade …" after
    /// an indented list of elected people.
    @Test func annualMeetingWithProseAttendance() throws {
        let d = try document("d3_brf_stamma_prosanarvaro.txt")
        #expect(d.secretary == "Sara Lindholm")
        let manager = try #require(d.attendance.first { $0.name == "Hanna Eklöf" })
        #expect(manager.organisation == "Fastighetsbyrån Nord AB")
        #expect(!manager.deciding)
        let auditor = try #require(d.attendance.first { $0.name == "Tomas Wikström" })
        #expect(auditor.role == "föreningens revisor")
        #expect(!auditor.deciding)
        #expect(d.paragraphs.first { $0.number == "14" }?.decisions.map(\.text) == ["Stämman beslutade enligt valberedningens förslag."])
    }

    /// "Närvarande tjänstepersoner:", a substitute's "ersättare för" wrapped before the member's name,
    /// "Enhetschef IFO Martin Sjödin", and "att gälla från och med …" as part of the clause before it.
    @Test func workingCommitteeOfficialsAndAClauseThatTakesEffect() throws {
        let d = try document("e5_snau_tjanstepersoner_ersattare.txt")
        #expect(d.secretary == "Olle Rapp")
        #expect(d.attendance.contains { $0.name == "Martin Sjödin" && !$0.deciding })
        let substitute = try #require(d.attendance.first { $0.name == "Per Wiklander" })
        #expect(substitute.replaces == "Johan Ahlström")
        #expect(substitute.paragraphs == "§ 16")
        #expect(d.paragraphs.first { $0.number == "15" }?.decisions.first?.clauses
            == ["anta reviderade riktlinjer för ekonomiskt bistånd att gälla från och med 2024-04-01"])
    }

    /// 1980s minutes: "Åke Malm, suppl., tjänstgörande i st. f. Karl-Erik Dahl", "Per Ahl, v. ordf.".
    @Test func oldAbbreviationsForSubstitutesAndRoles() throws {
        let d = try document("e6_brf_1987_versaler.txt")
        let substitute = try #require(d.attendance.first { $0.name == "Åke Malm" })
        #expect(substitute.deciding)
        #expect(substitute.replaces == "Karl-Erik Dahl")
        #expect(!d.attendance.contains { $0.name == "Karl-Erik Dahl" })
        #expect(d.attendance.first { $0.name == "Per Ahl" }?.role == "vice ordförande")
    }

    /// "Stämman beslöt att välja" followed by "- A till ordförande …" items: each item a clause.
    @Test func electionsListedUnderABareVerb() throws {
        let d = try document("e4_fiberforening_valda_i_lista.txt")
        let clauses = d.paragraphs.first { $0.number == "14" }?.decisions.first?.clauses ?? []
        #expect(clauses.count == 5)
        #expect(clauses.first == "Margareta Hellsten till ordförande för ett år (omval)")
    }

    /// "Justeringens plats och tid  Omedelbar justering, kommunhuset 2024-08-14 kl. 08.50".
    @Test func immediateAdjustmentWithAPlace() throws {
        #expect(try document("e1_krisledning_omedelbar_justering.txt").adjustment == Adjustment(date: "2024-08-14", place: "kommunhuset"))
    }

    /// A närvarolista in a bilaga with "Tjänstgörande ersättare   Parti   Ersätter": the member in the
    /// last column was replaced, and is not present.
    @Test func presenceListWithAReplacesColumn() throws {
        let d = try document("e3_kf_val_narvarolista_ersatter.txt")
        #expect(d.attendance.first { $0.name == "Rut Sandberg" }?.replaces == "Lennart Frid")
        #expect(!d.attendance.contains { $0.name == "Lennart Frid" })
        #expect(d.attendance.filter(\.deciding).count == 20)
    }

    /// "Förvaltningens förslag till beslut" holding "Nämnden beslutar att …": a proposal the meeting did
    /// not adopt (it sent the matter back).
    @Test func theAdministrationsProposalIsNoDecision() throws {
        let d = try document("f1_bun_forvaltningens_forslag.txt")
        let p37 = try #require(d.paragraphs.first { $0.number == "37" })
        #expect(p37.decisions.count == 1)
        #expect(p37.decisions.first?.clauses.first?.hasPrefix("återremittera") == true)
    }

    /// "Länsstyrelsens beslut 2025-02-19: … avslås" reported among meddelanden; "Lagstöd" is a rubric,
    /// so the föreläggande's decision ends before it.
    @Test func anotherOrgansDatedDecisionAndLegalGround() throws {
        let d = try document("f5_mhn_vite_meddelanden.txt")
        #expect(d.paragraphs.first { $0.number == "24" }?.decisions.map(\.text) == ["Meddelandena läggs till handlingarna."])
        let p22 = try #require(d.paragraphs.first { $0.number == "22" })
        #expect(p22.decisions.first?.clauses.count == 3)
        #expect(p22.sections.contains { $0.heading == "Lagstöd" })
    }

    /// "att anta offerten …, och att ge NN i uppdrag …" on one line: two clauses.
    @Test func twoClausesJoinedByOchAtt() throws {
        let d = try document("f6_hembygd_epost.txt")
        #expect(d.paragraphs.first { $0.number == "6" }?.decisions.first?.clauses
            == ["anta offerten från N. Hedlunds Plåt om 139 000 kr", "ge Bertil Strand och Gunnar Ek i uppdrag att skriva avtal"])
    }

    /// Minutes sent in an e-mail: the mail's "Ämne:" and greeting are not the title; the title in
    /// capitals names the association after " I ".
    @Test func minutesInAnEmailHaveTheirOwnTitle() throws {
        let d = try document("f6_hembygd_epost.txt")
        #expect(d.title == "PROTOKOLL FÖRT VID STYRELSEMÖTE I LERBO HEMBYGDSFÖRENING")
        #expect(d.organisation == "Lerbo hembygdsförening")
        #expect(HeaderParser.title(ArraySlice(["Ämne: Protokoll styrelsemöte 14/10", "Hej!", "Här kommer protokollet från i tisdags. Läs igenom.",
                                                "PROTOKOLL STYRELSEMÖTE BRF KVARNBACKEN I UPPSALA"].enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }))
                == "PROTOKOLL STYRELSEMÖTE BRF KVARNBACKEN I UPPSALA")
    }

    /// An extract whose first line is the page number "1(2)" above the letterhead.
    @Test func pageNumberAboveTheLetterhead() throws {
        let d = try document("f4_ks_utdrag_sidnummer_overst.txt")
        #expect(d.organisation == "Brunnsviks kommun")
        #expect(d.body == "Kommunstyrelsen")
        // "Protokollet justerat 2024-11-07. … genom anslag på" / "… anslagstavla 2024-11-08."
        #expect(d.announcement?.date == "2024-11-08")
    }

    /// The anslag in prose on the front page: "2024-06-18. Anslaget sätts upp 2024-06-19 och tas ned
    /// 2024-07-11."
    @Test func announcementInProseOnTheFrontPage() throws {
        let d = try document("c2_kyrkofullmaktige_anslag_i_prosa.txt")
        #expect(d.announcement?.date == "2024-06-19")
        // "SVENSKA KYRKAN" over "Stensjö församling": the församling is what met, a legal entity of its own.
        #expect(d.organisation == "Stensjö församling")
    }

    /// Minutes kept as a table "Punkt | Ärende | Beslut | Ansvarig", a long cell running on in the row
    /// below, and points "9 a", "9 b".
    @Test func minutesKeptAsADecisionTable() throws {
        let d = try document("e2_forbund_beslutstabell.txt")
        #expect(d.kind == .protokoll)
        #expect(d.paragraphs.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8", "9.1", "9.2", "10", "11.1", "11.2", "11.3", "12", "13"])
        let p5 = try #require(d.paragraphs.first { $0.number == "5" })
        #expect(p5.title == "Ekonomisk rapport per 2024-02-29")
        #expect(p5.decisions.last?.text.hasSuffix("godkänna den ekonomiska rapporten.") == true, "the cell continued on the next row")
        #expect(d.adjusters == ["Patrik Sundin"])
    }

    /// "Beslutande: Se bilaga 1" and a närvarolista whose header says "Närvarande §§ (ledamot)".
    @Test func presenceListHeaderWithANote() throws {
        let d = try document("g5_kf_narvarolista_anteckning_i_rubrik.txt")
        #expect(d.attendance.filter(\.deciding).count == 22)
        #expect(d.attendance.first { $0.name == "Kenneth Ahl" }?.replaces == "Jessica Wahl")
        #expect(d.warnings.allSatisfy { $0.code != "adjuster-not-present" })
    }

    /// "Margareta Sjö (S), tjg ers för Roger Nyman (S)".
    @Test func abbreviatedServingSubstitute() throws {
        let d = try document("g1_von_tjg_ers_for.txt")
        #expect(d.attendance.first { $0.name == "Margareta Sjö" }?.replaces == "Roger Nyman")
        #expect(!d.attendance.contains { $0.name == "Roger Nyman" })
        #expect(d.attendance.filter(\.deciding).count == 9)
    }

    /// A protokollsutdrag ("MBN § 143   Dnr MBN 2022-000871") whose titles wrap onto a second line that
    /// starts with a capital after a comma ("… enbostadshus och garage," / "Söderboda 3:41"), and a
    /// numbered decision whose first item goes on in an "att" line.
    @Test func titlesWrappedAfterACommaAndNumberedDecisionsWithAttLines() throws {
        let d = try document("g1_mbn_utdrag_titel_over_tva_rader.txt")
        #expect(d.paragraphs.map(\.number) == ["143", "145"])
        let p143 = try #require(d.paragraphs.first)
        #expect(p143.title == "Ansökan om bygglov för nybyggnad av enbostadshus och garage, Söderboda 3:41")
        #expect(p143.caseNumber == "MBN 2022-000871")
        #expect(p143.decisions.map(\.decidedBy) == ["Miljö- och byggnämnden"])
        #expect(p143.decisions.first?.clauses.count == 3)
        let p145 = try #require(d.paragraphs.last)
        #expect(p145.title == "Föreläggande vid vite om att ta bort olovligt uppförd brygga, Gräsö-Ängsholmen 1:7")
        #expect(p145.decisions.first?.clauses == [
            "Miljö- och byggnämnden förelägger ägaren till Gräsö-Ängsholmen 1:7, Roland Kvarnström, att senast 2022-11-30 ta bort bryggan och återställa stranden",
            "Föreläggandet förenas med ett vite om 60 000 kronor",
            "Beslutet gäller omedelbart även om det överklagas",
        ])
    }

    /// Regionfullmäktige as `pdftotext -layout` gives it: running page headers, "Justerandes sign"
    /// strips, the Dnr right-aligned on the § line, and a title wrapped onto an indented line in lower
    /// case ("… inom barn- och" / "ungdomspsykiatrin (BUP)").
    @Test func titleWrappedUnderAHeadingLineWithTheCaseNumber() throws {
        let d = try document("g2_regionfullmaktige_pdftotext_votering.txt")
        #expect(d.paragraphRange == ParagraphRange(first: 112, last: 120))
        #expect(d.paragraphs.map(\.number) == (112...120).map(String.init))
        let p114 = try #require(d.paragraphs.first { $0.number == "114" })
        #expect(p114.title == "Svar på interpellation om väntetider inom barn- och ungdomspsykiatrin (BUP)")
        #expect(p114.caseNumber == "RS/2023/1187")
        #expect(!d.paragraphs.contains { $0.text.contains("Justerandes sign") })
        let p115 = try #require(d.paragraphs.first { $0.number == "115" })
        #expect(p115.decisions.map(\.decidedBy) == ["Regionfullmäktige"])
        #expect(p115.decisions.first?.clauses.first == "fastställa regionplan och budget 2024 med plan för 2025–2026")
        #expect(d.chair == "Karin Sjölander")
        #expect(d.adjusters == ["Hans-Erik Nordlund", "Lena Strömqvist"])
    }

    /// pdftotext -layout wraps a title in its column and puts the case number to the right of the
    /// title's last piece: the piece ends the title, the number is the §'s.
    @Test func titleWrappedBesideItsCaseNumber() throws {
        let text = """
            PROTOKOLL
            Styrelsen
            Sammanträdesdatum 2024-10-17

              § 41          Ansökan om fortsatt finansiering av insatsen
                            Steget Vidare 2025                                        Dnr SFVS 2024/044

              Beslut
              Styrelsen beslutar att bevilja ansökan.

              § 42          Information om ekonomin
                            Förbundschefen informerar.                                Dnr SFVS 2024/050
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "wrapped.txt")
        #expect(d.paragraphs.map(\.title) == ["Ansökan om fortsatt finansiering av insatsen Steget Vidare 2025", "Information om ekonomin"])
        #expect(d.paragraphs.first?.caseNumber == "SFVS 2024/044")
        #expect(d.paragraphs.first?.text.hasPrefix("Beslut") == true)
        // A Word document indents the title's last piece with a tab.
        let word = "PROTOKOLL\nKårstyrelsen\nSammanträdesdatum 2025-03-06\n\n§ 9\tKåravgift från och med höstterminen 2025 –\n\tförslag till kårfullmäktige\t\t\t\tDnr SKB 2025/004\n\nBeslut\nStyrelsen beslutar att föreslå kårfullmäktige att höja avgiften.\n"
        let tabbed = try ProtokollParser.parse(Data(word.utf8), fileName: "tabbed.txt")
        #expect(tabbed.paragraphs.map { [$0.title, $0.caseNumber] } == [["Kåravgift från och med höstterminen 2025 – förslag till kårfullmäktige", "SKB 2025/004"]])
        // Typed minutes: the case number in the left margin, the title's rest beside it.
        let typed = """
            PROTOKOLL
            Byggnadsnämnden 1978-03-14

            § 37           Förslag till byggnadsplan för Norrviks fritids-
            Dnr B 112/77   område.

                           Nämnden beslöt att godkänna planförslaget.

            § 38           Bygglov
            Dnr B 12/78    Nämnden beviljade bygglov.
            """
        // A sentence of the text beside the Dnr stays text.
        let long = """
            PROTOKOLL
            Arbetsutskottet 2024-05-14
            Beslutande: Anna Berg (S), Bo Ek (M)

              § 86          Budgetuppföljning april
                            Ekonomichefen redovisar utfallet per den sista april           Dnr KS 2024/071
                            för kommunstyrelsens verksamheter.

                            Arbetsutskottet beslutar att lägga informationen till handlingarna.
            """
        #expect(try ProtokollParser.parse(Data(long.utf8), fileName: "long.txt").paragraphs.first?.title == "Budgetuppföljning april")
        let t = try ProtokollParser.parse(Data(typed.utf8), fileName: "typed.txt")
        #expect(t.paragraphs.map(\.title) == ["Förslag till byggnadsplan för Norrviks fritidsområde.", "Bygglov"])
        #expect(t.paragraphs.map(\.caseNumber) == ["B 112/77", "B 12/78"])
        #expect(t.paragraphs.last?.text == "Nämnden beviljade bygglov.")
        // "Sekretess" in the case number's slot is no title.
        let secret = """
            PROTOKOLL
            Individutskottet 2024-09-12
            Beslutande: Anna Berg (S), Bo Ek (M)

            § 114                                                  Sekretess

            Ärende enligt SoL

            Beslut: Enligt sekretessbilaga.
            """
        #expect(try ProtokollParser.parse(Data(secret.utf8), fileName: "secret.txt").paragraphs.first?.title == "Ärende enligt SoL")
        #expect(t.paragraphs.last?.decisions.count == 1)
    }

    /// A nämnd in a Word export: tabs between label and value, and the § range only in the signature
    /// row ("Underskrifter<TAB>Sekreterare<TAB>Paragrafer<TAB>44–52"), the numbers in the cell after
    /// the label; an informationsärende without a decision.
    @Test func paragraphRangeInTheCellAfterItsLabel() throws {
        let d = try document("g4_kfn_word_paragrafer_i_underskriftsrad.txt")
        #expect(d.paragraphRange == ParagraphRange(first: 44, last: 52))
        #expect(d.paragraphs.map(\.number) == (44...52).map(String.init))
        #expect(!d.warnings.contains { $0.code == "missing-paragraph" })
        #expect(d.paragraphs.first { $0.number == "47" }?.decisions.isEmpty == true)
        let p49 = try #require(d.paragraphs.first { $0.number == "49" })
        #expect(p49.decisions.map(\.decidedBy) == ["Kultur- och fritidsnämnden"])
        #expect(p49.decisions.first?.clauses.first?.hasPrefix("anta reviderade taxor") == true)
        #expect(p49.decisions.map(\.proposedTo) == ["Kommunfullmäktige"])
        #expect(d.chair == "Lars Nygren")
        #expect(d.adjusters == ["Malin Hjort"])
        #expect(d.adjustment == Adjustment(date: "2021-06-15", place: "Stadshuset"))
        // Jäv in § 48: Rolf Axelsson leaves that §, and Axel Fors serves there in his place.
        #expect(d.attendance.first { $0.name == "Rolf Axelsson" }?.paragraphs == "ej § 48")
        #expect(d.attendance.first { $0.name == "Axel Fors" }.map { ($0.deciding, $0.paragraphs) } ?? (false, nil) == (true, "§ 48"))
        // "beslutar enligt förvaltningens förslag" / "enligt förslaget": the proposal's clauses.
        #expect(d.paragraphs.first { $0.number == "46" }?.decisions.first?.clauses
            == ["godkänna ekonomisk uppföljning per den 31 maj 2021", "överlämna uppföljningen till kommunstyrelsen"])
        #expect(d.paragraphs.first { $0.number == "48" }?.decisions.first?.clauses
            == ["bevilja Säffle Ridklubb investeringsbidrag om 150 000 kr", "bidraget betalas ut mot uppvisad slutredovisning, dock senast 2021-12-15"])
    }

    /// A bostadsrättsförening's board with numbered points and "Namn – roll" attendance, signed under
    /// "Justeras:" with the place and date on a line of their own ("Västerås 2024-03-19").
    @Test func placeAndDateLineUnderTheSignatures() throws {
        let d = try document("g5_brf_ort_och_datum_under_justeras.txt")
        #expect(d.adjustment == Adjustment(date: "2024-03-19", place: "Västerås"))
        #expect(d.meeting.date == "2024-03-14")
        // Points 6 and 7 have lettered sub-points, each with its title and decision.
        #expect(d.paragraphs.map(\.number) == ["1", "2", "3", "4", "5", "6", "6a", "6b", "6c", "7", "7a", "7b", "7c", "8", "9", "10", "11"])
        #expect(d.paragraphs.first { $0.number == "6b" }?.title == "Takrenovering hus B")
        #expect(d.paragraphs.first { $0.number == "6b" }?.decisions.first?.text.hasPrefix("Styrelsen bordlade frågan") == true)
        // "Rasmus Wiik – förvaltare, Mälardalens Fastighetsförvaltning AB (punkt 5–6)": the points he attended.
        #expect(d.attendance.first { $0.name == "Rasmus Wiik" }.map { [$0.role, $0.paragraphs] } == ["förvaltare", "punkt 5–6"])
        #expect(d.chair == "Maria Håkansson")
        #expect(d.secretary == "Anneli Forsmark")
        #expect(d.adjusters == ["Oskar Dahlqvist"])
    }

    // Rounds 20 and 21 of blind documents (README, "Changing the parser"): what each layout must keep.

    /// Kommunfullmäktige: "§ 47 (forts.)" after a page break, "Paragrafer 45–58" beside signatures
    /// while "§§ 52–58" stands in the attendance columns, a jäv with a substitute, dated citations.
    @Test func continuationHeadingAndRangeBesideTheSignatures() throws {
        let d = try document("h1_kf_tva_kolumner_forts_sidbrytning.txt")
        #expect(d.paragraphRange == ParagraphRange(first: 45, last: 58))
        #expect(d.paragraphs.map(\.number) == (45...58).map(String.init))
        #expect(d.warnings.isEmpty)
        #expect(d.paragraphs.first { $0.number == "47" }?.decisions.first?.clauses.count == 5)
        #expect(d.attendance.first { $0.name == "Anita Holm" }?.paragraphs == "ej § 48")
        #expect(d.paragraphs.first { $0.number == "46" }?.decisions.map(\.text) == ["Motionen remitteras till kommunstyrelsen för beredning."])
        let p49 = try #require(d.paragraphs.first { $0.number == "49" })
        #expect(p49.references.contains { $0.body == "Miljö- och byggnämnden" && $0.date == "2023-05-10" })
        #expect(p49.references.contains { $0.body == "Kommunfullmäktige" && $0.date == "2019-11-25" })
        #expect(d.paragraphs.first { $0.number == "47" }?.references.map(\.date) == ["2023-06-05"])
        #expect(d.adjustment == Adjustment(date: "2023-06-26", place: "Kommunkansliet, kommunhuset"))
    }

    /// pdftotext of an individutskott: rubrics in a left column beside the text, secret §§ that
    /// decide "Se sekretessbilaga." at page bottoms, a jäv rubric with a substitute.
    @Test func rubricsInALeftColumnAndSecretDecisions() throws {
        let d = try document("h2_individutskott_rubriker_i_vansterspalt.txt")
        #expect(d.paragraphs.map(\.number) == (12...19).map(String.init))
        let p12 = try #require(d.paragraphs.first { $0.number == "12" })
        #expect(p12.decisions.map(\.decidedBy) == ["Individutskottet"])
        for number in ["13", "15", "18"] {
            #expect(d.paragraphs.first { $0.number == number }?.decisions.first?.text.hasPrefix("Se sekretessbilaga.") == true, "§ \(number)")
        }
        let p16 = try #require(d.paragraphs.first { $0.number == "16" })
        #expect(p16.sections.map(\.heading).contains("Omröstning"))
        #expect(p16.decisions.last?.clauses.count == 2)
        #expect(d.attendance.first { $0.name == "Leila Haddad" }?.paragraphs == "ej § 18")
        let nordqvist = try #require(d.attendance.first { $0.name == "Johan Nordqvist" })
        #expect(nordqvist.deciding && nordqvist.replaces == "Leila Haddad")
    }

    /// A samfällighet's compact minutes: the header on one line ("… kl. 19.00 hos Birgitta Wall"),
    /// "Efter diskussion beslöt styrelsen att … enligt stämmans beslut 2023-03-19, § 11", jäv in prose.
    @Test func compactBoardMinutesWithJavInProse() throws {
        let d = try document("h3_samfallighet_kompakt_jav_i_prosa.txt")
        #expect(d.meeting == Meeting(date: "2023-09-12", startTime: "19:00", endTime: "21:05", place: "hos Birgitta Wall, Ängsvägen 14"))
        let p35 = try #require(d.paragraphs.first { $0.number == "35" })
        #expect(p35.decisions.first?.decidedBy == "Styrelsen")
        #expect(p35.decisions.first?.clauses.count == 3)
        #expect(p35.references.first.map { ($0.body, $0.date) } ?? (nil, nil) == ("Stämman", "2023-03-19"))
        #expect(d.attendance.first { $0.name == "Håkan Ljung" }?.paragraphs == "ej § 38")
        #expect(d.attendance.first { $0.name == "Birgitta Wall" }?.paragraphs == nil)
        #expect(d.attendance.first { $0.name == "Marit Öhman" }?.replaces == "Eva-Lena Sundqvist")
        #expect(d.attendance.first { $0.name == "Ulf Hed" }?.deciding == false)
        #expect(d.paragraphs.first { $0.number == "31" }?.decisions.map(\.text) == ["Mötet förklarades beslutsmässigt."])
    }

    /// Network notes: "•  Name – Organisation" bullets set off by two spaces, "punkt 1–4".
    @Test func bulletsWithAWideGapAreAttendance() throws {
        let d = try document("h4_natverk_punktlista_med_tabb.txt")
        #expect(d.kind == .minnesanteckningar)
        #expect(d.attendance.count == 9)
        #expect(d.attendance.allSatisfy { !$0.deciding })
        #expect(d.attendance.first { $0.name == "Peter Nygård" }?.paragraphs == "punkt 1–4")
        #expect(d.attendance.first { $0.name == "Lotta Sund" }?.paragraphs == "från punkt 3")
        #expect(d.secretary == "Johan Ek")
        #expect(d.paragraphs.first { $0.number == "5" }?.decisions.first?.clauses.count == 2)
    }

    /// A one-§ extract whose only list of members is the roll-call table of a vote.
    @Test func rollCallGivesTheDecidingMembers() throws {
        let d = try document("h5_hsn_utdrag_namnupprop.txt")
        #expect(d.attendance.count == 15)
        #expect(d.attendance.allSatisfy { $0.deciding })
        #expect(d.chair == "Anna-Lena Widén")
        #expect(d.meeting.place == "Regionhuset, sammanträdesrum Storsjön")
        #expect(d.paragraphs.first?.decisions.first?.clauses.count == 3)
        #expect(!d.warnings.contains { $0.code == "no-attendance" })
    }

    /// A brf stämma signed with roles over names ("Stämmoordförande   Protokollförare") under
    /// "Ort och datum: Örebro 2024-06-03".
    @Test func rolesOverNamesAndOrtOchDatum() throws {
        let d = try document("h6_brf_stamma_roller_over_namn.txt")
        #expect(d.chair == "Gunilla Ahlström")
        #expect(d.secretary == "Johan Pettersson")
        #expect(d.adjusters == ["Birgitta Holm", "Ali Rahimi"])
        #expect(d.adjustment == Adjustment(date: "2024-06-03", place: "Örebro"))
        #expect(d.attendance.contains { $0.name == "Gunilla Ahlström" && !$0.deciding })
    }

    /// Google Docs Markdown with escapes ("2024\\-05\\-13", "1\\. att") and elections in § 2.
    @Test func markdownEscapesAreText() throws {
        let d = try document("h7_studentkar_markdown_escapes.md")
        #expect(d.secretary == "Sara Nyström")
        #expect(d.chair == "Amir Hosseini")
        #expect(d.adjustment?.date == "2024-05-13")
        #expect(d.paragraphs.first { $0.number == "9" }?.decisions.first?.clauses.count == 3)
        #expect(d.paragraphs.first { $0.number == "5" }?.decisions.last?.clauses == ["köpa in ny projektor för högst 11 500 kr", "belasta kontot för inventarier"])
        #expect(d.paragraphs.first { $0.number == "8" }?.references.first?.date == "2023-11-22")
    }

    /// A company's annual meeting: "fört vid årsstämma … kl. 15.00 i Stadshuset", "Närvarande utan
    /// rösträtt", an auditor's firm ending in "AB", the signing date on a line of its own.
    @Test func companyMeetingWithoutVotingRights() throws {
        let d = try document("h8_bolagsstamma_utan_rostratt.txt")
        #expect(d.paragraphs.filter { $0.number.hasPrefix("8") }.map(\.number) == ["8", "8a", "8b", "8c"])
        #expect(d.meeting == Meeting(date: "2023-04-25", startTime: "15:00", endTime: "15:45", place: "Stadshuset, sammanträdesrum Ljungan, Älvbacka"))
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Margareta Nyström"])
        #expect(!d.attendance.contains { $0.name.hasPrefix("Öhrlings") })
        #expect(d.attendance.first { $0.name == "Lena Holm" }?.organisation == "Öhrlings PricewaterhouseCoopers AB")
        #expect(d.adjustment == Adjustment(date: "2023-05-02", place: "Älvbacka"))
        #expect(d.paragraphs.first { $0.number == "13" }?.decisions.map(\.decidedBy) == ["Stämman", "Stämman"])
        #expect(d.paragraphs.first { $0.number == "10" }?.references.first.map { ($0.body, $0.date) } ?? (nil, nil) == ("Kommunfullmäktige", "2022-12-12"))
    }

    /// OCR of a 1994 scan: "$ 29" for "§ 29", "kl 13.3O-16.45", a page number beside the date label.
    @Test func ocrDollarSignAndLetterDigits() throws {
        let d = try document("h9_mhn_ocr_1994.txt")
        #expect(d.paragraphs.map(\.number) == (23...31).map(String.init))
        #expect(d.paragraphs.first { $0.number == "29" }?.title == "Verksamhetsplan för 1994")
        // A title wrapped onto a short last line before the blank line: "… fastigheten" / "Sörby 2:7".
        #expect(d.paragraphs.first { $0.number == "28" }?.title?.hasSuffix("fastigheten Sörby 2:7") == true)
        #expect(d.meeting.startTime == "13:30")
        #expect(d.meeting.endTime == "16:45")
        #expect(!d.warnings.contains { $0.code == "missing-paragraph" })
    }

    // Round 22.

    /// Board notes whose topics are short rubrics without numbers ("Ekonomi", "Medlemsfrågor").
    @Test func notesWithUnnumberedRubrics() throws {
        let d = try document("i1_koloni_anteckningar_rubriker_utan_nummer.txt")
        #expect(d.kind == .minnesanteckningar)
        #expect(d.paragraphs.compactMap(\.title) == ["Ekonomi", "Medlemsfrågor", "Vattnet", "Städdagen", "Aktiviteter", "Skrivelse från kommunen", "Övrigt"])
        #expect(d.paragraphs.first?.decisions.first?.clauses == ["höja arrendet med 4 % från och med 2025", "informera medlemmarna i juniutskicket"])
        #expect(!d.warnings.contains { $0.code == "no-paragraphs" })
    }

    /// A KS extract: "Kommunstyrelsens förslag till kommunfullmäktige" is decided by KS (its proposal),
    /// "KS § 47 forts." continues § 47, and the roll call gives the deciding members.
    @Test func proposalToTheCouncilIsTheBoardsDecision() throws {
        let d = try document("i2_ks_utdrag_forslag_till_kf_namnupprop.txt")
        #expect(d.paragraphs.map(\.number) == ["45", "47"])
        let p47 = try #require(d.paragraphs.last)
        #expect(p47.decisions.map(\.decidedBy) == ["Kommunstyrelsen", "Kommunstyrelsen"])
        #expect(p47.decisions.first?.clauses.count == 3)
        #expect(d.attendance.count == 13)
        #expect(d.attendance.first { $0.name == "Birgit Falk" }?.replaces == "Mikael Berglund")
        #expect(d.attendance.allSatisfy { $0.deciding })
        #expect(d.meeting.date == "2024-04-16")
        // "Protokollet justerades 2024-04-19 av ordföranden … och justeraren Eva Holmberg (C)."
        #expect(d.adjusters == ["Eva Holmberg"])
        #expect(d.adjustment?.date == "2024-04-19")
    }

    /// A sports club's årsmöte: a guest "utan rösträtt", sub-points 7a–7c and 14a–14e, "gav
    /// styrelsen i uppdrag".
    @Test func annualMeetingWithSubPointsAndAGuestWithoutVote() throws {
        let d = try document("i3_if_arsmote_underpunkter_utan_rostratt.txt")
        #expect(d.attendance.first { $0.name == "Ove Strand" }?.deciding == false)
        #expect(d.paragraphs.map(\.number).filter { $0.hasPrefix("7") } == ["7", "7a", "7b", "7c"])
        #expect(d.paragraphs.map(\.number).filter { $0.hasPrefix("14") } == ["14", "14a", "14b", "14c", "14d", "14e"])
        #expect(d.paragraphs.first { $0.number == "15" }?.decisions.map(\.decidedBy) == ["Årsmötet"])
        // "Ordförande (1 år): Lena Berg (omval)": each line of the election list is a decision.
        #expect(d.paragraphs.first { $0.number == "14a" }?.decisions.map(\.text) == ["Ordförande (1 år): Lena Berg (omval)"])
        #expect(d.paragraphs.first { $0.number == "14b" }?.decisions.count == 1)
        #expect(d.chair == "Gunnar Sköld")
    }

    /// `pdftotext -layout` of a region's front page: "Övriga" / "närvarande" stands between the
    /// deciding members and the officials, a substitute's "ersättare för …" wraps in the left
    /// column, and "hälso- och sjuk-" / "vårdsdirektör § 215" wraps in the right one.
    @Test func secondListLabelBetweenTwoColumnsOfNames() throws {
        let d = try document("j1_region_au_mittetikett.txt")
        let deciding = d.attendance.filter(\.deciding).map(\.name)
        #expect(deciding == ["Anders Wiklund", "Cecilia Markström", "Karin Ödman", "Lotta Grönberg", "Jonas Hedin"])
        #expect(d.attendance.first { $0.name == "Jonas Hedin" }?.replaces == "Magnus Ståhl")
        #expect(d.attendance.first { $0.name == "Lotta Grönberg" }?.paragraphs == nil)
        #expect(d.attendance.first { $0.name == "Per Stenmark" }?.paragraphs == "§§ 211–212")
        let director = try #require(d.attendance.first { $0.name == "Maria Olander" })
        #expect(director.role == "hälso- och sjukvårdsdirektör")
        #expect(director.paragraphs == "§ 215")
        #expect(d.attendance.allSatisfy { $0.organisation == nil })
        #expect(d.attendance.count == 11)
    }

    /// "Beslutande   Ledamöter   Ersättare" with sub-labels in the right column ("Tjänstgörande
    /// ersättare", "Ej tjänstgörande ersättare", "Förhinder"), and "tjg för Göran" / "Sundqvist (S)
    /// §§ 120–121" broken inside the replaced member's name.
    @Test func membersAndSubstitutesWithSubLabelsInTheRightColumn() throws {
        let d = try document("j2_kf_ledamoter_ersattare_underrubriker.txt")
        for name in ["Ali Rashidi", "Greta Holm", "Viktor Almgren"] {
            #expect(d.attendance.first { $0.name == name }?.deciding == false, "\(name) is an ersättare who did not serve")
        }
        #expect(!d.attendance.contains { $0.name == "Maria Forsell" }, "under Förhinder")
        let serving = try #require(d.attendance.first { $0.name == "Mirja Heikkilä" })
        #expect(serving.replaces == "Göran Sundqvist")
        #expect(serving.paragraphs == "§§ 120–121")
        #expect(d.attendance.first { $0.name == "Göran Sundqvist" }?.paragraphs == "§§ 112–119")
        #expect(d.attendance.first { $0.name == "Hans-Erik Lundmark" }?.paragraphs == nil)
        #expect(d.attendance.allSatisfy { $0.organisation == nil })
        #expect(d.attendance.filter(\.deciding).count == 25)
    }

    /// A company board numbering "8 §": "Ärende ÖE 2025/014" beside the title, participation "under
    /// 5 § och 6 §", employee representatives, a "Jäv:" note before "Styrelsen beslutade" with a
    /// contract period in a clause, and the owner's directive fixed earlier "vid extra bolagsstämma".
    @Test func companyBoardWithNumberFirstParagraphs() throws {
        let d = try document("j3_bolag_n_paragraf_arende_nummer.txt")
        let p8 = try #require(d.paragraphs.first { $0.number == "8" })
        #expect(p8.caseNumber == "ÖE 2025/014")
        #expect(p8.title == "Avtal om service och underhåll av vindkraftverken vid Hjortberget")
        #expect(p8.decisions.first?.clauses.count == 2)
        #expect(p8.references.isEmpty, "the contract period is no earlier decision")
        #expect(d.attendance.first { $0.name == "Per Nygård" }?.paragraphs == "5 § och 6 §")
        #expect(d.attendance.first { $0.name == "Frida Östlund" }?.deciding == true)
        #expect(d.attendance.first { $0.name == "Roland Bäck" }?.deciding == false)
        let p10 = try #require(d.paragraphs.first { $0.number == "10" })
        #expect(p10.decisions.count == 1)
        #expect(p10.references.map(\.date) == ["2024-12-16", "2025-02-20"])
        #expect(p10.references.last?.body == "Extra bolagsstämma")
        // "Med 5 röster mot 2" and Ahmed Yilmaz's "avvikande mening".
        let p9 = try #require(d.paragraphs.first { $0.number == "9" })
        #expect(p9.votes.map { [$0.yes, $0.no] } == [[5, 2]])
        #expect(p9.reservations.map(\.names) == [["Ahmed Yilmaz"]])
    }

    /// "Tjänstgörande ersättare" as a sub-label in the left column under the members, substitutes who
    /// sit among the ersättare for some §§ and serve for others ("Pia Wennberg (M), ej § 103" and
    /// "Pia Wennberg (M) för Lars Öhman (M), § 103"): where they served is what counts.
    @Test func substitutesListedTwiceServeWhereTheServingEntrySays() throws {
        let d = try document("j5_bmn_underrubriker_i_vanster_spalt.txt")
        let pia = try #require(d.attendance.first { $0.name == "Pia Wennberg" })
        #expect(pia.deciding && pia.replaces == "Lars Öhman" && pia.paragraphs == "§ 103")
        let sofia = try #require(d.attendance.first { $0.name == "Sofia Ekdahl" })
        #expect(sofia.replaces == "Kent Lund" && sofia.paragraphs == "§§ 106–110")
        #expect(d.attendance.first { $0.name == "Tove Näslund" }?.replaces == "Per-Olof Grahn")
        #expect(d.attendance.first { $0.name == "Robert Nyqvist" }?.deciding == false)
        #expect(d.attendance.first { $0.name == "Robert Nyqvist" }?.paragraphs == "§§ 103–106")
        #expect(d.attendance.first { $0.name == "Emma Wiik" }?.deciding == false)
        // Two votes in § 105, counts only: återremiss first, then the matter.
        #expect(d.paragraphs.first { $0.number == "105" }?.votes.map { [$0.yes, $0.no, $0.abstained] } == [[5, 4, nil], [5, 3, 1]])
    }

    /// Notes of an advisory council, titled "MINNESANTECKNINGAR" though numbered in §§ and adjusted:
    /// the title decides the kind. Each member's organisation after the name ("Gunnel Ås, PRO
    /// Stensjö, vice ordförande"; "SKPF Pensionärerna avd. 217") is no person of its own.
    @Test func councilNotesWithOrganisationsAfterTheNames() throws {
        let d = try document("j6_kpr_minnesanteckningar_organisationer.txt")
        #expect(d.kind == .minnesanteckningar)
        #expect(!d.attendance.contains { $0.name.hasPrefix("PRO") || $0.name.hasPrefix("SPF") || $0.name.hasPrefix("Seniorerna") })
        #expect(d.attendance.first { $0.name == "Gunnel Ås" }?.organisation == "PRO Stensjö")
        #expect(d.attendance.first { $0.name == "Gunnel Ås" }?.role == "vice ordförande")
        #expect(d.attendance.first { $0.name == "Inga-Lill Sandström" }?.organisation == "RPG Stensjö")
        #expect(d.attendance.first { $0.name == "Stig Nyman" }?.paragraphs == "från § 4")
        #expect(d.attendance.allSatisfy { !$0.deciding })
    }

    /// A kyrkoråd's older prose layout in Windows-1252: members in one paragraph opened by
    /// "Ledamöterna", then "Därjämte närvarade …" for those without a vote; a vote by counts in prose
    /// ("6 röster för förslaget och 4 för …") and a reservation by three of the four who lost.
    @Test func churchCouncilWithProseAttendanceAndAVoteInProse() throws {
        let d = try document("k1_kyrkorad_prosanarvaro_cp1252.txt")
        #expect(d.chair == "Ingrid Hallström")
        // No "Paragrafer" label: the §§ themselves, 45 to 58 without a gap, are the range.
        #expect(d.paragraphRange == ParagraphRange(first: 45, last: 58))
        #expect(d.attendance.filter(\.deciding).map(\.name) == [
            "Ingrid Hallström", "Sven-Olof Rydén", "Ann-Charlotte Berg", "Gunnel Åkerblom", "Per-Arne Lindqvist",
            "Bertil Hägg", "Tove Strand", "Lars Wiklander", "Jonas Eldh", "Mats Ekholm",
        ])
        #expect(d.attendance.first { $0.name == "Birgitta Nordh" }?.deciding == false)
        #expect(d.attendance.first { $0.name == "Hans Törnqvist" }?.paragraphs == "§§ 49–53")
        #expect(d.attendance.first { $0.name == "Sven-Olof Rydén" }?.role == "vice ordförande")
        #expect(d.attendance.first { $0.name == "Bertil Hägg" }?.paragraphs == "ej § 52")
        let organ = try #require(d.paragraphs.first { $0.number == "51" })
        #expect(organ.votes.map { [$0.yes, $0.no] } == [[6, 4]])
        #expect(organ.reservations.map(\.names) == [["Gunnel Åkerblom", "Per-Arne Lindqvist", "Mats Ekholm"]])
    }

    /// A kommunfullmäktige as pdftotext prints it: a two-column roll list (a right-hand member with
    /// a role after a comma), and a voting list in a bilaga with a party column, two members a row,
    /// and the serving substitute in parentheses. The party-group reservations name exactly those
    /// who voted nej.
    @Test func councilVotingListWithPartyColumnsAndSubstitutes() throws {
        let d = try document("k2_kf_voteringslista_partikolumn.txt")
        #expect(d.attendance.first { $0.name == "Gunilla Bergkvist" }?.role == "2:e vice ordförande")
        #expect(d.attendance.first { $0.name == "Rebecka Lind" }?.organisation == nil)
        let school = try #require(d.paragraphs.first { $0.number == "16" })
        let vote = try #require(school.votes.first)
        #expect([vote.yes, vote.no, vote.abstained] == [24, 15, 2])
        #expect(vote.ballots.count == 41)
        #expect(vote.ballots.first { $0.name == "Rolf Nyqvist" }?.vote == .yes)
        #expect(!vote.ballots.contains { $0.name == "Anna Kjellberg" })
        let nej = Set(vote.ballots.filter { $0.vote == .no }.map(\.name))
        #expect(Set(school.reservations.flatMap(\.names)) == nej)
        #expect(school.decisions.first?.clauses.count == 4)
    }

    /// An idrottsförening's årsmöte that moved two points forward: "11.", "13.", "14.", "12.", "15."
    /// stay points. Elections in a Word table (continuation rows, "Kvarstår" rows left out) and a vote
    /// by hands in prose.
    @Test func annualMeetingWithPointsOutOfOrderAndElectionTables() throws {
        let d = try document("k3_if_arsmote_punkter_i_annan_ordning.txt")
        // Numbered points are no § range.
        #expect(d.paragraphRange == nil)
        #expect(d.paragraphs.map(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "13", "14", "12", "15", "16", "17", "18"])
        #expect(d.paragraphs.first { $0.number == "14" }?.votes.map { [$0.yes, $0.no, $0.abstained] } == [[9, 14, 1]])
        let elections = try #require(d.paragraphs.first { $0.number == "16" })
        #expect(elections.decisions.count == 2)
        #expect(elections.decisions.first?.clauses.contains("Styrelseledamöter, 2 år: Mattias Ek (nyval)") == true)
        #expect(!elections.decisions.flatMap(\.clauses).contains { $0.contains("Pia Granberg") })
        #expect(elections.decisions.last?.clauses.count == 3)
        #expect(d.paragraphs.first { $0.number == "11" }?.decisions.first?.decidedBy == "Årsmötet")
    }

    /// A kommunalförbund's direktion decides "för egen del" and proposes to the member councils in the
    /// same Beslut, across a page break; a tie settled by the chair's casting vote is no reference.
    @Test func federationDecidesForItselfAndProposesToItsMembers() throws {
        let d = try document("k4_direktion_egen_del_och_forslag.txt")
        #expect(d.paragraphRange == ParagraphRange(first: 38, last: 48))
        let budget = try #require(d.paragraphs.first { $0.number == "43" })
        #expect(budget.decisions.map(\.proposedTo) == [nil, "Medlemskommunernas fullmäktige"])
        #expect(budget.decisions.map(\.clauses.count) == [3, 3])
        let tie = try #require(d.paragraphs.first { $0.number == "44" })
        #expect(tie.votes.map { [$0.yes, $0.no] } == [[3, 3]])
        #expect(tie.references.map(\.date) == ["2025-06-12"])
        #expect(d.attendance.first { $0.name == "Amir Jafari" }?.organisation == "Tärnås naturbruksgymnasium")
        #expect(d.attendance.first { $0.name == "Wilma Sandberg" }?.paragraphs == "§§ 38–44")
        // Two member councils that decided on the same day stay apart by their municipality's name.
        let cited = Set(d.paragraphs.flatMap(\.references).compactMap(\.body))
        #expect(cited.isSuperset(of: ["Siljebo kommunfullmäktige", "Ljungmora kommunfullmäktige", "Tärnås kommunfullmäktige"]))
    }

    /// Markdown board notes whose last headings carry no number ("## Övrigt", "## Nästa möte"): each
    /// is a point, so the decision under Övrigt is not filed as a reference of point 7. A vote in prose.
    @Test func markdownNotesWithUnnumberedTrailingTopics() throws {
        let d = try document("k5_forening_markdown_overigt_utan_nummer.md")
        // "**Förening:** Stadsodlarna i Norrbrunna (ideell förening)" names the organisation.
        #expect(d.organisation == "Stadsodlarna i Norrbrunna")
        #expect(d.paragraphs.map(\.title) .suffix(3) == ["Övrigt", "Nästa möte", "Att göra – sammanställning"])
        let other = try #require(d.paragraphs.first { $0.title == "Övrigt" })
        #expect(other.decisions.first?.clauses.count == 2)
        #expect(d.paragraphs.first { $0.number == "7" }?.references.contains { $0.text.contains("nycklar") } == false)
        #expect(d.paragraphs.first { $0.number == "4" }?.votes.map { [$0.yes, $0.no] } == [[4, 1]])
    }

    /// pdftotext without -layout: the attendance table written one column after the other (seven
    /// names, then seven "(party), role" lines), the case number alone under "§ 202", a citation
    /// wrapped so that a line starts "§ 87).", the body's own proposal with no Beslut rubric, a roll
    /// call one cell a line across a page break, and two reservation sentences after "se bilaga 5.".
    @Test func pdftotextWithoutLayoutWritesTablesOneCellALine() throws {
        let d = try document("l1_regionstyrelse_pdftotext_utan_layout.txt")
        #expect(d.chair == "Lena Abrahamsson")
        // No letterhead (it was a logo): the region the text names most often.
        #expect(d.organisation == "Region Västerfors")
        let byName = Dictionary(uniqueKeysWithValues: d.attendance.map { ($0.name, $0) })
        #expect(byName["Olof Grankvist"].map { [$0.party, $0.role] } == ["M", "1:e vice ordförande"])
        #expect(byName["Elsa Mörk"]?.replaces == "Hamid Rostami")
        #expect(byName["Birgitta Runeberg"].map { [$0.party, $0.paragraphs] } == ["SD", "ej § 203"])
        #expect(d.attendance.filter(\.deciding).count == 8)
        #expect(d.paragraphs.map(\.number) == ["201", "202", "203", "204"])
        #expect(d.paragraphs.map(\.caseNumber) == [nil, "RS 2025/311", "RS 2025/287", "RS 2025/002"])
        #expect(d.paragraphs.map(\.title) == ["Val av justerare", "Delårsrapport augusti 2025",
                                             "Avtal om fastighetsförvaltning i Norrkärr", "Anmälan av delegationsbeslut"])
        #expect(!d.warnings.contains { $0.code == "paragraph-outside-range" })
        let report = try #require(d.paragraphs.first { $0.number == "202" })
        #expect(report.decisions.map(\.proposedTo) == ["Regionfullmäktige"])
        #expect(report.references.map(\.date) == ["2024-11-19"])
        let contract = try #require(d.paragraphs.first { $0.number == "203" })
        #expect(contract.votes.map { [$0.yes, $0.no] } == [[4, 3]])
        #expect(contract.votes.first?.ballots.filter { $0.vote == .no }.map(\.name) == ["Olof Grankvist", "Maria Teng Holm", "Daniel Åhs"])
        #expect(contract.reservations.map(\.names) == [["Olof Grankvist", "Maria Teng Holm"], ["Daniel Åhs"]])
        #expect(contract.decisions.count == 1)
    }

    /// Board minutes that end with a rule, then the place and date the signers write, then "Vid
    /// protokollet": the date is the adjustment's and none of it is the last point's text. "Det
    /// uppdrogs åt Kassören att …" is a decision.
    @Test func placeAndDateOverTheSignaturesAfterARule() throws {
        let text = """
            # Protokoll styrelsemöte

            **Datum:** 2025-03-12
            **Närvarande:** Maria Ek, ordförande; Lisa Holm, sekreterare; Per Alm, kassör

            ## 1. Ekonomi

            Det uppdrogs åt Kassören att placera 400 000 kr på fasträntekonto.

            ## 2. Mötets avslutande

            Ordföranden förklarade mötet avslutat.

            ---

            Norrstad den 19 mars 2025

            **Vid protokollet**

            Lisa Holm, sekreterare

            **Justeras**

            Maria Ek, ordförande
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "brf.md")
        #expect(d.adjustment == Adjustment(date: "2025-03-19", place: "Norrstad"))
        #expect(d.paragraphs.last?.text.contains("Norrstad") == false)
        #expect(d.paragraphs.first?.decisions.map(\.decidedBy) == ["Styrelsen"])
    }

    /// An OCR'd typewritten protokoll from 1994: "Ma1in" for Malin, "Justeringsdag" with a weekday
    /// and the place after the date, the time on the place's second line with "kl" and a spaced
    /// dash, substitutes "för X" in a column of their own, "(ers)" in the roll call, a roll call
    /// under the Reservation rubric, and "Tekniska nämnden" citing its proposal.
    @Test func ocrTypewrittenMinutesFrom1994() throws {
        let d = try document("l2_kf_1994_ocr_justeringsdag.txt")
        #expect(d.adjustment == Adjustment(date: "1994-11-18", place: "kommunkansliet"))
        #expect(d.meeting.place == "Medborgarhuset, stora salen")
        #expect(d.meeting.startTime == "18:30")
        #expect(d.attendance.contains { $0.name == "Malin Berglöf" && $0.deciding })
        let substitute = try #require(d.attendance.first { $0.name == "Bertil Hallgren" })
        #expect(substitute.replaces == "Inger Wallin")
        #expect(substitute.role == "tjänstgörande ersättare")
        let taxa = try #require(d.paragraphs.first { $0.number == "62" })
        #expect(taxa.votes.map { [$0.yes, $0.no] } == [[7, 3]])
        #expect(taxa.votes.first?.ballots.first { $0.name == "Bertil Hallgren" }?.party == "S")
        #expect(taxa.reservations.map(\.names) == [["Torsten Vik", "Agneta Ståhl"]])
        #expect(taxa.references.map(\.body) == ["Tekniska nämnden"])
    }

    /// A landstingsstyrelse in 1978, typewritten and OCR'd with CRLF: attendance in one running
    /// sentence wrapped anywhere ("Sven-Olof" / "Berglund (m)", "Bengt Andersson i Lövsta",
    /// "tjänstgörande för herr Hed"), titles in the definite form before names, members later named
    /// by surname ("justeras av herr Berglund och fru Lövgren-Strand", "Reservation anfördes av herr
    /// Bäckström och fru Ek", "Herr von Rosenhjelm anmälde jäv", "Ja röstade herr Wik, …"), "Blad 3" headers and "¦" specks in
    /// the text, "Landstingsstyre1sen beslutade", "beslöt att föreslå landstinget att …", the place
    /// only in "Sammanträde den 7 februari 1978 i 1andstingshusets sessionssal", and the anslag's date
    /// on the line after "tillkännagiven genom anslag på …".
    /// Checked by hand against the document's answer key.
    @Test func ocrLandstingMinutesFrom1978() throws {
        let d = try document("l3_landstingsstyrelse_1978_ocr.txt")
        #expect(d.meeting.place == "landstingshusets sessionssal, Norrlida")
        #expect(d.announcement?.date == "1978-02-16")
        let deciding = d.attendance.filter(\.deciding).map(\.name)
        #expect(deciding.count == 15)
        #expect(deciding.contains("Bengt Andersson i Lövsta") && deciding.contains("Sven-Olof Berglund") && deciding.contains("Per Dahlin"))
        #expect(d.attendance.first { $0.name == "Rune Nilsson" }?.party == "VPK")
        #expect(d.attendance.first { $0.name == "Björn Tegnér" }.map { [$0.role, $0.paragraphs] } == ["sjukvårdsdirektör", "§§ 34—37"])
        #expect(d.attendance.first { $0.name == "Carl-Johan von Rosenhjelm" }?.paragraphs == "ej § 38")
        #expect(d.adjusters == ["Sven-Olof Berglund", "Karin Lövgren-Strand"])
        let closing = try #require(d.paragraphs.first { $0.number == "36" })
        #expect(closing.reservations.map(\.names) == [["Nils-Erik Bäckström", "Ingrid Ek"]])
        // "Ja röstade herr Wik, herr Andersson i Lövsta, …" / "Nej röstade …, fru Andersson, …".
        let ballots = closing.votes.first?.ballots ?? []
        #expect(ballots.count == 15)
        #expect(ballots.first { $0.name == "Gertrud Andersson" }?.vote == .no)
        #expect(ballots.first { $0.name == "Bengt Andersson i Lövsta" }?.vote == .yes)
        #expect(d.paragraphs.first { $0.number == "39" }?.decisions.map(\.proposedTo) == ["Landstinget"])
        let appointment = try #require(d.paragraphs.first { $0.number == "40" }?.decisions.first)
        #expect(appointment.clauses == ["till överläkare vid medicinska kliniken anställa med. dr Hans-Erik Grönwall fr.o.m. den 1 april 1978"])
        #expect(d.paragraphs.first { $0.number == "41" }?.decisions.count == 1)
        #expect(d.paragraphs.flatMap(\.decisions).allSatisfy { $0.decidedBy == "Landstingsstyrelsen" })
    }

    /// A kommunalnämnd in 1962, typewritten, OCR'd and saved as Latin-1: "§ n." centred and alone,
    /// once read as "$ 7."; no titles, each § opening in running prose ("Upplästes och godkändes …",
    /// "Föredrogs …", "Beslöts att …"); attendance in one sentence with courtesy titles and roles
    /// before the names ("0rdföranden herr Gustaf Holmér", "ledamöterna herrar Sten" / "Åberg"), a
    /// substitute "tjänstgörande i stä1let för herr Helge Karlsson, som anmält förhinder", and
    /// "Dessutom närvar kommunalkamreraren herr Ivar Öhman under §§ 8 - 9" after a blank line;
    /// adjusters "utsågos". Checked by hand against the document's answer key.
    @Test func ocrKommunalnamndFrom1962() throws {
        let d = try document("m1_kommunalnamnd_1962_ocr_latin1.txt")
        #expect(d.meeting.date == "1962-03-14")
        #expect([d.meeting.startTime, d.meeting.endTime] == ["19:00", "21:45"])
        #expect(d.chair == "Gustaf Holmér")
        #expect(d.adjusters == ["Sten Åberg", "Nils Ahl-Johansson"])
        #expect(d.attendance.filter(\.deciding).map(\.name) == [
            "Gustaf Holmér", "Tor Pettersson", "Sten Åberg", "Nils Ahl-Johansson", "Erik Lundh", "Greta Wikström", "Anton Frid",
        ])
        #expect(d.attendance.first { $0.name == "Anton Frid" }?.replaces == "Helge Karlsson")
        #expect(!d.attendance.contains { $0.name == "Helge Karlsson" })
        #expect(d.attendance.first { $0.name == "Ivar Öhman" }.map { [$0.role, $0.deciding ? "deciding" : "not"] } == ["kommunalkamrerare", "not"])
        #expect(d.paragraphs.map(\.number) == (1...10).map(String.init))
        #expect(d.paragraphs.allSatisfy { $0.title == nil })
        func paragraph(_ number: String) -> Paragraph? { d.paragraphs.first { $0.number == number } }
        #expect(paragraph("1")?.decisions.map(\.text) == ["Upplästes och godkändes föregående protokoll, fört vid nämndens sammanträde den 14 februari 1962."])
        #expect(paragraph("3")?.decisions.map(\.clauses) == [["bordlägga ärendet till nästa sammanträde"]])
        #expect(paragraph("4")?.reservations.map(\.names) == [["Erik Lundh", "Greta Wikström"]])
        // "varvid 5 röster avgåvos för ordförandens förslag och 2 röster för herr Lundhs yrkande".
        #expect(paragraph("4")?.votes.map { [$0.yes, $0.no] } == [[5, 2]])
        #expect(paragraph("6")?.decisions.map(\.clauses) == [["återremittera ärendet till byggnadskommittén för kompletterande utredning"]])
        #expect(paragraph("7")?.references.map(\.date) == ["1961-12-18"])
        #expect(paragraph("10")?.decisions.first?.clauses.first?.hasPrefix("nämndens nästa sammanträde skall hållas") == true)
    }

    /// An association's stämma in prose: the board named after "Från styrelsen deltog", a revisor in
    /// a sentence of her own ("Revisor Gunilla Sand närvarade."), and at ansvarsfrihet "Styrelsens
    /// ledamöter deltog inte i beslutet": the board did not decide that §.
    @Test func theBoardTakesNoPartInItsOwnDischarge() throws {
        let text = """
            Protokoll fört vid ordinarie föreningsstämma i Ekbackens samfällighetsförening
            Lördagen den 12 april 2025 kl. 10.00 i Vretby bygdegård

            Närvarande: Enligt röstlängd, bilaga 1. Från styrelsen deltog Anders
            Kjellberg-Nyman (ordförande), Lennart Öhrvall-Berg (kassör), Sofia Lagergren
            Nilsson (sekreterare), Tobias von Heijne och Göran Wikström. Revisor
            Gunilla Sand närvarade.

            § 1 Val av ordförande för stämman
            Till ordförande för stämman valdes Bengt-Åke Tornblad.

            § 2 Fråga om ansvarsfrihet för styrelsen
            Stämman beviljade styrelsens ledamöter ansvarsfrihet för förvaltningen
            under verksamhetsåret 2024. Styrelsens ledamöter deltog inte i beslutet.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "stamma.txt")
        #expect(d.attendance.map(\.name).contains("Göran Wikström"))
        #expect(d.attendance.first { $0.name == "Gunilla Sand" }.map { [$0.role, $0.deciding ? "deciding" : "not"] } == ["revisor", "not"])
        #expect(!d.attendance.contains { $0.organisation == "närvarade" || $0.name.contains(".") })
        #expect(d.attendance.first { $0.name == "Lennart Öhrvall-Berg" }?.paragraphs == "ej § 2")
        #expect(d.attendance.first { $0.name == "Anders Kjellberg-Nyman" }?.paragraphs == "ej § 2")
    }

    /// "Närvarande: 47 medlemmar enligt närvarolista." and, after a blank line, a paragraph that names
    /// the board present ("Av styrelsen var ordföranden Gun Ek, … närvarande."): the paragraph is the
    /// list's, the absent member and the closing verb name no one.
    @Test func aHeadCountThenAParagraphNamingTheBoard() throws {
        let text = """
            Protokoll fört vid årsmöte med Aktiva Seniorer Sörbygden den 3 mars 2025 i Sörby bygdegård.

            Närvarande: 47 medlemmar enligt närvarolista.

            Av styrelsen var ordföranden Gun Ek, kassören Rolf Jönsson-Wide samt ledamoten Torsten Ågren
            närvarande. Ledamoten Majvor Stenbäck hade anmält förhinder.
            Dessutom deltog revisorn Elsie Brandt.

            1. Mötets öppnande. Ordföranden Gun Ek förklarade mötet öppnat.

            2. Årsavgift. Årsmötet beslutade att årsavgiften för 2026 ska vara 250 kronor.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "arsmote.txt")
        #expect(d.attendance.map(\.name) == ["Gun Ek", "Rolf Jönsson-Wide", "Torsten Ågren", "Elsie Brandt"])
        #expect(d.attendance.first { $0.name == "Torsten Ågren" }?.organisation == nil)
        #expect(d.attendance.first { $0.name == "Elsie Brandt" }?.deciding == false)
        #expect(!d.warnings.contains { $0.code == "no-attendance" })
    }

    /// The body's decision dated the meeting's own day is this meeting, not an earlier one cited.
    @Test func theMeetingsOwnDecisionIsNoReference() throws {
        let text = """
            Protokoll Socialnämnden 2025-03-20

            Beslutande: Anna Ek (S), ordförande; Bo Lind (M)

            § 12 Överklagande

            Socialnämnden beslutar att yttra sig. Socialnämndens beslut 2025-03-20 gäller omedelbart.
            Socialnämndens beslut 2024-11-12 om bistånd har överklagats.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "sn.txt")
        #expect(d.paragraphs.first?.references.map(\.date) == ["2024-11-12"])
    }

    /// An association's extra stämma numbers its items "Punkt 8"; a citation of the statutes
    /// wrapped to a line start ("§ 5 (medlemskategorier), § 7 …") is no § heading. "Bakgrund:" with
    /// its text on the label's line describes that paragraph only, so the stämma's own decision
    /// further down is a decision; the earlier meeting's vote quoted in the background ("med 41
    /// röster mot 12") is that meeting's, not this one's.
    @Test func punktItemsWithStatuteCitationsAndAnInlineBackground() throws {
        let text = """
            PROTOKOLL fört vid extra föreningsstämma i Ålsviks Segelsällskap
            Datum: onsdagen den 22 november 2023

            Punkt 1  Mötets öppnande

            Ordföranden förklarade stämman öppnad.

            Punkt 2  Ändring av stadgarna – andra läsning

            Bakgrund: Den ordinarie föreningsstämman (årsmötet) den 12 mars 2023 beslutade under
            punkt 17 att i en första läsning anta styrelsens förslag till ändring av stadgarna
            § 5 (medlemskategorier), § 7 (medlemsavgifter) och § 12 (styrelsens sammansättning),
            se protokoll från årsmötet 2023-03-12.

            Stämman beslutade med 34 röster mot 9, 2 avstod,
            att anta ändringarna av stadgarna i enlighet med styrelsens förslag, samt
            att uppdra åt styrelsen att trycka en ny utgåva av stadgarna.

            Punkt 3  Ändring av stadgarna § 16 – andra läsning

            Bakgrund: Årsmötet den 12 mars 2023 antog under punkt 18 i en första läsning, med 41
            röster mot 12, en motion om ändring av stadgarna § 16.

            Votering begärdes. Rösträknarna redovisade 26 röster för förslaget och 16 röster emot.

            Stämman beslutade därmed att avslå förslaget till ändring av stadgarna § 16.

            Vid protokollet: Therese Nordqvist
            Justeras: Maj-Britt Åkesson, Fredrik von Essen
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "stamma.txt")
        #expect(d.paragraphs.map(\.number) == ["1", "2", "3"])
        let eight = try #require(d.paragraphs.first { $0.number == "2" })
        #expect(eight.decisions.map(\.clauses) == [["anta ändringarna av stadgarna i enlighet med styrelsens förslag",
                                                    "uppdra åt styrelsen att trycka en ny utgåva av stadgarna"]])
        #expect(eight.votes.map { [$0.yes, $0.no, $0.abstained] } == [[34, 9, 2]])
        #expect(eight.references.map(\.date) == ["2023-03-12"])
        let nine = try #require(d.paragraphs.first { $0.number == "3" })
        #expect(nine.decisions.map(\.clauses) == [["avslå förslaget till ändring av stadgarna § 16"]])
        #expect(nine.votes.map { [$0.yes, $0.no] } == [[26, 16]])
        #expect(nine.references.map { [$0.body, $0.date] } == [["Årsmötet", "2023-03-12"]])
    }

    /// pdftotext without -layout, blank lines between the cells: a run of label blocks ("Plats och
    /// tid", "Beslutande", "Justeringens" + "plats och tid", "Paragrafer") and then their values, a
    /// block each; in the anslag the run opens with the label that closes a line of text ("Organ").
    @Test func labelBlocksThenValueBlocks() throws {
        let text = """
            SAMMANTRÄDESPROTOKOLL

            Kyrkorådet

            Plats och tid

            Beslutande

            Utses att justera

            Justeringens
            plats och tid

            Paragrafer

            Församlingshemmet, Kyrkvägen 4, Ängsbacka
            tisdagen den 17 september 2024 kl. 18.30–21.15

            Gunnel Åkerström (S), ordförande
            Birgitta Hallström (C)

            Birgitta Hallström

            Pastorsexpeditionen, Ängsbacka, 2024-09-24

            §§ 43–44

            § 43 Val av justerare

            Kyrkorådet beslutar att utse Birgitta Hallström att justera protokollet.

            § 44 Avslutning

            Ordföranden avslutar mötet.

            ANSLAG/BEVIS
            Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
            Organ

            Sammanträdesdatum

            Datum för anslags
            uppsättande

            Kyrkorådet, Ängsbacka församling

            2024-09-17

            2024-09-25
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "blocks.txt")
        #expect([d.meeting.date, d.meeting.startTime, d.meeting.endTime, d.meeting.place] == ["2024-09-17", "18:30", "21:15", "Församlingshemmet, Kyrkvägen 4, Ängsbacka"])
        #expect([d.paragraphRange?.first, d.paragraphRange?.last] == [43, 44])
        #expect(d.adjusters == ["Birgitta Hallström"])
        #expect(d.adjustment == Adjustment(date: "2024-09-24", place: "Pastorsexpeditionen, Ängsbacka"))
        #expect(d.announcement?.date == "2024-09-25")
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Gunnel Åkerström", "Birgitta Hallström"])
        #expect(d.warnings.isEmpty)
        // A value of two blocks, the second under a list's sub-label, is one cell.
        let twoBlocks = text.replacingOccurrences(of: "Birgitta Hallström (C)\n\nBirgitta Hallström\n",
                                                  with: "Birgitta Hallström (C)\n\nTjänstgörande ersättare\nErik Sund (S) för Maria Ek (S)\n\nBirgitta Hallström\n")
        #expect(twoBlocks != text)
        let e = try ProtokollParser.parse(Data(twoBlocks.utf8), fileName: "blocks2.txt")
        #expect(e.adjusters == ["Birgitta Hallström"])
        #expect(e.attendance.first { $0.name == "Erik Sund" }.map { ($0.deciding, $0.replaces) } ?? (false, nil) == (true, "Maria Ek"))
        #expect([e.paragraphRange?.first, e.paragraphRange?.last] == [43, 44])
    }

    /// A university's fakultetsnämnd as `pdftotext` without `-layout` gives it: labels before their
    /// values ("Tid" / "Plats" / the two values; "Dekan (ordförande)" / "Sekreterare" / the two
    /// names), a body named "Sammanträde med fakultetsnämnden", members "Med närvaro- och
    /// yttranderätt" who do not decide, a participation "§ 112/2024" wrapped under a line ending in a
    /// comma (no heading), and a chair elected for another organ in § 114. Checked by hand against
    /// the document's answer key.
    @Test func fakultetsnamndFromPdftotextWithoutLayout() throws {
        let d = try document("n2_fakultetsnamnd_pdftotext_etiketter_forst.txt")
        #expect(d.body == "Fakultetsnämnden")
        #expect([d.meeting.date, d.meeting.startTime, d.meeting.endTime, d.meeting.place]
            == ["2024-10-17", "13:15", "15:40", "Campus Sundsvall, rum O102, samt via Zoom"])
        #expect(d.chair == "Mats-Olov Hedenström")
        #expect(d.secretary == "Karolina Dahl")
        #expect(d.adjusters == ["Elin Sjöberg Nyström"])
        // "Sundsvall den 23 oktober 2024" over the signatures; the Scrive page's dates are not it.
        #expect(d.adjustment == Adjustment(date: "2024-10-23", place: "Sundsvall"))
        #expect(d.paragraphs.map(\.number) == (108...119).map(String.init))
        #expect([d.paragraphRange?.first, d.paragraphRange?.last] == [108, 119])
        #expect(d.attendance.filter(\.deciding).map(\.name) == [
            "Mats-Olov Hedenström", "Ingrid von Platen", "Johanna Sällström", "Farid Mahmoudi", "Erik Lundkvist", "Karl-Johan Westin",
            "Elin Sjöberg Nyström", "Amira Haddad", "Oskar Bäckman",
        ])
        #expect(d.attendance.first { $0.name == "Karl-Johan Westin" }?.replaces == "Petra Norrby")
        #expect(d.attendance.first { $0.name == "Robert Sjödin" }?.paragraphs == "§ 112/2024")
        #expect(!d.attendance.contains { $0.name == "Petra Norrby" || $0.name == "Linus Åkesson" })
        let proposal = try #require(d.paragraphs.first { $0.number == "113" }?.decisions.first)
        #expect([proposal.decidedBy, proposal.proposedTo] == ["Fakultetsnämnden", "Rektor"])
        #expect(d.paragraphs.flatMap(\.decisions).allSatisfy { $0.decidedBy == "Fakultetsnämnden" })
    }

    /// A gemensam överförmyndarnämnd from `pdftotext -layout`: "Övriga närvarande" last on the first
    /// line of "Beslutande", its list starting below it in the right column; "…, Hagfors, tjänstgör" /
    /// "för Monica Fröjd (S)" wrapped in the left one; titles wrapped in the title's column above a
    /// right-aligned Dnr; a body named with its area ("Överförmyndarnämnden Klarälvdalen") deciding as
    /// "Överförmyndarnämnden". Checked by hand against the document's answer key.
    @Test func overformyndarnamndFromPdftotextInTwoColumns() throws {
        let d = try document("o1_overformyndarnamnd_pdftotext_tva_spalter.txt")
        #expect(d.body == "Överförmyndarnämnden Klarälvdalen")
        #expect(d.chair == "Birgitta Sahlström")
        #expect(d.secretary == "Petter Ljungqvist")
        #expect(d.adjusters == ["Aino Kivimäki-Berg"])
        func person(_ name: String) -> Attendee? { d.attendance.first { $0.name == name } }
        #expect(d.attendance.filter { $0.deciding && $0.paragraphs == nil }.map(\.name) == [
            "Birgitta Sahlström", "Henrik af Klercker", "Aino Kivimäki-Berg", "Tord Abrahamsson", "Jan-Erik Lindqvist",
        ])
        #expect(person("Jan-Erik Lindqvist")?.replaces == "Monica Fröjd")
        #expect(person("Gunnel Ståhlberg-Nyman")?.paragraphs == "ej § 20")
        #expect(person("Omar Haddad").map { [$0.replaces, $0.paragraphs] } == ["Gunnel Ståhlberg-Nyman", "§ 20"])
        #expect(person("Sofia Bergkvist").map { [$0.role, $0.paragraphs] } == ["handläggare", "§§ 17–20"])
        #expect(["Maria Norén-Wiik", "Petter Ljungqvist"].allSatisfy { person($0)?.deciding == false })
        #expect(person("Monica Fröjd") == nil && person("Lise-Lotte Ek") == nil)
        func paragraph(_ number: String) -> Paragraph? { d.paragraphs.first { $0.number == number } }
        #expect(paragraph("17").map { [$0.title, $0.caseNumber] } == ["Ärende 1 – Huvudman A, född 1938, Munkfors kommun Byte av god man", "ÖFN 2021/0188"])
        #expect(paragraph("22").map { [$0.title, $0.caseNumber] } == ["Revidering av reglemente för Överförmyndarnämnden Klarälvdalen", "ÖFN 2023/0277"])
        #expect(paragraph("12")?.decisions.map(\.decidedBy) == ["Överförmyndarnämnden"])
        #expect(d.paragraphs.allSatisfy { !$0.decisions.isEmpty })
    }

    /// A kommunfullmäktige in 2003 from an old Word document: a serving substitute "för Karl-Erik
    /// Boström (c), §§ 51-52" in a column; "Kommunfullmäktige förklarar att sammanträdet är i laga
    /// ordning kungjort"; an election "Kommunfullmäktige väljer" over blocks "till ombud vid …" and
    /// "samt beslutar" / "att …"; a note of the meeting after the "Exp:" list. Checked by hand against
    /// the document's answer key.
    @Test func kommunfullmaktigeIn2003FromWord() throws {
        let d = try document("o3_kf_2003_word_val_och_exp.txt")
        #expect([d.chair, d.secretary] == ["Sven-Erik Holmgren", "Anita Brandt"])
        #expect(d.adjusters == ["Märta Eklöf", "Jörgen Mäkinen"])
        #expect([d.meeting.startTime, d.meeting.endTime] == ["19:00", "22:10"])
        let granlund = try #require(d.attendance.first { $0.name == "Berit Granlund" })
        #expect([granlund.replaces, granlund.paragraphs] == ["Karl-Erik Boström", "§§ 51-52"])
        func paragraph(_ number: String) -> Paragraph? { d.paragraphs.first { $0.number == number } }
        #expect(paragraph("42")?.decisions.map(\.text) == ["Kommunfullmäktige förklarar att sammanträdet är i laga ordning kungjort."])
        let election = try #require(paragraph("49")?.decisions.first)
        #expect(election.clauses == [
            "till ombud vid årsstämman i Vallsjö Bostäder AB Bengt-Arne Lindholm (s) med Märta Eklöf (m) som ersättare",
            "till ombud vid årsstämman i Vallsjö Energi AB Per-Olof Sandberg (s) med Lennart Hägg (c) som ersättare",
            "ombuden instrueras att vid stämmorna rösta för fastställande av resultat- och balansräkning och för ansvarsfrihet för styrelsen och verkställande direktören",
        ])
        #expect(paragraph("50")?.recipients == ["Ingrid Hammar", "Jonny Forsell", "Socialnämnden", "Löneenheten"])
        #expect(paragraph("46")?.votes.map { [$0.yes, $0.no] } == [[32, 17]])
        #expect(paragraph("46")?.votes.first?.ballots.count == 49)
    }

    /// A municipal housing company's board in Markdown: an attendance table whose "Närvarande" column
    /// says "Nej", "Ja, p. 5–8", "Ja, ej p. 9 (jäv)"; titles with "kv."; "Därefter beslutade styrelsen
    /// enligt VD:s förslag." over the "Beslut:" rubric that writes the decision out; a vote by show of
    /// hands in prose; "Styrelsen föreslår kommunfullmäktige … att"; "Mariestad den 17 juni 2025" with
    /// "&nbsp;" between the signatures. Checked by hand against the document's answer key.
    @Test func housingCompanyBoardInMarkdown() throws {
        let d = try document("n3_bostadsbolag_markdown_narvarotabell.md")
        #expect(d.adjustment == Adjustment(date: "2025-06-17", place: "Mariestad"))
        func person(_ name: String) -> Attendee? { d.attendance.first { $0.name == name } }
        #expect(person("Maria Ståhlberg") == nil)
        #expect(person("Ahmed Sharif")?.replaces == "Maria Ståhlberg")
        #expect(person("Jonas Kvist")?.paragraphs == "ej § 9")
        #expect(person("Mikael Öhrn").map { [$0.paragraphs, $0.deciding ? "deciding" : "not"] } == ["§ 5–8", "not"])
        func paragraph(_ number: String) -> Paragraph? { d.paragraphs.first { $0.number == number } }
        #expect(paragraph("7")?.title == "Investering – stambyte och energiåtgärder kv. Lärkan 2–4")
        #expect(paragraph("7")?.decisions.count == 1)
        #expect(paragraph("7")?.votes.map { [$0.yes, $0.no] } == [[5, 2]])
        #expect(paragraph("8")?.decisions.map(\.proposedTo) == ["Kommunfullmäktige i Mariestads kommun", nil])
        #expect(paragraph("4")?.references.map { [$0.body, $0.date] }.first == ["Styrelsen", "2025-04-24"])
        #expect(d.paragraphs.flatMap(\.decisions).allSatisfy { $0.decidedBy == "Styrelsen" })
    }

    /// A sailing club's extra föreningsstämma in Windows-1252 with CRLF: items "Punkt 1" … "Punkt 11",
    /// the statutes' "§ 5 (medlemskategorier)" wrapped to a line start, "Bakgrund:" paragraphs that
    /// quote the årsmöte's first reading and its vote, and the röstlängd as a bilaga after the
    /// signatures, its columns lined up with runs of tabs ("Nr<TAB>Namn<TAB><TAB><TAB>Medl.nr").
    /// Checked by hand against the document's answer key.
    @Test func extraStammaWithRostlangdInABilaga() throws {
        let d = try document("o2_seglarforening_extra_stamma_cp1252_rostlangd.txt")
        // "… i Ålsviks Segelsällskap (ÅSS), org.nr …": the short form is no part of the name.
        #expect(d.organisation == "Ålsviks Segelsällskap")
        #expect(d.paragraphs.map(\.number) == (1...11).map(String.init))
        #expect([d.chair, d.secretary] == ["Lars-Åke Grebäck", "Therese Nordqvist"])
        #expect(d.adjusters == ["Maj-Britt Åkesson", "Fredrik von Essen"])
        #expect(d.attendance.filter(\.deciding).count == 45)
        #expect(d.attendance.filter { !$0.deciding }.map(\.name) == ["Ellen Holm-Strand", "Viktor Sandell", "Leo Ahlqvist"])
        func paragraph(_ number: String) -> Paragraph? { d.paragraphs.first { $0.number == number } }
        #expect(paragraph("8")?.votes.map { [$0.yes, $0.no, $0.abstained] } == [[34, 9, 2]])
        #expect(paragraph("9")?.votes.map { [$0.yes, $0.no, $0.abstained] } == [[26, 16, 2]])
        #expect(paragraph("10")?.votes.map { [$0.yes, $0.no, $0.abstained] } == [[37, 5, 2]])
        #expect(paragraph("9")?.decisions.map(\.clauses) == [["avslå förslaget till ändring av stadgarna § 16"]])
        #expect(paragraph("10")?.reservations.map(\.names) == [["Kjell Abrahamsson", "Eva-Lena Sörqvist"]])
    }

    /// A sports federation's årsmöte whose voters are the clubs' ombud, in a röstlängd after the
    /// signatures ("Förening<TAB>Röster<TAB>Ombud", two ombud of one club in one cell); adjusters
    /// named with their clubs ("Therese Lund, Eslövs OK, och Per-Anders Holm, Ängelholms OK"); the
    /// motions as "§ 13 a" and "§ 13 b". Checked by hand against the document's answer key.
    @Test func federationArsmoteWithOmbud() throws {
        let d = try document("p3_idrottsforbund_arsmote_ombud_rostlangd.txt")
        #expect(d.adjusters == ["Therese Lund", "Per-Anders Holm"])
        let ombud = d.attendance.filter(\.deciding)
        #expect(ombud.count == 41)
        #expect(ombud.filter { $0.organisation == "Helsingborgs SOK" }.map(\.name) == ["Rasmus Kjellberg", "Petra Nyman"])
        #expect(d.paragraphs.map(\.number).contains("13a") && d.paragraphs.map(\.number).contains("13b"))
    }

    /// A foundation's board: "Närvarande: samtliga ledamöter utom Gustaf von Rosen." names no one
    /// present; § 1 gives the board's make-up ("Styrelsen består … av A (ordförande), B …, med C som
    /// suppleant"), and "Suppleanten Karl-Johan Ehrenborg närvarade och tjänstgjorde." Checked by
    /// hand against the document's answer key.
    @Test func allMembersButOneFromTheBoardsMakeUp() throws {
        let d = try document("p2_stiftelse_samtliga_utom.txt")
        #expect(d.attendance.filter(\.deciding).map(\.name) == [
            "Margareta Lilliehöök", "Hans-Erik Tallberg", "Ann-Sofie Granholm", "Birgitta Wernersson Ek", "Daniel Okafor", "Karl-Johan Ehrenborg",
        ])
        #expect(!d.attendance.contains { $0.name == "Gustaf von Rosen" })
        #expect(d.attendance.first { $0.name == "Karl-Johan Ehrenborg" }?.role == "tjänstgörande ersättare")
        #expect(d.attendance.first { $0.name == "Ann-Sofie Granholm" }?.paragraphs == "ej § 8")
    }

    /// Counter-examples from the review of the rounds-30/31 rules: each was read right before those
    /// rules and must stay so.
    @Test func reviewCounterExamplesOfTheRound31Rules() throws {
        func parse(_ text: String) throws -> ProtokollDocument { try ProtokollParser.parse(Data(text.utf8), fileName: "cx.txt") }
        // A list a line each, closed by a sentence with a verb of presence, stays a list.
        let list = try parse("""
            Protokoll
            Styrelsen för Ekbygdens Hembygdsförening
            Datum: 2024-03-20
            Plats: Hembygdsgården
            Närvarande:
            Anna Ek, ordf.
            Per Lind, sekr.
            Karin Berg
            Olof Strand
            Revisor Olle Holm närvarade.
            Justerare: Olof Strand

            § 1 Mötets öppnande
            Mötet öppnades.

            § 2 Ekonomi
            Styrelsen beslutade att godkänna den ekonomiska rapporten.
            """)
        #expect(list.attendance.map(\.name) == ["Anna Ek", "Per Lind", "Karin Berg", "Olof Strand", "Olle Holm"])
        #expect(list.chair == "Anna Ek")
        // Minutes with "Förslag till beslut" and an inline "Beslut:" are minutes, "Dagordning" or not.
        let brf = try parse("""
            Brf Eken 12
            Styrelsemöte 2024-11-14 kl. 18.30
            Plats: Föreningslokalen
            Närvarande: Anna Ek (ordförande), Per Lind, Karin Berg, Olof Strand
            Dagordning enligt kallelse

            § 1 Mötets öppnande
            Ordföranden öppnade mötet.

            § 2 Budget 2025
            Förslag till beslut
            Kassören föreslår att styrelsen beslutar att höja avgifterna med 3 procent från 1 januari 2025.
            Beslut: Styrelsen beslutar att höja avgifterna med 3 procent från 1 januari 2025.

            § 3 Laddboxar
            Förslag till beslut
            Att styrelsen beslutar att beställa fyra laddboxar från Elbolaget AB.
            Beslut: Styrelsen beslutade att beställa fyra laddboxar.

            § 4 Mötets avslutande
            Ordföranden avslutade mötet.

            Justeras
            Anna Ek                Per Lind
            """)
        #expect(brf.paragraphs.flatMap(\.decisions).count == 2)
        // The meeting's chair is kept beside a chair elected for another organ.
        let chairs = try parse("""
            Protokoll fört vid årsmöte i Ekbygdens Hembygdsförening
            Datum: 2024-03-12
            Plats: Hembygdsgården

            § 1 Val av mötesfunktionärer
            Årsmötet valde Anna Ek till ordförande för mötet och Per Lind till ordförande i valberedningen.

            § 2 Verksamhetsberättelse
            Årsmötet beslutade att lägga verksamhetsberättelsen till handlingarna.
            """)
        #expect(chairs.chair == "Anna Ek")
        // A one-line § text in the title's column is the text, not the title's second line.
        let aligned = try parse("""
                                               SAMMANTRÄDESPROTOKOLL
            Socialnämnden                      Sammanträdesdatum 2024-05-14

            Plats och tid         Kommunhuset, kl. 13.00-15.00
            Beslutande            Anna Ek (S), ordförande
                                  Per Lind (M)
                                  Karin Berg (C)
            Utses att justera     Per Lind

            § 31        Val av justerare
                        Till justerare utses Per Lind (M)

            § 32        Godkännande av dagordningen
                        Dagordningen godkänns

            § 33        Information om verksamheten
                        Förvaltningschefen informerar om läget

            § 34        Delegationsbeslut
                        Redovisningen läggs till handlingarna
            """)
        #expect(aligned.paragraphs.first?.title == "Val av justerare")
        #expect(aligned.paragraphs.first?.decisions.count == 1)
        // "en kvart" ends its sentence.
        let kvart = try parse("""
            Protokoll
            Styrelsen för Brf Eken 12
            Sammanträdesdatum 2024-05-14
            Plats: Föreningslokalen
            Närvarande: Anna Ek (ordförande), Per Lind, Karin Berg, Olof Strand
            Justerare: Per Lind

            § 5 Stambyte
            Mötet ajournerades en kvart. Styrelsen beslutade därefter att anlita Rörbolaget AB för stambytet.

            § 6 Rapport
            Rapporten lämnas varje kv. Kassören redovisade utfallet för första kvartalet. Informationen lades till handlingarna.
            """)
        #expect(kvart.body == "Styrelsen")
    }

    // MARK: Blind round 32, checked by hand against each document's answer key

    /// Regionfullmäktige as `pdftotext -layout` gives it: the list of serving substitutes goes on
    /// after a page break, under the signature strip and the address printed below it; a court's
    /// ruling in a list of meddelanden is no decision of the fullmäktige.
    @Test func regionfullmaktigeWithSubstitutesAfterAPageBreak() throws {
        let d = try document("t1_regionfullmaktige_pdftotext_ersattare_efter_sidbrytning.txt")
        #expect([d.organisation, d.body, d.chair, d.secretary] == ["Region Jämtland Härjedalen", "Regionfullmäktige", "Anders Ljungqvist", "Petra Lindholm"])
        #expect(d.adjusters == ["Karin Öberg", "Erik Strand"])
        #expect(d.announcement?.date == "2025-12-03")
        #expect(d.paragraphs.map(\.number) == (118...128).map(String.init))
        for substitute in ["Amir Rezaei", "Gunilla Häggström", "Sara Kvist"] {
            #expect(d.attendance.first { $0.name == substitute }?.deciding == true, "\(substitute)")
        }
        #expect(d.attendance.first { $0.name == "Nora Sjöberg" }.map { ($0.replaces, $0.paragraphs) } ?? (nil, nil) == ("Malin Edström", "§§ 124–128"))
        #expect(!d.paragraphs.contains { $0.text.contains("Box 654") || $0.recipients.contains { $0.contains("Box 654") } })
        let p124 = try #require(d.paragraphs.first { $0.number == "124" })
        #expect(p124.votes.map { [$0.yes, $0.no, $0.abstained] } == [[18, 13, 2]])
        #expect(p124.votes.first?.ballots.count == 33)
        #expect(d.paragraphs.first { $0.number == "128" }?.decisions.map(\.text) == ["Meddelandena läggs till handlingarna."])
        #expect(d.paragraphs.first { $0.number == "121" }?.decisions.isEmpty == true)
    }

    /// A kyrkoråd as `pdftotext` without `-layout`: the front page's labels as blocks, then their
    /// values as blocks; the signature and anslag blocks the same way; a law's § in the kyrkoherde's
    /// attendance line; references to a stiftsstyrelse and to the arbetsutskott in a relative clause.
    @Test func kyrkoradWithLabelBlocksThenValueBlocks() throws {
        let d = try document("t2_kyrkorad_pdftotext_etikettblock.txt")
        #expect([d.meeting.date, d.meeting.startTime, d.meeting.endTime, d.meeting.place] == ["2024-09-17", "18:30", "21:15", "Församlingshemmet, Kyrkvägen 4, Ängsbacka"])
        #expect([d.paragraphRange?.first, d.paragraphRange?.last] == [43, 56])
        #expect([d.chair, d.secretary] == ["Gunnel Åkerström", "Maria Lund"])
        #expect(d.adjusters == ["Birgitta Hallström"])
        #expect(d.adjustment == Adjustment(date: "2024-09-24", place: "Pastorsexpeditionen, Ängsbacka"))
        #expect(d.announcement?.date == "2024-09-25")
        #expect(d.warnings.isEmpty, "\(d.warnings)")
        let priest = try #require(d.attendance.first { $0.name == "Mikael Sjöberg" })
        #expect(priest.deciding && priest.paragraphs == nil)
        #expect(d.attendance.first { $0.name == "Elsa Grönqvist" }.map { ($0.replaces, $0.paragraphs) } ?? (nil, nil) == ("Sven-Erik Dahl", "§ 51"))
        #expect(d.attendance.first { $0.name == "Sven-Erik Dahl" }?.paragraphs == "ej § 51")
        #expect(d.paragraphs.first { $0.number == "49" }?.references.first?.body == "Stiftsstyrelsen i Skara stift")
        #expect(d.paragraphs.first { $0.number == "54" }?.references.first?.body == "Arbetsutskottet")
    }

    /// A byggnadsnämnd's typed minutes from 1978 through OCR, Windows-1252 with CRLF: "K0MMUN",
    /// "S 38" for § 38, the case number in the left margin beside the title's rest, a suppleant "tjg
    /// för herr" / next line, "Dessutom" / "närvarande:", "SS 33 - 37", and "I hans ställe
    /// tjänstgjorde fru Lövgren" after a jäv.
    @Test func byggnadsnamndFrom1978ThroughOCR() throws {
        let d = try document("t3_byggnadsnamnd_1978_ocr_cp1252.txt")
        #expect([d.organisation, d.body, d.chair, d.secretary] == ["Lerviks kommun", "Byggnadsnämnden", "Gösta Lindahl", "Karin Modig"])
        #expect(d.adjusters == ["Nils-Erik Barkman"])
        #expect(d.paragraphs.map(\.number) == (31...42).map(String.init))
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Gösta Lindahl", "Nils-Erik Barkman", "Ingrid Sahlström", "Arvid Eklund", "Sture Wallin",
                                                               "Allan Viklund", "Elsa Nordin", "Britt Lövgren"])
        #expect(d.attendance.first { $0.name == "Allan Viklund" }?.replaces == "Bertil Åhs")
        #expect(d.attendance.first { $0.name == "Britt Lövgren" }.map { ($0.replaces, $0.paragraphs) } ?? (nil, nil) == ("Arvid Eklund", "§ 34"))
        #expect(d.attendance.first { $0.name == "Per Ohlsson" }.map { ($0.deciding, $0.paragraphs, $0.organisation) } ?? (true, nil, nil) == (false, "§§ 33–37", nil))
        let p37 = try #require(d.paragraphs.first { $0.number == "37" })
        #expect(p37.title == "Förslag till byggnadsplan för Norrviks fritidsområde.")
        #expect(p37.caseNumber == "B 112/77")
        #expect(d.paragraphs.first { $0.number == "38" }?.decisions.map(\.text) == ["Nämnden beviljade rivnings lov."])
        #expect(d.paragraphs.first { $0.number == "37" }?.decisions.count == 1)
        // "… kl. 19.00 – 21.40 i kommunalhusets sammanträdesrum, Lervik.", "Justering skall ske å byggnadskontoret …".
        #expect(d.meeting.place == "kommunalhusets sammanträdesrum, Lervik")
        #expect(d.adjustment == Adjustment(date: "1978-03-21", place: "Byggnadskontoret"))
    }

    /// A brf board's minutes in the body of an e-mail: the mail's subject is no title, members are
    /// named by first name (the adjuster, a jäv, a reservation, a suppleant taking a seat), and an
    /// inline "Beslut:" ends at the next lettered item or an "Ansvarig:" line.
    @Test func brfBoardMinutesInAnEmail() throws {
        let d = try document("t4_brf_styrelse_epost_fornamn.txt")
        #expect([d.title, d.organisation, d.body] == ["PROTOKOLL STYRELSEMÖTE BRF KVARNBACKEN I UPPSALA", "Brf Kvarnbacken", "Styrelsen"])
        #expect(d.meeting.date == "2025-10-14")
        #expect(d.adjusters == ["Mehmet Yilmaz"])
        #expect(d.attendance.first { $0.name == "Mehmet Yilmaz" }?.paragraphs == "ej § 7")
        #expect(d.attendance.first { $0.name == "Jonna Axelsson" }?.deciding == true)
        let p7 = try #require(d.paragraphs.first { $0.number == "7" })
        #expect(p7.reservations.map(\.names) == [["Olle Bergström"]])
        #expect(p7.decisions.first?.clauses.count == 3)
        #expect(d.paragraphs.first { $0.number == "8" }?.decisions.first?.text.contains("Ansvarig") == false)
        #expect(d.paragraphs.first { $0.number == "11" }?.decisions.map(\.text)
                == ["Jonna tar in ytterligare en offert till nästa möte. Inget beslut om installation fattades."])
        #expect(d.paragraphs.first { $0.number == "5" }?.references.map(\.body) == ["Stämman"])
    }

    /// A hyresgästförening's årsmöte in Markdown: the röstlängd table in § 2 names the 43 deciding
    /// members; the auditors' recommendation is no decision; the association named after the dash.
    @Test func arsmoteWithTheRostlangdInATable() throws {
        let d = try document("t5_hyresgastforening_arsmote_rostlangd.md")
        #expect([d.organisation, d.body, d.chair, d.secretary] == ["Lokala hyresgästföreningen Granlunda", "Årsmötet", "Göran Sandahl", "Linnea Åberg"])
        #expect(d.attendance.filter(\.deciding).count == 43)
        #expect(d.attendance.first { $0.name == "Göran Sandahl" }?.deciding == false)
        #expect(d.adjusters == ["Rolf Engström", "Yasmin Jama"])
        #expect(d.paragraphs.first { $0.number == "10" }?.decisions.map(\.text) == ["Revisionsberättelsen lades till handlingarna."])
        #expect(d.paragraphs.first { $0.number == "11" }?.decisions.first?.text.hasPrefix("Årsmötet beviljade styrelsen ansvarsfrihet") == true)
        // "*Protokollet har justerats digitalt (BankID) den 24 mars 2025.*"
        #expect(d.adjustment == Adjustment(date: "2025-03-24", place: nil))
    }

    // MARK: Blind round 35, checked by hand against each document's answer key

    /// A kommunstyrelsens personalutskott converted from .docx with pandoc: grid tables for the front
    /// page, the anslag and a roll call, "--" for dashes, "\\" for line breaks in cells, headings
    /// both "## § 48 …" and "**§ 51 …**".
    @Test func pandocGridTables() throws {
        let d = try document("v4_personalutskott_pandoc_rutnatstabeller.md")
        #expect([d.organisation, d.body, d.chair, d.secretary] == ["Kristinehamns kommun", "Kommunstyrelsens personalutskott", "Anna-Karin Bergqvist", "Jessica Holmberg"])
        #expect(d.meeting == Meeting(date: "2023-10-17", startTime: "13:15", endTime: "15:40", place: "Rådhuset, sammanträdesrum Vänern, Kristinehamn"))
        #expect(d.paragraphRange.map { [$0.first, $0.last] } == [48, 55])
        #expect(d.adjusters == ["Hampus Lindqvist", "Ebba von Platen"])
        #expect(d.adjustment == Adjustment(date: "2023-10-23", place: "Kommunledningsförvaltningen, Rådhuset"))
        #expect(d.announcement?.date == "2023-10-24")
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Anna-Karin Bergqvist", "Hampus Lindqvist", "Fatima Osmanović", "Ebba von Platen",
                                                              "Nils-Erik Grönberg", "Tobias Mård"])
        #expect(d.attendance.first { $0.name == "Fatima Osmanović" }?.replaces == "Roger Ståhl")
        #expect(d.attendance.first { $0.name == "Johan Pettersson" }?.paragraphs == "§§ 53–54")
        #expect(d.paragraphs.map(\.number) == (48...55).map(String.init))
        let p50 = try #require(d.paragraphs.first { $0.number == "50" })
        #expect(p50.decisions.map(\.proposedTo) == ["Kommunstyrelsen"])
        #expect(p50.decisions.first?.clauses.first == "godkänna redovisningen av lönekartläggning 2023")
        // The roll call: each X under its own column.
        let p51 = try #require(d.paragraphs.first { $0.number == "51" })
        #expect(p51.votes.map { [$0.yes, $0.no] } == [[2, 3]])
        #expect(p51.votes.first?.ballots.map(\.vote) == [.no, .yes, .no, .no, .yes])
        #expect(p51.reservations.map(\.names) == [["Anna-Karin Bergqvist", "Fatima Osmanović"]])
        #expect(d.paragraphs.first { $0.number == "52" }?.recipients == ["Kommundirektören", "HR-chefen", "Socialnämnden (för kännedom)"])
        #expect(d.paragraphs.first { $0.number == "53" }?.recipients == ["Förhandlingschefen", "Vård- och omsorgsförvaltningen"])
    }

    /// A 2003 Word document through antiword, in Latin-1: the front page, the signatures and the
    /// anslag as bar tables with wrapped labels ("Justeringens" / "plats och tid"), "[pic]" for the
    /// logo, "Paragrafer" over its numbers, a roll call with a column for the serving substitute.
    @Test func antiwordBarTables() throws {
        let d = try document("w1_socialnamnd_2003_antiword.txt")
        #expect(d.source.encoding == "windows-1252")
        #expect([d.organisation, d.body, d.chair, d.secretary] == ["Härjedalens kommun", "Socialnämnden", "Inger Strömgren", "Mona Eklund"])
        // The break in parentheses is no part of the place.
        #expect(d.meeting == Meeting(date: "2003-02-19", startTime: "09:00", endTime: "12:40", place: "Kommunhuset, Sveg, sal Ljusnan"))
        #expect(d.paragraphRange.map { [$0.first, $0.last] } == [10, 13])
        #expect(d.adjusters == ["Nils Wallin"])
        #expect(d.adjustment == Adjustment(date: "2003-02-24", place: "Socialkontoret, Sveg"))
        #expect(d.announcement?.date == "2003-02-25")
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Inger Strömgren", "Bengt-Åke Persson", "Maj-Britt Olofsson", "Nils Wallin",
                                                              "Ulla Hägglund", "Karl-Erik Sundin", "Gerd Jonsson"])
        #expect(d.attendance.first { $0.name == "Ulla Hägglund" }?.replaces == "Sune Eriksson")
        // "Ersättare: …," goes on in the next line of the cell; the officials after the empty line are none.
        #expect(d.attendance.filter { $0.role == "ersättare" }.map(\.name) == ["Lena Grönlund", "Tomas Berglund", "Ann-Sofie Mattsson"])
        #expect(d.attendance.first { $0.name == "Gunilla Axelsson" }?.role == "socialchef")
        // The press: a newspaper after the name is where the person comes from, no second person.
        #expect(d.attendance.first { $0.name == "Lars Bäck" }.map { [$0.organisation, $0.paragraphs] } == ["Östersunds-Posten", "§§ 10-12"])
        #expect(d.attendance.count == 14)
        #expect(d.paragraphs.map(\.number) == ["10", "11", "12", "13"])
        // "Socialnämnden föreslår kommunfullmäktige" alone, the att-clause after a blank line.
        let p11 = try #require(d.paragraphs.first { $0.number == "11" })
        #expect(p11.decisions.map { [$0.proposedTo, $0.text] } == [["Kommunfullmäktige", "Socialnämnden föreslår kommunfullmäktige att avslå motionen."]])
        #expect(p11.references.map(\.body) == ["Kommunfullmäktige", "Tekniska nämnden"])
        #expect(d.paragraphs.first { $0.number == "12" }?.references.first?.body == "Barn- och utbildningsnämnden")
        // The substitute's X on the absent member's row is hers.
        let p13 = try #require(d.paragraphs.first { $0.number == "13" })
        #expect(p13.votes.map { [$0.yes, $0.no, $0.abstained] } == [[5, 1, 1]])
        #expect(p13.votes.first?.ballots.first(where: { $0.vote == .abstained })?.name == "Ulla Hägglund")
        #expect(p13.reservations.map(\.names) == [["Karl-Erik Sundin"]])
    }

    /// A stadsfullmäktige of 1948, printed and read by OCR: bare centred §§ ("$ 7.", "§ ll.", "§ 1 2."),
    /// the plural of the past, a page number in the margin of each running header, "In fidem".
    @Test func printedTownCouncilOf1948() throws {
        let d = try document("v5_stadsfullmaktige_1948_ocr.txt")
        #expect([d.organisation, d.body, d.chair, d.secretary] == ["Nyköping", "Stadsfullmäktige", "C. G. Wennerström", "Sven Hedberg"])
        #expect(d.meeting == Meeting(date: "1948-03-15", startTime: "19:00", endTime: "22:40", place: "stadshuset"))
        #expect(d.adjusters == ["N. Ekwall", "A. Fridén"])
        #expect(d.adjustment == Adjustment(date: "1948-03-19", place: nil))
        #expect(d.announcement?.date == "1948-03-22")
        #expect(d.paragraphs.map(\.number) == (1...16).map(String.init))
        #expect(d.attendance.filter(\.deciding).count == 38)
        #expect(d.attendance.first { $0.name == "G. Öberg" }?.replaces == "G. Lindqvist")
        // Every § but § 4 (OCR's "Stadsfullmäkt ige") has its decision.
        #expect(d.paragraphs.filter { $0.decisions.isEmpty }.map(\.number) == ["4"])
        let p12 = try #require(d.paragraphs.first { $0.number == "12" })
        #expect(p12.decisions.map(\.text) == ["Stadsfullmäktige hade alltså beslutat i enlighet med drätselkammarens hemställan."])
        #expect(p12.votes.map { [$0.yes, $0.no, $0.abstained] } == [[21, 14, 2]])
        #expect(p12.reservations.map(\.text) == ["Mot beslutet reserverade sig herrar Bergkvist, Fridén och von Schéele."])
        // "herrar" before the list of surnames: each the one member of that name.
        #expect(p12.reservations.map(\.names) == [["O. Bergkvist", "A. Fridén", "C.-A. von Schéele"]])
        // "Nej röstade herrar …", "Från att rösta avstodo herrar Nyberg och Sundin", "Övriga närvarande
        // röstade ja": the others are those deciding but J. Karlsson, who "avlägsnade sig" in § 11.
        let ballots = try #require(p12.votes.first?.ballots)
        #expect(ballots.count == 37)
        #expect(ballots.filter { $0.vote == .abstained }.map(\.name) == ["P. Nyberg", "G. Sundin"])
        #expect(ballots.filter { $0.vote == .no }.count == 14)
        #expect(!ballots.contains { $0.name == "J. Karlsson" })
    }

    // MARK: Blind round 34, checked by hand against each document's answer key

    /// A barn- och utbildningsnämnd as `pdftotext -layout` gives it, the page shifted three spaces: the
    /// rubrics in the left margin beside their text ("   Beslut        Barn- och …"), labels broken
    /// over two lines, a letterhead whose second line ends in the page number.
    @Test func rubricsInTheMarginOfAShiftedPage() throws {
        let d = try document("u1_bun_pdftotext_marginalrubriker_indrag.txt")
        #expect([d.body, d.chair, d.secretary] == ["Barn- och utbildningsnämnden", "Ann-Charlotte Björk", "Marie Åström"])
        #expect(d.adjusters == ["Henrik af Klinteberg"])
        #expect(d.adjustment == Adjustment(date: "2025-02-04", place: "Barn- och utbildningsförvaltningen, Stadshuset"))
        #expect(d.announcement?.date == "2025-02-05")
        #expect(d.paragraphRange.map { [$0.first, $0.last] } == [1, 13])
        // "Ej tjänstgörande" / "ersättare": four substitutes, each with a party.
        #expect(d.attendance.filter { $0.role == "ersättare" }.map(\.name) == ["Nils-Erik Holm", "Amanda Rydén", "Beatrice von Schéele", "Kerstin Palm"])
        #expect(d.attendance.filter(\.deciding).count == 11)
        #expect(d.paragraphs.allSatisfy { $0.decisions.allSatisfy { $0.decidedBy == "Barn- och utbildningsnämnden" } })
        let p6 = try #require(d.paragraphs.first { $0.number == "6" })
        #expect(p6.decisions.map(\.proposedTo) == ["Kommunfullmäktige", nil])
        #expect(p6.decisions.map(\.clauses.count) == [2, 1])
        #expect(p6.recipients == ["Kommunfullmäktige", "Kommunstyrelsen", "Avgiftshandläggare"])
        let p7 = try #require(d.paragraphs.first { $0.number == "7" })
        #expect(p7.decisions.count == 1)
        #expect(p7.votes.map { [$0.yes, $0.no, $0.abstained] } == [[6, 4, 1]])
        #expect(p7.reservations.map(\.names) == [["Mattias Lundqvist", "Henrik af Klinteberg"], ["Robin Åkesson", "Ulrika Bengtsson"]])
        #expect(d.paragraphs.first { $0.number == "8" }?.reservations.map(\.names) == [["Mattias Lundqvist"]])
        // Meddelanden: what kommunfullmäktige decided ("Till ny ersättare valdes …") is not this meeting's.
        #expect(d.paragraphs.first { $0.number == "13" }?.decisions.map(\.text) == ["Meddelandena läggs till handlingarna."])
    }

    /// A kommunalnämnd of 1962, typed and read by OCR, in ISO-8859-1: the titles in the left margin
    /// beside the text, "den l4 mars l962", "å kommunalkontoret", and the anslag under "Justeras:".
    @Test func titlesInTheMarginOf1962() throws {
        let d = try document("u2_kommunalnamnd_1962_rubriker_i_marginalen_latin1.txt")
        // "fört vid sammantrade med kommunalnamnden i Järbo": the organ after "med", its "ä" given back.
        #expect(d.body == "Kommunalnämnden")
        #expect(HeaderParser.bodyInPhrase("fört vid sammanträde med miljö- och hälsoskyddsnämnden") == "Miljö- och hälsoskyddsnämnden")
        #expect(d.meeting == Meeting(date: "1962-03-14", startTime: "19:00", endTime: "22:15", place: "kommunalkontoret, Järbo"))
        // "Vid protokollet:" right under the last §, whose text stood on its heading line.
        #expect([d.chair, d.secretary] == ["Erik Jansson", "Bertil Lundh"])
        #expect(d.paragraphs.last?.text.contains("Vid protokollet") == false)
        #expect(d.adjusters == ["Nils Persson", "Karl Olsson"])
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Erik Jansson", "Nils Persson", "Gustav Larsson", "Karl Olsson", "Anna-Lisa Berg",
                                                              "Sven Eriksson", "Helmer Wik"])
        #expect(d.attendance.first { $0.name == "Helmer Wik" }.map { ($0.deciding, $0.replaces) } ?? (false, nil) == (true, "Johan Björk"))
        #expect(d.announcement?.date == "1962-03-22")
        // "Justering-" / "en skall äga rum å kommunalkontoret onsdagen den 21 mars l962" in § 31.
        #expect(d.adjustment == Adjustment(date: "1962-03-21", place: "Kommunalkontoret"))
        #expect(d.paragraphs.map(\.number) == (31...42).map(String.init))
        #expect(d.paragraphs.map(\.title) == ["Justering", "Föregående protokoll", "Länsstyrelsens skrivelse", "Bidrag till hembygdsföreningen",
                                              "Utskänkningstillstånd", "Gatubelysning i kyrkbyn", "Val av ombud", "Anstånd med skatt",
                                              "Kassaredogörelse", "Skolskjutsar", "Anmälningsärenden", nil])
        let p35 = try #require(d.paragraphs.first { $0.number == "35" })
        #expect(p35.votes.map { [$0.yes, $0.no] } == [[5, 2]])
        #expect(p35.decisions.map(\.text) == ["Nämnden beslöt alltså att i yttrande till länsstyrelsen tillstyrka ansökan."])
        // "Nämnden beslöt hemställa hos kommunalfullmaktige att …, samt att …": a request with both clauses.
        #expect(d.paragraphs.first { $0.number == "36" }?.decisions.map { [$0.proposedTo, String($0.clauses.count)] } == [["Kommunalfullmaktige", "2"]])
        #expect(d.paragraphs.first { $0.number == "34" }?.decisions.first?.text.hasSuffix("bevilja föreningen ett bidrag av 300 kronor.") == true)
    }
}

/// An överförmyndarnämnd's extract laid out by pdftotext -layout, its personal data masked: the file
/// number right-aligned under the Dnr is no title, and "Kommunhuset Kil, tisdagen den 22 oktober
/// 2024" beside "Justeringens plats" is where and when it was adjusted, not a name.
@Suite struct MaskedExtractTests {
    @Test func theTitleUnderTheFileNumberAndTheAdjustment() throws {
        let text = """
            ÖVERFÖRMYNDARNÄMNDEN KIL                                          PROTOKOLLSUTDRAG
            Sammanträdesdatum 2024-10-17

            Beslutande                Birgitta Lind (S), ordförande
                                      Hans Qvarn (M)

            Justerare                 Emine Karlsson (S)

            Justeringens plats        Kommunhuset Kil, tisdagen den 22 oktober 2024
            och tid

            § 112                                                             Dnr ÖFN 2024/0214
                                                              Akt [uppgift borttagen enligt OSL 32 kap. 4 §]
            Arvode till god man för NN, XXXXXX-XXXX, redovisningsåret 2023

            Beslut
            Överförmyndarnämnden beslutar att bevilja arvode med 9 400 kronor.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "ofn.txt")
        #expect(d.paragraphs.first?.title == "Arvode till god man för NN, XXXXXX-XXXX, redovisningsåret 2023")
        #expect(d.paragraphs.first?.caseNumber == "ÖFN 2024/0214")
        #expect(d.paragraphs.first?.text.hasPrefix("Akt [uppgift borttagen") == true)
        #expect(d.adjustment == Adjustment(date: "2024-10-22", place: "Kommunhuset Kil"))
    }
}

/// A web page's protokoll as `w3m -dump` gives it: the front page and the attendance in box-drawn
/// tables, a "Närvaro" column saying who decided, who was away and whom a substitute served for.
@Suite struct BoxDrawnTableTests {
    @Test func theFrontPageAndTheAttendance() throws {
        let text = """
            Protokoll regionstyrelsens arbetsutskott 2025-03-11

            ┌───────────────────┬──────────────────────────────┐
            │Organ              │Regionstyrelsens arbetsutskott│
            ├───────────────────┼──────────────────────────────┤
            │Sammanträdesdatum  │Tisdag 11 mars 2025           │
            ├───────────────────┼──────────────────────────────┤
            │Tid                │09.00–11.45                   │
            ├───────────────────┼──────────────────────────────┤
            │Justerare          │Magnus Berg (C)               │
            └───────────────────┴──────────────────────────────┘

            Närvarande

            ┌───────────────────┬──────┬──────────┬─────────────────────────────┐
            │Namn               │Parti │Uppdrag   │Närvaro                      │
            ├───────────────────┼──────┼──────────┼─────────────────────────────┤
            │Annika Ström       │S     │Ordförande│Beslutande                   │
            ├───────────────────┼──────┼──────────┼─────────────────────────────┤
            │Magnus Berg        │C     │Ledamot   │Beslutande                   │
            ├───────────────────┼──────┼──────────┼─────────────────────────────┤
            │Ulla von Platen    │M     │Ledamot   │Beslutande §§ 41–42          │
            ├───────────────────┼──────┼──────────┼─────────────────────────────┤
            │Jörgen Ek          │SD    │Ledamot   │Förhinder                    │
            ├───────────────────┼──────┼──────────┼─────────────────────────────┤
            │Sara Nyman         │SD    │Ersättare │Tjänstgör för Jörgen Ek (SD) │
            ├───────────────────┼──────┼──────────┼─────────────────────────────┤
            │Kent Åberg         │M     │Ersättare │Ej tjänstgörande § 41,       │
            │                   │      │          │tjänstgör för Ulla von Platen│
            │                   │      │          │(M) § 43                     │
            ├───────────────────┼──────┼──────────┼─────────────────────────────┤
            │Per Wik            │S     │Ersättare │Ej tjänstgörande             │
            └───────────────────┴──────┴──────────┴─────────────────────────────┘

            § 41 Val av justerare

            Arbetsutskottet beslutar att utse Magnus Berg att justera protokollet.

            § 42 Budget

            Arbetsutskottet beslutar att godkänna budgeten.
            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "au.txt")
        #expect(d.body == "Regionstyrelsens arbetsutskott")
        #expect(d.meeting.startTime == "09:00")
        #expect(d.adjusters == ["Magnus Berg"])
        #expect(d.attendance.filter(\.deciding).map(\.name) == ["Annika Ström", "Magnus Berg", "Ulla von Platen", "Sara Nyman", "Kent Åberg"])
        #expect(!d.attendance.contains { $0.name == "Jörgen Ek" })
        let åberg = try #require(d.attendance.first { $0.name == "Kent Åberg" })
        #expect([åberg.replaces, åberg.paragraphs] == ["Ulla von Platen", "§ 43"])
        #expect(d.attendance.first { $0.name == "Sara Nyman" }?.replaces == "Jörgen Ek")
        #expect(d.attendance.first { $0.name == "Per Wik" }?.deciding == false)
    }
}

/// Finland-Swedish municipal minutes: each § headed by the organ, the § and the date on one line, the
/// title in capitals below; the case's earlier handling inside it under another organ's such line, the
/// § line repeated where this meeting's part starts; "Förslaget godkändes." adopting the proposal.
@Suite struct OrganDatedHeadingTests {
    let text = """
        VÄSTERVIKS KOMMUN\tPROTOKOLL\tNr 2/2024
        Kommunstyrelsen\t\tSida 1 (3)

        Sammanträdestid\tMåndag 12.2.2024 kl. 18.00–20.15

        Sammanträdesplats\tKommunkansliet, Storgatan 2

        Närvarande\tGöran Nyby\tordförande\tSFP
        \tLiselott Rönn\tII vice ordförande\tSDP
        \tPeter Kivelä\tmedlem\tSannf.\tej § 13

        Paragrafer\t12–14

        Protokolljustering\tVästervik 14.2.2024

        Protokollet framlagt\tProtokollet har publicerats på kommunens webbplats 15.2.2024.

        \u{0C}VÄSTERVIKS KOMMUN\tPROTOKOLL\tNr 2/2024
        Kommunstyrelsen\t12.02.2024\tSida 2 (3)

        Kommunstyrelsen\t§ 12\t12.02.2024

        LAGLIGHET OCH BESLUTFÖRHET

        Enligt förvaltningsstadgan justeras protokollet av två justerare.

        Förslag:
        Sammanträdet konstateras vara lagligen sammankallat och beslutfört.

        Beslut:
        Förslaget godkändes.

        Kommunstyrelsen\t§ 13\t12.02.2024

        ÄNDRING AV DETALJPLAN FÖR HAMNEN

        Dnr 88/10.02.03/2023

        Tekniska nämnden § 4\t23.1.2024

        Tekniska chefens förslag:
        Tekniska nämnden föreslår för kommunstyrelsen att planen godkänns.

        Beslut:
        Förslaget godkändes.

        Kommunstyrelsen § 13\t12.2.2024

        Kommundirektörens förslag:
        Kommunstyrelsen föreslår för fullmäktige att ändringen av detaljplanen godkänns och att
        bemötandena av anmärkningarna godkänns.

        Beslut:
        Förslaget godkändes.

        \u{0C}VÄSTERVIKS KOMMUN\tPROTOKOLL\tNr 2/2024
        Kommunstyrelsen\t12.02.2024\tSida 3 (3)

        Kommunstyrelsen\t§ 14\t12.02.2024

        ANMÄLNINGSÄRENDEN

        Fullmäktige behandlade 5.2.2024 följande ärenden:
        § 3\tVal av revisorer
        § 4\tDelårsrapport

        Beslut:
        Antecknades för kännedom.
        """

    @Test func theOrgansOwnLinesHeadTheParagraphs() throws {
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "ks.txt")
        #expect(d.paragraphs.map(\.number) == ["12", "13", "14"])
        #expect(d.paragraphs.map(\.title) == ["LAGLIGHET OCH BESLUTFÖRHET", "ÄNDRING AV DETALJPLAN FÖR HAMNEN", "ANMÄLNINGSÄRENDEN"])
        #expect(d.paragraphs.first { $0.number == "13" }?.caseNumber == "88/10.02.03/2023")
    }

    /// "Sammanträdestid", "Protokolljustering" and "Protokollet framlagt" are the front page's labels;
    /// a post "lediganslagen" in a § is no anslag.
    @Test func theFrontPagesLabels() throws {
        let withPost = text.replacingOccurrences(of: "ANMÄLNINGSÄRENDEN\n", with: "ANMÄLNINGSÄRENDEN\n\nTjänsten har varit lediganslagen 2.1–26.1.2024.\n")
        let d = try ProtokollParser.parse(Data(withPost.utf8), fileName: "ks.txt")
        #expect(d.meeting.date == "2024-02-12")
        #expect([d.meeting.startTime, d.meeting.endTime] == ["18:00", "20:15"])
        #expect(d.meeting.place == "Kommunkansliet, Storgatan 2")
        #expect(d.adjustment?.date == "2024-02-14")
        #expect(d.announcement?.date == "2024-02-15")
    }

    /// "II vice ordförande" is a role, "Sannf." a party; a jäv citing "FörvL 28 § 1 mom." names no § of the minutes.
    @Test func theAttendanceTable() throws {
        let withJav = text.replacingOccurrences(of: "ÄNDRING AV DETALJPLAN FÖR HAMNEN\n", with: "ÄNDRING AV DETALJPLAN FÖR HAMNEN\n\nPeter Kivelä anmälde jäv (FörvL 28 § 1 mom. 2 punkten) och deltog inte i behandlingen.\n")
        let d = try ProtokollParser.parse(Data(withJav.utf8), fileName: "ks.txt")
        let rönn = try #require(d.attendance.first { $0.name == "Liselott Rönn" })
        #expect([rönn.role, rönn.party, rönn.organisation] == ["II vice ordförande", "SDP", nil])
        let kivelä = try #require(d.attendance.first { $0.name == "Peter Kivelä" })
        #expect([kivelä.party, kivelä.organisation, kivelä.paragraphs] == ["Sannf.", nil, "ej § 13"])
    }

    /// The layout is told from the document: without the inner "§ 3⇥…" list the minutes are still
    /// minutes; the § line atop a page the § goes on to is furniture; the earlier handling may put
    /// the date before the § ("Kommunstyrelsen⇥18.03.2024⇥§ 44").
    @Test func theLayoutOnItsOwn() throws {
        let withoutList = text.replacingOccurrences(of: "§ 3\tVal av revisorer\n§ 4\tDelårsrapport\n", with: "")
            .replacingOccurrences(of: "Tekniska nämnden § 4\t23.1.2024", with: "Tekniska nämnden\t23.1.2024\t§ 4")
            .replacingOccurrences(of: "Kommunstyrelsen föreslår för fullmäktige att ändringen av detaljplanen godkänns och att\n",
                                  with: "Kommunstyrelsen föreslår för fullmäktige att ändringen av detaljplanen godkänns och\nKommunstyrelsen\t§ 13\t12.02.2024\natt ")
        let d = try ProtokollParser.parse(Data(withoutList.utf8), fileName: "ks.txt")
        #expect(d.kind == .protokoll)
        let paragraph = try #require(d.paragraphs.first { $0.number == "13" })
        #expect(paragraph.decisions.map(\.clauses) == [["ändringen av detaljplanen godkänns", "bemötandena av anmärkningarna godkänns"]])
        #expect(paragraph.references.contains { $0.body == "Tekniska nämnden" && $0.date == "2024-01-23" })
    }

    /// Swedish minutes headed "§ 62 Titel" that list or cite "Organ § N datum" lines, or repeat one as a
    /// protokollsutdrag's page header, keep their own §§ and decisions.
    @Test func swedishMinutesCitingSuchLines() throws {
        let listing = """
            PROTOKOLL
            Miljö- och byggnämnden
            Sammanträdesdatum 2024-05-22

            Beslutande: Hans Rydberg (C), ordförande, Annika Sjögren (S)

            § 62 Strandskyddsdispens för brygga
            Dnr MBN 2024/210

            Beslutsunderlag
            Kommunstyrelsens arbetsutskott § 34 2024-03-04

            Beslut
            Miljö- och byggnämnden beslutar att bevilja strandskyddsdispens enligt ansökan.

            § 63 Meddelanden

            Följande protokoll anmäls:

            Kommunstyrelsens arbetsutskott § 88 2024-04-29
            Kommunstyrelsens arbetsutskott § 91 2024-04-29

            Beslut
            Miljö- och byggnämnden beslutar att lägga meddelandena till handlingarna.
            """
        let d = try ProtokollParser.parse(Data(listing.utf8), fileName: "mbn.txt")
        #expect(d.paragraphs.map(\.number) == ["62", "63"])
        #expect(d.paragraphs.map { $0.decisions.count } == [1, 1])
        let extract = """
            PROTOKOLLSUTDRAG
            Kommunstyrelsen                 § 45                                      2024-03-18

            § 45   Val av justerare

            Kommunstyrelsen beslutar att utse Anna Karlsson att justera protokollet.

            \u{0C}Kommunstyrelsen                 § 46                                      2024-03-18

            § 46   Försäljning av fastigheten Ljusnedal 4:12             Dnr KS 2024/88

            Kommunstyrelsen beslutar att sälja fastigheten.
            """
        let e = try ProtokollParser.parse(Data(extract.utf8), fileName: "utdrag.txt")
        #expect(e.paragraphs.map(\.title) == ["Val av justerare", "Försäljning av fastigheten Ljusnedal 4:12"])
        #expect(e.paragraphs.last?.caseNumber == "KS 2024/88")
    }

    @Test func theEarlierHandlingIsAReferenceAndItsDecisionNotThisMeetings() throws {
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "ks.txt")
        let paragraph = try #require(d.paragraphs.first { $0.number == "13" })
        #expect(paragraph.decisions.count == 1)
        #expect(paragraph.decisions.first?.clauses == ["ändringen av detaljplanen godkänns", "bemötandena av anmärkningarna godkänns"])
        #expect(paragraph.decisions.first?.proposedTo == "Fullmäktige")
        #expect(paragraph.references.contains { $0.body == "Tekniska nämnden" && $0.date == "2024-01-23" })
        // A passive stating the rule before "Förslag:" is no decision.
        #expect(d.paragraphs.first?.decisions.map(\.text) == ["Förslaget godkändes."])
    }
}

@Suite struct AgendaBeforePointsTests {
    /// Notes that list the agenda, numbered, before the points with their text: the points are the
    /// later ones; the chair's title after his job title makes him the chair; a stand-in for a member
    /// decides no more than the group, which decides nothing.
    @Test func theAgendaIsNotThePoints() throws {
        let text = """
            Bruksföretaget AB
            MINNESANTECKNINGAR
            Skyddskommitténs möte 18 mars 2025

            Deltagare:
            Mattias Holmgren, platschef, ordförande
            Roger Nilsson, huvudskyddsombud
            Lina Kask, ersättare för Kent Abrahamsson
            Anna Fjäll, HR, sekreterare

            Dagordning
            1. Mötets öppnande
            2. Föregående minnesanteckningar
            3. Skyddsronder
            4. Nästa möte

            1. Mötets öppnande
            Mattias hälsade välkommen. Dagordningen godkändes.

            2. Föregående minnesanteckningar
            Anteckningarna lades till handlingarna.

            3. Skyddsronder
            Beslut: Skyddsronderna genomförs i vecka 17.

            4. Nästa möte
            Den 10 juni 2025.

            """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "skydd.txt")
        #expect(d.paragraphs.map(\.number) == ["1", "2", "3", "4"])
        #expect(d.paragraphs.map(\.line) == [17, 20, 23, 26])
        #expect(d.paragraphs.first { $0.number == "3" }?.decisions.map(\.text) == ["Skyddsronderna genomförs i vecka 17."])
        #expect(d.chair == "Mattias Holmgren")
        #expect(d.attendance.first { $0.name == "Lina Kask" }.map { [$0.replaces, String($0.deciding)] } == ["Kent Abrahamsson", "false"])
        // A compact list of points with no text between them, and no list after it, stays the points.
        let compact = try ProtokollParser.parse(Data(text.components(separatedBy: "\n1. Mötets öppnande\nMattias")[0].utf8), fileName: "kort.txt")
        #expect(compact.paragraphs.map(\.number) == ["1", "2", "3", "4"])
    }
}

@Suite struct PrintedMinutes1948Tests {
    /// A stadsfullmäktige's printed minutes of 1948, OCR'd: bare centred §§ whose text indents its
    /// first line, the plural of the past ("beslöto", "biföllo"), OCR's "§ ll." and "§ 1 2.", the page
    /// number in the margin of the running header, and a voting proposition that decides nothing.
    @Test func printedMinutesOf1948() throws {
        let text = """
                                       PROTOKOLL,
                fört vid sammanträde med stadsfullmäktige i Nyköping
                  å stadshuset måndagen den 15 mars 1948 kl. 19.

        Närvarande: herr ordföranden C. G. Wennerström (s), herrar A. Albinsson (s),
        O. Bergkvist (h), A. Fridén (h) och N. Ekwall (s).


                                      § 1.
          Att jämte herr ordföranden justera dagens protokoll utsågos herrar
        N. Ekwall och A. Fridén.


                                      § 2.
          Föredrogs drätselkammarens utlåtande angående anslag till
        omläggning av gatubeläggningen.
          Stadsfullmäktige biföllo drätselkammarens hemställan.
        \u{0C}42                              Den 15 mars 1948.

                                      § ll.
          På förslag av herr ordföranden beslöto stadsfullmäktige att bordlägga
        ärendet till nästa sammanträde.


                                      § 1 2.
          Votering begärdes, varefter uppsattes, justerades och godkändes
        följande voteringsproposition: »Den, som bifaller hemställan, röstar ja.»
          Stadsfullmäktige beslöto att bifalla hemställan.
          Mot beslutet reserverade sig herrar Bergkvist och Fri-
        \u{0C}44                              Den 15 mars 1948.

        dén.

                                      § 13.
          Stadsfullmäktige beslöto att lägga skrivelsen till handlingarna.

          Sammanträdet avslutades kl. 22.40.

                                         In fidem:
                                         Sven Hedberg.


               Justerat den 19 mars 1948.

               C. G. Wennerström.     N. Ekwall.     A. Fridén.


          Att justeringen av detta protokoll tillkännagivits å stadshusets
        anslagstavla den 22 mars 1948 intygar
                                         Sven Hedberg,
                                         stadsnotarie.

        """
        let d = try ProtokollParser.parse(Data(text.utf8), fileName: "sf1948.txt")
        // The opening sentence under "PROTOKOLL,": the town, the place after "å", the hour.
        #expect([d.title, d.organisation, d.meeting.place, d.meeting.startTime, d.meeting.endTime] == ["PROTOKOLL", "Nyköping", "stadshuset", "19:00", "22:40"])
        // "In fidem:" is the secretary's signature; "Justerat den …" dates the justering.
        #expect(d.secretary == "Sven Hedberg")
        #expect(d.adjusters == ["N. Ekwall", "A. Fridén"])
        #expect(d.adjustment?.date == "1948-03-19")
        #expect(d.announcement?.date == "1948-03-22")
        #expect(HeaderParser.organisationInOpening("fört vid sammanträde med kommunalnämnden i Ekeryds landskommun den 14 mars 1962") == "Ekeryds landskommun")
        // A genitive with no kind of place after it names nothing whole.
        #expect(HeaderParser.organisationInOpening("fört vid sammanträde med kommunalnämnden i Ekeryds kyrkby den 14 mars 1962") == nil)
        #expect(d.paragraphs.map(\.number) == ["1", "2", "11", "12", "13"])
        #expect(d.paragraphs.allSatisfy { $0.title == nil })
        #expect(d.paragraphs.map { $0.decisions.map(\.text) } == [
            ["Att jämte herr ordföranden justera dagens protokoll utsågos herrar N. Ekwall och A. Fridén."],
            ["Stadsfullmäktige biföllo drätselkammarens hemställan."],
            ["På förslag av herr ordföranden beslöto stadsfullmäktige att bordlägga ärendet till nästa sammanträde."],
            ["Stadsfullmäktige beslöto att bifalla hemställan."],
            ["Stadsfullmäktige beslöto att lägga skrivelsen till handlingarna."],
        ])
        #expect(d.paragraphs.first { $0.number == "12" }?.reservations.map(\.text) == ["Mot beslutet reserverade sig herrar Bergkvist och Fridén."])
    }
}

/// Counter-examples a reviewer wrote against this session's rules, blind to the corpus: each rule
/// stays where it belongs.
@Suite struct NarrowedRulesTests {
    func parse(_ text: String) throws -> ProtokollDocument { try ProtokollParser.parse(Data(text.utf8), fileName: "cx.txt") }

    /// Compact notes, a point a line with its text, and the agenda appended as a bilaga: the points
    /// are the notes'. A "Länkar" line over an address in a point cuts nothing.
    @Test func compactPointsAndALinksLineStay() throws {
        let compact = try parse("""
            Minnesanteckningar
            Nätverket för skolbibliotek
            Datum: 2024-05-14

            Närvarande: Karin Ek, Lars Berg, Mona Lind

            1. Mötets öppnande – Karin öppnade mötet.
            2. Fortbildning – gemensam studiedag i oktober, Lars samordnar.
            3. Nästa möte – 10 september kl 13.00.

            Vid anteckningarna: Mona Lind

            Bilaga 1. Dagordning
            1. Mötets öppnande
            2. Fortbildning
            3. Nästa möte
            """)
        #expect(compact.paragraphs.map(\.line) == [7, 8, 9])
        let links = try parse("""
            Minnesanteckningar
            Nätverket för folkhälsa i Nordsjö
            Datum: 2024-05-14

            Närvarande: Karin Ek (Nordsjö kommun), Lars Berg (Region Norrsund), Mona Lind (Polisen)

            1. Mötets öppnande
            Karin hälsade välkomna.

            2. Länsrapporten om ungas hälsa
            Lars presenterade rapporten [1]. Nätverket diskuterade resultaten.

            Länkar
            https://www.norrsund.se/folkhalsa/ungas-halsa-2024

            3. Nästa möte
            Nästa möte hålls den 10 september kl 13.00.
            """)
        #expect(links.paragraphs.map(\.number) == ["1", "2", "3"])
    }

    /// A beslutsordning adopted as a governing document is a decision; a reservation and a member
    /// joining it in one sentence are one reservation of their own; a decision dated with the
    /// meeting's own day is this meeting's.
    @Test func decisionsThatLookLikeTheNewRules() throws {
        let d = try parse("""
            PROTOKOLL
            Kommunfullmäktige i Nordsjö kommun
            Sammanträdesdatum 2024-04-22

            Beslutande: Anna Ek (S), ordförande, Lena Ek (V), Per Olsson (M), Anna Berg (KD)

            § 51 Budget 2025
            Kommunfullmäktige beslutar att anta kommunstyrelsens förslag till budget 2025.

            Lena Ek (V) reserverar sig mot beslutet.
            Per Olsson (M) reserverar sig mot beslutet och Anna Berg (KD) instämmer i reservationen.

            § 52 Beslutsordning
            Kommunfullmäktige fastställer reviderad beslutsordning för nämnderna.

            § 53 Lokaler
            Kommunfullmäktige gav den 22 april 2024 kommunstyrelsen i uppdrag att hyra lokalen på Storgatan 4.
            """)
        #expect(d.paragraphs.first { $0.number == "51" }?.reservations.map(\.names) == [["Lena Ek"], ["Per Olsson", "Anna Berg"]])
        #expect(d.paragraphs.first { $0.number == "52" }?.decisions.count == 1)
        #expect(d.paragraphs.first { $0.number == "53" }?.decisions.count == 1)
    }

    /// Under "Justeras": the roles printed under the names, and the chair written another way ("Ann
    /// Marie Lund" for "Ann-Marie Lund"), keep the chair out of the justerare; a guest who chairs
    /// another organ is not the chair.
    @Test func theChairIsNoJusterare() throws {
        let d = try parse("""
            Hembygdsföreningen Nordsjö
            PROTOKOLL fört vid styrelsemöte den 5 mars 2024

            Närvarande: Ann-Marie Lund, ordförande, Bo Hedlund, Lisa Falk
            Övriga: Karl Nord, kommunalråd, ordförande i kommunstyrelsen

            § 1 Ekonomi
            Styrelsen beslutar att godkänna rapporten.

            § 2 Lokaler
            Styrelsen beslutar att hyra lokalen.

            Justeras

            Ann Marie Lund                   Bo Hedlund
            Ordförande                       Justerare
            """)
        #expect(d.chair == "Ann-Marie Lund")
        #expect(d.adjusters == ["Bo Hedlund"])
    }

    /// The room after "i" names no town; "på distans" is no place; "In fidem" over a registrator
    /// certifies an extract; recipients wrapped after "och" are two.
    @Test func openingAndClosingLinesThatAreSomethingElse() throws {
        #expect(HeaderParser.organisationInOpening("fört vid sammanträde med socialnämnden i Stora sessionssalen måndagen den 18 mars 1968") == nil)
        #expect(HeaderParser.organisationInOpening("fört vid sammanträde med styrelsen i Kommunhuset, Ljusdal, tisdagen den 5 mars 2024") == nil)
        #expect(MeetingParser.placeInOpening("Protokoll fört vid styrelsemöte i Föreningen Nordsjö Hembygdsgille på distans den 5 mars 2024") == nil)
        #expect(ParagraphParser.recipientList(["Socialnämnden,", "Ekonomiavdelningen och", "Revisorerna"]) == ["Socialnämnden", "Ekonomiavdelningen", "Revisorerna"])
        let extract = try parse("""
            PROTOKOLLSUTDRAG
            Kommunstyrelsen
            Sammanträdesdatum 2024-10-14

            Beslutande: Anna Ek (S), ordförande, Per Lind (M)

            § 140 Detaljplan för Hamnen 1:4
            Kommunstyrelsen beslutar att anta detaljplanen för Hamnen 1:4.

            Justerandes sign

            Utdragsbestyrkande
            In fidem
            Karin Holm, registrator
            """)
        #expect(extract.secretary != "Karin Holm")
    }
}

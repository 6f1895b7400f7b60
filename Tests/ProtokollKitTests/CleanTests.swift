import Testing
@testable import ProtokollKit

@Suite struct HyphenationTests {
    @Test(arguments: [
        ("Protokollet läggs där-", "efter med godkännande", "Protokollet läggs därefter med godkännande"),
        ("Barn-", "och utbildningsnämnden", "Barn- och utbildningsnämnden"),
        ("FoU-", "ledare Pernilla", "FoU-ledare Pernilla"),
        ("MP-", "gruppen", "MP-gruppen"),
        ("Hans-", "Göran Johansson", "Hans-Göran Johansson"),
        ("Kultur-", "eller fritidsfrågor", "Kultur- eller fritidsfrågor"),
    ])
    func joinsOrKeeps(line: String, next: String, expected: String) {
        let lines = [SourceLine(number: 1, text: line), SourceLine(number: 2, text: next)]
        #expect(PageCleaner.joinHyphenation(lines).map(\.text) == [expected])
    }

    /// A word broken at the end of the right column goes on in that column on the next line; the
    /// left column's text stays a line of its own.
    @Test func aWordBrokenInTheRightColumnIsJoinedInThatColumn() {
        let lines = [
            SourceLine(number: 1, text: "      Jonas Hedin (SD), tjänstgörande          Maria Olander, hälso- och sjuk-"),
            SourceLine(number: 2, text: "      ersättare för Magnus Ståhl (SD)          vårdsdirektör § 215"),
        ]
        let joined = PageCleaner.joinHyphenation(lines).map(\.text)
        #expect(joined.count == 2)
        #expect(joined.first?.hasSuffix("Maria Olander, hälso- och sjukvårdsdirektör § 215") == true)
        #expect(joined.last?.trimmed == "ersättare för Magnus Ståhl (SD)")
    }

    @Test func aDashBetweenWordsIsNotHyphenation() {
        let lines = [SourceLine(number: 1, text: "Tillvaratagande -"), SourceLine(number: 2, text: "genomförandefas")]
        #expect(PageCleaner.joinHyphenation(lines).count == 2)
    }
}

@Suite struct PageFurnitureTests {
    @Test(arguments: ["Sida 3 (41)", "Sidan 1(30)", "Sidan 1 av 2", "1(36)", "- 3 -", "3 (14)", "Blad 3", "B1ad 2"])
    func pageNumbers(text: String) {
        #expect(PageFurniture.isPageNumber(text))
    }

    @Test(arguments: ["2014", "§ 15", "Sida vid sida", "15 - 26"])
    func notPageNumbers(text: String) {
        #expect(!PageFurniture.isPageNumber(text))
    }

    @Test(arguments: ["Justerandes sign", "Ordförandes sign.", "Utdragsbestyrkande", "Justerandes sign          Utdragsbestyrkande",
                      "Justerandes signaturer        ¦         ¦"])
    func signatureStrips(text: String) {
        #expect(PageFurniture.isSignatureStrip(text))
    }
}

@Suite struct PageCleanerTests {
    func lines(_ text: String) -> [SourceLine] { TextNormalizer.lines(of: text) }

    /// Three pages whose running header interrupts a sentence on page 2: the header goes, the page-one
    /// header stays, and the sentence is whole again.
    @Test func runningHeaderIsRemovedAndTheSentenceJoined() {
        let header = "KOMMUNEN\nProtokoll från Nämndens sammanträde\n§§ 1 - 3\nTid: 2020-01-01"
        let text = header + "\n\n§ 1\n\nText om\n\n\n" + header + "\n\nbudgeten i år.\n\n\n" + header + "\n\n§ 2\n\nSlut."
        let cleaned = PageCleaner.clean(lines(text)).filter { !$0.isBlank }.map(\.text)
        #expect(cleaned == ["KOMMUNEN", "Protokoll från Nämndens sammanträde", "§§ 1 - 3", "Tid: 2020-01-01",
                            "§ 1", "Text om budgeten i år.", "§ 2", "Slut."])
    }

    /// A letterhead of two lines with the page number closing the second ("NYBRO   …   Sida" / "KOMMUN
    /// …   1(7)"): the number is the same page's top, so the front page keeps the organ and the date
    /// under it, while later pages lose them.
    @Test func aPageNumberOnTheLetterheadsSecondLine() {
        func header(_ page: Int) -> String {
            "   NYBRO          SAMMANTRÄDESPROTOKOLL          Sida\n   KOMMUN         Sammanträdesdatum          \(page)(3)\n                  2025-01-28\n   Barn- och utbildningsnämnden\n\n\n"
        }
        let text = header(1) + "   Plats och tid     Stadshuset\n\n   § 1\n\n   Text ett.\n\u{0C}" + header(2) + "   § 2\n\n   Text två.\n\u{0C}" + header(3) + "   § 3\n\n   Text tre.\n"
        let cleaned = PageCleaner.clean(lines(text)).filter { !$0.isBlank }.map(\.text.trimmed)
        #expect(cleaned.filter { $0 == "Barn- och utbildningsnämnden" }.count == 1)
        #expect(cleaned.firstIndex(of: "Barn- och utbildningsnämnden") == 3)
    }

    /// A word broken at the end of a column of running text beside a margin title gives up only its
    /// end: the rest of the line below stays in its column, beside the title's next piece.
    @Test func aWordBrokenBesideAMarginTitle() {
        let joined = PageCleaner.joinedInColumn("Länsstyrel-       skrivelse, dagtecknad den 2 mars 1962, angående sam-",
                                                "sens skri-        manställning av uppgifter om kommunens vattenförsörjning")
        #expect(joined?.joined == "Länsstyrel-       skrivelse, dagtecknad den 2 mars 1962, angående sammanställning")
        #expect(joined?.rest == "sens skri-        av uppgifter om kommunens vattenförsörjning")
    }

    /// Two extracts' §§ that end alike ("Expedieras" / "Förvaltningsrätten i Norrstad" / "Akten")
    /// right over the footer: lines under a rubric are its text, not a running footer.
    @Test func linesUnderARubricAtPageBottomsAreNotAFooter() {
        let footer = "Justerandes sign\t\tUtdragsbestyrkande"
        func page(_ number: Int) -> String {
            "KOMMUN\tPROTOKOLLSUTDRAG\tSida \(number) (3)\n\nIFU § 14\(number)\n\nBeslut i ärende \(number).\n\nExpedieras\n\nFörvaltningsrätten i Norrstad\n\nAkten\n\n" + footer
        }
        let text = "KOMMUN\tPROTOKOLLSUTDRAG\tSida 1 (3)\n\nBeslutande\tAnna Ek\n\n" + footer + "\u{0C}" + page(2) + "\u{0C}" + page(3)
        let cleaned = PageCleaner.clean(lines(text)).filter { !$0.isBlank }.map(\.text)
        #expect(cleaned.filter { $0 == "Akten" }.count == 2)
        #expect(cleaned.filter { $0 == "Förvaltningsrätten i Norrstad" }.count == 2)
    }

    /// A signature strip closes a page, so the address printed under it stands alone between the
    /// strip and the next page's header: recurring so on three pages, it is the footer, and a list
    /// cut by the page break goes on after it. (Runs of blank lines between §§ split pages too, so
    /// that the address is on fewer than half of them.)
    @Test func anAddressUnderTheSignatureStripIsAFooter() {
        let footer = "Justerandes sign                        Utdragsbestyrkande\n\nBox 654, 831 27 Östersund · 063-14 70 00\n"
        func paragraphs(_ numbers: ClosedRange<Int>) -> String { numbers.map { "§ \($0) Ärende\n\nText.\n\n\n" }.joined() }
        func header(_ number: Int) -> String { "\u{0C}Region Norr                 PROTOKOLL      Sida \(number) av 4\nRegionfullmäktige          Sammanträdesdatum\n\n" }
        let text = "Region Norr                 PROTOKOLL      Sida 1 av 4\nRegionfullmäktige\n\nPlats och tid     Regionens hus, kl. 09.00–16.40\n\n"
            + "Tjänstgörande     Ali Hassan (S) ersätter Eva Lind (S)\nersättare         Stig Modin (S) ersätter Kerstin Holm (S)\n\n" + footer
            + header(2) + "                  Amir Rezaei (V) ersätter Johanna Bäck (V)\n\n\n" + paragraphs(1...3) + footer
            + header(3) + paragraphs(4...6) + footer + header(4) + paragraphs(7...9) + footer
        let cleaned = PageCleaner.clean(lines(text)).filter { !$0.isBlank }.map(\.text)
        #expect(!cleaned.contains { $0.hasPrefix("Box 654") })
        #expect(cleaned.contains { $0.contains("Amir Rezaei") })
        // A case number alone between blank lines, under no strip, recurs as text.
        let dnr = (86...89).map { "KSAU § \($0)\n\n\n                                          Dnr KS 2024/0\($0)\n\n\nRubrik \($0)\n\nText.\n\n\n" }.joined()
        let kept = PageCleaner.clean(lines("Bjärnö kommun   PROTOKOLL\n\n" + dnr)).filter { !$0.isBlank }.map(\.text)
        #expect(kept.filter { $0.contains("Dnr KS") }.count == 4)
    }

    /// An att-list cut by a page break: the clause after the break starts its own line again.
    @Test func anAttClauseAfterAPageBreakIsNotGluedToTheOneBefore() {
        let header = "VALLSJÖ KOMMUN\tSammanträdesprotokoll\tSida 2 av 3"
        let text = header + "\n\n§ 1\n\natt bevilja 68,5 miljoner kronor,\n\u{0C}" + header.replacingOccurrences(of: "2 av", with: "3 av")
            + "\n\natt finansiering sker genom upplåning.\n\u{0C}" + header.replacingOccurrences(of: "2 av", with: "4 av") + "\n\n§ 2\n\nSlut."
        let cleaned = PageCleaner.clean(lines(text)).filter { !$0.isBlank }.map(\.text)
        #expect(cleaned.contains("att finansiering sker genom upplåning."))
    }

    /// A scanned page: the footer strip drawn with broken bars, a speck on a line of its own, a
    /// "Blad N" header, and a speck before the text of a line.
    @Test func scanSpecksAtAPageBreakGo() {
        let header = "\u{0C}                    Blad 3\nNORRLIDA LÄNS LANDSTING\nLandstingsstyrelsen 7.2.1978"
        let text = "Titel\n\nStyrelsen beslutade att till överläkare\nJusterandes signaturer   ¦\n'\n" + header + "\nanställa dr Grönwall.\n\n¦ Styrelsen beslutade att bevilja bidraget.\nJusterandes signaturer   ¦\n"
            + header.replacingOccurrences(of: "Blad 3", with: "Blad 4") + "\n\nSlut."
        let cleaned = PageCleaner.clean(lines(text)).filter { !$0.isBlank }.map(\.text)
        #expect(cleaned == ["Titel", "Styrelsen beslutade att till överläkare anställa dr Grönwall.", "Styrelsen beslutade att bevilja bidraget.", "Slut."])
    }

    @Test func repeatedRubricsAndParagraphHeadingsAreNotFurniture() {
        let page = "Beslut\n\nNämnden beslutar att godkänna.\n"
        let text = "Titel\n\n\n" + page + "\n\n" + page + "\n\n" + page
        let cleaned = PageCleaner.clean(lines(text)).filter { !$0.isBlank }.map(\.text)
        #expect(cleaned.filter { $0 == "Beslut" }.count == 3)
    }

    @Test func seedRunningHeaderIsGoneFromTheBody() throws {
        let decoded = try TextDecoder.decode(try Corpus.data(try Corpus.seed("000").lastPathComponent), fileName: "000")
        let cleaned = PageCleaner.clean(decoded.lines).map(\.text)
        #expect(cleaned.filter { $0 == "REGIONFÖRBUNDET" }.count == 1)
        // The sentence cut by a header on the page break is one line again.
        #expect(cleaned.contains { $0.hasSuffix("behov av att bättra synliggöra vår verksamhet. Primärkommunala nämnden föreslår att kommunerna delges en rapport en gång per år, förslagsvis tillsammans med årsredovisningen.") })
    }
}

@Suite struct DecisionTableTests {
    @Test func rowsBecomeParagraphsWithTheirDecisions() {
        let lines = TextNormalizer.lines(of: "Protokoll\n\nPunkt\tÄrende\tBeslut\n1\tÖppnande\t–\n2\tBudget\tBudgeten\n\t\tfastställdes.\n\nSlut\n")
        #expect(DecisionTable.expand(lines).map(\.text) == ["Protokoll", "", "§ 1 Öppnande", "", "§ 2 Budget", "Beslut: Budgeten fastställdes.", "", "", "Slut"])
    }

    @Test func aTableWithoutADecisionColumnIsLeftAlone() {
        let lines = TextNormalizer.lines(of: "Namn\tParti\tRoll\nAnna Ek\tS\tordförande\nBo Ek\tM\tledamot\n")
        #expect(DecisionTable.expand(lines) == lines)
    }
}

@Suite struct ListBulletTests {
    @Test func aWideGapAfterABulletIsTightened() {
        #expect(ListBullets.tightened("•  Anna Lindgren – Region Norrdalen") == "• Anna Lindgren – Region Norrdalen")
        #expect(ListBullets.tightened("   -\tatt kallelse skickas ut") == "   - att kallelse skickas ut")
        #expect(ListBullets.tightened("–    Hanna Wiik") == "– Hanna Wiik")
    }

    @Test func otherLinesAreLeftAsTheyAre() {
        #expect(ListBullets.tightened("• Anna Lindgren") == nil)
        #expect(ListBullets.tightened("Anna Lindgren    ordförande") == nil)
        #expect(ListBullets.tightened("---") == nil)
        #expect(ListBullets.tightened("-   ") == nil)
        #expect(ListBullets.tightened("") == nil)
    }
}

@Suite struct HangingRubricTests {
    @Test func aRubricInALeftColumnGetsALineOfItsOwn() {
        let split = ParagraphParser.splittingHangingRubric(SourceLine(number: 7, text: "Beslut              Individutskottet beslutar att fastställa listan."))
        #expect(split.map(\.text.trimmed) == ["Beslut", "Individutskottet beslutar att fastställa listan."])
        #expect(split.map(\.number) == [7, 7])
        // pdftotext -layout shifts the whole page a little: the margin is then a few spaces in.
        let shifted = ParagraphParser.splittingHangingRubric(SourceLine(number: 3, text: "   Expedieras                Kommunstyrelsen"))
        #expect(shifted.map(\.text.trimmed) == ["Expedieras", "Kommunstyrelsen"])
        // Not a rubric, a table header, or a line indented into the text column: left alone.
        for text in ["Anna Berg (S)       ordförande", "Omröstningsresultat      Ja     Nej    Avstår", "            Beslut     text",
                     "   Beslutet  innebar att taxan höjs med tre procent från och med den 1 januari."] {
            #expect(ParagraphParser.splittingHangingRubric(SourceLine(number: 1, text: text)).count == 1, "\(text)")
        }
    }

    @Test func aRubricBesideTheTextAtPageBottomsIsNotAFooter() {
        // Three pages end with the same secret decision; the signature strip closes each page.
        var lines: [SourceLine] = []
        for page in 1...3 {
            lines += ["§ \(page)", "", "Sekretess enligt 26 kap. 1 § OSL", "", "Beslut              Se sekretessbilaga.", "",
                      "Justerandes signatur                Utdragsbestyrkande"].map { SourceLine(number: lines.count + 1, text: $0) }
        }
        let kept = PageCleaner.clean(lines).map(\.text)
        #expect(kept.filter { $0.hasPrefix("Beslut") }.count == 3)
    }
}

@Suite struct MarkdownTextTests {
    @Test func escapedPunctuationIsText() {
        #expect(MarkdownText.unescaped("Protokollet justerat 2024\\-05\\-13") == "Protokollet justerat 2024-05-13")
        #expect(MarkdownText.unescaped("1\\. att anställa") == "1. att anställa")
        // A backslash before a letter is not an escape.
        #expect(MarkdownText.unescaped("C:\\Users") == "C:\\Users")
    }

    /// pandoc's smart punctuation: "--" is an en dash, "---" an em dash; a rule stays a rule.
    @Test func pandocDashes() {
        #expect(MarkdownText.withTypographicDashes("§§ 48--55, kl. 13.15--15.40") == "§§ 48–55, kl. 13.15–15.40")
        #expect(MarkdownText.withTypographicDashes("Kalmar --- Växjö") == "Kalmar — Växjö")
        #expect(MarkdownText.withTypographicDashes("-----") == "-----")
        #expect(MarkdownText.withTypographicDashes("Sekreterare --") == "Sekreterare --")
        #expect(MarkdownText.withTypographicDashes("Barn- och utbildning") == "Barn- och utbildning")
    }
}

@Suite struct GridTableTests {
    /// A Word table through pandoc: wrapped cells join, "\" breaks a line, a border is a blank line,
    /// and an X stays in its column.
    @Test func aGridTableBecomesTabbedLines() {
        let source = """
            +----------------+-------------------------------+
            | **Beslutande** | Anna Ek (S), ordförande, ej § |
            |                | 52\\                           |
            |                | Ebba von Platen (KD)          |
            +----------------+-------------------------------+
            | **Justeringens | Rådhuset 2023-10-23           |
            | plats och tid**|                               |
            +================+======+======+
            | Ledamot        | Ja   | Nej  |
            +----------------+------+------+
            | Per Lind (M)   |      | X    |
            +----------------+------+------+
            Text after.
            """
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { SourceLine(number: $0.offset + 1, text: String($0.element)) }
        let flat = GridTable.flattened(lines).filter { !$0.text.isEmpty }
        #expect(flat.map(\.text) == [
            "**Beslutande**\tAnna Ek (S), ordförande, ej § 52", "Ebba von Platen (KD)",
            "**Justeringens plats och tid**\tRådhuset 2023-10-23", "Ledamot\tJa\tNej", "Per Lind (M)\t\tX", "Text after.",
        ])
        #expect(flat.map(\.number) == [2, 4, 6, 9, 11, 13])
        // Text with no border is left as it is; a "+" opening a sentence is no border.
        let plain = [SourceLine(number: 1, text: "+ 3 röster"), SourceLine(number: 2, text: "| a | b |")]
        #expect(GridTable.flattened(plain) == plain)
    }

    /// An HTML table as `w3m -dump` draws it: the same, its rows one after another with no blank line.
    @Test func aBoxDrawnTableBecomesTabbedLines() {
        let source = """
            Närvarande

            ┌──────────────────┬──────┬─────────────────────┐
            │Namn              │Parti │Närvaro              │
            ├──────────────────┼──────┼─────────────────────┤
            │Sara Nyman        │SD    │Tjänstgör för Jörgen │
            │                  │      │Ek-Lindholm (SD)     │
            ├──────────────────┼──────┼─────────────────────┤
            │Eva Lindbäck      │KD    │Förhinder            │
            └──────────────────┴──────┴─────────────────────┘
            Text after.
            """
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { SourceLine(number: $0.offset + 1, text: String($0.element)) }
        #expect(GridTable.flattened(lines).map(\.text) == [
            "Närvarande", "", "", "Namn\tParti\tNärvaro", "Sara Nyman\tSD\tTjänstgör för Jörgen Ek-Lindholm (SD)", "Eva Lindbäck\tKD\tFörhinder", "",
            "Text after.",
        ])
    }
}

@Suite struct AntiwordTextTests {
    private func lines(_ source: String) -> [SourceLine] {
        source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { SourceLine(number: $0.offset + 1, text: String($0.element)) }
    }

    /// A 2004 Word table through antiword: a label wrapped in its cell joins the line above, a cell's
    /// further line is its text alone, an empty row inside a cell goes, and "[pic]" goes.
    @Test func barRowsBecomeTabbedLines() {
        let source = """
            [pic]
            |Justeringens      |Kommunkansliet 2004-05-18        |
            |plats och tid     |                                 |
            |                  |                                 |
            |Övriga deltagare  |Ersättare: Eva Berg (s),         |
            |                  |Kent Mård (c)                    |
            |                  |                                 |
            |                  |Tord Westin, kommunchef          |
            |                  |                                 |
            |Utses att justera |Gunnel Ek (c)                    |
            """
        #expect(AntiwordText.cleaned(lines(source)).map(\.text) == [
            "Justeringens plats och tid\tKommunkansliet 2004-05-18", "", "Övriga deltagare\tErsättare: Eva Berg (s),",
            "Kent Mård (c)", "Tord Westin, kommunchef", "", "Utses att justera\tGunnel Ek (c)",
        ])
        #expect(AntiwordText.cleaned(lines(source)).first?.number == 2)
    }

    /// A vote's X stays under its column; a value column's further line in lower case is a line of
    /// its own (the next recipient), and an empty row after a label's row goes when the cell goes on.
    @Test func cellsKeepTheirColumns() {
        let source = """
            |Ledamot              |Tjänstgörande ersättare |Ja  |Nej |
            |Sven Holm (kd)       |Henrik Sköld (kd)       |    |X   |
            |Expedieras |Socialchefen   |
            |           |ekonomienheten |
            |Övriga     |Ersättare: Ivar Lans (s) |
            |           |                         |
            |           |Siv Holm, socialchef     |
            """
        #expect(AntiwordText.cleaned(lines(source)).map(\.text) == [
            "Ledamot\tTjänstgörande ersättare\tJa\tNej", "Sven Holm (kd)\tHenrik Sköld (kd)\t\tX",
            "Expedieras\tSocialchefen", "ekonomienheten", "Övriga\tErsättare: Ivar Lans (s)", "Siv Holm, socialchef",
        ])
        // A Markdown table, with its rule under the header, is the Markdown stage's.
        let markdown = lines("| Namn | Parti |\n|------|-------|\n| Eva Ek | S |")
        #expect(AntiwordText.cleaned(markdown) == markdown)
    }
}

@Suite struct EmptyTableRowTests {
    @Test func theEmptyCellsOfASignatureBoxGo() {
        #expect(PageCleaner.isEmptyTableRow("|        |          |         |"))
        #expect(!PageCleaner.isEmptyTableRow("| Namn | Ja |"))
        #expect(!PageCleaner.isEmptyTableRow("|"))
    }
}


@Suite struct OCRLetterTests {
    /// The other way round: an "l" or "I" for a one and an "O" for a nought among digits ("den l4 mars
    /// l962", "§ 4O.", "8 5OO kronor"), and a lone "l" as the day before a month; a room's code stays.
    @Test func lettersAmongDigitsAreDigits() {
        #expect(OCRLetters.repaired("landskommun onsdagen den l4 mars l962 kl. 19.00 å") == "landskommun onsdagen den 14 mars 1962 kl. 19.00 å")
        #expect(OCRLetters.repaired("§ 4O.") == "§ 40.")
        #expect(OCRLetters.repaired("ett belopp av 8 5OO kronor") == "ett belopp av 8 500 kronor")
        #expect(OCRLetters.repaired("bevilja anstånd till den l oktober 1962.") == "bevilja anstånd till den 1 oktober 1962.")
        #expect(OCRLetters.repaired("Campus Sundsvall, rum O102") == "Campus Sundsvall, rum O102")
        // A one only where a number must stand: "sal I101", "60l" and "i I204" stay.
        #expect(OCRLetters.repaired("sal I101, två soptunnor om 60l i I204") == "sal I101, två soptunnor om 60l i I204")
        #expect(OCRLetters.repaired("Lars l Lund och IO personer") == "Lars l Lund och IO personer")
    }

    /// An "l" read as "1" between lower-case letters and an "O" read as "0" opening a word are
    /// letters again; numbers, codes and amounts are left alone.
    @Test func digitsInsideWordsAreLetters() {
        #expect(OCRLetters.repaired("Upp1ästes och godkändes") == "Upplästes och godkändes")
        #expect(OCRLetters.repaired("tjänstgörande i stä1let för herr Helge Karlsson,") == "tjänstgörande i stället för herr Helge Karlsson,")
        #expect(OCRLetters.repaired("Närvarande: 0rdföranden herr Gustaf Holmér") == "Närvarande: Ordföranden herr Gustaf Holmér")
        #expect(OCRLetters.repaired("Landstingsstyre1sen beslutade.") == "Landstingsstyrelsen beslutade.")
        #expect(OCRLetters.repaired("LERVIKS K0MMUN     PR0T0K0LL") == "LERVIKS KOMMUN     PROTOKOLL")
        for unchanged in ["betänkande 2023/24:MJU12", "bidrag av l.500 kronor", "den 1 mars 1978", "4:e vice ordförande", "Bilaga 10a", "B1-lokalen", "H1N1",
                          "SE0 och A0", "RS 2020/100"] {
            #expect(OCRLetters.repaired(unchanged) == unchanged)
        }
    }

    /// An "m" read as "rn" in the stems of organs and meetings; "barn" and "järn" keep theirs.
    @Test func anMReadAsRNInOrganWords() {
        #expect(OCRLetters.repaired("Protokoll fört vid kornmunalnämndens sarnmanträde") == "Protokoll fört vid kommunalnämndens sammanträde")
        #expect(OCRLetters.repaired("KORNMUNFULLMÄKTIGE i Åsby. Närnnden beslöt") == "KOMMUNFULLMÄKTIGE i Åsby. Nämnden beslöt")
        #expect(OCRLetters.repaired("barnomsorg och järnvägen i hörnet") == "barnomsorg och järnvägen i hörnet")
    }
}

@Suite struct MarkdownEntityTests {
    /// HTML entities a web editor leaves in Markdown are the characters; "&nbsp;" is a column gap.
    @Test func entitiesAreTheirCharacters() {
        #expect(MarkdownText.withoutEntities("Lars Ek&nbsp;&nbsp;Eva Lind") == "Lars Ek    Eva Lind")
        #expect(MarkdownText.withoutEntities("Bygg &amp; Miljö &sect; 4") == "Bygg & Miljö § 4")
        #expect(MarkdownText.withoutEntities("Kaffe & kaka; sedan möte") == "Kaffe & kaka; sedan möte")
    }

    /// A check mark or an emoji opening a line of notes marks it; the text follows.
    @Test func aLeadingCheckMarkIsNoText() {
        #expect(MarkdownText.withoutLeadingMark("✅ Rådet beslutade att föreslå nämnden …") == "Rådet beslutade att föreslå nämnden …")
        #expect(MarkdownText.withoutLeadingMark("☑️ Klart") == "Klart")
        #expect(MarkdownText.withoutLeadingMark("Rådet beslutade 👍") == "Rådet beslutade 👍")
        #expect(MarkdownText.withoutLeadingMark("§ 4 Budget") == "§ 4 Budget")
    }
}

@Suite struct WebPageTextTests {
    /// `lynx -dump` of a published protokoll: link numbers go, so do the site's navigation, the
    /// breadcrumb path and the list of addresses at the end; "[sic]" stays.
    @Test func aTextBrowsersDump() {
        let source = [
            "   [3]Hoppa till huvudinnehållet", "   Du är här: [18]Start / [19]Politik /", "   [21]Patientnämnden / Protokoll 8 mars 2023",
            "Protokoll patientnämnden 8 mars 2023", "   * [41]Tjänsteskrivelse 2023-02-20 [sic]", "   Beslutet skickas till: Regionstyrelsen",
            "", "   [46]Till toppen av sidan", "References", "", "   1. https://example.se/", "   2. https://example.se/a",
        ]
        let lines = source.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        let cleaned = WebPageText.cleaned(lines)
        #expect(cleaned.map(\.text) == ["", "", "", "Protokoll patientnämnden 8 mars 2023", "   * Tjänsteskrivelse 2023-02-20 [sic]",
                                        "   Beslutet skickas till: Regionstyrelsen", "", ""])
        #expect(cleaned.map(\.number) == Array(1...8))
        // A bracketed number in ordinary text, without the browser's list, stays.
        let plain = [SourceLine(number: 1, text: "Se bilaga [1] och [2]."), SourceLine(number: 2, text: "Beslut enligt [3].")]
        #expect(WebPageText.cleaned(plain) == plain)
    }
}

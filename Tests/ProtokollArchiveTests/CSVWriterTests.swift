import Testing
@testable import ProtokollArchive

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhatNeedsQuotingAndEndsLinesWithCRLF() {
        let csv = CSVWriter().render(header: ["a", "b"], rows: [["plain", "with, comma"], ["say \"hej\"", "two\nlines"]])
        #expect(csv == "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hej\"\"\",\"two\nlines\"\r\n")
    }

    @Test func semicolonForSwedishExcelWithByteOrderMark() {
        let csv = CSVWriter(delimiter: ";", byteOrderMark: true).render(header: ["namn"], rows: [["Fälth; Lars-Erik"], ["4,3 miljoner"]])
        #expect(csv == "\u{FEFF}namn\r\n\"Fälth; Lars-Erik\"\r\n4,3 miljoner\r\n")
    }

    @Test func decisionRowsHaveTheDocumentedColumns() {
        let row = DecisionRow(
            date: "2014-04-25", organisation: "Org", body: "Nämnden", paragraph: "20", title: "T", caseNumber: nil,
            decision: "D", clauses: ["a", "b"], deciding: ["X", "Y"], documentId: "0123456789abcdef", personRole: "deciding")
        #expect(row.fields.count == DecisionRow.columns.count)
        #expect(row.fields[7] == "a; b")
    }
}

@Suite struct TableFormatterTests {
    @Test func fitsEightyColumnsAndWrapsTheLastColumn() {
        let long = String(repeating: "beslutar att godkänna utredningen ", count: 8)
        let table = TableFormatter(
            columns: [.init("date", maxWidth: 10), .init("body", maxWidth: 14), .init("decision", maxWidth: 500, wraps: true)],
            width: 80)
        let text = table.render([["2014-04-25", "Primärkommunala nämnden", long]])
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.count > 3)
        #expect(text.contains("Primärkommuna…"))
        // Every word of the wrapped column is kept.
        #expect(text.components(separatedBy: "utredningen").count - 1 == 8)
    }
}

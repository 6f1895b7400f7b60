import Foundation
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

@Suite struct JSONRowWriterTests {
    @Test func sameBytesAsJSONEncoder() throws {
        let tricky = "q\"b\\s/\u{8}\u{c}\n\r\t\u{1}\u{1f}\u{7f}\u{2028}åäö 😀"
        let rows = [
            DecisionRow(
                date: "2014-04-25", organisation: tricky, body: nil, paragraph: "20", title: "Titel", caseNumber: nil,
                decision: tricky, clauses: ["a", tricky], deciding: [], documentId: "0123456789abcdef", decidedBy: tricky,
                proposedTo: "Kommunfullmäktige", votes: [VoteCount(yes: 24, no: 15, abstained: nil, absent: 0)],
                reservations: [tricky, "Anna Ek (M)"], personRole: "assigned", personVote: "avstår"),
            DecisionRow(
                date: nil, organisation: nil, body: nil, paragraph: "1", title: nil, caseNumber: nil, decision: "D",
                clauses: [], deciding: [], documentId: "00", personRole: "present"),
            DecisionRow(
                date: nil, organisation: nil, body: "Styrelsen", paragraph: "5.2", title: nil, caseNumber: "KS 2018/14",
                decision: nil, clauses: [], deciding: ["Hans-Göran Johansson"], documentId: "fedcba9876543210", personRole: nil),
        ]
        let encoder = OutputFormat.jsonEncoder(pretty: false)
        let expected = try rows.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
        #expect(String(decoding: JSONRowWriter.encode(rows, as: .jsonl), as: UTF8.self) == expected)
        let array = try JSONDecoder().decode([DecisionRow].self, from: JSONRowWriter.encode(rows, as: .json))
        #expect(array == rows)
        #expect(String(decoding: JSONRowWriter.encode([], as: .json), as: UTF8.self) == "[]\n")
    }
}

@Suite struct UTF8CheckTests {
    @Test func agreesWithTheStandardLibrary() {
        let samples: [[UInt8]] = [
            Array("Hans-Göran Fälth – 😀".utf8), [0xC3], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0x80], [0xE2, 0x80, 0x93], [],
            // Long ASCII runs, read eight bytes at a time, before and after a bad byte.
            Array("Kommunstyrelsen beslutar att".utf8) + [0xC3] + Array("godkänna förslaget i sin helhet".utf8),
            Array("Kommunstyrelsen beslutar att godkänna förslaget i sin helhet".utf8), Array("1234567".utf8) + [0xFF],
        ]
        for sample in samples {
            let expected = String(validating: sample, as: UTF8.self) != nil
            #expect(sample.withUnsafeBytes { JSONRowWriter.isValidUTF8($0) } == expected, "\(sample)")
        }
    }
}

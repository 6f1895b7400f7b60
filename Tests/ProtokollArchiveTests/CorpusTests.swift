import Foundation
import ProtokollKit
import Testing
@testable import ProtokollArchive

/// Real answers from the seed minutes in corpus/ (000: Primärkommunala nämnden 2014-04-25,
/// 001: Kommunförbundet Västernorrland's styrelse 2010-04-22), through the real parser.
@Suite struct CorpusTests {
    static func importCorpus(_ label: String = #function) throws -> (URL, DecisionSearch) {
        let archive = try TestSupport.temporaryFolder(label)
        try TestSupport.importFolder(TestSupport.corpus, into: archive)
        return (archive, DecisionSearch(index: try SearchIndex(root: archive)))
    }

    @Test func berryLiljaDecidedAtPrimarkommunalaNamnden() throws {
        let (archive, search) = try Self.importCorpus()
        defer { try? FileManager.default.removeItem(at: archive) }
        let rows = search.rows(matching: DecisionQuery(person: NameMatcher("Berry Lilja")))
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.date == "2014-04-25" && $0.body == "Primärkommunala nämnden" && $0.personRole == "deciding" })
        #expect(rows.contains { $0.paragraph == "20" })
        #expect(rows.allSatisfy { $0.deciding.contains("Berry Lilja") })
    }

    @Test func familjehemFindsParagraph20WithBothClauses() throws {
        let (archive, search) = try Self.importCorpus()
        defer { try? FileManager.default.removeItem(at: archive) }
        let rows = search.rows(matching: DecisionQuery(text: WordMatcher("familjehem")))
        let paragraph20 = rows.filter { $0.date == "2014-04-25" && $0.paragraph == "20" }
        #expect(paragraph20.count == 1)
        #expect(paragraph20.first?.clauses.count == 2)
        #expect(paragraph20.first?.clauses.first?.contains("familjehemsrekrytering") == true)
    }

    @Test func dateRangeExcludesThe2010Meeting() throws {
        let (archive, search) = try Self.importCorpus()
        defer { try? FileManager.default.removeItem(at: archive) }
        let rows = search.rows(matching: DecisionQuery(from: "2014-01-01", to: "2014-12-31"))
        #expect(rows.contains { $0.date == "2014-04-25" })
        #expect(!rows.contains { $0.date == "2010-04-22" })
        #expect(rows.allSatisfy { ($0.date ?? "") >= "2014-01-01" && ($0.date ?? "") <= "2014-12-31" })
    }

    @Test func caseNumberFindsParagraph18Of2010() throws {
        let (archive, search) = try Self.importCorpus()
        defer { try? FileManager.default.removeItem(at: archive) }
        let rows = search.rows(matching: DecisionQuery(caseNumber: CaseNumber.key("2010.009-7")))
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.date == "2010-04-22" && $0.paragraph == "18" && $0.body == "Styrelsen" })
    }

    @Test func reimportIsIdempotent() throws {
        let (archive, _) = try Self.importCorpus()
        defer { try? FileManager.default.removeItem(at: archive) }
        let layout = ArchiveLayout(root: archive)
        let journal = try Data(contentsOf: layout.journal)
        let manifest = try Data(contentsOf: layout.manifest)
        let results = try TestSupport.importFolder(TestSupport.corpus, into: archive)
        #expect(results.allSatisfy { $0.status == .unchanged || $0.status == .skipped })
        #expect(try Data(contentsOf: layout.journal) == journal)
        #expect(try Data(contentsOf: layout.manifest) == manifest)
        #expect(try ArchiveReader(root: archive).check() == [])
    }

    @Test(.enabled(if: TestSupport.binary != nil, "needs the built protokoll binary"))
    func commandLineExitCodesAndFormats() throws {
        let binary = try #require(TestSupport.binary)
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        let imported = try TestSupport.run(binary, ["import", "--archive", archive.path, "--no-fsync", TestSupport.corpus.path])
        #expect(imported.status == 0, "\(imported.out)\(imported.err)")
        #expect(imported.out.contains("added"))
        #expect(imported.out.contains("skipped"))
        let again = try TestSupport.run(binary, ["import", "--archive", archive.path, TestSupport.corpus.path])
        #expect(again.status == 0 && !again.out.contains("added "))

        let csv = try TestSupport.run(binary, ["query", "--archive", archive.path, "--person", "berry lilja (C)", "--format", "csv", "--delimiter", ";"])
        #expect(csv.status == 0)
        #expect(csv.out.hasPrefix("date;organisation;body;paragraph;title;caseNumber;decision;clauses;deciding;documentId;decidedBy;proposedTo;votes;reservations;personRole;personVote\r\n"))
        let jsonl = try TestSupport.run(binary, ["query", "--archive", archive.path, "--text", "familjehem", "--format", "jsonl"])
        #expect(jsonl.status == 0 && jsonl.out.contains("\"paragraph\":\"20\""))
        let table = try TestSupport.run(binary, ["query", "--archive", archive.path, "--text", "familjehem"])
        #expect(table.out.split(separator: "\n").allSatisfy { $0.count <= 80 })

        let none = try TestSupport.run(binary, ["query", "--archive", archive.path, "--person", "Ingen Alls"])
        #expect(none.status == 1)
        let badDate = try TestSupport.run(binary, ["query", "--archive", archive.path, "--from", "25 april"])
        #expect(badDate.status == 2 && badDate.err.contains("--from"))
        let missing = try TestSupport.run(binary, ["query", "--archive", archive.appendingPathComponent("nowhere").path])
        #expect(missing.status == 2 && missing.err.contains("no archive"))

        let meetings = try TestSupport.run(binary, ["meetings", "--archive", archive.path, "--format", "json"])
        #expect(meetings.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(meetings.out.utf8)) as? [[String: Any]])
        let pkn = try #require(list.first { $0["date"] as? String == "2014-04-25" })
        let id = try #require(pkn["id"] as? String)
        let shown = try TestSupport.run(binary, ["show", "--archive", archive.path, String(id.prefix(8)), "--paragraph", "20"])
        #expect(shown.status == 0 && shown.out.contains("familjehemsrekrytering"))
        #expect(try TestSupport.run(binary, ["show", "--archive", archive.path, id, "--paragraph", "99"]).status == 1)
        #expect(try TestSupport.run(binary, ["show", "--archive", archive.path, "../../etc/passwd"]).status == 2)

        let person = try TestSupport.run(binary, ["person", "--archive", archive.path, "Berry", "Lilja"])
        #expect(person.status == 0 && person.out.contains("2014-04-25"))
        #expect(try TestSupport.run(binary, ["reindex", "--archive", archive.path, "--check"]).status == 0)
    }
}

import Foundation
import Testing
@testable import ProtokollKit

/// The document writer against Foundation's `JSONEncoder` with the contract's options: byte for
/// byte, compact and pretty, on every corpus document, every fixture and a document of awkward
/// strings.
@Suite struct DocumentJSONTests {
    static var fixtureDocuments: [ProtokollDocument] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.path)) ?? []
        let corpus = Corpus.inputs.compactMap { url in try? ProtokollParser.parse(Data(contentsOf: url), fileName: url.lastPathComponent) }
        let fixtures = names.sorted().compactMap { name in try? Fixtures.document(name) }
        return corpus + fixtures
    }

    static let awkward = ProtokollDocument(
        id: "0123456789abcdef", kind: .minnesanteckningar, title: "Citat \"så\" och \\ snedstreck / tab\there",
        organisation: nil, body: "Nämnd\u{0001}\u{001F}\u{0008}\u{000C}\r\n", meeting: Meeting(date: "2024-01-02"),
        paragraphRange: ParagraphRange(first: -1, last: Int.max), attendance: [Attendee(name: "Å Ö", deciding: true)],
        adjusters: [], paragraphs: [Paragraph(number: "1", title: "😀 emoji \u{2028} och \u{7F}", line: 3)],
        warnings: [Warning(code: "x", message: "", line: nil)],
        source: SourceInfo(file: "a/b.txt", sha256: "ff", encoding: "utf-8", bytes: 0))

    @Test func compactAndPrettyMatchJSONEncoder() throws {
        let documents = Self.fixtureDocuments + [Self.awkward]
        #expect(documents.count > 40)
        for document in documents {
            for pretty in [false, true] {
                let ours = try DocumentJSON.encode(document, pretty: pretty)
                let foundation = try DocumentJSON.encoder(pretty: pretty).encode(document)
                #expect(ours == foundation, "\(document.source.file) pretty=\(pretty)")
            }
        }
    }

    @Test func arraysOfDocumentsMatchJSONEncoder() throws {
        let documents = Array(Self.fixtureDocuments.prefix(3)) + [Self.awkward]
        for pretty in [false, true] {
            #expect(try DocumentJSON.encode(documents, pretty: pretty) == DocumentJSON.encoder(pretty: pretty).encode(documents))
            #expect(try DocumentJSON.encode([], pretty: pretty) == DocumentJSON.encoder(pretty: pretty).encode([ProtokollDocument]()))
        }
    }

    /// A document archived before votes, reservations and proposedTo existed still decodes: an archive
    /// made by an older version can be shown, reindexed and reparsed.
    @Test func aDocumentWithoutTheNewerFieldsDecodes() throws {
        let document = try #require(Self.fixtureDocuments.first { $0.paragraphs.contains { !$0.votes.isEmpty } })
        var json = try #require(String(data: DocumentJSON.encode(document, pretty: true), encoding: .utf8))
        // Drop the newer keys as an old archive has them: no "votes", "reservations" or "proposedTo".
        let lines = json.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var kept: [String] = []
        var skipping = 0
        for line in lines {
            if skipping > 0 {
                skipping += line.filter { $0 == "[" }.count - line.filter { $0 == "]" }.count
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("\"proposedTo\"") { continue }
            if trimmed.hasPrefix("\"votes\"") || trimmed.hasPrefix("\"reservations\"") {
                skipping = line.filter { $0 == "[" }.count - line.filter { $0 == "]" }.count
                continue
            }
            kept.append(line)
        }
        json = kept.joined(separator: "\n")
        // The key before a dropped last key keeps a trailing comma; JSON forbids it.
        json = json.replacingOccurrences(of: ",\n(\\s*)\\}", with: "\n$1}", options: .regularExpression)
        #expect(!json.contains("\"votes\""))
        let decoded = try DocumentJSON.decode(Data(json.utf8))
        #expect(decoded.paragraphs.count == document.paragraphs.count)
        #expect(decoded.paragraphs.allSatisfy { $0.votes.isEmpty && $0.reservations.isEmpty })
        #expect(decoded.paragraphs.flatMap(\.decisions).allSatisfy { $0.proposedTo == nil })
    }

    @Test func writtenDocumentsDecodeToTheSameValue() throws {
        for document in Self.fixtureDocuments.prefix(10) + [Self.awkward] {
            #expect(try DocumentJSON.decode(DocumentJSON.encode(document, pretty: false)) == document)
        }
    }
}

/// The §§ an attendee took part in, read from the participation written beside the name.
@Suite struct ParagraphScopeTests {
    @Test func paragraphListsOfAttendance() {
        func numbers(_ text: String) -> [Int]? {
            ParagraphScope.parse(text).map { scope in (1...200).filter(scope.contains) }
        }
        #expect(numbers("§§ 18, 19, 26") == [18, 19, 26])
        #expect(numbers("§§ 130–134") == [130, 131, 132, 133, 134])
        #expect(numbers("§ 15 - 17 och 20") == [15, 16, 17, 20])
        #expect(numbers("hela mötet") == nil)
        #expect(ParagraphScope.leadingNumber("5.2") == 5)
        #expect(ParagraphScope.parse("§§ 44–48")?.contains(paragraph: "46.2") == true)
    }

    @Test func paragraphExceptionsAndPartsOfTheMeeting() {
        func numbers(_ text: String) -> [Int]? {
            ParagraphScope.parse(text).map { scope in (1...12).filter(scope.contains) }
        }
        // "ej § 8" is every § but 8, not § 8 alone.
        #expect(numbers("ej § 8") == [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12])
        #expect(numbers("utom §§ 3–4") == [1, 2, 5, 6, 7, 8, 9, 10, 11, 12])
        #expect(numbers("t.o.m. § 4") == [1, 2, 3, 4])
        #expect(numbers("till och med § 4") == [1, 2, 3, 4])
        #expect(numbers("fr.o.m. § 10") == [10, 11, 12])
        #expect(numbers("Från och med § 10") == [10, 11, 12])
        #expect(numbers("efter § 10") == [11, 12])
        #expect(numbers("§§ 4–8, ej § 6") == [4, 5, 7, 8])
        // Times are not § numbers.
        #expect(numbers("från kl. 14.10") == nil)
        #expect(numbers("kl 9.00–10.30, §§ 3-4") == [3, 4])
    }
}

import Foundation
import Testing
@testable import ProtokollKit

/// The document writer against Foundation's `JSONEncoder` with the contract's options: byte for
/// byte, compact and pretty, on every corpus document, every fixture and a document of awkward
/// strings.
@Suite struct DocumentJSONTests {
    static var fixtureDocuments: [ProtokollDocument] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let corpus = Corpus.inputs.compactMap { url in try? ProtokollParser.parse(Data(contentsOf: url), fileName: url.lastPathComponent) }
        let fixtures = names.sorted().compactMap { name in
            try? ProtokollParser.parse(Data(contentsOf: folder.appendingPathComponent(name)), fileName: name)
        }
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

    @Test func writtenDocumentsDecodeToTheSameValue() throws {
        for document in Self.fixtureDocuments.prefix(10) + [Self.awkward] {
            #expect(try DocumentJSON.decode(DocumentJSON.encode(document, pretty: false)) == document)
        }
    }
}

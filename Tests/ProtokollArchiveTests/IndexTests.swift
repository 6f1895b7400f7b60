import Foundation
import ProtokollKit
import Testing
@testable import ProtokollArchive

@Suite struct IndexTests {
    @Test func segmentRoundTripsEveryEntry() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entries = (0..<5).map { number in
            IndexEntry(document: TestSupport.meeting(source: "round trip \(number)", date: "2020-0\(number + 1)-01").0, sequence: UInt64(number * 100))
        } + [IndexEntry(document: TestSupport.document(source: "no date", organisation: nil, body: nil, date: nil, range: nil).0, sequence: 999)]
        var writer = SegmentWriter()
        for entry in entries { try writer.add(entry) }
        let url = folder.appendingPathComponent("seg-test.bin")
        try writer.bytes().write(to: url)
        let segment = try Segment(url: url)
        #expect(segment.documentCount == entries.count)
        #expect(segment.entries() == entries)
    }

    /// A section is skipped by the word scan only when its words are surely in the § text: it must
    /// stand there from a line start to a line end, not inside a word.
    @Test func sectionsAreSkippedOnlyWhenTheyStandAsWholeLines() {
        let text = "Ärendebeskrivning\nAnsökan om bygglov.\n\nBeslut\nNämnden beviljar bygglov."
        #expect(IndexEntry.standsAsLines("Ansökan om bygglov.", in: text))
        #expect(IndexEntry.standsAsLines("Nämnden beviljar bygglov.", in: text))
        #expect(IndexEntry.standsAsLines("Ansökan om bygglov.\n\nBeslut", in: text))
        #expect(!IndexEntry.standsAsLines("lov.", in: text))
        #expect(!IndexEntry.standsAsLines("Ansökan om", in: text))
        #expect(!IndexEntry.standsAsLines("Nämnden beviljar bygglov. Extra", in: text))
        #expect(IndexEntry.standsAsLines("", in: text))
    }

    @Test func wordPrefixSearchFindsCompoundsAcrossTheVocabulary() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = SegmentWriter()
        try writer.add(IndexEntry(document: TestSupport.meeting(source: "prefix").0, sequence: 0))
        let url = folder.appendingPathComponent("seg-test.bin")
        try writer.bytes().write(to: url)
        let segment = try Segment(url: url)
        #expect(Set(segment.items(withWordPrefix: Array("familjehem".utf8))) == [0])
        #expect(Set(segment.items(withWordPrefix: Array("kontaktfamilj".utf8))) == [0])
        #expect(Set(segment.items(withWordPrefix: Array("regionbildning".utf8))) == [2])
        #expect(segment.items(withWordPrefix: Array("zzz".utf8)).isEmpty)
        #expect(Set(segment.items(withWordPrefix: Array("".utf8))) == [0, 1, 2])
    }

    @Test func damagedSegmentIsReportedNotTrusted() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("seg-bad.bin")
        try Data("PKSEG002 but then nothing useful".utf8).write(to: url)
        #expect(throws: ArchiveError.self) { try Segment(url: url) }
    }

    /// An archive indexed by an earlier version: a query says what to do, and the next import
    /// rebuilds the index from the documents before it adds anything.
    @Test func anIndexOfAnEarlierFormatIsRebuiltByTheNextWriter() throws {
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        let store = try ArchiveStore(root: archive, durable: false)
        let (first, firstBytes) = TestSupport.meeting(source: "earlier format")
        _ = try store.store(document: first, sourceBytes: firstBytes, sourceExtension: "txt")
        try store.flush()
        let layout = ArchiveLayout(root: archive)
        for name in try IndexManifest.read(from: layout.manifest).segments {
            let handle = try FileHandle(forWritingTo: layout.segment(name))
            try handle.write(contentsOf: Data("PKSEG001".utf8))
            try handle.close()
        }
        #expect(throws: ArchiveError.outdatedIndex(path: layout.segment(try IndexManifest.read(from: layout.manifest).segments[0]).path)) {
            try SearchIndex(root: archive)
        }
        let later = try ArchiveStore(root: archive, durable: false)
        let (second, secondBytes) = TestSupport.meeting(source: "later import", date: "2021-02-02")
        _ = try later.store(document: second, sourceBytes: secondBytes, sourceExtension: "txt")
        try later.flush()
        let rows = DecisionSearch(index: try SearchIndex(root: archive)).rows(matching: DecisionQuery(text: WordMatcher("arbetsintegrerande")))
        #expect(rows.map(\.date) == ["2020-05-04", "2021-02-02"])
        #expect(rows.allSatisfy { $0.votes.count == 1 })
        #expect(try ArchiveReader(root: archive).check() == [])
    }

    @Test func aSegmentOfANewerFormatIsNotTakenForAnOlderOne() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("seg-newer.bin")
        try Data(("PKSEG999" + String(repeating: " ", count: SegmentFormat.headerSize)).utf8).write(to: url)
        #expect(!Segment.isOutdated(url))
        #expect(throws: ArchiveError.corruptIndex(path: url.path, reason: "written by a newer version of protokoll")) { try Segment(url: url) }
    }

    @Test func manySmallImportsAreMergedIntoFewSegments() throws {
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        for number in 0..<30 {
            let store = try ArchiveStore(root: archive, durable: false)
            let (document, bytes) = TestSupport.meeting(source: "small import \(number)", date: "2021-01-\(10 + number % 18)", range: .init(first: number, last: number + 2))
            _ = try store.store(document: document, sourceBytes: bytes, sourceExtension: "txt")
            try store.flush()
        }
        let manifest = try IndexManifest.read(from: ArchiveLayout(root: archive).manifest)
        #expect(manifest.segments.count <= IndexMaintenance.maxSegments)
        #expect(try SearchIndex(root: archive).documentCount == 30)
        #expect(try ArchiveReader(root: archive).check() == [])
        // Merged-away segment files are removed.
        let files = try FileManager.default.contentsOfDirectory(atPath: ArchiveLayout(root: archive).index.path).filter { $0.hasPrefix("seg-") }
        #expect(Set(files) == Set(manifest.segments))
    }
}

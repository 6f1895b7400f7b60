import Foundation
import ProtokollKit
import Testing
@testable import ProtokollArchive

@Suite struct ArchiveStoreTests {
    @Test func storesDocumentAndSourceAndIsIdempotent() throws {
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        let store = try ArchiveStore(root: archive, durable: false)
        let (document, bytes) = TestSupport.meeting(source: "first meeting")
        #expect(!store.isStored(sourceSHA256: document.source.sha256))
        #expect(try store.store(document: document, sourceBytes: bytes, sourceExtension: "txt") == .added)
        #expect(try store.store(document: document, sourceBytes: bytes, sourceExtension: "txt") == .unchanged)
        try store.flush()
        #expect(store.isStored(sourceSHA256: document.source.sha256))
        let layout = ArchiveLayout(root: archive)
        #expect(try ArchiveReader(root: archive).document(document.id) == document)
        #expect(try Data(contentsOf: layout.source(document.id, extension: "txt")) == bytes)
        #expect(try layout.storedIDs() == [document.id])
        #expect(try SearchIndex(root: archive).documentCount == 1)
        #expect(try ArchiveReader(root: archive).check() == [])
    }

    @Test func anotherFileForTheSameMeetingIsANewCurrentVersion() throws {
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        let store = try ArchiveStore(root: archive, durable: false)
        let (first, firstBytes) = TestSupport.meeting(source: "version 1")
        let (second, secondBytes) = TestSupport.meeting(source: "version 2, corrected")
        let (other, otherBytes) = TestSupport.meeting(source: "another body", body: "Socialnämnden")
        #expect(try store.store(document: first, sourceBytes: firstBytes, sourceExtension: "txt") == .added)
        #expect(try store.store(document: second, sourceBytes: secondBytes, sourceExtension: "txt") == .newVersion(of: first.id))
        #expect(try store.store(document: other, sourceBytes: otherBytes, sourceExtension: "txt") == .added)
        // Importing the old file again does not make it current.
        #expect(try store.store(document: first, sourceBytes: firstBytes, sourceExtension: "txt") == .unchanged)
        try store.flush()

        func check() throws {
            let search = DecisionSearch(index: try SearchIndex(root: archive))
            let current = search.rows(matching: DecisionQuery(body: NameMatcher("Kommunstyrelsen")))
            #expect(Set(current.map(\.documentId)) == [second.id])
            var all = DecisionQuery(body: NameMatcher("Kommunstyrelsen"))
            all.allVersions = true
            #expect(Set(search.rows(matching: all).map(\.documentId)) == [first.id, second.id])
            var listing = DecisionQuery()
            listing.allVersions = true
            let meetings = search.meetings(matching: listing)
            #expect(meetings.count == 3)
            #expect(meetings.first { $0.id == first.id }?.current == false)
            #expect(meetings.first { $0.id == second.id }?.current == true)
            #expect(search.meetings(matching: DecisionQuery()).count == 2)
        }
        try check()
        // The current version survives a rebuild of the index: it comes from the journal.
        try store.reindex()
        try check()
        #expect(try ArchiveReader(root: archive).check() == [])
    }

    @Test func idsThatCouldEscapeTheArchiveAreRefused() throws {
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        let store = try ArchiveStore(root: archive, durable: false)
        var (document, bytes) = TestSupport.meeting(source: "evil")
        for id in ["../../etc/passwd", "0123456789abcdef/..", "ABCDEF0123456789", "", "0123456789abcde."] {
            document.id = id
            #expect(throws: ArchiveError.self) { try store.store(document: document, sourceBytes: bytes, sourceExtension: "txt") }
        }
        #expect(DocumentID.safeExtension("../../x") == "x")
        #expect(DocumentID.safeExtension("") == "bin")
        #expect(try ArchiveLayout(root: archive).storedIDs().isEmpty)
        #expect(throws: ArchiveError.self) { try ArchiveReader(root: archive).resolve("../etc") }
    }

    @Test func scansSkipDotFilesAndForeignFiles() throws {
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        let store = try ArchiveStore(root: archive, durable: false)
        let (document, bytes) = TestSupport.meeting(source: "dot files")
        _ = try store.store(document: document, sourceBytes: bytes, sourceExtension: "txt")
        try store.flush()
        let layout = ArchiveLayout(root: archive)
        try Data("half".utf8).write(to: layout.documents.appendingPathComponent(".\(document.id).json.123.tmp"))
        try Data("x".utf8).write(to: layout.documents.appendingPathComponent("notes.txt"))
        #expect(try layout.storedIDs() == [document.id])
        #expect(try store.reindex() == ArchiveStore.ReindexSummary(indexed: 1, unreadable: []))
        // A damaged document is left out and named, not fatal.
        try Data("{ not json".utf8).write(to: layout.documents.appendingPathComponent("0123456789abcdef.json"))
        let summary = try store.reindex()
        #expect(summary.indexed == 1 && summary.unreadable.count == 1 && summary.unreadable[0].contains("0123456789abcdef"))
    }

    @Test func aTornJournalLineIsCutBeforeTheNextAppend() throws {
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        let store = try ArchiveStore(root: archive, durable: false)
        let (first, firstBytes) = TestSupport.meeting(source: "torn 1", date: "2020-01-01")
        _ = try store.store(document: first, sourceBytes: firstBytes, sourceExtension: "txt")
        let journal = ArchiveLayout(root: archive).journal
        try AtomicFile.append(Data("2026-01-01T00:00:00Z\tadded\tdeadbeef".utf8), to: journal, durable: false)
        let (second, secondBytes) = TestSupport.meeting(source: "torn 2", date: "2020-02-02")
        _ = try store.store(document: second, sourceBytes: secondBytes, sourceExtension: "txt")
        try store.flush()
        var read = ImportJournal()
        try read.catchUp(from: journal)
        #expect(Set(read.records.keys) == [first.id, second.id])
        #expect(try ArchiveReader(root: archive).check() == [])
    }

    @Test func reparseReplacesChangedDocumentsAndKeepsIds() throws {
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        let store = try ArchiveStore(root: archive, durable: false)
        let (document, bytes) = TestSupport.meeting(source: "reparse me")
        _ = try store.store(document: document, sourceBytes: bytes, sourceExtension: "txt")
        try store.flush()
        let summary = try store.reparse { _, stored in
            var changed = stored
            changed.title = "Protokoll (omtolkat)"
            return changed
        }
        #expect(summary.changed == 1 && summary.failed.isEmpty)
        #expect(try ArchiveReader(root: archive).document(document.id).title == "Protokoll (omtolkat)")
        #expect(try ArchiveReader(root: archive).check() == [])
    }

    @Test func resolvesUniqueIdPrefixes() throws {
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        let store = try ArchiveStore(root: archive, durable: false)
        let (document, bytes) = TestSupport.meeting(source: "prefix lookup")
        _ = try store.store(document: document, sourceBytes: bytes, sourceExtension: "txt")
        let reader = ArchiveReader(root: archive)
        #expect(try reader.resolve(String(document.id.prefix(6))) == document.id)
        #expect(try reader.resolve(document.id.uppercased()) == document.id)
        #expect(throws: ArchiveError.self) { try reader.resolve("ffffffffffffffff") }
    }
}

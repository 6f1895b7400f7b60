import Foundation
import ProtokollKit
import Testing
@testable import ProtokollArchive

@Suite struct CrashTests {
    /// `kill -9` in the middle of an import: every document that exists decodes, the index matches
    /// the documents once the next process has opened the archive, and importing again completes
    /// the archive with the same index a full rebuild gives.
    @Test(.enabled(if: TestSupport.binary != nil, "needs the built protokoll binary"))
    func killedImportLeavesAConsistentArchive() throws {
        let binary = try #require(TestSupport.binary)
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let sources = work.appendingPathComponent("minutes")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        let generator = MinutesGenerator(seed: 3)
        let count = 120
        for number in 0..<count {
            let (name, text) = generator.document(number)
            try Data(text.utf8).write(to: sources.appendingPathComponent(name))
        }
        let archive = work.appendingPathComponent("archive")
        let layout = ArchiveLayout(root: archive)
        let process = Process()
        process.executableURL = binary
        // fsync on: slower, so the kill lands in the middle of the run.
        process.arguments = ["import", "--archive", archive.path, "--quiet", sources.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline && ((try? layout.storedIDs().count) ?? 0) < 15 { usleep(1_000) }
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedMidway, "the import finished before it could be killed")

        let stored = try layout.storedIDs()
        #expect(!stored.isEmpty)
        for id in stored {
            #expect(throws: Never.self) { try ArchiveReader(root: archive).document(id) }
        }
        // Opening the archive finishes the killed import's last documents.
        #expect(try ArchiveReader(root: archive).check() == [])

        let resumed = try TestSupport.run(binary, ["import", "--archive", archive.path, "--no-fsync", "--quiet", sources.path], timeout: 120)
        #expect(resumed.status == 0, "\(resumed.out)\(resumed.err)")
        #expect(try layout.storedIDs().count == count)
        #expect(try ArchiveReader(root: archive).check() == [])
        let incremental = try SearchIndex(root: archive).allEntries()
        try ArchiveStore(root: archive, durable: false).reindex()
        #expect(try SearchIndex(root: archive).allEntries() == incremental)
        #expect(try FileManager.default.contentsOfDirectory(atPath: layout.pending.path).isEmpty)
    }
}

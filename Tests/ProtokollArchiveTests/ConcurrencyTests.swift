import Foundation
import ProtokollKit
import Testing
@testable import ProtokollArchive

@Suite struct ConcurrencyTests {
    @Test func twoStoresInParallelTasksLoseNothing() async throws {
        let archive = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        let documents = (0..<60).map { number in
            TestSupport.meeting(source: "parallel \(number)", date: "2019-\(number % 12 + 10 > 12 ? "0\(number % 9 + 1)" : "1\(number % 3)")-\(10 + number % 18)", range: .init(first: number, last: number + 3))
        }
        let first = try ArchiveStore(root: archive, durable: false, flushEvery: 7)
        let second = try ArchiveStore(root: archive, durable: false, flushEvery: 5)
        async let a: Void = Task.detached {
            for (document, bytes) in documents[0..<40] {
                _ = try first.store(document: document, sourceBytes: bytes, sourceExtension: "txt")
            }
            try first.flush()
        }.value
        async let b: Void = Task.detached {
            for (document, bytes) in documents[20..<60].reversed() {
                _ = try second.store(document: document, sourceBytes: bytes, sourceExtension: "txt")
            }
            try second.flush()
        }.value
        _ = try await (a, b)
        #expect(try ArchiveLayout(root: archive).storedIDs() == documents.map(\.0.id).sorted())
        #expect(try ArchiveReader(root: archive).check() == [])
    }

    @Test(.enabled(if: TestSupport.binary != nil, "needs the built protokoll binary"))
    func twoImportProcessesAtOnceLoseNothing() throws {
        let binary = try #require(TestSupport.binary)
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let generator = MinutesGenerator(seed: 7)
        let left = work.appendingPathComponent("left"), right = work.appendingPathComponent("right")
        for folder in [left, right] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        // 30 files each, 10 of them in both folders.
        for number in 0..<50 {
            let (name, text) = generator.document(number)
            if number < 30 { try Data(text.utf8).write(to: left.appendingPathComponent(name)) }
            if number >= 20 { try Data(text.utf8).write(to: right.appendingPathComponent(name)) }
        }
        let archive = work.appendingPathComponent("archive")
        let processes = [left, right].map { folder in
            let process = Process()
            process.executableURL = binary
            process.arguments = ["import", "--archive", archive.path, "--no-fsync", "--quiet", folder.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        let deadline = Date().addingTimeInterval(120)
        while processes.contains(where: \.isRunning) && Date() < deadline { usleep(20_000) }
        for process in processes where process.isRunning { kill(process.processIdentifier, SIGKILL) }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationReason == .exit && $0.terminationStatus == 0 })
        let expected = Set((0..<50).compactMap { number -> String? in
            let data = Data(generator.document(number).text.utf8)
            return (try? ProtokollParser.parse(data, fileName: "x"))?.id
        })
        #expect(expected.count == 50)
        #expect(Set(try ArchiveLayout(root: archive).storedIDs()) == expected)
        #expect(try SearchIndex(root: archive).documentCount == expected.count)
        #expect(try ArchiveReader(root: archive).check() == [])
    }
}

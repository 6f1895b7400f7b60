import Foundation
import Testing

@testable import ProtokollArchive

/// Runs the real `protokoll` binary, kills it with SIGKILL half-way, runs it again, and compares the
/// result with an uninterrupted run: the promise that an interrupted convert can simply be restarted.
@Suite struct InterruptedRunTests {
    /// The binary built next to the test bundle (`swift test` builds every product of the package).
    static var protokollBinary: URL? {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for folder in [bundle.deletingLastPathComponent(), bundle.deletingLastPathComponent().deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("protokoll")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    static func convert(_ binary: URL, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["convert", "--quiet"] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Every file below `root` except the report (its `ms` differ) and our own dot-files, with contents.
    static func tree(_ root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let files = try SourceTreeWalker(root: FilePath(root.path)).files()
        for file in files where file.relativePath.display != "report.jsonl" {
            result[file.relativePath.display] = try FileBytes.read(file.absolutePath)
        }
        return result
    }

    static func hiddenLeftovers(_ root: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var leftovers: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if (name as NSString).lastPathComponent.hasPrefix(FileBytes.temporaryPrefix) { leftovers.append(name) }
        }
        return leftovers
    }

    @Test func aRunKilledHalfWayAndRestartedEndsLikeAnUninterruptedRun() throws {
        let binary = try #require(Self.protokollBinary, "the protokoll executable is not built next to the tests")
        let source = try TemporaryFolder("src")
        let reference = try TemporaryFolder("ref")
        let output = try TemporaryFolder("out")
        try SyntheticMinutes.writeFolder(source.url, count: 300, seed: 7, short: true)

        let uninterrupted = try Self.convert(binary, ["--jobs", "2", source.url.path, reference.url.path])
        uninterrupted.waitUntilExit()
        #expect(uninterrupted.terminationStatus == 0)

        // Kill once the journal shows some finished files, well before all 300 are done.
        var killedMidway = false
        for _ in 0..<3 where !killedMidway {
            let run = try Self.convert(binary, ["--jobs", "1", "--force", source.url.path, output.url.path])
            let manifest = output.url.appendingPathComponent(ConvertSink.manifestName).path
            let deadline = ContinuousClock.now + .seconds(60)
            while run.isRunning && ContinuousClock.now < deadline {
                let size = (try? FileManager.default.attributesOfItem(atPath: manifest)[.size] as? Int) ?? 0
                if size > 10 * 300 {
                    kill(run.processIdentifier, SIGKILL)
                    break
                }
                usleep(500)
            }
            run.waitUntilExit()
            killedMidway = run.terminationReason == .uncaughtSignal
        }
        #expect(killedMidway, "the run always finished before it could be killed")
        let partial = try Self.tree(output.url).keys.filter { $0.hasSuffix(".json") }.count
        let complete = try Self.tree(reference.url).keys.filter { $0.hasSuffix(".json") }.count
        #expect(partial < complete, "the kill came after the last output")

        let restarted = try Self.convert(binary, [source.url.path, output.url.path])
        restarted.waitUntilExit()
        #expect(restarted.terminationStatus == 0)

        let expected = try Self.tree(reference.url)
        let actual = try Self.tree(output.url)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected where actual[path] != data {
            Issue.record("\(path) differs from the uninterrupted run")
        }
        #expect(Self.hiddenLeftovers(output.url).isEmpty)

        // The reports agree on every file; the restarted run converted only what the killed one had not.
        let expectedReport = ReportEntry.decodeLines(try Data(contentsOf: reference.url.appendingPathComponent("report.jsonl")))
        let actualReport = ReportEntry.decodeLines(try Data(contentsOf: output.url.appendingPathComponent("report.jsonl")))
        #expect(actualReport.map(\.path) == expectedReport.map(\.path))
        #expect(actualReport.map(\.id) == expectedReport.map(\.id))
        #expect(actualReport.contains { $0.status == .unchanged })
        #expect(actualReport.contains { $0.status == .converted })
    }
}

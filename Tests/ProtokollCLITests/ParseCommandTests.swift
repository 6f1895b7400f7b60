import Foundation
import Testing

@Suite struct ParseCommandTests {
    func seed(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.corpus.path)
        let name = try #require(names.first { $0.hasPrefix(prefix + "_") })
        return CLIRunner.corpus.appendingPathComponent(name).path
    }

    @Test func minutesGiveOneJSONDocumentAndExitZero() throws {
        let result = try CLIRunner.run(["parse", try seed("000")])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["body"] as? String == "Primärkommunala nämnden")
        #expect(result.stderr.contains("warning:"))
    }

    @Test func severalFilesGiveAnArrayAndPrettyIndents() throws {
        let result = try CLIRunner.run(["parse", "--pretty", "--quiet", try seed("000"), try seed("001")])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("[\n"))
        #expect(result.stderr.isEmpty)
        let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]
        #expect(array?.count == 2)
    }

    @Test func notMinutesExitsThreeAndSaysWhatItLooksLike() throws {
        let result = try CLIRunner.run(["parse", try seed("002")])
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("annual report"))
        #expect(result.stderr.contains("002_"))
    }

    @Test func missingEmptyAndBinaryFilesExitTwoNamingTheFile() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("tom.txt")
        try Data().write(to: empty)
        let binary = folder.appendingPathComponent("bild.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]).write(to: binary)
        for (path, words) in [(folder.appendingPathComponent("saknas.txt").path, "no such file"), (empty.path, "empty"), (binary.path, "binary")] {
            let result = try CLIRunner.run(["parse", path])
            #expect(result.status == 2, "\(path)")
            #expect(result.stderr.contains(path))
            #expect(result.stderr.contains(words))
        }
    }

    @Test func standardInput() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: try seed("001")))
        let result = try CLIRunner.run(["parse", "-"], stdin: data)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"file\":\"<stdin>\""))
    }

    @Test func helpAndUsageErrors() throws {
        let help = try CLIRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("parse"))
        // Every command name stands apart from its summary, the longest one too.
        #expect(help.stdout.contains("  bench-convert  Benchmark"))
        let parseHelp = try CLIRunner.run(["parse", "--help"])
        #expect(parseHelp.stdout.contains("EXIT CODES"))
        let unknown = try CLIRunner.run(["parse", "--bogus", "x"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--bogus"))
        #expect(try CLIRunner.run(["frobnicate"]).status == 2)
        #expect(try CLIRunner.run(["parse"]).status == 2)
    }
}

import Foundation
import Testing

@testable import ProtokollArchive

/// The `protokoll convert` command line: exit codes, usage errors, report and summary.
@Suite struct ConvertCommandTests {
    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let binary = try #require(InterruptedRunTests.protokollBinary, "the protokoll executable is not built next to the tests")
        let tool = ExternalTool(name: "protokoll", executable: binary)
        let output = try tool.run(arguments, timeout: .seconds(120))
        return Run(
            status: output.status, out: String(decoding: output.standardOutput, as: UTF8.self),
            err: String(decoding: output.standardError, as: UTF8.self))
    }

    @Test func aMissingSourceFolderIsAUsageErrorNamingIt() throws {
        let output = try TemporaryFolder("out")
        let run = try Self.run(["convert", "/nonexistent/arkiv-\(UUID().uuidString)", output.url.path])
        #expect(run.status == 2)
        #expect(run.err.contains("SRC_DIR '/nonexistent/arkiv-"))
        #expect(run.err.contains("does not exist"))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let source = try TemporaryFolder("src")
        #expect(try Self.run(["convert", source.url.path]).status == 2)
        #expect(try Self.run(["convert", "--jobs", "0", source.url.path, source.url.path + "/out"]).status == 2)
        #expect(try Self.run(["convert", "--frobnicate", source.url.path, source.url.path + "/out"]).status == 2)
        let same = try Self.run(["convert", source.url.path, source.url.path])
        #expect(same.status == 2)
        #expect(same.err.contains("OUT_DIR must be another folder"))
    }

    @Test func helpExplainsOptionsAndExitCodes() throws {
        let help = try Self.run(["convert", "--help"])
        #expect(help.status == 0)
        for word in ["--jobs", "--report", "--force", "--quiet", "poppler-utils", "report.jsonl", "EXIT CODES"] {
            #expect(help.out.contains(word), "\(word)")
        }
    }

    @Test func aRunWritesTheReportAndASummaryAndExitsByFailures() throws {
        let source = try TemporaryFolder("src")
        let output = try TemporaryFolder("out")
        try source.write(Data(Fixture.protokoll().utf8), to: "2019/kn.txt")
        try source.write(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), to: "2019/scan.png")
        let report = output.url.appendingPathComponent("elsewhere.jsonl").path
        let good = try Self.run(["convert", "--quiet", "--report", report, source.url.path, output.url.path + "/json"])
        #expect(good.status == 0, "\(good.err)")
        #expect(good.err.isEmpty, "quiet means no progress")
        #expect(good.out.contains("converted                  1"))
        #expect(good.out.contains("total 2 files"))
        let entries = ReportEntry.decodeLines(try Data(contentsOf: URL(fileURLWithPath: report)))
        #expect(entries.map(\.path) == ["2019/kn.txt", "2019/scan.png"])
        #expect(FileManager.default.fileExists(atPath: output.url.path + "/json/2019/kn.json"))

        try source.write(Data(repeating: 0x01, count: 500), to: "2019/trasig.txt")
        let bad = try Self.run(["convert", source.url.path, output.url.path + "/json"])
        #expect(bad.status == 1)
        // Not a terminal: plain progress lines, no carriage returns.
        #expect(bad.err.contains("3/3 files"))
        #expect(!bad.err.contains("\r"))
    }
}

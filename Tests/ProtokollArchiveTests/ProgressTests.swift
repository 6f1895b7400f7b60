import Foundation
import Synchronization
import Testing

@testable import ProtokollArchive

@Suite struct ProgressTests {
    @Test func lineShowsFilesRateFailuresAndTimeLeft() {
        let snapshot = ProgressSnapshot(
            filesDone: 250, filesTotal: 1000, bytesDone: 10_000_000, bytesTotal: 40_000_000, failed: 3, elapsed: 2)
        #expect(ProgressFormat.line(snapshot) == "250/1000 files  25%  5.0 MB/s  3 failed  ETA 0:06")
    }

    @Test func finishedLineShowsTheTimeTaken() {
        let snapshot = ProgressSnapshot(filesDone: 4, filesTotal: 4, bytesDone: 400, bytesTotal: 400, failed: 0, elapsed: 1.25)
        #expect(ProgressFormat.line(snapshot) == "4/4 files  100%  0.0 MB/s  0 failed  in 1.3 s")
    }

    @Test func noEstimateBeforeThereIsARate() {
        let snapshot = ProgressSnapshot(filesDone: 0, filesTotal: 9, bytesDone: 0, bytesTotal: 900, failed: 0, elapsed: 0)
        #expect(ProgressFormat.line(snapshot).hasSuffix("ETA --:--"))
        #expect(ProgressFormat.line(ProgressSnapshot(filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, failed: 0, elapsed: 0))
            == "0/0 files  100%  0.0 MB/s  0 failed  in 0.0 s")
    }

    @Test func terminalRedrawReturnsToColumnZeroAndClearsTheRest() {
        let snapshot = ProgressSnapshot(filesDone: 1, filesTotal: 2, bytesDone: 1, bytesTotal: 2, failed: 0, elapsed: 1)
        let text = ProgressFormat.terminalRedraw(snapshot)
        #expect(text.hasPrefix("\r"))
        #expect(text.hasSuffix("\u{1B}[K"))
        #expect(!text.contains("\n"))
    }

    @Test func clockAndNumbers() {
        #expect(ProgressFormat.clock(0) == "0:00")
        #expect(ProgressFormat.clock(42) == "0:42")
        #expect(ProgressFormat.clock(3909) == "1:05:09")
        #expect(ProgressFormat.duration(12.34) == "12.3 s")
        #expect(ProgressFormat.duration(123) == "2:03")
        #expect(ProgressFormat.decimal(0.05, digits: 1) == "0.1")
        #expect(ProgressFormat.decimal(1234.5678, digits: 2) == "1234.57")
        #expect(ProgressFormat.decimal(-2.5, digits: 0) == "-3")
        #expect(ProgressFormat.decimal(.infinity, digits: 1) == "-")
    }

    final class Captured: Sendable {
        let texts = Mutex<[String]>([])
        func append(_ text: String) { texts.withLock { $0.append(text) } }
        var all: [String] { texts.withLock { $0 } }
    }

    @Test func plainLinesWhenNotATerminal() {
        let captured = Captured()
        let reporter = ProgressReporter(style: .lines, filesTotal: 3, bytesTotal: 30) { captured.append($0) }
        for _ in 0..<3 { reporter.fileFinished(bytes: 10, failed: false) }
        reporter.finish()
        // The first file draws at once; the next ones fall inside the 5-second interval; finish draws.
        #expect(captured.all.count == 2)
        #expect(captured.all.allSatisfy { $0.hasSuffix("\n") && !$0.contains("\r") })
        #expect(captured.all.last?.hasPrefix("3/3 files") == true)
    }

    @Test func redrawnInPlaceOnATerminal() {
        let captured = Captured()
        let reporter = ProgressReporter(style: .terminal, filesTotal: 2, bytesTotal: 20) { captured.append($0) }
        reporter.fileFinished(bytes: 10, failed: true)
        reporter.finish()
        #expect(captured.all.first?.hasPrefix("\r1/2 files") == true)
        #expect(captured.all.first?.contains("1 failed") == true)
        #expect(captured.all.last?.hasSuffix("\n") == true)
    }

    @Test func quietWritesNothing() {
        let captured = Captured()
        let reporter = ProgressReporter(style: .silent, filesTotal: 2, bytesTotal: 20) { captured.append($0) }
        reporter.fileFinished(bytes: 10, failed: false)
        reporter.finish()
        #expect(captured.all.isEmpty)
    }

    @Test func summaryTableCountsByStatusKindAndFormat() {
        let entries = [
            ReportEntry(path: "a.txt", status: .converted, kind: "protokoll", format: "text", bytes: 1_500_000),
            ReportEntry(path: "b.txt", status: .skipped, reason: "not minutes: looks like kallelse", format: "text", bytes: 500_000),
            ReportEntry(path: "c.png", status: .skipped, reason: "image/png", format: "image/png", bytes: 1000),
            ReportEntry(path: "d.txt", status: .failed, reason: "binary", format: "text", bytes: 0),
        ]
        let summary = BatchSummary(entries: entries, seconds: 2)
        #expect(summary.byStatus == [.converted: 1, .skipped: 2, .failed: 1])
        #expect(summary.byKind == ["protokoll": 1, "not minutes": 1, "(none)": 2])
        #expect(summary.byFormat == ["text": 3, "other": 1])
        #expect(summary.table.contains("total 4 files, 2.0 MB in 2.0 s (1.0 MB/s, 2 files/s)"))
        #expect(summary.table.contains("  converted                  1\n"))
    }

    @Test func reportLinesWriteEveryKeyAndSurviveATornLastLine() throws {
        let entry = ReportEntry(path: "2014/pkn.txt", status: .skipped, reason: "empty file", bytes: 0)
        let line = try entry.jsonLine()
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        for key in ["path", "status", "reason", "kind", "id", "warnings", "encoding", "bytes", "ms"] {
            #expect(text.contains("\"\(key)\":"), "\(key)")
        }
        #expect(text.contains("\"kind\":null"))
        let torn = line + line + Data(line.prefix(20))
        #expect(ReportEntry.decodeLines(torn) == [entry, entry])
    }
}

import Foundation
import ProtokollKit
import Testing

@testable import ProtokollArchive

@Suite struct BatchEngineTests {
    static let hasPdfToText = ExternalTool.locate(.pdftotext) != nil
    static let hasZipTools = ExternalTool.locate("zip") != nil && ExternalTool.locate(.unzip) != nil

    /// The mixed archive folder of the issue, built here: every kind of input an archivist meets.
    static func makeArchive(in folder: borrowing TemporaryFolder) throws {
        try folder.write(Data(Fixture.protokoll().utf8), to: "2019/kultur/kn-2019-05-14.txt")
        try folder.write(
            Data([0xEF, 0xBB, 0xBF]) + Data(Fixture.protokoll(date: "2019-06-11").utf8),
            to: "2019/kultur/kn-2019-06-11.txt")
        try folder.write(
            Fixture.protokoll(body: "Tekniska nämnden", genitive: "Tekniska nämndens", date: "2008-03-04")
                .data(using: .windowsCP1252) ?? Data(), to: "2008/tn-2008-03-04.text")
        try folder.write(
            Fixture.utf16LE(Fixture.protokoll(body: "Socialnämnden", genitive: "Socialnämndens", date: "2011-10-20")),
            to: "2011/sn-2011-10-20.txt")
        try folder.write(Data(("# " + Fixture.protokoll(date: "2021-01-19")).utf8), to: "2021/kn-2021-01-19.md")
        try folder.write(Data(), to: "2019/tom.txt")
        try folder.write(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }), to: "2019/trasig.txt")
        try folder.write(Data(Fixture.annualReport.utf8), to: "2018/verksamhetsberattelse-2018.txt")
        try folder.write(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), to: "2019/bilder/scan.png")
        try folder.write(Data("kolumn;värde\n".utf8), to: "2019/budget.xlsx")
        try folder.write(Data("ignored".utf8), to: ".git/config.txt")
        // A name in Latin-1, as left by an old Windows archive: "möte.txt" with the byte F6.
        let rawName = Array(folder.url.appendingPathComponent("2019").path.utf8) + Array("/m".utf8) + [0xF6]
            + Array("te-2019.txt".utf8)
        let data = Data(Fixture.protokoll(date: "2019-09-09").utf8)
        let descriptor = open(rawName.map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        _ = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        if hasZipTools { try folder.write(try Fixture.docx(), to: "2020/sn-2020-02-11.docx") }
        try folder.write(
            Fixture.pdf(lines: Fixture.protokoll(date: "2022-04-05").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)),
            to: "2022/kn-2022-04-05.pdf")
    }

    static func status(_ result: BatchResult) -> [String: ReportEntry] {
        Dictionary(uniqueKeysWithValues: result.entries.map { ($0.path, $0) })
    }

    @Test func everyFileOfAMixedFolderEndsInTheReportWithTheRightStatus() throws {
        let source = try TemporaryFolder("src")
        let output = try TemporaryFolder("out")
        try Self.makeArchive(in: source)
        let result = try Fixture.convert(source.path, into: output.path)
        let entries = Self.status(result)

        for path in ["2019/kultur/kn-2019-05-14.txt", "2019/kultur/kn-2019-06-11.txt", "2008/tn-2008-03-04.text",
                     "2011/sn-2011-10-20.txt", "2021/kn-2021-01-19.md", "2019/m\u{FFFD}te-2019.txt"] {
            let entry = try #require(entries[path], "\(path) is missing from the report")
            #expect(entry.status == .converted, "\(path): \(entry.reason ?? "")")
            #expect(entry.kind != nil && entry.id != nil && entry.output != nil)
        }
        #expect(entries["2019/kultur/kn-2019-05-14.txt"]?.encoding == "utf-8")
        #expect(entries["2019/kultur/kn-2019-06-11.txt"]?.encoding == "utf-8-bom")
        #expect(entries["2008/tn-2008-03-04.text"]?.encoding == "windows-1252")
        #expect(entries["2011/sn-2011-10-20.txt"]?.encoding == "utf-16le")
        #expect(entries["2021/kn-2021-01-19.md"]?.format == "markdown")
        #expect(entries["2019/m\u{FFFD}te-2019.txt"]?.reason?.contains("unreadable name") == true)

        #expect(entries["2019/tom.txt"]?.status == .skipped)
        #expect(entries["2019/tom.txt"]?.reason == "empty file")
        #expect(entries["2019/trasig.txt"]?.status == .failed)
        #expect(entries["2019/bilder/scan.png"]?.status == .skipped)
        #expect(entries["2019/bilder/scan.png"]?.reason == "image/png")
        #expect(entries["2019/budget.xlsx"]?.reason == "unsupported extension .xlsx")
        #expect(entries[".git/config.txt"] == nil, "dot-folders are not walked")

        // The stub parser takes any text for minutes; the real one says what this looks like. Either way
        // the engine must follow the parser: skipped with its reason, or converted.
        let report = try #require(entries["2018/verksamhetsberattelse-2018.txt"])
        do {
            _ = try ProtokollParser.parse(Data(Fixture.annualReport.utf8), fileName: "x")
            #expect(report.status == .converted)
        } catch {
            #expect(report.status == .skipped)
            #expect(report.reason?.hasPrefix("not minutes: looks like") == true)
        }

        let pdf = try #require(entries["2022/kn-2022-04-05.pdf"])
        if Self.hasPdfToText {
            #expect(pdf.status == .converted, "\(pdf.reason ?? "")")
            #expect(pdf.encoding == "pdf")
        } else {
            #expect(pdf.status == .skipped)
            #expect(result.missingToolMessages.count == 1)
            #expect(result.missingToolMessages.first?.contains("poppler-utils") == true)
            #expect(result.missingToolMessages.first?.contains("2022/kn-2022-04-05.pdf") == true)
        }
        if Self.hasZipTools {
            let docx = try #require(entries["2020/sn-2020-02-11.docx"])
            #expect(docx.status == .converted, "\(docx.reason ?? "")")
            #expect(docx.encoding == "docx")
            #expect(docx.output == "2020/sn-2020-02-11.json")
        }
        #expect(result.exitCode == 1, "the binary .txt fails")
        #expect(result.entries.map(\.path) == result.entries.map(\.path).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    @Test func everyWrittenDocumentDecodesAndReencodesToTheSameBytes() throws {
        let source = try TemporaryFolder("src")
        let output = try TemporaryFolder("out")
        try Self.makeArchive(in: source)
        let result = try Fixture.convert(source.path, into: output.path)
        let converted = result.entries.filter { $0.status == .converted }
        #expect(converted.count >= 6)
        for entry in converted {
            let outputPath = output.path.appending(try #require(entry.output))
            let data = try FileBytes.read(outputPath)
            let document = try DocumentJSON.decode(data)
            var again = try DocumentJSON.encode(document)
            again.append(0x0A)
            #expect(again == data, "\(entry.path)")
            #expect(document.source.sha256 == entry.sha256)
            #expect(document.source.file == entry.path)
        }
        // The Word table survives as tab-separated cells on one line per row.
        if Self.hasZipTools {
            let sourceBytes = try FileBytes.read(source.path.appending("2020/sn-2020-02-11.docx"))
            #expect(result.entries.contains { $0.sha256 == SHA256.hex(of: sourceBytes) && $0.status == .converted })
        }
    }

    @Test func aSecondRunConvertsNothing() throws {
        let source = try TemporaryFolder("src")
        let output = try TemporaryFolder("out")
        try Self.makeArchive(in: source)
        let first = try Fixture.convert(source.path, into: output.path)
        let second = try Fixture.convert(source.path, into: output.path)
        #expect(second.entries.count == first.entries.count)
        #expect(!second.entries.contains { $0.status == .converted })
        for (before, after) in zip(first.entries, second.entries) {
            #expect(before.path == after.path)
            switch before.status {
            case .converted:
                #expect(after.status == .unchanged)
                #expect(after.id == before.id && after.output == before.output && after.kind == before.kind)
            case .skipped where before.reason == "empty file" || before.reason?.hasPrefix("not minutes") == true:
                #expect(after.status == .unchanged)
                #expect(after.reason == before.reason)
            default:
                #expect(after.status == before.status)
            }
        }

        // A changed file is converted again; the rest stay unchanged.
        try source.write(Data(Fixture.protokoll(date: "2019-05-15").utf8), to: "2019/kultur/kn-2019-05-14.txt")
        let third = try Fixture.convert(source.path, into: output.path)
        #expect(third.entries.filter { $0.status == .converted }.map(\.path) == ["2019/kultur/kn-2019-05-14.txt"])

        // --force redoes everything.
        let forced = try Fixture.convert(source.path, into: output.path, force: true)
        #expect(forced.entries.filter { $0.status == .converted }.count == first.entries.filter { $0.status == .converted }.count)
    }

    @Test func aDeletedOutputIsWrittenAgain() throws {
        let source = try TemporaryFolder("src")
        let output = try TemporaryFolder("out")
        try source.write(Data(Fixture.protokoll().utf8), to: "a/kn.txt")
        _ = try Fixture.convert(source.path, into: output.path)
        try FileManager.default.removeItem(at: output.url.appendingPathComponent("a/kn.json"))
        let again = try Fixture.convert(source.path, into: output.path)
        #expect(again.entries.map(\.status) == [.converted])
        #expect(FileBytes.exists(output.path.appending("a/kn.json")))

        // An empty output (what a power cut can leave of an unsynced write) is not taken as done.
        try Data().write(to: output.url.appendingPathComponent("a/kn.json"))
        let third = try BatchEngine(sink: ConvertSink(outputRoot: output.path, force: false, durable: true), jobs: 1)
            .run(try SourceTreeWalker(root: source.path).files())
        #expect(third.entries.map(\.status) == [.converted])
        #expect((FileBytes.size(of: output.path.appending("a/kn.json")) ?? 0) > 0)
    }

    @Test func outputsOfAnotherParserVersionAreConvertedAgain() throws {
        let source = try TemporaryFolder("src")
        let output = try TemporaryFolder("out")
        try source.write(Data(Fixture.protokoll().utf8), to: "kn.txt")
        _ = try Fixture.convert(source.path, into: output.path)
        let versionFile = output.url.appendingPathComponent(ConvertSink.parserVersionName)
        #expect(try String(contentsOf: versionFile, encoding: .utf8) == ProtokollParser.version + "\n")
        #expect(try Fixture.convert(source.path, into: output.path).entries.map(\.status) == [.unchanged])
        // An upgrade: the outputs on disk were made by an older parser.
        try Data("2000-01-01.1\n".utf8).write(to: versionFile)
        #expect(try Fixture.convert(source.path, into: output.path).entries.map(\.status) == [.converted])
        #expect(try String(contentsOf: versionFile, encoding: .utf8) == ProtokollParser.version + "\n")
        #expect(try Fixture.convert(source.path, into: output.path).entries.map(\.status) == [.unchanged])
    }

    @Test func anOutputWithoutAManifestLineCountsAsDone() throws {
        // What a kill between writing the output and journaling it leaves behind.
        let source = try TemporaryFolder("src")
        let output = try TemporaryFolder("out")
        try source.write(Data(Fixture.protokoll().utf8), to: "kn.txt")
        _ = try Fixture.convert(source.path, into: output.path)
        try FileManager.default.removeItem(at: output.url.appendingPathComponent(ConvertSink.manifestName))
        let again = try Fixture.convert(source.path, into: output.path)
        #expect(again.entries.map(\.status) == [.unchanged])
        // …and the manifest knows the file again, so the next run need not read the output.
        let manifest = ReportEntry.decodeLines(try FileBytes.read(output.path.appending(ConvertSink.manifestName)))
        #expect(manifest.map(\.path) == ["kn.txt"])
        #expect(manifest.first?.status == .converted)
    }

    @Test func sameNameInSeveralFormatsKeepsTheExtension() throws {
        let source = try TemporaryFolder("src")
        let output = try TemporaryFolder("out")
        try source.write(Data(Fixture.protokoll().utf8), to: "pkn.txt")
        try source.write(Data(Fixture.protokoll(date: "2019-06-01").utf8), to: "pkn.md")
        try source.write(Data(Fixture.protokoll(date: "2019-07-01").utf8), to: "other.txt")
        let result = try Fixture.convert(source.path, into: output.path)
        #expect(result.entries.map { $0.output ?? "" } == ["other.json", "pkn.md.json", "pkn.txt.json"])
    }

    @Test func aLatin1NameAndItsUTF8SpellingDoNotOverwriteEachOther() throws {
        let output = try TemporaryFolder("out")
        let sink = try ConvertSink(outputRoot: output.path, force: false)
        let utf8 = FilePath("möte.txt")
        let latin1 = FilePath(bytes: Array("m".utf8) + [0xF6] + Array("te.txt".utf8))
        let files = [utf8, latin1].map {
            SourceFile(relativePath: $0, absolutePath: output.path.appending($0), byteCount: 1, notAFile: nil)
        }
        try sink.prepare(for: files)
        let names = Set([sink.outputPath(for: utf8), sink.outputPath(for: latin1)])
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0.isValidUTF8 })
        try sink.finish([])
    }

    @Test func theOutputFolderInsideTheSourceIsNotWalked() throws {
        let source = try TemporaryFolder("src")
        try source.write(Data(Fixture.protokoll().utf8), to: "kn.txt")
        let output = source.path.appending("json")
        _ = try Fixture.convert(source.path, into: output)
        let second = try Fixture.convert(source.path, into: output)
        #expect(second.entries.map(\.path) == ["kn.txt"])
    }

    @Test func aMissingToolSkipsItsFilesWithOneMessage() throws {
        let source = try TemporaryFolder("src")
        let output = try TemporaryFolder("out")
        try source.write(Fixture.pdf(lines: ["Protokoll"]), to: "a.pdf")
        try source.write(Fixture.pdf(lines: ["Protokoll"]) + Data("x".utf8), to: "b.pdf")
        try source.write(Data("PK\u{03}\u{04}not really".utf8), to: "c.docx")
        let result = try Fixture.convert(source.path, into: output.path, tools: ToolSet(tools: [:]))
        #expect(result.entries.allSatisfy { $0.status == .skipped })
        #expect(result.exitCode == 0)
        let messages = result.missingToolMessages
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("poppler-utils") && $0.contains("a.pdf, b.pdf") })
        #expect(messages.contains { $0.contains("Debian package unzip") && $0.contains("c.docx") })
    }

    @Test(.enabled(if: hasZipTools)) func aDamagedWordFileFailsWithoutStoppingTheBatch() throws {
        let source = try TemporaryFolder("src")
        let output = try TemporaryFolder("out")
        try source.write(Data("PK\u{03}\u{04}not really a zip".utf8), to: "a.docx")
        try source.write(try Fixture.docx(documentXML: "<w:document><w:body></w:document>"), to: "b.docx")
        try source.write(Data(Fixture.protokoll().utf8), to: "c.txt")
        let result = try Fixture.convert(source.path, into: output.path)
        #expect(result.entries.map(\.status) == [.failed, .failed, .converted])
        #expect(result.entries[0].reason?.contains("damaged .docx") == true)
        #expect(result.entries[1].reason?.contains("not well-formed") == true)
        #expect(result.exitCode == 1)
    }

    @Test func bothSchedulersGiveTheSameReport() async throws {
        let source = try TemporaryFolder("src")
        try SyntheticMinutes.writeFolder(source.url, count: 12, short: true)
        let threaded = try TemporaryFolder("out")
        let grouped = try TemporaryFolder("out")
        let files = try SourceTreeWalker(root: source.path).files()
        let a = try BatchEngine(sink: ConvertSink(outputRoot: threaded.path, force: false), jobs: 2).run(files)
        let b = try await BatchEngine(sink: ConvertSink(outputRoot: grouped.path, force: false), jobs: 2).runAsync(files)
        #expect(a.entries.map(\.path) == b.entries.map(\.path))
        #expect(a.entries.map(\.status) == b.entries.map(\.status))
        #expect(a.entries.map(\.id) == b.entries.map(\.id))
    }

    @Test func importRunsOnTheSameEngineIntoTheArchive() throws {
        let source = try TemporaryFolder("src")
        let archive = try TemporaryFolder("archive")
        try Self.makeArchive(in: source)
        let files = try SourceTreeWalker(root: source.path).files()
        let first = try BatchEngine(sink: ArchiveSink(store: ArchiveStore(root: archive.url, durable: false)), jobs: 2).run(files)
        let converted = first.entries.filter { $0.status == .converted }
        #expect(converted.count >= 6)
        for entry in converted {
            let output = try #require(entry.output)
            let document = try DocumentJSON.decode(try FileBytes.read(archive.path.appending(output)))
            #expect(document.id == entry.id)
            // The archive records the bare file name, as `protokoll import` always did.
            #expect(!document.source.file.contains("/"))
        }
        #expect(try ArchiveReader(root: archive.url).check() == [])

        let second = try BatchEngine(sink: ArchiveSink(store: ArchiveStore(root: archive.url, durable: false)), jobs: 2).run(files)
        for (before, after) in zip(first.entries, second.entries) where before.status == .converted {
            #expect(after.status == .unchanged)
            #expect(after.reason?.hasSuffix("already in the archive") == true)
            #expect(after.id == before.id)
        }
    }

    @Test func twoRunsOnOneOutputFolderCannotOverlap() throws {
        let output = try TemporaryFolder("out")
        let first = try ConvertSink(outputRoot: output.path, force: false)
        #expect(throws: ConvertSink.SetupError.self) { _ = try ConvertSink(outputRoot: output.path, force: false) }
        _ = first
    }
}

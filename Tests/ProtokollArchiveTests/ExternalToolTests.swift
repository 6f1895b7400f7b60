import Foundation
import Testing

@testable import ProtokollArchive

@Suite struct ExternalToolTests {
    static let shell = ExternalTool.locate("sh")

    @Test func aMissingProgramIsNotFoundInsteadOfThrowingLater() {
        #expect(ExternalTool.locate("protokoll-no-such-tool-\(UUID().uuidString)") == nil)
        #expect(ExternalTool.locate("sh", searchPath: "/nonexistent:/also-not") == nil)
        #expect(ExternalTool.locate("sh", searchPath: "/nonexistent:/bin")?.executable.path == "/bin/sh")
    }

    @Test func aFolderOrAPlainFileOnPathIsNotAProgram() throws {
        let folder = try TemporaryFolder("path")
        try folder.write(Data("not executable".utf8), to: "tool")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("dir"), withIntermediateDirectories: true)
        #expect(ExternalTool.locate("tool", searchPath: folder.url.path) == nil)
        #expect(ExternalTool.locate("dir", searchPath: folder.url.path) == nil)
    }

    @Test(.enabled(if: shell != nil)) func largeOutputOnBothStreamsDoesNotDeadlock() throws {
        let sh = try #require(Self.shell)
        // 1 MB on stdout and 200 KB on stderr: far past the 64 KB pipe buffer on both.
        let output = try sh.run(["-c", "head -c 1000000 /dev/zero; head -c 200000 /dev/zero >&2; exit 3"], timeout: .seconds(60))
        #expect(output.standardOutput.count == 1_000_000)
        #expect(output.standardError.count == 200_000)
        #expect(output.status == 3)
        #expect(!output.succeeded)
        #expect(!output.wasSignalled)
    }

    @Test(.enabled(if: shell != nil)) func standardInputIsEmptySoAToolCannotWaitForIt() throws {
        let sh = try #require(Self.shell)
        let output = try sh.run(["-c", "cat; echo done"], timeout: .seconds(20))
        #expect(String(decoding: output.standardOutput, as: UTF8.self) == "done\n")
        #expect(output.succeeded)
    }

    @Test(.enabled(if: shell != nil)) func aHangingToolIsStoppedAfterTheTimeout() throws {
        let sh = try #require(Self.shell)
        let start = ContinuousClock.now
        let output = try sh.run(["-c", "exec sleep 30"], timeout: .milliseconds(300))
        #expect(output.timedOut)
        #expect(output.wasSignalled)
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test(.enabled(if: shell != nil)) func theFirstErrorLineIsTheReason() throws {
        let sh = try #require(Self.shell)
        let output = try sh.run(["-c", "printf 'first problem\\nsecond\\n' >&2; exit 1"])
        #expect(output.firstErrorLine == "first problem")
    }

    @Test(.enabled(if: ExternalTool.locate("zip") != nil && ExternalTool.locate(.unzip) != nil))
    func unzipPrintsTheWordBodyOfADocx() throws {
        let folder = try TemporaryFolder("unzip")
        try folder.write(try Fixture.docx(), to: "a.docx")
        let unzip = try #require(ExternalTool.locate(.unzip))
        let output = try unzip.run(["-p", folder.url.appendingPathComponent("a.docx").path, "word/document.xml"])
        #expect(output.succeeded)
        #expect(output.standardOutput == Data(Fixture.wordDocumentXML.utf8))
        let missing = try unzip.run(["-p", folder.url.appendingPathComponent("a.docx").path, "word/nothing.xml"])
        #expect(missing.status == 11, "the engine relies on 11 meaning 'no such member'")
    }

    @Test(.enabled(if: ExternalTool.locate(.pdftotext) != nil, "pdftotext is not installed (Debian package poppler-utils)"))
    func pdftotextReadsTheTextLayerOfAHandMadePDF() throws {
        let folder = try TemporaryFolder("pdf")
        try folder.write(Fixture.pdf(lines: ["Protokoll från Kulturnämndens sammanträde", "§ 1 Val av justerare"]), to: "a.pdf")
        let pdftotext = try #require(ExternalTool.locate(.pdftotext))
        let output = try pdftotext.run(["-layout", "-enc", "UTF-8", folder.url.appendingPathComponent("a.pdf").path, "-"])
        #expect(output.succeeded, "\(output.firstErrorLine)")
        let text = String(decoding: output.standardOutput, as: UTF8.self)
        #expect(text.contains("Protokoll från Kulturnämndens sammanträde"))
        #expect(text.contains("§ 1 Val av justerare"))
    }
}

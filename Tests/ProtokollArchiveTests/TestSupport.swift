import Foundation
import ProtokollKit
@testable import ProtokollArchive

/// Helpers shared by the archive tests. Every test works in its own temporary folder, because
/// Swift Testing runs tests in parallel.
enum TestSupport {
    static func temporaryFolder(_ label: String = #function) throws -> URL {
        let clean = label.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("protokoll-tests-\(clean)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var corpus: URL { repositoryRoot.appendingPathComponent("corpus") }

    /// The built `protokoll` binary: next to the test bundle (same build configuration), else in
    /// the package's .build folder. Nil when it was not built.
    static var binary: URL? {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.appendingPathComponent("protokoll"))
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("protokoll"))
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("protokoll"))
            candidates.append(executable.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("protokoll"))
        }
        for configuration in ["debug", "release"] {
            candidates.append(repositoryRoot.appendingPathComponent(".build/\(configuration)/protokoll"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A document as the parser would give it, with an id derived from `source`.
    static func document(
        source: String, organisation: String? = "Testkommunen", body: String? = "Kommunstyrelsen",
        date: String? = "2020-05-04", range: ParagraphRange? = ParagraphRange(first: 1, last: 3),
        attendance: [Attendee] = [], paragraphs: [Paragraph] = []
    ) -> (ProtokollDocument, Data) {
        let bytes = Data(source.utf8)
        let sha = SHA256.hex(of: bytes)
        let document = ProtokollDocument(
            id: String(sha.prefix(16)), kind: .protokoll, title: "Protokoll", organisation: organisation, body: body,
            meeting: Meeting(date: date), paragraphRange: range, attendance: attendance, paragraphs: paragraphs,
            source: SourceInfo(file: "test.txt", sha256: sha, encoding: "utf-8", bytes: bytes.count))
        return (document, bytes)
    }

    /// A meeting with a few decisions, members and a case number: enough for the query tests.
    static func meeting(
        source: String, body: String = "Kommunstyrelsen", date: String = "2020-05-04",
        members: [String] = ["Berry Lilja (C)", "Hans-Göran Johansson"], guests: [String] = ["Pernilla Friberg"],
        range: ParagraphRange = ParagraphRange(first: 1, last: 3)
    ) -> (ProtokollDocument, Data) {
        let attendance = members.enumerated().map { index, name in
            Attendee(name: name, deciding: true, role: index == 0 ? "ordförande" : nil)
        } + guests.map { Attendee(name: $0, deciding: false) }
        // § 2 is decided by a roll call: the chair votes ja, every other member nej, and the last
        // member reserves.
        let rollCall = Vote(
            yes: 1, no: members.count - 1, abstained: 0,
            ballots: members.enumerated().map { index, name in
                Ballot(name: String(name.prefix { $0 != "(" && $0 != "," }).trimmingCharacters(in: .whitespaces), vote: index == 0 ? .yes : .no)
            })
        let reservations = members.count > 1 ? [Reservation(names: [members[members.count - 1]], text: "Reservation.")] : []
        let paragraphs = [
            Paragraph(
                number: "1", title: "Länsgemensam familjehemsrekrytering", caseNumber: "KS 2020/14",
                text: "Utredningen om familjehem har genomförts.",
                sections: [Section(heading: "Bakgrund", text: "Socialcheferna har utrett frågan om kontaktfamiljer.")],
                decisions: [
                    Decision(
                        decidedBy: body, text: "\(body) beslutar att godkänna utredningen och att rekommendera kommunerna att följa förslaget.",
                        clauses: ["godkänna utredningen", "rekommendera kommunerna att följa förslaget"],
                        proposedTo: "Kommunfullmäktige"),
                ], line: 10),
            Paragraph(
                number: "2", title: "Arbetsintegrerande sociala företag", text: "",
                decisions: [Decision(decidedBy: body, text: "\(body) beslutar att ge Pernilla Friberg i uppdrag att arbeta vidare.", clauses: ["ge Pernilla Friberg i uppdrag att arbeta vidare"])],
                votes: [rollCall], reservations: reservations, line: 20),
            Paragraph(number: "3", title: "Information om regionbildning", caseNumber: "KS 2020/15", text: "Ordföranden informerar.", line: 30),
        ]
        return document(source: source, body: body, date: date, range: range, attendance: attendance, paragraphs: paragraphs)
    }

    /// Runs the binary with a time limit; returns exit status, stdout and stderr.
    @discardableResult
    static func run(_ binary: URL, _ arguments: [String], timeout: TimeInterval = 60) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let folder = try temporaryFolder("run")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Files, not pipes: a pipe that nobody drains blocks the child once it holds 64 KB.
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try out.close()
        try err.close()
        return (
            process.terminationStatus, String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        )
    }

    /// Imports every file under `folder` on the batch engine with an archive sink, as `protokoll
    /// import` does, and returns one report entry per file.
    @discardableResult
    static func importFolder(_ folder: URL, into archive: URL) throws -> [ReportEntry] {
        let store = try ArchiveStore(root: archive, durable: false)
        let engine = BatchEngine(sink: ArchiveSink(store: store), jobs: 2)
        return try engine.run(SourceTreeWalker.files(under: [folder.path]).files).entries
    }
}

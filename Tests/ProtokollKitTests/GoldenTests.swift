import Foundation
import Testing
@testable import ProtokollKit

/// Every document in corpus/ against its reviewed expected output: `expected/NAME.json` for minutes
/// (pretty JSON, sorted keys, compared as text) and `expected/NAME.txt` for what is not minutes.
/// Run with PROTOKOLL_UPDATE_GOLDEN=1 to rewrite them, then review the diff by hand.
@Suite struct GoldenTests {
    static let update = ProcessInfo.processInfo.environment["PROTOKOLL_UPDATE_GOLDEN"] == "1"

    @Test(arguments: Corpus.inputs.map(\.lastPathComponent))
    func documentMatchesExpected(name: String) throws {
        let data = try Corpus.data(name)
        let (actual, expectedURL) = render(data: data, name: name)
        if Self.update {
            try FileManager.default.createDirectory(at: Corpus.expectedFolder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: expectedURL)
            // A document that changed between minutes and not-minutes leaves no stale twin behind.
            let other = expectedURL.pathExtension == "json"
                ? expectedURL.deletingPathExtension().appendingPathExtension("txt")
                : expectedURL.deletingPathExtension().appendingPathExtension("json")
            try? FileManager.default.removeItem(at: other)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "\(name): \(TextDiff.describe(expected: expected, actual: actual))")
    }

    func render(data: Data, name: String) -> (String, URL) {
        do {
            let document = try ProtokollParser.parse(data, fileName: name)
            let json = (try? DocumentJSON.encode(document, pretty: true)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            return (json + "\n", Corpus.expectedFolder.appendingPathComponent(name + ".json"))
        } catch {
            return (error.description + "\n", Corpus.expectedFolder.appendingPathComponent(name + ".txt"))
        }
    }

    @Test func everyInputHasExactlyOneExpectedOutput() throws {
        let expected = Set(try FileManager.default.contentsOfDirectory(atPath: Corpus.expectedFolder.path))
        for input in Corpus.inputs.map(\.lastPathComponent) {
            let hasJSON = expected.contains(input + ".json"), hasText = expected.contains(input + ".txt")
            #expect(hasJSON != hasText, "\(input) needs exactly one of \(input).json / \(input).txt in corpus/expected")
        }
    }
}

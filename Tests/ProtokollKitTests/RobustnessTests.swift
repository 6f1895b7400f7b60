import Foundation
import Testing
@testable import ProtokollKit

/// Hostile input never traps: every input gives a document or a ParseError.
@Suite struct RobustnessTests {
    /// A small deterministic generator, so a failure can be reproduced.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Parses and checks that the outcome is a document or a ParseError naming the file.
    func survives(_ data: Data, _ name: String) {
        do {
            let document = try ProtokollParser.parse(data, fileName: name)
            #expect(document.id.count == 16)
            #expect((try? DocumentJSON.encode(document)) != nil)
        } catch {
            #expect(error.file == name)
        }
    }

    @Test func randomBytes() {
        var rng = SplitMix64(state: 42)
        for round in 0..<200 {
            let count = Int.random(in: 0...4096, using: &rng)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
            survives(Data(bytes), "random-\(round)")
        }
    }

    @Test func randomTextFromMinutesVocabulary() {
        var rng = SplitMix64(state: 7)
        let vocabulary = ["§", "§§", "15", "-", "att", "beslutar", "Beslut", "Styrelsen", "\n", "\n\n", "\t", ":", ",", "(S)", "och",
                          "Justerare", "Närvarande:", "2014-05-", "kl.", "9.00–12.00", "Dnr", "KS/2011:286", "(", ")", "den 8 november",
                          "Bilaga 1", "Ledamot\tParti\tTjänstgörande ersättare\t§§", "\u{0C}", "Sida 2 (3)", "att\n", "....", "–", "1.", "6.1"]
        for round in 0..<300 {
            let words = (0..<Int.random(in: 1...400, using: &rng)).map { _ in vocabulary.randomElement(using: &rng) ?? "" }
            survives(Data(words.joined(separator: " ").utf8), "vocabulary-\(round)")
        }
    }

    @Test(arguments: Corpus.inputs.map(\.lastPathComponent))
    func mutatedCorpusFiles(name: String) throws {
        let data = try Corpus.data(name)
        var rng = SplitMix64(state: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        // Truncated at random points.
        for _ in 0..<5 { survives(data.prefix(Int.random(in: 0...data.count, using: &rng)), name) }
        // Lines shuffled.
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        lines.shuffle(using: &rng)
        survives(Data(lines.joined(separator: "\n").utf8), name)
        // Invalid UTF-8 sprinkled in.
        var bytes = [UInt8](data)
        for _ in 0..<10 where !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = [0xFF, 0xC3, 0x80, 0x00].randomElement(using: &rng) ?? 0xFF }
        survives(Data(bytes), name)
        // One enormous line: every newline removed.
        survives(Data(data.map { $0 == 0x0A ? 0x20 : $0 }), name)
    }

    @Test func oneEnormousLineOfSentences() {
        let sentence = "Styrelsen beslutar att godkänna förslaget den 8 november 2013 kl. 9.00–12.00, att anta budgeten och att § 5 gäller. "
        let text = "Protokoll\n§ 1 Beslut\n" + String(repeating: sentence, count: 8_000)
        survives(Data(text.utf8), "enormous")
    }
}

import Foundation
import Testing
@testable import ProtokollKit

@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Data(repeating: 0x61, count: 1000)
        #expect(SHA256.hex(of: long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

@Suite struct TextDecoderTests {
    let swedish = "Protokoll från Kultur- och fritidsnämndens sammanträde – §§ 1–3 ”Beslut”\nÅÄÖ åäö é"

    @Test func plainUTF8() throws {
        let result = try TextDecoder.decode(Data(swedish.utf8), fileName: "a.txt")
        #expect(result.encoding == .utf8)
        #expect(result.lines.map(\.text).joined(separator: "\n") == swedish)
    }

    @Test func utf8WithBOMDropsTheBOM() throws {
        let result = try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array(swedish.utf8)), fileName: "a.txt")
        #expect(result.encoding == .utf8BOM)
        #expect(result.lines.first?.text.hasPrefix("Protokoll") == true)
    }

    @Test func utf16LittleAndBigEndianWithBOM() throws {
        let le = try TextDecoder.decode(Data([0xFF, 0xFE]) + swedish.data(using: .utf16LittleEndian)!, fileName: "a.txt")
        #expect(le.encoding == .utf16LE)
        #expect(le.lines.first?.text.hasPrefix("Protokoll från") == true)
        let be = try TextDecoder.decode(Data([0xFE, 0xFF]) + swedish.data(using: .utf16BigEndian)!, fileName: "a.txt")
        #expect(be.encoding == .utf16BE)
        #expect(be.lines.last?.text == "ÅÄÖ åäö é")
    }

    @Test func utf16WithoutBOMIsRecognisedByItsZeroBytes() throws {
        let result = try TextDecoder.decode(swedish.data(using: .utf16LittleEndian)!, fileName: "a.txt")
        #expect(result.encoding == .utf16LE)
        #expect(result.lines.first?.text.hasPrefix("Protokoll från") == true)
    }

    @Test func windows1252WithEnDashAndCurlyQuotes() throws {
        let bytes = swedish.data(using: .windowsCP1252)!
        #expect(String(data: bytes, encoding: .utf8) == nil)
        let result = try TextDecoder.decode(bytes, fileName: "a.txt")
        #expect(result.encoding == .windows1252)
        #expect(result.lines.map(\.text).joined(separator: "\n") == swedish)
    }

    @Test func latin1WhenWindows1252CannotDecode() throws {
        // 0x81 is undefined in Windows-1252, so only ISO-8859-1 reads it.
        let bytes = Data("Sammanträde ".data(using: .isoLatin1)! + [0x81])
        let result = try TextDecoder.decode(bytes, fileName: "a.txt")
        #expect(result.encoding == .isoLatin1)
        #expect(result.lines.first?.text.hasPrefix("Sammanträde") == true)
    }

    @Test func doubleEncodedUTF8IsRepairedWithAWarning() throws {
        let once = Data("Styrelsen beslutar att godkänna förslaget".utf8)
        let twice = Data(String(data: once, encoding: .windowsCP1252)!.utf8)
        let result = try TextDecoder.decode(twice, fileName: "a.txt")
        #expect(result.lines.first?.text == "Styrelsen beslutar att godkänna förslaget")
        #expect(result.warnings.map(\.code) == ["double-encoded-utf8"])
    }

    @Test func emptyAndWhitespaceFilesAreEmpty() {
        #expect(throws: ParseError.empty(file: "e.txt")) { try TextDecoder.decode(Data(), fileName: "e.txt") }
        #expect(throws: ParseError.empty(file: "e.txt")) { try TextDecoder.decode(Data(" \n\r\n\t".utf8), fileName: "e.txt") }
    }

    @Test func binaryIsBinary() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])
        #expect(throws: ParseError.binary(file: "x.png")) { try TextDecoder.decode(png, fileName: "x.png") }
    }
}

@Suite struct TextNormalizerTests {
    @Test func lineEndsSpacesHyphensLigaturesAndFormFeeds() {
        let text = "A\r\nB\rC\u{00A0}D\u{00AD}E \u{FB01}nal\n\u{0C}Sida 2\n"
        let lines = TextNormalizer.lines(of: text)
        #expect(lines.map(\.text) == ["A", "B", "C DE final", "Sida 2"])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines.map(\.startsPage) == [false, false, false, true])
    }

    @Test func decomposedLettersAreComposed() {
        // "Göran Åberg, ordförande" as a Mac-made PDF writes it: base letters plus combining marks.
        let lines = TextNormalizer.lines(of: "Go\u{0308}ran A\u{030A}berg, ordfo\u{0308}rande\n")
        #expect(lines.map { Array($0.text.unicodeScalars).count } == [23])
        #expect(lines.first?.text.folded == "goran aberg, ordforande")
    }

    @Test func softHyphenAtLineEndBecomesAVisibleHyphen() {
        let lines = TextNormalizer.lines(of: "sammanträ\u{00AD}  \ndet och kom\u{00AD}mun\n")
        #expect(lines.map(\.text) == ["sammanträ-", "det och kommun"])
    }
}

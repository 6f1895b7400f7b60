import Foundation
import Testing

@testable import ProtokollArchive

@Suite struct InputFormatTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0]
    static let pdf = Array("%PDF-1.7\n".utf8)
    static let oldWord: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let text = Array("Protokoll fört vid sammanträde".utf8)

    @Test(arguments: [
        ("txt", text, "text"), ("TXT".lowercased(), text, "text"), ("text", text, "text"),
        ("md", text, "markdown"), ("markdown", text, "markdown"),
        ("docx", zip, "docx"), ("pdf", pdf, "pdf"),
        ("txt", pdf, "pdf"), ("", pdf, "pdf"),
        ("png", png, "image/png"), ("dat", png, "image/png"), ("jpg", [0xFF, 0xD8, 0xFF, 0xE0], "image/jpeg"),
        ("txt", png, "image/png named .txt"),
        ("xlsx", zip, "unsupported extension .xlsx"), ("csv", text, "unsupported extension .csv"),
        ("doc", oldWord, "old Word format .doc (save it as .docx)"),
        ("docx", oldWord, "old Word format (.doc) named .docx"),
        ("docx", text, "not a ZIP file although named .docx"),
        ("pdf", text, "not a PDF file although named .pdf"),
        ("", text, "text"), ("", png, "image/png without an extension"),
    ] as [(String, [UInt8], String)])
    func detectsByExtensionCheckedAgainstContent(fileExtension: String, head: [UInt8], expected: String) {
        #expect(InputFormat.detect(fileExtension: fileExtension, head: head).description == expected)
    }

    @Test func emptyAndShortFilesAreJudgedByTheirExtension() {
        #expect(InputFormat.detect(fileExtension: "txt", head: []) == .text)
        #expect(InputFormat.detect(fileExtension: "txt", head: [0x25]) == .text)
    }

    @Test func onlyContainerFormatsNeedATool() {
        #expect(InputFormat.docx.tool == .unzip)
        #expect(InputFormat.pdf.tool == .pdftotext)
        #expect(InputFormat.text.tool == nil)
        #expect(ExternalTool.Requirement.pdftotext.debianPackage == "poppler-utils")
        #expect(ExternalTool.Requirement.unzip.debianPackage == "unzip")
    }

    @Test func extensionsAreTakenFromTheLastComponentOnly() {
        #expect(FilePath("2014.v2/pkn").lowercasedExtension == "")
        #expect(FilePath("2014/PKN.Docx").lowercasedExtension == "docx")
        #expect(FilePath("2014/.profile").lowercasedExtension == "")
        #expect(FilePath("2014/pkn.txt").replacingExtension(with: "json") == FilePath("2014/pkn.json"))
        #expect(FilePath("2014.v2/pkn").replacingExtension(with: "json") == FilePath("2014.v2/pkn.json"))
    }

    @Test func latin1NamesGetAReadableOutputSpelling() {
        let name = FilePath(bytes: Array("m".utf8) + [0xF6] + Array("te.txt".utf8))
        #expect(!name.isValidUTF8)
        #expect(name.display == "m\u{FFFD}te.txt")
        #expect(name.repairedForOutput == FilePath("möte.txt"))
        #expect(FilePath("möte.txt").repairedForOutput == FilePath("möte.txt"))
    }
}

import Foundation
import ProtokollArchive
import ProtokollKit

/// A temporary folder of its own for each test (Swift Testing runs tests in parallel).
struct TemporaryFolder: ~Copyable {
    let url: URL

    init(_ label: String = "batch") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("protokoll-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: FilePath { FilePath(url.path) }

    func write(_ data: Data, to relativePath: String) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }
}

/// Short but realistic Swedish inputs, written in the test.
enum Fixture {
    static func protokoll(body: String = "Kulturnämnden", genitive: String = "Kulturnämndens", date: String = "2019-05-14") -> String {
        """
        Protokoll från \(genitive) sammanträde
        Tid: \(date), kl. 13.00–15.00
        Plats: Kommunhuset, sammanträdesrum Åsen

        Beslutande: Anna Öberg (S), ordförande, Per Lindström (M), Karin Åberg (C)
        Övriga: Göran Sjöberg, sekreterare

        § 1 Val av justerare
        Till justerare utses Per Lindström.

        § 2 Bidrag till föreningar
        Dnr 2019/42
        Bakgrund
        Föreningarna har ansökt om bidrag för verksamhetsåret.
        Beslut
        \(body) beslutar
        att bevilja bidrag enligt förvaltningens förslag,
        att uppdra åt förvaltningen att följa upp bidragen.

        Justeras
        Anna Öberg\tPer Lindström

        """
    }

    static let annualReport = """
        Verksamhetsberättelse 2018
        Föreningen Hembygdsgården i Åsele

        Styrelsen får härmed avge följande berättelse över föreningens verksamhet under året.
        Medlemsantalet ökade till 214 personer. Gården hölls öppen under sommaren och besöktes av
        omkring 1 800 personer. Ekonomin är god; resultatet framgår av den bifogade årsredovisningen.

        """

    static func utf16LE(_ text: String) -> Data {
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 { data.append(UInt8(unit & 0xFF)); data.append(UInt8(unit >> 8)) }
        return data
    }

    /// word/document.xml with paragraphs, a tab layout and an attendance table.
    static let wordDocumentXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:body>
        <w:p><w:r><w:t>Protokoll från Socialnämndens sammanträde</w:t></w:r></w:p>
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2268"/></w:tabs></w:pPr><w:r><w:t>Tid:</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">2020-02-11, kl. 09.00–11.30</w:t></w:r></w:p>
        <w:p><w:r><w:t>Beslutande:</w:t></w:r></w:p>
        <w:tbl>
        <w:tr><w:tc><w:p><w:r><w:t>Eva Ström (S)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ordförande</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:p><w:r><w:t>Björn Holmgren (M)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ledamot</w:t></w:r></w:p></w:tc></w:tr>
        </w:tbl>
        <w:p><w:r><w:t>§ 1 Val av justerare</w:t></w:r></w:p>
        <w:p><w:r><w:t>Till justerare utses Björn Holmgren.</w:t></w:r></w:p>
        <w:p><w:r><w:t>§ 2 Familjehemsrekrytering</w:t></w:r></w:p>
        <w:p><w:r><w:t>Socialnämnden beslutar</w:t></w:r></w:p>
        <w:p><w:r><w:t>att godkänna planen för familjehemsrekrytering.</w:t></w:r></w:p>
        <w:p><w:r><w:t>Justeras</w:t></w:r></w:p>
        </w:body>
        </w:document>
        """

    static let contentTypesXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        </Types>
        """

    static let rootRelationshipsXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
        </Relationships>
        """

    /// A real .docx, zipped by the system `zip`.
    static func docx(documentXML: String = wordDocumentXML) throws -> Data {
        let staging = try TemporaryFolder("docx")
        try staging.write(Data(contentTypesXML.utf8), to: "[Content_Types].xml")
        try staging.write(Data(rootRelationshipsXML.utf8), to: "_rels/.rels")
        try staging.write(Data(documentXML.utf8), to: "word/document.xml")
        guard let zip = ExternalTool.locate("zip") else { throw FixtureError.missingTool("zip") }
        let archive = staging.url.appendingPathComponent("out.docx").path
        let process = Process()
        process.executableURL = zip.executable
        process.arguments = ["-q", "-X", "-r", archive, "[Content_Types].xml", "_rels", "word"]
        process.currentDirectoryURL = staging.url
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError.toolFailed("zip") }
        return try Data(contentsOf: URL(fileURLWithPath: archive))
    }

    /// A one-page PDF with a real text layer (Helvetica, WinAnsi so that å, ä, ö are single bytes),
    /// written by hand with a correct cross-reference table.
    static func pdf(lines: [String]) -> Data {
        func escaped(_ line: String) -> Data {
            var out = Data()
            let bytes = line.data(using: .windowsCP1252, allowLossyConversion: true) ?? Data(line.utf8)
            for byte in bytes {
                if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") {
                    out.append(UInt8(ascii: "\\"))
                }
                out.append(byte)
            }
            return out
        }
        var content = Data("BT /F1 11 Tf 14 TL 50 800 Td\n".utf8)
        for line in lines {
            content.append(UInt8(ascii: "("))
            content.append(escaped(line))
            content.append(Data(") Tj T*\n".utf8))
        }
        content.append(Data("ET\n".utf8))
        var objects: [Data] = [
            Data("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".utf8),
        ]
        var stream = Data("<< /Length \(content.count) >>\nstream\n".utf8)
        stream.append(content)
        stream.append(Data("endstream".utf8))
        objects.append(stream)
        objects.append(Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
        var pdf = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf.append(Data("\(index + 1) 0 obj\n".utf8))
            pdf.append(object)
            pdf.append(Data("\nendobj\n".utf8))
        }
        let xref = pdf.count
        pdf.append(Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8))
        for offset in offsets {
            let digits = String(offset)
            pdf.append(Data((String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n").utf8))
        }
        pdf.append(Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8))
        return pdf
    }

    /// Runs the engine with a ConvertSink the way `protokoll convert` does, without progress.
    static func convert(_ source: FilePath, into output: FilePath, jobs: Int = 2, force: Bool = false, tools: ToolSet = .installed()) throws -> BatchResult {
        let sink = try ConvertSink(outputRoot: output, force: force)
        let files = try SourceTreeWalker(root: source, excluding: [output]).files()
        return try BatchEngine(sink: sink, jobs: jobs, tools: tools).run(files)
    }
}

enum FixtureError: Error {
    case missingTool(String)
    case toolFailed(String)
}

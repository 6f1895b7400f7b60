import Foundation
import Testing

@testable import ProtokollKit

@Suite struct WordDocumentTextTests {
    static func document(_ body: String, prefix: String = "w") -> Data {
        Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <\(prefix):document xmlns:\(prefix)="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><\(prefix):body>\(body)</\(prefix):body></\(prefix):document>
            """.utf8)
    }

    static func text(_ body: String, prefix: String = "w") throws -> String {
        try WordDocumentText.text(fromDocumentXML: document(body, prefix: prefix))
    }

    @Test func paragraphsAreLinesAndRunsJoin() throws {
        let text = try Self.text("""
            <w:p><w:r><w:t>Protokoll från </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Kulturnämndens</w:t></w:r>\
            <w:r><w:t xml:space="preserve"> sammanträde</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>§ 1 Val av justerare</w:t></w:r></w:p>
            """)
        #expect(text == "Protokoll från Kulturnämndens sammanträde\n\n§ 1 Val av justerare")
    }

    @Test func tabsAreTabsButTabStopDefinitionsAreNot() throws {
        let text = try Self.text("""
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2268"/></w:tabs></w:pPr>\
            <w:r><w:t>Tid:</w:t></w:r><w:r><w:tab/><w:t>2019-05-14, kl. 13.00–15.00</w:t></w:r></w:p>
            """)
        #expect(text == "Tid:\t2019-05-14, kl. 13.00–15.00")
        let positioned = try Self.text("""
            <w:p><w:r><w:t>Kommunstyrelsen</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>2019-05-14</w:t></w:r></w:p>
            """)
        #expect(positioned == "Kommunstyrelsen\t2019-05-14")
    }

    @Test func tableRowsAreLinesWithTabSeparatedCells() throws {
        let text = try Self.text("""
            <w:p><w:r><w:t>Beslutande</w:t></w:r></w:p><w:tbl><w:tblPr/>\
            <w:tr><w:tc><w:p><w:r><w:t>Anna Öberg (S)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ordförande</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:p><w:r><w:t>Per Lindström</w:t></w:r></w:p><w:p><w:r><w:t>(M)</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>\
            </w:tbl><w:p><w:r><w:t>§ 1</w:t></w:r></w:p>
            """)
        #expect(text == "Beslutande\nAnna Öberg (S)\tordförande\nPer Lindström (M)\t\n§ 1")
    }

    @Test func breaksEndLinesAndPageBreaksStartPages() throws {
        let text = try Self.text("""
            <w:p><w:r><w:t>Justeras</w:t><w:br/><w:t>Anna Öberg</w:t><w:br w:type="page"/><w:t>Sida 2</w:t></w:r></w:p>
            """)
        #expect(text == "Justeras\nAnna Öberg\u{0C}Sida 2")
    }

    @Test func deletedTextFieldCodesAndFallbacksAreLeftOut() throws {
        let text = try Self.text("""
            <w:p><w:del><w:r><w:delText>gammal </w:delText></w:r></w:del><w:r><w:t>ny text</w:t></w:r>\
            <w:r><w:instrText> PAGE </w:instrText></w:r></w:p>\
            <w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>ruta</w:t></w:r></mc:Choice>\
            <mc:Fallback><w:r><w:t>ruta igen</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
            """)
        #expect(text == "ny text\nruta")
    }

    @Test func anyNamespacePrefixIsRead() throws {
        let text = try Self.text("<x:p><x:r><x:t>Styrelsen</x:t><x:tab/><x:t>§ 4</x:t></x:r></x:p>", prefix: "x")
        #expect(text == "Styrelsen\t§ 4")
    }

    @Test func entitiesAndNoBreakHyphensAreText() throws {
        let text = try Self.text("<w:p><w:r><w:t>Kultur &amp; fritid, FoU</w:t><w:noBreakHyphen/><w:t>ledare</w:t></w:r></w:p>")
        #expect(text == "Kultur & fritid, FoU-ledare")
    }

    @Test func malformedXMLIsAnErrorNotACrash() {
        for broken in ["<w:document><w:body></w:document>", "<w:document", "", "\u{0}\u{1}binary"] {
            #expect(throws: WordDocumentError.self, "\(broken)") {
                try WordDocumentText.text(fromDocumentXML: Data(broken.utf8))
            }
        }
    }
}

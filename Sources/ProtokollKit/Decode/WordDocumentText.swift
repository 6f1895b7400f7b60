import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Why a .docx body could not be turned into text.
public enum WordDocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The XML is not well-formed: `line` is where the XML parser gave up.
    case malformedXML(line: Int, message: String)

    public var description: String {
        switch self {
        case .malformedXML(let line, let message): "word/document.xml is not well-formed XML (line \(line): \(message))"
        }
    }
}

/// WordprocessingML (`word/document.xml` of a .docx) → plain text with the layout the parser relies on:
/// each paragraph `w:p` is a line, `w:tab` a tab and `w:br`/`w:cr` a line break; in a table each row
/// `w:tr` is one line with its cells `w:tc` separated by tabs, so attendance tables and tab-aligned
/// headers read like the text exports of the same documents.
public enum WordDocumentText {
    /// The main namespace of transitional and of strict OOXML; the prefix is usually `w` but need not be.
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let markupCompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    public static func text(fromDocumentXML data: Data) throws(WordDocumentError) -> String {
        let collector = TextCollector()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        // Word files never need external entities; resolving them would let a crafted file read local files.
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        // On Linux `parse()` can return true for a truncated or mismatched document, so the delegate's
        // own error report and element balance are checked as well.
        let succeeded = parser.parse()
        if let failure = collector.failure ?? parser.parserError {
            throw .malformedXML(line: parser.lineNumber, message: (failure as NSError).localizedDescription)
        }
        guard succeeded, collector.sawRootElement, collector.openElements == 0 else {
            throw .malformedXML(
                line: parser.lineNumber,
                message: collector.sawRootElement ? "the document ends before its elements are closed" : "no root element")
        }
        return collector.finishedText()
    }
}

/// XMLParser's delegate: a class by necessity, used by one parse on one thread and then dropped.
private final class TextCollector: NSObject, XMLParserDelegate {
    private(set) var failure: Error?
    private(set) var sawRootElement = false
    private(set) var openElements = 0
    private var lines: [String] = []
    private var line = ""
    /// Text of the current table cell, which may hold several paragraphs.
    private var cell: String?
    private var cellsOfRow: [String]?
    private var tableDepth = 0
    private var inText = false
    /// Inside `mc:Fallback`: Word repeats text boxes there for old readers; reading both would double them.
    private var fallbackDepth = 0
    /// Inside deleted text or field instructions, which are not part of the visible document.
    private var hiddenDepth = 0
    /// Inside `w:tabs`, the tab stop definitions of a paragraph, whose `w:tab` elements are not tab characters.
    private var tabStopsDepth = 0

    func finishedText() -> String {
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    private func append(_ text: String) {
        if cell != nil { cell?.append(text) } else { line.append(text) }
    }

    private var isSkipping: Bool { fallbackDepth > 0 || hiddenDepth > 0 }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        sawRootElement = true
        openElements += 1
        if namespaceURI == WordDocumentText.markupCompatibilityNamespace, elementName == "Fallback" {
            fallbackDepth += 1
            return
        }
        guard let namespaceURI, WordDocumentText.wordNamespaces.contains(namespaceURI) else { return }
        switch elementName {
        case "delText", "instrText": hiddenDepth += 1
        case "tabs": tabStopsDepth += 1
        case "t" where !isSkipping: inText = true
        // `w:ptab` is the absolute-position tab Word inserts for right-aligned header fields.
        case "tab", "ptab": if !isSkipping && tabStopsDepth == 0 { append("\t") }
        case "br", "cr":
            guard !isSkipping else { return }
            // A page break in the flow is a page start for the cleaner; other breaks are line breaks.
            if attributeDict.first(where: { $0.key.hasSuffix("type") })?.value == "page" {
                append("\u{0C}")
            } else if cell != nil {
                append(" ")
            } else {
                lines.append(line)
                line = ""
            }
        case "noBreakHyphen" where !isSkipping: append("-")
        case "tbl" where !isSkipping:
            tableDepth += 1
            if tableDepth == 1, !line.isEmpty {
                lines.append(line)
                line = ""
            }
        case "tr" where !isSkipping && tableDepth == 1: cellsOfRow = []
        case "tc" where !isSkipping && tableDepth == 1: cell = ""
        default: break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        openElements -= 1
        if namespaceURI == WordDocumentText.markupCompatibilityNamespace, elementName == "Fallback" {
            fallbackDepth = max(0, fallbackDepth - 1)
            return
        }
        guard let namespaceURI, WordDocumentText.wordNamespaces.contains(namespaceURI) else { return }
        switch elementName {
        case "delText", "instrText": hiddenDepth = max(0, hiddenDepth - 1)
        case "tabs": tabStopsDepth = max(0, tabStopsDepth - 1)
        case "t": inText = false
        case "p" where !isSkipping:
            if let current = cell {
                // Paragraphs inside a cell stay on the row's line: a row is one line of the table.
                if !current.isEmpty, current.last != " " { cell = current + " " }
            } else {
                lines.append(line)
                line = ""
            }
        case "tc" where !isSkipping && tableDepth == 1:
            if let current = cell { cellsOfRow?.append(trimmed(current)) }
            cell = nil
        case "tr" where !isSkipping && tableDepth == 1:
            if let cells = cellsOfRow { lines.append(cells.joined(separator: "\t")) }
            cellsOfRow = nil
        case "tbl" where !isSkipping: tableDepth = max(0, tableDepth - 1)
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil { failure = parseError }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && !isSkipping { append(string) }
    }

    private func trimmed(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last == " " { result.removeLast() }
        return String(result)
    }
}

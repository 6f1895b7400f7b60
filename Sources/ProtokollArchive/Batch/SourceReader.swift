import Foundation
import ProtokollKit

/// Reads one source file's bytes as a document, whatever its format: text and Markdown directly,
/// .docx through `unzip` and WordprocessingML, .pdf through `pdftotext -layout`. The batch engine and
/// `reparse` share it, so an archived Word or PDF source can be parsed again.
public struct SourceReader: Sendable {
    public var tools: ToolSet
    public var toolTimeout: Duration

    public init(tools: ToolSet = .installed(), toolTimeout: Duration = .seconds(300)) {
        self.tools = tools
        self.toolTimeout = toolTimeout
    }

    public enum ExtractionFailure: Error, CustomStringConvertible {
        case toolMissing(ExternalTool.Requirement)
        case failed(String)

        public var description: String {
            switch self {
            case .toolMissing(let requirement):
                "\(requirement.executableName) is not installed (Debian package \(requirement.debianPackage))"
            case .failed(let reason): reason
            }
        }
    }

    /// The document in `data`. `path` is where the bytes came from (tools read the file there);
    /// `fileName` goes into `source.file`; `sha256` is the bytes' digest if the caller has it.
    /// Throws `ExtractionFailure` or `ParseError`.
    public func document(
        from data: Data, format: InputFormat, path: FilePath, sourceExtension: String, fileName: String,
        sha256: String? = nil
    ) throws -> ProtokollDocument {
        switch format {
        case .text, .markdown, .unsupported:
            return try ProtokollParser.parse(data, fileName: fileName, sha256: sha256)
        case .docx:
            let xml = try runTool(.unzip, path: path, sourceExtension: sourceExtension, data: data) { file in ["-p", file, "word/document.xml"] } failure: { output in
                // unzip exits with 11 when the archive lacks the member: a ZIP that is not a Word file.
                output.status == 11
                    ? "not a Word document: the ZIP has no word/document.xml"
                    : "damaged .docx: unzip: \(output.firstErrorLine)"
            }
            let text: String
            do {
                text = try WordDocumentText.text(fromDocumentXML: xml)
            } catch {
                throw ExtractionFailure.failed("damaged .docx: \(error)")
            }
            return try ProtokollParser.parse(text: text, sourceBytes: data, sha256: sha256, fileName: fileName, encoding: "docx")
        case .pdf:
            let output = try runTool(.pdftotext, path: path, sourceExtension: sourceExtension, data: data) { file in ["-layout", "-enc", "UTF-8", file, "-"] } failure: { output in
                "pdftotext could not read the PDF: \(output.firstErrorLine)"
            }
            let text = String(decoding: output, as: UTF8.self)
            return try ProtokollParser.parse(text: text, sourceBytes: data, sha256: sha256, fileName: fileName, encoding: "pdf")
        }
    }

    /// Runs `requirement` on the file and returns its stdout. A file whose name is not UTF-8 cannot be
    /// passed as an argument (arguments are Swift strings), so the tool then reads a temporary copy.
    private func runTool(
        _ requirement: ExternalTool.Requirement, path source: FilePath, sourceExtension: String, data: Data,
        arguments: (String) -> [String], failure: (ExternalTool.Output) -> String
    ) throws -> Data {
        guard let tool = tools[requirement] else { throw ExtractionFailure.toolMissing(requirement) }
        var path = source.display
        var temporaryCopy: URL?
        defer { if let temporaryCopy { try? FileManager.default.removeItem(at: temporaryCopy) } }
        if !source.isValidUTF8 {
            let copy = FileManager.default.temporaryDirectory
                .appendingPathComponent("protokoll-\(UUID().uuidString).\(sourceExtension)")
            do {
                try data.write(to: copy)
            } catch {
                throw ExtractionFailure.failed("cannot make a temporary copy for \(tool.name): \(error.localizedDescription)")
            }
            temporaryCopy = copy
            path = copy.path
        }
        let output: ExternalTool.Output
        do {
            output = try tool.run(arguments(path), timeout: toolTimeout)
        } catch {
            throw ExtractionFailure.failed(error.description)
        }
        if output.timedOut { throw ExtractionFailure.failed("\(tool.name) did not finish within \(toolTimeout) and was stopped") }
        guard output.succeeded else { throw ExtractionFailure.failed(failure(output)) }
        return output.standardOutput
    }
}

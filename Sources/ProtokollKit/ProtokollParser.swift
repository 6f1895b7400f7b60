import Foundation

/// Why a file gave no document. Each case names the file, and carries the exit code the CLI uses.
public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty(file: String)
    case binary(file: String)
    /// The text was read, but it is not minutes: `looksLike` says what it seems to be instead.
    case notMinutes(file: String, looksLike: String)

    public var file: String {
        switch self {
        case .empty(let file), .binary(let file), .notMinutes(let file, _): file
        }
    }

    /// 3 for a readable document that is not minutes, 2 for a file that cannot be read as text.
    public var exitCode: Int32 {
        switch self {
        case .notMinutes: 3
        case .empty, .binary: 2
        }
    }

    public var description: String {
        switch self {
        case .empty(let file): "\(file): error: the file is empty"
        case .binary(let file): "\(file): error: the file is binary, not text"
        case .notMinutes(let file, let looksLike): "\(file): not minutes: looks like \(looksLike)"
        }
    }
}

/// The whole pipeline: decode → clean → classify → parse → document.
public enum ProtokollParser {
    /// Changes whenever the parser may read a file differently. `convert` keeps it beside its outputs
    /// and converts everything again when it differs, since an earlier output is then out of date.
    public static let version = "2026-11-25.205"

    /// Parses the bytes of one file. `fileName` is recorded in `source.file` and used in messages.
    /// `sha256` is the bytes' digest when the caller has it already (the batch engine needs it before
    /// parsing, to find unchanged files); it is computed here otherwise.
    public static func parse(_ data: Data, fileName: String, sha256: String? = nil) throws(ParseError) -> ProtokollDocument {
        let decoded = try TextDecoder.decode(data, fileName: fileName)
        return try parse(
            lines: decoded.lines, sourceBytes: data, sha256: sha256, fileName: fileName,
            encoding: decoded.encoding.rawValue, decodeWarnings: decoded.warnings)
    }

    /// Parses text that was extracted from a container format (a .docx, a .pdf) by the caller.
    /// `sourceBytes` are the original file's bytes: they give the id and `source.sha256`.
    public static func parse(
        text: String, sourceBytes: Data, sha256: String? = nil, fileName: String, encoding: String
    ) throws(ParseError) -> ProtokollDocument {
        guard text.contains(where: { !$0.isWhitespace }) else { throw .empty(file: fileName) }
        return try parse(
            lines: TextNormalizer.lines(of: text), sourceBytes: sourceBytes, sha256: sha256, fileName: fileName,
            encoding: encoding, decodeWarnings: [])
    }

    private static func parse(
        lines: [SourceLine], sourceBytes: Data, sha256: String?, fileName: String, encoding: String,
        decodeWarnings: [Warning]
    ) throws(ParseError) -> ProtokollDocument {
        var cleaned = PageCleaner.clean(AntiwordText.cleaned(GridTable.flattened(WebPageText.cleaned(lines))))
        // Markdown heading marks and emphasis are layout: removed once, before every later stage.
        if MarkdownText.looksLikeMarkdown(cleaned) { cleaned = MarkdownText.plain(cleaned) }
        cleaned = DecisionTable.expand(cleaned)
        let classification = Classifier.classify(cleaned)
        guard let kind = classification.kind else {
            throw .notMinutes(file: fileName, looksLike: classification.description)
        }
        var document = DocumentParser.parse(cleaned, kind: kind)
        let sha = sha256 ?? SHA256.hex(of: sourceBytes)
        document.id = String(sha.prefix(16))
        document.source = SourceInfo(file: fileName, sha256: sha, encoding: encoding, bytes: sourceBytes.count)
        document.warnings = decodeWarnings + document.warnings
        return document
    }
}

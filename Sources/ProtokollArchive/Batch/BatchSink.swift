import Foundation
import ProtokollKit

/// One input file on its way through the engine, after it was read and identified.
public struct BatchItem: Sendable {
    public var source: SourceFile
    public var format: InputFormat
    /// SHA-256 of the file's bytes: the key for "already done" across runs.
    public var sha256: String

    public init(source: SourceFile, format: InputFormat, sha256: String) {
        self.source = source
        self.format = format
        self.sha256 = sha256
    }

    /// The original file extension, lower-cased ("txt", "docx"), for sinks that keep the source bytes.
    public var sourceExtension: String { source.relativePath.lowercasedExtension }
}

/// What a sink did with a document.
public struct SinkResult: Sendable, Equatable {
    /// `.converted` when something was written, `.unchanged` when the sink already held this document.
    public var status: BatchStatus
    /// Said in the report ("new version of …", "already in the archive").
    public var note: String?
    /// Where the document went, relative to the sink's root, if it is a file.
    public var output: String?

    public init(status: BatchStatus, note: String? = nil, output: String? = nil) {
        self.status = status
        self.note = note
        self.output = output
    }
}

/// Where the engine puts documents: a folder of JSON files for `convert` (`ConvertSink`), the archive for
/// `import`. The engine does the walking, reading, extracting, parsing, concurrency, progress and report;
/// a sink only stores, and remembers what it stored so that a later run can skip it.
///
/// Sinks are called from several workers at once and must be safe for that.
public protocol BatchSink: Sendable {
    /// Called once, before any file is processed, with every file that the run will see.
    func prepare(for files: [SourceFile]) throws

    /// The name the parser records in `source.file`. By default the path relative to the source folder.
    func documentFileName(for source: SourceFile) -> String

    /// What an earlier run did with exactly this content at this path, if that result still stands
    /// (for example the output file still exists). The engine then reports the file as unchanged
    /// without extracting or parsing it. Return nil to have the file processed.
    func earlierOutcome(for item: BatchItem) -> ReportEntry?

    /// Stores one document. Throwing marks the file as failed; the batch goes on.
    func accept(_ document: ProtokollDocument, sourceBytes: Data, item: BatchItem) throws -> SinkResult

    /// Called as soon as a file is finished. `resumable` is true when the outcome depends only on the
    /// file's content (converted, not minutes, empty), so a later run may reuse it for the same content.
    func record(_ entry: ReportEntry, resumable: Bool)

    /// Called once after every file was processed (not after an interrupted run).
    func finish(_ entries: [ReportEntry]) throws
}

extension BatchSink {
    public func prepare(for files: [SourceFile]) throws {}
    public func documentFileName(for source: SourceFile) -> String { source.relativePath.display }
    public func earlierOutcome(for item: BatchItem) -> ReportEntry? { nil }
    public func record(_ entry: ReportEntry, resumable: Bool) {}
    public func finish(_ entries: [ReportEntry]) throws {}
}

import Foundation
import ProtokollKit

/// Runs `protokoll import` on the batch engine: each document goes into the archive through
/// `ArchiveStore.store`, which is safe to call from several workers (and processes) at once.
public final class ArchiveSink: BatchSink {
    /// Starts the report reason of a document that replaced another one as current.
    public static let newVersionNote = "new version, replaces "

    public let store: ArchiveStore

    public init(store: ArchiveStore) {
        self.store = store
    }

    /// The archive has always recorded the bare file name in `source.file` (`protokoll import` of a
    /// folder stores documents independent of where the folder was mounted); keep it.
    public func documentFileName(for source: SourceFile) -> String {
        source.relativePath.lastComponent.display
    }

    /// Content already in the archive is not parsed again.
    public func earlierOutcome(for item: BatchItem) -> ReportEntry? {
        guard store.isStored(sourceSHA256: item.sha256) else { return nil }
        let id = DocumentID.of(sha256: item.sha256)
        return ReportEntry(
            path: item.source.relativePath.display, status: .unchanged, reason: "already in the archive", id: id,
            format: item.format.description, bytes: item.source.byteCount, output: "documents/\(id).json",
            sha256: item.sha256)
    }

    public func accept(_ document: ProtokollDocument, sourceBytes: Data, item: BatchItem) throws -> SinkResult {
        let sourceExtension = item.sourceExtension.isEmpty ? "txt" : item.sourceExtension
        let outcome = try store.store(document: document, sourceBytes: sourceBytes, sourceExtension: sourceExtension)
        let output = "documents/\(document.id).json"
        switch outcome {
        case .added:
            return SinkResult(status: .converted, output: output)
        case .unchanged:
            return SinkResult(status: .unchanged, note: "already in the archive", output: output)
        case .newVersion(let previous):
            return SinkResult(status: .converted, note: "\(Self.newVersionNote)\(previous) as current", output: output)
        }
    }

    /// Writes the index entries of this run, so that queries see the new documents.
    public func finish(_ entries: [ReportEntry]) throws {
        try store.flush()
    }
}

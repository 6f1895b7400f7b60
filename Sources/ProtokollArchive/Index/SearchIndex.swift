import Foundation

/// The index as queries see it: the segments listed in the manifest, mapped read-only, and which
/// document is the current version of its meeting.
public final class SearchIndex: Sendable {
    public let layout: ArchiveLayout
    public let segments: [Segment]
    /// Per segment, per document: true for the current version of its meeting.
    let current: [[Bool]]

    /// Opens the index of the archive at `root`. Documents of killed imports are indexed first
    /// (which needs write access; without it they stay invisible until a writer comes).
    public convenience init(root: URL) throws {
        try self.init(layout: ArchiveLayout(root: root))
    }

    public init(layout: ArchiveLayout) throws {
        self.layout = layout
        guard layout.exists else { throw ArchiveError.notAnArchive(path: layout.root.path) }
        let lock = ArchiveLock(path: layout.lock.path)
        if !IndexMaintenance.deadLogs(layout: layout).isEmpty {
            try? lock.withLock(.exclusive) {
                try IndexMaintenance.recoverDeadWriters(layout: layout, durable: true)
            }
        }
        let segments = try lock.withLock(.shared) {
            try IndexManifest.read(from: layout.manifest).segments.map { try Segment(url: layout.segment($0)) }
        }
        self.segments = segments
        current = SearchIndex.currentVersions(segments)
    }

    public var documentCount: Int { segments.reduce(0) { $0 + $1.documentCount } }

    /// For each meeting key the document with the highest arrival sequence is current.
    static func currentVersions(_ segments: [Segment]) -> [[Bool]] {
        typealias D = SegmentFormat.DocField
        var latest: [UInt64: (sequence: UInt64, segment: Int, doc: Int)] = [:]
        var current = segments.map { [Bool](repeating: true, count: $0.documentCount) }
        for (index, segment) in segments.enumerated() {
            for doc in 0..<segment.documentCount {
                let hash = segment.docUInt64(doc, D.meetingHash)
                guard hash != 0 else { continue }
                let sequence = segment.docUInt64(doc, D.sequence)
                if let previous = latest[hash] {
                    if previous.sequence > sequence {
                        current[index][doc] = false
                        continue
                    }
                    current[previous.segment][previous.doc] = false
                }
                latest[hash] = (sequence, index, doc)
            }
        }
        return current
    }

    /// Every entry of the index, sorted by id: for checks that the index matches the documents.
    public func allEntries() -> [IndexEntry] {
        segments.flatMap { $0.entries() }.sorted { $0.id < $1.id }
    }

    /// Ids of all current versions (or all documents), for listings.
    func isCurrent(segment: Int, doc: Int) -> Bool { current[segment][doc] }
}

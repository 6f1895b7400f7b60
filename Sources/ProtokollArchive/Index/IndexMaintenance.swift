import Foundation
import ProtokollKit

/// Writes and rewrites index segments. Every function here expects the caller to hold the archive
/// lock exclusively; nothing else in the archive changes segments or the manifest.
enum IndexMaintenance {
    /// Segments are never merged beyond this many documents, which also keeps a segment's string
    /// pool far below the 4 GB that its UInt32 offsets can address.
    static let fullSegment = 25_000
    /// More segments than this and the small ones are merged: queries open every segment.
    static let maxSegments = 10

    /// Writes `entries` as new segments and lists them in the manifest.
    static func addSegments(_ entries: [IndexEntry], layout: ArchiveLayout, durable: Bool) throws {
        guard !entries.isEmpty else { return }
        let names = try writeSegments(entries, layout: layout, durable: durable)
        var manifest = try IndexManifest.read(from: layout.manifest)
        manifest.segments += names
        try manifest.write(to: layout.manifest, durable: durable)
    }

    static func writeSegments(_ entries: [IndexEntry], layout: ArchiveLayout, durable: Bool) throws -> [String] {
        var names: [String] = []
        var writer = SegmentWriter()
        func finish() throws {
            guard writer.documentCount > 0 else { return }
            let name = IndexManifest.newSegmentName()
            try AtomicFile.write(writer.bytes(), to: layout.segment(name), durable: durable)
            names.append(name)
            writer = SegmentWriter()
        }
        for entry in entries {
            try writer.add(entry)
            if writer.documentCount >= fullSegment || writer.poolSize >= SegmentWriter.poolLimit { try finish() }
        }
        try finish()
        return names
    }

    /// Merges the smallest segments when there are too many, so that many small imports do not
    /// leave thousands of segments; each document is rewritten only a few times over its life.
    static func mergeIfNeeded(layout: ArchiveLayout, durable: Bool) throws {
        var manifest = try IndexManifest.read(from: layout.manifest)
        guard manifest.segments.count > maxSegments else { return }
        let segments = try manifest.segments.map { try Segment(url: layout.segment($0)) }
        let small = segments.filter { $0.documentCount < fullSegment }.sorted { $0.documentCount < $1.documentCount }
        let chosen = Array(small.prefix(max(2, manifest.segments.count - maxSegments / 2)))
        guard chosen.count >= 2 else { return }
        let merged = try writeSegments(chosen.flatMap { $0.entries() }, layout: layout, durable: durable)
        let chosenNames = Set(chosen.map(\.name))
        manifest.segments = manifest.segments.filter { !chosenNames.contains($0) } + merged
        try manifest.write(to: layout.manifest, durable: durable)
        removeUnlistedSegments(layout: layout, manifest: manifest)
    }

    /// Segment files a killed writer left before it could list them, and merged-away segments.
    /// Readers that still map a removed file keep their mapping (unlink does not unmap).
    static func removeUnlistedSegments(layout: ArchiveLayout, manifest: IndexManifest) {
        let listed = Set(manifest.segments)
        for name in (try? layout.names(in: layout.index)) ?? [] where IndexManifest.isSegmentName(name) && !listed.contains(name) {
            unlink(layout.segment(name).path)
        }
        // Temporary files of writes that were cut short.
        for folder in [layout.index, layout.documents, layout.sources] {
            removeTemporaryFiles(in: folder)
        }
    }

    static func removeTemporaryFiles(in folder: URL) {
        guard let directory = opendir(folder.path) else { return }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix("."), name.hasSuffix(".tmp") { names.append(name) }
        }
        for name in names { unlink(folder.appendingPathComponent(name).path) }
    }

    /// True when the manifest lists a segment in the format of an earlier version.
    static func hasOutdatedSegments(layout: ArchiveLayout) throws -> Bool {
        try IndexManifest.read(from: layout.manifest).segments.contains { name in
            Segment.isOutdated(layout.segment(name))
        }
    }

    /// Ids of every indexed document.
    static func indexedIDs(layout: ArchiveLayout) throws -> Set<String> {
        let manifest = try IndexManifest.read(from: layout.manifest)
        var ids = Set<String>()
        for name in manifest.segments {
            let segment = try Segment(url: layout.segment(name))
            for doc in 0..<segment.documentCount {
                if let id = segment.docString(doc, SegmentFormat.DocField.id) { ids.insert(id) }
            }
        }
        return ids
    }

    // MARK: Pending logs of stores

    /// `pending/PID-TOKEN.log`: one per `ArchiveStore` with documents not yet in a segment. Each
    /// store appends the id before it writes anything; `flush` deletes the log once the segment is
    /// listed. A log whose process is gone is the trace of a killed import. One appended line costs
    /// far less than a marker file per document (ext4 inode creation dominates small writes).
    struct PendingLog: Sendable, Equatable {
        var name: String
        var pid: pid_t

        init?(name: String) {
            guard name.hasSuffix(".log"), let dash = name.firstIndex(of: "-"), let pid = pid_t(name[..<dash]) else { return nil }
            self.name = name
            self.pid = pid
        }

        static func newName() -> String {
            "\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 16)).log"
        }

        var ownerIsAlive: Bool {
            if pid == getpid() { return true }
            return kill(pid, 0) == 0 || errno == EPERM
        }

        func ids(layout: ArchiveLayout) -> [String] {
            guard let data = FileManager.default.contents(atPath: layout.pending.appendingPathComponent(name).path) else { return [] }
            return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter(DocumentID.isValid)
        }
    }

    static func deadLogs(layout: ArchiveLayout) -> [PendingLog] {
        ((try? layout.names(in: layout.pending)) ?? []).compactMap(PendingLog.init(name:)).filter { !$0.ownerIsAlive }
    }

    /// Finishes what killed writers started: a document that was written completely is indexed
    /// (and journaled, if the journal line was lost); a half-stored one is removed with its source.
    static func recoverDeadWriters(layout: ArchiveLayout, durable: Bool) throws {
        let logs = deadLogs(layout: layout)
        guard !logs.isEmpty else { return }
        let indexed = try indexedIDs(layout: layout)
        var journal = ImportJournal()
        try journal.catchUp(from: layout.journal)
        var entries: [IndexEntry] = []
        var seen = Set<String>()
        for id in logs.flatMap({ $0.ids(layout: layout) }) where !indexed.contains(id) && seen.insert(id).inserted {
            let url = try layout.document(id)
            guard let data = FileManager.default.contents(atPath: url.path),
                  let document = try? DocumentJSON.decode(data), document.id == id else {
                unlink(url.path)
                if let source = try layout.sourceFile(of: id) { unlink(source.path) }
                continue
            }
            if journal.records[id] == nil {
                try ImportJournal.repairTail(of: layout.journal)
                try AtomicFile.append(
                    ImportJournal.line(event: .recovered, id: id, meetingKey: MeetingKey.of(document), sourceFile: document.source.file),
                    to: layout.journal, durable: durable)
                try journal.catchUp(from: layout.journal)
            }
            entries.append(IndexEntry(document: document, sequence: journal.records[id]?.sequence ?? 0))
        }
        try addSegments(entries, layout: layout, durable: durable)
        for log in logs { unlink(layout.pending.appendingPathComponent(log.name).path) }
        removeUnlistedSegments(layout: layout, manifest: try IndexManifest.read(from: layout.manifest))
    }
}

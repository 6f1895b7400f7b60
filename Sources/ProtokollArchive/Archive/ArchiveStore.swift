import Foundation
import ProtokollKit
import Synchronization

/// What `ArchiveStore.store` did with a document.
public enum StoreOutcome: Sendable, Equatable {
    /// A new meeting.
    case added
    /// The same source bytes were stored before: nothing changed.
    case unchanged
    /// Another file for a meeting already in the archive (same organisation, body, date and
    /// § range); both are kept and the new one is now current.
    case newVersion(of: String)
}

/// The one place that writes an archive. Safe to share between threads and to run in several
/// processes at once: each store holds `DIR/.lock` exclusively while it writes.
///
/// A store is crash-safe by ordering: id appended to this store's pending log → source → document
/// (written to a temporary file and renamed) → journal line; the index entry is kept in memory and
/// written as a segment by `flush()` (every `flushEvery` documents and at the end), which then
/// deletes the pending log. If the process dies, the next writer or reader finds the log of a dead
/// process and indexes or removes its documents (`IndexMaintenance.recoverDeadWriters`).
public final class ArchiveStore: Sendable {
    public let layout: ArchiveLayout
    /// fsync every file before it is renamed into place (survives power loss, not only kill -9).
    public let durable: Bool
    public let flushEvery: Int
    let lock: ArchiveLock
    private let state: Mutex<State>

    struct State {
        var journal = ImportJournal()
        var buffered: [IndexEntry] = []
        /// The pending log of the buffered entries; nil when nothing is buffered.
        var pendingLog: String?
    }

    /// Opens the archive at `root`, creating it if needed, and finishes the work of killed writers.
    /// `forReindex`: the caller rebuilds the index next, so an index of an earlier format is left
    /// for that one rebuild instead of being rebuilt here too.
    public init(root: URL, durable: Bool = true, flushEvery: Int = 1000, forReindex: Bool = false) throws {
        layout = ArchiveLayout(root: root)
        self.durable = durable
        self.flushEvery = max(1, flushEvery)
        try layout.createFolders()
        lock = ArchiveLock(path: layout.lock.path)
        let layout = self.layout
        let journal = try lock.withLock(.exclusive) {
            var journal = ImportJournal()
            try journal.catchUp(from: layout.journal)
            // An index written by an earlier version of protokoll is rebuilt from the documents
            // before anything is added to it: the documents are the primary data.
            let outdated = try IndexMaintenance.hasOutdatedSegments(layout: layout)
            if outdated && !forReindex {
                try Self.rebuildIndex(layout: layout, durable: durable, journal: &journal)
            }
            // (The rebuild finishes the killed writers' work as well.)
            if !(outdated && forReindex) { try IndexMaintenance.recoverDeadWriters(layout: layout, durable: durable) }
            try journal.catchUp(from: layout.journal)
            return journal
        }
        state = Mutex(State(journal: journal))
    }

    /// True when a source with this SHA-256 (lower-case hex) is stored: a batch can skip the file
    /// before extracting or parsing it.
    public func isStored(sourceSHA256 sha: String) -> Bool {
        let id = DocumentID.of(sha256: sha)
        guard let url = try? layout.document(id) else { return false }
        return FileManager.default.fileExists(atPath: url.path)
    }

    /// Stores a parsed document with the bytes it was parsed from. `sourceExtension` ("txt",
    /// "docx") names the stored copy of the source.
    public func store(document: ProtokollDocument, sourceBytes: Data, sourceExtension: String) throws -> StoreOutcome {
        let id = document.id
        let documentURL = try layout.document(id)
        let sourceURL = try layout.source(id, extension: sourceExtension)
        guard document.source.sha256.hasPrefix(id) else {
            throw ArchiveError.corruptDocument(path: document.source.file, reason: "id \(id) is not derived from source.sha256")
        }
        if FileManager.default.fileExists(atPath: documentURL.path) { return .unchanged }
        // Compact, as `protokoll parse` prints it; `protokoll show` pretty-prints.
        var json = try DocumentJSON.encode(document, pretty: false)
        json.append(0x0A)
        let entry = IndexEntry(document: document, sequence: 0)
        let layout = self.layout, durable = self.durable, flushEvery = self.flushEvery

        let (outcome, shouldFlush): (StoreOutcome, Bool) = try lock.withLock(.exclusive) {
            // Checked again under the lock: another process may have stored it meanwhile.
            if FileManager.default.fileExists(atPath: documentURL.path) { return (.unchanged, false) }
            return try state.withLock { state throws -> (StoreOutcome, Bool) in
                try state.journal.catchUp(from: layout.journal)
                let previous = entry.meetingKey.flatMap { state.journal.idsByMeeting[$0]?.last(where: { $0 != id }) }
                let log = state.pendingLog ?? IndexMaintenance.PendingLog.newName()
                state.pendingLog = log
                try AtomicFile.append(Data((id + "\n").utf8), to: layout.pending.appendingPathComponent(log), durable: durable)
                // Written in place, not renamed: the name is the content's hash and the pending
                // log already says that a kill here must remove it.
                do {
                    try AtomicFile.writeInPlace(sourceBytes, to: sourceURL, durable: durable)
                    try AtomicFile.write(json, to: documentURL, durable: durable)
                } catch {
                    // A full disk or a permission problem: leave no half-stored document behind.
                    unlink(sourceURL.path)
                    throw error
                }
                try ImportJournal.repairTail(of: layout.journal)
                try AtomicFile.append(
                    ImportJournal.line(
                        event: previous == nil ? .added : .newVersion, id: id, meetingKey: entry.meetingKey,
                        sourceFile: document.source.file),
                    to: layout.journal, durable: durable)
                try state.journal.catchUp(from: layout.journal)
                var stored = entry
                stored.sequence = state.journal.records[id]?.sequence ?? 0
                state.buffered.append(stored)
                return (previous.map { .newVersion(of: $0) } ?? .added, state.buffered.count >= flushEvery)
            }
        }
        if shouldFlush { try flush() }
        return outcome
    }

    /// Writes the index entries of the documents stored so far, so queries see them. Call it at the
    /// end of a batch; a batch that is killed before is repaired by the next writer or reader.
    public func flush() throws {
        let layout = self.layout, durable = self.durable
        try lock.withLock(.exclusive) {
            try state.withLock { state in
                guard let log = state.pendingLog, let pending = IndexMaintenance.PendingLog(name: log) else { return }
                // Only ids still in the pending log: a `reindex` meanwhile deleted the log because
                // it indexed those documents itself (a later store may have started a new one).
                let listed = Set(pending.ids(layout: layout))
                try IndexMaintenance.addSegments(state.buffered.filter { listed.contains($0.id) }, layout: layout, durable: durable)
                unlink(layout.pending.appendingPathComponent(log).path)
                state.buffered = []
                state.pendingLog = nil
            }
            try IndexMaintenance.mergeIfNeeded(layout: layout, durable: durable)
        }
    }

    /// What `reindex` did: documents indexed, and documents left out because they do not decode
    /// (each named with the reason).
    public struct ReindexSummary: Sendable, Equatable {
        public var indexed: Int
        public var unreadable: [String]
    }

    /// Rebuilds the whole index from the documents (`protokoll reindex`). The journal keeps the
    /// order of arrival; documents it does not know are added to it as recovered. A document that
    /// does not decode is left out of the index and reported, not fatal.
    @discardableResult
    public func reindex() throws -> ReindexSummary {
        try flush()
        let layout = self.layout, durable = self.durable
        return try lock.withLock(.exclusive) {
            try state.withLock { state in
                try Self.rebuildIndex(layout: layout, durable: durable, journal: &state.journal)
            }
        }
    }

    /// Writes the index anew from every document; the caller holds the lock exclusively.
    @discardableResult
    static func rebuildIndex(layout: ArchiveLayout, durable: Bool, journal: inout ImportJournal) throws -> ReindexSummary {
        try journal.catchUp(from: layout.journal)
        let ids = try layout.storedIDs()
        let (documents, unreadable) = Self.decodeAll(ids, layout: layout)
        var entries: [IndexEntry] = []
        entries.reserveCapacity(documents.count)
        for document in documents {
            if journal.records[document.id] == nil {
                try ImportJournal.repairTail(of: layout.journal)
                try AtomicFile.append(
                    ImportJournal.line(event: .recovered, id: document.id, meetingKey: MeetingKey.of(document), sourceFile: document.source.file),
                    to: layout.journal, durable: durable)
                try journal.catchUp(from: layout.journal)
            }
            entries.append(IndexEntry(document: document, sequence: journal.records[document.id]?.sequence ?? 0))
        }
        let names = try IndexMaintenance.writeSegments(entries, layout: layout, durable: durable)
        let manifest = IndexManifest(segments: names)
        try manifest.write(to: layout.manifest, durable: durable)
        // A killed import may have left a source whose document it never wrote: nothing refers
        // to it, so it goes, as `recoverDeadWriters` would have removed it.
        for log in IndexMaintenance.deadLogs(layout: layout) {
            for id in log.ids(layout: layout) where !FileManager.default.fileExists(atPath: try layout.document(id).path) {
                if let source = try layout.sourceFile(of: id) { unlink(source.path) }
            }
        }
        // Every document is indexed now, also those of imports still running elsewhere:
        // removing their pending logs tells their flush not to index them a second time.
        for name in try layout.names(in: layout.pending) {
            unlink(layout.pending.appendingPathComponent(name).path)
        }
        IndexMaintenance.removeUnlistedSegments(layout: layout, manifest: manifest)
        return ReindexSummary(indexed: entries.count, unreadable: unreadable)
    }

    /// What `reparse` did.
    public struct ReparseSummary: Sendable, Equatable {
        public var changed = 0
        public var unchanged = 0
        public var failed: [(id: String, reason: String)] = []

        public static func == (a: ReparseSummary, b: ReparseSummary) -> Bool {
            a.changed == b.changed && a.unchanged == b.unchanged && a.failed.map(\.id) == b.failed.map(\.id)
        }
    }

    /// Parses every stored source again with `parse` (given the source file and the stored
    /// document; it returns the new document) and replaces the documents that changed, then
    /// rebuilds the index. The parser is passed in because container formats (.docx, .pdf) need
    /// the batch engine's extraction, which this library does not own.
    public func reparse(
        using parse: (_ source: URL, _ stored: ProtokollDocument) throws -> ProtokollDocument
    ) throws -> ReparseSummary {
        let layout = self.layout, durable = self.durable
        var summary = ReparseSummary()
        try lock.withLock(.exclusive) {
            for id in try layout.storedIDs() {
                do {
                    let url = try layout.document(id)
                    let stored = try Self.decode(url)
                    guard let source = try layout.sourceFile(of: id) else {
                        summary.failed.append((id, "the source file is missing"))
                        continue
                    }
                    var document = try parse(source, stored)
                    // The id belongs to the bytes; the parser recomputes it from the same bytes.
                    document.id = id
                    if document == stored {
                        summary.unchanged += 1
                        continue
                    }
                    var json = try DocumentJSON.encode(document, pretty: false)
                    json.append(0x0A)
                    try AtomicFile.write(json, to: url, durable: durable)
                    if MeetingKey.of(document) != MeetingKey.of(stored) {
                        try ImportJournal.repairTail(of: layout.journal)
                        try AtomicFile.append(
                            ImportJournal.line(event: .reparsed, id: id, meetingKey: MeetingKey.of(document), sourceFile: document.source.file),
                            to: layout.journal, durable: durable)
                    }
                    summary.changed += 1
                } catch {
                    summary.failed.append((id, "\(error)"))
                }
            }
        }
        try reindex()
        return summary
    }

    static func decode(_ url: URL) throws -> ProtokollDocument {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ArchiveError.io(path: url.path, errno: errno == 0 ? ENOENT : errno, action: "read")
        }
        do {
            return try DocumentJSON.decode(data)
        } catch {
            throw ArchiveError.corruptDocument(path: url.path, reason: "\(error)")
        }
    }

    /// Decodes documents on all cores: JSON decoding is most of a rebuild's time.
    static func decodeAll(_ ids: [String], layout: ArchiveLayout) -> (documents: [ProtokollDocument], unreadable: [String]) {
        let results = Mutex([Result<ProtokollDocument, Error>?](repeating: nil, count: ids.count))
        let chunk = 256
        let chunks = (ids.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            let range = (part * chunk)..<min(ids.count, (part + 1) * chunk)
            let decoded = range.map { index in
                Result { try decode(try layout.document(ids[index])) }
            }
            results.withLock { all in
                for (offset, result) in zip(range, decoded) { all[offset] = result }
            }
        }
        return results.withLock { all in
            var documents: [ProtokollDocument] = []
            var unreadable: [String] = []
            for result in all {
                switch result {
                case .success(let document): documents.append(document)
                case .failure(let error): unreadable.append("\(error)")
                case nil: break
                }
            }
            return (documents, unreadable)
        }
    }
}

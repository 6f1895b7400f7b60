import Foundation
import ProtokollKit

/// Reads stored documents for `protokoll show`, and checks an archive for consistency.
public struct ArchiveReader: Sendable {
    public let layout: ArchiveLayout

    public init(root: URL) {
        layout = ArchiveLayout(root: root)
    }

    /// The full id for an id or a unique prefix of at least 4 hex digits.
    public func resolve(_ text: String) throws -> String {
        let prefix = text.lowercased()
        guard DocumentID.isValidPrefix(prefix) else { throw ArchiveError.invalidID(text) }
        guard layout.exists else { throw ArchiveError.notAnArchive(path: layout.root.path) }
        if DocumentID.isValid(prefix) {
            guard FileManager.default.fileExists(atPath: try layout.document(prefix).path) else { throw ArchiveError.notFound(id: text) }
            return prefix
        }
        let matches = try layout.storedIDs().filter { $0.hasPrefix(prefix) }
        guard let first = matches.first else { throw ArchiveError.notFound(id: text) }
        guard matches.count == 1 else { throw ArchiveError.ambiguousID(text, matches: matches) }
        return first
    }

    public func document(_ id: String) throws -> ProtokollDocument {
        try ArchiveStore.decode(layout.document(id))
    }

    /// What is wrong with the archive: documents that do not decode or whose id is not their file
    /// name, and any difference between the index and the index rebuilt from the documents.
    /// Empty when the archive is consistent.
    public func check() throws -> [String] {
        var problems: [String] = []
        // Opening the index first finishes or removes what a killed import left half-stored; read
        // before it, the documents and the journal could show that half-stored state.
        let indexed = try SearchIndex(layout: layout).allEntries()
        var journal = ImportJournal()
        try journal.catchUp(from: layout.journal)
        var expected: [IndexEntry] = []
        for id in try layout.storedIDs() {
            do {
                let document = try self.document(id)
                guard document.id == id else {
                    problems.append("\(id).json: holds the document \(document.id)")
                    continue
                }
                if try layout.sourceFile(of: id) == nil { problems.append("\(id): the source file is missing") }
                guard let record = journal.records[id] else {
                    problems.append("\(id): not in the import journal")
                    continue
                }
                expected.append(IndexEntry(document: document, sequence: record.sequence))
            } catch {
                problems.append("\(error)")
            }
        }
        let expectedByID = Dictionary(expected.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        for entry in indexed {
            if !seen.insert(entry.id).inserted { problems.append("\(entry.id): indexed twice") }
            guard let wanted = expectedByID[entry.id] else {
                problems.append("\(entry.id): in the index but not among the documents")
                continue
            }
            if wanted != entry { problems.append("\(entry.id): the index differs from the document") }
        }
        for id in expectedByID.keys.sorted() where !seen.contains(id) {
            problems.append("\(id): a document that is not in the index")
        }
        return problems
    }
}

import Foundation

/// Why an archive operation failed; each case names the file or value at fault.
public enum ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    case io(path: String, errno: Int32, action: String)
    case invalidID(String)
    case notFound(id: String)
    case ambiguousID(String, matches: [String])
    case corruptDocument(path: String, reason: String)
    case corruptIndex(path: String, reason: String)
    case outdatedIndex(path: String)
    case notAnArchive(path: String)

    public var description: String {
        switch self {
        case .io(let path, let code, let action):
            "\(path): cannot \(action): \(String(cString: strerror(code)))"
        case .invalidID(let id):
            "'\(id)' is not a document id (4 to 16 characters 0-9 a-f)"
        case .notFound(let id):
            "no document with id '\(id)' in the archive"
        case .ambiguousID(let id, let matches):
            "id '\(id)' is ambiguous: \(matches.prefix(5).joined(separator: ", "))"
        case .corruptDocument(let path, let reason):
            "\(path): not a readable document: \(reason)"
        case .corruptIndex(let path, let reason):
            "\(path): damaged index (\(reason)); run 'protokoll reindex'"
        case .outdatedIndex(let path):
            "\(path): the index was written by an earlier version of protokoll; run 'protokoll reindex' (the documents are unchanged)"
        case .notAnArchive(let path):
            "\(path): no archive here (run 'protokoll import' first, or give --archive DIR)"
        }
    }
}

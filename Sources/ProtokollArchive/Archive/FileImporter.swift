import Foundation
import ProtokollKit

/// What happened to one file given to `protokoll import`.
public struct ImportResult: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case stored(StoreOutcome)
        /// Knowingly not imported: not minutes, or a type this importer does not read.
        case skipped(String)
        case failed(String)
    }

    public var path: String
    public var status: Status
    public var id: String?
    public var bytes: Int
}

/// Reads, parses and stores one text file. The sequential `protokoll import` uses it; the batch
/// engine (issue 4) extracts .docx/.pdf itself and calls `ArchiveStore.store` directly.
public struct FileImporter: Sendable {
    public let store: ArchiveStore
    /// Extensions read as text; other files are skipped with their type.
    public static let textExtensions: Set<String> = ["txt", "text", "md", "markdown", ""]

    public init(store: ArchiveStore) {
        self.store = store
    }

    public func importFile(at path: String) -> ImportResult {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard FileImporter.textExtensions.contains(ext) else {
            return ImportResult(path: path, status: .skipped("a .\(ext) file is not read by import (only text and Markdown)"), id: nil, bytes: 0)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return ImportResult(path: path, status: .failed("cannot read the file (\(FileImporter.reason(error)))"), id: nil, bytes: 0)
        }
        let sha = SHA256.hex(of: data)
        let id = DocumentID.of(sha256: sha)
        if store.isStored(sourceSHA256: sha) {
            return ImportResult(path: path, status: .stored(.unchanged), id: id, bytes: data.count)
        }
        do {
            let document = try ProtokollParser.parse(data, fileName: URL(fileURLWithPath: path).lastPathComponent)
            let outcome = try store.store(document: document, sourceBytes: data, sourceExtension: ext.isEmpty ? "txt" : ext)
            return ImportResult(path: path, status: .stored(outcome), id: id, bytes: data.count)
        } catch let error as ParseError {
            switch error {
            case .notMinutes(_, let looksLike):
                return ImportResult(path: path, status: .skipped("not minutes (looks like \(looksLike))"), id: nil, bytes: data.count)
            case .empty:
                return ImportResult(path: path, status: .failed("the file is empty"), id: nil, bytes: data.count)
            case .binary:
                return ImportResult(path: path, status: .failed("the file is binary, not text"), id: nil, bytes: data.count)
            }
        } catch {
            return ImportResult(path: path, status: .failed("\(error)"), id: id, bytes: data.count)
        }
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        switch nsError.code {
        case NSFileReadNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError: return "permission denied"
        default: return nsError.localizedDescription
        }
    }
}

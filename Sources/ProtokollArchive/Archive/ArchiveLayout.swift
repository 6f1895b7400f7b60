import Foundation

/// Where everything lives inside an archive folder. Only ids checked by `DocumentID` and
/// extensions cleaned by `DocumentID.safeExtension` are ever joined into a path.
public struct ArchiveLayout: Sendable, Equatable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var documents: URL { root.appendingPathComponent("documents", isDirectory: true) }
    public var sources: URL { root.appendingPathComponent("sources", isDirectory: true) }
    public var index: URL { root.appendingPathComponent("index", isDirectory: true) }
    /// Pending logs of stores whose index segment is not written yet (see `ArchiveStore`).
    public var pending: URL { root.appendingPathComponent("pending", isDirectory: true) }
    public var lock: URL { root.appendingPathComponent(".lock") }
    /// The import journal: primary data (the order in which versions arrived), not derived.
    public var journal: URL { root.appendingPathComponent("imports.log") }
    public var manifest: URL { index.appendingPathComponent("manifest") }

    public func document(_ id: String) throws -> URL {
        guard DocumentID.isValid(id) else { throw ArchiveError.invalidID(id) }
        return documents.appendingPathComponent(id + ".json")
    }

    public func source(_ id: String, extension ext: String) throws -> URL {
        guard DocumentID.isValid(id) else { throw ArchiveError.invalidID(id) }
        return sources.appendingPathComponent(id + "." + DocumentID.safeExtension(ext))
    }

    public func segment(_ name: String) -> URL {
        index.appendingPathComponent(name)
    }

    public var exists: Bool {
        FileManager.default.fileExists(atPath: documents.path)
    }

    func createFolders() throws {
        for folder in [root, documents, sources, index, pending] {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
                let code = underlying?.domain == NSPOSIXErrorDomain ? Int32(underlying?.code ?? Int(EIO)) : EIO
                throw ArchiveError.io(path: folder.path, errno: code, action: "create the folder")
            }
        }
    }

    /// Ids of all stored documents, from the file names; dot-files (temporary files of a write
    /// that was cut short) and anything that is not `<id>.json` are skipped.
    public func storedIDs() throws -> [String] {
        try names(in: documents).compactMap { name in
            guard name.hasSuffix(".json") else { return nil }
            let id = String(name.dropLast(5))
            return DocumentID.isValid(id) ? id : nil
        }.sorted()
    }

    /// The stored source of `id`, whatever its extension.
    public func sourceFile(of id: String) throws -> URL? {
        guard DocumentID.isValid(id) else { throw ArchiveError.invalidID(id) }
        let name = try names(in: sources).first { $0.hasPrefix(id + ".") }
        return name.map { sources.appendingPathComponent($0) }
    }

    func names(in folder: URL) throws -> [String] {
        guard let directory = opendir(folder.path) else {
            if errno == ENOENT { return [] }
            throw ArchiveError.io(path: folder.path, errno: errno, action: "list")
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        return names
    }
}

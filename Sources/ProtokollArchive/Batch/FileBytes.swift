import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed file system call, with the path and the system's reason ("Permission denied").
public struct FileError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32

    public init(_ operation: String, _ path: FilePath, code: Int32 = errno) {
        self.operation = operation
        self.path = path.display
        self.code = code
    }

    public var reason: String { String(cString: strerror(code)) }
    public var description: String { "cannot \(operation) \(path): \(reason)" }
}

/// Reading and writing whole files by byte path (see `FilePath` for why not `FileManager`).
public enum FileBytes {
    /// Identifies a file independently of how its path is spelled, so the batch can recognise its own
    /// output folder inside the source folder.
    public struct Identity: Sendable, Hashable {
        var device: UInt64
        var inode: UInt64
    }

    public static func identity(of path: FilePath) -> Identity? {
        var info = stat()
        guard stat(path.cString, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    public static func read(_ path: FilePath, limit: Int = .max) throws(FileError) -> Data {
        let descriptor = open(path.cString, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError("read", path) }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        var data = Data(count: min(limit, max(expected, 0)))
        var filled = 0
        var failure: Int32?
        data.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while filled < buffer.count {
                let count = Glibc.read(descriptor, base + filled, buffer.count - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 { break }
                filled += count
            }
        }
        if let failure { throw FileError("read", path, code: failure) }
        data.count = filled
        // A file that grew after fstat (or a special file reporting size 0) is read on to the end.
        if filled == expected && filled < limit {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while data.count < limit {
                let count = Glibc.read(descriptor, &chunk, min(chunk.count, limit - data.count))
                if count < 0 && errno == EINTR { continue }
                if count < 0 { throw FileError("read", path) }
                if count == 0 { break }
                data.append(contentsOf: chunk[0..<count])
            }
        }
        return data
    }

    /// Writes `data` to a temporary file next to `path` and renames it over `path`, so that a reader or a
    /// later run sees either the old or the new file, never a half-written one, even after kill -9.
    /// The temporary name starts with `temporaryPrefix` so that leftovers can be recognised and removed.
    public static func writeAtomically(_ data: Data, to path: FilePath, sync: Bool = false) throws(FileError) {
        let temporary = path.parent.appending(
            FilePath(bytes: Array(temporaryPrefix.utf8) + Array("\(getpid())-\(UInt32.random(in: 0...UInt32.max))-".utf8)
                + path.lastComponent.bytes))
        let descriptor = open(temporary.cString, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileError("create", temporary) }
        var written = 0
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while written < buffer.count {
                let count = write(descriptor, base + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += count
            }
        }
        if failure == nil, sync, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if let failure {
            unlink(temporary.cString)
            throw FileError("write", temporary, code: failure)
        }
        guard rename(temporary.cString, path.cString) == 0 else {
            let code = errno
            unlink(temporary.cString)
            throw FileError("rename into place", path, code: code)
        }
    }

    /// Names of temporary files this module writes; they start with a dot so that walkers skip them.
    public static let temporaryPrefix = ".protokoll-tmp-"

    /// Creates `path` and any missing parents (like `mkdir -p`).
    public static func createDirectories(_ path: FilePath) throws(FileError) {
        guard !path.bytes.isEmpty else { return }
        var info = stat()
        if stat(path.cString, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw FileError("create folder", path, code: ENOTDIR) }
            return
        }
        if !path.parent.bytes.isEmpty { try createDirectories(path.parent) }
        // Another worker may create the same folder at the same moment; that is success too.
        if mkdir(path.cString, 0o755) != 0 && errno != EEXIST { throw FileError("create folder", path) }
    }

    /// The size of a regular file, or nil when there is none.
    public static func size(of path: FilePath) -> Int? {
        var info = stat()
        guard stat(path.cString, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    public static func exists(_ path: FilePath) -> Bool {
        var info = stat()
        return stat(path.cString, &info) == 0
    }

    public static func isDirectory(_ path: FilePath) -> Bool {
        var info = stat()
        return stat(path.cString, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}

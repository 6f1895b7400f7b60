import Foundation

/// Replaces files so that a reader, or a process killed half-way, sees either the old or the new
/// content, never a mix: the bytes go to a dot-file in the same folder (scans skip dot-files) which
/// is then renamed over the target. `Data.write(options: .atomic)` does the same but always fsyncs,
/// which caps imports at ~2,500 files/s (ENGINEERING.md); here fsync is a choice.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL, durable: Bool) throws {
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ArchiveError.io(path: temporary, errno: errno, action: "create") }
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        do {
            try writeAll(data, to: descriptor, path: temporary)
            if durable, fsync(descriptor) != 0 {
                throw ArchiveError.io(path: temporary, errno: errno, action: "fsync")
            }
        } catch {
            close(descriptor)
            throw error
        }
        close(descriptor)
        guard rename(temporary, url.path) == 0 else {
            throw ArchiveError.io(path: url.path, errno: errno, action: "rename into place")
        }
        ok = true
    }

    /// Writes a file under its final name: only for files whose name is their content's hash and
    /// whose partial write a pending log makes recoverable.
    public static func writeInPlace(_ data: Data, to url: URL, durable: Bool) throws {
        try write(data, to: url, flags: O_TRUNC, action: "create", durable: durable)
    }

    /// Appends in one `write` call to a file opened with O_APPEND, so concurrent appenders never
    /// interleave inside a record and a killed process leaves at most one incomplete last line.
    public static func append(_ data: Data, to url: URL, durable: Bool) throws {
        try write(data, to: url, flags: O_APPEND, action: "open for append", durable: durable)
    }

    /// Opens `url` for writing with the extra `flags`, writes all of `data`, and fsyncs when durable.
    private static func write(_ data: Data, to url: URL, flags: Int32, action: String, durable: Bool) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | flags | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ArchiveError.io(path: url.path, errno: errno, action: action) }
        defer { close(descriptor) }
        try writeAll(data, to: descriptor, path: url.path)
        if durable, fsync(descriptor) != 0 {
            throw ArchiveError.io(path: url.path, errno: errno, action: "fsync")
        }
    }

    static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var pointer = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Foundation.write(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw ArchiveError.io(path: path, errno: errno, action: "write")
                }
                remaining -= written
                pointer += written
            }
        }
    }
}

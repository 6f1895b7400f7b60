import Foundation

/// `flock` on `DIR/.lock`, a file that is never replaced: a lock on a file that writers replace by
/// rename protects nothing, because the rename swaps the inode (ENGINEERING.md). Writers hold it
/// exclusively for each store and index update; readers hold it shared while they open the index.
/// The kernel drops the lock when the process dies, so a killed import never leaves it stuck.
public struct ArchiveLock: Sendable {
    public enum Mode: Sendable { case shared, exclusive }

    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Runs `body` holding the lock. Each call opens its own descriptor: flock belongs to the open
    /// file description, so two threads sharing one descriptor would not exclude each other.
    public func withLock<T>(_ mode: Mode, _ body: () throws -> T) throws -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ArchiveError.io(path: path, errno: errno, action: "open the lock file") }
        defer { close(descriptor) }
        while flock(descriptor, mode == .exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno != EINTR { throw ArchiveError.io(path: path, errno: errno, action: "lock") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}

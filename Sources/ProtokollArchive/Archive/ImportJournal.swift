import Foundation

/// `DIR/imports.log`: one line per event, appended under the archive lock:
/// `TIME \t EVENT \t ID \t MEETING-KEY \t SOURCE-FILE`. It is the only record of the order in which
/// documents arrived, which decides which version of a meeting is current, so it is primary data and
/// never rebuilt. The byte offset of a document's first line is its sequence number.
public struct ImportJournal: Sendable, Equatable {
    public enum Event: String, Sendable {
        case added, newVersion = "new-version", reparsed, recovered
    }

    /// What the journal says about one document.
    public struct Record: Sendable, Equatable {
        public var sequence: UInt64
        public var meetingKey: String?
    }

    public private(set) var records: [String: Record] = [:]
    /// Ids per meeting key, in arrival order.
    public private(set) var idsByMeeting: [String: [String]] = [:]
    /// Bytes of the file already read.
    public private(set) var consumed: UInt64 = 0

    public init() {}

    /// Reads the lines appended since the last call (by this or other processes). An incomplete
    /// last line, left by a killed writer, is not consumed.
    public mutating func catchUp(from url: URL) throws {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return }
            throw ArchiveError.io(path: url.path, errno: errno, action: "open")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var offset = off_t(consumed)
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ArchiveError.io(path: url.path, errno: errno, action: "read")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            offset += off_t(count)
        }
        var lineStart = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            apply(line: bytes[lineStart..<index], offset: consumed + UInt64(lineStart))
            lineStart = index + 1
        }
        consumed += UInt64(lineStart)
    }

    mutating func apply(line: ArraySlice<UInt8>, offset: UInt64) {
        let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
        guard fields.count >= 4, Event(rawValue: String(decoding: fields[1], as: UTF8.self)) != nil else { return }
        let id = String(decoding: fields[2], as: UTF8.self)
        guard DocumentID.isValid(id) else { return }
        let key = fields[3].isEmpty ? nil : String(decoding: fields[3], as: UTF8.self)
        let old = records[id]
        if let oldKey = old?.meetingKey, oldKey != key {
            idsByMeeting[oldKey]?.removeAll { $0 == id }
        }
        records[id] = Record(sequence: old?.sequence ?? offset, meetingKey: key)
        if let key, old?.meetingKey != key {
            idsByMeeting[key, default: []].append(id)
        }
    }

    /// The line for one event. Tabs and newlines in the file name are replaced so the line stays one
    /// record.
    public static func line(event: Event, id: String, meetingKey: String?, sourceFile: String, time: Date = Date()) -> Data {
        let file = sourceFile.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }
        let key = (meetingKey ?? "").map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }
        return Data("\(time.ISO8601Format())\t\(event.rawValue)\t\(id)\t\(String(key))\t\(String(file))\n".utf8)
    }

    /// Cuts an incomplete last line (a writer killed inside `write`) so the next append starts a
    /// line of its own. Called under the exclusive lock only.
    static func repairTail(of url: URL) throws {
        let descriptor = open(url.path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var size = lseek(descriptor, 0, SEEK_END)
        guard size > 0 else { return }
        var byte: UInt8 = 0
        guard pread(descriptor, &byte, 1, size - 1) == 1, byte != 0x0A else { return }
        while size > 0 {
            guard pread(descriptor, &byte, 1, size - 1) == 1 else { return }
            if byte == 0x0A { break }
            size -= 1
        }
        if ftruncate(descriptor, size) != 0 { throw ArchiveError.io(path: url.path, errno: errno, action: "truncate") }
    }
}

import Foundation

/// `index/manifest`: the names of the segments that make up the index, one per line. Replacing it
/// atomically is the moment a new segment becomes visible; a segment file that is not listed (left
/// by a killed writer) is ignored and removed by the next writer.
public struct IndexManifest: Sendable, Equatable {
    public var segments: [String]

    public init(segments: [String] = []) {
        self.segments = segments
    }

    public static func read(from url: URL) throws -> IndexManifest {
        guard let data = FileManager.default.contents(atPath: url.path) else { return IndexManifest() }
        let names = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard names.allSatisfy(isSegmentName) else {
            throw ArchiveError.corruptIndex(path: url.path, reason: "unexpected line in the manifest")
        }
        return IndexManifest(segments: names)
    }

    public func write(to url: URL, durable: Bool) throws {
        try AtomicFile.write(Data(segments.map { $0 + "\n" }.joined().utf8), to: url, durable: durable)
    }

    /// Segment names never come from input text; they are checked anyway before use as a path.
    static func isSegmentName(_ name: String) -> Bool {
        name.hasPrefix("seg-") && name.hasSuffix(".bin") && name.utf8.count <= 64
            && name.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D || $0 == 0x2E }
    }

    static func newSegmentName() -> String {
        let time = UInt64(Date().timeIntervalSince1970 * 1_000_000)
        return "seg-\(String(time, radix: 16))-\(String(UInt32.random(in: 0...UInt32.max), radix: 16)).bin"
    }
}

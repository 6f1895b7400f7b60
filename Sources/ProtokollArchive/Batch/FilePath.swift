import Foundation

/// A file system path as the bytes the kernel knows it by. Linux names are bytes, not text: a file
/// copied from an old Windows archive may be called "m\xF6te.txt" (Latin-1), which `FileManager`
/// returns as "m\u{FFFD}te.txt", a name that then opens nothing. Keeping the bytes lets the batch read
/// and mirror such files; `display` is only for reports and messages.
public struct FilePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// The path as text; bytes that are not UTF-8 show as U+FFFD.
    public var display: String { String(decoding: bytes, as: UTF8.self) }
    public var description: String { display }

    /// False for a name that is not valid UTF-8 (an "unreadable name").
    public var isValidUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    public func appending(_ component: FilePath) -> FilePath {
        guard !bytes.isEmpty else { return component }
        if bytes.last == UInt8(ascii: "/") { return FilePath(bytes: bytes + component.bytes) }
        return FilePath(bytes: bytes + [UInt8(ascii: "/")] + component.bytes)
    }

    public func appending(_ component: String) -> FilePath { appending(FilePath(component)) }

    /// A valid UTF-8 spelling of the path for names written by this program: bytes that are not UTF-8
    /// are read as Windows-1252 (what old Windows archives used), so "m\xF6te" becomes "möte".
    public var repairedForOutput: FilePath {
        if isValidUTF8 { return self }
        if let text = String(data: Data(bytes), encoding: .windowsCP1252) { return FilePath(text) }
        return FilePath(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })))
    }

    /// The last path component.
    public var lastComponent: FilePath {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return self }
        return FilePath(bytes: Array(bytes[(slash + 1)...]))
    }

    /// Everything before the last component, or an empty path.
    public var parent: FilePath {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return FilePath(bytes: []) }
        return FilePath(bytes: Array(bytes[..<slash]))
    }

    /// The extension of the last component, lower-cased, without the dot; "" when there is none.
    public var lowercasedExtension: String {
        let name = lastComponent.bytes
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > name.startIndex else { return "" }
        return String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
    }

    /// The path with the extension of its last component replaced (or added when there is none).
    public func replacingExtension(with newExtension: String) -> FilePath {
        let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        var stem = bytes
        if let dot = bytes[start...].lastIndex(of: UInt8(ascii: ".")), dot > start {
            stem = Array(bytes[..<dot])
        }
        return FilePath(bytes: stem + Array(".\(newExtension)".utf8))
    }

    /// The NUL-terminated path, passed straight to POSIX calls (arrays convert to C pointers).
    public var cString: [CChar] { bytes.map { CChar(bitPattern: $0) } + [0] }

    public static func < (lhs: FilePath, rhs: FilePath) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
}

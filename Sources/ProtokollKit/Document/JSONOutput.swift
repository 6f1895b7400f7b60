/// Writes JSON byte for byte as Foundation's `JSONEncoder` does with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` when asked). `JSONEncoder` builds a tree of boxed
/// values first and was a third of the time to store a document; this appends to one buffer.
/// Callers give each object's keys in sorted order; a test compares the output with `JSONEncoder`.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    /// One entry per open container: whether it has an element yet.
    private var open: [Bool] = []

    init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(16_384)
    }

    mutating func beginObject() { bytes.append(UInt8(ascii: "{")); open.append(false) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { bytes.append(UInt8(ascii: "[")); open.append(false) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the next element of the open array.
    mutating func item() { startElement() }

    /// Starts the member `name` of the open object.
    mutating func key(_ name: String) {
        startElement()
        string(name)
        if pretty {
            bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
    }

    mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied at once.
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                escape(byte)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        // Byte by byte, no array literal per escape: paragraph texts hold a "\n" on every line.
        bytes.append(0x5C)
        switch byte {
        case UInt8(ascii: "\""): bytes.append(0x22)
        case UInt8(ascii: "\\"): bytes.append(0x5C)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(UInt8(ascii: "u"))
            bytes.append(0x30)
            bytes.append(0x30)
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    // Members of the shapes the document uses.

    mutating func field(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }

    mutating func field(_ name: String, _ value: Int?) {
        key(name)
        if let value { int(value) } else { null() }
    }

    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    mutating func field(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for value in strings {
            item()
            string(value)
        }
        endArray()
    }

    mutating func field<Value: JSONWritable>(_ name: String, _ value: Value?) {
        key(name)
        if let value { value.write(to: &self) } else { null() }
    }

    mutating func field<Value: JSONWritable>(_ name: String, _ values: [Value]) {
        key(name)
        beginArray()
        for value in values {
            item()
            value.write(to: &self)
        }
        endArray()
    }

    private mutating func startElement() {
        if let last = open.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            open[open.count - 1] = true
        }
        if pretty, !open.isEmpty { newline() }
    }

    private mutating func close(_ byte: UInt8) {
        let hadElements = open.popLast() ?? false
        if pretty {
            // An empty container is written "[", a blank line, then "]" at its own indentation.
            if !hadElements { bytes.append(0x0A) }
            newline()
        }
        bytes.append(byte)
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * open.count))
    }
}

/// A value that writes itself as JSON, with its keys in sorted order.
protocol JSONWritable {
    func write(to output: inout JSONOutput)
}

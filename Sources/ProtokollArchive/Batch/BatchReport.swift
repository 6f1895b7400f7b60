import Foundation

/// What happened to one input file.
public enum BatchStatus: String, Codable, Sendable, CaseIterable {
    /// A document was written (or stored).
    case converted
    /// The same content was handled by an earlier run; nothing was redone.
    case unchanged
    /// Knowingly not converted: not minutes, not a minutes format, empty, or a tool is not installed.
    case skipped
    /// Something went wrong with this file (unreadable, damaged, not writable): it needs attention.
    case failed
}

/// One line of `report.jsonl`. Every key is written, with `null` where it does not apply, so that the
/// file loads as one table in jq, DuckDB or pandas.
public struct ReportEntry: Codable, Sendable, Equatable {
    /// Relative to the source folder; bytes of an unreadable (non-UTF-8) name show as U+FFFD.
    public var path: String
    public var status: BatchStatus
    public var reason: String?
    /// "protokoll" or "minnesanteckningar" for minutes.
    public var kind: String?
    public var id: String?
    /// Number of parser warnings in the document.
    public var warnings: Int?
    /// The text encoding detected, or "docx" / "pdf" for extracted text.
    public var encoding: String?
    /// The input format: text, markdown, docx, pdf, or what else the file is ("image/png").
    public var format: String?
    public var bytes: Int
    /// Milliseconds spent on this file.
    public var ms: Double
    /// Relative path of the output, when there is one.
    public var output: String?
    public var sha256: String?

    public init(
        path: String, status: BatchStatus, reason: String? = nil, kind: String? = nil, id: String? = nil,
        warnings: Int? = nil, encoding: String? = nil, format: String? = nil, bytes: Int, ms: Double = 0,
        output: String? = nil, sha256: String? = nil
    ) {
        self.path = path
        self.status = status
        self.reason = reason
        self.kind = kind
        self.id = id
        self.warnings = warnings
        self.encoding = encoding
        self.format = format
        self.bytes = bytes
        self.ms = ms
        self.output = output
        self.sha256 = sha256
    }

    enum CodingKeys: String, CodingKey {
        case path, status, reason, kind, id, warnings, encoding, format, bytes, ms, output, sha256
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(status, forKey: .status)
        try encodeOrNull(reason, .reason, &container)
        try encodeOrNull(kind, .kind, &container)
        try encodeOrNull(id, .id, &container)
        try encodeOrNull(warnings, .warnings, &container)
        try encodeOrNull(encoding, .encoding, &container)
        try encodeOrNull(format, .format, &container)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(ms, forKey: .ms)
        try encodeOrNull(output, .output, &container)
        try encodeOrNull(sha256, .sha256, &container)
    }

    private func encodeOrNull<T: Encodable>(
        _ value: T?, _ key: CodingKeys, _ container: inout KeyedEncodingContainer<CodingKeys>
    ) throws {
        if let value { try container.encode(value, forKey: key) } else { try container.encodeNil(forKey: key) }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// One JSON object on one line, newline-terminated.
    public func jsonLine() throws -> Data {
        var line = try Self.encoder.encode(self)
        line.append(0x0A)
        return line
    }

    /// Reads JSON Lines, ignoring lines that do not decode (the torn last line of a killed run).
    public static func decodeLines(_ data: Data) -> [ReportEntry] {
        let decoder = JSONDecoder()
        return data.split(separator: 0x0A).compactMap { try? decoder.decode(ReportEntry.self, from: Data($0)) }
    }
}

/// Totals of a run: counts by status, by kind and by format, bytes and time.
public struct BatchSummary: Sendable, Equatable {
    public var byStatus: [BatchStatus: Int] = [:]
    public var byKind: [String: Int] = [:]
    public var byFormat: [String: Int] = [:]
    public var files = 0
    public var bytes = 0
    public var seconds: Double = 0

    public init(entries: [ReportEntry], seconds: Double) {
        for entry in entries {
            byStatus[entry.status, default: 0] += 1
            byKind[Self.kindLabel(of: entry), default: 0] += 1
            byFormat[Self.formatLabel(of: entry), default: 0] += 1
            files += 1
            bytes += entry.bytes
        }
        self.seconds = seconds
    }

    public var failed: Int { byStatus[.failed, default: 0] }
    public var megabytes: Double { Double(bytes) / 1_000_000 }
    public var megabytesPerSecond: Double { seconds > 0 ? megabytes / seconds : 0 }
    public var filesPerSecond: Double { seconds > 0 ? Double(files) / seconds : 0 }

    static func kindLabel(of entry: ReportEntry) -> String {
        if let kind = entry.kind { return kind }
        if entry.reason?.hasPrefix(BatchEngine.notMinutesPrefix) == true { return "not minutes" }
        return "(none)"
    }

    /// Unsupported files are grouped as "other" so that the table stays short.
    static func formatLabel(of entry: ReportEntry) -> String {
        switch entry.format {
        case "text", "markdown", "docx", "pdf": entry.format ?? "other"
        default: "other"
        }
    }

    /// The table printed at the end of a run.
    public var table: String {
        var lines: [String] = []
        func row(_ label: String, _ count: Int) {
            lines.append("  " + label.padding(toLength: 20, withPad: " ", startingAt: 0) + String(count).leftPadded(to: 8))
        }
        lines.append("status")
        for status in BatchStatus.allCases { row(status.rawValue, byStatus[status, default: 0]) }
        lines.append("kind")
        for (kind, count) in byKind.sorted(by: { $0.key < $1.key }) { row(kind, count) }
        lines.append("format")
        for (format, count) in byFormat.sorted(by: { $0.key < $1.key }) { row(format, count) }
        lines.append(
            "total \(files) files, \(ProgressFormat.decimal(megabytes, digits: 1)) MB in "
                + "\(ProgressFormat.duration(seconds)) (\(ProgressFormat.decimal(megabytesPerSecond, digits: 1)) MB/s, "
                + "\(ProgressFormat.decimal(filesPerSecond, digits: 0)) files/s)")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

import Foundation

/// The output formats of the query commands.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, jsonl, csv

    /// JSON as the documents are written: sorted keys, Swedish letters as UTF-8, no escaped "/".
    public static func jsonEncoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A JSON array (pretty) or JSON lines (one compact object per line).
    public static func encode<T: Encodable>(_ values: [T], as format: OutputFormat) throws -> Data {
        switch format {
        case .jsonl:
            let encoder = jsonEncoder(pretty: false)
            var data = Data()
            for value in values {
                data.append(try encoder.encode(value))
                data.append(0x0A)
            }
            return data
        default:
            var data = try jsonEncoder(pretty: true).encode(values)
            data.append(0x0A)
            return data
        }
    }
}

// Synthesized `Encodable` conformances call `encodeIfPresent` for optionals and so omit nil values.
// The document contract writes every field, with `null` where nothing was found, so that each
// document has the same columns for researchers' tools. These module-internal overloads are chosen
// by the synthesized code of this module in place of the standard ones.
extension KeyedEncodingContainer {
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

/// 64-bit FNV-1a: a fast hash of short byte strings (words, line shapes) where no adversary chooses
/// the input and a collision costs at most a wrong guess, never a wrong answer stored.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = FNV1a()
        for byte in bytes { hasher.add(byte) }
        return hasher.value
    }
}

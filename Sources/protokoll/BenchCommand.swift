import Foundation
import ProtokollArchive

struct BenchCommand: Command {
    static let name = "bench"
    static let summary = "Benchmark import and queries on generated minutes"
    static let help = "USAGE: protokoll bench --documents N\n"

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        0
    }
}

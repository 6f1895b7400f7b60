import Foundation
import ProtokollArchive

struct BenchCommand: Command {
    static let name = "bench"
    static let summary = "Benchmark import and queries on generated minutes"
    static let help = """
        USAGE: protokoll bench [--documents N] [--work DIR] [--fsync] [--runs R] [--generate-only]

        Generates N synthetic minutes (four layouts, many organisations and subjects; the same every
        time) into WORK/minutes-N, imports them into a new archive WORK/archive-N with this binary's
        parser, and times a set of queries: warm (index opened once in this process) and cold (a new
        'protokoll query' process each time, as a user runs it). Prints a Markdown table. Use a
        release build: swift build -c release && .build/release/protokoll bench --documents 10000

        OPTIONS:
          --documents N        How many minutes. Default 1000.
          --work DIR           Where files and the archive go. Default ./protokoll-bench
          --fsync              Import with fsync of every file (the default of 'protokoll import');
                               without it the archive is still safe against a killed process.
          --runs R             Runs per query; the median is reported. Default 5.
          --generate-only      Only write the minutes files.

        """

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        let count = try arguments.intOption("--documents", in: 1...10_000_000) ?? 1000
        let runs = try arguments.intOption("--runs", in: 1...100) ?? 5
        let work = URL(fileURLWithPath: try arguments.option("--work") ?? "protokoll-bench")
        let durable = arguments.flag("--fsync")
        let generateOnly = arguments.flag("--generate-only")
        _ = try arguments.positionals()

        let folder = work.appendingPathComponent("minutes-\(count)")
        let generated = try generate(count, into: folder)
        Terminal.err("generated \(count) minutes, \(megabytes(generated)) MB in \(folder.path)")
        if generateOnly { return 0 }

        let archive = work.appendingPathComponent("archive-\(count)")
        try? FileManager.default.removeItem(at: archive)
        let store = try ArchiveStore(root: archive, durable: durable)
        let importer = FileImporter(store: store)
        let files = SourceWalker.files(under: [folder.path]).files
        var bytes = 0
        var stored = 0
        var failed = 0
        let started = Date()
        for file in files {
            let result = importer.importFile(at: file)
            bytes += result.bytes
            if case .stored = result.status { stored += 1 } else { failed += 1 }
        }
        try store.flush()
        let importSeconds = Date().timeIntervalSince(started)
        let index = try SearchIndex(root: archive)
        let decisions = DecisionSearch(index: index).rows(matching: DecisionQuery()).count
        Terminal.err("imported \(stored) (\(failed) not stored) in \(String(format: "%.1f", importSeconds)) s; \(decisions) decisions")

        let person = MinutesGenerator(seed: 1).roster(0, count: 9)[2]
        let queries: [(String, [String])] = [
            ("--person \"\(person)\"", ["--person", person]),
            ("--text familjehem", ["--text", "familjehem"]),
            ("--text budget verksamhetsplan", ["--text", "budget verksamhetsplan"]),
            ("--case \"KS 2015/123\"", ["--case", "KS 2015/123"]),
            ("--body kommunstyrelsen --from 2018 --to 2018", ["--body", "kommunstyrelsen", "--from", "2018", "--to", "2018"]),
        ]
        var table = """
            | documents | source MB | import docs/s | import MB/s | decisions | index MB |
            |---:|---:|---:|---:|---:|---:|
            | \(count) | \(megabytes(bytes)) | \(Int(Double(stored) / importSeconds)) | \(String(format: "%.1f", Double(bytes) / 1_000_000 / importSeconds)) | \(decisions) | \(megabytes(folderSize(archive.appendingPathComponent("index")))) |

            | query (\(count) documents) | rows | warm ms | cold ms (new process) |
            |---|---:|---:|---:|

            """
        for (label, words) in queries {
            var reader = ArgumentReader(words)
            var query = try ArchiveOptions.filters(&reader)
            if let text = try reader.option("--text") { query.text = WordMatcher(text) }
            if let text = try reader.option("--case") { query.caseNumber = CaseNumber.key(text) }
            var rows = 0
            let warm = median((0..<runs).map { _ in
                time {
                    let fresh = DecisionSearch(index: index).rows(matching: query)
                    rows = fresh.count
                    _ = try? OutputFormat.encode(fresh, as: .jsonl)
                }
            })
            let cold = median(try (0..<runs).map { _ in
                try time(process: ["query", "--archive", archive.path, "--format", "jsonl"] + words)
            })
            table += "| `\(label)` | \(rows) | \(String(format: "%.1f", warm)) | \(String(format: "%.1f", cold)) |\n"
        }
        Terminal.out(table)
        return 0
    }

    static func generate(_ count: Int, into folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let generator = MinutesGenerator(seed: 1)
        var bytes = 0
        let existing = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        for number in 0..<count {
            let (name, text) = generator.document(number)
            let data = Data(text.utf8)
            bytes += data.count
            if existing.contains(name) { continue }
            try data.write(to: folder.appendingPathComponent(name))
        }
        return bytes
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    /// Milliseconds for one run of this binary with `arguments`, output discarded.
    static func time(process arguments: [String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_000_000)
    }

    static func folderSize(_ folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.reduce(0) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}

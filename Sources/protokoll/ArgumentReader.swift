/// A small reader over command-line words: options are taken out as they are asked for, and what is
/// left must be positional, so an unknown `--flag` is an error rather than a file name.
struct ArgumentReader {
    private var words: [String]

    init(_ words: [String]) { self.words = words }

    var wantsHelp: Bool { words.contains("--help") || words.contains("-h") }

    /// True if any of `names` is present; removes it.
    mutating func flag(_ names: String...) -> Bool {
        var found = false
        words.removeAll { word in
            if names.contains(word) { found = true; return true }
            return false
        }
        return found
    }

    /// The value of the last occurrence of `--name VALUE` or `--name=VALUE`; removes them all.
    mutating func option(_ names: String...) throws -> String? {
        var value: String?
        var index = 0
        while index < words.count {
            let word = words[index]
            if let name = names.first(where: { word.hasPrefix($0 + "=") }) {
                value = String(word.dropFirst(name.count + 1))
                words.remove(at: index)
            } else if names.contains(word) {
                guard index + 1 < words.count else { throw CLIError.usage("\(word) needs a value") }
                value = words[index + 1]
                words.removeSubrange(index...(index + 1))
            } else {
                index += 1
            }
        }
        return value
    }

    /// An option parsed as a whole number within `range`.
    mutating func intOption(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = try option(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw CLIError.usage("\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }

    /// The positional words left; an unknown option is a usage error. `--` ends options.
    func positionals() throws -> [String] {
        var result: [String] = []
        var optionsEnded = false
        for word in words {
            if optionsEnded { result.append(word); continue }
            if word == "--" { optionsEnded = true; continue }
            if word.hasPrefix("-") && word.count > 1 { throw CLIError.usage("unknown option '\(word)'") }
            result.append(word)
        }
        return result
    }
}

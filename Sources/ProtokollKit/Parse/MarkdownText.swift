import Foundation

/// Markdown minutes (student sections write them): heading marks, emphasis and bullets are layout,
/// not content.
enum MarkdownText {
    static func stripHeadingMarks(_ text: String) -> String {
        // No "#", "*" or "_": nothing to strip, which is most lines.
        guard text.utf8.contains(where: { $0 == 0x23 || $0 == 0x2A || $0 == 0x5F }) else { return text }
        var s = Substring(text)
        if s.hasPrefix("#") {
            s = s.drop(while: { $0 == "#" }).drop(while: { $0 == " " })
        }
        if s.contains(Character("*")) || s.includes("__") {
            return String(s).replacingEmphasis()
        }
        return String(s)
    }

    /// True when the text uses Markdown structure: several heading lines or bold labels.
    static func looksLikeMarkdown(_ lines: [SourceLine]) -> Bool {
        var headings = 0
        for line in lines.prefix(400) {
            let text = line.text
            if text.hasPrefix("# ") || text.hasPrefix("## ") || text.hasPrefix("### ") { headings += 1 }
            if text.hasPrefix("**") { headings += 1 }
        }
        return headings >= 2
    }

    /// "2024\-05\-13", "1\. att", "\*": Markdown writers (Google Docs, Pandoc) escape punctuation
    /// that could read as markup. The escaped character is the text.
    static func unescaped(_ text: String) -> String {
        guard text.containsByte(0x5C) else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                if !(character.isASCII && character.isPunctuationOrSymbol) { result.append("\\") }
                result.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }

    /// "Lars-Gunnar Ek&nbsp;&nbsp;&nbsp;Cecilia af Sillén", "Bygg &amp; Miljö": the HTML entities
    /// Markdown written by hand or exported from a web editor keeps. A run of spaces is a column gap.
    static func withoutEntities(_ text: String) -> String {
        guard text.containsByte(0x26), text.containsByte(0x3B) else { return text }
        var out = text
        for (entity, character) in [("&nbsp;", "  "), ("&#160;", "  "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"),
                                    ("&quot;", "\""), ("&#39;", "'"), ("&ndash;", "–"), ("&mdash;", "—"), ("&sect;", "§")]
        where out.includes(entity) {
            out = out.replacingAll(entity, with: character)
        }
        return out
    }

    /// "§§ 48--55", "kl. 13.15--15.40", "Kalmar --- Växjö": pandoc's smart punctuation writes the
    /// en dash as "--" and the em dash as "---". A longer run of dashes is a rule, left alone.
    static func withTypographicDashes(_ text: String) -> String {
        guard text.includes("--") else { return text }
        var out = ""
        var dashes = 0
        func flush() {
            switch dashes {
            case 2: out.append("–")
            case 3: out.append("—")
            default: out += String(repeating: "-", count: dashes)
            }
            dashes = 0
        }
        for character in text {
            if character == "-" { dashes += 1; continue }
            flush()
            out.append(character)
        }
        // ("Sekreterare --" at the end of a line is no range: only between other characters.)
        if dashes == 2 || dashes == 3 { out += String(repeating: "-", count: dashes) } else { flush() }
        return out
    }

    /// "✅ Rådet beslutade att …", "☑️ Klart": a check mark or an emoji opening a line of notes marks
    /// it; the text is what follows.
    static func withoutLeadingMark(_ text: String) -> String {
        guard let first = text.unicodeScalars.first(where: { $0 != " " }), first.value >= 0x2190,
              first.properties.isEmoji || (0x2190...0x27BF).contains(first.value) else { return text }
        let trimmed = text.drop { $0 == " " }
        return String(trimmed.dropFirst().drop { $0 == " " || $0.unicodeScalars.allSatisfy { $0.value == 0xFE0F } })
    }

    /// Lines with heading marks and emphasis removed; bullets and text are kept.
    static func plain(_ lines: [SourceLine]) -> [SourceLine] {
        // A table's "|---|---|" row is layout between the header and its rows: it goes, so that the
        // rows stay next to their header (lines keep their own numbers).
        lines.filter { line in
            let t = line.text.trimmed
            return !(t.hasPrefix("|") && t.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " })
        }.map { line in
            var copy = line
            let trimmed = line.text.trimmed
            let hashes = trimmed.utf8.prefix { $0 == 0x23 }.count
            if (1...6).contains(hashes), trimmed.utf8.dropFirst(hashes).first == 0x20 { copy.headingLevel = UInt8(hashes) }
            copy.text = withoutLeadingMark(withoutEntities(unescaped(stripHeadingMarks(line.text))))
            // "Sammanträdesdatum\\": a hard line break at the end of the line.
            if copy.text.hasSuffix("\\"), !copy.text.hasSuffix("\\\\") { copy.text = copy.text.dropLast().trimmed }
            copy.text = withTypographicDashes(copy.text)
            // Single-star emphasis ("*6.3 Inköp*"); a leading "* " bullet stays a bullet.
            if copy.text.containsByte(0x2A) {
                let bullet = copy.text.hasPrefix("* ")
                copy.text = (bullet ? "- " : "") + String((bullet ? copy.text.dropFirst(2) : Substring(copy.text)).filter { $0 != "*" })
            }
            if copy.text.hasPrefix("|") { copy.text = copy.text.split(separator: "|").map { $0.trimmed }.filter { !$0.isEmpty && !$0.allSatisfy({ $0 == "-" || $0 == ":" }) }.joined(separator: "\t") }
            return copy
        }
    }
}

extension Character {
    fileprivate var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}

extension String {
    /// "**Beslut:** att" → "Beslut: att".
    func replacingEmphasis() -> String {
        var out = self
        for mark in ["**", "__"] { out = out.replacingAll(mark, with: "") }
        return out
    }
}

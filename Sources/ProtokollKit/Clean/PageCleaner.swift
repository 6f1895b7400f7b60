/// Removes page furniture (running headers and footers, page numbers, signature strips) and repairs
/// what page breaks and line wrapping did to the text: sentences cut by a page header are joined
/// again, and end-of-line hyphenation is undone.
public enum PageCleaner {
    /// A row of two or more "|" and nothing else.
    static func isEmptyTableRow(_ text: String) -> Bool {
        guard text.containsByte(0x7C) else { return false }
        var pipes = 0
        for byte in text.utf8 {
            if byte == 0x7C { pipes += 1 } else if byte != 0x20 && byte != 0x09 { return false }
        }
        return pipes >= 2
    }

    public static func clean(_ lines: [SourceLine]) -> [SourceLine] {
        var drop = Set<Int>()
        var strips = Set<Int>()
        var pageNumbers = Set<Int>()
        var nonBlankSeen = 0
        for (index, line) in lines.enumerated() where !line.isBlank {
            nonBlankSeen += 1
            if PageFurniture.isPageNumber(line.text) {
                drop.insert(index)
                pageNumbers.insert(index)
            }
            // The first lines are the front page's header: it names the organisation and the body.
            if nonBlankSeen > frontHeaderLines, PageFurniture.endsInPageNumber(line.text) { drop.insert(index) }
            if PageFurniture.isSignatureStrip(line.text) {
                drop.insert(index)
                strips.insert(index)
            }
        }
        let pages = pageRanges(lines, closers: strips.union(pageNumbers))
        drop.formUnion(RunningHeaders.furnitureIndexes(lines: lines, pages: pages, alreadyDropped: drop))
        var kept: [SourceLine] = []
        kept.reserveCapacity(lines.count)
        var pageBreakPending = false
        var index = 0
        while index < lines.count {
            var line = lines[index]
            index += 1
            if drop.contains(index - 1) {
                pageBreakPending = true
                if strips.contains(index - 1) {
                    kept.append(SourceLine(number: line.number, text: "", startsPage: false, wasSignatureStrip: true))
                }
                continue
            }
            if pageBreakPending, PageFurniture.isScanSpeck(line.text) { continue }
            if let cleaned = PageFurniture.withoutLeadingSpeck(line.text) { line.text = cleaned }
            line.text = OCRLetters.repaired(line.text)
            if pageBreakPending, !line.isBlank, joinAcrossBreak(&kept, line) {
                pageBreakPending = false
                continue
            }
            // "| | | | |": the empty cells of a signature box under a page's footer.
            if isEmptyTableRow(line.text) {
                pageBreakPending = true
                continue
            }
            if !line.isBlank { pageBreakPending = false }
            if let tightened = ListBullets.tightened(line.text) {
                line.text = tightened
                kept.append(line)
            } else {
                kept.append(line)
            }
        }
        return joinHyphenation(kept)
    }

    /// Pages start at a form feed or after a run of two or more blank lines.
    /// How many non-blank lines at the top of the document are its own header, never furniture.
    static let frontHeaderLines = 6

    /// `closers` are the lines that end a page: signature strips and page numbers standing alone.
    static func pageRanges(_ lines: [SourceLine], closers: Set<Int> = []) -> [Range<Int>] {
        var starts = [0]
        var blankRun = 0
        var seenText = false
        var afterStrip = false
        var linesOnPage = 0
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                blankRun += 1
                continue
            }
            // Blank lines before the first text do not make a page of their own. A line that ends in a
            // page number ("KOMMUN   PROTOKOLL   Sida 2 (6)") is the top of a page.
            // ("NYBRO   SAMMANTRÄDESPROTOKOLL   Sida" / "KOMMUN   Sammanträdesdatum   1(7)": the number on
            // a header's second line, right under its first, is the same page's top.)
            let numbered = PageFurniture.endsInPageNumber(line.text) && !(blankRun == 0 && (1...2).contains(linesOnPage))
            // A signature strip ("Justerandes sign   Utdragsbestyrkande") closes a page: the text after
            // it is the next page, whatever the blank lines say.
            if seenText, line.startsPage || blankRun >= 2 || numbered || afterStrip, starts.last != index {
                starts.append(index)
                linesOnPage = 0
            }
            linesOnPage += 1
            // So does a page number standing alone ("Sida 1 av 3" at the foot of a page), unless it
            // stands at the top of the page ("1(2)" above the letterhead).
            afterStrip = closers.contains(index) && linesOnPage > 3
            seenText = true
            blankRun = 0
        }
        var ranges: [Range<Int>] = []
        for (i, start) in starts.enumerated() {
            let end = i + 1 < starts.count ? starts[i + 1] : lines.count
            if start < end { ranges.append(start..<end) }
        }
        return ranges
    }

    /// A sentence that a removed header cut in two continues with a lower-case word: glue it back
    /// onto the last kept line. Returns true when `line` was consumed.
    private static func joinAcrossBreak(_ kept: inout [SourceLine], _ line: SourceLine) -> Bool {
        guard let lastIndex = kept.lastIndex(where: { !$0.isBlank }) else { return false }
        let previous = kept[lastIndex].text
        let next = line.text.trimmed
        guard let end = previous.last, !end.isSentenceEnd, next.first?.isLetter == true else { return false }
        // "... avseende del av" + "Kopparberg 4:1": a sentence cannot end on a preposition or article.
        let lastWord = previous.splitOnSpaces().last.map { String($0).lowercased() } ?? ""
        guard next.firstLetterIsLowercase || danglingWords.contains(lastWord) else { return false }
        // "… under 2025," / (page break) / "att finansiering sker …": the next att-clause of a list
        // starts its own line again.
        if previous.hasSuffix(","), next.hasPrefix("att ") || next.hasPrefix("att\t") { return false }
        kept.removeSubrange((lastIndex + 1)...)
        kept[lastIndex].text = glue(previous, line.text)
        return true
    }

    private static let danglingWords: Set<String> = [
        "av", "i", "på", "för", "till", "med", "om", "och", "att", "den", "det", "en", "ett", "som", "från", "vid",
        "under", "över", "mellan", "samt", "eller", "de", "dess", "sin", "sitt", "sina", "hos", "mot", "efter", "utan",
    ]

    /// Undoes end-of-line hyphenation between a line and the next non-blank one.
    static func joinHyphenation(_ lines: [SourceLine]) -> [SourceLine] {
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            if let lastIndex = out.indices.last, !line.isBlank {
                // "Jonas Hedin (SD)        Maria Olander, hälso- och sjuk-" over "ersättare för …   vårdsdirektör":
                // a word broken in the right column goes on in that column, not at the line's start.
                if let (joined, rest) = joinedInColumn(out[lastIndex].text, line.text) {
                    out[lastIndex].text = joined
                    var remainder = line
                    remainder.text = rest
                    out.append(remainder)
                    continue
                }
                // Allow one blank line between the halves only when the break was a page break.
                if Hyphenation.join(out[lastIndex].text, line.text) != .none {
                    out[lastIndex].text = glue(out[lastIndex].text, line.text)
                    continue
                }
                if out[lastIndex].isBlank, lastIndex > 0, out.count >= 2,
                   Hyphenation.join(out[lastIndex - 1].text, line.text) == .removeHyphen,
                   line.text.trimmed.firstLetterIsLowercase {
                    out.removeLast()
                    out[lastIndex - 1].text = glue(out[lastIndex - 1].text, line.text)
                    continue
                }
            }
            out.append(line)
        }
        return out
    }

    /// A hyphen that ends the last of several columns, with the next line's cell in that column:
    /// the line with the word joined, and the next line without that cell (its other cells keep
    /// their places). Nil when the line is not in columns, so the whole lines are joined as usual.
    static func joinedInColumn(_ line: String, _ next: String) -> (joined: String, rest: String)? {
        // Columns are far apart; justified prose has gaps of two or three spaces.
        guard line.hasSuffix("-"), line.includes("    "), next.includes("    ") else { return nil }
        let cells = line.alignedCells
        guard cells.count >= 2, let last = cells.last, last.start >= 16 else { return nil }
        let nextCells = next.alignedCells
        guard nextCells.count >= 2, let below = nextCells.firstIndex(where: { abs($0.start - last.start) <= 4 }), below > 0,
              Hyphenation.join(last.text, nextCells[below].text) != .none else { return nil }
        // A cell of running text ("manställning av uppgifter om kommunens vattenförsörjning" beside a
        // margin title) gives up only the broken word's end; the rest of it stays in its column.
        var moved = nextCells[below].text
        var stays = ""
        if moved.wordCount >= 5, let space = moved.find(" ") {
            stays = moved[space.upperBound...].trimmed
            moved = String(moved[..<space.lowerBound])
        }
        var rest = ""
        for (index, cell) in nextCells.enumerated() {
            let text = index == below ? stays : cell.text
            guard !text.isEmpty else { continue }
            let width = rest.count
            rest += String(repeating: " ", count: max(index == 0 ? 0 : 2, cell.start - width)) + text
        }
        return (glue(line, moved), rest)
    }

    private static func glue(_ line: String, _ next: String) -> String {
        let rest = next.trimmed
        switch Hyphenation.join(line, next) {
        case .none: return line + " " + rest
        case .removeHyphen: return String(line.dropLast()) + rest
        case .keepHyphen: return line + rest
        case .keepHyphenWithSpace: return line + " " + rest
        }
    }
}

//! Byte spans in a template's source, and the positions people and editors see.
//!
//! Everything inside the crate works with byte [`Span`]s into the source. Only at the edge,
//! when diagnostics are reported, are spans turned into [`Location`]s: 1-based line and column
//! (columns count Unicode characters; `\r\n`, `\n` and a lone `\r` each end a line, as in
//! CommonMark and CodeMirror) and UTF-16 offsets for JavaScript editors. Editors that address
//! text by line and UTF-16 column (the Language Server Protocol, `dunning lsp`) go through a
//! [`LineIndex`], which converts both ways.

use serde::Serialize;
use std::ops::Range;

/// A half-open byte range into the source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

/// Where a span lies, as people (line, column) and editors (UTF-16 offsets) count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Location {
    /// 1-based line of the first character.
    pub line: u32,
    /// 1-based column of the first character, in Unicode characters.
    pub column: u32,
    /// Line of the span's last character (the first one's, for an empty span).
    pub end_line: u32,
    /// Column of the span's last character, inclusive: `#items_lst` at column 12 ends at 21.
    pub end_column: u32,
    /// UTF-16 offset of the span's start, as JavaScript strings count.
    pub start: u32,
    /// UTF-16 offset just past the span's end (half-open, as editors expect).
    pub end: u32,
}

/// A position reached while walking the source.
#[derive(Clone, Copy, Debug)]
struct Cursor {
    byte: usize,
    line: u32,
    column: u32,
    utf16: u32,
}

impl Cursor {
    const START: Cursor = Cursor { byte: 0, line: 1, column: 1, utf16: 0 };

    /// Moves to `target` (a char boundary at or after the cursor). Reads bytes, not chars:
    /// eight printable ASCII bytes at a time where it can (eight characters, no line end), else
    /// one byte, where a character starts at each byte that is not a UTF-8 continuation byte
    /// and takes two UTF-16 units when it starts a four-byte sequence.
    fn advance(&mut self, source: &str, target: usize) {
        let bytes = &source.as_bytes()[..target];
        let mut at = self.byte;
        while at < target {
            if let Some(word) = bytes[at..].first_chunk::<8>() {
                if is_printable_ascii(u64::from_ne_bytes(*word)) {
                    self.column += 8;
                    self.utf16 += 8;
                    at += 8;
                    continue;
                }
            }
            let byte = bytes[at];
            match byte {
                b'\n' => {
                    self.line += 1;
                    self.column = 1;
                }
                // `\r\n` is one line end: the `\r` only counts as one when no `\n` follows.
                b'\r' if source.as_bytes().get(at + 1) != Some(&b'\n') => {
                    self.line += 1;
                    self.column = 1;
                }
                b'\r' => {}
                // A continuation byte: its character was counted at its first byte.
                0x80..=0xBF => {
                    at += 1;
                    continue;
                }
                _ => self.column += 1,
            }
            self.utf16 += if byte >= 0xF0 { 2 } else { 1 };
            at += 1;
        }
        self.byte = target;
    }
}

/// Whether eight bytes are all printable ASCII (0x20 to 0x7F): no high bit, and none below
/// 0x20 (a byte below it borrows into its high bit when 0x20 is taken from each).
fn is_printable_ascii(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    (word | word.wrapping_sub(0x20 * ONES)) & HIGH == 0
}

/// Locates many spans in one pass over the source.
///
/// Spans are visited in order of their start, so locating `n` spans in a source of `m` bytes
/// costs O(m + total span length), not O(n × m): a template with 100,000 hashtags on one line
/// stays linear.
pub fn locate_all(source: &str, spans: &[Span]) -> Vec<Location> {
    let order = crate::sort::sorted_positions(spans.len(), &|a, b| spans[a].start.cmp(&spans[b].start));
    let mut locations = vec![Location::default(); spans.len()];
    let mut cursor = Cursor::START;
    for index in order {
        let span = spans[index];
        cursor.advance(source, span.start);
        let start = cursor;
        // The last character's position: one character before the end, unless empty.
        let last = source[span.range()].char_indices().next_back().map_or(span.start, |(at, _)| span.start + at);
        let mut end = start;
        end.advance(source, last);
        let mut past = end;
        past.advance(source, span.end);
        locations[index] = Location {
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            start: start.utf16,
            end: past.utf16,
        };
    }
    locations
}

/// Locates one span (see [`locate_all`] for many).
pub fn locate(source: &str, span: Span) -> Location {
    locate_all(source, &[span])[0]
}

/// A position as the Language Server Protocol counts: 0-based line, and UTF-16 code units from
/// the line's start (the lines of [`locate_all`]: `\r\n`, `\n` and a lone `\r` each end one).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct LinePosition {
    pub line: u32,
    pub character: u32,
}

/// Where each line of a source starts: byte offsets to [`LinePosition`]s and back.
///
/// ```
/// use dunning::source::{LineIndex, LinePosition};
///
/// let source = "Bonjour\né😀 #contact_name";
/// let index = LineIndex::new(source);
/// let at = source.find('#').unwrap();
/// assert_eq!(index.position(at), LinePosition { line: 1, character: 4 });
/// assert_eq!(index.offset(LinePosition { line: 1, character: 4 }), at);
/// ```
#[derive(Clone, Debug)]
pub struct LineIndex<'s> {
    source: &'s str,
    /// The byte offset of each line's first character; the first is 0.
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub fn new(source: &'s str) -> LineIndex<'s> {
        let bytes = source.as_bytes();
        let mut starts = vec![0];
        for (at, &byte) in bytes.iter().enumerate() {
            if byte == b'\n' || (byte == b'\r' && bytes.get(at + 1) != Some(&b'\n')) {
                starts.push(at + 1);
            }
        }
        LineIndex { source, starts }
    }

    /// The position of byte `offset` (clamped to the source, and back to a character's start).
    pub fn position(&self, offset: usize) -> LinePosition {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let character = self.source[self.starts[line]..offset].encode_utf16().count();
        LinePosition { line: line as u32, character: character as u32 }
    }

    /// The byte offset of `position`. As the protocol asks, a character past the line's end
    /// means the line's end (before its line break), a line past the last one the source's end,
    /// and a position inside a surrogate pair the start of its character.
    pub fn offset(&self, position: LinePosition) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else { return self.source.len() };
        let next = self.starts.get(position.line as usize + 1).copied().unwrap_or(self.source.len());
        let line = self.source[start..next].trim_end_matches(['\n', '\r']);
        let mut units = 0;
        for (at, ch) in line.char_indices() {
            units += ch.len_utf16() as u32;
            if units > position.character {
                return start + at;
            }
        }
        start + line.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn columns_count_characters_and_utf16_counts_code_units() {
        let source = "é😀 #x";
        let at = source.find('#').unwrap();
        let location = locate(source, Span::new(at, at + 2));
        assert_eq!((location.line, location.column, location.end_column), (1, 4, 5));
        assert_eq!((location.start, location.end), (4, 6));
    }

    /// Line, column and UTF-16 offset of `at`, one character at a time.
    fn walked(source: &str, at: usize) -> (u32, u32, u32) {
        let (mut line, mut column, mut utf16) = (1, 1, 0);
        for (offset, ch) in source[..at].char_indices() {
            utf16 += ch.len_utf16() as u32;
            if ch == '\n' || (ch == '\r' && source.as_bytes().get(offset + 1) != Some(&b'\n')) {
                (line, column) = (line + 1, 1);
            } else if ch != '\r' {
                column += 1;
            }
        }
        (line, column, utf16)
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn eight_bytes_at_a_time_count_as_one_at_a_time() {
        let source = "Madame, Monsieur Dupont,\r\nvotre solde échu\rde 1 234,50 € 😀\tà régler\n\n#items_list, encore";
        let at = source.find('#').unwrap();
        let location = locate(source, Span::new(at, at + 11));
        assert_eq!((location.line, location.column, location.end_column), (5, 1, 11));
        for (at, _) in source.char_indices().chain([(source.len(), ' ')]) {
            let location = locate(source, Span::new(at, at));
            assert_eq!((location.line, location.column, location.start), walked(source, at), "at {at}");
        }
        assert!(is_printable_ascii(u64::from_ne_bytes(*b"Madame, ")));
        assert!(!is_printable_ascii(u64::from_ne_bytes(*b"Madame,\n")));
        assert!(!is_printable_ascii(u64::from_ne_bytes(*b"\x1fadame, ")));
        assert!(!is_printable_ascii(u64::from_ne_bytes([b'a', 0xC3, 0xA9, b'a', b'a', b'a', b'a', b'a'])));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn crlf_and_lone_cr_end_lines_once() {
        let source = "a\r\nb\rc\n#x";
        let at = source.find('#').unwrap();
        let location = locate(source, Span::new(at, at + 2));
        assert_eq!((location.line, location.column), (4, 1));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn spans_located_out_of_order_match_their_own_positions() {
        let source = "ab\ncd\nef";
        let spans = [Span::new(6, 8), Span::new(0, 1), Span::new(3, 5)];
        let lines: Vec<_> = locate_all(source, &spans).iter().map(|l| (l.line, l.column, l.end_column)).collect();
        assert_eq!(lines, [(3, 1, 2), (1, 1, 1), (2, 1, 2)]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn empty_span_ends_where_it_starts() {
        let location = locate("", Span::new(0, 0));
        assert_eq!((location.line, location.column, location.end_line, location.end_column), (1, 1, 1, 1));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn line_positions_count_utf16_from_the_line_start() {
        let source = "a\r\nb\rcé😀#x\n";
        let index = LineIndex::new(source);
        let at = source.find('#').unwrap();
        assert_eq!(index.position(at), LinePosition { line: 2, character: 4 });
        assert_eq!(index.offset(LinePosition { line: 2, character: 4 }), at);
        // Inside the emoji's surrogate pair: its start.
        assert_eq!(index.offset(LinePosition { line: 2, character: 3 }), source.find('😀').unwrap());
        // Past a line's end: before its break; past the last line: the end.
        assert_eq!(index.offset(LinePosition { line: 0, character: 9 }), 1);
        assert_eq!(index.offset(LinePosition { line: 7, character: 0 }), source.len());
        assert_eq!(index.position(source.len()), LinePosition { line: 3, character: 0 });
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn line_positions_agree_with_locations() {
        let source = "é\r\n😀 #items_lst\r#x";
        let index = LineIndex::new(source);
        for (at, _) in source.char_indices() {
            let location = locate(source, Span::new(at, at));
            let position = index.position(at);
            assert_eq!(position.line + 1, location.line);
            let line_start = index.offset(LinePosition { line: position.line, character: 0 });
            assert_eq!(position.character, location.start - locate(source, Span::new(line_start, line_start)).start);
        }
    }
}

//! Small pure scanners for the hashtag syntax, shared by every format.
//!
//! They work on byte offsets into the whole source, so that every piece they find carries its
//! exact span, and they look one character back to tell a hashtag from a `#` that belongs to a
//! URL, an entity or a code (`page#terms`, `&#x41;`, `INV#42`).

use crate::source::Span;

/// A piece of scanned text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text without hashtags, to show as it is.
    Text(Span),
    /// `##`: one literal `#`.
    Escape(Span),
    /// `#name`, or `#name{fallback}`: the name starts at `span.start + 1` (see [`fallback`]).
    Hashtag(Span),
}

/// Length in bytes of the hashtag name at the start of `rest` (the text after a `#`), or 0.
///
/// A name is an ASCII letter, then the longest run of ASCII letters, digits and `_`, less any
/// trailing `_` (so `_#customer_name_` is emphasis around a hashtag).
pub fn scan_name(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        return 0;
    }
    let run = bytes.iter().take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_').count();
    run - bytes[..run].iter().rev().take_while(|&&b| b == b'_').count()
}

/// Length in bytes of a fallback right after a hashtag's name: `{text}` on one line, without
/// `{`, `}` or `#` inside, else 0 (the brace is then text).
pub fn fallback_length(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix('{') else { return 0 };
    match inner.find(['}', '{', '#', '\n']) {
        Some(close) if inner.as_bytes()[close] == b'}' => close + 2,
        _ => 0,
    }
}

/// The fallback text of a hashtag written `#name{text}` (the source of its span), if any.
pub fn fallback(hashtag: &str) -> Option<&str> {
    let name = scan_name(&hashtag[1..]);
    hashtag[1 + name..].strip_prefix('{')?.strip_suffix('}')
}

/// Whether a `#` right after `previous` is plain text: after a letter, a digit, `/` or `&`,
/// it belongs to a word, a URL fragment or an entity (`C#`, `/page#top`, `&#38;`).
pub fn hash_is_literal_after(previous: char) -> bool {
    previous.is_alphanumeric() || previous == '/' || previous == '&'
}

/// Splits `span` of `source` into text, `##` escapes and hashtags.
///
/// `escaped_start` says the character at `span.start` was escaped by its format (Markdown's
/// `\#`), so a `#` there is literal.
pub fn pieces(source: &str, span: Span, escaped_start: bool) -> Pieces<'_> {
    Pieces { source, start: span.start, end: span.end, cursor: span.start, escaped_start, pending: None }
}

/// Iterator returned by [`pieces`].
pub struct Pieces<'s> {
    source: &'s str,
    start: usize,
    end: usize,
    /// Start of what is not yet yielded.
    cursor: usize,
    escaped_start: bool,
    /// A construct found after some text, yielded after that text.
    pending: Option<Piece>,
}

impl Pieces<'_> {
    /// The escape or hashtag that the `#` at `at` starts, if any.
    fn construct_at(&self, at: usize) -> Option<Piece> {
        if at == self.start && self.escaped_start {
            return None;
        }
        let after = &self.source[at + 1..self.end];
        if after.starts_with('#') {
            return Some(Piece::Escape(Span::new(at, at + 2)));
        }
        if self.source[..at].chars().next_back().is_some_and(hash_is_literal_after) {
            return None;
        }
        match scan_name(after) {
            0 => None,
            name => Some(Piece::Hashtag(Span::new(at, at + 1 + name + fallback_length(&after[name..])))),
        }
    }
}

impl Piece {
    pub fn span(self) -> Span {
        match self {
            Piece::Text(span) | Piece::Escape(span) | Piece::Hashtag(span) => span,
        }
    }
}

impl Iterator for Pieces<'_> {
    type Item = Piece;

    fn next(&mut self) -> Option<Piece> {
        if let Some(piece) = self.pending.take() {
            return Some(piece);
        }
        if self.cursor >= self.end {
            return None;
        }
        let text_start = self.cursor;
        let bytes = &self.source.as_bytes()[..self.end];
        let mut search = self.cursor;
        while let Some(offset) = bytes[search..].iter().position(|&b| b == b'#') {
            let at = search + offset;
            if let Some(piece) = self.construct_at(at) {
                self.cursor = piece.span().end;
                if at == text_start {
                    return Some(piece);
                }
                self.pending = Some(piece);
                return Some(Piece::Text(Span::new(text_start, at)));
            }
            search = at + 1;
        }
        self.cursor = self.end;
        Some(Piece::Text(Span::new(text_start, self.end)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn show(source: &str) -> Vec<String> {
        pieces(source, Span::new(0, source.len()), false)
            .map(|piece| match piece {
                Piece::Text(span) => format!("text {}", &source[span.range()]),
                Piece::Escape(_) => "escape".to_owned(),
                Piece::Hashtag(span) => format!("tag {}", &source[span.range()]),
            })
            .collect()
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn name_is_the_longest_run_without_trailing_underscores() {
        assert_eq!(scan_name("items_amount_selected_include_late_penalties!"), 44);
        assert_eq!(scan_name("customer_name__ x"), 13);
        assert_eq!(scan_name("1abc"), 0);
        assert_eq!(scan_name("_abc"), 0);
        assert_eq!(scan_name("é"), 0);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn text_escapes_and_hashtags_split_in_order() {
        assert_eq!(
            show("Hi #customer_name, ##items_list (#today)."),
            ["text Hi ", "tag #customer_name", "text , ", "escape", "text items_list (", "tag #today", "text ).",]
        );
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_fallback_in_braces_is_part_of_its_hashtag() {
        assert_eq!(
            show("Dear #contact_name{Sir or Madam},"),
            ["text Dear ", "tag #contact_name{Sir or Madam}", "text ,"]
        );
        assert_eq!(fallback("#contact_name{Sir or Madam}"), Some("Sir or Madam"));
        assert_eq!(fallback("#contact_name{}"), Some(""));
        assert_eq!(fallback("#contact_name"), None);
        // Unclosed, across a line, or holding a hashtag: the brace is text.
        assert_eq!(show("#customer_name{x"), ["tag #customer_name", "text {x"]);
        assert_eq!(show("#customer_name{x\ny}"), ["tag #customer_name", "text {x\ny}"]);
        assert_eq!(show("#customer_name{#today}"), ["tag #customer_name", "text {", "tag #today", "text }"]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn hash_after_word_slash_or_ampersand_is_literal() {
        assert_eq!(show("C# INV#42 /page#terms &#x41; # #1"), ["text C# INV#42 /page#terms &#x41; # #1"]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn escaped_start_makes_only_the_first_hash_literal() {
        let source = "#a #b";
        let found: Vec<_> = pieces(source, Span::new(0, 5), true).collect();
        assert_eq!(found, [Piece::Text(Span::new(0, 3)), Piece::Hashtag(Span::new(3, 5))]);
    }
}

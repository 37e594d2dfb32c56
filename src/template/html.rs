//! HTML fragments (an HTML template, or raw HTML inside Markdown), tokenised just enough to
//! find hashtags in text and in attribute values, and to let the checker see every tag.
//!
//! This is a forgiving tokenizer, not a tree builder: it never fails. An unclosed tag runs to
//! the end of the text, as a browser would read it (and is unsafe: see `safety`); an unclosed
//! comment or declaration is text, from a literal `<`.

use pulldown_cmark::CowStr;

use super::scan::scan_name;
use super::{push_scanned, Attribute, AttributeValue, Hashtag, HtmlTag, Node, Place, TextKind};
use crate::catalogue;
use crate::source::Span;
use std::ops::Range;

/// Elements whose content is raw text: no tags, no hashtags (`color:#c00` in a `<style>`).
const RAW_TEXT_ELEMENTS: [&str; 4] = ["script", "style", "textarea", "title"];

pub(super) fn parse(source: &str, range: Range<usize>) -> Vec<Node<'_>> {
    let mut nodes = Vec::new();
    parse_into(&mut nodes, source, Span::from(range));
    nodes
}

/// Appends the nodes of the HTML in `span` of `source`.
pub(super) fn parse_into<'s>(nodes: &mut Vec<Node<'s>>, source: &'s str, span: Span) {
    let end = span.end;
    let mut text_start = span.start;
    let mut search = span.start;
    while let Some(offset) = source[search..end].find('<') {
        let at = search + offset;
        let Some((markup_end, node)) = markup_at(source, at, end) else {
            search = at + 1;
            continue;
        };
        if at > text_start {
            push_scanned(nodes, source, Span::new(text_start, at), false, TextKind::Html);
        }
        let raw_text_of = match &node {
            Node::Tag(tag) if !tag.closing => RAW_TEXT_ELEMENTS.iter().find(|name| tag.is(name)).copied(),
            _ => None,
        };
        nodes.push(node);
        text_start = markup_end;
        if let Some(element) = raw_text_of {
            let content_end = find_end_tag(source, markup_end, end, element);
            if content_end > markup_end {
                nodes.push(Node::Html(&source[markup_end..content_end], Span::new(markup_end, content_end)));
            }
            text_start = content_end;
        }
        search = text_start;
    }
    if end > text_start {
        push_scanned(nodes, source, Span::new(text_start, end), false, TextKind::Html);
    }
}

/// The markup (tag, comment, declaration) starting at `at`, with where it ends; `None` when
/// the `<` is plain text (`a < b`).
fn markup_at(source: &str, at: usize, end: usize) -> Option<(usize, Node<'_>)> {
    let rest = &source[at..end];
    let raw = |markup_end: usize| Some((markup_end, Node::Html(&source[at..markup_end], Span::new(at, markup_end))));
    // A comment or declaration that is never closed is text, its `<` a literal (`&lt;` in HTML
    // output): passed on, it would hide whatever follows the output where it is used.
    let literal_lt = || Some((at + 1, Node::Literal(CowStr::Borrowed("<"), Span::new(at, at + 1))));
    if let Some(comment) = rest.strip_prefix("<!--") {
        return comment_length(comment).map_or_else(literal_lt, |length| raw(at + 4 + length));
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        return rest.find('>').map_or_else(literal_lt, |offset| raw(at + offset + 1));
    }
    let closing = rest.starts_with("</");
    let name_start = at + if closing { 2 } else { 1 };
    if !source[name_start..end].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let (tag, tag_end) = tag_at(source, at, name_start, end, closing);
    Some((tag_end, Node::Tag(tag)))
}

/// The length of a comment's content and end after `<!--`, as the HTML tokenizer reads it:
/// `<!-->` and `<!--->` are empty comments, and `--!>` ends one as `-->` does.
fn comment_length(comment: &str) -> Option<usize> {
    if comment.starts_with('>') {
        return Some(1);
    }
    if comment.starts_with("->") {
        return Some(2);
    }
    let end = comment.find("-->").map(|offset| offset + 3);
    let bang = comment.find("--!>").map(|offset| offset + 4);
    match (end, bang) {
        (Some(end), Some(bang)) => Some(end.min(bang)),
        (end, bang) => end.or(bang),
    }
}

fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

/// Reads the tag whose name starts at `name_start`; returns it and where it ends.
fn tag_at(source: &str, at: usize, name_start: usize, end: usize, closing: bool) -> (HtmlTag<'_>, usize) {
    let name_end = scan_until(source, name_start, end, |c| is_html_space(c) || c == '/' || c == '>');
    let mut attributes = Vec::new();
    let mut position = name_end;
    let mut closed = false;
    loop {
        position = scan_until(source, position, end, |c| !(is_html_space(c) || c == '/'));
        if position >= end {
            break;
        }
        if source[position..].starts_with('>') {
            position += 1;
            closed = true;
            break;
        }
        let (attribute, attribute_end) = attribute_at(source, position, end);
        attributes.push(attribute);
        position = attribute_end;
    }
    let tag =
        HtmlTag { span: Span::new(at, position), name: &source[name_start..name_end], closing, closed, attributes };
    (tag, position)
}

/// Reads one attribute starting at `start` (not a space, `/` or `>`).
fn attribute_at(source: &str, start: usize, end: usize) -> (Attribute<'_>, usize) {
    // The first character may be `=`, as in HTML's tokenizer; later ones end the name.
    let first = source[start..].chars().next().map_or(0, char::len_utf8);
    let name_end = scan_until(source, start + first, end, |c| is_html_space(c) || matches!(c, '/' | '>' | '='));
    let name = &source[start..name_end];
    let after_spaces = scan_until(source, name_end, end, |c| !is_html_space(c));
    if !source[after_spaces..end].starts_with('=') {
        return (Attribute { name, span: Span::new(start, name_end), value: None }, name_end);
    }
    let value_start = scan_until(source, after_spaces + 1, end, |c| !is_html_space(c));
    let (value_span, value_end) = match source[value_start..end].chars().next() {
        Some(quote @ ('"' | '\'')) => {
            let inner = value_start + 1;
            let close = source[inner..end].find(quote).map_or(end, |offset| inner + offset);
            (Span::new(inner, close), (close + 1).min(end))
        }
        _ => {
            let close = scan_until(source, value_start, end, |c| is_html_space(c) || c == '>');
            (Span::new(value_start, close), close)
        }
    };
    let value = AttributeValue {
        text: &source[value_span.range()],
        span: value_span,
        hashtag: whole_value_hashtag(source, value_span),
    };
    (Attribute { name, span: Span::new(start, value_end), value: Some(value) }, value_end)
}

/// An attribute value is a hashtag when it is exactly `#name` of a catalogue name; any other
/// `#` in a tag is literal (`href="#top"`, `style="color:#c00000"`).
fn whole_value_hashtag(source: &str, value: Span) -> Option<Hashtag<'_>> {
    let text = &source[value.range()];
    let name = text.strip_prefix('#')?;
    if name.is_empty() || scan_name(name) != name.len() {
        return None;
    }
    catalogue::lookup(name)?;
    Some(Hashtag::new(source, value, Place::Attribute))
}

/// The first position at or after `from` (before `end`) whose character satisfies `stop`.
fn scan_until(source: &str, from: usize, end: usize, stop: impl Fn(char) -> bool) -> usize {
    source[from..end].find(stop).map_or(end, |offset| from + offset)
}

/// Where the end tag `</element` of a raw-text element starts, or `end`.
fn find_end_tag(source: &str, from: usize, end: usize, element: &str) -> usize {
    let haystack = &source.as_bytes()[from..end];
    let needle_len = element.len() + 2;
    (0..haystack.len())
        .find(|&offset| {
            haystack[offset..].starts_with(b"</")
                && haystack.len() >= offset + needle_len
                && haystack[offset + 2..offset + needle_len].eq_ignore_ascii_case(element.as_bytes())
        })
        .map_or(end, |offset| from + offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn tags(source: &str) -> Vec<HtmlTag<'_>> {
        parse(source, 0..source.len())
            .into_iter()
            .filter_map(|node| match node {
                Node::Tag(tag) => Some(tag),
                _ => None,
            })
            .collect()
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn attributes_in_every_quoting_style() {
        let found = tags(r##"<a href="#payment_link" title='x > y' data-x=1 hidden>"##);
        let attributes: Vec<_> =
            found[0].attributes.iter().map(|a| (a.name, a.value.as_ref().map(|v| v.text))).collect();
        assert_eq!(
            attributes,
            [("href", Some("#payment_link")), ("title", Some("x > y")), ("data-x", Some("1")), ("hidden", None),]
        );
        assert_eq!(found[0].attributes[0].value.as_ref().unwrap().hashtag.as_ref().unwrap().name, "payment_link");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_lone_less_than_is_text() {
        assert!(tags("1 < 2 and <3").is_empty());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn unclosed_tag_runs_to_the_end() {
        let source = "<a href=\"#payment_link";
        let found = tags(source);
        assert_eq!(found[0].span, Span::new(0, source.len()));
        assert!(found[0].attributes[0].value.as_ref().unwrap().hashtag.is_some());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn style_content_is_raw() {
        let nodes = parse("<style>p{color:#cc0000}</style>", 0..31);
        assert!(nodes.iter().all(|node| !matches!(node, Node::Hashtag(_))), "{nodes:?}");
        assert_eq!(tags("<style>a{}</style>").len(), 2);
    }
}

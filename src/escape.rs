//! Escaping for HTML: every value from data goes through one of these, for where it lands.
//! pulldown-cmark's own escapers (the same its HTML writer uses); writing into a `String`
//! cannot fail, so their results are ignored.

use pulldown_cmark_escape::{escape_href, escape_html, escape_html_body_text};

/// Text content: `&`, `<` and `>` escaped.
pub fn text(out: &mut String, value: &str) {
    let _ = escape_html_body_text(&mut *out, value);
}

/// A double-quoted attribute value: `"` escaped too.
pub fn attribute(out: &mut String, value: &str) {
    let _ = escape_html(&mut *out, value);
}

/// A URL in a double-quoted attribute: percent-encoded where a URL needs it, then escaped.
pub fn href(out: &mut String, url: &str) {
    let _ = escape_href(&mut *out, url);
}

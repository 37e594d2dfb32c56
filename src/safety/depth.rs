//! How deep a fragment's elements may nest before the rebuild refuses to parse it.
//!
//! A tree builder checks scopes by walking its stack of open elements, so markup nested
//! thousands deep costs time quadratic in its depth (20,000 `<div>`s: seconds). Browsers cap the
//! depth they build (Chromium: 512); the rebuild refuses beyond the same depth, counted here
//! before parsing by a scan that can only count too deep, never too shallow: every start tag
//! opens (even in what a parser would read as raw text), and an end tag closes only the
//! elements up to one of its name.

/// Chromium's limit on the depth of the tree its parser builds.
pub const MAX_DEPTH: usize = 512;

/// Void elements: they never hold content, so they never nest.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Whether the elements of `html` may nest deeper than [`MAX_DEPTH`].
pub fn too_deep(html: &str) -> bool {
    let bytes = html.as_bytes();
    let mut open: Vec<&[u8]> = Vec::new();
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|&byte| byte == b'<') {
        at += offset + 1;
        let closing = bytes.get(at) == Some(&b'/');
        let name_start = at + usize::from(closing);
        let name_end = name_start + bytes[name_start..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_end == name_start || !bytes[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = &bytes[name_start..name_end];
        at = tag_end(bytes, name_end);
        if closing {
            if let Some(index) = open.iter().rposition(|element| element.eq_ignore_ascii_case(name)) {
                open.truncate(index);
            }
        } else if !VOID.iter().any(|void| void.as_bytes().eq_ignore_ascii_case(name)) {
            open.push(name);
            if open.len() > MAX_DEPTH {
                return true;
            }
        }
    }
    false
}

/// Where the tag whose name ends at `from` ends: after its `>`, skipping quoted values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (offset, &byte) in bytes[from..].iter().enumerate() {
        match (quote, byte) {
            (None, b'>') => return from + offset + 1,
            (None, b'"' | b'\'')
                if bytes[from + offset - 1] == b'=' || bytes[from + offset - 1].is_ascii_whitespace() =>
            {
                quote = Some(byte)
            }
            (Some(open), _) if open == byte => quote = None,
            _ => {}
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn depth_is_counted_through_what_a_parser_would_skip() {
        assert!(!too_deep(&"<div>".repeat(MAX_DEPTH)));
        assert!(too_deep(&"<div>".repeat(MAX_DEPTH + 1)));
        assert!(!too_deep(&"<div></div>".repeat(10_000)));
        assert!(!too_deep(&"<br><img src=x>".repeat(10_000)));
        // An end tag of an element that is not open closes nothing.
        assert!(too_deep(&"<div></x>".repeat(MAX_DEPTH + 1)));
        // Tags in raw text and in foreign content count.
        assert!(too_deep(&format!("<svg><style>{}", "<div>".repeat(MAX_DEPTH))));
    }
}

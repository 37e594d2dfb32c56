//! `style=` rebuilt from the allowlist: each declaration kept only when its property is listed
//! and its value is made of plain tokens (words, numbers, units, `#` colours, colour functions).
//! No `url()`, no `expression()`, no escapes, no comments, nothing that positions or hides.

use super::allowlist::{STYLE_FUNCTIONS, STYLE_PROPERTIES};

/// The declarations kept, canonical (`property: value; …`), and the properties dropped.
pub fn rebuild(style: &str, keep_all: bool) -> (String, Vec<String>) {
    let mut kept = String::new();
    let mut dropped = Vec::new();
    for declaration in style.split(';') {
        if declaration.trim().is_empty() {
            continue;
        }
        let (property, value) = match declaration.split_once(':') {
            Some((property, value)) => (property.trim().to_ascii_lowercase(), value.trim()),
            None => (declaration.trim().to_ascii_lowercase(), ""),
        };
        let allowed = STYLE_PROPERTIES.contains(&property.as_str()) && plain_value(value);
        if !(allowed || keep_all) {
            dropped.push(property);
            continue;
        }
        if !kept.is_empty() {
            kept.push_str("; ");
        }
        kept.push_str(&property);
        kept.push_str(": ");
        kept.push_str(value);
    }
    (kept, dropped)
}

/// A value of words, numbers, units, percentages, `#` colours, commas, quotes (font names) and
/// calls to the colour functions only.
fn plain_value(value: &str) -> bool {
    if value.is_empty() {
        return false;
    }
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, ' ' | '#' | '%' | '.' | ',' | '-' | '+' | '\'');
    let mut rest = value;
    while let Some(open) = rest.find('(') {
        let function = rest[..open].rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        if !STYLE_FUNCTIONS.iter().any(|allowed| function.eq_ignore_ascii_case(allowed)) {
            return false;
        }
        let Some(close) = rest[open..].find(')') else { return false };
        let (before, arguments) = (&rest[..open], &rest[open + 1..open + close]);
        if !before.chars().all(plain) || !arguments.chars().all(|c| plain(c) || c == '/') {
            return false;
        }
        rest = &rest[open + close + 1..];
    }
    rest.chars().all(plain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn colours_spacing_and_type_are_kept_canonical() {
        let (kept, dropped) =
            rebuild("color:#c00000 ;font-weight: bold;; text-align:center; color: rgb(1, 2, 3)", false);
        assert_eq!(kept, "color: #c00000; font-weight: bold; text-align: center; color: rgb(1, 2, 3)");
        assert!(dropped.is_empty());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn what_loads_positions_or_escapes_is_dropped() {
        for style in [
            "background:url(javascript:alert(1))",
            "width: expression(alert(1))",
            "position: fixed",
            "color: red\\3b x",
            "color: /**/red",
            "behavior: url(x.htc)",
            "-moz-binding: url(x)",
            "color: var(--x)",
        ] {
            let (kept, dropped) = rebuild(style, false);
            assert_eq!(kept, "", "{style}");
            assert_eq!(dropped.len(), 1, "{style}");
        }
    }
}

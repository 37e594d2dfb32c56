//! What makes template HTML unsafe (`unsafe-html`): elements that load or run code, event
//! handler attributes, and URLs with a scheme that runs script.
//!
//! The preview iframe is sandboxed as well; this check exists so that a template that would be
//! dangerous in a mail client or a portal never gets saved in the first place.

use crate::source::Span;
use crate::template::HtmlTag;

/// Elements that run script, embed other documents, submit data or change how every URL of the
/// page resolves. (The spec's list, plus `frame`, `frameset` and `applet`, their older twins.)
const UNSAFE_ELEMENTS: &[&str] =
    &["script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base", "meta"];

/// URL schemes that run code when followed or loaded.
const UNSAFE_SCHEMES: &[&str] = &["javascript", "vbscript", "data"];

/// One unsafe thing found in a tag.
#[derive(Debug, PartialEq)]
pub struct Finding {
    pub span: Span,
    pub message: String,
}

/// Everything unsafe in one tag: an unclosed tag, and in a start tag, what can run code.
pub fn tag_findings(tag: &HtmlTag<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    if !tag.closed {
        findings.push(Finding {
            span: tag.span,
            message: format!(
                "this <{}{}> tag is never closed with >: it would swallow what follows it where the text is used; close it, or write &lt; for a literal <",
                if tag.closing { "/" } else { "" },
                tag.name
            ),
        });
    }
    // End tags are harmless on their own.
    if tag.closing {
        return findings;
    }
    if let Some(element) = UNSAFE_ELEMENTS.iter().find(|element| tag.is(element)) {
        findings.push(Finding {
            span: tag.span,
            message: format!("<{element}> is not allowed in a template: it can run code or load other content"),
        });
    }
    for attribute in &tag.attributes {
        let name = attribute.name;
        if name.len() > 2 && name.as_bytes()[..2].eq_ignore_ascii_case(b"on") {
            findings.push(Finding {
                span: attribute.span,
                message: format!("the event-handler attribute {name} runs script; it is not allowed"),
            });
            continue;
        }
        let Some(value) = &attribute.value else { continue };
        let scheme = unsafe_url_scheme(value.text)
            .or_else(|| name.eq_ignore_ascii_case("style").then(|| unsafe_style(value.text)).flatten());
        if let Some(scheme) = scheme {
            findings.push(Finding {
                span: attribute.span,
                message: format!("{name} holds a {scheme}: URL, which can run code; it is not allowed"),
            });
        }
    }
    findings
}

/// The unsafe scheme `url` starts with, if any; `data:image/…` is allowed.
///
/// Browsers decode character references and drop tabs and line breaks before they read a URL's
/// scheme, so `jav&#x09;ascript:` and `java\nscript:` count as `javascript:`.
pub fn unsafe_url_scheme(url: &str) -> Option<&'static str> {
    // The decision needs `javascript:` or `data:image/` at most: a logo's data URL of many
    // kilobytes is not decoded whole for it (a letter batch asks once per letter).
    let normalized: String = normalized(url).take(SCHEME_DECISION_CHARS).collect();
    let scheme = UNSAFE_SCHEMES.iter().find(|scheme| {
        normalized.len() > scheme.len()
            && normalized.as_bytes()[scheme.len()] == b':'
            && normalized.as_bytes()[..scheme.len()].eq_ignore_ascii_case(scheme.as_bytes())
    })?;
    let allowed_image = *scheme == "data" && normalized[5..].to_ascii_lowercase().starts_with("image/");
    (!allowed_image).then_some(*scheme)
}

/// How many normalized characters tell a URL's scheme: `javascript:` and `data:image/` fit.
const SCHEME_DECISION_CHARS: usize = 16;

/// An unsafe URL inside CSS (`background:url(javascript:…)`).
fn unsafe_style(style: &str) -> Option<&'static str> {
    let normalized = normalized(style).collect::<String>().to_ascii_lowercase();
    normalized.split("url(").skip(1).find_map(|rest| unsafe_url_scheme(rest.trim_start_matches(['"', '\''])))
}

/// The characters a browser reads a scheme from: character references decoded, control
/// characters and white space dropped; decoded only as far as they are read.
fn normalized(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let (character, length) =
            if first == '&' { reference_at(rest).unwrap_or(('&', 1)) } else { (first, first.len_utf8()) };
        rest = &rest[length..];
        Some(character)
    })
    .filter(|c| !c.is_whitespace() && !c.is_control())
}

/// The character a reference at the start of `text` stands for, and its length.
fn reference_at(text: &str) -> Option<(char, usize)> {
    const NAMED: [(&str, char); 4] = [("&colon;", ':'), ("&Tab;", '\t'), ("&NewLine;", '\n'), ("&sol;", '/')];
    if let Some((name, character)) = NAMED.iter().find(|(name, _)| text.starts_with(name)) {
        return Some((*character, name.len()));
    }
    let digits = text.strip_prefix("&#")?;
    let (radix, digits, prefix) = match digits.strip_prefix(['x', 'X']) {
        Some(hex) => (16, hex, 3),
        None => (10, digits, 2),
    };
    let count = digits.chars().take_while(|c| c.is_digit(radix)).count().min(8);
    let code = u32::from_str_radix(&digits[..count], radix).ok()?;
    let semicolon = usize::from(digits[count..].starts_with(';'));
    Some((char::from_u32(code).unwrap_or('\u{fffd}'), prefix + count + semicolon))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn schemes_hidden_by_references_and_spaces_are_found() {
        assert_eq!(unsafe_url_scheme("javascript:alert(1)"), Some("javascript"));
        assert_eq!(unsafe_url_scheme(" JaVa\tScRiPt:alert(1)"), Some("javascript"));
        assert_eq!(unsafe_url_scheme("jav&#x61;script&colon;x"), Some("javascript"));
        assert_eq!(unsafe_url_scheme("&#106;avascript:x"), Some("javascript"));
        assert_eq!(unsafe_url_scheme("vbscript:x"), Some("vbscript"));
        assert_eq!(unsafe_url_scheme("data:text/html,<script>"), Some("data"));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn ordinary_urls_and_data_images_are_safe() {
        assert_eq!(unsafe_url_scheme("https://pay.acme.example/x"), None);
        assert_eq!(unsafe_url_scheme("data:image/png;base64,AAAA"), None);
        assert_eq!(unsafe_url_scheme("#top"), None);
        assert_eq!(unsafe_url_scheme("javascript"), None);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn style_urls_are_read() {
        assert_eq!(unsafe_style("background: url('javascript:alert(1)')"), Some("javascript"));
        assert_eq!(unsafe_style("color:#c00000"), None);
    }
}

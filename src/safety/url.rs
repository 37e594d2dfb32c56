//! Which URLs template HTML and data may use, decided on the URL as the WHATWG URL parser
//! reads its scheme: after character references are decoded (the HTML parser did that),
//! leading and trailing controls and spaces stripped, and tabs and line breaks removed.

use super::allowlist::{DATA_IMAGE_TYPES, LINK_SCHEMES};

/// Where a URL is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Use {
    /// Followed when clicked: `href`, `cite`.
    Link,
    /// Loaded as an image: `<img src>`; may also be an inline raster `data:` image.
    Image,
}

/// Whether `url` may be written where it is used: no scheme (relative, `#fragment`), one of the
/// link schemes, or for an image a `data:` URL of a raster type.
pub fn allowed(url: &str, used: Use) -> bool {
    let Some(scheme) = scheme(url) else { return true };
    if LINK_SCHEMES.iter().any(|allowed| scheme.eq_ignore_ascii_case(allowed)) {
        return true;
    }
    used == Use::Image && scheme.eq_ignore_ascii_case("data") && raster_data(url)
}

/// The scheme of `url`, as the URL parser's "scheme state" reads it; `None` for a relative URL.
fn scheme(url: &str) -> Option<String> {
    let mut scheme = String::new();
    for character in as_parsed(url) {
        match character {
            ':' if !scheme.is_empty() => return Some(scheme),
            c if c.is_ascii_alphabetic() => scheme.push(c),
            c if !scheme.is_empty() && (c.is_ascii_digit() || matches!(c, '+' | '-' | '.')) => scheme.push(c),
            _ => return None,
        }
    }
    None
}

/// `data:image/png;…` or `data:image/png,…` (and the other raster types), in any case.
fn raster_data(url: &str) -> bool {
    let start: String = as_parsed(url).take(32).collect();
    let Some((_, media)) = start.split_once(':') else { return false };
    let media = media.trim_start().to_ascii_lowercase();
    DATA_IMAGE_TYPES.iter().any(|kind| media.strip_prefix(kind).is_some_and(|rest| rest.starts_with([';', ','])))
}

/// The characters of `url` the URL parser reads: leading and trailing C0 controls and spaces
/// stripped, tabs and line breaks removed anywhere.
fn as_parsed(url: &str) -> impl Iterator<Item = char> + '_ {
    url.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn script_schemes_are_refused_however_they_are_hidden() {
        for url in [
            "javascript:alert(1)",
            " JaVa\tScRiPt:alert(1)",
            "java\nscript:x",
            "\u{1}javascript:x",
            "vbscript:x",
            "livescript:[code]",
            "data:text/html,<script>",
            "data:image/svg+xml;base64,AA",
            "xx:x",
            "ftp://example.com",
        ] {
            assert!(!allowed(url, Use::Image), "{url:?}");
            assert!(!allowed(url, Use::Link), "{url:?}");
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn web_mail_phone_relative_and_raster_images_are_kept() {
        for url in [
            "https://pay.acme.example/x",
            "HTTP://x",
            "mailto:a@b.c",
            "tel:+33100",
            "#top",
            "/pay",
            "pay?x=1",
            "java script:x",
            "1http:x",
        ] {
            assert!(allowed(url, Use::Link), "{url:?}");
        }
        assert!(allowed("data:image/png;base64,AAAA", Use::Image));
        assert!(allowed("DATA:Image/JPEG,AAAA", Use::Image));
        assert!(!allowed("data:image/png;base64,AAAA", Use::Link));
        assert!(!allowed("data:image/pngx,AAAA", Use::Image));
    }
}

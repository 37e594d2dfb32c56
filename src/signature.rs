//! Who signs a letter. The letter layout signs: under the body it prints the collector's
//! name, title, phone and e-mail, kept on one page with the closing line. A letter template
//! therefore ends with its closing ("Yours faithfully,"); one that writes the signer's name on
//! a line of its own (`#user_name` first on its line, as signatures are) signs itself: the
//! checker warns, and the layout leaves its own block out, so a letter is never signed twice.

use crate::template::{Hashtag, Template};

/// The hashtag of the signer's name.
const SIGNER: &str = "user_name";

/// The template's own signature line: `#user_name` first on a line (after markup only), if any.
pub fn signature_in<'t>(template: &'t Template<'_>) -> Option<&'t Hashtag<'t>> {
    template.hashtags().find(|hashtag| {
        hashtag.entry.is_some_and(|entry| entry.name == SIGNER) && starts_a_line(template.source, hashtag.span.start)
    })
}

/// Whether only markup stands between the previous line break (a newline, `<br>`, `<p>`) and
/// `at`.
fn starts_a_line(source: &str, at: usize) -> bool {
    let line = &source[source[..at].rfind('\n').map_or(0, |newline| newline + 1)..at];
    let lowered = line.to_ascii_lowercase();
    let after_break = ["<br>", "<br/>", "<br />", "<p>", "<div>"]
        .iter()
        .filter_map(|tag| lowered.rfind(tag).map(|position| position + tag.len()))
        .max()
        .unwrap_or(0);
    let mut text = String::new();
    let mut in_tag = false;
    for c in line[after_break..].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.chars().all(|c| c.is_whitespace() || matches!(c, '*' | '_' | '>' | '\\'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::Format;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn signs(source: &str, format: Format) -> bool {
        signature_in(&Template::parse(source, format)).is_some()
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_name_on_its_own_line_is_a_signature_and_a_name_in_a_sentence_is_not() {
        assert!(signs("Yours faithfully,\n\n#user_name\\\n#user_title\n", Format::Markdown));
        assert!(signs("Yours faithfully,\n\n**#user_name**\n", Format::Markdown));
        assert!(signs("<p>Kind regards,<br>#user_name<br>#company_name</p>", Format::Html));
        assert!(!signs("Call #user_name on #user_phone.\n\nYours faithfully,\n", Format::Markdown));
        assert!(!signs("Pour toute question : #user_name, #user_title.", Format::Markdown));
        assert!(!signs("Yours faithfully,\n", Format::Markdown));
    }
}

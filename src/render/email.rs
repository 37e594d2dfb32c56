//! The e-mail as a mail client gets it: the body in a column of at most 600 px, centred, in a
//! layout table with inline styles, the conventions every client honours (Outlook for Windows
//! included, which reads no style sheet, `max-width` or media query). The body's own blocks are
//! written for mail already (`Medium::Mail`); `tests/e2e/email-clients.test.mjs` checks the
//! result against caniemail.com's data.

use crate::escape::text;
use crate::locale::Locale;

/// The column's look: the text's font, size and colour, set where every client reads them.
const COLUMN: &str = "padding: 16px 12px; font-family: Arial, Helvetica, sans-serif; font-size: 15px; \
    line-height: 1.5; color: #1f2937";

/// A complete e-mail document around `body` (an HTML fragment written for mail), titled with
/// the subject line.
pub fn document(body: &str, subject: Option<&str>, locale: Locale) -> String {
    let mut out = String::with_capacity(body.len() + 640);
    out.push_str("<!doctype html><html lang=\"");
    out.push_str(locale.tag());
    out.push_str("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
    text(&mut out, subject.unwrap_or(""));
    out.push_str("</title></head><body style=\"margin: 0; padding: 0; background-color: #ffffff\">");
    out.push_str(
        "<table class=\"dunning-email\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" \
         style=\"width: 100%; max-width: 600px; margin: 0 auto; border-collapse: collapse\"><tr><td style=\"",
    );
    out.push_str(COLUMN);
    out.push_str("\">");
    out.push_str(body);
    out.push_str("</td></tr></table></body></html>");
    out
}

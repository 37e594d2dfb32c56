//! The letter document: one complete, printable HTML page per letter (A4 or US Letter), with
//! the recipient's address in the envelope window, fold marks, sender, place and date, the
//! registered-letter mention, subject, body, signature, and the legal and bank footer.
//!
//! Geometry is in millimetres from the sheet's top-left corner (rendering.md):
//! `window: left` is DIN 5008 form B (address field 20 mm from the left, 45 mm from the top,
//! 85 × 45 mm), `window: right` the French layout (110 mm, 55 mm, 85 × 33 mm). Each letter starts
//! on a new sheet; the page has no top margin, so the first sheet of each letter is addressed
//! from its own corner, and continuation sheets get their margins from the cloned padding.
//!
//! The vertical budget of an A4 sheet (docs/decisions.md, "Letters"): the head (sender, logo,
//! window, and the place and date beside or above the window) takes the first 98.5 mm; the
//! footer (legal and bank mentions, page number) the last 16 mm, and the letter's bottom
//! padding 4 mm: 178.5 mm for the subject, the body and the signature on A4, 161 mm on US
//! Letter. At 10 pt on 14 pt lines (4.9 mm), a body line costs 4.9 mm, a paragraph's gap
//! 2.5 mm, a row of the items table 4.6 mm: a reminder of ~25 lines of prose with a table of
//! 10 items and the signature fits one A4 sheet.

use std::fmt::Write;

use super::format;
use super::values::{group_iban, Values};
use crate::channel::Channel;
use crate::escape::{attribute, text};
use crate::locale::words::words;
use crate::portfolio::{Paper, WindowSide};
use crate::safety::url;

/// One letter of a document.
pub struct Letter<'a, 'p> {
    pub values: &'a Values<'p>,
    /// The rendered body (an HTML fragment).
    pub body: &'a str,
    pub channel: Channel,
    pub subject: Option<&'a str>,
    /// The template writes its own signature (`crate::signature`): the layout adds none.
    pub signed_by_template: bool,
}

/// How a letter's pages are numbered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numbering {
    /// A document of one letter: "Page 2 of 3", by the document's page counter. Either way the
    /// number follows the customer's code ([`reference_of`]).
    Document,
    /// The letter at this index of a batch: "Page 2", by a counter of its own (CSS counts a
    /// named page's pages, not their total).
    InBatch(usize),
}

/// The address window, in millimetres from the sheet's top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

impl Window {
    pub fn of(side: WindowSide) -> Window {
        match side {
            WindowSide::Left => Window { left: 20.0, top: 45.0, width: 85.0, height: 45.0 },
            WindowSide::Right => Window { left: 110.0, top: 55.0, width: 85.0, height: 33.0 },
        }
    }
}

/// DIN 5008 form B fold marks and the punch mark, in millimetres from the top.
const FOLD_MARKS: [f32; 2] = [105.0, 210.0];
const PUNCH_MARK: f32 = 148.5;
/// Where the body starts, below the window, in millimetres from the top.
const BODY_TOP: f32 = 98.5;
/// The top margin of continuation sheets (the cloned padding of the letter).
const MARGIN_TOP: f32 = 20.0;
/// The page's bottom margin, which holds the footer.
const FOOTER: f32 = 14.0;
/// The letter's bottom padding, on every sheet (cloned).
const BOTTOM_PADDING: f32 = 2.0;
/// The short header of a continuation sheet (company, customer, "Page 2 of 3"): its line and
/// the space under it, which the sheets' layout in the browser (`dunning-frame.html`) counts.
const CONTINUED: f32 = 9.0;

/// A recipient of more lines than this prints in the window's dense style.
const DENSE_ABOVE: usize = 5;

/// An address prints at most this many lines (NF Z10-011, UPU), one more with a country line.
const ADDRESS_LINES: usize = 6;

/// The style of the page number in the footer.
const PAGE_NUMBER_FONT: &str =
    "font: 8pt sans-serif; color: #555; text-align: right; padding-right: 8mm; white-space: nowrap;";

/// A CSS string literal of `value` (for `content:` in page margin boxes).
fn css_string(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('"');
    for c in value.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            '\n' | '\r' => quoted.push(' '),
            '<' => quoted.push_str("\\3c "),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// One document with every letter, each on new sheets. All letters of a document share the
/// company's paper and window settings.
pub fn document(letters: &[Letter<'_, '_>]) -> String {
    let Some(first) = letters.first() else { return String::from(EMPTY) };
    let mut out = head(first, letters.len(), letters.iter().map(|l| l.body.len() + 2048).sum());
    let window = window_of(first.values.portfolio);
    for (index, letter) in letters.iter().enumerate() {
        section(&mut out, letter, window, numbering(letters.len(), index));
    }
    out.push_str(TAIL);
    out
}

/// A document without letters.
pub const EMPTY: &str = "<!doctype html><html><head><meta charset=\"utf-8\"><title></title></head><body></body></html>";

/// What ends a document after its letters.
pub const TAIL: &str = "</body></html>\n";

/// The numbering of the letter at `index` of a document of `count` letters.
pub fn numbering(count: usize, index: usize) -> Numbering {
    if count == 1 {
        Numbering::Document
    } else {
        Numbering::InBatch(index)
    }
}

/// CSS `content` for a page-number pattern: `{page}` is `counter(<page>)`, `{pages}` the
/// document's `counter(pages)`, the rest quoted.
fn page_number_content(pattern: &str, page: &str) -> String {
    let mut parts = Vec::new();
    let mut rest = pattern;
    while let Some(at) = rest.find('{') {
        parts.push(css_string(&rest[..at]));
        let end = rest[at..].find('}').map_or(rest.len(), |end| at + end + 1);
        parts.push(if &rest[at..end] == "{pages}" { "counter(pages)".to_owned() } else { format!("counter({page})") });
        rest = &rest[end..];
    }
    parts.push(css_string(rest));
    parts.retain(|part| part != "\"\"");
    parts.join(" ")
}

/// The company's envelope window.
pub fn window_of(portfolio: &crate::portfolio::Portfolio) -> Window {
    Window::of(portfolio.company.letter.clone().unwrap_or_default().window)
}

/// The document up to its first letter: the page, its style sheet and footer, for `count`
/// letters (page numbers print for a single letter only), with room for `body_bytes` more.
pub fn head(first: &Letter<'_, '_>, count: usize, body_bytes: usize) -> String {
    let portfolio = first.values.portfolio;
    let company = &portfolio.company;
    let settings = company.letter.clone().unwrap_or_default();
    let window = Window::of(settings.window);
    let words = words(first.values.locale);
    let (paper, width, height) = match settings.paper {
        Paper::A4 => ("A4", 210.0, 297.0),
        Paper::Letter => ("letter", 215.9, 279.4),
    };
    let mut footer = vec![company.name.clone()];
    footer.extend(company.address.iter().flatten().cloned());
    if let Some(registration) = &company.registration {
        footer.push(crate::legal::registration_mention(registration, company.country.as_deref()));
    }
    if let Some(bank) = &company.bank {
        footer.extend(bank.iban.as_deref().map(|iban| format!("IBAN {}", group_iban(iban))));
        footer.extend(bank.bic.as_deref().map(|bic| format!("BIC {bic}")));
    }
    // One letter counts the document's pages; in a batch, each letter numbers its own (see
    // `section`).
    let page_numbers = if count == 1 {
        let who = css_string(&format!("{} · ", reference_of(first.values)));
        format!("@bottom-right {{ content: {who} {}; {PAGE_NUMBER_FONT} }}", page_number_content(words.page_of, "page"))
    } else {
        String::new()
    };
    let (date_left, date_top, date_width, date_align) = dateline_box(window);

    let mut out = String::with_capacity(4096 + body_bytes);
    out.push_str("<!doctype html>\n<html lang=\"");
    attribute(&mut out, first.values.locale.tag());
    out.push_str("\"><head><meta charset=\"utf-8\"><title>");
    text(&mut out, &company.name);
    out.push_str("</title><style>\n");
    out.push_str(&format!(
        "@page {{ size: {paper}; margin: 0 0 {FOOTER}mm 0; @bottom-center {{ content: {footer}; font: 7pt sans-serif; color: #555; width: 130mm; }} {page_numbers} }}\n",
        footer = css_string(&footer.join(" · ")),
    ));
    out.push_str(&format!(
        "html, body {{ margin: 0; padding: 0; }}
body {{ font: 10pt/1.35 \"DejaVu Sans\", Arial, sans-serif; color: #111; }}
.letter {{ position: relative; width: {width}mm; box-sizing: border-box; padding: {MARGIN_TOP}mm 20mm {BOTTOM_PADDING}mm 25mm;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; break-before: page; min-height: {min}mm; }}
.letter:first-child {{ break-before: auto; }}
.head {{ height: {head}mm; }}
.sender {{ position: absolute; top: 12mm; left: 25mm; width: 80mm; font-size: 9pt; line-height: 1.35; }}
.sender .name {{ font-weight: bold; font-size: 11pt; }}
.logo {{ position: absolute; top: 10mm; right: 20mm; max-height: 22mm; max-width: 60mm; }}
.window {{ position: absolute; left: {wl}mm; top: {wt}mm; width: {ww}mm; height: {wh}mm; box-sizing: border-box;
  padding: 3mm 5mm; overflow: hidden; }}
.window .return {{ font-size: 6.5pt; border-bottom: 0.2mm solid #777; margin-bottom: 1.5mm; white-space: nowrap; overflow: hidden; }}
.window .recipient {{ font-size: 10pt; line-height: 1.3; }}
.window.dense {{ padding-top: 1.5mm; padding-bottom: 1mm; }}
.window.dense .return {{ margin-bottom: 1mm; }}
.window.dense .recipient {{ font-size: 9pt; line-height: 1.12; }}
.fold {{ position: absolute; left: 4mm; width: 5mm; border-top: 0.2mm solid #999; }}
.fold.punch {{ width: 7mm; }}
.dateline {{ position: absolute; left: {date_left}mm; top: {date_top}mm; width: {date_width}mm; text-align: {date_align}; margin: 0; }}
.mention {{ font-weight: bold; text-transform: uppercase; margin: 0 0 2mm; letter-spacing: .02em; }}
.subject {{ font-weight: bold; margin: 0 0 4mm; }}
.body p, .body ul, .body ol, .body dl, .body blockquote, .body pre, .body table {{ margin: 0 0 2mm; }}
.body p, .body li {{ orphans: 2; widows: 2; }}
.body p + table, .body p + dl, .body > :nth-last-child(2) {{ break-before: avoid; }}
.body h1, .body h2, .body h3, .body h4 {{ font-size: 11pt; margin: 3mm 0 2mm; break-after: avoid; }}
.body table.dunning-items {{ width: 100%; border-collapse: collapse; font-size: 8pt; line-height: 1.25; margin: 1mm 0 2.5mm; }}
.body table.dunning-items th, .body table.dunning-items td {{ border-bottom: 0.2mm solid #bbb; padding: .4mm 1.2mm; text-align: left; vertical-align: top; }}
.body table.dunning-items thead th {{ vertical-align: bottom; }}
.body table.dunning-items th {{ font-weight: bold; }}
.body table.dunning-items td.reference, .body table.dunning-items td.date, .body table.dunning-items td.amount,
.body table.dunning-items td.days {{ white-space: nowrap; }}
.body table.dunning-items .amount, .body table.dunning-items .days {{ text-align: right; }}
.body table.dunning-items thead {{ display: table-header-group; }}
.body table.dunning-items tr {{ break-inside: avoid; }}
.body table.dunning-items tr.overdue td {{ color: #a00000; }}
.body table.dunning-items tr.total th, .body table.dunning-items tr.total td {{ font-weight: bold; border-bottom: none; }}
.body dl.dunning-bank {{ display: grid; grid-template-columns: max-content auto; gap: 0 4mm; }}
.body dl.dunning-bank dd {{ margin: 0; }}
.continued {{ break-before: page; display: flex; gap: 4mm; justify-content: space-between; height: 5mm; margin: 0 0 {continued_gap}mm;
  box-sizing: border-box; border-bottom: 0.2mm solid #bbb; font-size: 8pt; line-height: 4.5mm; color: #555; white-space: nowrap; overflow: hidden; }}
.continued[hidden] {{ display: none; }}
.continued span:first-child {{ overflow: hidden; text-overflow: ellipsis; }}
.blank-sheet {{ break-before: page; page: blank; height: 1mm; }}
@page blank {{ @bottom-center {{ content: none; }} @bottom-right {{ content: none; }} }}
.signature {{ margin-top: 4mm; break-before: avoid; break-inside: avoid; line-height: 1.3; }}
.signature:empty {{ display: none; }}
.signature .name {{ font-weight: bold; }}
.signature .contact {{ font-size: 9pt; }}
@media screen {{ body {{ background: #e5e7eb; }} .letter {{ background: #fff; margin: 8mm auto; box-shadow: 0 1mm 4mm #0003; min-height: {height}mm; }}
  .letter::after {{ content: \"\"; position: absolute; left: 0; right: 0; top: {first_end}mm; bottom: 0; pointer-events: none;
    background: repeating-linear-gradient(to bottom, #f59e0b 0 .4mm, transparent .4mm {next}mm); }}
  .sheets .letter::after {{ content: none; }}
  .continued {{ box-shadow: 0 -3mm 0 -2.6mm #f59e0b; }}
  .blank-sheet {{ width: 210mm; height: auto; margin: 8mm auto; padding: 6mm 0; text-align: center; color: #6b7280; background: #fff;
    box-shadow: 0 1mm 4mm #0003; }}
  .blank-sheet::before {{ content: attr(data-label); }} }}
",
        min = height - FOOTER,
        // Where the printed sheets end, in the screen's one long sheet: the first sheet's body
        // ends above the footer and the bottom padding; each next one holds its height less the
        // footer and both paddings (docs/decisions.md, "A letter's vertical budget").
        first_end = height - FOOTER - BOTTOM_PADDING,
        next = height - FOOTER - MARGIN_TOP - BOTTOM_PADDING,
        head = BODY_TOP - MARGIN_TOP,
        continued_gap = CONTINUED - 5.0,
        wl = window.left,
        wt = window.top,
        ww = window.width,
        wh = window.height,
    ));
    if let Some(logo) = logo_of(company) {
        let _ = writeln!(out, ".logo {{ content: url({}); }}", css_string(logo));
    }
    out.push_str(super::preview::MARKS_CSS);
    // What the sheets' layout in the browser needs (dunning-frame.html): where the first
    // sheet's body ends, what a continuation sheet holds, its header's height, all in mm; the
    // words of the blank back page.
    let _ = write!(
        out,
        "</style></head><body data-sheet=\"{} {} {CONTINUED}\" data-blank=\"",
        height - FOOTER - BOTTOM_PADDING,
        height - FOOTER - MARGIN_TOP - BOTTOM_PADDING,
    );
    attribute(&mut out, words.blank_back);
    out.push_str("\">\n");
    out
}

/// One letter: its sheets, from the head with the window to the signature.
pub fn section(out: &mut String, letter: &Letter<'_, '_>, window: Window, numbering: Numbering) {
    let values = letter.values;
    let portfolio = values.portfolio;
    let company = &portfolio.company;
    let words = words(values.locale);
    // The head space keeps the first sheet's body below the window; continuation sheets
    // start at the cloned top padding.
    let code = reference_of(values);
    out.push_str("<section class=\"letter\"");
    match numbering {
        Numbering::Document => out.push('>'),
        Numbering::InBatch(index) => {
            // Its own page type, whose pages count on the letter's own counter.
            let _ = write!(
                out,
                " style=\"page: letter-{index}\"><style>@page letter-{index} {{ \
                 counter-increment: letter-{index}; @bottom-right {{ content: {who} {page}; {PAGE_NUMBER_FONT} }} }}</style>",
                who = css_string(&format!("{code} · ")),
                page = page_number_content(words.page, &format!("letter-{index}")),
            );
        }
    }
    // A continuation sheet's header, hidden: the sheets' layout in the browser copies it where
    // it breaks (who writes to whom, then "Page 2 of 3"), as text.
    let customer = &values.customer;
    out.push_str("<div class=\"continued\" hidden><span>");
    text(out, &company.name);
    out.push_str(" · ");
    text(out, &customer.name);
    if customer.name != code {
        out.push_str(" (");
        text(out, code);
        out.push(')');
    }
    out.push_str("</span><span>");
    text(out, words.page_of);
    out.push_str("</span></div><div class=\"head\"></div>");
    for (class, top) in FOLD_MARKS.iter().map(|top| ("fold", top)).chain([("fold punch", &PUNCH_MARK)]) {
        let _ = write!(out, "<div class=\"{class}\" style=\"top:{top}mm\"></div>");
    }
    // The logo's image is the style sheet's, once per document (`head`): a batch of 10,000
    // letters does not carry 10,000 copies of a data: URL.
    if logo_of(company).is_some() {
        out.push_str("<div class=\"logo\" role=\"img\" aria-label=\"");
        attribute(out, &company.name);
        out.push_str("\"></div>");
    }
    out.push_str("<div class=\"sender\"><div class=\"name\">");
    text(out, &company.name);
    out.push_str("</div>");
    for line in company.address.iter().flatten().chain(&company.phone).chain(&company.email) {
        out.push_str("<div>");
        text(out, line);
        out.push_str("</div>");
    }
    out.push_str("</div>");

    // Six or seven lines fill a 33 mm window at 10 pt: they print denser rather than lose
    // the country line to the window's edge.
    let recipient = recipient_lines(values);
    let dense = recipient.len() > DENSE_ABOVE;
    let _ = write!(
        out,
        "<div class=\"window{}\" data-window=\"{},{},{},{}\">",
        if dense { " dense" } else { "" },
        window.left,
        window.top,
        window.width,
        window.height
    );
    let return_address: Vec<&str> = std::iter::once(company.name.as_str())
        .chain(company.address.iter().flatten().map(String::as_str).take(2))
        .collect();
    out.push_str("<div class=\"return\">");
    text(out, &return_address.join(" · "));
    out.push_str("</div><div class=\"recipient\">");
    for line in recipient {
        out.push_str("<div>");
        text(out, &line);
        out.push_str("</div>");
    }
    out.push_str("</div></div>");

    let date = format::long_date(values.locale, values.date);
    let dateline = match place(company.address.as_deref()) {
        Some(place) => words.place_date.replace("{place}", place).replace("{date}", &date),
        None => date,
    };
    out.push_str("<p class=\"dateline\">");
    text(out, &dateline);
    out.push_str("</p>");
    let mention = match letter.channel {
        Channel::RegisteredLetter => Some(words.registered_letter),
        Channel::ElectronicRegisteredLetter => Some(words.electronic_registered_letter),
        _ => None,
    };
    if let Some(mention) = mention {
        out.push_str("<p class=\"mention\">");
        text(out, mention);
        out.push_str("</p>");
    }
    if let Some(subject) = letter.subject.filter(|s| !s.trim().is_empty()) {
        out.push_str("<p class=\"subject\">");
        text(out, words.subject);
        out.push(' ');
        text(out, subject);
        out.push_str("</p>");
    }
    // The signature is the body's last block, so that it stays on the page of the closing;
    // it is there, empty, when the template signs itself: the body always ends with it.
    out.push_str("<div class=\"body\">");
    out.push_str(letter.body);
    out.push_str("<div class=\"signature\">");
    let collector = values.customer.collector.as_deref().and_then(|id| portfolio.user(id));
    if let Some(collector) = collector.filter(|_| !letter.signed_by_template) {
        out.push_str("<div class=\"name\">");
        text(out, &collector.name);
        out.push_str("</div>");
        if let Some(title) = &collector.title {
            out.push_str("<div>");
            text(out, title);
            out.push_str("</div>");
        }
        let contact: Vec<&str> = collector.phone.iter().chain(&collector.email).map(String::as_str).collect();
        if !contact.is_empty() {
            out.push_str("<div class=\"contact\">");
            text(out, &contact.join(" · "));
            out.push_str("</div>");
        }
    }
    out.push_str("</div></div></section>\n");
}

/// The company's logo, when its letters show one and it is an image a letter may print
/// (`safety::url`: a link or a raster `data:` image).
fn logo_of(company: &crate::portfolio::Company) -> Option<&str> {
    let shown = company.show_logo_in_letters == Some(true);
    company.logo.as_deref().filter(|logo| shown && url::allowed(logo, url::Use::Image))
}

/// What identifies a letter's sheets beside their page number: the customer's account code
/// (its id without one), so that a sheet dropped from the pile finds its letter.
fn reference_of<'v>(values: &'v Values<'_>) -> &'v str {
    values.customer.code.as_deref().unwrap_or(&values.customer.id)
}

/// Where the place and date print: DIN 5008's information block right of a left window, or
/// above a right window, aligned to its right edge. `(left, top, width, text-align)` in mm.
fn dateline_box(window: Window) -> (f32, f32, f32, &'static str) {
    if window.left < 100.0 {
        (window.left + window.width + 20.0, window.top + 5.0, 65.0, "left")
    } else {
        (window.left, window.top - 11.0, window.width, "right")
    }
}

/// The recipient block: the customer's name, the collection contact, then the address (the
/// contact's, else the customer's), at most six lines, seven when the last is a foreign
/// country.
fn recipient_lines(values: &Values<'_>) -> Vec<String> {
    let customer = values.customer;
    let contact = values.portfolio.collection_contact(customer);
    let mut lines = vec![customer.name.clone()];
    if let Some(contact) = contact {
        let name: Vec<&str> =
            [&contact.title, &contact.first_name, &contact.last_name].iter().filter_map(|p| p.as_deref()).collect();
        if !name.is_empty() {
            lines.push(name.join(" "));
        }
    }
    let address = contact.and_then(|c| c.address.as_deref()).or(customer.address.as_deref()).unwrap_or_default();
    lines.extend(address.iter().filter(|line| !line.trim().is_empty()).cloned());
    let company_country = values.portfolio.company.country.as_deref();
    let foreign = customer.country.is_some() && customer.country.as_deref() != company_country;
    let limit = ADDRESS_LINES + usize::from(foreign);
    if lines.len() > limit {
        // Keep the last line (city or country): what the post reads first.
        let last = lines.pop().unwrap_or_default();
        lines.truncate(limit - 1);
        lines.push(last);
    }
    lines
}

/// The place of the dateline: the city of the company's address (the line with a postal
/// code, without the code: `75002 Paris` → `Paris`).
fn place(address: Option<&[String]>) -> Option<&str> {
    let line = address?.iter().rev().find(|line| line.chars().any(|c| c.is_ascii_digit()))?;
    let city = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '-').trim();
    (!city.is_empty() && !city.chars().any(|c| c.is_ascii_digit())).then_some(city)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn place_is_the_city_of_the_postal_line() {
        let address = |lines: &[&str]| lines.iter().map(|l| l.to_string()).collect::<Vec<_>>();
        assert_eq!(place(Some(&address(&["12 rue de la Paix", "75002 Paris", "France"]))), Some("Paris"));
        assert_eq!(place(Some(&address(&["Hauptstraße 5", "10115 Berlin"]))), Some("Berlin"));
        assert_eq!(place(Some(&address(&["1 Main St", "London SW1A 1AA"]))), None);
        assert_eq!(place(None), None);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn css_strings_are_escaped() {
        assert_eq!(css_string("a \"b\" \\ c\n</style>"), "\"a \\\"b\\\" \\\\ c \\3c /style>\"");
    }
}

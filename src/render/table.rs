//! The items table (`#items_list*`): localized headers, one row per item sorted by due date
//! then reference, overdue rows marked, then one total row per currency.
//!
//! On paper (a letter) it is a table of the spec's eight columns, laid out by the letter's CSS.
//! In an e-mail, each item is stacked on two lines (reference and kind, outstanding amount;
//! then its dates, amount, days late and status), with inline styles only: mail clients keep
//! no style sheet and no media query (Outlook for Windows), and eight columns need about 500 px
//! where a phone has 320 (docs/decisions.md, "E-mail HTML").

use super::{format, Medium};
use crate::date::Date;
use crate::escape::text as escape;
use crate::locale::words::{words, Words};
use crate::locale::Locale;
use crate::money::{Money, Totals};
use crate::portfolio::{Item, ItemKind, Portfolio};

/// One cell: text from the data (escaped in HTML) or a value formatted as it is written, so
/// that a table of thousands of rows allocates nothing per cell.
enum Cell<'p> {
    Text(&'p str),
    /// The product's own words (an item's kind, its default status): text that escaping leaves
    /// as it is (`the_table_words_need_no_escaping`), written as it is.
    Word(&'static str),
    Money(Money),
    Date(Option<Date>),
    Days(Option<i32>),
}

impl Cell<'_> {
    fn is_empty(&self) -> bool {
        match self {
            Cell::Text(text) => text.is_empty(),
            Cell::Word(word) => word.is_empty(),
            Cell::Money(_) => false,
            Cell::Date(date) => date.is_none(),
            Cell::Days(days) => days.is_none(),
        }
    }

    /// Writes the cell; `escape` is applied to data text only (CLDR's output has no markup).
    fn write(&self, out: &mut String, locale: Locale, escape: fn(&mut String, &str)) {
        match self {
            Cell::Text(text) => escape(out, text),
            Cell::Word(word) => out.push_str(word),
            Cell::Money(money) => format::write_money(out, locale, *money),
            Cell::Date(Some(date)) => format::write_short_date(out, locale, *date),
            Cell::Days(Some(days)) => write_integer(out, *days),
            Cell::Date(None) | Cell::Days(None) => {}
        }
    }
}

/// `days` in decimal digits, without `fmt`'s machinery (once per overdue row).
fn write_integer(out: &mut String, days: i32) {
    if days < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    let mut rest = days.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    digits[at..].iter().for_each(|&digit| out.push(char::from(digit)));
}

/// One row, in column order.
struct Row<'p> {
    cells: [Cell<'p>; 8],
    overdue: bool,
}
fn kind_word(words: &Words, kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Invoice => words.kind_invoice,
        ItemKind::DebitNote => words.kind_debit_note,
        ItemKind::CreditNote => words.kind_credit_note,
        ItemKind::Payment => words.kind_payment,
    }
}

fn headers(words: &Words) -> [&'static str; 8] {
    [
        words.column_reference,
        words.column_kind,
        words.column_issue_date,
        words.column_due_date,
        words.column_amount,
        words.column_outstanding,
        words.column_days_late,
        words.column_status,
    ]
}

fn rows<'p>(portfolio: &'p Portfolio, items: &[&'p Item], locale: Locale, date: Date) -> impl Iterator<Item = Row<'p>> {
    let words = words(locale);
    let mut sorted = items.to_vec();
    crate::sort::sort_by(&mut sorted, |a, b| (a.due_date, &a.reference).cmp(&(b.due_date, &b.reference)));
    sorted.into_iter().map(move |item| {
        let overdue = item.due_date < date;
        let status = match item.status.as_deref() {
            Some(code) => Cell::Text(portfolio.item_status(code).map_or(code, |status| status.label_in(locale))),
            None if overdue => Cell::Word(words.status_overdue),
            None => Cell::Word(words.status_not_due),
        };
        Row {
            cells: [
                Cell::Text(&item.reference),
                Cell::Word(kind_word(words, item.kind)),
                Cell::Date(item.issue_date),
                Cell::Date(Some(item.due_date)),
                Cell::Money(item.amount()),
                Cell::Money(item.outstanding()),
                Cell::Days(overdue.then(|| date.days_since(item.due_date))),
                status,
            ],
            overdue,
        }
    })
}

/// Column classes: amounts and day counts align right.
const CLASSES: [&str; 8] = ["reference", "kind", "date", "date", "amount", "amount", "days", "status"];

/// Each column's cell tag on paper, with its class of [`CLASSES`]: one write per cell.
const CELLS: [&str; 8] = [
    "<td class=\"reference\">",
    "<td class=\"kind\">",
    "<td class=\"date\">",
    "<td class=\"date\">",
    "<td class=\"amount\">",
    "<td class=\"amount\">",
    "<td class=\"days\">",
    "<td class=\"status\">",
];

/// The table as HTML (data escaped) for `medium`; an empty list is a sentence, not an empty
/// table.
pub fn html(out: &mut String, portfolio: &Portfolio, items: &[&Item], locale: Locale, date: Date, medium: Medium) {
    let words = words(locale);
    if items.is_empty() {
        out.push_str("<p class=\"dunning-no-items\">");
        escape(out, words.no_items);
        out.push_str("</p>");
        return;
    }
    match medium {
        Medium::Paper => paper(out, portfolio, items, locale, date),
        Medium::Mail => mail(out, portfolio, items, locale, date),
    }
}

fn paper(out: &mut String, portfolio: &Portfolio, items: &[&Item], locale: Locale, date: Date) {
    let words = words(locale);
    out.reserve(600 + items.len() * 400);
    out.push_str("<table class=\"dunning-items\"><thead><tr>");
    for (header, class) in headers(words).iter().zip(CLASSES) {
        out.push_str("<th class=\"");
        out.push_str(class);
        out.push_str("\">");
        escape(out, header);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows(portfolio, items, locale, date) {
        out.push_str(if row.overdue { "<tr class=\"overdue\">" } else { "<tr>" });
        for (cell, open) in row.cells.iter().zip(CELLS) {
            out.push_str(open);
            cell.write(out, locale, escape);
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    let totals: Totals = items.iter().map(|item| item.outstanding()).collect();
    for total in totals.iter() {
        out.push_str("<tr class=\"total\"><th colspan=\"5\" scope=\"row\">");
        escape(out, words.total);
        out.push_str("</th><td class=\"amount\">");
        format::write_money(out, locale, total);
        out.push_str("</td><td colspan=\"2\"></td></tr>");
    }
    out.push_str("</tbody></table>");
}

// The e-mail table's inline styles: one place, so that every cell of a kind looks the same.
const MAIL_TABLE: &str = "<table class=\"dunning-items\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" \
    style=\"width: 100%; border-collapse: collapse; margin: 12px 0; font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.4; color: #1f2937\">";
const MAIL_HEAD: &str =
    "padding: 6px 8px; border-bottom: 2px solid #d1d5db; font-size: 12px; font-weight: bold; color: #4b5563";
const MAIL_FIRST_LINE: &str = "padding: 8px 8px 2px; vertical-align: top";
const MAIL_SECOND_LINE: &str = "padding: 0 8px 8px; border-bottom: 1px solid #e5e7eb; font-size: 12px; color: #4b5563";
const MAIL_TOTAL: &str = "padding: 8px; font-weight: bold";
const OVERDUE_COLOUR: &str = "; color: #b91c1c";

fn mail(out: &mut String, portfolio: &Portfolio, items: &[&Item], locale: Locale, date: Date) {
    let words = words(locale);
    let cell = |out: &mut String, tag: &str, align: &str, style: &str, extra: &str| {
        for part in ["<", tag, " align=\"", align, "\" style=\"", style, "; text-align: ", align, extra, "\">"] {
            out.push_str(part);
        }
    };
    out.push_str(MAIL_TABLE);
    out.push_str("<thead><tr>");
    cell(out, "th", "left", MAIL_HEAD, "");
    escape(out, words.column_reference);
    out.push_str("</th>");
    cell(out, "th", "right", MAIL_HEAD, "");
    escape(out, words.column_outstanding);
    out.push_str("</th></tr></thead><tbody>");
    out.reserve(items.len() * 700);
    for row in rows(portfolio, items, locale, date) {
        let [reference, kind, issued, due, amount, outstanding, days, status] = &row.cells;
        let (class, colour) = if row.overdue { (" class=\"overdue\"", OVERDUE_COLOUR) } else { ("", "") };
        out.push_str("<tr");
        out.push_str(class);
        out.push('>');
        cell(out, "td", "left", MAIL_FIRST_LINE, colour);
        out.push_str("<b>");
        reference.write(out, locale, escape);
        out.push_str("</b> · ");
        kind.write(out, locale, escape);
        out.push_str("</td>");
        cell(out, "td", "right", MAIL_FIRST_LINE, colour);
        out.push_str("<b>");
        outstanding.write(out, locale, escape);
        out.push_str("</b></td></tr>");
        out.push_str("<tr");
        out.push_str(class);
        out.push_str("><td colspan=\"2\" style=\"");
        out.push_str(MAIL_SECOND_LINE);
        out.push_str("\">");
        let fields = [
            (words.column_issue_date, issued),
            (words.column_due_date, due),
            (words.column_amount, amount),
            (words.column_days_late, days),
            ("", status),
        ];
        for (at, (label, value)) in fields.into_iter().filter(|(_, value)| !value.is_empty()).enumerate() {
            if at > 0 {
                out.push_str(" · ");
            }
            if !label.is_empty() {
                escape(out, label);
                out.push('\u{a0}');
            }
            value.write(out, locale, escape);
        }
        out.push_str("</td></tr>");
    }
    let totals: Totals = items.iter().map(|item| item.outstanding()).collect();
    for total in totals.iter() {
        out.push_str("<tr class=\"total\">");
        cell(out, "th", "left", MAIL_TOTAL, "");
        escape(out, words.total);
        out.push_str("</th>");
        cell(out, "td", "right", MAIL_TOTAL, "");
        format::write_money(out, locale, total);
        out.push_str("</td></tr>");
    }
    out.push_str("</tbody></table>");
}

/// The table as plain text: one line per item, then the totals.
pub fn text(out: &mut String, portfolio: &Portfolio, items: &[&Item], locale: Locale, date: Date) {
    let words = words(locale);
    if items.is_empty() {
        out.push_str(words.no_items);
        return;
    }
    for (index, row) in rows(portfolio, items, locale, date).enumerate() {
        if index > 0 {
            out.push('\n');
        }
        for (at, cell) in row.cells.iter().filter(|cell| !cell.is_empty()).enumerate() {
            if at > 0 {
                out.push_str(" · ");
            }
            cell.write(out, locale, |out, text| out.push_str(text));
        }
    }
    let totals: Totals = items.iter().map(|item| item.outstanding()).collect();
    for total in totals.iter() {
        out.push('\n');
        out.push_str(words.total);
        out.push_str(": ");
        format::write_money(out, locale, total);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn paper_cells_carry_their_column_class() {
        for (cell, class) in CELLS.iter().zip(CLASSES) {
            assert_eq!(*cell, format!("<td class=\"{class}\">"));
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn the_table_words_need_no_escaping() {
        for locale in Locale::ALL {
            let words = words(locale);
            let kinds = [ItemKind::Invoice, ItemKind::DebitNote, ItemKind::CreditNote, ItemKind::Payment];
            for word in
                kinds.map(|kind| kind_word(words, kind)).into_iter().chain([words.status_overdue, words.status_not_due])
            {
                let mut escaped = String::new();
                escape(&mut escaped, word);
                assert_eq!(escaped, word, "{locale:?}");
            }
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn day_counts_are_written_as_fmt_writes_them() {
        for days in [0, 7, 10, 365, -3, i32::MAX, i32::MIN] {
            let mut out = String::new();
            write_integer(&mut out, days);
            assert_eq!(out, days.to_string());
        }
    }
}

//! The items table (`#items_list*`): localized headers, one row per item sorted by due date
//! then reference, overdue rows marked, then one total row per currency.

use std::borrow::Cow;

use pulldown_cmark_escape::escape_html_body_text;

use super::format;
use crate::date::Date;
use crate::locale::words::{words, Words};
use crate::locale::Locale;
use crate::money::Totals;
use crate::portfolio::{Item, ItemKind, Portfolio};

/// One row, formatted; the reference, kind and status are borrowed, not copied.
struct Row<'p> {
    cells: [Cow<'p, str>; 8],
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

fn rows<'p>(portfolio: &'p Portfolio, items: &[&'p Item], locale: Locale, date: Date) -> Vec<Row<'p>> {
    let words = words(locale);
    let mut sorted = items.to_vec();
    sorted.sort_by(|a, b| (a.due_date, &a.reference).cmp(&(b.due_date, &b.reference)));
    sorted
        .into_iter()
        .map(|item| {
            let overdue = item.due_date < date;
            let status: &str = match item.status.as_deref() {
                Some(code) => portfolio.item_status(code).and_then(|s| s.label.as_deref()).unwrap_or(code),
                None if overdue => words.status_overdue,
                None => words.status_not_due,
            };
            let days_late = if overdue { date.days_since(item.due_date).to_string() } else { String::new() };
            Row {
                cells: [
                    Cow::Borrowed(item.reference.as_str()),
                    Cow::Borrowed(kind_word(words, item.kind)),
                    Cow::Owned(item.issue_date.map(|d| format::short_date(locale, d)).unwrap_or_default()),
                    Cow::Owned(format::short_date(locale, item.due_date)),
                    Cow::Owned(format::money(locale, item.amount())),
                    Cow::Owned(format::money(locale, item.outstanding())),
                    Cow::Owned(days_late),
                    Cow::Borrowed(status),
                ],
                overdue,
            }
        })
        .collect()
}

/// Column classes: amounts and day counts align right.
const CLASSES: [&str; 8] = ["reference", "kind", "date", "date", "amount", "amount", "days", "status"];

/// The table as HTML (data escaped); an empty list is a sentence, not an empty table.
pub fn html(out: &mut String, portfolio: &Portfolio, items: &[&Item], locale: Locale, date: Date) {
    let words = words(locale);
    if items.is_empty() {
        out.push_str("<p class=\"dunning-no-items\">");
        escape(out, words.no_items);
        out.push_str("</p>");
        return;
    }
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
        for (cell, class) in row.cells.iter().zip(CLASSES) {
            out.push_str("<td class=\"");
            out.push_str(class);
            out.push_str("\">");
            escape(out, cell);
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    let totals: Totals = items.iter().map(|item| item.outstanding()).collect();
    for total in totals.iter() {
        out.push_str("<tr class=\"total\"><th colspan=\"5\" scope=\"row\">");
        escape(out, words.total);
        out.push_str("</th><td class=\"amount\">");
        escape(out, &format::money(locale, total));
        out.push_str("</td><td colspan=\"2\"></td></tr>");
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
    let mut lines: Vec<String> = rows(portfolio, items, locale, date)
        .into_iter()
        .map(|row| {
            row.cells.iter().filter(|cell| !cell.is_empty()).map(|cell| cell.as_ref()).collect::<Vec<_>>().join(" · ")
        })
        .collect();
    let totals: Totals = items.iter().map(|item| item.outstanding()).collect();
    lines.extend(totals.iter().map(|total| format!("{}: {}", words.total, format::money(locale, total))));
    out.push_str(&lines.join("\n"));
}

fn escape(out: &mut String, text: &str) {
    // Writing into a String cannot fail.
    let _ = escape_html_body_text(&mut *out, text);
}

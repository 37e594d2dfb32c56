//! The items table (`#items_list*`): localized headers, one row per item sorted by due date
//! then reference, overdue rows marked, then one total row per currency.

use std::fmt::Write;

use super::format;
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
    Money(Money),
    Date(Option<Date>),
    Days(Option<i32>),
}

impl Cell<'_> {
    fn is_empty(&self) -> bool {
        match self {
            Cell::Text(text) => text.is_empty(),
            Cell::Money(_) => false,
            Cell::Date(date) => date.is_none(),
            Cell::Days(days) => days.is_none(),
        }
    }

    /// Writes the cell; `escape` is applied to data text only (CLDR's output has no markup).
    fn write(&self, out: &mut String, locale: Locale, escape: fn(&mut String, &str)) {
        match self {
            Cell::Text(text) => escape(out, text),
            Cell::Money(money) => format::write_money(out, locale, *money),
            Cell::Date(Some(date)) => format::write_short_date(out, locale, *date),
            Cell::Days(Some(days)) => {
                let _ = write!(out, "{days}");
            }
            Cell::Date(None) | Cell::Days(None) => {}
        }
    }
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
    sorted.sort_by(|a, b| (a.due_date, &a.reference).cmp(&(b.due_date, &b.reference)));
    sorted.into_iter().map(move |item| {
        let overdue = item.due_date < date;
        let status: &str = match item.status.as_deref() {
            Some(code) => portfolio.item_status(code).and_then(|s| s.label.as_deref()).unwrap_or(code),
            None if overdue => words.status_overdue,
            None => words.status_not_due,
        };
        Row {
            cells: [
                Cell::Text(&item.reference),
                Cell::Text(kind_word(words, item.kind)),
                Cell::Date(item.issue_date),
                Cell::Date(Some(item.due_date)),
                Cell::Money(item.amount()),
                Cell::Money(item.outstanding()),
                Cell::Days(overdue.then(|| date.days_since(item.due_date))),
                Cell::Text(status),
            ],
            overdue,
        }
    })
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
    out.reserve(items.len() * 400);
    for row in rows(portfolio, items, locale, date) {
        out.push_str(if row.overdue { "<tr class=\"overdue\">" } else { "<tr>" });
        for (cell, class) in row.cells.iter().zip(CLASSES) {
            out.push_str("<td class=\"");
            out.push_str(class);
            out.push_str("\">");
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

//! The collection history (scenarios-agenda.md, "Indicators, filters, history"): what was done,
//! for whom, by whom, newest first, under the agenda's filters, as rows or as an RFC 4180 CSV.
//!
//! A row (`dunning history --output json`, `Portfolio.history()`):
//!
//! ```json
//! {"done_on": "2026-11-20", "customer": "C001", "customer_name": "Dupont SARL", "action": "r1",
//!  "action_name": "First reminder", "kind": "scenario", "channel": "email", "items": ["i1"],
//!  "references": ["F2026-0412"], "overdue": [{"amount": "1200.00", "currency": "EUR"}],
//!  "by": "u1", "by_name": "Claire Martin"}
//! ```
//!
//! `references` are the items' own numbers (what a person reads; `items` are their ids), and
//! `overdue` what the items that were past due on `done_on` still owe, per currency, as the
//! portfolio stands.
//!
//! `action_name` is the scenario step's name or the specific action's subject; `kind` and
//! `channel` come from the action the entry names when the entry does not say (`kind` is null
//! only for an entry appended without going through loading or [`crate::agenda::complete`]).

use std::cmp::Reverse;

use serde::Serialize;

use crate::agenda::{customer_matches, Filters};
use crate::channel::{Channel, Context};
use crate::date::Date;
use crate::money::{Money, Totals};
use crate::portfolio::{Action, Customer, HistoryEntry, Portfolio};

/// One history entry with the names a person reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HistoryRow<'p> {
    pub done_on: Date,
    pub customer: &'p str,
    pub customer_name: &'p str,
    pub action: &'p str,
    pub action_name: Option<&'p str>,
    pub kind: Option<Context>,
    pub channel: Option<Channel>,
    pub items: &'p [String],
    /// The items' references, in the entry's order (an id the portfolio no longer has: as is).
    pub references: Vec<&'p str>,
    /// What the items past due on `done_on` still owe, per currency.
    #[serde(serialize_with = "amounts")]
    pub overdue: Totals,
    pub by: Option<&'p str>,
    pub by_name: Option<&'p str>,
}

/// `[{"amount": "1200.00", "currency": "EUR"}]`, in currency-code order.
fn amounts<S: serde::Serializer>(totals: &Totals, serializer: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Amount {
        amount: String,
        currency: String,
    }
    let amounts: Vec<Amount> = totals
        .iter()
        .map(|m: Money| Amount { amount: m.decimal().to_string(), currency: m.currency.to_string() })
        .collect();
    amounts.serialize(serializer)
}

/// The history under `filters`, newest first (entries of the same day: the one recorded last
/// first). Collector and field filters keep customers; channel and mode keep entries whose
/// action has them; `state` describes agenda rows and does not apply to what is done.
pub fn history<'p>(portfolio: &'p Portfolio, filters: &Filters) -> Vec<HistoryRow<'p>> {
    let mut rows: Vec<(usize, HistoryRow<'p>)> = portfolio
        .history
        .iter()
        .enumerate()
        .filter_map(|(position, entry)| {
            let customer = portfolio.customer(&entry.customer).filter(|c| customer_matches(c, filters))?;
            let action = action_of(portfolio, customer, entry);
            let channel = entry.channel.or(action.map(Action::channel));
            let kept = filters.channel.is_none_or(|wanted| channel == Some(wanted))
                && filters.mode.is_none_or(|wanted| action.map(Action::mode) == Some(wanted));
            kept.then(|| (position, row(portfolio, customer, entry, action, channel)))
        })
        .collect();
    crate::sort::sort_by_key(&mut rows, |(position, row)| Reverse((row.done_on, *position)));
    rows.into_iter().map(|(_, row)| row).collect()
}

/// The entry's action: the customer's ([`Portfolio::action`]), else a step of that id in any
/// scenario (the customer may have changed scenario since).
fn action_of<'p>(portfolio: &'p Portfolio, customer: &'p Customer, entry: &HistoryEntry) -> Option<Action<'p>> {
    portfolio.action(customer, &entry.action).or_else(|| {
        let mut steps = portfolio.scenarios.iter().flat_map(|scenario| &scenario.actions);
        steps.find(|step| step.id == entry.action).map(Action::Scenario)
    })
}

fn row<'p>(
    portfolio: &'p Portfolio,
    customer: &'p Customer,
    entry: &'p HistoryEntry,
    action: Option<Action<'p>>,
    channel: Option<Channel>,
) -> HistoryRow<'p> {
    HistoryRow {
        done_on: entry.done_on,
        customer: &customer.id,
        customer_name: &customer.name,
        action: &entry.action,
        action_name: action.and_then(Action::name),
        kind: action.map(Action::context),
        channel,
        items: &entry.items,
        references: entry
            .items
            .iter()
            .map(|id| portfolio.item(id).map_or(id.as_str(), |item| &item.reference))
            .collect(),
        overdue: entry
            .items
            .iter()
            .filter_map(|id| portfolio.item(id))
            .filter(|item| item.due_date < entry.done_on)
            .map(|item| item.outstanding())
            .collect(),
        by: entry.by.as_deref(),
        by_name: entry.by.as_deref().and_then(|id| portfolio.user(id)).map(|user| user.name.as_str()),
    }
}

/// The CSV's columns, in order: the JSON keys of a row, but the items by their references (what
/// the screen shows) and the overdue amounts in two columns, amount and currency.
pub const CSV_HEADER: [&str; 12] = [
    "done_on",
    "customer",
    "customer_name",
    "action",
    "action_name",
    "kind",
    "channel",
    "references",
    "overdue_amount",
    "currency",
    "by",
    "by_name",
];

/// The rows as RFC 4180 CSV: a header line, CRLF line ends, fields quoted when they hold a
/// comma, a quote or a line break; references separated by spaces; amounts with a `.` (for any
/// spreadsheet to read), several currencies as space-separated pairs of the two columns; absent
/// values empty.
pub fn to_csv(rows: &[HistoryRow]) -> String {
    let mut csv = CsvWriter::default();
    csv.record(CSV_HEADER);
    for row in rows {
        let done_on = row.done_on.to_string();
        let references = row.references.join(" ");
        let amounts = row.overdue.iter().map(|m| m.decimal().to_string()).collect::<Vec<_>>().join(" ");
        let currencies = row.overdue.iter().map(|m| m.currency.to_string()).collect::<Vec<_>>().join(" ");
        csv.record([
            done_on.as_str(),
            row.customer,
            row.customer_name,
            row.action,
            row.action_name.unwrap_or(""),
            row.kind.map_or("", Context::name),
            row.channel.map_or("", Channel::name),
            &references,
            &amounts,
            &currencies,
            row.by.unwrap_or(""),
            row.by_name.unwrap_or(""),
        ]);
    }
    csv.finish()
}

/// RFC 4180 output (hand-written; see docs/decisions.md for the measured alternatives).
#[derive(Default)]
struct CsvWriter {
    out: String,
}

impl CsvWriter {
    fn record<'a>(&mut self, fields: impl IntoIterator<Item = &'a str>) {
        for (index, field) in fields.into_iter().enumerate() {
            if index > 0 {
                self.out.push(',');
            }
            if field.contains([',', '"', '\r', '\n']) {
                self.out.push('"');
                self.out.push_str(&field.replace('"', "\"\""));
                self.out.push('"');
            } else {
                self.out.push_str(field);
            }
        }
        self.out.push_str("\r\n");
    }

    fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn csv_quotes_only_what_rfc_4180_needs() {
        let mut csv = CsvWriter::default();
        csv.record(["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", ""]);
        csv.record(["x"]);
        assert_eq!(csv.finish(), "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",\r\nx\r\n");
    }
}

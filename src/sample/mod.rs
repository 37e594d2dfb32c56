//! The sample portfolio: a realistic portfolio generated from a seed and a reference date, the
//! demo's data (`make sample` writes `www/sample-portfolio.json` for 2026-11-23) and, at scale,
//! the P4 benchmark's input (`dunning sample --customers 100000 --items 1000000`).
//!
//! A French manufacturer (logo, bank, statutory rate table, recovery costs per currency with the
//! UK's tiers) dunning customers in the 15 locales and 11 currencies, with five collectors and a
//! manager, two scenarios whose steps are worded in French with translations in English,
//! German, Spanish, Italian, Dutch and both Portuguese (the other locales get French, with a
//! `language-mismatch` warning), specific-action templates in those languages, disputes, promises to pay, payment plans, credit notes,
//! partial payments and payments on account, customers with missing contacts, a history
//! consistent with the scenarios, confirmations, and alert rules. On the reference date the
//! agenda shows every state, every error code, cancelled and finished lists, and alerts.
//!
//! The same seed, date and sizes always give the same text. [`write`] streams the JSON: every
//! customer is drawn again, from its own random streams, for each list it appears in (customers,
//! items, specific actions, confirmations, history), so memory stays bounded whatever the size.
//!
//! ```
//! let options = dunning::sample::Options::new(7, "2026-11-23".parse().unwrap());
//! let portfolio = dunning::portfolio::Portfolio::from_json(&dunning::sample::to_json(&options)).unwrap();
//! assert_eq!(portfolio.customers.len(), 200);
//! ```

mod company;
mod customer;
mod places;
mod texts;

use std::io::{self, Write};

use serde::Serialize;

use crate::date::Date;
use customer::{ActionRef, ConfirmationOut, HistoryOut, ItemOut, Ledger, Profile, SpecificOut};

pub use company::format_of;

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub seed: u64,
    /// The reference date D: the stories are told relative to it.
    pub date: Date,
    pub customers: usize,
    /// Items in all (each customer has at least one when there are enough).
    pub items: usize,
}

impl Options {
    /// The demo's size: 200 customers, 8 items each on average.
    pub fn new(seed: u64, date: Date) -> Options {
        Options { seed, date, customers: 200, items: 1600 }
    }
}

/// The portfolio as JSON text.
pub fn to_json(options: &Options) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write(options, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the portfolio's JSON to `out` (buffer it: it is written in small pieces).
pub fn write(options: &Options, out: &mut impl Write) -> io::Result<()> {
    let counts = item_counts(options);
    let width = (options.customers.saturating_sub(1)).to_string().len().max(4);
    let profile = |index: usize| Profile::draw(options.seed, index, width, counts[index] as usize);

    out.write_all(b"{\"company\":")?;
    serde_json::to_writer(&mut *out, &company::company())?;
    field(out, "users", &company::users())?;
    field(out, "item_statuses", &company::item_statuses())?;
    field(out, "scenarios", &company::scenarios())?;
    field(out, "alert_rules", &company::alert_rules())?;

    let mut list = List::start(out, "customers")?;
    for index in 0..options.customers {
        list.row(&customer::customer(options.seed, &profile(index)))?;
    }
    list.end()?;

    // The other lists need each customer's ledger, drawn again for each.
    let ledgers = || {
        (0..options.customers).map(|index| {
            let profile = profile(index);
            let ledger = customer::ledger(options.seed, &profile, options.date);
            let item_ids: Vec<String> = (0..ledger.items.len()).map(|at| customer::item_id(&profile, at)).collect();
            (profile, ledger, item_ids)
        })
    };
    let ids = |item_ids: &[String], positions: &[usize]| -> Vec<String> {
        positions.iter().map(|&at| item_ids[at].clone()).collect()
    };

    let mut list = List::start(out, "items")?;
    for (profile, ledger, item_ids) in ledgers() {
        for (at, item) in ledger.items.iter().enumerate() {
            let reference = customer::reference(&profile, at, item);
            list.row(&ItemOut {
                id: &item_ids[at],
                customer: &profile.id,
                kind: item.kind,
                reference: &reference,
                issue_date: item.issue,
                due_date: item.due,
                amount: customer::decimal(item.amount, item.currency),
                outstanding: customer::decimal(item.outstanding, item.currency),
                currency: item.currency,
                status: item.status,
                status_since: item.status_since,
            })?;
        }
    }
    list.end()?;

    let mut list = List::start(out, "specific_actions")?;
    for (profile, ledger, item_ids) in ledgers() {
        for (at, specific) in ledger.specific.iter().enumerate() {
            list.row(&SpecificOut {
                id: &customer::specific_id(&profile, at),
                customer: &profile.id,
                items: &ids(&item_ids, &specific.items),
                date: specific.date,
                channel: specific.channel,
                mode: specific.mode,
                subject: specific.message.subject,
                body: specific.message.body,
                format: format_of(specific.channel),
                locale: profile.texts.locale,
            })?;
        }
    }
    list.end()?;

    let mut list = List::start(out, "confirmations")?;
    for (profile, ledger, _) in ledgers() {
        for &(action, on) in &ledger.confirmations {
            list.row(&ConfirmationOut { customer: &profile.id, action, on })?;
        }
    }
    list.end()?;

    let mut list = List::start(out, "history")?;
    for (profile, ledger, item_ids) in ledgers() {
        for entry in history_in_order(&ledger) {
            let action = match entry.action {
                ActionRef::Step(id) => id.to_owned(),
                ActionRef::Specific(at) => customer::specific_id(&profile, at),
            };
            list.row(&HistoryOut {
                customer: &profile.id,
                action: &action,
                done_on: entry.done_on,
                items: &ids(&item_ids, &entry.items),
                by: profile.collector,
                channel: entry.channel,
            })?;
        }
    }
    list.end()?;
    out.write_all(b"}\n")
}

/// A customer's history entries by date (as they were recorded).
fn history_in_order(ledger: &Ledger) -> Vec<&customer::PlannedEntry> {
    let mut entries: Vec<_> = ledger.history.iter().collect();
    entries.sort_by_key(|entry| entry.done_on);
    entries
}

/// How many items each customer gets: one each (when there are enough), the rest shared out by
/// weights drawn per customer, so that some accounts are long and others short; the counts add
/// up to `options.items` exactly.
fn item_counts(options: &Options) -> Vec<u32> {
    let customers = options.customers;
    if customers == 0 {
        return Vec::new();
    }
    let base = u32::from(options.items >= customers);
    let rest = (options.items - base as usize * customers) as u128;
    let weights: Vec<u128> = (0..customers)
        .map(|index| {
            let x = customer::stream(options.seed, index, 3).f64();
            // Mostly short accounts, a few long ones.
            1 + (x * x * 1000.0) as u128
        })
        .collect();
    let total: u128 = weights.iter().sum();
    let mut counts = Vec::with_capacity(customers);
    let mut cumulated = 0u128;
    for weight in weights {
        let before = cumulated * rest / total;
        cumulated += weight;
        counts.push(base + (cumulated * rest / total - before) as u32);
    }
    counts
}

/// `,"key":value`.
fn field(out: &mut impl Write, key: &str, value: &impl Serialize) -> io::Result<()> {
    write!(out, ",\"{key}\":")?;
    serde_json::to_writer(out, value).map_err(io::Error::from)
}

/// A JSON array written one row at a time.
struct List<'w, W: Write> {
    out: &'w mut W,
    first: bool,
}

impl<'w, W: Write> List<'w, W> {
    fn start(out: &'w mut W, key: &str) -> io::Result<List<'w, W>> {
        write!(out, ",\"{key}\":[")?;
        Ok(List { out, first: true })
    }

    fn row(&mut self, value: &impl Serialize) -> io::Result<()> {
        if !std::mem::take(&mut self.first) {
            self.out.write_all(b",")?;
        }
        serde_json::to_writer(&mut *self.out, value).map_err(io::Error::from)
    }

    fn end(self) -> io::Result<()> {
        self.out.write_all(b"]")
    }
}

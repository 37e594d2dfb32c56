//! Loading a portfolio: strict JSON, then every consistency rule of data-model.md at once.

use std::fmt;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::index::{Index, Positions};
use super::{json_path, Condition, ItemStatus, Mode, Portfolio, RateSchedule, RecoveryCost, Translation};
use crate::channel::Channel;
use crate::error::Error;
use crate::locale::Locale;
use crate::money::{Currency, Decimal};

/// Most minor units an amount may have: far below i64::MAX, so that the sums of a million
/// items stay exact.
const MAX_MINOR_UNITS: i64 = 1_000_000_000_000_000;

impl Portfolio {
    /// Parses and checks a portfolio. JSON syntax errors keep serde_json's line and column;
    /// every other problem names its JSON path, and the consistency problems are reported all
    /// at once.
    pub fn from_json(text: &str) -> Result<Portfolio, Error> {
        let mut portfolio: Portfolio = serde_json::from_str(text).map_err(|error| {
            let offset = json_path::offset_of(text, error.line(), error.column());
            let path = error.is_data().then(|| json_path::path_at(text, offset)).filter(|path| path != ".");
            let problem = match path {
                // The path says where; serde_json's position would only repeat it, less clearly.
                Some(path) => {
                    let reason = error.to_string();
                    let position = format!(" at line {} column {}", error.line(), error.column());
                    format!("{path}: {}", reason.strip_suffix(&position).unwrap_or(&reason))
                }
                None => error.to_string(),
            };
            Error::invalid_portfolio(vec![problem])
        })?;
        let mut check = Checker::default();
        check.portfolio(&mut portfolio);
        if !check.problems.is_empty() {
            return Err(Error::invalid_portfolio(check.problems));
        }
        portfolio.index = Index::build(&portfolio);
        Ok(portfolio)
    }
}

impl Index {
    fn build(portfolio: &Portfolio) -> Index {
        let customers = Positions::new(portfolio.customers.iter().map(|c| c.id.as_str()));
        let by_customer = |owners: &mut dyn Iterator<Item = &String>| {
            let mut lists = vec![Vec::new(); portfolio.customers.len()];
            for (at, owner) in owners.enumerate() {
                if let Some(customer) = customers.position(&portfolio.customers, owner, |c| &c.id) {
                    lists[customer].push(at);
                }
            }
            lists
        };
        let items_of_customer = by_customer(&mut portfolio.items.iter().map(|i| &i.customer));
        let specific_actions_of_customer = by_customer(&mut portfolio.specific_actions.iter().map(|a| &a.customer));
        let history_of_customer = by_customer(&mut portfolio.history.iter().map(|h| &h.customer));
        let confirmations_of_customer = by_customer(&mut portfolio.confirmations.iter().map(|c| &c.customer));
        Index {
            users: Positions::new(portfolio.users.iter().map(|u| u.id.as_str())),
            items: Positions::new(portfolio.items.iter().map(|i| i.id.as_str())),
            scenarios: Positions::new(portfolio.scenarios.iter().map(|s| s.id.as_str())),
            statuses: Positions::new(portfolio.item_statuses.iter().map(|s| s.code.as_str())),
            customers,
            items_of_customer,
            specific_actions_of_customer,
            history_of_customer,
            confirmations_of_customer,
            history_indexed: portfolio.history.len(),
            confirmations_indexed: portfolio.confirmations.len(),
        }
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<String>,
}

impl Checker {
    fn problem(&mut self, path: impl fmt::Display, reason: impl fmt::Display) {
        self.problems.push(format!("{path}: {reason}"));
    }

    /// Ids must be unique within their list.
    fn unique<'a>(&mut self, list: &str, field: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
        let mut seen = HashSet::default();
        for (index, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.problem(format_args!("{list}[{index}].{field}"), format_args!("duplicate {field} \"{id}\""));
            }
        }
        seen
    }

    /// Converts an amount to exactly the currency's minor digits, or reports why it cannot.
    fn amount(&mut self, path: impl fmt::Display, amount: &mut Decimal, currency: Currency) {
        let digits = u32::from(currency.minor_digits());
        match amount.to_units(digits) {
            Some(units) if units.unsigned_abs() <= MAX_MINOR_UNITS.unsigned_abs() => {
                *amount = Decimal { mantissa: i128::from(units), scale: digits };
            }
            Some(_) => self.problem(path, format_args!("amount {amount} is too large")),
            None if amount.to_units(MAX_FRACTION_PROBE).is_some() => {
                self.problem(path, format_args!("amount {amount} has more decimals than {currency} allows ({digits})"))
            }
            None => self.problem(path, format_args!("amount {amount} is too large")),
        }
    }

    fn portfolio(&mut self, portfolio: &mut Portfolio) {
        self.company(portfolio);
        self.item_amounts(portfolio);
        self.references(portfolio);
        self.alert_rules(portfolio);
    }

    /// Unique rule ids, at least one condition each, amounts that fit their currency, statuses
    /// that exist.
    fn alert_rules(&mut self, portfolio: &mut Portfolio) {
        self.unique("alert_rules", "id", portfolio.alert_rules.iter().map(|rule| rule.id.as_str()));
        let statuses: HashSet<&str> = portfolio.item_statuses.iter().map(|s| s.code.as_str()).collect();
        for (r, rule) in portfolio.alert_rules.iter_mut().enumerate() {
            if rule.when.is_empty() {
                self.problem(format_args!("alert_rules[{r}].when"), "a rule needs at least one condition");
            }
            for (c, condition) in rule.when.iter_mut().enumerate() {
                let path = format!("alert_rules[{r}].when[{c}]");
                match condition {
                    Condition::OverdueAbove { amount, currency } => {
                        self.amount(format_args!("{path}.overdue_above"), amount, *currency)
                    }
                    Condition::OutstandingAbove { amount, currency } => {
                        self.amount(format_args!("{path}.outstanding_above"), amount, *currency)
                    }
                    Condition::Status { status, .. } if !statuses.contains(status.as_str()) => self
                        .problem(format_args!("{path}.status"), format_args!("no item status has code \"{status}\"")),
                    _ => {}
                }
            }
        }
    }

    /// Amounts fit their currency (and are normalised to its minor digits), with the sign
    /// their kind implies.
    fn item_amounts(&mut self, portfolio: &mut Portfolio) {
        for (i, item) in portfolio.items.iter_mut().enumerate() {
            self.amount(format_args!("items[{i}].amount"), &mut item.amount, item.currency);
            self.amount(format_args!("items[{i}].outstanding"), &mut item.outstanding, item.currency);
            let owes = item.kind.is_dunnable();
            if item.amount.is_negative() == owes && item.amount.mantissa != 0 {
                let (kind, sign) =
                    if owes { ("invoice and debit-note", "positive") } else { ("credit-note and payment", "negative") };
                self.problem(format_args!("items[{i}].amount"), format_args!("{kind} amounts are {sign}"));
            }
            if item.outstanding.mantissa != 0 && item.outstanding.is_negative() != item.amount.is_negative() {
                self.problem(
                    format_args!("items[{i}].outstanding"),
                    "the outstanding amount has the opposite sign of the amount",
                );
            }
        }
    }

    /// Unique ids, and references that resolve.
    fn references(&mut self, portfolio: &Portfolio) {
        let users = self.unique("users", "id", portfolio.users.iter().map(|u| u.id.as_str()));
        let statuses = self.unique("item_statuses", "code", portfolio.item_statuses.iter().map(|s| s.code.as_str()));
        self.status_labels(&portfolio.item_statuses);
        let scenarios = self.unique("scenarios", "id", portfolio.scenarios.iter().map(|s| s.id.as_str()));
        let customers = self.unique("customers", "id", portfolio.customers.iter().map(|c| c.id.as_str()));
        self.unique("specific_actions", "id", portfolio.specific_actions.iter().map(|a| a.id.as_str()));
        let mut scenario_actions: HashSet<&str> = HashSet::default();

        for (s, scenario) in portfolio.scenarios.iter().enumerate() {
            let list = format!("scenarios[{s}].actions");
            scenario_actions.extend(self.unique(&list, "id", scenario.actions.iter().map(|a| a.id.as_str())));
            for (a, action) in scenario.actions.iter().enumerate() {
                self.manual_only(format_args!("{list}[{a}].mode"), action.channel, action.mode);
                self.translations(format_args!("{list}[{a}]"), action.locale, &action.translations);
            }
        }
        // Paths are only formatted for the problems: a portfolio has a million rows.
        for (c, customer) in portfolio.customers.iter().enumerate() {
            if let Some(collector) = &customer.collector {
                if !users.contains(collector.as_str()) {
                    self.problem(
                        format_args!("customers[{c}].collector"),
                        format_args!("no user has id \"{collector}\""),
                    );
                }
            }
            if let Some(scenario) = &customer.scenario {
                if !scenarios.contains(scenario.as_str()) {
                    self.problem(
                        format_args!("customers[{c}].scenario"),
                        format_args!("no scenario has id \"{scenario}\""),
                    );
                }
            }
            if customer.contacts.len() > 1 {
                self.unique(&format!("customers[{c}].contacts"), "id", customer.contacts.iter().map(|k| k.id.as_str()));
            }
            let collection = customer.contacts.iter().enumerate().filter(|(_, k)| k.collection).map(|(k, _)| k);
            for k in collection.skip(1) {
                self.problem(
                    format_args!("customers[{c}].contacts[{k}].collection"),
                    "a customer has at most one collection contact",
                );
            }
        }
        // Item ids are unique, and each has its owner.
        let mut owner: HashMap<&str, &str> =
            HashMap::with_capacity_and_hasher(portfolio.items.len(), Default::default());
        for (i, item) in portfolio.items.iter().enumerate() {
            if owner.insert(&item.id, &item.customer).is_some() {
                self.problem(format_args!("items[{i}].id"), format_args!("duplicate id \"{}\"", item.id));
            }
        }
        for (i, item) in portfolio.items.iter().enumerate() {
            if !customers.contains(item.customer.as_str()) {
                self.problem(
                    format_args!("items[{i}].customer"),
                    format_args!("no customer has id \"{}\"", item.customer),
                );
            }
            if let Some(status) = &item.status {
                if !statuses.contains(status.as_str()) {
                    self.problem(
                        format_args!("items[{i}].status"),
                        format_args!("no item status has code \"{status}\""),
                    );
                }
            } else if item.status_since.is_some() {
                self.problem(format_args!("items[{i}].status_since"), "a status date needs a status");
            }
        }
        let specific_ids: HashSet<(&str, &str)> =
            portfolio.specific_actions.iter().map(|a| (a.customer.as_str(), a.id.as_str())).collect();
        for (a, action) in portfolio.specific_actions.iter().enumerate() {
            self.customer_items("specific_actions", a, &action.customer, &action.items, &customers, &owner);
            self.manual_only(format_args!("specific_actions[{a}].mode"), action.channel, action.mode);
            self.translations(format_args!("specific_actions[{a}]"), action.locale, &action.translations);
        }
        let action_exists = |customer: &str, action: &str| {
            scenario_actions.contains(action) || specific_ids.contains(&(customer, action))
        };
        for (c, confirmation) in portfolio.confirmations.iter().enumerate() {
            if !customers.contains(confirmation.customer.as_str()) {
                self.problem(
                    format_args!("confirmations[{c}].customer"),
                    format_args!("no customer has id \"{}\"", confirmation.customer),
                );
            } else if !action_exists(&confirmation.customer, &confirmation.action) {
                self.problem(
                    format_args!("confirmations[{c}].action"),
                    format_args!("no scenario or specific action has id \"{}\"", confirmation.action),
                );
            }
        }
        for (h, entry) in portfolio.history.iter().enumerate() {
            self.customer_items("history", h, &entry.customer, &entry.items, &customers, &owner);
            if customers.contains(entry.customer.as_str()) && !action_exists(&entry.customer, &entry.action) {
                self.problem(
                    format_args!("history[{h}].action"),
                    format_args!("no scenario or specific action has id \"{}\"", entry.action),
                );
            }
            if let Some(by) = &entry.by {
                if !users.contains(by.as_str()) {
                    self.problem(format_args!("history[{h}].by"), format_args!("no user has id \"{by}\""));
                }
            }
        }
    }

    /// A customer reference and item references that must belong to that customer, at
    /// `list[index]`.
    fn customer_items(
        &mut self,
        list: &str,
        index: usize,
        customer: &str,
        items: &[String],
        customers: &HashSet<&str>,
        owner: &HashMap<&str, &str>,
    ) {
        if !customers.contains(customer) {
            self.problem(format_args!("{list}[{index}].customer"), format_args!("no customer has id \"{customer}\""));
            return;
        }
        for (i, item) in items.iter().enumerate() {
            match owner.get(item.as_str()) {
                None => {
                    self.problem(format_args!("{list}[{index}].items[{i}]"), format_args!("no item has id \"{item}\""))
                }
                Some(&other) if other != customer => self.problem(
                    format_args!("{list}[{index}].items[{i}]"),
                    format_args!("item \"{item}\" belongs to customer \"{other}\", not \"{customer}\""),
                ),
                Some(_) => {}
            }
        }
    }

    /// One wording per language: a translation repeats neither another nor the action's own.
    fn translations(&mut self, path: impl fmt::Display, own: Option<Locale>, translations: &[Translation]) {
        let locales: Vec<Locale> = translations.iter().map(|translation| translation.locale).collect();
        self.one_per_language(path, own, &locales, "the action already has a wording in");
    }

    /// One label per language for each item status.
    fn status_labels(&mut self, statuses: &[ItemStatus]) {
        for (s, status) in statuses.iter().enumerate() {
            let locales: Vec<Locale> = status.translations.iter().map(|translation| translation.locale).collect();
            self.one_per_language(
                format_args!("item_statuses[{s}]"),
                None,
                &locales,
                "the status already has a label in",
            );
        }
    }

    /// `locales[t]` repeats neither an earlier one nor `own`: `already` says what exists.
    fn one_per_language(&mut self, path: impl fmt::Display, own: Option<Locale>, locales: &[Locale], already: &str) {
        for (t, locale) in locales.iter().enumerate() {
            if own == Some(*locale) || locales[..t].contains(locale) {
                self.problem(format_args!("{path}.translations[{t}].locale"), format_args!("{already} {locale}"));
            }
        }
    }

    /// Phone calls and tasks need a person: they can only be manual.
    fn manual_only(&mut self, path: impl fmt::Display, channel: Channel, mode: Mode) {
        if matches!(channel, Channel::PhoneCall | Channel::Task) && mode != Mode::Manual {
            self.problem(path, format_args!("a {} action can only be manual", channel.name()));
        }
    }

    fn company(&mut self, portfolio: &mut Portfolio) {
        let company = &mut portfolio.company;
        if let Some(RateSchedule::ByDate(steps)) = &company.late_penalty_rate {
            if steps.is_empty() {
                self.problem("company.late_penalty_rate", "a rate table needs at least one rate");
            }
            for (s, pair) in steps.windows(2).enumerate() {
                if pair[1].from <= pair[0].from {
                    self.problem(
                        format_args!("company.late_penalty_rate[{}].from", s + 1),
                        "rates must be in increasing date order",
                    );
                }
            }
        }
        if let Some(window) = &company.sending_window {
            if window.from >= window.to {
                self.problem("company.sending_window", "\"from\" must be before \"to\"");
            }
            if window.days.is_empty() {
                self.problem("company.sending_window.days", "at least one sending day is needed");
            }
        }
        let Some(costs) = &mut company.recovery_cost else { return };
        let mut problems = Vec::new();
        for (currency, cost) in costs.iter_mut() {
            let path = format!("company.recovery_cost.{currency}");
            let mut check = Checker::default();
            match cost {
                RecoveryCost::Fixed(amount) => check.amount(&path, amount, *currency),
                RecoveryCost::Tiers(tiers) => {
                    let last = tiers.len().saturating_sub(1);
                    for (t, tier) in tiers.iter_mut().enumerate() {
                        check.amount(format_args!("{path}[{t}].amount"), &mut tier.amount, *currency);
                        match (&mut tier.below, t == last) {
                            (Some(below), _) => check.amount(format_args!("{path}[{t}].below"), below, *currency),
                            (None, false) => check
                                .problem(format_args!("{path}[{t}].below"), "only the last tier may omit \"below\""),
                            (None, true) => {}
                        }
                    }
                    for (t, pair) in tiers.windows(2).enumerate() {
                        if let (Some(a), Some(b)) = (pair[0].below, pair[1].below) {
                            if b.mantissa <= a.mantissa {
                                check.problem(
                                    format_args!("{path}[{}].below", t + 1),
                                    "tiers must be in increasing order",
                                );
                            }
                        }
                    }
                    if tiers.is_empty() {
                        check.problem(&path, "a tier table needs at least one tier");
                    }
                }
            }
            problems.extend(check.problems);
        }
        self.problems.extend(problems);
    }
}

/// Any decimal this crate reads has at most 12 fraction digits (see `money::Decimal`): a value
/// that fits at that precision but not at the currency's has too many decimals.
const MAX_FRACTION_PROBE: u32 = 12;

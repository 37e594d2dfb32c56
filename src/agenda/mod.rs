//! The collection agenda (scenarios-agenda.md): which action each customer needs next, when, on
//! which items, in which state and colour, and when an automatic one is sent.
//!
//! [`agenda`] is a pure function of the portfolio, the date D, the current time and the filters:
//! the same input always gives the same agenda, in the same order (date, customer id, action id).
//! [`complete`] and [`confirm`] are the two ways a person moves it on; they only append to the
//! portfolio's `history` and `confirmations`.
//!
//! The JSON shape (interfaces.md, `dunning agenda --output json`):
//!
//! ```json
//! {"date": "2026-11-22", "indicators": {"scheduled": 2, "to_complete": 1},
//!  "actions": [{"customer": "C001", "action": "r1", "kind": "scenario", "channel": "email",
//!               "mode": "automatic_to_confirm", "date": "2026-10-07", "state": "confirmed",
//!               "colour": "green", "error": null, "items": ["i1"], "send_at": "2026-10-07T09:00"}],
//!  "cancelled": [{"customer": "C001", "action": "sa1", "date": "2026-11-25"}],
//!  "finished": [{"customer": "C002"}],
//!  "alerts": []}
//! ```
//!
//! `cancelled` lists specific actions as `{customer, action, date}`; `finished` lists customers as
//! `{customer}`; `alerts` lists the customers the portfolio's alert rules flag
//! (`{rule, name, customer, detail}`, see [`alert`]), in rule order then by customer, under
//! the customer filters (collector, fields) only.
//!
//! The agenda's concepts live here together: [`alert`] (the alert rules' findings), [`history`]
//! (what was done) and [`letters`] (the day's letters as one document).

pub mod alert;
pub mod history;
mod letters;

use std::collections::HashSet;

use serde::Serialize;

use crate::channel::{Channel, Context};
use crate::date::{Date, TimeOfDay};
use crate::error::{Error, ErrorKind};
use crate::portfolio::{
    Action, Confirmation, Customer, HistoryEntry, Item, Mode, Portfolio, Role, ScenarioAction, SendingWindow,
};
use crate::sort;
pub use alert::Alert;
pub use letters::{letters, letters_of_the_day, Letters};

/// What narrows the agenda; `Default` is no filter. Every filter that is set must match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// The customer's collector (a user id).
    pub collector: Option<String>,
    pub channel: Option<Channel>,
    pub mode: Option<Mode>,
    pub state: Option<State>,
    /// Customer fields that must equal the given values (`segment` = `SME`).
    pub fields: Vec<(String, String)>,
}

impl Filters {
    /// The filters as `user` sees them (scenarios-agenda.md): a user with the collector role
    /// sees their own accounts unless the filters name a collector; a manager, or a user
    /// without a role, sees what the filters say.
    pub fn seen_by(mut self, portfolio: &Portfolio, user: &str) -> Result<Filters, Error> {
        let found = portfolio.user(user).ok_or_else(|| no_user(user))?;
        if found.role == Some(Role::Collector) && self.collector.is_none() {
            self.collector = Some(found.id.clone());
        }
        Ok(self)
    }
}

/// The state of an action (the table of scenarios-agenda.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Late,
    Current,
    Upcoming,
    Confirmed,
    OverdueUnconfirmed,
    UpcomingUnconfirmed,
    Error,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Late => "late",
            State::Current => "current",
            State::Upcoming => "upcoming",
            State::Confirmed => "confirmed",
            State::OverdueUnconfirmed => "overdue_unconfirmed",
            State::UpcomingUnconfirmed => "upcoming_unconfirmed",
            State::Error => "error",
        }
    }

    const ALL: [State; 7] = [
        State::Late,
        State::Current,
        State::Upcoming,
        State::Confirmed,
        State::OverdueUnconfirmed,
        State::UpcomingUnconfirmed,
        State::Error,
    ];
}

impl std::str::FromStr for State {
    type Err = Error;

    fn from_str(name: &str) -> Result<State, Error> {
        State::ALL.into_iter().find(|state| state.name() == name).ok_or_else(|| {
            let names: Vec<_> = State::ALL.iter().map(|state| state.name()).collect();
            Error::new(
                ErrorKind::UnknownName,
                format!("unknown state \"{name}\"; expected one of: {}", names.join(", ")),
            )
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Colour {
    Red,
    Blue,
    Green,
    White,
    Yellow,
}

/// Why an automatic action cannot go out (stable codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionError {
    NoCollectionContact,
    ContactMissingEmail,
    ContactMissingMobile,
    ContactMissingAddress,
    NoCollector,
}

impl ActionError {
    pub fn code(self) -> &'static str {
        match self {
            ActionError::NoCollectionContact => "no_collection_contact",
            ActionError::ContactMissingEmail => "contact_missing_email",
            ActionError::ContactMissingMobile => "contact_missing_mobile",
            ActionError::ContactMissingAddress => "contact_missing_address",
            ActionError::NoCollector => "no_collector",
        }
    }
}

/// One action of the agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgendaAction {
    pub customer: String,
    /// The scenario action's id, or the specific action's id.
    pub action: String,
    /// A scenario's step or a specific action.
    pub kind: Context,
    pub channel: Channel,
    pub mode: Mode,
    pub date: Date,
    pub state: State,
    pub colour: Colour,
    pub error: Option<ActionError>,
    /// Item ids, in portfolio order.
    pub items: Vec<String>,
    /// `YYYY-MM-DDTHH:MM` for automatic e-mails and SMS, `YYYY-MM-DD` for automatic letters,
    /// `null` otherwise (manual actions, phone calls, tasks).
    pub send_at: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Indicators {
    pub scheduled: usize,
    pub to_complete: usize,
}

/// A specific action whose items are all cleared: it will not be sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cancelled {
    pub customer: String,
    pub action: String,
    pub date: Date,
}

/// A customer whose scenario steps are all done: a person decides what comes next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finished {
    pub customer: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Agenda {
    pub date: Date,
    pub indicators: Indicators,
    pub actions: Vec<AgendaAction>,
    pub cancelled: Vec<Cancelled>,
    pub finished: Vec<Finished>,
    pub alerts: Vec<Alert>,
}

impl Agenda {
    fn empty(date: Date) -> Agenda {
        Agenda {
            date,
            indicators: Indicators::default(),
            actions: Vec::new(),
            cancelled: Vec::new(),
            finished: Vec::new(),
            alerts: Vec::new(),
        }
    }

    /// The agenda as the CLI's JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The collection agenda on date `date` (D). `now` is the current time on D, which delays the
/// `send_at` of e-mails and SMS already due (without it, D's 00:00 is used).
pub fn agenda(portfolio: &Portfolio, date: Date, now: Option<TimeOfDay>, filters: &Filters) -> Agenda {
    let mut agenda = Agenda::empty(date);
    for customer in portfolio.customers.iter().filter(|customer| customer_matches(customer, filters)) {
        plan_customer(portfolio, customer, date, now, filters, &mut agenda);
    }

    let actions = &mut agenda.actions;
    actions.retain(|action| {
        filters.channel.is_none_or(|c| c == action.channel)
            && filters.mode.is_none_or(|m| m == action.mode)
            && filters.state.is_none_or(|s| s == action.state)
    });
    sort::sort_by(actions, |a, b| (a.date, &a.customer, &a.action).cmp(&(b.date, &b.customer, &b.action)));
    sort::sort_by(&mut agenda.cancelled, |a, b| {
        (a.date, &a.customer, &a.action).cmp(&(b.date, &b.customer, &b.action))
    });
    sort::sort_by(&mut agenda.finished, |a, b| a.customer.cmp(&b.customer));

    let to_complete = actions.iter().filter(|action| action.date <= date && needs_a_person(action)).count();
    agenda.indicators = Indicators { scheduled: actions.len(), to_complete };
    agenda.alerts = alert::alerts(portfolio, date, |customer| customer_matches(customer, filters));
    agenda
}

/// Adds one customer's rows to `agenda`: its open specific actions (or their cancellation),
/// then its next scenario action (or its `finished` entry). `filters` narrow `cancelled` here;
/// the caller narrows the actions.
fn plan_customer(
    portfolio: &Portfolio,
    customer: &Customer,
    date: Date,
    now: Option<TimeOfDay>,
    filters: &Filters,
    agenda: &mut Agenda,
) {
    let mut attached: HashSet<&str> = HashSet::new();
    for specific in portfolio.specific_actions_of(&customer.id) {
        if is_completed(portfolio, &specific.customer, &specific.id) {
            continue;
        }
        let open: Vec<&Item> =
            specific.items.iter().filter_map(|id| portfolio.item(id)).filter(|item| is_owed(item)).collect();
        if open.is_empty() {
            if filters.channel.is_none_or(|c| c == specific.channel) && filters.mode.is_none_or(|m| m == specific.mode)
            {
                agenda.cancelled.push(Cancelled {
                    customer: customer.id.clone(),
                    action: specific.id.clone(),
                    date: specific.date,
                });
            }
            continue;
        }
        attached.extend(specific.items.iter().map(String::as_str));
        let items = open.iter().map(|item| item.id.clone()).collect();
        agenda.actions.push(row(portfolio, customer, Action::Specific(specific), specific.date, items, date, now));
    }

    match next_scenario_action(portfolio, customer, &attached) {
        Next::None => {}
        Next::Finished => agenda.finished.push(Finished { customer: customer.id.clone() }),
        Next::Action { step, date: on, items } => {
            agenda.actions.push(row(portfolio, customer, Action::Scenario(step), on, items, date, now));
        }
    }
}

/// Marks `action` of `customer` done on `date`: appends a history entry with the items the
/// agenda of `date` gives that action, its channel, and `by` (a user id).
pub fn complete(
    portfolio: &mut Portfolio,
    customer: &str,
    action: &str,
    date: Date,
    by: Option<String>,
) -> Result<(), Error> {
    if let Some(user) = &by {
        if portfolio.user(user).is_none() {
            return Err(no_user(user));
        }
    }
    let found = find(portfolio, customer, action, date)?;
    portfolio.add_history(HistoryEntry {
        customer: customer.to_owned(),
        action: action.to_owned(),
        done_on: date,
        items: found.items,
        by,
        channel: Some(found.channel),
    });
    Ok(())
}

/// Confirms an `automatic_to_confirm` action of `customer` on the agenda of `date`: appends a
/// confirmation (nothing when one exists already).
pub fn confirm(portfolio: &mut Portfolio, customer: &str, action: &str, date: Date) -> Result<(), Error> {
    let found = find(portfolio, customer, action, date)?;
    if found.mode != Mode::AutomaticToConfirm {
        let detail = format!(
            "action \"{action}\" of customer \"{customer}\" is {}, not automatic_to_confirm",
            found.mode.name()
        );
        return Err(Error::new(ErrorKind::Conflict, detail));
    }
    if !is_confirmed(portfolio, customer, action) {
        portfolio.add_confirmation(Confirmation {
            customer: customer.to_owned(),
            action: action.to_owned(),
            on: Some(date),
        });
    }
    Ok(())
}

/// The action of `customer` on the agenda of `date` (only that customer is planned).
fn find(portfolio: &Portfolio, customer: &str, action: &str, date: Date) -> Result<AgendaAction, Error> {
    let Some(found) = portfolio.customer(customer) else {
        return Err(Error::new(ErrorKind::NotFound, format!("no customer has id \"{customer}\"")));
    };
    let mut rows = Agenda::empty(date);
    plan_customer(portfolio, found, date, None, &Filters::default(), &mut rows);
    rows.actions.into_iter().find(|row| row.action == action).ok_or_else(|| {
        let detail = format!("customer \"{customer}\" has no action \"{action}\" in the agenda of {date}");
        Error::new(ErrorKind::NotFound, detail)
    })
}

fn no_user(user: &str) -> Error {
    Error::new(ErrorKind::NotFound, format!("no user has id \"{user}\""))
}

/// Whether the customer passes the customer filters (collector, fields).
pub(crate) fn customer_matches(customer: &Customer, filters: &Filters) -> bool {
    filters.collector.as_ref().is_none_or(|collector| customer.collector.as_ref() == Some(collector))
        && filters.fields.iter().all(|(key, value)| customer.fields.get(key) == Some(value))
}

/// Open in the spec's sense: outstanding > 0.
fn is_owed(item: &Item) -> bool {
    item.outstanding.mantissa > 0
}

fn is_completed(portfolio: &Portfolio, customer: &str, action: &str) -> bool {
    portfolio.history_of(customer).any(|entry| entry.action == action)
}

fn is_confirmed(portfolio: &Portfolio, customer: &str, action: &str) -> bool {
    portfolio.confirmations_of(customer).any(|c| c.action == action)
}

enum Next<'p> {
    None,
    Finished,
    Action { step: &'p ScenarioAction, date: Date, items: Vec<String> },
}

fn next_scenario_action<'p>(portfolio: &'p Portfolio, customer: &Customer, attached: &HashSet<&str>) -> Next<'p> {
    let Some(scenario) = customer.scenario.as_deref().and_then(|id| portfolio.scenario(id)) else { return Next::None };
    let eligible: Vec<&Item> = portfolio
        .items_of(&customer.id)
        .filter(|item| {
            item.kind.is_dunnable()
                && is_owed(item)
                && !portfolio.is_excluded_from_scenario(item)
                && !attached.contains(item.id.as_str())
        })
        .collect();
    let Some(driver) = eligible.iter().min_by(|a, b| (a.due_date, &a.id).cmp(&(b.due_date, &b.id))) else {
        return Next::None;
    };
    let eligible_ids: HashSet<&str> = eligible.iter().map(|item| item.id.as_str()).collect();
    let done = |step: &ScenarioAction| {
        portfolio
            .history_of(&customer.id)
            .any(|entry| entry.action == step.id && entry.items.iter().any(|id| eligible_ids.contains(id.as_str())))
    };
    let Some(step) = scenario.actions.iter().find(|step| !done(step)) else { return Next::Finished };
    let date = driver.due_date.add_days(step.offset_days);
    let items = eligible
        .iter()
        .filter(|item| item.due_date.add_days(step.offset_days) <= date)
        .map(|item| item.id.clone())
        .collect();
    Next::Action { step, date, items }
}

/// What the state and send time depend on, for either kind of action.
#[allow(clippy::too_many_arguments)]
fn row(
    portfolio: &Portfolio,
    customer: &Customer,
    action: Action<'_>,
    on: Date,
    items: Vec<String>,
    today: Date,
    now: Option<TimeOfDay>,
) -> AgendaAction {
    let error = match action.mode() {
        Mode::Manual => None,
        Mode::Automatic | Mode::AutomaticToConfirm => delivery_error(portfolio, customer, action.channel()),
    };
    let (state, colour) = match (action.mode(), error) {
        (_, Some(_)) => (State::Error, Colour::Yellow),
        (Mode::Manual, None) if on < today => (State::Late, Colour::Red),
        (Mode::Manual, None) if on == today => (State::Current, Colour::Red),
        (Mode::Manual, None) => (State::Upcoming, Colour::Blue),
        (Mode::Automatic, None) => (State::Confirmed, Colour::Green),
        (Mode::AutomaticToConfirm, None) if is_confirmed(portfolio, &customer.id, action.id()) => {
            (State::Confirmed, Colour::Green)
        }
        (Mode::AutomaticToConfirm, None) if on <= today => (State::OverdueUnconfirmed, Colour::Red),
        (Mode::AutomaticToConfirm, None) => (State::UpcomingUnconfirmed, Colour::White),
    };
    let send_at = match action.mode() {
        Mode::Manual => None,
        Mode::Automatic | Mode::AutomaticToConfirm => send_at(portfolio, action.channel(), on, today, now),
    };
    AgendaAction {
        customer: customer.id.clone(),
        action: action.id().to_owned(),
        kind: action.context(),
        channel: action.channel(),
        mode: action.mode(),
        date: on,
        state,
        colour,
        error,
        items,
        send_at,
    }
}

fn present(text: &Option<String>) -> bool {
    text.as_deref().is_some_and(|text| !text.trim().is_empty())
}

fn has_address(address: &Option<Vec<String>>) -> bool {
    address.as_ref().is_some_and(|lines| lines.iter().any(|line| !line.trim().is_empty()))
}

fn is_email(channel: Channel) -> bool {
    matches!(channel, Channel::Email | Channel::Subject)
}

/// The first error of the spec's table that applies to an automatic action: why `channel`
/// cannot reach `customer` (the reach report counts them too).
pub fn delivery_error(portfolio: &Portfolio, customer: &Customer, channel: Channel) -> Option<ActionError> {
    let Some(contact) = portfolio.collection_contact(customer) else { return Some(ActionError::NoCollectionContact) };
    if is_email(channel) && !present(&contact.email) {
        return Some(ActionError::ContactMissingEmail);
    }
    if channel == Channel::Sms && !present(&contact.mobile) && !present(&contact.phone) {
        return Some(ActionError::ContactMissingMobile);
    }
    if channel.is_letter() && !has_address(&contact.address) && !has_address(&customer.address) {
        return Some(ActionError::ContactMissingAddress);
    }
    if is_email(channel) && !present(&customer.collector) {
        return Some(ActionError::NoCollector);
    }
    None
}

/// When an automatic action goes out: e-mails and SMS at the first minute inside the sending
/// window at or after the action date's 00:00 (for actions already due: at or after `now` on
/// `today`); letters on the action date.
fn send_at(portfolio: &Portfolio, channel: Channel, on: Date, today: Date, now: Option<TimeOfDay>) -> Option<String> {
    let default_window = SendingWindow::default();
    let window = portfolio.company.sending_window.as_ref().unwrap_or(&default_window);
    if channel.is_letter() {
        // Posted on a sending day, never in the past: the day only, the post has no minute.
        return first_minute_in_window(window, on.max(today), TimeOfDay::MIDNIGHT).map(|(day, _)| day.to_string());
    }
    if !is_email(channel) && channel != Channel::Sms {
        return None;
    }
    let (start_day, start_time) =
        if on <= today { (today, now.unwrap_or(TimeOfDay::MIDNIGHT)) } else { (on, TimeOfDay::MIDNIGHT) };
    first_minute_in_window(window, start_day, start_time).map(|(day, time)| format!("{day}T{time}"))
}

/// The first minute at or after `time` on `day` inside `window` (its days, `from` ≤ t < `to`).
pub fn first_minute_in_window(window: &SendingWindow, day: Date, time: TimeOfDay) -> Option<(Date, TimeOfDay)> {
    for ahead in 0..=7 {
        let candidate = day.add_days(ahead);
        if !window.days.iter().any(|&weekday| weekday as u8 == candidate.weekday()) {
            continue;
        }
        let earliest = if ahead == 0 { time.max(window.from) } else { window.from };
        if earliest < window.to {
            return Some((candidate, earliest));
        }
    }
    None
}

fn needs_a_person(action: &AgendaAction) -> bool {
    action.mode == Mode::Manual
        || action.error.is_some()
        || matches!(action.state, State::OverdueUnconfirmed | State::UpcomingUnconfirmed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::portfolio::Weekday;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn time(text: &str) -> TimeOfDay {
        text.parse().unwrap()
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn window_moves_a_saturday_to_monday_morning() {
        let window = SendingWindow::default();
        assert_eq!(
            first_minute_in_window(&window, date("2026-11-21"), time("00:00")),
            Some((date("2026-11-23"), time("09:00")))
        );
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn window_end_is_exclusive() {
        let window = SendingWindow::default();
        assert_eq!(
            first_minute_in_window(&window, date("2026-11-23"), time("17:59")),
            Some((date("2026-11-23"), time("17:59")))
        );
        assert_eq!(
            first_minute_in_window(&window, date("2026-11-23"), time("18:00")),
            Some((date("2026-11-24"), time("09:00")))
        );
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_single_day_window_waits_a_week() {
        let window = SendingWindow { days: vec![Weekday::Mon], from: time("08:00"), to: time("12:00") };
        assert_eq!(
            first_minute_in_window(&window, date("2026-11-23"), time("13:00")),
            Some((date("2026-11-30"), time("08:00")))
        );
        let empty = SendingWindow { days: vec![], ..window };
        assert_eq!(first_minute_in_window(&empty, date("2026-11-23"), time("08:00")), None);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn states_parse_from_their_names() {
        for state in State::ALL {
            assert_eq!(state.name().parse::<State>(), Ok(state));
        }
        assert!("done".parse::<State>().is_err());
    }
}

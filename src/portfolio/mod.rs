//! The portfolio: everything the engine renders or plans from, as one JSON document
//! (data-model.md).
//!
//! These types are both the JSON's shape (serde, unknown fields rejected) and the loaded model:
//! [`Portfolio::from_json`] parses and then checks consistency (unique ids, references that
//! resolve, amounts that fit their currency, …), so a `Portfolio` that exists is consistent and
//! nothing downstream re-checks it.

mod alert_rule;
mod index;
mod json_path;
mod load;
mod text_serde;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::channel::{Channel, Context};
use crate::date::{Date, TimeOfDay};
use crate::locale::Locale;
use crate::money::{Currency, Decimal, Money};
use crate::template::Format;

pub use alert_rule::{AlertRule, Condition, FieldValues};
use index::{of_customer, push_indexed, Index};

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Portfolio {
    /// The company that writes: its name, address, bank, penalty rules, language and letter layout.
    pub company: Company,
    /// The people who collect: collectors sign letters and own accounts, managers see every account.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<User>,
    /// The statuses an item may carry (a dispute, a promise to pay…), and whether they pause the scenario.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item_statuses: Vec<ItemStatus>,
    /// The dunning scenarios: ordered steps (e-mail, SMS, letter, call…) at offsets from an item's due date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<Scenario>,
    /// The accounts dunned: name, address, language, collector, scenario, contacts, custom fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub customers: Vec<Customer>,
    /// The customers' open and closed items: invoices, debit notes, credit notes, payments on account.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    /// One-off actions for one customer on chosen items, on a date (a promise follow-up…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub specific_actions: Vec<SpecificAction>,
    /// Scenario steps a person confirmed for sending (steps in mode automatic_to_confirm).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub confirmations: Vec<Confirmation>,
    /// What was done: actions sent or completed, on which day, by whom, about which items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEntry>,
    /// Alert rules over customers and their items (docs/alerts.md).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alert_rules: Vec<AlertRule>,
    /// Lookups by id, built once at load.
    #[serde(skip)]
    index: Index,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// The company's legal name, as letters print it.
    pub name: String,
    /// The company's postal address, one line per entry; the city of the postal-code line dates letters.
    pub address: Option<Vec<String>>,
    /// ISO 3166-1 alpha-2 code of the company's country: its register's label in legal mentions.
    pub country: Option<String>,
    /// The collection department's phone number.
    pub phone: Option<String>,
    /// The collection department's e-mail address.
    pub email: Option<String>,
    /// The company's registration, printed in every letter's footer; a bare number gets its country's register label.
    pub registration: Option<String>,
    /// A URL or `data:image/…` URL.
    #[cfg_attr(feature = "schema", schemars(example = &"https://acme.example/logo.png"))]
    pub logo: Option<String>,
    /// Whether letters print the logo.
    pub show_logo_in_letters: Option<bool>,
    /// Where customers pay: bank name, IBAN, BIC (#company_bank_details).
    pub bank: Option<Bank>,
    /// One annual percentage, or a table of rates by start date.
    pub late_penalty_rate: Option<RateSchedule>,
    /// Per currency: one amount, or tiers by invoice amount.
    pub recovery_cost: Option<BTreeMap<Currency, RecoveryCost>>,
    /// ISO 4217 code of the company's own currency.
    pub currency: Currency,
    /// The company's language: templates fall back to it, and it is the default of customers without one.
    pub locale: Locale,
    /// `{customer}` is replaced by the customer's code, URL-encoded.
    pub payment_url: Option<String>,
    /// The customer's account page; `{customer}` is replaced by the customer's code, URL-encoded.
    pub interactive_url: Option<String>,
    /// When messages may go out: weekdays and hours (default Monday to Friday, 09:00–18:00).
    pub sending_window: Option<SendingWindow>,
    /// The letters' paper and envelope window.
    pub letter: Option<LetterSettings>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Bank {
    /// The bank's name.
    pub name: Option<String>,
    /// The account's IBAN, without or with spaces.
    pub iban: Option<String>,
    /// The bank's BIC (SWIFT code).
    pub bic: Option<String>,
}

/// `company.late_penalty_rate`: `"12.15"` or `[{"from": "2026-01-01", "rate": "12.15"}, …]`.
#[derive(Clone, Debug, PartialEq)]
pub enum RateSchedule {
    Fixed(Decimal),
    ByDate(Vec<RateStep>),
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RateStep {
    /// The day from which the rate applies.
    pub from: Date,
    /// Annual percentage.
    pub rate: Decimal,
}

/// `company.recovery_cost[currency]`: `"40.00"` or
/// `[{"below": "1000", "amount": "40"}, …, {"amount": "100"}]`.
#[derive(Clone, Debug, PartialEq)]
pub enum RecoveryCost {
    Fixed(Decimal),
    Tiers(Vec<CostTier>),
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CostTier {
    /// The tier applies to invoices whose amount is below this; absent on the last tier.
    #[cfg_attr(feature = "schema", schemars(example = &"1000"))]
    pub below: Option<Decimal>,
    /// The recovery cost charged per invoice in this tier.
    #[cfg_attr(feature = "schema", schemars(example = &"40.00"))]
    pub amount: Decimal,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SendingWindow {
    /// The weekdays messages may go out.
    pub days: Vec<Weekday>,
    /// The earliest time of day, HH:MM.
    pub from: TimeOfDay,
    /// The latest time of day, HH:MM.
    pub to: TimeOfDay,
}

impl Default for SendingWindow {
    /// Monday to Friday, 09:00–18:00.
    fn default() -> SendingWindow {
        SendingWindow {
            days: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri],
            from: TimeOfDay::hours(9),
            to: TimeOfDay::hours(18),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LetterSettings {
    /// Where the envelope window is: `left` (DIN 5008 form B) or `right` (the French layout).
    #[serde(default)]
    pub window: WindowSide,
    /// `A4` or `Letter` (US Letter).
    #[serde(default)]
    pub paper: Paper,
}

/// Where the envelope window is: DIN 5008 form B (left) or the French layout (right).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum WindowSide {
    #[default]
    Left,
    Right,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct User {
    /// The user's id, referred to by customers' `collector` and history entries' `by`.
    pub id: String,
    /// The user's name, as a letter's signature prints it.
    pub name: String,
    /// The user's e-mail address (#user_email).
    pub email: Option<String>,
    /// The user's phone number (#user_phone).
    pub phone: Option<String>,
    /// The user's job title (#user_title).
    pub title: Option<String>,
    /// What the user sees by default (docs/decisions.md): absent, everything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(example = &"collector"))]
    pub role: Option<Role>,
}

/// A collector sees their own accounts by default; a manager sees every account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Collector,
    Manager,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ItemStatus {
    /// The status's code, as items' `status` names it.
    pub code: String,
    /// The status's name as shown to people; the code when absent.
    pub label: Option<String>,
    /// Items with this status are left out of scenario steps (a dispute, a promise to pay).
    #[serde(default)]
    pub excluded_from_scenario: bool,
    /// The label in other languages: a letter or e-mail in one of them shows it in the items
    /// table's status column; in any other, `label`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<LabelTranslation>,
}

/// An item status's label in one language.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LabelTranslation {
    /// The language of this label.
    #[cfg_attr(feature = "schema", schemars(example = &"fr"))]
    pub locale: Locale,
    /// The status's name in that language.
    #[cfg_attr(feature = "schema", schemars(example = &"Litige"))]
    pub label: String,
}

impl ItemStatus {
    /// The status's name as people see it: its label, else its code.
    pub fn name(&self) -> &str {
        self.label.as_deref().unwrap_or(&self.code)
    }

    /// The status's name for a reader of `locale`: its translation, else [`ItemStatus::name`].
    pub fn label_in(&self, locale: Locale) -> &str {
        match self.translations.iter().find(|translation| translation.locale == locale) {
            Some(translation) => &translation.label,
            None => self.name(),
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The scenario's id, as customers' `scenario` names it.
    pub id: String,
    /// The scenario's name as shown to people.
    pub name: Option<String>,
    /// The scenario's steps, each at its offset from the due date of the customer's oldest overdue item.
    #[serde(default)]
    pub actions: Vec<ScenarioAction>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Manual,
    Automatic,
    AutomaticToConfirm,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Manual => "manual",
            Mode::Automatic => "automatic",
            Mode::AutomaticToConfirm => "automatic_to_confirm",
        }
    }
}

impl std::str::FromStr for Mode {
    type Err = crate::Error;

    fn from_str(name: &str) -> Result<Mode, crate::Error> {
        [Mode::Manual, Mode::Automatic, Mode::AutomaticToConfirm]
            .into_iter()
            .find(|mode| mode.name() == name)
            .ok_or_else(|| {
                let detail = format!("unknown mode \"{name}\"; expected manual, automatic or automatic_to_confirm");
                crate::Error::new(crate::ErrorKind::UnknownName, detail)
            })
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ScenarioAction {
    /// The step's id, unique in its scenario; confirmations and history refer to it.
    pub id: String,
    /// The step's name as shown to people.
    pub name: Option<String>,
    /// Days after the due date (negative: before) on which the step is due.
    pub offset_days: i32,
    /// How the step reaches the customer.
    pub channel: Channel,
    /// Whether the step goes out on its own, after a person's confirmation, or is a person's to do.
    pub mode: Mode,
    /// The subject template (e-mail, letter), with #hashtags.
    pub subject: Option<String>,
    /// The body template, with #hashtags.
    pub body: String,
    /// How the body is written: `markdown` (default), `html` or `text`.
    pub format: Option<Format>,
    /// The language `subject` and `body` are written in, if declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(example = &"fr"))]
    pub locale: Option<Locale>,
    /// The same message in other languages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(example = serde_json::json!([{"locale": "en", "subject": "Overdue invoices", "body": "Dear #contact_name, ..."}])))]
    pub translations: Vec<Translation>,
}

/// An action's subject and body in one more language.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The language of this wording.
    #[cfg_attr(feature = "schema", schemars(example = &"en"))]
    pub locale: Locale,
    /// The subject template in this language.
    #[cfg_attr(feature = "schema", schemars(example = &"Overdue invoices"))]
    pub subject: Option<String>,
    /// The body template in this language.
    #[cfg_attr(feature = "schema", schemars(example = &"Dear #contact_name, ..."))]
    pub body: String,
}

/// The words of an action a customer receives: the translation in the customer's language,
/// else the company's, else the action's own (whatever its language).
#[derive(Clone, Copy, Debug)]
pub struct Wording<'p> {
    /// The language they are written in, when declared.
    pub locale: Option<Locale>,
    pub subject: Option<&'p str>,
    pub body: &'p str,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Customer {
    /// The customer's id, referred to by items, actions, confirmations and history.
    pub id: String,
    /// The customer's account code, as letters and the customer's pages show it (#customer_code).
    pub code: Option<String>,
    /// The customer's name (#customer_name).
    pub name: String,
    /// The customer's postal address, one line per entry; a collection contact's own address comes first.
    pub address: Option<Vec<String>>,
    /// ISO 3166-1 alpha-2 code of the customer's country.
    pub country: Option<String>,
    /// The customer's language: the wording they get and how amounts and dates are written; the company's when absent.
    pub locale: Option<Locale>,
    /// The id of the user who collects this account.
    pub collector: Option<String>,
    /// The id of the customer's scenario; no scenario steps when absent.
    pub scenario: Option<String>,
    /// Whether late-payment interest and recovery costs apply to this customer.
    pub penalties: Option<Penalties>,
    /// The customer's contacts; the one marked `collection` receives the dunning.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    /// Custom fields (segment, region…), read by alert rules and filters.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, String>,
}

#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Penalties {
    /// Late-payment interest applies, at the company's rate.
    #[serde(default)]
    pub interest: bool,
    /// A fixed recovery cost applies per overdue invoice.
    #[serde(default)]
    pub recovery_cost: bool,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The contact's id, unique in its customer.
    pub id: String,
    /// Form of address (Mme, Mr, Frau…).
    pub title: Option<String>,
    /// The contact's first name.
    pub first_name: Option<String>,
    /// The contact's last name.
    pub last_name: Option<String>,
    /// Where e-mails go.
    pub email: Option<String>,
    /// The contact's phone number.
    pub phone: Option<String>,
    /// Where SMS go.
    pub mobile: Option<String>,
    /// Where letters go, when not the customer's address.
    #[cfg_attr(feature = "schema", schemars(example = serde_json::json!(["Service comptabilité", "8 avenue Foch", "69006 Lyon"])))]
    pub address: Option<Vec<String>>,
    /// This contact receives the dunning (one per customer).
    #[serde(default)]
    pub collection: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Invoice,
    DebitNote,
    CreditNote,
    /// An unallocated payment on account.
    Payment,
}

impl ItemKind {
    /// Invoices and debit notes drive scenarios and bear penalties.
    pub fn is_dunnable(self) -> bool {
        matches!(self, ItemKind::Invoice | ItemKind::DebitNote)
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// The item's id, referred to by specific actions and history entries.
    pub id: String,
    /// The id of the customer who owes it.
    pub customer: String,
    /// Invoice, debit note, credit note or payment on account.
    pub kind: ItemKind,
    /// The document's number, as printed on it and in letters.
    pub reference: String,
    /// The day the document was issued.
    pub issue_date: Option<Date>,
    /// The day payment was due; scenario offsets count from it.
    pub due_date: Date,
    /// Exact, with the currency's minor digits once loaded.
    pub amount: Decimal,
    /// What is still owed (negative for a credit note or payment not yet allocated).
    pub outstanding: Decimal,
    /// ISO 4217 code of the item's currency.
    pub currency: Currency,
    /// The code of one of `item_statuses`, if the item has one.
    pub status: Option<String>,
    /// Since when the item has its status (a dispute opened on…); needs a status. Alert rules
    /// on statuses count from it, else from the due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(example = &"2026-10-02"))]
    pub status_since: Option<Date>,
}

impl Item {
    pub fn amount(&self) -> Money {
        money(self.amount, self.currency)
    }

    pub fn outstanding(&self) -> Money {
        money(self.outstanding, self.currency)
    }

    /// Open items still owe (or are owed) something.
    pub fn is_open(&self) -> bool {
        self.outstanding.mantissa != 0
    }
}

/// A loaded amount as money: loading normalised it to the currency's minor digits and checked
/// that it fits, so the conversion is exact.
fn money(amount: Decimal, currency: Currency) -> Money {
    Money::new(amount.to_units(u32::from(currency.minor_digits())).unwrap_or(0), currency)
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SpecificAction {
    /// The action's id, unique in the portfolio.
    pub id: String,
    /// The id of the customer it is for.
    pub customer: String,
    /// The ids of the items it is about (#items_…_selected).
    pub items: Vec<String>,
    /// The day it is due.
    pub date: Date,
    /// How it reaches the customer.
    pub channel: Channel,
    /// Whether it goes out on its own, after a person's confirmation, or is a person's to do.
    pub mode: Mode,
    /// The subject template (e-mail, letter), with #hashtags.
    pub subject: Option<String>,
    /// The body template, with #hashtags.
    pub body: String,
    /// How the body is written: `markdown` (default), `html` or `text`.
    pub format: Option<Format>,
    /// The language `subject` and `body` are written in, if declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(example = &"fr"))]
    pub locale: Option<Locale>,
    /// The same message in other languages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(example = serde_json::json!([{"locale": "de", "body": "Wir bestätigen Ihre Zahlungszusage über #items_amount_selected."}])))]
    pub translations: Vec<Translation>,
}

/// An action a customer receives, whichever list holds it: one view of a scenario's step and of
/// a specific action, read by the agenda, the history and the letters.
#[derive(Clone, Copy, Debug)]
pub enum Action<'p> {
    Scenario(&'p ScenarioAction),
    Specific(&'p SpecificAction),
}

impl<'p> Action<'p> {
    pub fn id(self) -> &'p str {
        match self {
            Action::Scenario(step) => &step.id,
            Action::Specific(action) => &action.id,
        }
    }

    /// A scenario's step or a specific action: the context its template is written for.
    pub fn context(self) -> Context {
        match self {
            Action::Scenario(_) => Context::Scenario,
            Action::Specific(_) => Context::Specific,
        }
    }

    /// How lists name it: a step's name, a specific action's subject.
    pub fn name(self) -> Option<&'p str> {
        match self {
            Action::Scenario(step) => step.name.as_deref(),
            Action::Specific(action) => action.subject.as_deref(),
        }
    }

    pub fn channel(self) -> Channel {
        match self {
            Action::Scenario(step) => step.channel,
            Action::Specific(action) => action.channel,
        }
    }

    pub fn mode(self) -> Mode {
        match self {
            Action::Scenario(step) => step.mode,
            Action::Specific(action) => action.mode,
        }
    }

    /// The subject line's template.
    pub fn subject(self) -> Option<&'p str> {
        match self {
            Action::Scenario(step) => step.subject.as_deref(),
            Action::Specific(action) => action.subject.as_deref(),
        }
    }

    pub fn body(self) -> &'p str {
        match self {
            Action::Scenario(step) => &step.body,
            Action::Specific(action) => &action.body,
        }
    }

    pub fn format(self) -> Format {
        match self {
            Action::Scenario(step) => step.format,
            Action::Specific(action) => action.format,
        }
        .unwrap_or_default()
    }

    /// The action's own words, in its declared language if any.
    pub fn own_wording(self) -> Wording<'p> {
        let locale = match self {
            Action::Scenario(step) => step.locale,
            Action::Specific(action) => action.locale,
        };
        Wording { locale, subject: self.subject(), body: self.body() }
    }

    /// The words for a reader of `locale` (see [`Wording`]); `company` is the company's language.
    pub fn wording(self, locale: Locale, company: Locale) -> Wording<'p> {
        let translations = match self {
            Action::Scenario(step) => &step.translations,
            Action::Specific(action) => &action.translations,
        };
        let own = self.own_wording();
        let own_locale = own.locale;
        let translated = |wanted: Locale| {
            translations.iter().find(|t| t.locale == wanted).map(|t| Wording {
                locale: Some(t.locale),
                subject: t.subject.as_deref(),
                body: &t.body,
            })
        };
        [locale, company]
            .into_iter()
            .find_map(|wanted| if own_locale == Some(wanted) { Some(own) } else { translated(wanted) })
            .unwrap_or(own)
    }

    /// The items a specific action selected; none for a scenario's step.
    pub fn selected(self) -> &'p [String] {
        match self {
            Action::Scenario(_) => &[],
            Action::Specific(action) => &action.items,
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Confirmation {
    /// The id of the customer.
    pub customer: String,
    /// The id of the step (or specific action) confirmed.
    pub action: String,
    /// The day it was confirmed.
    pub on: Option<Date>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    /// The id of the customer.
    pub customer: String,
    /// The id of the step or specific action done.
    pub action: String,
    /// The day it was done.
    pub done_on: Date,
    /// The ids of the items it was about.
    pub items: Vec<String>,
    /// The id of the user who did it; absent for what went out on its own.
    pub by: Option<String>,
    /// The channel it went by, when not the action's.
    pub channel: Option<Channel>,
}

impl Portfolio {
    pub fn customer(&self, id: &str) -> Option<&Customer> {
        self.index.customers.find(&self.customers, id, |customer| &customer.id)
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.index.items.find(&self.items, id, |item| &item.id)
    }

    pub fn user(&self, id: &str) -> Option<&User> {
        self.index.users.find(&self.users, id, |user| &user.id)
    }

    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.index.scenarios.find(&self.scenarios, id, |scenario| &scenario.id)
    }

    pub fn item_status(&self, code: &str) -> Option<&ItemStatus> {
        self.index.statuses.find(&self.item_statuses, code, |status| &status.code)
    }

    /// Whether the item's status (a dispute, a promise to pay…) takes it out of scenarios and
    /// penalties.
    pub fn is_excluded_from_scenario(&self, item: &Item) -> bool {
        item.status
            .as_deref()
            .and_then(|code| self.item_status(code))
            .is_some_and(|status| status.excluded_from_scenario)
    }

    /// The customer's items, in portfolio order.
    pub fn items_of(&self, customer: &str) -> impl Iterator<Item = &Item> {
        let positions = self.index.of(&self.customers, &self.index.items_of_customer, customer);
        positions.iter().filter_map(|&at| self.items.get(at))
    }

    /// The customer's specific actions, in portfolio order.
    /// The action `id` of `customer`: its specific action of that id, else that step of its own
    /// scenario. (The history also looks in other scenarios: the customer may have changed.)
    pub fn action<'p>(&'p self, customer: &'p Customer, id: &str) -> Option<Action<'p>> {
        if let Some(specific) = self.specific_actions_of(&customer.id).find(|action| action.id == id) {
            return Some(Action::Specific(specific));
        }
        let scenario = customer.scenario.as_deref().and_then(|scenario| self.scenario(scenario))?;
        scenario.actions.iter().find(|step| step.id == id).map(Action::Scenario)
    }

    pub fn specific_actions_of<'p>(&'p self, customer: &'p str) -> impl Iterator<Item = &'p SpecificAction> + 'p {
        let positions = self.index.of(&self.customers, &self.index.specific_actions_of_customer, customer);
        let all = self.specific_actions.len();
        of_customer(&self.specific_actions, positions, all, customer, |action| &action.customer)
    }

    /// The customer's history entries, in the order they were recorded.
    pub fn history_of<'p>(&'p self, customer: &'p str) -> impl Iterator<Item = &'p HistoryEntry> + 'p {
        let positions = self.index.of(&self.customers, &self.index.history_of_customer, customer);
        of_customer(&self.history, positions, self.index.history_indexed, customer, |entry| &entry.customer)
    }

    /// The customer's confirmations, in the order they were recorded.
    pub fn confirmations_of<'p>(&'p self, customer: &'p str) -> impl Iterator<Item = &'p Confirmation> + 'p {
        let positions = self.index.of(&self.customers, &self.index.confirmations_of_customer, customer);
        let indexed = self.index.confirmations_indexed;
        of_customer(&self.confirmations, positions, indexed, customer, |confirmation| &confirmation.customer)
    }

    /// Appends a history entry, keeping the per-customer index.
    pub fn add_history(&mut self, entry: HistoryEntry) {
        let customer = self.index.customers.position(&self.customers, &entry.customer, |c| &c.id);
        let index = &mut self.index;
        push_indexed(&mut self.history, entry, customer, &mut index.history_of_customer, &mut index.history_indexed);
    }

    /// Appends a confirmation, keeping the per-customer index.
    pub fn add_confirmation(&mut self, confirmation: Confirmation) {
        let customer = self.index.customers.position(&self.customers, &confirmation.customer, |c| &c.id);
        let index = &mut self.index;
        let (lists, indexed) = (&mut index.confirmations_of_customer, &mut index.confirmations_indexed);
        push_indexed(&mut self.confirmations, confirmation, customer, lists, indexed);
    }

    /// The customer's collection contact, if it has one.
    pub fn collection_contact<'p>(&self, customer: &'p Customer) -> Option<&'p Contact> {
        customer.contacts.iter().find(|contact| contact.collection)
    }

    /// The customer's locale, else the company's.
    pub fn locale_of(&self, customer: &Customer) -> Locale {
        customer.locale.unwrap_or(self.company.locale)
    }

    /// The portfolio as JSON (what `toJson()` saves), in the shape it was loaded from.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

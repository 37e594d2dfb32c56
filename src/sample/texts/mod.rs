//! The sample's scenario and specific-action templates, written as a credit controller writes
//! them: a courtesy e-mail before the due date, a first reminder, an SMS, a call, a second
//! reminder letter and a registered formal notice (with the late-payment penalties), a softer
//! key-account path, and the notes and e-mails of specific actions (a promise to pay, a
//! dispute, a payment plan). One file per language: English, French, German, Spanish, Italian,
//! Dutch, and Portuguese of Portugal and of Brazil; the other locales (pl, ro, sv, tr, hr, ja,
//! zh-CN) use English, which the checker reports as a `language-mismatch`.

mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pt_br;
mod pt_pt;

use crate::locale::Locale;

/// One template: the action's name, its subject (e-mails and letters; the title of a note),
/// and its body (Markdown, plain text for SMS).
pub struct Message {
    pub name: &'static str,
    pub subject: Option<&'static str>,
    pub body: &'static str,
}

/// Every template of one language.
pub struct Texts {
    pub locale: Locale,
    /// The scenarios' names.
    pub standard: &'static str,
    pub key_accounts: &'static str,
    /// The standard scenario, in order.
    pub courtesy: Message,
    pub first_reminder: Message,
    pub sms: Message,
    pub call: Message,
    pub second_reminder: Message,
    pub formal_notice: Message,
    /// The key-account scenario's own steps (it opens with `courtesy` and calls with `call`).
    pub personal_reminder: Message,
    pub escalation: Message,
    /// Specific actions.
    pub promise_follow_up: Message,
    pub dispute_review: Message,
    pub payment_plan: Message,
}

/// The languages with their own scenarios.
pub const ALL: [&Texts; 8] =
    [&en::TEXTS, &fr::TEXTS, &de::TEXTS, &es::TEXTS, &it::TEXTS, &nl::TEXTS, &pt_pt::TEXTS, &pt_br::TEXTS];

/// The texts a customer of `locale` is written to in.
pub fn of(locale: Locale) -> &'static Texts {
    ALL.into_iter().find(|texts| texts.locale == locale).unwrap_or(&en::TEXTS)
}

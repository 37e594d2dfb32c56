//! The sample's fixed part: the company (a French manufacturer), its users, item statuses,
//! scenarios and alert rules.

use std::collections::BTreeMap;

use super::texts::{self, Message, Texts};
use crate::channel::Channel;
use crate::date::{Date, TimeOfDay};
use crate::money::{Currency, Decimal};
use crate::portfolio::{
    AlertRule, Bank, Company, Condition, CostTier, FieldValues, ItemStatus, LetterSettings, Mode, Paper, RateSchedule,
    RateStep, RecoveryCost, Role, Scenario, ScenarioAction, SendingWindow, User, Weekday, WindowSide,
};
use crate::template::Format;
use crate::Locale;

/// The logo: a small SVG (a lamp's glow and the name), inline so the demo needs no file.
const LOGO: &str = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyMjAiIGhlaWdodD0iNTYiIHZpZXdCb3g9IjAgMCAyMjAgNTYiPjxjaXJjbGUgY3g9IjI4IiBjeT0iMjgiIHI9IjEyIiBmaWxsPSIjZjVhNTI0Ii8+PGcgc3Ryb2tlPSIjZjVhNTI0IiBzdHJva2Utd2lkdGg9IjQiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCI+PHBhdGggZD0iTTI4IDR2Nk0yOCA0NnY2TTQgMjhoNk00NiAyOGg2TTExIDExbDQgNE00MSA0MWw0IDRNMTEgNDVsNC00TTQxIDE1bDQtNCIvPjwvZz48dGV4dCB4PSI2MiIgeT0iMzEiIGZvbnQtZmFtaWx5PSJHZW9yZ2lhLHNlcmlmIiBmb250LXNpemU9IjI2IiBmb250LXdlaWdodD0iNzAwIiBmaWxsPSIjMWYyYTQ0Ij5MVU1FTjwvdGV4dD48dGV4dCB4PSI2MyIgeT0iNDciIGZvbnQtZmFtaWx5PSJBcmlhbCxzYW5zLXNlcmlmIiBmb250LXNpemU9IjEwLjUiIGxldHRlci1zcGFjaW5nPSIzLjIiIGZpbGw9IiM1YjY0NzgiPklORFVTVFJJRVM8L3RleHQ+PC9zdmc+";

fn decimal(mantissa: i128, scale: u32) -> Decimal {
    Decimal { mantissa, scale }
}

fn currency(code: &str) -> Currency {
    // Every code below is an ISO 4217 code (the sample's test loads the portfolio).
    Currency::from_code(code).unwrap_or(Currency::from_code("EUR").expect("EUR is a currency"))
}

fn date(year: i32, month: u8, day: u8) -> Date {
    Date::from_ymd(year, month, day).unwrap_or(Date::from_days_since_1970(0))
}

pub fn company() -> Company {
    let tiers = |tiers: &[(Option<i128>, i128)]| {
        RecoveryCost::Tiers(
            tiers
                .iter()
                .map(|&(below, amount)| CostTier { below: below.map(|b| decimal(b, 0)), amount: decimal(amount, 0) })
                .collect(),
        )
    };
    let fixed = |amount: i128| RecoveryCost::Fixed(decimal(amount, 0));
    let recovery_cost: BTreeMap<Currency, RecoveryCost> = [
        // The EU's fixed 40 EUR (Directive 2011/7/EU, art. L441-10 in France).
        ("EUR", fixed(40)),
        // The UK's Late Payment Act tiers.
        ("GBP", tiers(&[(Some(1000), 40), (Some(10_000), 70), (None, 100)])),
        // Poland's 40/70/100 EUR, in PLN, by invoice amount.
        ("PLN", tiers(&[(Some(5000), 170), (Some(50_000), 300), (None, 430)])),
        ("CHF", fixed(40)),
        ("SEK", fixed(450)),
        ("RON", fixed(200)),
        ("USD", fixed(45)),
        ("BRL", fixed(240)),
        ("TRY", fixed(1500)),
        ("JPY", fixed(6500)),
        ("CNY", fixed(320)),
    ]
    .into_iter()
    .map(|(code, cost)| (currency(code), cost))
    .collect();
    Company {
        name: "Lumen Industries SAS".into(),
        address: Some(vec!["27 quai Rambaud".into(), "69002 Lyon".into(), "France".into()]),
        country: Some("FR".into()),
        phone: Some("+33 4 72 41 80 00".into()),
        email: Some("recouvrement@lumen-industries.example".into()),
        registration: Some("SAS au capital de 2 400 000 € · RCS Lyon 852 741 963 · TVA FR42852741963".into()),
        logo: Some(LOGO.into()),
        show_logo_in_letters: Some(true),
        bank: Some(Bank {
            name: Some("Banque Populaire Auvergne Rhône Alpes".into()),
            iban: Some("FR7616807000823121987654340".into()),
            bic: Some("CCBPFRPPLYO".into()),
        }),
        // The French statutory rate: the ECB's refinancing rate plus 10 points, per half-year.
        late_penalty_rate: Some(RateSchedule::ByDate(vec![
            RateStep { from: date(2025, 1, 1), rate: decimal(1315, 2) },
            RateStep { from: date(2025, 7, 1), rate: decimal(1215, 2) },
            RateStep { from: date(2026, 1, 1), rate: decimal(1215, 2) },
            RateStep { from: date(2026, 7, 1), rate: decimal(1200, 2) },
        ])),
        recovery_cost: Some(recovery_cost),
        currency: currency("EUR"),
        locale: Locale::Fr,
        payment_url: Some("https://pay.lumen-industries.example/{customer}".into()),
        interactive_url: Some("https://clients.lumen-industries.example/compte/{customer}".into()),
        sending_window: Some(SendingWindow {
            days: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri],
            from: TimeOfDay::from_hm(8, 30).unwrap_or(TimeOfDay::MIDNIGHT),
            to: TimeOfDay::hours(18),
        }),
        letter: Some(LetterSettings { window: WindowSide::Right, paper: Paper::A4 }),
    }
}

/// The manager, who also collects the key accounts.
pub const MANAGER: &str = "m1";

pub fn users() -> Vec<User> {
    let user = |id: &str, name: &str, email: &str, phone: &str, title: &str, role| User {
        id: id.into(),
        name: name.into(),
        email: Some(format!("{email}@lumen-industries.example")),
        phone: Some(phone.into()),
        title: Some(title.into()),
        role: Some(role),
    };
    vec![
        user(
            MANAGER,
            "Hélène Rousseau",
            "helene.rousseau",
            "+33 4 72 41 80 10",
            "Directrice du crédit clients",
            Role::Manager,
        ),
        user("u1", "Claire Martin", "claire.martin", "+33 4 72 41 80 11", "Chargée de recouvrement", Role::Collector),
        user(
            "u2",
            "Jonas Weber",
            "jonas.weber",
            "+33 4 72 41 80 12",
            "Credit Controller DACH, Benelux & Nordics",
            Role::Collector,
        ),
        user(
            "u3",
            "Emily Carter",
            "emily.carter",
            "+33 4 72 41 80 13",
            "Credit Controller UK, Americas & Asia",
            Role::Collector,
        ),
        user(
            "u4",
            "Lucía Navarro",
            "lucia.navarro",
            "+33 4 72 41 80 14",
            "Gestora de cobros Iberia e Italia",
            Role::Collector,
        ),
        user(
            "u5",
            "Andrei Ionescu",
            "andrei.ionescu",
            "+33 4 72 41 80 15",
            "Credit Controller South-East Europe",
            Role::Collector,
        ),
    ]
}

pub const DISPUTE: &str = "dispute";
pub const PROMISE: &str = "promise";
pub const REMINDED: &str = "reminded";

pub fn item_statuses() -> Vec<ItemStatus> {
    let status = |code: &str, label: &str, excluded| ItemStatus {
        code: code.into(),
        label: Some(label.into()),
        excluded_from_scenario: excluded,
    };
    vec![status(DISPUTE, "Dispute", true), status(PROMISE, "Promise to pay", true), status(REMINDED, "Reminded", false)]
}

/// A step of a sample scenario.
pub struct Step {
    pub id: &'static str,
    pub offset_days: i32,
    pub channel: Channel,
    pub mode: Mode,
    pub message: fn(&Texts) -> &Message,
}

/// Which of the two scenarios a customer follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioKind {
    Standard,
    KeyAccounts,
}

impl ScenarioKind {
    pub fn steps(self) -> &'static [Step] {
        match self {
            ScenarioKind::Standard => &STANDARD,
            ScenarioKind::KeyAccounts => &KEY_ACCOUNTS,
        }
    }

    /// `standard-fr`, `key-accounts-en`…
    pub fn id(self, texts: &Texts) -> String {
        let kind = match self {
            ScenarioKind::Standard => "standard",
            ScenarioKind::KeyAccounts => "key-accounts",
        };
        format!("{kind}-{}", texts.locale.tag())
    }
}

const STANDARD: [Step; 6] = [
    Step { id: "pre", offset_days: -5, channel: Channel::Email, mode: Mode::Automatic, message: |t| &t.courtesy },
    Step {
        id: "r1",
        offset_days: 7,
        channel: Channel::Email,
        mode: Mode::AutomaticToConfirm,
        message: |t| &t.first_reminder,
    },
    Step { id: "sms", offset_days: 12, channel: Channel::Sms, mode: Mode::Automatic, message: |t| &t.sms },
    Step { id: "call", offset_days: 20, channel: Channel::PhoneCall, mode: Mode::Manual, message: |t| &t.call },
    Step {
        id: "letter",
        offset_days: 30,
        channel: Channel::Letter,
        mode: Mode::AutomaticToConfirm,
        message: |t| &t.second_reminder,
    },
    Step {
        id: "notice",
        offset_days: 45,
        channel: Channel::RegisteredLetter,
        mode: Mode::AutomaticToConfirm,
        message: |t| &t.formal_notice,
    },
];

/// Key accounts: a person writes and calls, then escalates; nothing goes out on its own but
/// the courtesy e-mail.
const KEY_ACCOUNTS: [Step; 4] = [
    Step { id: "pre", offset_days: -7, channel: Channel::Email, mode: Mode::Automatic, message: |t| &t.courtesy },
    Step { id: "r1", offset_days: 5, channel: Channel::Email, mode: Mode::Manual, message: |t| &t.personal_reminder },
    Step { id: "call", offset_days: 12, channel: Channel::PhoneCall, mode: Mode::Manual, message: |t| &t.call },
    Step { id: "escalate", offset_days: 25, channel: Channel::Task, mode: Mode::Manual, message: |t| &t.escalation },
];

/// SMS are plain text; every other template is Markdown.
pub fn format_of(channel: Channel) -> Format {
    if channel == Channel::Sms {
        Format::Text
    } else {
        Format::Markdown
    }
}

pub fn scenarios() -> Vec<Scenario> {
    let mut scenarios = Vec::new();
    for kind in [ScenarioKind::Standard, ScenarioKind::KeyAccounts] {
        for texts in texts::ALL {
            let name = match kind {
                ScenarioKind::Standard => texts.standard,
                ScenarioKind::KeyAccounts => texts.key_accounts,
            };
            let actions = kind
                .steps()
                .iter()
                .map(|step| {
                    let message = (step.message)(texts);
                    ScenarioAction {
                        id: step.id.into(),
                        name: Some(message.name.into()),
                        offset_days: step.offset_days,
                        channel: step.channel,
                        mode: step.mode,
                        subject: message.subject.map(Into::into),
                        body: message.body.into(),
                        format: Some(format_of(step.channel)),
                    }
                })
                .collect();
            scenarios.push(Scenario { id: kind.id(texts), name: Some(name.into()), actions });
        }
    }
    scenarios
}

pub fn alert_rules() -> Vec<AlertRule> {
    let rule = |id: &str, name: &str, when: Vec<Condition>| AlertRule { id: id.into(), name: Some(name.into()), when };
    let segment = |values: &[&str]| Condition::Field {
        name: "segment".into(),
        values: FieldValues::In(values.iter().map(|&value| value.into()).collect()),
    };
    vec![
        rule(
            "sme-overdue",
            "SME with more than 30,000 EUR overdue",
            vec![
                segment(&["SME"]),
                Condition::OverdueAbove { amount: decimal(3_000_000, 2), currency: currency("EUR") },
            ],
        ),
        rule(
            "old-dispute",
            "Dispute open for more than 60 days",
            vec![Condition::Status { status: DISPUTE.into(), days_above: 60 }],
        ),
        rule(
            "broken-promise",
            "Promise to pay older than 21 days",
            vec![Condition::Status { status: PROMISE.into(), days_above: 21 }],
        ),
        rule("very-late", "Invoice more than 120 days overdue", vec![Condition::DaysOverdueAbove(120)]),
        rule(
            "key-exposure-gbp",
            "Key account owing more than 20,000 GBP",
            vec![
                segment(&["Key account"]),
                Condition::OutstandingAbove { amount: decimal(2_000_000, 2), currency: currency("GBP") },
            ],
        ),
        rule(
            "large-due-soon",
            "More than 100,000 EUR outstanding, an invoice due this week",
            vec![
                Condition::DueWithinDays(7),
                Condition::OutstandingAbove { amount: decimal(10_000_000, 2), currency: currency("EUR") },
            ],
        ),
    ]
}

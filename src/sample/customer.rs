//! One sample customer: who it is (name, contacts, address, segment) and the story of its
//! account on the reference date D (which scenario step comes next and when, what was done,
//! disputes, promises, payments), drawn from random streams seeded by the customer's position
//! so that each part can be drawn again, alone, by each pass of the writer.
//!
//! The story is built backwards from D: pick the next step and its date relative to D, put the
//! driving invoice's due date where that makes it fall, and record the earlier steps in the
//! history (with confirmations for the steps that needed one). So the agenda on D shows every
//! state: late, current and upcoming calls, confirmed, unconfirmed and erroneous automatic
//! actions, finished customers, and cancelled specific actions.

use fastrand::Rng;
use serde::Serialize;

use super::company::{ScenarioKind, Step, DISPUTE, MANAGER, PROMISE, REMINDED};
use super::places::{per_euro, Country, COUNTRIES};
use super::texts::{self, Message, Texts};
use crate::channel::Channel;
use crate::date::Date;
use crate::money::{Currency, Decimal};
use crate::portfolio::{Contact, Customer, ItemKind, Mode, Penalties};
use crate::template::Format;

/// What keeps an automatic action of the customer from going out (the agenda's error codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Defect {
    NoCollectionContact,
    MissingEmail,
    MissingMobile,
    MissingAddress,
    NoCollector,
}

/// Where the customer's collection cycle stands on D.
#[derive(Clone, Copy, Debug)]
pub enum Story {
    /// The next step is `step`, on D + `delta`; `confirmed` if it needs a confirmation and has
    /// it.
    Next { step: usize, delta: i32, confirmed: bool },
    /// Every step is done; the oldest invoice is `late` days past the last step.
    Finished { late: i32 },
    /// Nothing owed.
    Settled,
}

/// What else the account holds.
#[derive(Clone, Copy, Debug, Default)]
pub struct Extras {
    /// A second invoice due the same day as the driving one.
    pub tie: bool,
    /// The driving invoice is partly paid.
    pub partial: bool,
    /// An invoice in dispute, with a review task.
    pub dispute: bool,
    /// An invoice with a promise to pay, and a call to check it.
    pub promise: bool,
    /// Instalments of a payment plan, with an e-mail to confirm.
    pub plan: bool,
    /// A letter planned on an invoice since paid: cancelled.
    pub cancelled: bool,
    /// A dispute review done earlier on the driving invoice (the dispute was rejected).
    pub reviewed: bool,
    pub credit_note: bool,
    /// A payment on account, not yet allocated.
    pub payment: bool,
    /// Invoices of an earlier cycle, paid after some reminders.
    pub old_cycle: bool,
    /// An invoice in EUR besides the country's currency.
    pub euro_invoice: bool,
    /// No scenario: a specific action only.
    pub no_scenario: bool,
}

/// The first customers' stories, so that every state, error and list of the agenda shows on D
/// whatever the seed (one per line: story, defect, extras).
const DECK: &[(Story, Option<Defect>, Extras)] = {
    const NONE: Extras = Extras {
        tie: false,
        partial: false,
        dispute: false,
        promise: false,
        plan: false,
        cancelled: false,
        reviewed: false,
        credit_note: false,
        payment: false,
        old_cycle: false,
        euro_invoice: false,
        no_scenario: false,
    };
    const fn next(step: usize, delta: i32, confirmed: bool) -> Story {
        Story::Next { step, delta, confirmed }
    }
    &[
        (next(3, -4, false), None, Extras { tie: true, credit_note: true, ..NONE }),
        (next(3, 0, false), None, Extras { partial: true, ..NONE }),
        (next(3, 5, false), None, Extras { old_cycle: true, ..NONE }),
        (next(0, 6, false), None, Extras { payment: true, ..NONE }),
        (next(1, -3, false), None, Extras { euro_invoice: true, ..NONE }),
        (next(4, 4, false), None, NONE),
        (next(5, -2, true), None, Extras { tie: true, ..NONE }),
        (next(1, 2, false), Some(Defect::NoCollectionContact), NONE),
        (next(1, -1, false), Some(Defect::MissingEmail), NONE),
        (next(2, 1, false), Some(Defect::MissingMobile), NONE),
        (next(4, -3, false), Some(Defect::MissingAddress), NONE),
        (next(0, 3, false), Some(Defect::NoCollector), NONE),
        (Story::Finished { late: 110 }, None, NONE),
        (next(1, 3, false), None, Extras { promise: true, ..NONE }),
        (next(2, 0, false), None, Extras { dispute: true, ..NONE }),
        (next(3, -6, false), None, Extras { cancelled: true, ..NONE }),
        (next(0, 10, false), None, Extras { plan: true, ..NONE }),
        (next(4, -5, false), None, Extras { reviewed: true, old_cycle: true, ..NONE }),
        (Story::Settled, None, Extras { credit_note: true, ..NONE }),
        (next(1, -8, false), None, Extras { no_scenario: true, ..NONE }),
    ]
};

const SEGMENTS: [(&str, u32); 4] = [("SME", 55), ("Mid-market", 27), ("Key account", 12), ("Public sector", 6)];

/// Who the customer is and where its account stands: drawn from the customer's first stream.
pub struct Profile {
    pub index: usize,
    pub id: String,
    pub country: &'static Country,
    pub texts: &'static Texts,
    pub segment: &'static str,
    pub scenario: Option<ScenarioKind>,
    pub collector: Option<&'static str>,
    pub defect: Option<Defect>,
    pub story: Story,
    pub extras: Extras,
    /// Payment terms, in days.
    pub terms: i32,
    /// How many items the account has (the generator shares the total out).
    pub items: usize,
}

/// The generator's random streams: the same seed and customer always draw the same values.
pub fn stream(seed: u64, index: usize, part: u64) -> Rng {
    // SplitMix64's finaliser spreads neighbouring customers apart.
    let mut z = seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ part.wrapping_mul(0xD1B5_4A32_D192_ED03);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    Rng::with_seed(z ^ (z >> 31))
}

fn weighted<T: Copy>(rng: &mut Rng, choices: &[(T, u32)]) -> T {
    let total: u32 = choices.iter().map(|&(_, weight)| weight).sum();
    let mut pick = rng.u32(0..total.max(1));
    for &(choice, weight) in choices {
        if pick < weight {
            return choice;
        }
        pick -= weight;
    }
    choices[choices.len() - 1].0
}

fn pick<T: Copy>(rng: &mut Rng, choices: &[T]) -> T {
    choices[rng.usize(0..choices.len())]
}

impl Profile {
    pub fn draw(seed: u64, index: usize, width: usize, items: usize) -> Profile {
        let mut rng = stream(seed, index, 0);
        let country = match COUNTRIES.get(index) {
            Some(country) => country,
            None => {
                let weights: Vec<(usize, u32)> = COUNTRIES.iter().enumerate().map(|(at, c)| (at, c.weight)).collect();
                &COUNTRIES[weighted(&mut rng, &weights)]
            }
        };
        // The deck's customers are SMEs on the standard scenario (the deck's step numbers).
        let segment = if index < DECK.len() { "SME" } else { weighted(&mut rng, &SEGMENTS) };
        let scenario = if segment == "Key account" { ScenarioKind::KeyAccounts } else { ScenarioKind::Standard };
        let (story, defect, extras) = match DECK.get(index) {
            Some(&deck) => deck,
            None => {
                let extras = random_extras(&mut rng, country);
                (random_story(&mut rng, scenario), random_defect(&mut rng), extras)
            }
        };
        let collector = match defect {
            Some(Defect::NoCollector) => None,
            _ if segment == "Key account" => Some(MANAGER),
            _ => Some(country.collector),
        };
        Profile {
            index,
            id: format!("C{index:0width$}"),
            country,
            texts: texts::of(country.locale),
            segment,
            scenario: (!extras.no_scenario).then_some(scenario),
            collector,
            defect,
            story,
            extras,
            terms: pick(&mut rng, &[30, 30, 45, 60]),
            items,
        }
    }

    fn steps(&self) -> &'static [Step] {
        self.scenario.unwrap_or(ScenarioKind::Standard).steps()
    }
}

fn random_story(rng: &mut Rng, scenario: ScenarioKind) -> Story {
    let steps = scenario.steps();
    match weighted(rng, &[(0, 6), (1, 5), (2, 89)]) {
        0 => Story::Settled,
        1 => Story::Finished { late: rng.i32(5..150) },
        _ => {
            let weights: &[(usize, u32)] = match scenario {
                ScenarioKind::Standard => &[(0, 30), (1, 22), (2, 12), (3, 14), (4, 12), (5, 10)],
                ScenarioKind::KeyAccounts => &[(0, 35), (1, 30), (2, 20), (3, 15)],
            };
            let step = weighted(rng, weights);
            // The step before must have been due by D: its date is D + delta - gap.
            let gap = if step == 0 { 25 } else { steps[step].offset_days - steps[step - 1].offset_days };
            let earliest = if steps[step].mode == Mode::Automatic { 0 } else { -15 };
            Story::Next { step, delta: rng.i32(earliest..=gap.min(20)), confirmed: rng.f32() < 0.35 }
        }
    }
}

fn random_defect(rng: &mut Rng) -> Option<Defect> {
    (rng.f32() < 0.08).then(|| {
        pick(
            rng,
            &[
                Defect::NoCollectionContact,
                Defect::MissingEmail,
                Defect::MissingMobile,
                Defect::MissingAddress,
                Defect::NoCollector,
            ],
        )
    })
}

fn random_extras(rng: &mut Rng, country: &Country) -> Extras {
    let mut chance = |p: f32| rng.f32() < p;
    Extras {
        tie: chance(0.2),
        partial: chance(0.18),
        dispute: chance(0.12),
        promise: chance(0.08),
        plan: chance(0.03),
        cancelled: chance(0.04),
        reviewed: chance(0.04),
        credit_note: chance(0.15),
        payment: chance(0.06),
        old_cycle: chance(0.3),
        euro_invoice: country.currency != "EUR" && chance(0.15),
        no_scenario: chance(0.03),
    }
}

/// ASCII letters and digits of `text`, accents folded (`Müller` → `muller`), for e-mail
/// addresses.
fn ascii(text: &str) -> String {
    const FOLDS: [(&str, char); 14] = [
        ("àáâäãåąă", 'a'),
        ("çćč", 'c'),
        ("đ", 'd'),
        ("èéêëę", 'e'),
        ("ğ", 'g'),
        ("ìíîïı", 'i'),
        ("ł", 'l'),
        ("ñń", 'n'),
        ("òóôöõø", 'o'),
        ("śşșš", 's'),
        ("ț", 't'),
        ("ùúûü", 'u'),
        ("ýÿ", 'y'),
        ("źżž", 'z'),
    ];
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c == 'ß' {
            out.push_str("ss");
        } else if let Some(&(_, folded)) = FOLDS.iter().find(|(from, _)| from.contains(c)) {
            out.push(folded);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

fn digits(rng: &mut Rng, pattern: &str) -> String {
    pattern.chars().map(|c| if c == '#' { rng.digit(10) } else { c }).collect()
}

/// The customer record, from the customer's second stream.
pub fn customer(seed: u64, profile: &Profile) -> Customer {
    let mut rng = stream(seed, profile.index, 1);
    let country = profile.country;
    let last = pick(&mut rng, country.last_names);
    let trade = pick(&mut rng, country.trades);
    let name = pick(&mut rng, country.company_names).replace("{last}", last).replace("{trade}", trade);
    let domain = format!("{}.example", ascii(&name.replace(['.', ','], "")));
    let person = |rng: &mut Rng| {
        let (first, female) = pick(rng, country.first_names);
        let title = if female { country.titles.1 } else { country.titles.0 };
        (title, first, pick(rng, country.last_names))
    };
    let street = pick(&mut rng, country.streets).replace("{n}", &rng.u32(1..180).to_string());
    let mut address = vec![street];
    address.extend(pick(&mut rng, country.towns).split('\n').map(str::to_owned));
    address.extend(country.country_line.map(str::to_owned));

    let defect = profile.defect;
    let (title, first, last_name) = person(&mut rng);
    let collection = Contact {
        id: format!("{}-K1", profile.id),
        title: title.map(str::to_owned),
        first_name: Some(first.into()),
        last_name: Some(last_name.into()),
        email: (defect != Some(Defect::MissingEmail))
            .then(|| format!("{}.{}@{domain}", ascii(first), ascii(last_name))),
        phone: (defect != Some(Defect::MissingMobile)).then(|| digits(&mut rng, country.phone)),
        mobile: (defect != Some(Defect::MissingMobile) && rng.f32() < 0.8).then(|| digits(&mut rng, country.mobile)),
        address: None,
        collection: defect != Some(Defect::NoCollectionContact),
    };
    let mut contacts = vec![collection];
    if defect == Some(Defect::NoCollectionContact) || rng.f32() < 0.15 {
        let (title, first, last_name) = person(&mut rng);
        contacts.push(Contact {
            id: format!("{}-K2", profile.id),
            title: title.map(str::to_owned),
            first_name: Some(first.into()),
            last_name: Some(last_name.into()),
            email: Some(format!("purchasing@{domain}")),
            phone: Some(digits(&mut rng, country.phone)),
            mobile: None,
            address: None,
            collection: false,
        });
    }
    let width = profile.id.len() - 1;
    Customer {
        id: profile.id.clone(),
        code: Some(format!("411{:0width$}", profile.index)),
        name,
        address: (defect != Some(Defect::MissingAddress)).then_some(address),
        country: Some(country.code.into()),
        locale: Some(country.locale),
        collector: profile.collector.map(str::to_owned),
        scenario: profile.scenario.map(|kind| kind.id().into()),
        penalties: Some(Penalties { interest: true, recovery_cost: true }),
        contacts,
        fields: [("segment", profile.segment), ("region", country.region)]
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value.to_owned()))
            .collect(),
    }
}

/// An item of the account, before it gets its id and reference.
#[derive(Clone, Copy, Debug)]
pub struct PlannedItem {
    pub kind: ItemKind,
    pub due: Date,
    pub issue: Date,
    /// Minor units.
    pub amount: i64,
    pub outstanding: i64,
    pub currency: Currency,
    pub status: Option<&'static str>,
    pub status_since: Option<Date>,
}

pub struct PlannedSpecific {
    pub message: &'static Message,
    pub channel: Channel,
    pub mode: Mode,
    pub date: Date,
    /// Positions in the plan's items.
    pub items: Vec<usize>,
}

pub struct PlannedEntry {
    /// A scenario step's id, or the position of a specific action.
    pub action: ActionRef,
    pub done_on: Date,
    pub items: Vec<usize>,
    pub channel: Channel,
}

#[derive(Clone, Copy)]
pub enum ActionRef {
    Step(&'static str),
    Specific(usize),
}

/// The customer's items, specific actions, history and confirmations.
#[derive(Default)]
pub struct Ledger {
    pub items: Vec<PlannedItem>,
    pub specific: Vec<PlannedSpecific>,
    pub history: Vec<PlannedEntry>,
    /// (scenario step, on)
    pub confirmations: Vec<(&'static str, Date)>,
}

/// Builds a ledger within the item budget: an item that does not fit is left out, and so is
/// whatever would refer to it.
struct Builder<'p> {
    rng: Rng,
    profile: &'p Profile,
    today: Date,
    currency: Currency,
    ledger: Ledger,
}

impl Builder<'_> {
    fn full(&self) -> bool {
        self.ledger.items.len() >= self.profile.items
    }

    /// An amount of about the same size in every currency (200 to 30,000 EUR, a few larger).
    fn amount(&mut self, currency: Currency) -> i64 {
        let euros = if self.rng.f32() < 0.03 {
            30_000.0 + self.rng.f64() * 120_000.0
        } else {
            (200f64.ln() + self.rng.f64() * (30_000f64.ln() - 200f64.ln())).exp()
        };
        let minor = euros * per_euro(currency.code()) * 10f64.powi(i32::from(currency.minor_digits()));
        minor.round().max(1.0) as i64
    }

    fn push(&mut self, kind: ItemKind, due: Date, currency: Currency) -> Option<usize> {
        if self.full() {
            return None;
        }
        let mut amount = self.amount(currency);
        if !kind.is_dunnable() {
            amount = -amount / 4;
        }
        let issue = if kind.is_dunnable() { due.add_days(-self.profile.terms) } else { due };
        self.ledger.items.push(PlannedItem {
            kind,
            due,
            issue,
            amount,
            outstanding: amount,
            currency,
            status: None,
            status_since: None,
        });
        Some(self.ledger.items.len() - 1)
    }

    fn invoice(&mut self, due: Date) -> Option<usize> {
        self.push(ItemKind::Invoice, due, self.currency)
    }

    fn cleared_invoice(&mut self, due: Date) -> Option<usize> {
        let at = self.invoice(due)?;
        self.ledger.items[at].outstanding = 0;
        Some(at)
    }

    fn set_status(&mut self, at: usize, status: &'static str, since: Option<Date>) {
        let item = &mut self.ledger.items[at];
        item.status = Some(status);
        item.status_since = since;
    }

    fn specific(
        &mut self,
        message: fn(&Texts) -> &Message,
        channel: Channel,
        mode: Mode,
        date: Date,
        items: Vec<usize>,
    ) -> usize {
        let message = message(self.profile.texts);
        self.ledger.specific.push(PlannedSpecific { message, channel, mode, date, items });
        self.ledger.specific.len() - 1
    }

    /// The scenario's steps `0..done` recorded as done on the invoices in `items`, the cycle
    /// driven by an invoice due on `due`; `confirm` adds the confirmations the steps needed.
    fn cycle(&mut self, steps: &'static [Step], done: usize, due: Date, items: &[usize], confirm: bool) {
        for step in &steps[..done] {
            let on = due.add_days(step.offset_days);
            let lag = if step.mode == Mode::Automatic { 0 } else { self.rng.i32(0..3) };
            let done_on = on.add_days(lag).min(self.today);
            if confirm && step.mode == Mode::AutomaticToConfirm {
                self.ledger.confirmations.push((step.id, done_on.add_days(-self.rng.i32(0..2))));
            }
            self.ledger.history.push(PlannedEntry {
                action: ActionRef::Step(step.id),
                done_on,
                items: items.to_vec(),
                channel: step.channel,
            });
        }
    }
}

/// The ledger of `profile` on `today`, from the customer's third stream.
pub fn ledger(seed: u64, profile: &Profile, today: Date) -> Ledger {
    let currency = Currency::from_code(profile.country.currency).unwrap_or(Currency::from_code("EUR").expect("EUR"));
    let mut b = Builder { rng: stream(seed, profile.index, 2), profile, today, currency, ledger: Ledger::default() };
    let steps = profile.steps();
    let extras = profile.extras;

    // The cycle under way: its driving invoice (and a twin due the same day).
    let (driver_due, done) = match profile.story {
        Story::Next { step, delta, .. } => (Some(today.add_days(delta - steps[step].offset_days)), step),
        Story::Finished { late } => (Some(today.add_days(-late - steps[steps.len() - 1].offset_days)), steps.len()),
        Story::Settled => (None, 0),
    };
    let mut driving = Vec::new();
    if let Some(due) = driver_due {
        driving.extend(b.invoice(due));
        if extras.tie {
            driving.extend(b.invoice(due));
        }
        if extras.partial {
            if let Some(&driver) = driving.first() {
                let item = &mut b.ledger.items[driver];
                item.outstanding = item.amount * i64::from(b.rng.u8(20..80)) / 100;
            }
        }
        if profile.scenario.is_some() && !driving.is_empty() {
            b.cycle(steps, done, due, &driving, true);
            if let Story::Next { step, confirmed: true, .. } = profile.story {
                if steps[step].mode == Mode::AutomaticToConfirm {
                    let on = today.add_days(-b.rng.i32(0..3));
                    b.ledger.confirmations.push((steps[step].id, on));
                }
            }
            // Items a letter went out for carry the "reminded" status.
            if steps[..done].iter().any(|step| step.channel.is_letter()) {
                for &at in &driving {
                    b.set_status(at, REMINDED, None);
                }
            }
        }
        // Invoices due later: eligible, not on the action yet.
        for _ in 0..b.rng.usize(0..3) {
            let later = due.add_days(b.rng.i32(1..40));
            b.invoice(later);
        }
        if extras.euro_invoice {
            if let Some(eur) = Currency::from_code("EUR") {
                let due = due.add_days(b.rng.i32(0..30));
                b.push(ItemKind::Invoice, due, eur);
            }
        }
    }
    if extras.dispute {
        let due = today.add_days(-b.rng.i32(20..100));
        if let Some(at) = b.invoice(due) {
            let since = due.add_days(b.rng.i32(3..20)).min(today);
            b.set_status(at, DISPUTE, Some(since));
            let on = today.add_days(b.rng.i32(-5..10));
            b.specific(|t| &t.dispute_review, Channel::Task, Mode::Manual, on, vec![at]);
        }
    }
    if extras.promise {
        let due = today.add_days(-b.rng.i32(10..60));
        if let Some(at) = b.invoice(due) {
            let promised_on = today.add_days(-b.rng.i32(1..30));
            b.set_status(at, PROMISE, Some(promised_on));
            let on = today.add_days(b.rng.i32(-3..8));
            b.specific(|t| &t.promise_follow_up, Channel::PhoneCall, Mode::Manual, on, vec![at]);
        }
    }
    if extras.plan {
        let first = today.add_days(b.rng.i32(5..12));
        let instalments: Vec<usize> =
            (0..3).filter_map(|month| b.push(ItemKind::DebitNote, first.add_days(30 * month), currency)).collect();
        if !instalments.is_empty() {
            b.specific(|t| &t.payment_plan, Channel::Email, Mode::AutomaticToConfirm, first.add_days(-3), instalments);
        }
    }
    if extras.cancelled {
        let due = today.add_days(-b.rng.i32(15..60));
        if let Some(at) = b.cleared_invoice(due) {
            let on = today.add_days(b.rng.i32(0..10));
            b.specific(|t| &t.formal_notice, Channel::RegisteredLetter, Mode::AutomaticToConfirm, on, vec![at]);
        }
    }
    if extras.reviewed {
        if let Some(&driver) = driving.first() {
            let on = today.add_days(-b.rng.i32(5..30));
            let review = b.specific(|t| &t.dispute_review, Channel::Task, Mode::Manual, on, vec![driver]);
            b.ledger.history.push(PlannedEntry {
                action: ActionRef::Specific(review),
                done_on: on,
                items: vec![driver],
                channel: Channel::Task,
            });
        }
    }
    if extras.no_scenario {
        if let Some(&driver) = driving.first() {
            let on = today.add_days(b.rng.i32(-5..10));
            b.specific(|t| &t.call, Channel::PhoneCall, Mode::Manual, on, vec![driver]);
        }
    }
    if extras.credit_note {
        let due = today.add_days(-b.rng.i32(0..60));
        b.push(ItemKind::CreditNote, due, currency);
    }
    if extras.payment {
        let due = today.add_days(-b.rng.i32(0..20));
        b.push(ItemKind::Payment, due, currency);
    }
    if extras.old_cycle && profile.scenario.is_some() {
        let due = today.add_days(-b.rng.i32(150..300));
        let paid: Vec<usize> = (0..2).filter_map(|_| b.cleared_invoice(due)).collect();
        // Paid after the courtesy e-mail and the first reminder (no confirmations: they would
        // confirm this cycle's steps of the same ids).
        let reached = b.rng.usize(1..3).min(steps.len());
        if !paid.is_empty() {
            b.cycle(steps, reached, due, &paid, false);
        }
    }
    // The rest of the budget: invoices paid over the past year, and (for an account under way)
    // some not yet due, after the driving one.
    while !b.full() {
        if driver_due.is_none() || b.rng.f32() < 0.7 {
            let due = today.add_days(-b.rng.i32(30..400));
            b.cleared_invoice(due);
        } else {
            let due = driver_due.unwrap_or(today).max(today).add_days(b.rng.i32(1..60));
            b.invoice(due);
        }
    }
    b.ledger
}

/// An item as the portfolio writes it (borrowed, so that a million of them cost no more memory
/// than one).
#[derive(Serialize)]
pub struct ItemOut<'a> {
    pub id: &'a str,
    pub customer: &'a str,
    pub kind: ItemKind,
    pub reference: &'a str,
    pub issue_date: Date,
    pub due_date: Date,
    pub amount: Decimal,
    pub outstanding: Decimal,
    pub currency: Currency,
    pub status: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_since: Option<Date>,
}

#[derive(Serialize)]
pub struct SpecificOut<'a> {
    pub id: &'a str,
    pub customer: &'a str,
    pub items: &'a [String],
    pub date: Date,
    pub channel: Channel,
    pub mode: Mode,
    pub subject: Option<&'a str>,
    pub body: &'a str,
    pub format: Format,
    /// The language of the sample's texts the message was taken from.
    pub locale: crate::Locale,
}

#[derive(Serialize)]
pub struct ConfirmationOut<'a> {
    pub customer: &'a str,
    pub action: &'a str,
    pub on: Date,
}

#[derive(Serialize)]
pub struct HistoryOut<'a> {
    pub customer: &'a str,
    pub action: &'a str,
    pub done_on: Date,
    pub items: &'a [String],
    pub by: Option<&'a str>,
    pub channel: Channel,
}

/// The item's id in the portfolio.
pub fn item_id(profile: &Profile, at: usize) -> String {
    format!("{}-{:02}", profile.id, at + 1)
}

/// The specific action's id in the portfolio.
pub fn specific_id(profile: &Profile, at: usize) -> String {
    format!("{}-S{}", profile.id, at + 1)
}

/// The company's numbering: `FA2026-004217` (invoices), `ND` debit notes, `AV` credit notes,
/// `RG` payments.
pub fn reference(profile: &Profile, at: usize, item: &PlannedItem) -> String {
    let prefix = match item.kind {
        ItemKind::Invoice => "FA",
        ItemKind::DebitNote => "ND",
        ItemKind::CreditNote => "AV",
        ItemKind::Payment => "RG",
    };
    format!("{prefix}{}-{:06}", item.issue.ymd().0, profile.index * 100 + at + 1)
}

pub fn decimal(minor: i64, currency: Currency) -> Decimal {
    Decimal { mantissa: i128::from(minor), scale: u32::from(currency.minor_digits()) }
}

//! What a template does to every customer it reaches: rendered for each of them on one date,
//! the template's problems counted across the customers (values missing, SMS segments, the
//! amount it asks for, who the channel cannot reach), so that an author sees them before
//! anything is sent. `check` judges the text; `reach` judges the text with the data.

use serde::Serialize;

use crate::agenda::delivery_error;
use crate::catalogue::{DueFilter, ItemQuery, Meaning};
use crate::channel::{Channel, Context};
use crate::date::Date;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::locale::Locale;
use crate::money::Money;
use crate::portfolio::{Action, Customer, Portfolio, Wording};
use crate::render::{self, Output, RenderOptions};
use crate::sms::Encoding;
use crate::source::Span;
use crate::template::{Format, Template};

/// How many customer ids a count lists.
const FIRST: usize = 5;

/// A count of customers and the first of them, in portfolio order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Customers {
    pub count: usize,
    pub first: Vec<String>,
}

impl Customers {
    fn add(&mut self, customer: &str) {
        self.count += 1;
        if self.first.len() < FIRST {
            self.first.push(customer.to_owned());
        }
    }

    /// `3 customers (C0012, C0040, C0113)`.
    fn said(&self, of: usize) -> String {
        let more = if self.count > self.first.len() { ", …" } else { "" };
        format!("{} of {of} customers ({}{more})", self.count, self.first.join(", "))
    }
}

/// The template over the customers it reaches.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Reach {
    /// Customers it was rendered for.
    pub customers: usize,
    /// Per hashtag that has no value for some customers.
    pub missing_values: Vec<MissingValues>,
    /// SMS: the segments and lengths across the customers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sms: Option<SmsReach>,
    /// The amount the template asks for (its first money hashtag), per currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<AmountReach>,
    /// Customers the channel cannot reach, by reason (the agenda's error codes).
    pub undeliverable: Vec<Undeliverable>,
    /// The template's own diagnostics, then what holds for some customers
    /// (`non-positive-amount`, `missing-value` with its count, `empty-before-due`).
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MissingValues {
    pub hashtag: String,
    pub customers: Customers,
}

#[derive(Clone, Debug, Serialize)]
pub struct SmsReach {
    pub min_segments: usize,
    pub max_segments: usize,
    pub max_length: usize,
    /// The customer whose SMS is the longest.
    pub longest: String,
    /// Customers whose SMS is UCS-2 (70 characters a message, not 160).
    pub ucs2: Customers,
}

#[derive(Clone, Debug, Serialize)]
pub struct AmountReach {
    pub hashtag: String,
    pub ranges: Vec<AmountRange>,
    /// Customers asked for zero or less.
    pub non_positive: Customers,
}

#[derive(Clone, Debug, Serialize)]
pub struct AmountRange {
    pub currency: String,
    pub min: String,
    pub max: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Undeliverable {
    pub reason: &'static str,
    pub customers: Customers,
}

/// Adds `customer` to the count kept under `key`, keys in first-seen order.
fn count<K: PartialEq>(counts: &mut Vec<(K, Customers)>, key: K, customer: &str) {
    match counts.iter_mut().find(|(known, _)| *known == key) {
        Some((_, customers)) => customers.add(customer),
        None => {
            let mut customers = Customers::default();
            customers.add(customer);
            counts.push((key, customers));
        }
    }
}

/// What a template is rendered as, for each customer reached.
#[derive(Clone, Copy, Debug)]
pub struct ReachOptions<'a> {
    pub date: Date,
    pub channel: Channel,
    pub context: Context,
    pub format: Format,
    pub subject: Option<&'a str>,
    /// The template's declared language: customers reading another are counted.
    pub written_in: Option<Locale>,
}

/// One customer reached: who, and the items a specific action selects (none in a scenario).
pub struct Target<'p> {
    pub customer: &'p Customer,
    pub selected: Vec<String>,
}

/// Renders `source` for every target and counts what it does to them.
pub fn reach<'p>(
    portfolio: &'p Portfolio,
    source: &str,
    targets: &mut dyn Iterator<Item = Target<'p>>,
    options: &ReachOptions<'_>,
) -> Reach {
    let template = Template::parse(source, options.format);
    let mut reach = Reach {
        diagnostics: crate::check::check_template(&template, options.channel, options.context),
        ..Reach::default()
    };
    let output = if options.channel == Channel::Sms { Output::Text } else { Output::Html };
    let mut missing: Vec<(String, Customers)> = Vec::new();
    let mut amounts: Vec<(Money, Money)> = Vec::new();
    let mut amount_at = None;
    let mut non_positive = Customers::default();
    let mut undeliverable: Vec<(&'static str, Customers)> = Vec::new();
    let mut other_language: Vec<(Locale, Customers)> = Vec::new();
    for target in targets {
        let customer = target.customer;
        let render_options = RenderOptions {
            selected: &target.selected,
            context: Some(options.context),
            channel: options.channel,
            format: options.format,
            output: Some(output),
            subject: options.subject,
            written_in: options.written_in,
            ..RenderOptions::new(&customer.id, options.date)
        };
        let Ok(values) = render::values_for(portfolio, &render_options) else { continue };
        reach.customers += 1;
        // The template was checked once, above: each customer adds only the data's findings.
        let rendered = render::render_data(&values, &template, &render_options);
        for diagnostic in &rendered.diagnostics {
            match diagnostic.code {
                Code::MissingValue => count(&mut missing, diagnostic.hashtag.clone().unwrap_or_default(), &customer.id),
                Code::LanguageMismatch => count(&mut other_language, values.locale, &customer.id),
                _ => {}
            }
        }
        if let Some(sms) = rendered.sms {
            let range = reach.sms.get_or_insert_with(|| SmsReach {
                min_segments: sms.segments,
                max_segments: sms.segments,
                max_length: 0,
                longest: customer.id.clone(),
                ucs2: Customers::default(),
            });
            range.min_segments = range.min_segments.min(sms.segments);
            range.max_segments = range.max_segments.max(sms.segments);
            if sms.length > range.max_length {
                range.max_length = sms.length;
                range.longest.clone_from(&customer.id);
            }
            if sms.encoding == Encoding::Ucs2 {
                range.ucs2.add(&customer.id);
            }
        }
        if let Some((hashtag, totals)) = render::demanded_amount(&values, &template) {
            amount_at = Some(hashtag);
            let company = portfolio.company.currency;
            let asked: Vec<Money> =
                if totals.is_empty() { vec![Money::zero(company)] } else { totals.iter().collect() };
            if asked.iter().all(|money| money.minor <= 0) {
                non_positive.add(&customer.id);
            }
            for money in asked {
                match amounts.iter_mut().find(|(min, _)| min.currency == money.currency) {
                    Some((min, max)) => {
                        min.minor = min.minor.min(money.minor);
                        max.minor = max.minor.max(money.minor);
                    }
                    None => amounts.push((money, money)),
                }
            }
        }
        if let Some(error) = delivery_error(portfolio, customer, options.channel) {
            count(&mut undeliverable, error.code(), &customer.id);
        }
    }
    let of = reach.customers;
    for (hashtag, customers) in missing {
        // Said once, at the hashtag's first place in the template.
        if let Some(first) = template.hashtags().find(|h| h.name == hashtag) {
            let message = format!("#{hashtag} has no value for {}", customers.said(of));
            reach.diagnostics.push(Diagnostic::new(Code::MissingValue, first.span, message).with_hashtag(first.name));
        }
        reach.missing_values.push(MissingValues { hashtag, customers });
    }
    if let Some(hashtag) = amount_at {
        if non_positive.count > 0 {
            let message = format!("#{} asks for zero or less from {}", hashtag.name, non_positive.said(of));
            let mut diagnostic =
                Diagnostic::new(Code::NonPositiveAmount, hashtag.span, message).with_hashtag(hashtag.name);
            if options.context == Context::Scenario {
                diagnostic.severity = Severity::Error;
            }
            reach.diagnostics.push(diagnostic);
        }
        let ranges = amounts
            .into_iter()
            .map(|(min, max)| AmountRange {
                currency: min.currency.code().to_owned(),
                min: min.decimal().to_string(),
                max: max.decimal().to_string(),
            })
            .collect();
        reach.amount = Some(AmountReach { hashtag: hashtag.name.to_owned(), ranges, non_positive });
    }
    for (locale, customers) in other_language {
        let written = options.written_in.map_or_else(String::new, |written| written.to_string());
        let message = format!(
            "written in {written}, read in {locale} by {}: the action has no wording in {locale}",
            customers.said(of)
        );
        reach.diagnostics.push(Diagnostic::new(Code::LanguageMismatch, Span::new(0, source.len()), message));
    }
    reach.undeliverable =
        undeliverable.into_iter().map(|(reason, customers)| Undeliverable { reason, customers }).collect();
    crate::diagnostic::locate(source, &mut reach.diagnostics);
    crate::diagnostic::sort(&mut reach.diagnostics);
    reach
}

/// Every customer with open items on `date`: what an author's draft reaches before it is
/// attached to a scenario. A specific action selects the customer's open items.
pub fn customers_with_open_items<'p>(
    portfolio: &'p Portfolio,
    date: Date,
    context: Context,
) -> impl Iterator<Item = Target<'p>> + 'p {
    portfolio.customers.iter().filter_map(move |customer| {
        let open: Vec<String> =
            crate::account::Account::new(portfolio, customer, date).open_items().map(|item| item.id.clone()).collect();
        if open.is_empty() {
            return None;
        }
        let selected = if context == Context::Specific { open } else { Vec::new() };
        Some(Target { customer, selected })
    })
}

/// One template of a portfolio (an action's wording in one language) and its reach.
#[derive(Clone, Debug, Serialize)]
pub struct ActionReach<'p> {
    /// The scenario of a scenario's step; `None` for a specific action.
    pub scenario: Option<String>,
    /// The specific action's customer.
    pub customer: Option<String>,
    pub action: String,
    pub name: Option<String>,
    pub channel: Channel,
    pub context: Context,
    /// The wording's declared language (one entry per wording that reaches someone, and the
    /// action's own).
    pub locale: Option<Locale>,
    pub reach: Reach,
    /// The template's text (the diagnostics' spans are in it).
    #[serde(skip)]
    pub body: &'p str,
}

/// Every template of the portfolio over the customers it reaches on `date`: those whose
/// agenda on `date` holds it (their next step of the scenario, or their specific action, in
/// any state), each given the action's wording in their language. Each scenario step and each
/// specific action is reported with its own wording, reaching no one or many, and with each
/// translation that reaches someone.
pub fn portfolio_reach(portfolio: &Portfolio, date: Date) -> Vec<ActionReach<'_>> {
    let agenda = crate::agenda::agenda(portfolio, date, None, &crate::agenda::Filters::default());
    let reached = |context: Context, action: &str, scenario: Option<&str>| -> Vec<Target<'_>> {
        agenda
            .actions
            .iter()
            .filter(|row| row.kind == context && row.action == action)
            .filter_map(|row| portfolio.customer(&row.customer))
            .filter(|customer| scenario.is_none() || customer.scenario.as_deref() == scenario)
            .map(|customer| Target { customer, selected: Vec::new() })
            .collect()
    };
    let mut reaches = Vec::new();
    for scenario in &portfolio.scenarios {
        for step in &scenario.actions {
            let action = Action::Scenario(step);
            let targets = reached(Context::Scenario, &step.id, Some(&scenario.id));
            for (wording, mut reach) in by_wording(portfolio, action, targets, date) {
                reach.diagnostics.extend(empty_before_due(wording.body, action.format(), step.offset_days));
                reaches.push(ActionReach {
                    scenario: Some(scenario.id.clone()),
                    customer: None,
                    action: step.id.clone(),
                    name: step.name.clone(),
                    channel: step.channel,
                    context: Context::Scenario,
                    locale: wording.locale,
                    reach,
                    body: wording.body,
                });
            }
        }
    }
    for specific in &portfolio.specific_actions {
        let action = Action::Specific(specific);
        let targets = reached(Context::Specific, &specific.id, None)
            .into_iter()
            .filter(|target| target.customer.id == specific.customer)
            .map(|target| Target { selected: specific.items.clone(), ..target })
            .collect();
        for (wording, reach) in by_wording(portfolio, action, targets, date) {
            reaches.push(ActionReach {
                scenario: None,
                customer: Some(specific.customer.clone()),
                action: specific.id.clone(),
                name: specific.subject.clone(),
                channel: specific.channel,
                context: Context::Specific,
                locale: wording.locale,
                reach,
                body: wording.body,
            });
        }
    }
    reaches
}

/// The action's reach per wording: its own (even if it reaches no one), then each translation
/// that reaches someone, each over the customers it is chosen for.
fn by_wording<'p>(
    portfolio: &'p Portfolio,
    action: Action<'p>,
    targets: Vec<Target<'p>>,
    date: Date,
) -> Vec<(Wording<'p>, Reach)> {
    let mut groups: Vec<(Wording<'p>, Vec<Target<'p>>)> = vec![(action.own_wording(), Vec::new())];
    for target in targets {
        let wording = action.wording(portfolio.locale_of(target.customer), portfolio.company.locale);
        match groups.iter_mut().find(|(known, _)| std::ptr::eq(known.body, wording.body)) {
            Some((_, group)) => group.push(target),
            None => groups.push((wording, vec![target])),
        }
    }
    groups
        .into_iter()
        .map(|(wording, targets)| {
            let options = ReachOptions {
                date,
                channel: action.channel(),
                context: action.context(),
                format: action.format(),
                subject: wording.subject,
                written_in: wording.locale,
            };
            (wording, reach(portfolio, wording.body, &mut targets.into_iter(), &options))
        })
        .collect()
}

/// A step planned before its items fall due (a negative offset) that reads overdue items:
/// they are none yet, so those hashtags print zero or nothing.
fn empty_before_due(body: &str, format: Format, offset_days: i32) -> Vec<Diagnostic> {
    if offset_days >= 0 {
        return Vec::new();
    }
    let template = Template::parse(body, format);
    let mut found: Vec<Diagnostic> = template
        .hashtags()
        .filter(|hashtag| {
            hashtag.entry.is_some_and(|entry| {
                matches!(entry.meaning, Meaning::Items(ItemQuery { due: DueFilter::Overdue, .. }))
            })
        })
        .map(|hashtag| {
            let message = format!(
                "#{} reads overdue items, but this step goes out {} day(s) before the due date: it will be zero or empty",
                hashtag.name, -offset_days
            );
            Diagnostic::new(Code::EmptyBeforeDue, hashtag.span, message).with_hashtag(hashtag.name)
        })
        .collect();
    crate::diagnostic::locate(body, &mut found);
    found
}

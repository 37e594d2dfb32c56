//! Rendering: a template and a portfolio become an e-mail body, an SMS, a letter document or
//! plain text, with the diagnostics that come from data (a missing value, a currency without a
//! recovery cost, the SMS's segments) returned beside the output, never thrown.
//!
//! The template is parsed once; the checker's diagnostics and the renderer's come from the
//! same nodes.

mod format;
mod html;
pub mod letter;
mod options;
pub mod preview;
mod table;
mod text;
mod values;

use crate::account::Account;
use crate::catalogue::ItemsOf;
use crate::channel::{Channel, Context};
use crate::check::check_template;
use crate::date::Date;
use crate::diagnostic::{self, Code, Diagnostic};
use crate::error::{Error, ErrorKind};
use crate::portfolio::{Action, Portfolio};
use crate::sms::{self, SmsLength};
use crate::source::Span;
use crate::template::{Format, Hashtag, Template};

pub use options::{split_ids, Output, RenderOptions, Request, Show};
pub use values::percent_encode;
use values::{Missing, Value, Values};

/// The output and every diagnostic: the template's own (as `check` gives them) and the data's.
#[derive(Debug, serde::Serialize)]
pub struct Rendered {
    pub output: String,
    pub diagnostics: Vec<Diagnostic>,
    /// Length, encoding and segments, for the SMS channel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sms: Option<SmsLength>,
    /// The subject line, when [`RenderOptions::subject`] is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<Subject>,
}

/// A rendered subject line, with its template's diagnostics (spans in the subject's source).
#[derive(Debug, serde::Serialize)]
pub struct Subject {
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// Renders `source` for one customer.
pub fn render(portfolio: &Portfolio, source: &str, options: &RenderOptions<'_>) -> Result<Rendered, Error> {
    let values = values_for(portfolio, options)?;
    Ok(render_values(&values, &Template::parse(source, options.format), options))
}

/// Renders a parsed template with one customer's values.
fn render_values(values: &Values<'_>, template: &Template<'_>, options: &RenderOptions<'_>) -> Rendered {
    let source = template.source;
    let context =
        options.context.unwrap_or(if options.selected.is_empty() { Context::Scenario } else { Context::Specific });
    let subject = options.subject.map(|subject| render_subject(values, subject, options));
    let mut renderer = Renderer { values, source, show: options.show, diagnostics: Vec::new() };
    let output = match options.output.unwrap_or(Output::for_channel(options.channel)) {
        Output::Html => renderer.html(template),
        Output::Text => renderer.text(template),
        Output::Letter => {
            let body = renderer.html(template);
            letter::document(&[letter::Letter {
                values,
                body: &body,
                channel: options.channel,
                subject: subject.as_ref().map(|subject| subject.text.as_str()),
            }])
        }
    };
    renderer.penalty_gaps(template);
    let output = if options.channel == Channel::Sms { sms::with_gsm7_stand_ins(output) } else { output };
    let sms = (options.channel == Channel::Sms).then(|| sms::measure(&output));
    if let Some(length) = sms {
        let message = format!("{} characters in {}, {} SMS", length.length, length.encoding.name(), length.segments);
        renderer.diagnostics.push(Diagnostic::new(Code::SmsSegments, Span::new(0, source.len()), message));
    }
    let mut diagnostics = check_template(template, options.channel, context);
    let mut data = renderer.diagnostics;
    diagnostic::locate(source, &mut data);
    diagnostics.extend(data);
    diagnostics.sort_by_key(|d| (d.span.start, d.code as usize));
    Rendered { output, diagnostics, sms, subject }
}

/// A subject line: its own plain-text template, rendered for the `subject` channel.
fn render_subject(values: &Values<'_>, source: &str, options: &RenderOptions<'_>) -> Subject {
    let options = RenderOptions {
        channel: Channel::Subject,
        format: Format::Text,
        output: Some(Output::Text),
        subject: None,
        ..options.clone()
    };
    let rendered = render_values(values, &Template::parse(source, Format::Text), &options);
    Subject { text: rendered.output, diagnostics: rendered.diagnostics }
}

/// The data one customer's templates read, after checking the request against the portfolio.
pub(crate) fn values_for<'p>(portfolio: &'p Portfolio, options: &RenderOptions<'p>) -> Result<Values<'p>, Error> {
    let customer = portfolio
        .customer(options.customer)
        .ok_or_else(|| not_found(format!("unknown customer \"{}\"", options.customer)))?;
    for id in options.selected {
        match portfolio.item(id) {
            None => return Err(not_found(format!("unknown item \"{id}\""))),
            Some(item) if item.customer != customer.id => {
                return Err(Error::new(
                    ErrorKind::Conflict,
                    format!("item \"{id}\" belongs to customer \"{}\", not \"{}\"", item.customer, customer.id),
                ))
            }
            Some(_) => {}
        }
    }
    Ok(Values {
        portfolio,
        customer,
        account: Account::new(portfolio, customer, options.date),
        selected: options.selected,
        date: options.date,
        locale: options.locale.unwrap_or_else(|| portfolio.locale_of(customer)),
        penalties: Default::default(),
    })
}

/// Turns nodes into output for one customer, collecting the data's diagnostics.
pub(crate) struct Renderer<'v, 'p> {
    values: &'v Values<'p>,
    source: &'v str,
    show: Show,
    diagnostics: Vec<Diagnostic>,
}

impl<'p> Renderer<'_, 'p> {
    /// A hashtag's value, or `None` with a `missing-value` diagnostic.
    fn resolve(&mut self, hashtag: &Hashtag<'_>) -> Option<Value<'p>> {
        let entry = hashtag.entry?;
        match self.values.value(entry) {
            Ok(value) => Some(value),
            Err(Missing(reason)) => {
                let message = format!("#{} has no value: {reason}", hashtag.name);
                self.diagnostics
                    .push(Diagnostic::new(Code::MissingValue, hashtag.span, message).with_hashtag(hashtag.name));
                None
            }
        }
    }

    /// Penalties that could not be computed in full: a currency without a recovery cost, or
    /// interest enabled without a rate. Said once per penalty hashtag.
    fn penalty_gaps(&mut self, template: &Template<'_>) {
        for hashtag in template.hashtags() {
            let Some(of) = hashtag.entry.and_then(|entry| entry.meaning.late_penalties_of()) else { continue };
            let sum = self.values.penalties(of == ItemsOf::Selection);
            let mut gaps: Vec<String> = sum
                .currencies_without_recovery_cost
                .iter()
                .map(|currency| {
                    format!("no recovery cost is set for {currency} (company.recovery_cost), so none is added")
                })
                .collect();
            if sum.missing_rate {
                gaps.push("interest is enabled but the company has no late_penalty_rate, so none is added".to_owned());
            }
            for gap in gaps {
                let message = format!("#{}: {gap}", hashtag.name);
                self.diagnostics
                    .push(Diagnostic::new(Code::NoPenaltyRate, hashtag.span, message).with_hashtag(hashtag.name));
            }
        }
    }
}

/// The letters of a batch, in one printable document, with each letter's diagnostics.
#[derive(Debug)]
pub struct Letters {
    pub document: String,
    /// `(customer, action, diagnostics)` for each letter, in document order.
    pub diagnostics: Vec<(String, String, Vec<Diagnostic>)>,
}

/// Renders the letter actions `(customer, action)` — a specific action's id, or an action of
/// the customer's scenario — into one document, one letter per sheet, in the order given.
/// `progress` is told how many letters are done, for a progress bar. Natively (feature
/// `parallel`), the letters are rendered on every core.
pub fn letters(
    portfolio: &Portfolio,
    date: Date,
    actions: &[(String, String)],
    progress: impl Fn(usize) + Sync,
) -> Result<Letters, Error> {
    // A batch prints the same few scenario steps for thousands of customers: each body is
    // parsed once (bodies are told apart by address: they live in the portfolio).
    let mut parsed: Vec<Template<'_>> = Vec::new();
    let mut jobs = Vec::with_capacity(actions.len());
    for (customer, action_id) in actions {
        let action = letter_action(portfolio, customer, action_id)?;
        let (body, format) = (action.body(), action.format());
        let at = match parsed.iter().position(|t| std::ptr::eq(t.source, body) && t.format == format) {
            Some(at) => at,
            None => {
                parsed.push(Template::parse(body, format));
                parsed.len() - 1
            }
        };
        jobs.push((customer, action_id, action, at));
    }
    let window = letter::window_of(portfolio);
    let done = std::sync::atomic::AtomicUsize::new(0);
    // One letter's sheets; the first letter also gives the document's head (its language).
    let render_one = |(index, &(customer, action_id, action, at)): (usize, &(&String, &String, Action<'_>, usize))| {
        let options = RenderOptions {
            selected: action.selected(),
            context: Some(action.context()),
            channel: action.channel(),
            format: action.format(),
            output: Some(Output::Html),
            subject: action.subject(),
            ..RenderOptions::new(customer, date)
        };
        let values = values_for(portfolio, &options)?;
        let mut rendered = render_values(&values, &parsed[at], &options);
        let subject = rendered.subject.take().map(|subject| {
            rendered.diagnostics.extend(subject.diagnostics);
            subject.text
        });
        let letter = letter::Letter {
            values: &values,
            body: &rendered.output,
            channel: action.channel(),
            subject: subject.as_deref(),
        };
        let mut section = String::with_capacity(rendered.output.len() + 2048);
        letter::section(&mut section, &letter, window);
        let head = (index == 0).then(|| letter::head(&letter, actions.len(), 0));
        progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1);
        Ok((head, section, (customer.clone(), action_id.clone(), rendered.diagnostics)))
    };
    #[cfg(feature = "parallel")]
    let rendered: Vec<Result<_, Error>> = {
        use rayon::prelude::*;
        jobs.par_iter().enumerate().map(render_one).collect()
    };
    #[cfg(not(feature = "parallel"))]
    let rendered: Vec<Result<_, Error>> = jobs.iter().enumerate().map(render_one).collect();
    let rendered = rendered.into_iter().collect::<Result<Vec<_>, _>>()?;
    let Some(first) = rendered.first() else {
        return Ok(Letters { document: letter::EMPTY.to_owned(), diagnostics: Vec::new() });
    };
    let head = first.0.as_deref().unwrap_or_default();
    let mut document = String::with_capacity(head.len() + rendered.iter().map(|r| r.1.len()).sum::<usize>() + 32);
    document.push_str(head);
    let mut diagnostics = Vec::with_capacity(rendered.len());
    for (_, section, found) in rendered {
        document.push_str(&section);
        diagnostics.push(found);
    }
    document.push_str(letter::TAIL);
    Ok(Letters { document, diagnostics })
}

/// The letter action `action_id` of `customer_id` (`Portfolio::action`).
fn letter_action<'p>(portfolio: &'p Portfolio, customer_id: &str, action_id: &str) -> Result<Action<'p>, Error> {
    let customer =
        portfolio.customer(customer_id).ok_or_else(|| not_found(format!("unknown customer \"{customer_id}\"")))?;
    let action = portfolio.action(customer, action_id).ok_or_else(|| {
        not_found(format!("customer \"{customer_id}\" has no specific action or scenario action \"{action_id}\""))
    })?;
    if !action.channel().is_letter() {
        let detail = format!(
            "action \"{action_id}\" of customer \"{customer_id}\" is {}, not a letter",
            action.channel().noun()
        );
        return Err(Error::new(ErrorKind::Conflict, detail));
    }
    Ok(action)
}

fn not_found(detail: String) -> Error {
    Error::new(ErrorKind::NotFound, detail)
}

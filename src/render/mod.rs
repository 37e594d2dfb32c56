//! Rendering: a template and a portfolio become an e-mail body, an SMS, a letter document or
//! plain text, with the diagnostics that come from data (a missing value, a currency without a
//! recovery cost, the SMS's segments) returned beside the output, never thrown.
//!
//! The template is parsed once; the checker's diagnostics and the renderer's come from the
//! same nodes.

mod email;
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
use crate::diagnostic::{self, Code, Diagnostic};
use crate::error::{Error, ErrorKind};
use crate::portfolio::Portfolio;
use crate::signature::signature_in;
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

/// Renders a parsed template with one customer's values: the output, then the data's
/// diagnostics beside the template's own (the checker reads the same nodes; nothing is parsed
/// twice).
pub(crate) fn render_values(values: &Values<'_>, template: &Template<'_>, options: &RenderOptions<'_>) -> Rendered {
    let mut rendered = render_data(values, template, options);
    rendered.diagnostics = all_diagnostics(template, options, rendered.diagnostics);
    rendered
}

/// [`render_values`] without the checker: the output and the data's diagnostics only, not
/// located. For a caller that renders one template for many customers and checks it once
/// (`crate::reach`).
pub(crate) fn render_data(values: &Values<'_>, template: &Template<'_>, options: &RenderOptions<'_>) -> Rendered {
    let subject = options.subject.map(|subject| render_subject(values, subject, options));
    let medium = if options.channel.is_letter() { Medium::Paper } else { Medium::Mail };
    let mut renderer =
        Renderer { values, source: template.source, show: options.show, medium, diagnostics: Vec::new() };
    let output = renderer.output(template, options, subject.as_ref());
    renderer.penalty_gaps(template);
    renderer.non_positive_amount(template);
    if let Some(written) = options.written_in.filter(|&written| written != values.locale) {
        let message = format!(
            "written in {written}, read in {}: the action has no wording in {} (a translation would give one)",
            values.locale, values.locale
        );
        renderer.diagnostics.push(Diagnostic::new(
            Code::LanguageMismatch,
            Span::new(0, template.source.len()),
            message,
        ));
    }
    let sms = (options.channel == Channel::Sms).then(|| renderer.sms_length(&output));
    Rendered { output, diagnostics: renderer.diagnostics, sms, subject }
}

/// The amount a template asks for: its first money hashtag's value for this customer.
pub(crate) fn demanded_amount<'t>(
    values: &Values<'_>,
    template: &'t Template<'_>,
) -> Option<(&'t Hashtag<'t>, crate::money::Totals)> {
    template.hashtags().find_map(|hashtag| {
        let entry = hashtag.entry.filter(|entry| entry.ty == crate::catalogue::Type::Money)?;
        match values.value(entry) {
            Ok(Value::Money(totals)) => Some((hashtag, totals)),
            _ => None,
        }
    })
}

/// The checker's diagnostics and the data's, located and in source order.
fn all_diagnostics(template: &Template<'_>, options: &RenderOptions<'_>, mut data: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let context =
        options.context.unwrap_or(if options.selected.is_empty() { Context::Scenario } else { Context::Specific });
    let mut diagnostics = check_template(template, options.channel, context);
    diagnostic::locate(template.source, &mut data);
    diagnostics.extend(data);
    diagnostic::sort(&mut diagnostics);
    diagnostics
}

/// A subject line: its own plain-text template, rendered for the `subject` channel.
fn render_subject(values: &Values<'_>, source: &str, options: &RenderOptions<'_>) -> Subject {
    let options = RenderOptions {
        channel: Channel::Subject,
        format: Format::Text,
        output: Some(Output::Text),
        subject: None,
        // The body says it once for the message.
        written_in: None,
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
    medium: Medium,
    diagnostics: Vec<Diagnostic>,
}

/// Where the HTML's blocks (the items table, bank details) are read: a mail client, which keeps
/// inline styles only, or a letter's sheet, laid out by the letter's CSS (a letter channel's
/// body, as a document or a fragment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Medium {
    Mail,
    Paper,
}

impl<'p> Renderer<'_, 'p> {
    /// The template written as the requested output (an SMS with its GSM-7 stand-ins).
    fn output(&mut self, template: &Template<'_>, options: &RenderOptions<'_>, subject: Option<&Subject>) -> String {
        let output = match options.output.unwrap_or(Output::for_channel(options.channel)) {
            Output::Html => self.html(template),
            Output::Email => {
                email::document(&self.html(template), subject.map(|s| s.text.as_str()), self.values.locale)
            }
            Output::Text => self.text(template),
            Output::Letter => {
                let body = self.html(template);
                letter::document(&[letter::Letter {
                    values: self.values,
                    body: &body,
                    channel: options.channel,
                    subject: subject.map(|subject| subject.text.as_str()),
                    signed_by_template: signature_in(template).is_some(),
                }])
            }
        };
        if options.channel == Channel::Sms {
            sms::with_gsm7_stand_ins(output)
        } else {
            output
        }
    }

    /// A message that asks for zero or less (credit notes exceed the invoices): said at the
    /// amount it asks for, its first money hashtag.
    fn non_positive_amount(&mut self, template: &Template<'_>) {
        let Some((hashtag, totals)) = demanded_amount(self.values, template) else { return };
        if totals.iter().all(|money| money.minor <= 0) {
            let message = format!("#{} asks for zero or less from this customer", hashtag.name);
            let diagnostic = Diagnostic::new(Code::NonPositiveAmount, hashtag.span, message).with_hashtag(hashtag.name);
            self.diagnostics.push(diagnostic);
        }
    }

    /// The SMS's length, also said as a diagnostic over the whole template.
    fn sms_length(&mut self, output: &str) -> SmsLength {
        let length = sms::measure(output);
        let message = format!("{} characters in {}, {} SMS", length.length, length.encoding.name(), length.segments);
        self.diagnostics.push(Diagnostic::new(Code::SmsSegments, Span::new(0, self.source.len()), message));
        length
    }

    /// A hashtag's value, its fallback text when it has none, or `None` with a
    /// `missing-value` diagnostic.
    fn resolve(&mut self, hashtag: &Hashtag<'_>) -> Option<Value<'p>> {
        let entry = hashtag.entry?;
        match self.values.value(entry) {
            Ok(value) => Some(value),
            // The author's words for a missing value: said instead, nothing to report.
            Err(Missing(_)) if hashtag.fallback.is_some() => {
                Some(Value::Text(hashtag.fallback.unwrap_or_default().to_owned()))
            }
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

fn not_found(detail: String) -> Error {
    Error::new(ErrorKind::NotFound, detail)
}

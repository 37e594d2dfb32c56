//! The day's letters as one printable document: the agenda decides which letters; each is
//! rendered by `render` and laid out by `render::letter`, one letter per sheet.

use super::{Filters, State};
use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, ErrorKind};
use crate::portfolio::{Action, Portfolio, Wording};
use crate::render::{letter, render_values, values_for, Output, RenderOptions};
use crate::signature::signature_in;
use crate::template::Template;

/// The letters of a batch, in one printable document, with each letter's diagnostics.
#[derive(Debug)]
pub struct Letters {
    pub document: String,
    /// `(customer, action, diagnostics)` for each letter, in document order.
    pub diagnostics: Vec<(String, String, Vec<Diagnostic>)>,
}

/// The letters the agenda sends on `date`, as `(customer, action)` in agenda order: letter
/// channels, `confirmed` (automatic, or confirmed), whose send date is `date`. What waits for
/// a confirmation, is in error or is a person's to do (manual) is not printed.
pub fn letters_of_the_day(portfolio: &Portfolio, date: Date) -> Vec<(String, String)> {
    let filters = Filters { state: Some(State::Confirmed), ..Filters::default() };
    let send_at = date.to_string();
    super::agenda(portfolio, date, None, &filters)
        .actions
        .into_iter()
        .filter(|action| action.channel.is_letter() && action.send_at.as_deref() == Some(send_at.as_str()))
        .map(|action| (action.customer, action.action))
        .collect()
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
        let (action, wording) = letter_action(portfolio, customer, action_id)?;
        let (body, format) = (wording.body, action.format());
        let at = match parsed.iter().position(|t| std::ptr::eq(t.source, body) && t.format == format) {
            Some(at) => at,
            None => {
                parsed.push(Template::parse(body, format));
                parsed.len() - 1
            }
        };
        jobs.push((customer, action_id, action, wording, at));
    }
    let window = letter::window_of(portfolio);
    let done = std::sync::atomic::AtomicUsize::new(0);
    // One letter's sheets; the first letter also gives the document's head (its language).
    type Job<'a, 'p> = (&'a String, &'a String, Action<'p>, Wording<'p>, usize);
    let render_one = |(index, &(customer, action_id, action, wording, at)): (usize, &Job<'_, '_>)| {
        let options = RenderOptions {
            selected: action.selected(),
            context: Some(action.context()),
            channel: action.channel(),
            format: action.format(),
            output: Some(Output::Html),
            subject: wording.subject,
            written_in: wording.locale,
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
            signed_by_template: signature_in(&parsed[at]).is_some(),
        };
        let mut section = String::with_capacity(rendered.output.len() + 2048);
        letter::section(&mut section, &letter, window, letter::numbering(actions.len(), index));
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
/// The letter action and its words in the customer's language (see `Action::wording`).
fn letter_action<'p>(
    portfolio: &'p Portfolio,
    customer_id: &str,
    action_id: &str,
) -> Result<(Action<'p>, Wording<'p>), Error> {
    let customer = portfolio
        .customer(customer_id)
        .ok_or_else(|| Error::new(ErrorKind::NotFound, format!("unknown customer \"{customer_id}\"")))?;
    let action = portfolio.action(customer, action_id).ok_or_else(|| {
        Error::new(
            ErrorKind::NotFound,
            format!("customer \"{customer_id}\" has no specific action or scenario action \"{action_id}\""),
        )
    })?;
    if !action.channel().is_letter() {
        let detail = format!(
            "action \"{action_id}\" of customer \"{customer_id}\" is {}, not a letter",
            action.channel().noun()
        );
        return Err(Error::new(ErrorKind::Conflict, detail));
    }
    Ok((action, action.wording(portfolio.locale_of(customer), portfolio.company.locale)))
}

//! The sample portfolio (the demo's data): it loads, it is the same for the same seed, every
//! template in it passes the checker for its channel and context, and the agenda of the
//! reference date shows every state, error code and list (native only: the generator is not in
//! the wasm build).
#![cfg(feature = "sample")]

use std::collections::BTreeSet;

use dunning::agenda::{agenda, Filters};
use dunning::portfolio::{ItemKind, Portfolio, Role};
use dunning::sample::{self, Options};
use dunning::{check, CheckOptions, Context, Format, Severity};

/// The demo's reference date (the Makefile's `make sample`).
const D: &str = "2026-11-23";

fn demo() -> (String, Portfolio) {
    let text = sample::to_json(&Options::new(1, D.parse().unwrap()));
    let portfolio = Portfolio::from_json(&text).unwrap_or_else(|error| panic!("{error}"));
    (text, portfolio)
}

#[test]
fn the_sample_loads_and_is_the_same_for_the_same_seed_and_date() {
    let (text, portfolio) = demo();
    assert_eq!((portfolio.customers.len(), portfolio.items.len()), (200, 1600));
    assert_eq!(sample::to_json(&Options::new(1, D.parse().unwrap())), text);
    assert_ne!(sample::to_json(&Options::new(2, D.parse().unwrap())), text, "another seed, another portfolio");
    // It saves as it was generated (the shape is the model's).
    assert_eq!(Portfolio::from_json(&portfolio.to_json()).unwrap().to_json(), portfolio.to_json());
}

#[test]
fn item_totals_are_exact_at_any_size() {
    for (customers, items) in [(37, 100), (10, 5), (3, 0), (0, 0), (500, 501)] {
        let options = Options { seed: 9, date: D.parse().unwrap(), customers, items };
        let portfolio = Portfolio::from_json(&sample::to_json(&options)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((portfolio.customers.len(), portfolio.items.len()), (customers, items));
    }
}

#[test]
fn every_template_passes_the_checker_for_its_channel_and_context() {
    let (_, portfolio) = demo();
    let mut checked = 0;
    let mut assert_clean = |what: &str, source: &str, format: Format, channel, context| {
        let diagnostics = check(source, &CheckOptions { format, channel, context });
        let problems: Vec<_> = diagnostics.iter().filter(|d| d.severity != Severity::Info).collect();
        assert!(problems.is_empty(), "{what}: {problems:#?}\n{source}");
        checked += 1;
    };
    for scenario in &portfolio.scenarios {
        for step in &scenario.actions {
            let format = step.format.unwrap_or_default();
            let own = (step.locale, step.subject.as_ref(), &step.body);
            let translations = step.translations.iter().map(|t| (Some(t.locale), t.subject.as_ref(), &t.body));
            for (locale, subject, body) in std::iter::once(own).chain(translations) {
                let what = format!("{}/{} in {locale:?}", scenario.id, step.id);
                assert_clean(&what, body, format, step.channel, Context::Scenario);
                if let Some(subject) = subject {
                    assert_clean(&what, subject, Format::Text, dunning::Channel::Subject, Context::Scenario);
                }
            }
            let mut languages: Vec<_> =
                step.locale.iter().chain(step.translations.iter().map(|t| &t.locale)).map(|l| l.tag()).collect();
            languages.sort_unstable();
            assert_eq!(
                languages,
                ["de", "en", "es", "fr", "it", "nl", "pt-BR", "pt-PT"],
                "{}/{}",
                scenario.id,
                step.id
            );
        }
    }
    let mut specific_templates = BTreeSet::new();
    for action in &portfolio.specific_actions {
        if specific_templates.insert((action.body.clone(), action.channel.name())) {
            assert_clean(
                &action.id,
                &action.body,
                action.format.unwrap_or_default(),
                action.channel,
                Context::Specific,
            );
        }
        if let Some(subject) = &action.subject {
            assert_clean(&action.id, subject, Format::Text, dunning::Channel::Subject, Context::Specific);
        }
    }
    // Standard and key accounts, each step worded in French with seven translations.
    assert_eq!(portfolio.scenarios.len(), 2);
    assert!(specific_templates.len() >= 8, "{}", specific_templates.len());
    assert!(checked > 60);
}

#[test]
fn the_agenda_of_the_reference_date_shows_every_state_error_and_list() {
    let (_, portfolio) = demo();
    let agenda = agenda(&portfolio, D.parse().unwrap(), None, &Filters::default());
    let states: BTreeSet<&str> = agenda.actions.iter().map(|a| a.state.name()).collect();
    assert_eq!(
        states,
        ["confirmed", "current", "error", "late", "overdue_unconfirmed", "upcoming", "upcoming_unconfirmed"].into()
    );
    let errors: BTreeSet<&str> = agenda.actions.iter().filter_map(|a| a.error.map(|e| e.code())).collect();
    assert_eq!(
        errors,
        [
            "contact_missing_address",
            "contact_missing_email",
            "contact_missing_mobile",
            "no_collection_contact",
            "no_collector"
        ]
        .into()
    );
    let kinds: BTreeSet<&str> = agenda.actions.iter().map(|a| a.kind.name()).collect();
    assert_eq!(kinds, ["scenario", "specific"].into());
    let channels: BTreeSet<&str> = agenda.actions.iter().map(|a| a.channel.name()).collect();
    assert!(channels.len() >= 6, "{channels:?}");
    assert!(!agenda.cancelled.is_empty() && !agenda.finished.is_empty());
    let rules: BTreeSet<&str> = agenda.alerts.iter().map(|a| a.rule.as_str()).collect();
    assert_eq!(rules.len(), portfolio.alert_rules.len(), "every rule flags someone: {rules:?}");
    assert!(agenda.alerts.len() <= 30, "a handful, not everyone: {}", agenda.alerts.len());
    assert!(agenda.indicators.to_complete > 0 && agenda.indicators.scheduled > agenda.indicators.to_complete);
}

#[test]
fn the_sample_has_what_a_real_portfolio_has() {
    let (_, portfolio) = demo();
    let locales: BTreeSet<_> = portfolio.customers.iter().filter_map(|c| c.locale).collect();
    assert_eq!(locales.len(), 15, "every locale");
    let currencies: BTreeSet<_> = portfolio.items.iter().map(|i| i.currency.code().to_owned()).collect();
    assert!(currencies.len() >= 10, "{currencies:?}");
    let statuses: BTreeSet<_> = portfolio.items.iter().filter_map(|i| i.status.as_deref()).collect();
    assert_eq!(statuses, ["dispute", "promise", "reminded"].into());
    let open = |kind: ItemKind| portfolio.items.iter().any(|i| i.kind == kind && i.is_open());
    assert!(open(ItemKind::CreditNote) && open(ItemKind::Payment) && open(ItemKind::DebitNote));
    assert!(portfolio.items.iter().any(|i| !i.is_open()), "cleared items");
    assert!(portfolio.items.iter().any(|i| i.is_open() && i.outstanding != i.amount), "partial payments");
    let roles: BTreeSet<_> = portfolio.users.iter().filter_map(|u| u.role).map(|r| r == Role::Manager).collect();
    assert_eq!(roles, [false, true].into(), "collectors and a manager");
    assert!(portfolio.customers.iter().any(|c| c.scenario.is_none()), "a customer dunned by hand");
    let logo = portfolio.company.logo.as_deref().unwrap_or_default();
    assert!(
        dunning::safety::url::allowed(logo, dunning::safety::url::Use::Image)
            && logo.starts_with("data:image/png;base64,")
    );
    assert!(!portfolio.confirmations.is_empty());
    // The history and confirmations are in the past of the reference date.
    let d = D.parse().unwrap();
    assert!(portfolio.history.iter().all(|h| h.done_on <= d));
    assert!(portfolio.confirmations.iter().all(|c| c.on.is_some_and(|on| on <= d)));
}

//! P1's native peer: MiniJinja against our `render`, on the reference letter (#items_list of
//! 50 items, fr) for the one customer of `portfolio(1, 50)`, in the same run.
//!
//! MiniJinja renders `benches/peers/reference-letter.html.j2`, the HTML our engine writes for
//! the Markdown, from a view model built as a Rust user of MiniJinja with our crate would build
//! it: the account's figures through our public domain API (`Account`, `penalty`), typed values
//! in the model, and the presentation in template filters that call our public CLDR formatting
//! (`locale::cldr`), the same formatting our renderer uses. The benchmark fails unless both
//! outputs have the same text (tags stripped, entities decoded, white space collapsed).
//!
//! The contenders run interleaved, in a rotating order, round after round, so that this shared
//! machine's drift hits them alike (criterion runs one after the other); as in
//! scripts/interleave.mjs, each figure is the 10th percentile of a contender's batch means
//! (other jobs only add time), with the median, and ratios compare the 10th percentiles.
//!
//! `cargo bench --bench minijinja` prints one JSON object; scripts/bench.sh puts it in
//! BENCHMARKS.md, with instruction counts per call from callgrind (`BENCH_ONLY=NAME
//! BENCH_CALLS=N` runs only N calls of one contender).

use dunning::account::Account;
use dunning::date::Date;
use dunning::locale::cldr::{self, DateStyle};
use dunning::locale::Locale;
use dunning::money::{Currency, Decimal, Money, Totals};
use dunning::penalty;
use dunning::portfolio::{ItemKind, Portfolio};
use dunning::render::{percent_encode, render};
use dunning::{check, CheckOptions, Context};
use minijinja::value::Serde;
use minijinja::{Environment, Error, ErrorKind, Value};
use serde::Serialize;
use serde_json::json;
use std::hint::black_box;
use std::time::{Duration, Instant};

#[path = "support/portfolio.rs"]
mod generated;
use generated::{CUSTOMER, REFERENCE_LETTER};

const TEMPLATE_NAME: &str = "reference-letter.html";
const TEMPLATE: &str = include_str!("peers/reference-letter.html.j2");

#[derive(Serialize)]
struct Amount {
    minor: i64,
    currency: Currency,
}

impl From<Money> for Amount {
    fn from(money: Money) -> Amount {
        Amount { minor: money.minor, currency: money.currency }
    }
}

#[derive(Serialize)]
struct Row<'p> {
    reference: &'p str,
    kind: &'static str,
    issue_date: Option<Date>,
    due_date: Date,
    amount: Amount,
    outstanding: Amount,
    days_late: Option<i32>,
    status: &'p str,
    overdue: bool,
}

/// The letter's view model, the Jinja twin of `benches/peers/letter.mjs`'s `letterModel`.
#[derive(Serialize)]
struct Letter<'p> {
    customer: Named<'p>,
    contact: ContactView<'p>,
    user: &'p dunning::portfolio::User,
    company: CompanyView<'p>,
    today: Date,
    items: Items<'p>,
    payment_link: Option<String>,
    interactive_link: Option<String>,
}

#[derive(Serialize)]
struct Named<'p> {
    code: &'p str,
    name: &'p str,
}

#[derive(Serialize)]
struct ContactView<'p> {
    last_name: Option<&'p str>,
}

#[derive(Serialize)]
struct CompanyView<'p> {
    name: &'p str,
    registration: Option<&'p str>,
    late_penalty_rate: Option<Decimal>,
    recovery_cost: Option<Amount>,
    bank: BankView<'p>,
}

#[derive(Serialize)]
struct BankView<'p> {
    name: Option<&'p str>,
    iban: Option<String>,
    bic: Option<&'p str>,
}

#[derive(Serialize)]
struct Items<'p> {
    rows: Vec<Row<'p>>,
    totals: Vec<Amount>,
    amount: Vec<Amount>,
    amount_overdue: Vec<Amount>,
    late_penalties: Vec<Amount>,
    include_late_penalties: Vec<Amount>,
}

/// Per-currency sums, or zero in the company currency.
fn amounts(totals: &Totals, fallback: Currency) -> Vec<Amount> {
    if totals.is_empty() {
        return vec![Money::zero(fallback).into()];
    }
    totals.iter().map(Amount::from).collect()
}

fn letter_model<'p>(portfolio: &'p Portfolio, customer_id: &str, today: Date) -> Letter<'p> {
    let company = &portfolio.company;
    let customer = portfolio.customer(customer_id).expect("the customer");
    let account = Account::new(portfolio, customer, today);
    let mut open: Vec<_> = account.open_items().collect();
    open.sort_by(|a, b| (a.due_date, &a.reference).cmp(&(b.due_date, &b.reference)));
    let rows = open
        .iter()
        .map(|item| {
            let overdue = account.is_overdue(item);
            let status = match item.status.as_deref() {
                Some(code) => portfolio.item_status(code).and_then(|s| s.label.as_deref()).unwrap_or(code),
                None if overdue => "Échu",
                None => "À échoir",
            };
            Row {
                reference: &item.reference,
                kind: match item.kind {
                    ItemKind::Invoice => "Facture",
                    ItemKind::DebitNote => "Note de débit",
                    ItemKind::CreditNote => "Avoir",
                    ItemKind::Payment => "Règlement non affecté",
                },
                issue_date: item.issue_date,
                due_date: item.due_date,
                amount: item.amount().into(),
                outstanding: item.outstanding().into(),
                days_late: overdue.then(|| today.days_since(item.due_date)),
                status,
                overdue,
            }
        })
        .collect();
    let all = Account::outstanding(open.iter().copied());
    let overdue = Account::outstanding(open.iter().copied().filter(|item| account.is_overdue(item)));
    let penalties = account.penalties(open.iter().copied()).total;
    let mut include = overdue.clone();
    include.add_all(&penalties);
    let code = customer.code.as_deref().unwrap_or(&customer.id);
    let link = |url: &Option<String>| url.as_deref().map(|url| url.replace("{customer}", &percent_encode(code)));
    let bank = company.bank.as_ref().expect("bank details");
    Letter {
        customer: Named { code, name: &customer.name },
        contact: ContactView { last_name: portfolio.collection_contact(customer).and_then(|c| c.last_name.as_deref()) },
        user: portfolio.user(customer.collector.as_deref().expect("a collector")).expect("the collector"),
        company: CompanyView {
            name: &company.name,
            registration: company.registration.as_deref(),
            late_penalty_rate: company.late_penalty_rate.as_ref().map(|rates| penalty::rate_on(rates, today)),
            recovery_cost: company
                .recovery_cost
                .as_ref()
                .and_then(|costs| penalty::recovery_cost(Money::zero(company.currency), costs))
                .map(Amount::from),
            bank: BankView {
                name: bank.name.as_deref(),
                iban: bank.iban.as_deref().map(|iban| {
                    let compact: Vec<char> = iban.chars().filter(|c| !c.is_whitespace()).collect();
                    compact.chunks(4).map(|chunk| chunk.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
                }),
                bic: bank.bic.as_deref(),
            },
        },
        today,
        items: Items {
            rows,
            totals: all.iter().map(Amount::from).collect(),
            amount: amounts(&all, company.currency),
            amount_overdue: amounts(&overdue, company.currency),
            late_penalties: amounts(&penalties, company.currency),
            include_late_penalties: amounts(&include, company.currency),
        },
        payment_link: link(&company.payment_url),
        interactive_link: link(&company.interactive_url),
    }
}

fn invalid(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::InvalidOperation, message.into())
}

/// `{{ x | money }}`: one `{minor, currency}`, or a list of them joined by ` + `.
fn money(value: Value) -> Result<String, Error> {
    if value.kind() == minijinja::value::ValueKind::Seq {
        let parts: Result<Vec<String>, Error> = value.try_iter()?.map(money).collect();
        return Ok(parts?.join(" + "));
    }
    let minor = i64::try_from(value.get_attr("minor")?)?;
    let code = value.get_attr("currency")?;
    let code = code.as_str().ok_or_else(|| invalid("a currency code"))?;
    let currency = Currency::from_code(code).ok_or_else(|| invalid(format!("unknown currency {code}")))?;
    Ok(cldr::money(Locale::Fr, minor, u32::from(currency.minor_digits()), code))
}

fn date(value: &str, style: DateStyle) -> Result<String, Error> {
    let date: Date = value.parse().map_err(|_| invalid(format!("not a date: {value}")))?;
    let (year, month, day) = date.ymd();
    Ok(cldr::date(Locale::Fr, year, month, day, style))
}

fn environment(name: &'static str, source: &'static str) -> Environment<'static> {
    let mut env = Environment::new();
    env.add_filter("money", money);
    env.add_filter("long_date", |value: &str| date(value, DateStyle::Long));
    env.add_filter("short_date", |value: Option<&str>| value.map_or(Ok(String::new()), |v| date(v, DateStyle::Short)));
    env.add_filter("percent", |value: &str| -> Result<String, Error> {
        let rate: Decimal = value.parse().map_err(|_| invalid(format!("not a rate: {value}")))?;
        Ok(cldr::percent(Locale::Fr, i64::try_from(rate.mantissa).unwrap_or(i64::MAX), rate.scale))
    });
    env.add_template(name, source).expect("the template compiles");
    env
}

/// Text content: tags stripped, character references decoded, white space collapsed.
fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(['<', '&']) {
        text.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('<') {
            text.push(' ');
            rest = rest.find('>').map_or("", |end| &rest[end + 1..]);
            continue;
        }
        let end = rest.find(';').filter(|&end| end < 10).unwrap_or(0);
        let decoded = match &rest[1..end.max(1)] {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "nbsp" => Some('\u{a0}'),
            entity => entity
                .strip_prefix("#x")
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                text.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                text.push('&');
                rest = &rest[1..];
            }
        }
    }
    text.push_str(rest);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One way of producing the letter; returns the output's length (kept from the optimiser).
type Contender<'a> = Box<dyn FnMut() -> usize + 'a>;

/// Calls per millisecond of `call` over `ms` milliseconds.
fn rate(call: &mut dyn FnMut() -> usize, ms: u64) -> f64 {
    let start = Instant::now();
    let mut calls = 0u32;
    while start.elapsed() < Duration::from_millis(ms) {
        black_box(call());
        calls += 1;
    }
    f64::from(calls) / start.elapsed().as_secs_f64() / 1000.0
}

/// The `q` quantile of `values` (sorted in place), interpolated.
fn quantile(values: &mut [f64], q: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    let at = (values.len() - 1) as f64 * q;
    let (low, high) = (at.floor() as usize, at.ceil() as usize);
    values[low] + (values[high] - values[low]) * (at - low as f64)
}

fn main() {
    let rounds: usize = std::env::var("BENCH_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(100);
    let portfolio = Portfolio::from_json(&generated::portfolio(1, 50)).unwrap();
    let options = generated::reference_options();
    let today = options.date;
    let check_options = CheckOptions { context: Context::Specific, ..CheckOptions::default() };
    let env = environment(TEMPLATE_NAME, TEMPLATE);
    let template = env.get_template(TEMPLATE_NAME).unwrap();

    let ours = render(&portfolio, REFERENCE_LETTER, &options).unwrap().output;
    assert_eq!(ours.matches("<tr").count(), 52, "a header row, 50 rows and a total");
    let theirs = template.render(Serde(letter_model(&portfolio, CUSTOMER, today))).unwrap();
    assert_eq!(text_of(&theirs), text_of(&ours), "MiniJinja's letter must have our text");

    let model = Value::from(Serde(letter_model(&portfolio, CUSTOMER, today)));
    let ours_render =
        || render(black_box(&portfolio), black_box(REFERENCE_LETTER), black_box(&options)).unwrap().output.len();
    let mut contenders: Vec<(&str, Contender<'_>)> = vec![
        (
            "ours_check_render",
            Box::new(|| {
                assert!(check(black_box(REFERENCE_LETTER), &check_options).is_empty());
                ours_render()
            }),
        ),
        ("ours_render", Box::new(ours_render)),
        (
            "minijinja_model_render",
            Box::new(|| template.render(Serde(letter_model(black_box(&portfolio), CUSTOMER, today))).unwrap().len()),
        ),
        (
            "minijinja_model_compile_render",
            Box::new(|| {
                let template = env.template_from_named_str(TEMPLATE_NAME, black_box(TEMPLATE)).unwrap();
                template.render(Serde(letter_model(black_box(&portfolio), CUSTOMER, today))).unwrap().len()
            }),
        ),
        ("minijinja_render_model_ready", Box::new(|| template.render(black_box(model.clone())).unwrap().len())),
    ];

    // Under callgrind (scripts/bench.sh): only CALLS calls of one contender, whose instruction
    // count, less that of zero calls, is this machine's one stable measure.
    if let Ok(only) = std::env::var("BENCH_ONLY") {
        let calls: usize = std::env::var("BENCH_CALLS").ok().and_then(|c| c.parse().ok()).unwrap_or(0);
        let (_, call) = contenders.iter_mut().find(|(name, _)| *name == only).expect("a contender's name");
        for _ in 0..calls {
            black_box(call());
        }
        return;
    }

    // Warm up, size each batch to about 3 ms, then interleave the contenders round after
    // round in a rotating order, so that the machine's drift hits them alike.
    for (_, call) in &mut contenders {
        rate(call.as_mut(), 300);
    }
    let batches: Vec<u32> =
        contenders.iter_mut().map(|(_, call)| (3.0 * rate(call.as_mut(), 150)).max(1.0) as u32).collect();
    let mut times = vec![Vec::with_capacity(rounds); contenders.len()];
    for round in 0..rounds {
        for k in 0..contenders.len() {
            let at = (round + k) % contenders.len();
            let call = &mut contenders[at].1;
            let start = Instant::now();
            for _ in 0..batches[at] {
                black_box(call());
            }
            times[at].push(start.elapsed().as_secs_f64() * 1e6 / f64::from(batches[at]));
        }
    }
    let round2 = |x: f64| (x * 100.0).round() / 100.0;
    let p10: Vec<f64> = times.iter_mut().map(|t| quantile(t, 0.1)).collect();
    let results: serde_json::Map<String, serde_json::Value> = (0..contenders.len())
        .map(|at| {
            let figure = json!({
                "p10_us": round2(p10[at]),
                "median_us": round2(quantile(&mut times[at], 0.5)),
                "calls": batches[at] as usize * rounds,
            });
            (contenders[at].0.to_owned(), figure)
        })
        .collect();
    let ratios = |base: usize| -> serde_json::Map<String, serde_json::Value> {
        (2..contenders.len())
            .map(|peer| (contenders[peer].0.to_owned(), json!(round2(p10[peer] / p10[base]))))
            .collect()
    };
    let report = json!({
        "rounds": rounds,
        "same_text": true,
        "results": results,
        "ratios_vs_check_render": ratios(0),
        "ratios_vs_render": ratios(1),
    });
    println!("{report}");
}

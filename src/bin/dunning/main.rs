//! `dunning`, the command line: `check` templates (for CI), `render` one of them for a
//! customer, print the day's `letters`, list the `agenda` and the `history`, generate a `sample`
//! portfolio, list the hashtag `catalogue`, and serve editors (`lsp`).
//!
//! This file only parses arguments, reads files and prints; the work is the library's. Its
//! modules: `project` reads `dunning.toml`, `lsp` is the language server on stdin and stdout.
//! Exit codes: 0 success (warnings allowed), 1 the input has errors, 2 usage or I/O error.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use codespan_reporting::term::{self, Config};
use serde::Serialize;

use dunning::agenda::history;
use dunning::agenda::{self, Filters, State};
use dunning::catalogue;
use dunning::date::{Date, TimeOfDay};
use dunning::portfolio::Mode;
use dunning::portfolio::Portfolio;
use dunning::render::{self, Output, RenderOptions};
use dunning::{check, Channel, CheckOptions, Context, Diagnostic, ErrorKind, Format, Locale, Severity};

mod lsp;
mod project;

use project::{Projects, Settings};

#[derive(Parser)]
#[command(name = "dunning", version, about = "Typed #hashtag templates for credit-collection letters, e-mails and SMS")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check templates: every unknown or misplaced hashtag and unsafe HTML, all at once. A
    /// dunning.toml in a template's directory or above sets its format, channel and context;
    /// the flags override it.
    Check {
        /// The templates' format [default: dunning.toml's, else from each file's extension:
        /// .md, .html, .txt]
        #[arg(long, value_parser = parse_with::<Format>)]
        format: Option<Format>,
        /// The channel the templates are sent on [default: dunning.toml's, else email]
        #[arg(long, value_parser = parse_with::<Channel>)]
        channel: Option<Channel>,
        /// scenario (no selected items) or specific (a specific action's selected items)
        /// [default: dunning.toml's, else scenario]
        #[arg(long, value_parser = parse_with::<Context>)]
        context: Option<Context>,
        #[arg(long, value_enum, default_value_t = CheckOutput::Human)]
        output: CheckOutput,
        /// A portfolio: check every template it holds (each scenario step, each specific
        /// action) against every customer it reaches on --date, and report what it does to
        /// them (missing values, SMS segments, the amount asked, who cannot be reached).
        #[arg(long, conflicts_with = "paths")]
        data: Option<PathBuf>,
        /// The date of the reach report, YYYY-MM-DD [default: today]
        #[arg(long, value_parser = parse_with::<Date>, requires = "data")]
        date: Option<Date>,
        /// Template files, or directories to search for *.md, *.html and *.txt.
        #[arg(required_unless_present = "data")]
        paths: Vec<PathBuf>,
    },
    /// Render a template for one customer: the e-mail body, SMS, letter or text on stdout, the
    /// diagnostics on stderr.
    Render(RenderArgs),
    /// Render letters into one printable HTML document (stdout): the day's letters (those the
    /// agenda sends on DATE: letter channels, confirmed or automatic, in agenda order), or the
    /// actions given.
    Letters {
        #[arg(long)]
        data: PathBuf,
        #[arg(long, value_parser = parse_with::<Date>)]
        date: Date,
        /// CUSTOMER:ACTION, a specific action's id or an action of the customer's scenario;
        /// repeat for each letter, in print order [default: the day's letters]
        #[arg(long = "action", value_parser = parse_action)]
        actions: Vec<(String, String)>,
    },
    /// The collection agenda on a date: every customer's next action, its state and colour,
    /// what is cancelled and finished (JSON, or CSV of the actions).
    Agenda {
        #[arg(long)]
        data: PathBuf,
        #[arg(long, value_parser = parse_with::<Date>)]
        date: Date,
        /// The current time, HH:MM: e-mails and SMS already due are sent from then on.
        #[arg(long, value_parser = parse_with::<TimeOfDay>)]
        now: Option<TimeOfDay>,
        #[arg(long, value_enum, default_value_t = TableOutput::Json)]
        output: TableOutput,
        #[command(flatten)]
        filters: FilterArgs,
    },
    /// The collection history, newest first, under the agenda's filters (JSON, or RFC 4180 CSV).
    History {
        #[arg(long)]
        data: PathBuf,
        #[arg(long, value_enum, default_value_t = TableOutput::Json)]
        output: TableOutput,
        #[command(flatten)]
        filters: FilterArgs,
    },
    /// Print a realistic sample portfolio (JSON), the same for the same seed, date and sizes.
    Sample {
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The reference date the accounts' stories are told around: the agenda of that date
        /// shows every state.
        #[arg(long, value_parser = parse_with::<Date>)]
        date: Date,
        #[arg(long, default_value_t = 200)]
        customers: usize,
        /// Items in all [default: 8 per customer]
        #[arg(long)]
        items: Option<usize>,
    },
    /// List every hashtag with its type, scope, channels and description.
    Catalogue {
        /// The descriptions' language.
        #[arg(long, default_value = "en", value_parser = parse_with::<Locale>)]
        locale: Locale,
        #[arg(long, value_enum, default_value_t = CatalogueOutput::Human)]
        output: CatalogueOutput,
    },
    /// Print the portfolio's JSON Schema (draft 2020-12), generated from its types; the same
    /// as schema/portfolio.schema.json.
    Schema,
    /// Make a portfolio (JSON, stdout) from an ERP's CSV exports: customers, open items and
    /// optionally contacts, read by their headers; what was decided on stderr; every problem
    /// as file:line:column (exit 1).
    Import {
        /// Customers: code, name, address, country, language, e-mail, phone… (one per line).
        #[arg(long)]
        customers: PathBuf,
        /// Open items: customer, document number, type, dates, amount, open amount, currency.
        #[arg(long)]
        items: PathBuf,
        /// Contacts: customer, name, e-mail, phones, whether dunning goes to them.
        #[arg(long)]
        contacts: Option<PathBuf>,
        /// A mapping file (TOML): other headers, the decimal mark, the date order, defaults.
        #[arg(long = "map")]
        mapping: Option<PathBuf>,
        /// A portfolio whose company, users, scenarios, statuses and alert rules are kept
        /// (its customers and items are replaced).
        #[arg(long)]
        base: Option<PathBuf>,
    },
    /// The language server for editors: LSP on stdin and stdout (diagnostics as you type,
    /// hashtag completion and hover, quick fixes), dunning.toml read as `check` reads it.
    Lsp,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckOutput {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum TableOutput {
    Json,
    Csv,
}

/// The agenda's filters, shared by `agenda` and `history`.
#[derive(clap::Args)]
struct FilterArgs {
    /// Only the accounts of this collector (a user id).
    #[arg(long)]
    collector: Option<String>,
    #[arg(long, value_parser = parse_with::<Channel>)]
    channel: Option<Channel>,
    #[arg(long, value_parser = parse_with::<Mode>)]
    mode: Option<Mode>,
    /// The actions' state (agenda only).
    #[arg(long, value_parser = parse_with::<State>)]
    state: Option<State>,
    /// A customer field that must match, KEY=VALUE (repeatable).
    #[arg(long = "field", value_parser = parse_field)]
    fields: Vec<(String, String)>,
    /// The user looking (a user id): a user with the collector role sees their own accounts
    /// unless --collector says otherwise.
    #[arg(long)]
    user: Option<String>,
}

impl FilterArgs {
    fn filters(self, portfolio: &Portfolio) -> Result<Filters, dunning::Error> {
        let FilterArgs { collector, channel, mode, state, fields, user } = self;
        let filters = Filters { collector, channel, mode, state, fields };
        match user {
            Some(user) => filters.seen_by(portfolio, &user),
            None => Ok(filters),
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum CatalogueOutput {
    Human,
    Json,
}

/// Lets clap report the library's own message for a bad value (`unknown channel "fax"; ...`).
fn parse_with<T: std::str::FromStr>(text: &str) -> Result<T, String>
where
    T::Err: std::fmt::Display,
{
    text.parse().map_err(|error: T::Err| error.to_string())
}

fn parse_field(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_owned(), value.to_owned())),
        _ => Err(format!("\"{text}\" is not KEY=VALUE")),
    }
}

fn parse_action(text: &str) -> Result<(String, String), String> {
    match text.split_once(':') {
        Some((customer, action)) if !customer.is_empty() && !action.is_empty() => {
            Ok((customer.to_owned(), action.to_owned()))
        }
        _ => Err(format!("\"{text}\" is not CUSTOMER:ACTION")),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { data: Some(data), date, output, .. } => run_reach(&data, date.unwrap_or_else(today), output),
        Command::Check { format, channel, context, output, paths, .. } => {
            run_check(&paths, format, channel, context, output)
        }
        Command::Render(request) => run_render(request),
        Command::Letters { data, date, actions } => run_letters(&data, date, &actions),
        Command::Agenda { data, date, now, output, filters } => run_agenda(&data, date, now, output, filters),
        Command::History { data, output, filters } => run_history(&data, output, filters),
        Command::Sample { seed, date, customers, items } => {
            let items = items.unwrap_or(customers.saturating_mul(8));
            run_sample(&dunning::sample::Options { seed, date, customers, items })
        }
        Command::Catalogue { locale, output } => run_catalogue(locale, output),
        Command::Schema => emit(&dunning::schema::portfolio_schema()).map(|()| ExitCode::SUCCESS),
        Command::Import { customers, items, contacts, mapping, base } => {
            run_import(&customers, &items, contacts.as_deref(), mapping.as_deref(), base.as_deref())
        }
        Command::Lsp => lsp::run().map_err(Failure::Message),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Message(message)) => {
            eprintln!("dunning: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Refused(error)) => {
            eprintln!("dunning: {error}");
            exit_status(error.kind())
        }
        // `dunning agenda | head`: the reader has what it wanted.
        Err(Failure::ReaderGone) => ExitCode::SUCCESS,
    }
}

/// The exit status of a request the library refused: 1 when the input has errors (as for a
/// template with errors, or a portfolio that does not load), 2 for a request that cannot be
/// carried out (an unknown customer, a word outside its vocabulary), as for a usage error.
fn exit_status(kind: ErrorKind) -> ExitCode {
    match kind {
        ErrorKind::InvalidPortfolio | ErrorKind::InvalidImport => ExitCode::from(1),
        _ => ExitCode::from(2),
    }
}

/// Why a command stopped short.
enum Failure {
    /// A usage or I/O error, said in one line on stderr (exit code 2).
    Message(String),
    /// The library refused the request: said on stderr, the exit status from its kind.
    Refused(dunning::Error),
    /// Whoever read the output closed it (a broken pipe): nothing more to say.
    ReaderGone,
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Message(message)
    }
}

impl From<dunning::Error> for Failure {
    fn from(error: dunning::Error) -> Failure {
        Failure::Refused(error)
    }
}

/// A write to the output: a closed pipe stops the command quietly, another error is reported.
fn written(result: std::io::Result<()>) -> Result<(), Failure> {
    result.map_err(write_failure)
}

fn write_failure(error: std::io::Error) -> Failure {
    match error.kind() {
        std::io::ErrorKind::BrokenPipe => Failure::ReaderGone,
        _ => Failure::Message(format!("cannot write the output: {error}")),
    }
}

/// Writes `text` on stdout.
fn emit(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    written(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

/// One checked file, as `check --output json` prints it.
#[derive(Serialize)]
struct FileReport {
    path: String,
    diagnostics: Vec<Diagnostic>,
}

fn run_check(
    paths: &[PathBuf],
    format: Option<Format>,
    channel: Option<Channel>,
    context: Option<Context>,
    output: CheckOutput,
) -> Result<ExitCode, Failure> {
    let mut files = Vec::new();
    for path in paths {
        collect_templates(path, &mut files)?;
    }
    // Every file's options before any output: a file whose format is unknown, or a project
    // file that does not read, stops the command before it prints anything.
    let flags = Settings { format, channel, context, locale: None };
    let mut projects = Projects::default();
    let mut checks = Vec::new();
    for path in files {
        let settings = flags.over(projects.settings_for(&path).map_err(|error| error.to_string())?);
        let Some(format) = settings.format.or_else(|| format_of(&path)) else {
            return Err(format!(
                "{}: cannot tell the format from the extension; pass --format or set it in dunning.toml",
                path.display()
            )
            .into());
        };
        let options = CheckOptions {
            format,
            channel: settings.channel.unwrap_or_default(),
            context: settings.context.unwrap_or_default(),
        };
        checks.push((path, options));
    }
    let mut reports = Vec::new();
    let mut unreadable = false;
    let mut stdout = StandardStream::stdout(color_choice(std::io::stdout().is_terminal()));
    for (path, options) in checks {
        let source = match read_template(&path) {
            Ok(source) => source,
            Err(message) => {
                // Keep checking the other files: one bad file hides nothing else.
                eprintln!("dunning: {message}");
                unreadable = true;
                continue;
            }
        };
        let diagnostics = check(&source, &options);
        let path = path.display().to_string();
        if let CheckOutput::Human = output {
            print_human(&mut stdout, &path, &source, &diagnostics)?;
        }
        reports.push(FileReport { path, diagnostics });
    }
    let errors = reports.iter().flat_map(|r| &r.diagnostics).filter(|d| d.severity == Severity::Error).count();
    match output {
        CheckOutput::Json => {
            let json = serde_json::json!({ "files": reports });
            emit(&format!("{json}\n"))?;
        }
        CheckOutput::Human => {
            let warnings =
                reports.iter().flat_map(|r| &r.diagnostics).filter(|d| d.severity == Severity::Warning).count();
            eprintln!("checked {} file(s): {errors} error(s), {warnings} warning(s)", reports.len());
        }
    }
    Ok(if unreadable {
        ExitCode::from(2)
    } else if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The reach report of every template of a portfolio: JSON, or each template's diagnostics
/// rustc-style under a heading naming it, then its counts. Exit 1 when one has an error.
fn run_reach(data: &Path, date: Date, output: CheckOutput) -> Result<ExitCode, Failure> {
    let portfolio = match load_portfolio(data)? {
        Ok(portfolio) => portfolio,
        Err(code) => return Ok(code),
    };
    let reaches = dunning::reach::portfolio_reach(&portfolio, date);
    let errors =
        reaches.iter().flat_map(|entry| &entry.reach.diagnostics).filter(|d| d.severity == Severity::Error).count();
    match output {
        CheckOutput::Json => {
            let json = serde_json::json!({ "date": date.to_string(), "templates": reaches });
            emit(&format!("{json}\n"))?;
        }
        CheckOutput::Human => {
            let mut stdout = StandardStream::stdout(color_choice(std::io::stdout().is_terminal()));
            for entry in &reaches {
                let action = match (&entry.scenario, &entry.customer) {
                    (Some(scenario), _) => format!("scenario {scenario}, step {}", entry.action),
                    (None, Some(customer)) => format!("specific action {} of {customer}", entry.action),
                    (None, None) => entry.action.clone(),
                };
                let action = match entry.locale {
                    Some(locale) => format!("{action}, in {locale}"),
                    None => action,
                };
                let body = entry.body;
                let name = format!("{} ({action})", data.display());
                print_human(&mut stdout, &name, body, &entry.reach.diagnostics)?;
                println!("{name}: {}", reach_summary(&entry.reach));
            }
            let warnings = reaches
                .iter()
                .flat_map(|entry| &entry.reach.diagnostics)
                .filter(|d| d.severity == Severity::Warning)
                .count();
            eprintln!(
                "checked {} template(s) against their customers: {errors} error(s), {warnings} warning(s)",
                reaches.len()
            );
        }
    }
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// One line of counts under a template's diagnostics.
fn reach_summary(reach: &dunning::reach::Reach) -> String {
    let mut parts = vec![format!("reaches {} customer(s)", reach.customers)];
    if let Some(sms) = &reach.sms {
        parts.push(format!(
            "SMS {}–{} segment(s), up to {} characters ({}), UCS-2 for {}",
            sms.min_segments, sms.max_segments, sms.max_length, sms.longest, sms.ucs2.count
        ));
    }
    if let Some(amount) = &reach.amount {
        for range in &amount.ranges {
            parts.push(format!("#{} {}–{} {}", amount.hashtag, range.min, range.max, range.currency));
        }
    }
    for undeliverable in &reach.undeliverable {
        parts.push(format!("{}: {}", undeliverable.reason, undeliverable.customers.count));
    }
    parts.join("; ")
}

/// Adds `path` (a file, whatever its extension) or the templates below it (a directory: its
/// `.md`, `.html` and `.txt` files), sorted for stable output.
fn collect_templates(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let metadata = std::fs::metadata(path).map_err(|error| format!("{}: {error}", path.display()))?;
    if !metadata.is_dir() {
        files.push(path.to_owned());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .and_then(|entries| entries.map(|entry| entry.map(|entry| entry.path())).collect())
        .map_err(|error| format!("{}: {error}", path.display()))?;
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect_templates(&entry, files)?;
        } else if format_of(&entry).is_some() {
            files.push(entry);
        }
    }
    Ok(())
}

fn format_of(path: &Path) -> Option<Format> {
    Format::from_extension(path.extension()?.to_str()?)
}

fn read_template(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|error| format!("{}: {error}", path.display()))?;
    String::from_utf8(bytes).map_err(|error| {
        format!("{}: not UTF-8 text (invalid byte at offset {})", path.display(), error.utf8_error().valid_up_to())
    })
}

/// Colour only on a terminal, and never when NO_COLOR is set.
fn color_choice(terminal: bool) -> ColorChoice {
    if terminal && std::env::var_os("NO_COLOR").is_none() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    }
}

/// rustc-style: the message, the source line with a caret under the span, and the fix.
fn print_human(
    stdout: &mut StandardStream,
    path: &str,
    source: &str,
    diagnostics: &[Diagnostic],
) -> Result<(), Failure> {
    let file = SimpleFile::new(path, source);
    let config = Config::default();
    let mut out = stdout.lock();
    for diagnostic in diagnostics {
        let severity = match diagnostic.severity {
            Severity::Error => ReportSeverity::Error,
            Severity::Warning => ReportSeverity::Warning,
            Severity::Info => ReportSeverity::Note,
        };
        let mut notes = Vec::new();
        if let Some(suggestion) = &diagnostic.suggestion {
            notes.push(format!("help: write #{suggestion}"));
        }
        // A finding about the whole template (its SMS length, its emptiness) points nowhere.
        let whole = diagnostic.span.start == 0 && diagnostic.span.end == source.len();
        let labels = if whole { Vec::new() } else { vec![Label::primary((), diagnostic.span.range())] };
        let report = Report::new(severity)
            .with_code(diagnostic.code.name())
            .with_message(&diagnostic.message)
            .with_labels(labels)
            .with_notes(notes);
        match term::emit_to_write_style(&mut out, &config, &file, &report) {
            Err(codespan_reporting::files::Error::Io(error)) => written(Err(error))?,
            result => result.map_err(|error| error.to_string())?,
        }
    }
    written(out.flush())
}

fn run_catalogue(locale: Locale, output: CatalogueOutput) -> Result<ExitCode, Failure> {
    let entries = catalogue::entries();
    match output {
        CatalogueOutput::Json => {
            let json = serde_json::to_string(&catalogue::described(locale)).map_err(|error| error.to_string())?;
            emit(&format!("{json}\n"))?;
        }
        CatalogueOutput::Human => {
            let width = entries.iter().map(|entry| entry.name.len()).max().unwrap_or(0) + 1;
            let mut table = String::new();
            for entry in entries {
                table.push_str(&format!(
                    "#{:<width$} {:<8} {:<9} {}\n",
                    entry.name,
                    entry.ty.name(),
                    entry.scope.name(),
                    entry.description(locale)
                ));
            }
            emit(&table)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_import(
    customers: &Path,
    items: &Path,
    contacts: Option<&Path>,
    mapping: Option<&Path>,
    base: Option<&Path>,
) -> Result<ExitCode, Failure> {
    use dunning::import::{import, Files, Source};
    let read = |path: &Path| std::fs::read(path).map_err(|error| format!("{}: {error}", path.display()));
    let text = |path: &Path| std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()));
    let names =
        [Some(customers), Some(items), contacts, mapping, base].map(|path| path.map(|p| p.display().to_string()));
    let (customer_bytes, item_bytes) = (read(customers)?, read(items)?);
    let contact_bytes = contacts.map(read).transpose()?;
    let (mapping_text, base_text) = (mapping.map(text).transpose()?, base.map(text).transpose()?);
    let name = |at: usize| names[at].as_deref().unwrap_or_default();
    let files = Files {
        customers: Source { name: name(0), bytes: &customer_bytes },
        items: Source { name: name(1), bytes: &item_bytes },
        contacts: contact_bytes.as_deref().map(|bytes| Source { name: name(2), bytes }),
        mapping: mapping_text.as_deref().map(|text| (name(3), text)),
        base: base_text.as_deref().map(|text| (name(4), text)),
    };
    match import(&files) {
        Ok(imported) => {
            for note in &imported.notes {
                eprintln!("dunning: note: {note}");
            }
            emit(&imported.portfolio)?;
            Ok(ExitCode::SUCCESS)
        }
        // Every problem, not the first twenty: the files are to be fixed in one go.
        Err(error) => {
            for problem in error.problems() {
                eprintln!("{problem}");
            }
            eprintln!("dunning: {} problem(s): nothing imported", error.problems().len());
            Ok(exit_status(error.kind()))
        }
    }
}

/// `dunning render`'s arguments, typed by clap with the core's `FromStr` (the names of
/// `render::Request`).
#[derive(clap::Args)]
struct RenderArgs {
    /// The template file.
    template: PathBuf,
    /// The portfolio JSON.
    #[arg(long)]
    data: PathBuf,
    /// The customer's id.
    #[arg(long)]
    customer: String,
    /// The specific action's items, by id (makes the context `specific`).
    #[arg(long, value_delimiter = ',')]
    selected: Vec<String>,
    #[arg(long, value_parser = parse_with::<Context>)]
    context: Option<Context>,
    #[arg(long, default_value = "email", value_parser = parse_with::<Channel>)]
    channel: Channel,
    /// [default: from the template's extension]
    #[arg(long, value_parser = parse_with::<Format>)]
    format: Option<Format>,
    /// html (a fragment), email (the e-mail as mail clients get it: a whole document), letter (a printable document) or text [default: from the channel]
    #[arg(long = "as", value_parser = parse_with::<Output>)]
    output: Option<Output>,
    /// [default: the customer's, then the company's]
    #[arg(long, value_parser = parse_with::<Locale>)]
    locale: Option<Locale>,
    /// The render date, YYYY-MM-DD [default: today]
    #[arg(long, value_parser = parse_with::<Date>)]
    date: Option<Date>,
    /// The subject line's template (e-mails and letters).
    #[arg(long)]
    subject: Option<String>,
}

/// A portfolio this large (bytes of JSON) takes seconds: loading and planning it show a spinner.
const LARGE_PORTFOLIO: usize = 20 << 20;

/// A spinner saying what is being done, on a terminal (stderr) only; `None` when piped.
fn spinner(message: String) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner().with_message(message);
    bar.enable_steady_tick(std::time::Duration::from_millis(100));
    Some(bar)
}

/// Reads and loads a portfolio; a portfolio that does not load is input with errors (exit 1).
fn load_portfolio(path: &Path) -> Result<Result<Portfolio, ExitCode>, String> {
    let text = std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))?;
    let loading = (text.len() >= LARGE_PORTFOLIO)
        .then(|| spinner(format!("loading {} ({} MB)", path.display(), text.len() >> 20)))
        .flatten();
    let loaded = Portfolio::from_json(&text);
    if let Some(bar) = loading {
        bar.finish_and_clear();
    }
    Ok(loaded.map_err(|error| {
        for problem in error.to_string().lines() {
            eprintln!("{}: {problem}", path.display());
        }
        ExitCode::from(1)
    }))
}

/// Today, in UTC.
fn today() -> Date {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_days_since_1970(i32::try_from(seconds / 86_400).unwrap_or(0))
}

fn run_render(request: RenderArgs) -> Result<ExitCode, Failure> {
    let source = read_template(&request.template)?;
    let Some(format) = request.format.or_else(|| format_of(&request.template)) else {
        return Err(format!(
            "{}: cannot tell the format from the extension; pass --format",
            request.template.display()
        )
        .into());
    };
    let portfolio = match load_portfolio(&request.data)? {
        Ok(portfolio) => portfolio,
        Err(code) => return Ok(code),
    };
    let options = RenderOptions {
        selected: &request.selected,
        context: request.context,
        channel: request.channel,
        format,
        output: request.output,
        locale: request.locale,
        subject: request.subject.as_deref(),
        ..RenderOptions::new(&request.customer, request.date.unwrap_or_else(today))
    };
    let rendered = render::render(&portfolio, &source, &options)?;
    emit(&rendered.output)?;
    let mut stderr = StandardStream::stderr(color_choice(std::io::stderr().is_terminal()));
    print_human(&mut stderr, &request.template.display().to_string(), &source, &rendered.diagnostics)?;
    Ok(ExitCode::SUCCESS)
}

fn run_letters(data: &Path, date: Date, actions: &[(String, String)]) -> Result<ExitCode, Failure> {
    let portfolio = match load_portfolio(data)? {
        Ok(portfolio) => portfolio,
        Err(code) => return Ok(code),
    };
    let days_letters;
    let actions = if actions.is_empty() {
        days_letters = agenda::letters_of_the_day(&portfolio, date);
        if days_letters.is_empty() {
            eprintln!("no letters go out on {date}");
        }
        &days_letters
    } else {
        actions
    };
    // A progress bar on a terminal for long batches; nothing when stderr is piped.
    let bar = if std::io::stderr().is_terminal() && actions.len() >= 100 {
        let bar = indicatif::ProgressBar::new(actions.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} letters {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(bar)
    } else {
        None
    };
    let letters = agenda::letters(&portfolio, date, actions, |done| {
        if let Some(bar) = &bar {
            bar.set_position(done as u64);
        }
    })?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    emit(&letters.document)?;
    for (customer, action, diagnostics) in &letters.diagnostics {
        for diagnostic in diagnostics.iter().filter(|d| d.severity != Severity::Info) {
            eprintln!(
                "{customer}:{action}: {}[{}]: {}",
                diagnostic.severity.name(),
                diagnostic.code.name(),
                diagnostic.message
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_agenda(
    data: &Path,
    date: Date,
    now: Option<TimeOfDay>,
    output: TableOutput,
    filters: FilterArgs,
) -> Result<ExitCode, Failure> {
    let portfolio = match load_portfolio(data)? {
        Ok(portfolio) => portfolio,
        Err(code) => return Ok(code),
    };
    let planning = (portfolio.items.len() >= 100_000)
        .then(|| spinner(format!("planning the agenda of {} customers", portfolio.customers.len())))
        .flatten();
    let agenda = agenda::agenda(&portfolio, date, now, &filters.filters(&portfolio)?);
    if let Some(bar) = planning {
        bar.finish_and_clear();
    }
    match output {
        TableOutput::Json => emit(&format!("{}\n", agenda.to_json()))?,
        TableOutput::Csv => {
            // RFC 4180: the csv crate quotes what needs quoting and ends records with CRLF.
            let mut csv = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(std::io::stdout());
            let header = [
                "customer", "action", "kind", "channel", "mode", "date", "state", "colour", "error", "items", "send_at",
            ];
            csv.write_record(header).map_err(csv_failure)?;
            for action in &agenda.actions {
                // Each field as the JSON output spells it.
                let json = serde_json::to_value(action).map_err(|error| error.to_string())?;
                let field = |key: &str| match &json[key] {
                    serde_json::Value::String(text) => text.clone(),
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                };
                let mut record: Vec<String> = header.iter().map(|key| field(key)).collect();
                record[9] = action.items.join(" ");
                csv.write_record(&record).map_err(csv_failure)?;
            }
            written(csv.flush())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A CSV write: its I/O errors as any write's.
fn csv_failure(error: csv::Error) -> Failure {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => write_failure(error),
        kind => Failure::Message(format!("{kind:?}")),
    }
}

fn run_history(data: &Path, output: TableOutput, filters: FilterArgs) -> Result<ExitCode, Failure> {
    let portfolio = match load_portfolio(data)? {
        Ok(portfolio) => portfolio,
        Err(code) => return Ok(code),
    };
    let rows = history::history(&portfolio, &filters.filters(&portfolio)?);
    match output {
        TableOutput::Json => emit(&format!("{}\n", serde_json::to_string(&rows).map_err(|error| error.to_string())?))?,
        TableOutput::Csv => emit(&history::to_csv(&rows))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run_sample(options: &dunning::sample::Options) -> Result<ExitCode, Failure> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    written(dunning::sample::write(options, &mut out).and_then(|()| out.flush()))?;
    Ok(ExitCode::SUCCESS)
}

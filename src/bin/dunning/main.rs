//! `dunning`, the command line: `check` templates (for CI), `render` one of them for a
//! customer, print the day's `letters`, list the `agenda` and the `history`, generate a `sample`
//! portfolio, list the hashtag `catalogue`, and serve editors (`lsp`).
//!
//! This file only parses arguments, reads files and prints; the work is the library's (`check`
//! and `catalogue` are `dunning::cli`'s, shared with the npm package's command line). Its
//! module `lsp` is the language server on stdin and stdout.
//! Exit codes: 0 success (warnings allowed), 1 the input has errors, 2 usage or I/O error.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use dunning::agenda::history;
use dunning::agenda::{self, Filters, State};
use dunning::cli::{self, parse_with, FileSystem, Outcome, Shared};
use dunning::date::{Date, TimeOfDay};
use dunning::portfolio::Mode;
use dunning::portfolio::Portfolio;
use dunning::render::{self, Output, RenderOptions};
use dunning::{Channel, Context, ErrorKind, Format, Locale, Severity};

mod lsp;

#[derive(Parser)]
#[command(name = "dunning", bin_name = "dunning", version, about = cli::ABOUT)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    #[command(flatten)]
    Shared(Shared),
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
        Command::Shared(shared) => {
            // A large portfolio's reach report takes seconds: a spinner meanwhile, on a terminal.
            let working = match &shared {
                Shared::Check(cli::CheckArgs { data: Some(data), .. }) => {
                    let bytes = std::fs::metadata(data).map_or(0, |metadata| metadata.len());
                    (bytes >= LARGE_PORTFOLIO as u64)
                        .then(|| spinner(format!("checking the templates of {} ({} MB)", data.display(), bytes >> 20)))
                        .flatten()
                }
                _ => None,
            };
            let outcome = cli::run_shared(&shared, &Disk, today(), color(std::io::stdout().is_terminal()));
            if let Some(bar) = working {
                bar.finish_and_clear();
            }
            print_outcome(&outcome)
        }
        Command::Render(request) => run_render(request),
        Command::Letters { data, date, actions } => run_letters(&data, date, &actions),
        Command::Agenda { data, date, now, output, filters } => run_agenda(&data, date, now, output, filters),
        Command::History { data, output, filters } => run_history(&data, output, filters),
        Command::Sample { seed, date, customers, items } => {
            let items = items.unwrap_or(customers.saturating_mul(8));
            run_sample(&dunning::sample::Options { seed, date, customers, items })
        }
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

/// Colour only on a terminal, never when NO_COLOR is set or TERM is unset or `dumb` (the rule
/// of termcolor's `Auto`, which the CLI used; bin/dunning.mjs applies the same).
fn color(terminal: bool) -> bool {
    terminal && std::env::var_os("NO_COLOR").is_none() && std::env::var_os("TERM").is_some_and(|term| term != "dumb")
}

/// The files, from the disk; errors in the system's words (`No such file or directory (os
/// error 2)`).
struct Disk;

impl FileSystem for Disk {
    fn is_dir(&self, path: &Path) -> Result<bool, String> {
        std::fs::metadata(path).map(|metadata| metadata.is_dir()).map_err(|error| error.to_string())
    }

    fn read_dir(&self, path: &Path) -> Result<Vec<PathBuf>, String> {
        std::fs::read_dir(path)
            .and_then(|entries| entries.map(|entry| entry.map(|entry| entry.path())).collect())
            .map_err(|error| error.to_string())
    }

    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }

    fn read(&self, path: &Path) -> Result<Vec<u8>, String> {
        std::fs::read(path).map_err(|error| error.to_string())
    }

    fn current_dir(&self) -> Result<PathBuf, String> {
        std::env::current_dir().map_err(|error| error.to_string())
    }
}

/// Prints what `check` or `catalogue` made: stdout, then stderr.
fn print_outcome(outcome: &Outcome) -> Result<ExitCode, Failure> {
    emit(&outcome.stdout)?;
    let mut err = std::io::stderr().lock();
    written(err.write_all(outcome.stderr.as_bytes()).and_then(|()| err.flush()))?;
    Ok(ExitCode::from(outcome.status))
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
    let source = cli::read_template(&Disk, &request.template)?;
    let Some(format) = request.format.or_else(|| cli::format_of(&request.template)) else {
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
    let path = request.template.display().to_string();
    let report = cli::human(&path, &source, &rendered.diagnostics, color(std::io::stderr().is_terminal()))?;
    let mut err = std::io::stderr().lock();
    written(err.write_all(report.as_bytes()).and_then(|()| err.flush()))?;
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

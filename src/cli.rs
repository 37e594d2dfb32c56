//! The command line's `check` and `catalogue`, shared by the two programs that run them: the
//! native CLI (`src/bin/dunning/main.rs`) and the npm package's (`bin/dunning.mjs` in Node,
//! through `src/wasm/cli.rs`). Their arguments (clap), the walk over the templates, the project
//! file `dunning.toml` ([`project`], which the native language server reads too) and everything
//! they print (the rustc-style report by codespan-reporting, the JSON, the summary and the
//! messages) are defined once, here, so that both print the same bytes and exit with the same
//! status.
//!
//! Pure like the rest of the core: the files come through the [`FileSystem`] the caller gives,
//! and what is to be printed comes back as text ([`Outcome`]); the caller prints it.

pub mod project;

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};
use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::termcolor::{Ansi, NoColor, WriteColor};
use codespan_reporting::term::{self, Config};
use serde::Serialize;

use crate::date::Date;
use crate::portfolio::Portfolio;
use crate::reach::{self, Reach};
use crate::{catalogue, check as check_template, Channel, CheckOptions, Context, Diagnostic, Format, Locale, Severity};
use project::{Projects, Settings};

/// The program's one-line description (`dunning --help`), the same for both programs.
pub const ABOUT: &str = "Typed #hashtag templates for credit-collection letters, e-mails and SMS";

/// The subcommands both programs run; the native CLI adds its own beside them.
#[derive(Subcommand)]
pub enum Shared {
    /// Check templates: every unknown or misplaced hashtag and unsafe HTML, all at once. A
    /// dunning.toml in a template's directory or above sets its format, channel and context;
    /// the flags override it.
    Check(CheckArgs),
    /// List every hashtag with its type, scope, channels and description.
    Catalogue(CatalogueArgs),
}

/// `dunning check`'s arguments.
#[derive(Args)]
pub struct CheckArgs {
    /// The templates' format [default: dunning.toml's, else from each file's extension:
    /// .md, .html, .txt]
    #[arg(long, value_parser = parse_with::<Format>)]
    pub format: Option<Format>,
    /// The channel the templates are sent on [default: dunning.toml's, else email]
    #[arg(long, value_parser = parse_with::<Channel>)]
    pub channel: Option<Channel>,
    /// scenario (no selected items) or specific (a specific action's selected items)
    /// [default: dunning.toml's, else scenario]
    #[arg(long, value_parser = parse_with::<Context>)]
    pub context: Option<Context>,
    #[arg(long, value_enum, default_value_t = CheckOutput::Human)]
    pub output: CheckOutput,
    /// A portfolio: check every template it holds (each scenario step, each specific
    /// action) against every customer it reaches on --date, and report what it does to
    /// them (missing values, SMS segments, the amount asked, who cannot be reached).
    #[arg(long, conflicts_with = "paths")]
    pub data: Option<PathBuf>,
    /// The date of the reach report, YYYY-MM-DD [default: today]
    #[arg(long, value_parser = parse_with::<Date>, requires = "data", conflicts_with = "paths")]
    pub date: Option<Date>,
    /// Template files, or directories to search for *.md, *.html and *.txt.
    #[arg(required_unless_present = "data")]
    pub paths: Vec<PathBuf>,
}

/// `dunning catalogue`'s arguments.
#[derive(Args)]
pub struct CatalogueArgs {
    /// The descriptions' language.
    #[arg(long, default_value = "en", value_parser = parse_with::<Locale>)]
    pub locale: Locale,
    #[arg(long, value_enum, default_value_t = CheckOutput::Human)]
    pub output: CheckOutput,
}

/// `--output` of `check` and `catalogue`.
#[derive(Clone, Copy, ValueEnum)]
pub enum CheckOutput {
    Human,
    Json,
}

/// Lets clap report the library's own message for a bad value (`unknown channel "fax"; ...`).
///
/// # Errors
/// The value's `FromStr` error, as text.
pub fn parse_with<T: std::str::FromStr>(text: &str) -> Result<T, String>
where
    T::Err: std::fmt::Display,
{
    text.parse().map_err(|error: T::Err| error.to_string())
}

/// The files as the program's host reads them. Errors are the system's words for the failure
/// (`No such file or directory (os error 2)`): they are printed after the path.
pub trait FileSystem {
    /// Whether `path` is a directory (following links).
    ///
    /// # Errors
    /// When `path` cannot be looked up.
    fn is_dir(&self, path: &Path) -> Result<bool, String>;
    /// The paths of a directory's entries (`path` joined with each name), in any order.
    ///
    /// # Errors
    /// When the directory cannot be listed.
    fn read_dir(&self, path: &Path) -> Result<Vec<PathBuf>, String>;
    /// Whether `path` is a file (following links); false when it cannot be looked up.
    fn is_file(&self, path: &Path) -> bool;
    /// A file's bytes.
    ///
    /// # Errors
    /// When the file cannot be read.
    fn read(&self, path: &Path) -> Result<Vec<u8>, String>;
    /// The working directory, which relative paths are relative to (the project file is
    /// searched for in a template's directory and above).
    ///
    /// # Errors
    /// When the host has none.
    fn current_dir(&self) -> Result<PathBuf, String>;
}

/// What a command prints and its exit status: 0 no errors (warnings allowed), 1 the input has
/// errors, 2 a usage or I/O error. The caller writes `stdout`, then `stderr`.
#[derive(Debug, Default, Serialize)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: u8,
}

impl Outcome {
    /// A usage or I/O error said in one line (`dunning: …`), after what was already printed.
    fn failed(mut self, message: &str) -> Outcome {
        self.stderr.push_str(&format!("dunning: {message}\n"));
        self.status = 2;
        self
    }
}

/// Whether to colour: the human report on stdout, clap's messages on stderr.
#[derive(Debug, Clone, Copy, Default)]
pub struct Colors {
    pub stdout: bool,
    pub stderr: bool,
}

/// The subcommands of the native CLI that the npm package's does not run.
const NATIVE_ONLY: [&str; 8] = ["render", "letters", "agenda", "history", "sample", "schema", "import", "lsp"];

/// The npm package's command line: `check` and `catalogue`.
#[derive(Parser)]
#[command(name = "dunning", bin_name = "dunning", version, about = ABOUT)]
struct PackageCli {
    #[command(subcommand)]
    command: Shared,
}

/// Runs the npm package's `dunning` on `args` (without the program's name): parsed by the same
/// definition as the native CLI's `check` and `catalogue`, so its usage errors and `--help` are
/// the same text too.
pub fn run(args: &[String], files: &dyn FileSystem, today: Date, colors: Colors) -> Outcome {
    if let Some(native) =
        args.iter().find(|arg| !arg.starts_with('-')).filter(|arg| NATIVE_ONLY.contains(&arg.as_str()))
    {
        return Outcome::default().failed(&format!(
            "`{native}` is the native CLI's only: the npm package runs `check` and `catalogue` (README: Check templates in CI without Rust)"
        ));
    }
    let argv = std::iter::once("dunning".to_owned()).chain(args.iter().cloned());
    match PackageCli::try_parse_from(argv) {
        Ok(PackageCli { command }) => run_shared(&command, files, today, colors.stdout),
        Err(error) => {
            let styled = error.render();
            let text = if colors.stderr && error.use_stderr() || colors.stdout && !error.use_stderr() {
                styled.ansi().to_string()
            } else {
                styled.to_string()
            };
            let status = u8::try_from(error.exit_code()).unwrap_or(2);
            if error.use_stderr() {
                Outcome { stderr: text, status, ..Outcome::default() }
            } else {
                Outcome { stdout: text, status, ..Outcome::default() }
            }
        }
    }
}

/// Runs `check` or `catalogue`; `color`: the human report in colour (a terminal).
pub fn run_shared(command: &Shared, files: &dyn FileSystem, today: Date, color: bool) -> Outcome {
    match command {
        Shared::Check(args) => match &args.data {
            Some(data) => check_reach(data, args.date.unwrap_or(today), args.output, files, color),
            None => check(args, files, color),
        },
        Shared::Catalogue(args) => catalogue(args),
    }
}

/// One checked file, as `check --output json` prints it.
#[derive(Serialize)]
struct FileReport {
    path: String,
    diagnostics: Vec<Diagnostic>,
}

/// `dunning check FILE|DIR...`: each file's diagnostics, rustc-style or as JSON, each file
/// checked as the flags, then its `dunning.toml`, then its extension say.
pub fn check(args: &CheckArgs, files: &dyn FileSystem, color: bool) -> Outcome {
    let mut outcome = Outcome::default();
    let mut paths = Vec::new();
    for path in &args.paths {
        if let Err(message) = collect_templates(files, path, &mut paths) {
            return outcome.failed(&message);
        }
    }
    // Every file's options before any output: a file whose format is unknown, or a project
    // file that does not read, stops the command before it prints anything.
    let flags = Settings { format: args.format, channel: args.channel, context: args.context, locale: None };
    let mut projects = Projects::default();
    let mut checks = Vec::new();
    for path in paths {
        let settings = match projects.settings_for(files, &path) {
            Ok(project) => flags.over(project),
            Err(error) => return outcome.failed(&error.to_string()),
        };
        let Some(format) = settings.format.or_else(|| format_of(&path)) else {
            let message = format!(
                "{}: cannot tell the format from the extension; pass --format or set it in dunning.toml",
                path.display()
            );
            return outcome.failed(&message);
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
    for (path, options) in checks {
        let source = match read_template(files, &path) {
            Ok(source) => source,
            Err(message) => {
                // Keep checking the other files: one bad file hides nothing else.
                outcome.stderr.push_str(&format!("dunning: {message}\n"));
                unreadable = true;
                continue;
            }
        };
        let diagnostics = check_template(&source, &options);
        let path = path.display().to_string();
        if let CheckOutput::Human = args.output {
            match human(&path, &source, &diagnostics, color) {
                Ok(text) => outcome.stdout.push_str(&text),
                Err(message) => return outcome.failed(&message),
            }
        }
        reports.push(FileReport { path, diagnostics });
    }
    let count = |severity| reports.iter().flat_map(|r| &r.diagnostics).filter(|d| d.severity == severity).count();
    let errors = count(Severity::Error);
    match args.output {
        CheckOutput::Json => {
            let json = serde_json::json!({ "files": reports });
            outcome.stdout.push_str(&format!("{json}\n"));
        }
        CheckOutput::Human => {
            let warnings = count(Severity::Warning);
            let summary = format!("checked {} file(s): {errors} error(s), {warnings} warning(s)\n", reports.len());
            outcome.stderr.push_str(&summary);
        }
    }
    outcome.status = if unreadable {
        2
    } else if errors > 0 {
        1
    } else {
        0
    };
    outcome
}

/// `dunning check --data`: the reach report of every template of a portfolio, JSON, or each
/// template's diagnostics rustc-style under a heading naming it, then its counts. Status 1 when
/// one has an error, or when the portfolio does not load (each problem on its own line).
pub fn check_reach(data: &Path, date: Date, output: CheckOutput, files: &dyn FileSystem, color: bool) -> Outcome {
    let mut outcome = Outcome::default();
    let text = match files.read(data) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            // What `std::fs::read_to_string` says.
            Err(_) => return outcome.failed(&format!("{}: stream did not contain valid UTF-8", data.display())),
        },
        Err(message) => return outcome.failed(&format!("{}: {message}", data.display())),
    };
    let portfolio = match Portfolio::from_json(&text) {
        Ok(portfolio) => portfolio,
        Err(error) => {
            for problem in error.to_string().lines() {
                outcome.stderr.push_str(&format!("{}: {problem}\n", data.display()));
            }
            outcome.status = 1;
            return outcome;
        }
    };
    let reaches = reach::portfolio_reach(&portfolio, date);
    let count =
        |severity| reaches.iter().flat_map(|entry| &entry.reach.diagnostics).filter(|d| d.severity == severity).count();
    let errors = count(Severity::Error);
    match output {
        CheckOutput::Json => {
            let json = serde_json::json!({ "date": date.to_string(), "templates": reaches });
            outcome.stdout.push_str(&format!("{json}\n"));
        }
        CheckOutput::Human => {
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
                let name = format!("{} ({action})", data.display());
                match human(&name, entry.body, &entry.reach.diagnostics, color) {
                    Ok(text) => outcome.stdout.push_str(&text),
                    Err(message) => return outcome.failed(&message),
                }
                outcome.stdout.push_str(&format!("{name}: {}\n", reach_summary(&entry.reach)));
            }
            let warnings = count(Severity::Warning);
            outcome.stderr.push_str(&format!(
                "checked {} template(s) against their customers: {errors} error(s), {warnings} warning(s)\n",
                reaches.len()
            ));
        }
    }
    outcome.status = u8::from(errors > 0);
    outcome
}

/// One line of counts under a template's diagnostics.
fn reach_summary(reach: &Reach) -> String {
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
fn collect_templates(files: &dyn FileSystem, path: &Path, found: &mut Vec<PathBuf>) -> Result<(), String> {
    let is_dir = files.is_dir(path).map_err(|error| format!("{}: {error}", path.display()))?;
    if !is_dir {
        found.push(path.to_owned());
        return Ok(());
    }
    let mut entries = files.read_dir(path).map_err(|error| format!("{}: {error}", path.display()))?;
    entries.sort();
    for entry in entries {
        if files.is_dir(&entry).unwrap_or(false) {
            collect_templates(files, &entry, found)?;
        } else if format_of(&entry).is_some() {
            found.push(entry);
        }
    }
    Ok(())
}

/// A template's format from its file's extension.
#[must_use]
pub fn format_of(path: &Path) -> Option<Format> {
    Format::from_extension(path.extension()?.to_str()?)
}

/// A template's text.
///
/// # Errors
/// When it cannot be read or is not UTF-8, a message naming the file.
pub fn read_template(files: &dyn FileSystem, path: &Path) -> Result<String, String> {
    let bytes = files.read(path).map_err(|error| format!("{}: {error}", path.display()))?;
    String::from_utf8(bytes).map_err(|error| {
        format!("{}: not UTF-8 text (invalid byte at offset {})", path.display(), error.utf8_error().valid_up_to())
    })
}

/// rustc-style: the message, the source line with a caret under the span, and the fix; in
/// colour (ANSI) when `color`.
///
/// # Errors
/// When a diagnostic's span is not in `source` (a defect), codespan-reporting's message.
pub fn human(path: &str, source: &str, diagnostics: &[Diagnostic], color: bool) -> Result<String, String> {
    let mut buffer = Vec::new();
    if color {
        emit_all(&mut Ansi::new(&mut buffer), path, source, diagnostics)?;
    } else {
        emit_all(&mut NoColor::new(&mut buffer), path, source, diagnostics)?;
    }
    Ok(String::from_utf8_lossy(&buffer).into_owned())
}

fn emit_all(out: &mut impl WriteColor, path: &str, source: &str, diagnostics: &[Diagnostic]) -> Result<(), String> {
    let file = SimpleFile::new(path, source);
    let config = Config::default();
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
        term::emit_to_write_style(out, &config, &file, &report).map_err(|error| error.to_string())?;
    }
    Ok(())
}

/// `dunning catalogue`: every hashtag, as a table or JSON.
#[must_use]
pub fn catalogue(args: &CatalogueArgs) -> Outcome {
    let entries = catalogue::entries();
    match args.output {
        CheckOutput::Json => match serde_json::to_string(&catalogue::described(args.locale)) {
            Ok(json) => Outcome { stdout: format!("{json}\n"), ..Outcome::default() },
            Err(error) => Outcome::default().failed(&error.to_string()),
        },
        CheckOutput::Human => {
            let width = entries.iter().map(|entry| entry.name.len()).max().unwrap_or(0) + 1;
            let mut table = String::new();
            for entry in entries {
                table.push_str(&format!(
                    "#{:<width$} {:<8} {:<9} {}\n",
                    entry.name,
                    entry.ty.name(),
                    entry.scope.name(),
                    entry.description(args.locale)
                ));
            }
            Outcome { stdout: table, ..Outcome::default() }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// Files in memory: paths to contents; a directory is any prefix of a path.
    struct Memory(BTreeMap<PathBuf, Vec<u8>>);

    impl FileSystem for Memory {
        fn is_dir(&self, path: &Path) -> Result<bool, String> {
            if self.0.contains_key(path) {
                return Ok(false);
            }
            if self.0.keys().any(|file| file.starts_with(path)) {
                return Ok(true);
            }
            Err("No such file or directory (os error 2)".to_owned())
        }
        fn read_dir(&self, path: &Path) -> Result<Vec<PathBuf>, String> {
            let mut entries: Vec<PathBuf> = self
                .0
                .keys()
                .filter_map(|file| file.strip_prefix(path).ok()?.components().next().map(|first| path.join(first)))
                .collect();
            entries.dedup();
            entries.reverse();
            Ok(entries)
        }
        fn is_file(&self, path: &Path) -> bool {
            self.0.contains_key(path)
        }
        fn read(&self, path: &Path) -> Result<Vec<u8>, String> {
            self.0.get(path).cloned().ok_or_else(|| "No such file or directory (os error 2)".to_owned())
        }
        fn current_dir(&self) -> Result<PathBuf, String> {
            Ok(PathBuf::from("/w"))
        }
    }

    fn memory(files: &[(&str, &str)]) -> Memory {
        Memory(files.iter().map(|(path, text)| (PathBuf::from(path), text.as_bytes().to_vec())).collect())
    }

    fn run_args(args: &[&str], files: &Memory) -> Outcome {
        let args: Vec<String> = args.iter().map(|arg| (*arg).to_owned()).collect();
        run(&args, files, Date::from_days_since_1970(0), Colors::default())
    }

    #[test]
    fn a_directory_is_walked_in_order_and_errors_exit_one() {
        let files = memory(&[("t/b.md", "Dear #contact_nme"), ("t/a.txt", "Hi #customer_name"), ("t/x.json", "{}")]);
        let outcome = run_args(&["check", "t"], &files);
        assert_eq!(outcome.status, 1);
        assert!(
            outcome.stdout.find("t/a.txt").is_none() && outcome.stdout.contains("t/b.md:1:6"),
            "{}",
            outcome.stdout
        );
        assert_eq!(outcome.stderr, "checked 2 file(s): 1 error(s), 0 warning(s)\n");
    }

    #[test]
    fn an_unreadable_file_is_said_and_the_others_still_checked() {
        let mut files = memory(&[("a.md", "Dear #customer_name")]);
        files.0.insert(PathBuf::from("b.md"), vec![b'D', 0xe9]);
        let outcome = run_args(&["check", "--output", "json", "a.md", "b.md"], &files);
        assert_eq!(outcome.status, 2);
        assert_eq!(outcome.stderr, "dunning: b.md: not UTF-8 text (invalid byte at offset 1)\n");
        assert_eq!(outcome.stdout, "{\"files\":[{\"diagnostics\":[],\"path\":\"a.md\"}]}\n");
    }

    #[test]
    fn a_path_that_is_not_there_stops_before_any_check() {
        let outcome = run_args(&["check", "a.md", "missing.md"], &memory(&[("a.md", "Dear #contact_nme")]));
        assert_eq!((outcome.status, outcome.stdout.as_str()), (2, ""));
        assert_eq!(outcome.stderr, "dunning: missing.md: No such file or directory (os error 2)\n");
    }

    #[test]
    fn usage_errors_are_claps_own_and_exit_two() {
        let outcome = run_args(&["check", "--chanel", "sms", "a.md"], &memory(&[]));
        assert_eq!(outcome.status, 2);
        assert!(outcome.stderr.starts_with("error: unexpected argument '--chanel' found"), "{}", outcome.stderr);
        assert!(outcome.stderr.contains("Usage: dunning check"), "{}", outcome.stderr);
        let date = run_args(&["check", "--date", "2026-11-23", "a.md"], &memory(&[("a.md", "Hi")]));
        assert_eq!(date.status, 2, "--date is the reach report's: {}", date.stdout);
        let help = run_args(&["check", "--help"], &memory(&[]));
        assert_eq!((help.status, help.stderr.as_str()), (0, ""));
        assert!(help.stdout.contains("--channel <CHANNEL>"), "{}", help.stdout);
    }

    #[test]
    fn the_nearest_project_file_is_read_through_the_file_system_from_the_working_directory() {
        // The working directory is /w: `p/a.txt` is /w/p/a.txt, governed by /w/p/dunning.toml.
        let files = memory(&[
            ("/w/p/dunning.toml", "channel = \"sms\"\n\n[[override]]\nfiles = \"*.tpl\"\nformat = \"html\"\n"),
            ("p/a.txt", "#items_list\n"),
            ("p/old.tpl", "<p>#customer_name</p>\n"),
        ]);
        let outcome = run_args(&["check", "--output", "json", "p/a.txt", "p/old.tpl"], &files);
        assert_eq!(outcome.status, 1, "{}", outcome.stderr);
        assert!(outcome.stdout.contains("channel-not-supported"), "SMS from the project file: {}", outcome.stdout);
        let flags = run_args(&["check", "--channel", "email", "p/a.txt"], &files);
        assert_eq!((flags.status, flags.stdout.as_str()), (0, ""), "{}", flags.stderr);
    }

    #[test]
    fn a_broken_project_file_stops_the_check_with_its_place() {
        let files = memory(&[("/w/p/dunning.toml", "\nchannel = \"fax\"\n"), ("p/a.md", "Dear #contact_nme")]);
        let outcome = run_args(&["check", "p/a.md"], &files);
        assert_eq!((outcome.status, outcome.stdout.as_str()), (2, ""));
        assert!(
            outcome.stderr.starts_with("dunning: /w/p/dunning.toml:2:11: unknown channel \"fax\""),
            "{}",
            outcome.stderr
        );
    }

    #[test]
    fn the_native_only_commands_are_named_as_such() {
        let outcome = run_args(&["render", "a.md"], &memory(&[]));
        assert_eq!(outcome.status, 2);
        assert!(outcome.stderr.starts_with("dunning: `render` is the native CLI's only"), "{}", outcome.stderr);
    }

    #[test]
    fn colour_is_ansi_and_only_when_asked() {
        let diagnostics = check_template("Dear #contact_nme", &CheckOptions::default());
        let plain = human("a.md", "Dear #contact_nme", &diagnostics, false).unwrap();
        let coloured = human("a.md", "Dear #contact_nme", &diagnostics, true).unwrap();
        assert!(!plain.contains('\u{1b}') && coloured.contains("\u{1b}["));
    }
}

//! `dunning`, the command line: checks templates for CI and lists the hashtag catalogue.
//!
//! This file only parses arguments, reads files and prints; the work is the library's.
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

use dunning::catalogue;
use dunning::{check, Channel, CheckOptions, Context, Diagnostic, Format, Locale, Severity};

#[derive(Parser)]
#[command(name = "dunning", version, about = "Typed #hashtag templates for credit-collection letters, e-mails and SMS")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check templates: every unknown or misplaced hashtag and unsafe HTML, all at once.
    Check {
        /// The templates' format [default: from each file's extension: .md, .html, .txt]
        #[arg(long, value_parser = parse_with::<Format>)]
        format: Option<Format>,
        /// The channel the templates are sent on.
        #[arg(long, default_value = "email", value_parser = parse_with::<Channel>)]
        channel: Channel,
        /// scenario (no selected items) or specific (a specific action's selected items).
        #[arg(long, default_value = "scenario", value_parser = parse_with::<Context>)]
        context: Context,
        #[arg(long, value_enum, default_value_t = CheckOutput::Human)]
        output: CheckOutput,
        /// Template files, or directories to search for *.md, *.html and *.txt.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// List every hashtag with its type, scope, channels and description.
    Catalogue {
        /// The descriptions' language.
        #[arg(long, default_value = "en", value_parser = parse_with::<Locale>)]
        locale: Locale,
        #[arg(long, value_enum, default_value_t = CatalogueOutput::Human)]
        output: CatalogueOutput,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckOutput {
    Human,
    Json,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { format, channel, context, output, paths } => {
            run_check(&paths, format, channel, context, output)
        }
        Command::Catalogue { locale, output } => run_catalogue(locale, output),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("dunning: {message}");
            ExitCode::from(2)
        }
    }
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
    channel: Channel,
    context: Context,
    output: CheckOutput,
) -> Result<ExitCode, String> {
    let mut files = Vec::new();
    for path in paths {
        collect_templates(path, format.is_some(), &mut files)?;
    }
    let mut reports = Vec::new();
    let mut unreadable = false;
    let mut stdout = StandardStream::stdout(color_choice());
    for path in files {
        let source = match read_template(&path) {
            Ok(source) => source,
            Err(message) => {
                // Keep checking the other files: one bad file hides nothing else.
                eprintln!("dunning: {message}");
                unreadable = true;
                continue;
            }
        };
        let Some(format) = format.or_else(|| format_of(&path)) else {
            return Err(format!("{}: cannot tell the format from the extension; pass --format", path.display()));
        };
        let diagnostics = check(&source, &CheckOptions { format, channel, context });
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
            println!("{json}");
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

/// Adds `path` (a file) or the templates below it (a directory), sorted for stable output.
fn collect_templates(path: &Path, any_extension: bool, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let metadata = std::fs::metadata(path).map_err(|error| format!("{}: {error}", path.display()))?;
    if !metadata.is_dir() {
        if !any_extension && format_of(path).is_none() {
            return Err(format!("{}: cannot tell the format from the extension; pass --format", path.display()));
        }
        files.push(path.to_owned());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .and_then(|entries| entries.map(|entry| entry.map(|entry| entry.path())).collect())
        .map_err(|error| format!("{}: {error}", path.display()))?;
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect_templates(&entry, any_extension, files)?;
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
fn color_choice() -> ColorChoice {
    if std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
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
) -> Result<(), String> {
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
        let report = Report::new(severity)
            .with_code(diagnostic.code.name())
            .with_message(&diagnostic.message)
            .with_labels(vec![Label::primary((), diagnostic.span.range())])
            .with_notes(notes);
        term::emit_to_write_style(&mut out, &config, &file, &report).map_err(|error| error.to_string())?;
    }
    out.flush().map_err(|error| error.to_string())
}

fn run_catalogue(locale: Locale, output: CatalogueOutput) -> Result<ExitCode, String> {
    let entries = catalogue::entries();
    match output {
        CatalogueOutput::Json => {
            println!("{}", serde_json::to_string(&catalogue::described(locale)).map_err(|error| error.to_string())?);
        }
        CatalogueOutput::Human => {
            let width = entries.iter().map(|entry| entry.name.len()).max().unwrap_or(0) + 1;
            for entry in entries {
                println!(
                    "#{:<width$} {:<8} {:<9} {}",
                    entry.name,
                    entry.ty.name(),
                    entry.scope.name(),
                    entry.description(locale)
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

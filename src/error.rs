//! The library's one error type: a request that cannot be carried out (a word outside its
//! vocabulary, an unknown customer, a portfolio that does not load). Problems *in* a template
//! or in the data a template reads are not errors but [`Diagnostic`](crate::Diagnostic)s,
//! returned beside the output.
//!
//! A program acts on the [`ErrorKind`]; a person reads the detail. JavaScript receives an
//! `Error` whose `code` is [`ErrorKind::code`] (`src/wasm/`); the CLI maps the kind to its exit
//! status (`src/bin/dunning/main.rs`).

use std::fmt;

/// What kind of request failed. New kinds may come: match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A call's argument is not of the shape it takes: not a string, an unknown option, a
    /// required option missing.
    InvalidArgument,
    /// A word outside its vocabulary: a channel, format, context, locale, mode, state, output
    /// or `show` name.
    UnknownName,
    /// A value that does not read as its type: a date, a time of day, an amount.
    InvalidValue,
    /// The portfolio has no such customer, item, user or action.
    NotFound,
    /// The request contradicts the portfolio: an item of another customer, a confirmation of
    /// an action that needs none.
    Conflict,
    /// The portfolio does not load: [`Error::problems`] lists each problem with its JSON path.
    InvalidPortfolio,
    /// The editor's drafts could not be read or written (the browser's storage).
    Storage,
    /// CSV exports that do not import (`dunning import`): [`Error::problems`] lists each
    /// problem as `file:line:column`, with the value.
    InvalidImport,
    /// A defect of the library (a result it could not hand over): worth a bug report.
    Internal,
}

/// The stable code of each kind, in `ErrorKind` order: JS's `error.code`.
const CODES: [(ErrorKind, &str); 9] = [
    (ErrorKind::InvalidArgument, "invalid-argument"),
    (ErrorKind::UnknownName, "unknown-name"),
    (ErrorKind::InvalidValue, "invalid-value"),
    (ErrorKind::NotFound, "not-found"),
    (ErrorKind::Conflict, "conflict"),
    (ErrorKind::InvalidPortfolio, "invalid-portfolio"),
    (ErrorKind::Storage, "storage"),
    (ErrorKind::InvalidImport, "invalid-import"),
    (ErrorKind::Internal, "internal"),
];

impl ErrorKind {
    /// Every kind, in declaration order.
    pub fn all() -> impl Iterator<Item = ErrorKind> {
        CODES.iter().map(|(kind, _)| *kind)
    }

    /// The kind's stable name, as JS's `error.code` gives it.
    pub fn code(self) -> &'static str {
        CODES[self as usize].1
    }
}

/// A request that cannot be carried out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    detail: String,
    problems: Vec<String>,
}

/// More problems than this are counted, not listed, in the message.
const LISTED_PROBLEMS: usize = 20;

impl Error {
    pub fn new(kind: ErrorKind, detail: impl Into<String>) -> Error {
        Error { kind, detail: detail.into(), problems: Vec::new() }
    }

    /// A portfolio that does not load, with every problem found (each with its JSON path).
    pub fn invalid_portfolio(problems: Vec<String>) -> Error {
        Error { kind: ErrorKind::InvalidPortfolio, detail: String::new(), problems }
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// CSV exports that do not import, with every problem found (each with its file, line
    /// and column).
    pub fn invalid_import(problems: Vec<String>) -> Error {
        Error { kind: ErrorKind::InvalidImport, detail: String::new(), problems }
    }

    /// The portfolio's or the import's problems; empty for other kinds.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// The same error, its detail preceded by where it happened (`render options: …`).
    pub fn context(mut self, what: &str) -> Error {
        self.detail = format!("{what}: {}", self.detail);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.detail)?;
        for (index, problem) in self.problems.iter().take(LISTED_PROBLEMS).enumerate() {
            if index > 0 || !self.detail.is_empty() {
                f.write_str("\n")?;
            }
            f.write_str(problem)?;
        }
        if self.problems.len() > LISTED_PROBLEMS {
            write!(f, "\n… and {} more problems", self.problems.len() - LISTED_PROBLEMS)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn codes_are_in_kind_order() {
        for (index, (kind, _)) in CODES.iter().enumerate() {
            assert_eq!(*kind as usize, index);
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_portfolio_error_lists_twenty_problems_and_counts_the_rest() {
        let error = Error::invalid_portfolio((0..23).map(|n| format!("items[{n}]: x")).collect());
        let message = error.to_string();
        assert_eq!(message.lines().count(), 21);
        assert!(message.starts_with("items[0]: x\n") && message.ends_with("… and 3 more problems"));
    }
}

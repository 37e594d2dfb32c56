//! `dunning`: typed `#hashtag` templates for credit-collection letters, e-mails and SMS.
//!
//! A template is text (Markdown, HTML or plain text) with hashtags such as `#items_list` or
//! `#items_amount_include_late_penalties`. Every hashtag has a type in the [`catalogue`], so a
//! template is checked completely before anything is sent: [`check::check`] returns every
//! problem at once, each with a stable code, a span and, where one exists, a fix.
//!
//! A template is parsed once by [`template`] into nodes, which [`check`] turns into
//! diagnostics and [`render`] into output with one customer's values from a [`portfolio`];
//! [`safety`] rebuilds template HTML from an allowlist; [`agenda`] plans who receives what. The
//! same core compiles natively (the `dunning` CLI) and to WebAssembly (the `wasm` module, the
//! only one that knows JavaScript). ARCHITECTURE.md at the top of the repository is the map.

pub mod account;
pub mod agenda;
pub mod catalogue;
pub mod channel;
pub mod check;
#[cfg(feature = "cli-core")]
pub mod cli;
pub mod date;
pub mod diagnostic;
pub mod error;
pub mod escape;
#[cfg(feature = "import")]
pub mod import;
pub mod legal;
pub mod locale;
pub mod money;
pub mod penalty;
pub mod portfolio;
pub mod reach;
pub mod render;
pub mod safety;
#[cfg(feature = "sample")]
pub mod sample;
#[cfg(feature = "schema")]
pub mod schema;
pub mod signature;
pub mod sms;
pub mod sort;
pub mod source;
pub mod suggestion;
pub mod template;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use channel::{Channel, Context};
pub use check::{check, CheckOptions};
pub use diagnostic::{Code, Diagnostic, Severity};
pub use error::{Error, ErrorKind};
pub use locale::Locale;
pub use template::{Format, Template};

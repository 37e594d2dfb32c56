//! Templates: source text in one of three formats, parsed once into a flat list of [`Node`]s
//! that the checker and the renderers consume without parsing again.
//!
//! ```
//! use dunning::template::{Format, Node, Template};
//!
//! let template = Template::parse("Dear **#contact_name**, see `#not_a_hashtag`.", Format::Markdown);
//! let names: Vec<_> = template.hashtags().map(|hashtag| hashtag.name).collect();
//! assert_eq!(names, ["contact_name"]);
//! ```

mod html;
mod markdown;
mod node;
pub mod scan;
mod text;

use crate::error::{Error, ErrorKind};
use crate::source;
use std::fmt;
use std::str::FromStr;

pub use markdown::options as markdown_options;
pub use node::{Attribute, AttributeValue, Hashtag, HtmlTag, Node, Place};
pub use pulldown_cmark::{CowStr, Event};

/// How a template's text is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Format {
    /// CommonMark with tables and strikethrough; raw HTML inside is HTML.
    #[default]
    Markdown,
    /// An HTML fragment, as a rich-text editor writes it.
    Html,
    /// Plain text: SMS bodies and e-mail subjects.
    Text,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Markdown, Format::Html, Format::Text];

    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Text => "text",
        }
    }

    /// Its title in a user interface.
    pub fn title(self) -> &'static str {
        match self {
            Format::Markdown => "Markdown",
            Format::Html => "HTML",
            Format::Text => "Plain text",
        }
    }

    /// The format a file's extension implies: `.md`, `.html`/`.htm`, `.txt`.
    pub fn from_extension(extension: &str) -> Option<Format> {
        match extension.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "txt" => Some(Format::Text),
            _ => None,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = Error;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        match name {
            "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "text" => Ok(Format::Text),
            _ => Err(Error::new(
                ErrorKind::UnknownName,
                format!("unknown format \"{name}\"; expected markdown, html or text"),
            )),
        }
    }
}

/// A parsed template. Parsing never fails: whatever the text, every hashtag and every piece of
/// markup is found, so that a template being typed can still be checked and previewed.
#[derive(Debug)]
pub struct Template<'s> {
    pub source: &'s str,
    pub format: Format,
    pub nodes: Vec<Node<'s>>,
}

impl<'s> Template<'s> {
    pub fn parse(source: &'s str, format: Format) -> Template<'s> {
        let nodes = match format {
            Format::Markdown => markdown::parse(source),
            Format::Html => html::parse(source, 0..source.len()),
            Format::Text => text::parse(source),
        };
        Template { source, format, nodes }
    }

    /// Whether the template holds HTML of its own (an HTML template, raw HTML in Markdown),
    /// which the renderer rebuilds from the allowlist (`crate::safety`).
    pub fn has_markup(&self) -> bool {
        self.nodes.iter().any(|node| matches!(node, Node::Html(..) | Node::Tag(_)))
    }

    /// Every hashtag, in source order, wherever it stands (text, attribute, link destination).
    pub fn hashtags(&self) -> impl Iterator<Item = &Hashtag<'s>> {
        self.nodes.iter().flat_map(Node::hashtags)
    }
}

/// Whether scanned text is plain text or HTML source, which decides the nodes it becomes.
#[derive(Clone, Copy)]
enum TextKind {
    Plain,
    Html,
}

/// Scans `span` of `source` for hashtags and `##` escapes and appends the resulting nodes.
fn push_scanned<'s>(
    nodes: &mut Vec<Node<'s>>,
    source: &'s str,
    span: source::Span,
    escaped_start: bool,
    kind: TextKind,
) {
    for piece in scan::pieces(source, span, escaped_start) {
        nodes.push(match piece {
            scan::Piece::Text(span) => match kind {
                TextKind::Plain => Node::Text(&source[span.range()], span),
                TextKind::Html => Node::Html(&source[span.range()], span),
            },
            // `##` prints its first `#`.
            scan::Piece::Escape(span) => match kind {
                TextKind::Plain => Node::Literal(CowStr::Borrowed(&source[span.start..span.start + 1]), span),
                TextKind::Html => Node::Html(&source[span.start..span.start + 1], span),
            },
            scan::Piece::Hashtag(span) => Node::Hashtag(Hashtag::new(source, span, Place::Text)),
        });
    }
}

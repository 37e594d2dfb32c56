//! Safe HTML by construction: template HTML is parsed as a browser parses it, then written
//! anew from an allowlist.
//!
//! A filter that reads template text its own way can be fooled by any construct a browser reads
//! differently (`<noscript>` with scripting on, `<style>` inside `<svg>`, CDATA in foreign
//! content). So the fragment goes through html5ever, a WHATWG-conformant tokenizer and tree
//! builder, in the context where it lands (a `<div>` in a body, scripting on), and only the
//! resulting tree is read: each element, attribute, URL and CSS declaration is kept when the
//! allowlist (`allowlist.rs`) has it, and everything is written canonically: every element
//! closed, every attribute quoted and escaped, all text escaped, no comments, no raw-text
//! element. What a browser (or a mail client, with or without scripting) builds from the output
//! is the tree that was checked, and it cannot close or swallow the container it is put in.
//!
//! The checker runs the same rebuild on the template's own markup and reports each [`Change`]
//! as `unsafe-html`, so a template with no such error renders exactly as written.

mod allowlist;
mod depth;
mod style;
mod tree;
pub mod url;

use html5ever::ns;

use crate::escape;
use crate::source::Span;
use crate::template::HtmlTag;
use allowlist::{
    ACTIVE_ELEMENTS, DROPPED_WITH_CONTENT, GLOBAL_ATTRIBUTES, RAW_TEXT_ELEMENTS, URL_ATTRIBUTES, VOID_ELEMENTS,
};
use tree::{Data, Id, Tree};

/// A fragment rebuilt, and what the rebuild changed.
#[derive(Debug, Default, PartialEq)]
pub struct Rebuilt {
    pub html: String,
    pub changes: Vec<Change>,
}

/// One thing the rebuild did not write as it was parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The element's name, lower case (as the parser reads it).
    pub element: String,
    pub what: Dropped,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dropped {
    /// The element and everything in it.
    Element,
    /// The element's name and attributes: it is written as a `<span>`, its content kept.
    Renamed,
    /// An attribute outside the allowlist.
    Attribute(String),
    /// A URL attribute whose scheme is not allowed.
    Url(String),
    /// A CSS declaration in `style`.
    Style(String),
    /// All the markup, nested deeper than a browser builds: written as text.
    Nesting,
    /// A link's tags inside another link (its content is kept).
    LinkInLink,
    /// All the markup, so misnested that reading it again kept changing it: written as text.
    Unsettled,
}

impl Change {
    /// What the checker says about it.
    pub fn message(&self) -> String {
        let element = &self.element;
        match &self.what {
            Dropped::Element if ACTIVE_ELEMENTS.contains(&element.as_str()) => {
                format!("<{element}> is not allowed in a template: it can run code, load other content or change how the page is read; it is dropped with its content")
            }
            Dropped::Element if is_foreign(element) => {
                format!("<{element}> (inline SVG or MathML) is not allowed in a template: it is dropped with its content; use <img> with a PNG or JPEG")
            }
            Dropped::Element => format!("<{element}> is not allowed in a template: it is dropped with its content"),
            Dropped::Renamed => format!(
                "<{element}> is not an element templates may use: it is written as a <span> without attributes, its content kept"
            ),
            Dropped::Attribute(name) if is_event_handler(name) => {
                format!("the event-handler attribute {name} runs script; it is not allowed and is dropped")
            }
            Dropped::Attribute(name) => format!("the attribute {name} is not allowed on <{element}>; it is dropped"),
            Dropped::Url(name) => format!(
                "{name} on <{element}> holds a URL whose scheme is not allowed (only http, https, mailto, tel, and PNG, JPEG, GIF or WebP data: images); it is dropped"
            ),
            Dropped::LinkInLink => {
                "a link inside a link is not one a browser keeps: the inner link is dropped, its text kept".to_owned()
            }
            Dropped::Nesting => format!(
                "this markup nests more than {} elements deep, more than a browser builds: all of it is shown as text",
                depth::MAX_DEPTH
            ),
            Dropped::Unsettled => "this markup is so misnested that a browser would rebuild it differently each time it reads it: all of it is shown as text; close each element where it was opened".to_owned(),
            Dropped::Style(property) => format!(
                "the style property {property} (or its value) is not allowed: colours, type, alignment and spacing only, with plain values; it is dropped"
            ),
        }
    }
}

fn is_event_handler(name: &str) -> bool {
    name.len() > 2 && name.as_bytes()[..2].eq_ignore_ascii_case(b"on")
}

/// SVG and MathML root names the message can name as such.
fn is_foreign(element: &str) -> bool {
    matches!(element, "svg" | "math")
}

/// Rebuilds an HTML fragment from the allowlist.
pub fn rebuild(html: &str) -> Rebuilt {
    if depth::too_deep(html) {
        let mut text = String::with_capacity(html.len() + html.len() / 4);
        escape::text(&mut text, html);
        return Rebuilt { html: text, changes: vec![Change { element: String::new(), what: Dropped::Nesting }] };
    }
    written(html, Policy::Allowlist)
}

/// The fragment as the parser reads it, written canonically with nothing dropped (but comments):
/// what [`rebuild`] returns for markup that is all allowed. Tests compare the two.
pub fn canonical(html: &str) -> String {
    if depth::too_deep(html) {
        return String::new();
    }
    written(html, Policy::Everything).html
}

/// The fragment parsed and written under `policy`, then read and written again for as long as
/// the parser rearranges what it built, so that what is returned reads back as itself. A
/// written tree has no misplaced or misnested markup left to rearrange but what the previous
/// rearrangement made: two readings settle what tests have found; past [`MAX_READINGS`], the
/// markup is text.
fn written(html: &str, policy: Policy) -> Rebuilt {
    let mut tree = Tree::parse_fragment(html);
    let mut out = Writer::new(policy).write(&tree);
    for _ in 1..MAX_READINGS {
        if !tree.rearranged {
            return out;
        }
        tree = Tree::parse_fragment(&out.html);
        let again = Writer::new(policy).write(&tree);
        out.html = again.html;
        out.changes.extend(again.changes);
    }
    if tree.rearranged {
        out.html.clear();
        escape::text(&mut out.html, html);
        out.changes.push(Change { element: String::new(), what: Dropped::Unsettled });
    }
    out
}

/// How many times a fragment is read before its markup is given up as text.
const MAX_READINGS: usize = 4;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Policy {
    Allowlist,
    Everything,
}

struct Writer {
    policy: Policy,
    out: Rebuilt,
    /// Where the content of the last `<pre>` written starts: a parser drops a newline there.
    pre_content_at: Option<usize>,
    /// How many `<a>` are open: a link written inside a link reads back untangled (the
    /// parser builds one only by reconstructing formatting after a `<select>`).
    open_links: usize,
}

/// A step of the walk: a node to write, or an element to close.
enum Step {
    Open(Id),
    Close(Id),
    CloseSpan,
}

impl Writer {
    fn new(policy: Policy) -> Writer {
        Writer { policy, out: Rebuilt::default(), pre_content_at: None, open_links: 0 }
    }

    /// Walks the tree with an explicit stack: a fragment nested thousands deep is no deeper
    /// for the program's stack.
    fn write(mut self, tree: &Tree) -> Rebuilt {
        let mut steps: Vec<Step> = tree.top_level().iter().rev().map(|&id| Step::Open(id)).collect();
        while let Some(step) = steps.pop() {
            let id = match step {
                Step::Close(id) => {
                    if let Data::Element { name, .. } = &tree.nodes[id].data {
                        if &*name.local == "a" {
                            self.open_links -= 1;
                        }
                        self.out.html.push_str("</");
                        self.out.html.push_str(&name.local);
                        self.out.html.push('>');
                    }
                    continue;
                }
                Step::CloseSpan => {
                    self.out.html.push_str("</span>");
                    continue;
                }
                Step::Open(id) => id,
            };
            let node = &tree.nodes[id];
            let children = node.children.iter().rev().map(|&child| Step::Open(child));
            match &node.data {
                Data::Text(text) => {
                    // A newline first in a <pre> (after whatever was dropped) gets one for the
                    // parser to drop.
                    if text.starts_with('\n') && self.pre_content_at == Some(self.out.html.len()) {
                        self.out.html.push('\n');
                    }
                    escape::text(&mut self.out.html, text);
                }
                Data::Document | Data::Comment => {}
                Data::Element { name, attributes } => {
                    let element = &*name.local;
                    match self.keep(name.ns == ns!(html), element) {
                        Keep::Nothing => self.change(element, Dropped::Element),
                        Keep::All if element == "a" && self.open_links > 0 => {
                            self.change(element, Dropped::LinkInLink);
                            steps.extend(children);
                        }
                        Keep::AsSpan => {
                            self.change(element, Dropped::Renamed);
                            self.out.html.push_str("<span>");
                            steps.push(Step::CloseSpan);
                            steps.extend(children);
                        }
                        Keep::All => {
                            self.open_tag(element, attributes);
                            if VOID_ELEMENTS.contains(&element) {
                                continue;
                            }
                            if element == "pre" {
                                self.pre_content_at = Some(self.out.html.len());
                            }
                            if element == "a" {
                                self.open_links += 1;
                            }
                            steps.push(Step::Close(id));
                            steps.extend(children);
                        }
                    }
                }
            }
        }
        self.out
    }

    fn keep(&self, html: bool, element: &str) -> Keep {
        match self.policy {
            Policy::Everything if html && RAW_TEXT_ELEMENTS.contains(&element) => Keep::Nothing,
            Policy::Everything => Keep::All,
            Policy::Allowlist if !html || DROPPED_WITH_CONTENT.contains(&element) => Keep::Nothing,
            Policy::Allowlist if allowlist::attributes_of(element).is_some() => Keep::All,
            Policy::Allowlist => Keep::AsSpan,
        }
    }

    fn change(&mut self, element: &str, what: Dropped) {
        self.out.changes.push(Change { element: element.to_owned(), what });
    }

    fn open_tag(&mut self, element: &str, attributes: &[html5ever::Attribute]) {
        let allowed = allowlist::attributes_of(element).unwrap_or(&[]);
        self.out.html.push('<');
        self.out.html.push_str(element);
        for attribute in attributes {
            let name = &*attribute.name.local;
            let value = &*attribute.value;
            let listed = attribute.name.ns == ns!() && (GLOBAL_ATTRIBUTES.contains(&name) || allowed.contains(&name));
            if self.policy == Policy::Allowlist && !listed {
                self.change(element, Dropped::Attribute(name.to_owned()));
                continue;
            }
            let rebuilt_style;
            let value = if name == "style" {
                let (kept, dropped) = style::rebuild(value, self.policy == Policy::Everything);
                for property in dropped {
                    self.change(element, Dropped::Style(property));
                }
                if kept.is_empty() {
                    continue;
                }
                rebuilt_style = kept;
                rebuilt_style.as_str()
            } else {
                value
            };
            if self.policy == Policy::Allowlist && URL_ATTRIBUTES.contains(&name) {
                let used = if element == "img" { url::Use::Image } else { url::Use::Link };
                if !url::allowed(value, used) {
                    self.change(element, Dropped::Url(name.to_owned()));
                    continue;
                }
            }
            self.out.html.push(' ');
            self.out.html.push_str(&attribute.name.local);
            self.out.html.push_str("=\"");
            escape::attribute(&mut self.out.html, value);
            self.out.html.push('"');
        }
        self.out.html.push('>');
    }
}

enum Keep {
    /// The element, its allowed attributes and its content.
    All,
    /// Its content, in a `<span>`: an element outside the list is an ordinary element to the
    /// parser (not in the "special" category, which is dropped), as `<span>` is, so the tree
    /// keeps its shape. Dropping its tags instead could nest what a parser never nests:
    /// `<h2><x><h2>` builds an `<h2>` inside an `<h2>`, which `<h2><h2>` does not.
    AsSpan,
    /// Nothing.
    Nothing,
}

/// One problem the template tokenizer sees in a tag before any parsing: a tag never closed
/// with `>` runs to the end of the text, and the parser drops it there.
#[derive(Debug, PartialEq)]
pub struct Finding {
    pub span: Span,
    pub message: String,
}

/// An unclosed tag, if `tag` is one.
pub fn unclosed_tag(tag: &HtmlTag<'_>) -> Option<Finding> {
    (!tag.closed).then(|| Finding {
        span: tag.span,
        message: format!(
            "this <{}{}> tag is never closed with >: it would swallow what follows it where the text is used; close it, or write &lt; for a literal <",
            if tag.closing { "/" } else { "" },
            tag.name
        ),
    })
}

#[cfg(test)]
mod tests;

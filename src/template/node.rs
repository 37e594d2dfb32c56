//! The nodes a parsed template is made of.

use pulldown_cmark::Event;

use crate::catalogue::{self, Entry};
use crate::source::Span;

/// One piece of a parsed template, in source order.
#[derive(Debug, PartialEq)]
pub enum Node<'s> {
    /// Plain text (Markdown text, a code span or block, a text template): shown as text, so a
    /// renderer escapes it for HTML.
    Text(&'s str, Span),
    /// Text whose content differs from its source (a Markdown escape or entity, `##`): the
    /// decoded text, never scanned for hashtags.
    Literal(pulldown_cmark::CowStr<'s>, Span),
    /// HTML source outside tags (text of an HTML template, comments, `<style>` content):
    /// copied into HTML output as it is.
    Html(&'s str, Span),
    /// An HTML start or end tag, with its attributes.
    Tag(HtmlTag<'s>),
    /// A hashtag in text or a link destination (attribute hashtags live in their [`Attribute`]).
    Hashtag(Hashtag<'s>),
    /// Markdown structure: block and inline starts and ends, breaks, rules, code spans.
    Markdown(Event<'s>, Span),
}

impl<'s> Node<'s> {
    /// The hashtags this node holds: itself, or its attributes' for a tag.
    pub fn hashtags(&self) -> impl Iterator<Item = &Hashtag<'s>> {
        let own = match self {
            Node::Hashtag(hashtag) => Some(hashtag),
            _ => None,
        };
        let attributes = match self {
            Node::Tag(tag) => tag.attributes.as_slice(),
            _ => &[],
        };
        own.into_iter().chain(attributes.iter().filter_map(|attribute| attribute.value.as_ref()?.hashtag.as_ref()))
    }
}

/// Where a hashtag stands, which decides the types it may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// In running text.
    Text,
    /// The whole value of an HTML attribute (`href="#payment_link"`).
    Attribute,
    /// The destination of a Markdown link (`[pay](#payment_link)`).
    LinkDestination,
    /// The destination of a Markdown image (`![logo](#company_logo)`).
    ImageDestination,
}

/// `#name` somewhere in the template.
#[derive(Clone, Debug, PartialEq)]
pub struct Hashtag<'s> {
    /// The name, without `#`.
    pub name: &'s str,
    /// From the `#` to the name's end, or to the fallback's closing brace.
    pub span: Span,
    pub place: Place,
    /// The catalogue entry, or `None` for an unknown name.
    pub entry: Option<&'static Entry>,
    /// The text written when the value is missing: `#contact_name{Sir or Madam}`.
    pub fallback: Option<&'s str>,
}

impl<'s> Hashtag<'s> {
    /// The hashtag whose `#` is at `span.start` of `source`.
    pub fn new(source: &'s str, span: Span, place: Place) -> Hashtag<'s> {
        let written = &source[span.range()];
        let name = &written[1..1 + super::scan::scan_name(&written[1..])];
        let fallback = super::scan::fallback(written);
        Hashtag { name, span, place, entry: catalogue::lookup(name), fallback }
    }

    /// The `#name` alone, without its fallback: what a quick fix replaces.
    pub fn name_span(&self) -> Span {
        Span::new(self.span.start, self.span.start + 1 + self.name.len())
    }
}

/// An HTML start tag (`<a href="…">`, `<br/>`) or end tag (`</a>`).
#[derive(Clone, Debug, PartialEq)]
pub struct HtmlTag<'s> {
    /// The whole tag, from `<` to `>` (or to the end of its text, if unclosed).
    pub span: Span,
    /// The tag name as written.
    pub name: &'s str,
    pub closing: bool,
    /// A `>` ends it. An unclosed tag runs to the end of its text, and would swallow whatever
    /// follows the output where it is used: it is unsafe, and prints as text.
    pub closed: bool,
    pub attributes: Vec<Attribute<'s>>,
}

impl HtmlTag<'_> {
    /// Whether the tag is named `name` (ASCII case-insensitive, as HTML compares).
    pub fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }
}

/// `name`, `name=value`, `name="value"` or `name='value'` inside a tag.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribute<'s> {
    pub name: &'s str,
    pub span: Span,
    pub value: Option<AttributeValue<'s>>,
}

/// An attribute's value, without its quotes.
#[derive(Clone, Debug, PartialEq)]
pub struct AttributeValue<'s> {
    pub text: &'s str,
    pub span: Span,
    /// Set when the whole value is one catalogue hashtag (`"#payment_link"`).
    pub hashtag: Option<Hashtag<'s>>,
}

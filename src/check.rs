//! The checker: every diagnostic of a template at once, from one parse.
//!
//! Two readings are not that parse, on purpose: a text template (SMS, subject) is also read as
//! Markdown, only to warn of markup it would show as typed; and a template with HTML of its own
//! has that markup rebuilt by `crate::safety` to name what the renderer's rebuild would drop.
//! The renderer rebuilds its *output* again, because the output, values in, is what must be
//! safe; the checker's rebuild only explains.
//!
//! ```
//! use dunning::check::{check, CheckOptions};
//!
//! let diagnostics = check("Dear #contact_nme,", &CheckOptions::default());
//! assert_eq!(diagnostics[0].code.name(), "unknown-hashtag");
//! assert_eq!(diagnostics[0].suggestion.as_deref(), Some("contact_name"));
//! assert_eq!((diagnostics[0].location.line, diagnostics[0].location.column), (1, 6));
//! ```

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::catalogue::Scope;
use crate::channel::{Channel, Context};
use crate::diagnostic::{self, Code, Diagnostic};
use crate::escape;
use crate::safety::{self, url, Change, Dropped};
use crate::signature::signature_in;
use crate::source::Span;
use crate::suggestion::suggest;
use crate::template::{Format, Hashtag, HtmlTag, Node, Place, Template};

/// What a template is checked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckOptions {
    pub format: Format,
    pub channel: Channel,
    pub context: Context,
}

/// Checks `source` and returns every diagnostic, in source order, located.
pub fn check(source: &str, options: &CheckOptions) -> Vec<Diagnostic> {
    let template = Template::parse(source, options.format);
    check_template(&template, options.channel, options.context)
}

/// Checks an already parsed template (the renderer parses once and checks the same nodes).
pub fn check_template(template: &Template<'_>, channel: Channel, context: Context) -> Vec<Diagnostic> {
    let mut checker = Checker { channel, context, diagnostics: Vec::new() };
    if template.source.trim().is_empty() {
        let span = Span::new(0, template.source.len());
        checker.push(Diagnostic::new(Code::EmptyTemplate, span, "the template is empty".to_owned()));
    }
    for node in &template.nodes {
        for hashtag in node.hashtags() {
            checker.hashtag(hashtag);
        }
        match node {
            Node::Tag(tag) => checker.tag(tag),
            Node::Markdown(Event::Start(Tag::Link { dest_url, .. }), span) => {
                checker.destination(dest_url, url::Use::Link, *span)
            }
            Node::Markdown(Event::Start(Tag::Image { dest_url, .. }), span) => {
                checker.destination(dest_url, url::Use::Image, *span)
            }
            _ => {}
        }
    }
    if channel.is_letter() {
        checker.signature(template);
    }
    if let Some(markup) = own_markup(template) {
        checker.rebuild(template, &markup);
    }
    match template.format {
        Format::Text => checker.markup_in_text(template.source),
        Format::Markdown | Format::Html => checker.blocks_inline(template),
    }
    let mut diagnostics = checker.diagnostics;
    diagnostic::sort(&mut diagnostics);
    diagnostic::locate(template.source, &mut diagnostics);
    diagnostics
}

struct Checker {
    channel: Channel,
    context: Context,
    diagnostics: Vec<Diagnostic>,
}

impl Checker {
    fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn hashtag(&mut self, hashtag: &Hashtag<'_>) {
        let name = hashtag.name;
        let Some(entry) = hashtag.entry else {
            let suggestion = suggest(name);
            let message = match suggestion {
                Some(known) => format!("unknown hashtag #{name}; did you mean #{known}?"),
                None => format!("unknown hashtag #{name}; to print \"#{name}\" as text, write ##{name}"),
            };
            let diagnostic = Diagnostic::new(Code::UnknownHashtag, hashtag.name_span(), message);
            self.push(diagnostic.with_hashtag(name).with_suggestion(suggestion));
            return;
        };
        let ty = entry.ty;
        if hashtag.fallback.is_some() {
            self.fallback(hashtag, entry);
        }
        let fits_place = match hashtag.place {
            Place::Text => true,
            Place::LinkDestination => ty == crate::catalogue::Type::Url,
            Place::Attribute | Place::ImageDestination => ty.fits_attribute(),
        };
        if !fits_place {
            let place = match hashtag.place {
                Place::LinkDestination => "a link destination",
                Place::ImageDestination => "an image source",
                _ => "an attribute value",
            };
            let expected = if hashtag.place == Place::LinkDestination { "a URL" } else { "a URL or an image" };
            let message = format!("#{name} is {}, not {expected}: it cannot be {place}", ty.noun());
            self.push(Diagnostic::new(Code::AttributeType, hashtag.span, message).with_hashtag(name));
        }
        if entry.scope == Scope::Selected && self.context == Context::Scenario {
            let twin = entry.account_twin().map(|twin| twin.name);
            let mut message =
                format!("#{name} needs selected items, and a scenario action has none: use it in a specific action");
            if let Some(twin) = twin {
                message.push_str(&format!(", or write #{twin} for the whole account"));
            }
            let diagnostic = Diagnostic::new(Code::SelectionRequired, hashtag.span, message);
            self.push(diagnostic.with_hashtag(name).with_suggestion(twin));
        }
        if !ty.fits(self.channel) {
            let message = format!("#{name} is {}, which {} cannot show", ty.noun(), self.channel.noun());
            self.push(Diagnostic::new(Code::ChannelNotSupported, hashtag.span, message).with_hashtag(name));
        }
    }

    /// A fallback (`#contact_name{Sir or Madam}`) stands for a text that can be missing.
    fn fallback(&mut self, hashtag: &Hashtag<'_>, entry: &crate::catalogue::Entry) {
        let name = hashtag.name;
        let why = if entry.ty != crate::catalogue::Type::Text {
            format!("#{name} is {}, and a fallback is text: it can only follow a text hashtag", entry.ty.noun())
        } else if !entry.meaning.can_be_missing() {
            format!("#{name} always has a value, so its fallback would never show")
        } else {
            return;
        };
        self.push(Diagnostic::new(Code::FallbackNotAllowed, hashtag.span, why).with_hashtag(name));
    }

    /// A letter template that signs itself (see `crate::signature`).
    fn signature(&mut self, template: &Template<'_>) {
        if let Some(hashtag) = signature_in(template) {
            let message = format!(
                "the letter layout signs under the body (the collector's name, title, phone and e-mail); \
                 this #{} signs here instead, so the layout's block is left out: end the template with \
                 the closing line to let the layout sign",
                hashtag.name
            );
            let diagnostic = Diagnostic::new(Code::SignatureInTemplate, hashtag.span, message);
            self.push(diagnostic.with_hashtag(hashtag.name));
        }
    }

    fn tag(&mut self, tag: &HtmlTag<'_>) {
        if let Some(finding) = safety::unclosed_tag(tag) {
            self.push(Diagnostic::new(Code::UnsafeHtml, finding.span, finding.message));
        }
    }

    fn destination(&mut self, destination: &str, used: url::Use, span: Span) {
        if !url::allowed(destination, used) {
            let message = "this destination's scheme is not allowed (only http, https, mailto, tel, and PNG, JPEG, GIF or WebP data: images); it is dropped".to_owned();
            self.push(Diagnostic::new(Code::UnsafeHtml, span, message));
        }
    }

    /// Everything the renderer's rebuild would drop from the template's own markup, each at the
    /// tag or attribute it comes from.
    fn rebuild(&mut self, template: &Template<'_>, markup: &str) {
        let changes = markup_changes(markup);
        if changes.is_empty() {
            return;
        }
        let mut locator = ChangeLocator::new(template);
        for change in changes {
            let span = locator.span(&change);
            self.push(Diagnostic::new(Code::UnsafeHtml, span, change.message()));
        }
    }

    /// Text templates (SMS, subjects) show markup as typed: warn about tags and emphasis.
    fn markup_in_text(&mut self, source: &str) {
        let shown_as = match self.channel {
            Channel::Sms | Channel::Subject => format!("{} shows it as typed", self.channel.noun()),
            _ => "a text template shows it as typed".to_owned(),
        };
        for (event, range) in Parser::new_ext(source, crate::template::markdown_options()).into_offset_iter() {
            let what = match event {
                Event::Html(_) | Event::InlineHtml(_) => "an HTML tag",
                Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough) => "Markdown emphasis",
                _ => continue,
            };
            let text = source[range.clone()].trim_end();
            let message = format!("{what} ({}) in a text template: {shown_as}", shorten(text));
            let span = Span::new(range.start, range.start + text.len());
            self.push(Diagnostic::new(Code::MarkupInText, span, message));
        }
    }

    /// A block hashtag (table, address, bank details) must have its line or paragraph to itself.
    fn blocks_inline(&mut self, template: &Template<'_>) {
        let mut line = Line::default();
        for node in &template.nodes {
            match node {
                Node::Hashtag(hashtag) if hashtag.place == Place::Text => match hashtag.entry {
                    Some(entry) if entry.ty.is_block() => line.blocks.push(hashtag),
                    _ => line.other = true,
                },
                Node::Text(text, _) | Node::Html(text, _) => {
                    for (index, segment) in text.split('\n').enumerate() {
                        if index > 0 {
                            self.close_line(&mut line);
                        }
                        line.other |= !segment.trim().is_empty();
                    }
                }
                Node::Literal(text, _) => line.other |= !text.trim().is_empty(),
                Node::Tag(tag) if is_block_element(tag.name) => self.close_line(&mut line),
                Node::Tag(tag) => line.other |= tag.is("img"),
                Node::Markdown(event, _) => match event {
                    Event::Start(tag) if is_inline_markdown(tag) => line.other |= matches!(tag, Tag::Image { .. }),
                    Event::End(tag) if is_inline_markdown_end(*tag) => {}
                    Event::Code(_) | Event::InlineMath(_) => line.other = true,
                    Event::SoftBreak | Event::HardBreak => {}
                    _ => self.close_line(&mut line),
                },
                Node::Hashtag(_) => {}
            }
        }
        self.close_line(&mut line);
    }

    fn close_line(&mut self, line: &mut Line<'_, '_>) {
        let line = std::mem::take(line);
        if line.other || line.blocks.len() > 1 {
            for hashtag in line.blocks {
                let noun = hashtag.entry.map_or("a block", |entry| entry.ty.noun());
                let message = format!("#{} is {noun}: put it on a line of its own", hashtag.name);
                self.push(Diagnostic::new(Code::BlockInline, hashtag.span, message).with_hashtag(hashtag.name));
            }
        }
    }
}

/// The template's own markup as the renderer writes it, with each hashtag written as its name:
/// what the checker gives the rebuild. `None` when the template has no HTML of its own (a
/// Markdown template without raw HTML, a text template): then pulldown-cmark's writer and the
/// renderer write all the markup, canonical already, and there is nothing to rebuild.
fn own_markup(template: &Template<'_>) -> Option<String> {
    if !template.has_markup() {
        return None;
    }
    let source = template.source;
    let mut out = String::with_capacity(source.len() + source.len() / 4);
    if template.format == Format::Markdown {
        let events = template.nodes.iter().filter_map(|node| match node {
            Node::Markdown(event, _) => Some(event.clone()),
            Node::Text(text, _) => Some(Event::Text((*text).into())),
            Node::Literal(text, _) => Some(Event::Text(text.clone())),
            Node::Hashtag(hashtag) if hashtag.place == Place::Text => {
                Some(Event::Text(source[hashtag.span.range()].into()))
            }
            Node::Hashtag(_) => None,
            Node::Tag(tag) if !tag.closed => Some(Event::Text(node_source(node, source).into())),
            Node::Html(..) | Node::Tag(_) => Some(Event::InlineHtml(node_source(node, source).into())),
        });
        pulldown_cmark::html::push_html(&mut out, events);
    } else {
        for node in &template.nodes {
            match node {
                Node::Tag(tag) if !tag.closed => escape::text(&mut out, node_source(node, source)),
                Node::Html(..) | Node::Tag(_) => out.push_str(node_source(node, source)),
                Node::Text(text, _) => escape::text(&mut out, text),
                Node::Literal(text, _) => escape::text(&mut out, text),
                Node::Hashtag(hashtag) => escape::text(&mut out, &source[hashtag.span.range()]),
                Node::Markdown(..) => {}
            }
        }
    }
    Some(out)
}

fn node_source<'s>(node: &Node<'s>, source: &'s str) -> &'s str {
    match node {
        Node::Html(html, _) => html,
        Node::Tag(tag) => &source[tag.span.range()],
        _ => "",
    }
}

/// Finds where in the template each change of the rebuild comes from: the tag with the
/// element's name (the first not yet claimed, for an element; one with the attribute, for an
/// attribute). The parser may build an element the template never spells as a tag (a
/// `<image>` read as `<img>`, markup inside an attribute value that foreign content ends):
/// then the first `<name` in the source, and at worst the whole template.
struct ChangeLocator<'t, 's> {
    template: &'t Template<'s>,
    claimed: Vec<Span>,
}

impl<'t, 's> ChangeLocator<'t, 's> {
    fn new(template: &'t Template<'s>) -> Self {
        ChangeLocator { template, claimed: Vec::new() }
    }

    fn span(&mut self, change: &Change) -> Span {
        let attribute = match &change.what {
            Dropped::Attribute(name) | Dropped::Url(name) => Some(name.as_str()),
            Dropped::Style(_) => Some("style"),
            Dropped::Element | Dropped::Renamed | Dropped::LinkInLink => None,
            Dropped::Nesting | Dropped::Unsettled => return Span::new(0, self.template.source.len()),
        };
        let tags = self.template.nodes.iter().filter_map(|node| match node {
            Node::Tag(tag) if !tag.closing && tag.is(&change.element) => Some(tag),
            _ => None,
        });
        let found = match attribute {
            Some(attribute) => tags
                .filter_map(|tag| tag.attributes.iter().find(|a| a.name.eq_ignore_ascii_case(attribute)))
                .map(|attribute| attribute.span)
                .find(|span| !self.claimed.contains(span)),
            None => tags.map(|tag| tag.span).find(|span| !self.claimed.contains(span)),
        };
        if let Some(span) = found {
            // An element's tag is claimed once; each attribute of a tag too.
            self.claimed.push(span);
            return span;
        }
        self.written_as_text(&change.element)
    }

    /// The first `<element` in the source, to its `>`; else the whole template.
    fn written_as_text(&self, element: &str) -> Span {
        let source = self.template.source;
        let lower = source.to_ascii_lowercase();
        match lower.find(&format!("<{element}")) {
            Some(start) => {
                let end = lower[start..].find('>').map_or(source.len(), |offset| start + offset + 1);
                Span::new(start, end)
            }
            None => Span::new(0, source.len()),
        }
    }
}

/// What shares one line or paragraph.
#[derive(Default)]
struct Line<'n, 's> {
    blocks: Vec<&'n Hashtag<'s>>,
    other: bool,
}

fn is_inline_markdown(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Superscript
            | Tag::Subscript
    )
}

fn is_inline_markdown_end(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

/// HTML elements that start a new line of their own (and `<br>`, which ends one).
const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

fn is_block_element(name: &str) -> bool {
    BLOCK_ELEMENTS.iter().any(|block| block.eq_ignore_ascii_case(name))
}

/// A short quote of `text` for a message.
fn shorten(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// What the renderer's rebuild changes in a template's markup. The checker-only entry
/// (`dunning/check`, feature `check-only`) has no HTML parser, which is 149 KB of its gzip
/// size: it leaves `unsafe-html` of this kind to the full engine (docs/decisions.md).
#[cfg(not(feature = "check-only"))]
fn markup_changes(markup: &str) -> Vec<Change> {
    safety::rebuild(markup).changes
}

#[cfg(feature = "check-only")]
fn markup_changes(_markup: &str) -> Vec<Change> {
    Vec::new()
}

//! Markdown templates, read with pulldown-cmark.
//!
//! pulldown-cmark splits text at every `_`, `*`, escape and entity, so a hashtag such as
//! `#items_list_overdue` arrives in pieces. Text events whose content is exactly their source
//! are merged back into runs of adjacent source and scanned there; text that differs from its
//! source (an escape, an entity) is literal and never starts a hashtag. Code spans and code
//! blocks are literal; raw HTML goes to the HTML tokenizer.

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

use super::{html, push_scanned, Hashtag, Node, Place, TextKind};
use crate::catalogue;
use crate::source::Span;

/// The CommonMark extensions templates may use.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

pub(super) fn parse(source: &str) -> Vec<Node<'_>> {
    let mut reader = Reader { source, nodes: Vec::new(), run: None, html: None, in_code_block: false };
    for (event, range) in Parser::new_ext(source, options()).into_offset_iter() {
        reader.event(event, Span::from(range));
    }
    reader.flush_run();
    reader.flush_html();
    reader.nodes
}

struct Reader<'s> {
    source: &'s str,
    nodes: Vec<Node<'s>>,
    /// Adjacent text whose content is its source, not yet scanned.
    run: Option<Span>,
    /// Adjacent lines of an HTML block, not yet tokenised.
    html: Option<Span>,
    in_code_block: bool,
}

impl<'s> Reader<'s> {
    fn event(&mut self, event: Event<'s>, span: Span) {
        match event {
            Event::Text(text) if !self.in_code_block && *text == self.source[span.range()] => match &mut self.run {
                Some(run) if run.end == span.start => run.end = span.end,
                _ => {
                    self.flush_run();
                    self.run = Some(span);
                }
            },
            Event::Text(text) => {
                self.flush_run();
                self.nodes.push(match text {
                    CowStr::Borrowed(text) if text == &self.source[span.range()] => Node::Text(text, span),
                    text => Node::Literal(text, span),
                });
            }
            Event::Html(_) => {
                self.flush_run();
                match &mut self.html {
                    Some(block) if block.end == span.start => block.end = span.end,
                    _ => {
                        self.flush_html();
                        self.html = Some(span);
                    }
                }
            }
            Event::InlineHtml(_) => {
                self.flush_run();
                html::parse_into(&mut self.nodes, self.source, span);
            }
            event => {
                self.flush_run();
                self.flush_html();
                match &event {
                    Event::Start(Tag::CodeBlock(_)) => self.in_code_block = true,
                    Event::End(TagEnd::CodeBlock) => self.in_code_block = false,
                    _ => {}
                }
                let destination = match &event {
                    Event::Start(Tag::Link { link_type, dest_url, .. }) if *link_type != LinkType::Autolink => {
                        Some((dest_url.clone(), Place::LinkDestination))
                    }
                    Event::Start(Tag::Image { dest_url, .. }) => Some((dest_url.clone(), Place::ImageDestination)),
                    _ => None,
                };
                self.nodes.push(Node::Markdown(event, span));
                if let Some((url, place)) = destination {
                    self.destination_hashtag(&url, place, span);
                }
            }
        }
    }

    /// A link or image destination that is exactly a catalogue hashtag is one
    /// (`[pay online](#payment_link)`); any other destination is literal (`[top](#top)`).
    fn destination_hashtag(&mut self, url: &str, place: Place, link: Span) {
        let Some(name) = url.strip_prefix('#') else { return };
        let Some(entry) = catalogue::lookup(name) else { return };
        // Point at the destination inside the link; a reference link's destination is written
        // elsewhere, so the link itself stands for it.
        let span = match self.source[link.range()].rfind(url) {
            Some(offset) => Span::new(link.start + offset, link.start + offset + url.len()),
            None => link,
        };
        self.nodes.push(Node::Hashtag(Hashtag { name: entry.name, span, place, entry: Some(entry), fallback: None }));
    }

    fn flush_run(&mut self) {
        if let Some(run) = self.run.take() {
            let escaped = self.source[..run.start].ends_with('\\');
            push_scanned(&mut self.nodes, self.source, run, escaped, TextKind::Plain);
        }
    }

    fn flush_html(&mut self) {
        if let Some(block) = self.html.take() {
            html::parse_into(&mut self.nodes, self.source, block);
        }
    }
}

//! Template nodes → an HTML fragment (the e-mail body, the letter body), every data value
//! escaped for where it lands: text, attribute or URL.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::values::Value;
use super::{format, table, Medium, Renderer, Show};
use crate::escape::{attribute, href, text};
use crate::safety::{self, url};
use crate::template::{Hashtag, HtmlTag, Node, Place, Template};

impl Renderer<'_, '_> {
    /// The whole template as an HTML fragment. A template with HTML of its own is rebuilt from
    /// the allowlist (`crate::safety`) once its values are in: what the browser reads is then
    /// the tree that was checked, whatever the template's markup. Without it, every tag is
    /// pulldown-cmark's or the renderer's, written canonical and escaped.
    pub(super) fn html(&mut self, template: &Template<'_>) -> String {
        let out = self.written_html(template);
        if template.has_markup() {
            safety::rebuild(&out).html
        } else {
            out
        }
    }

    fn written_html(&mut self, template: &Template<'_>) -> String {
        match template.format {
            crate::template::Format::Markdown => self.markdown_html(template),
            _ => {
                let mut out = String::with_capacity(template.source.len() * 2);
                for node in &template.nodes {
                    self.node_html(&mut out, node);
                }
                out
            }
        }
    }

    /// Markdown: the nodes become pulldown-cmark events again (hashtags as HTML), which its own
    /// HTML writer turns into the fragment.
    fn markdown_html(&mut self, template: &Template<'_>) -> String {
        let mut events: Vec<Event<'_>> = Vec::with_capacity(template.nodes.len());
        // The HTML written here (values, the items table), for the output's capacity.
        let mut written = 0;
        let mut nodes = template.nodes.iter().peekable();
        while let Some(node) = nodes.next() {
            match node {
                Node::Markdown(Event::Start(tag @ (Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })), _) => {
                    let used = if matches!(tag, Tag::Image { .. }) { url::Use::Image } else { url::Use::Link };
                    let dest_url = self.destination(dest_url, used, nodes.next_if(|n| is_destination(n)));
                    events.push(Event::Start(with_destination(tag, dest_url)));
                }
                Node::Markdown(event, _) => events.push(event.clone()),
                Node::Text(text, _) => events.push(Event::Text(CowStr::Borrowed(text))),
                Node::Literal(text, _) => events.push(Event::Text(text.clone())),
                Node::Hashtag(hashtag) => {
                    let mut out = String::new();
                    let block = self.hashtag_html(&mut out, hashtag);
                    written += out.len();
                    // A block value alone in its paragraph replaces the paragraph (a table
                    // cannot sit inside a <p>); see `unwrap_blocks`.
                    events.push(if block { Event::Html(out.into()) } else { Event::InlineHtml(out.into()) });
                }
                Node::Html(..) | Node::Tag(_) => {
                    let mut out = String::new();
                    self.node_html(&mut out, node);
                    written += out.len();
                    events.push(Event::InlineHtml(out.into()));
                }
            }
        }
        let mut out = String::with_capacity(template.source.len() * 2 + written);
        pulldown_cmark::html::push_html(&mut out, unwrap_blocks(events).into_iter());
        out
    }

    /// A link or image destination: its hashtag's URL, or the written one if its scheme is
    /// allowed.
    fn destination<'s>(&mut self, written: &CowStr<'s>, used: url::Use, hashtag: Option<&Node<'_>>) -> CowStr<'s> {
        if let Some(Node::Hashtag(hashtag)) = hashtag {
            return match self.resolve(hashtag) {
                Some(Value::Url(url)) => url.into(),
                Some(Value::Image(url)) => url.to_owned().into(),
                _ => CowStr::Borrowed(""),
            };
        }
        if !url::allowed(written, used) {
            return CowStr::Borrowed("");
        }
        written.clone()
    }

    fn node_html(&mut self, out: &mut String, node: &Node<'_>) {
        match node {
            Node::Html(html, _) => out.push_str(html),
            Node::Text(value, _) => text(out, value),
            Node::Literal(value, _) => text(out, value),
            Node::Tag(tag) => self.tag_html(out, tag),
            Node::Hashtag(hashtag) => {
                self.hashtag_html(out, hashtag);
            }
            // Only Markdown templates have Markdown nodes, and they go through `markdown_html`.
            Node::Markdown(..) => {}
        }
    }

    /// A tag as written, with its hashtag attribute values replaced (the rebuild then keeps what
    /// the allowlist allows).
    fn tag_html(&mut self, out: &mut String, tag: &HtmlTag<'_>) {
        let source = self.source;
        // A tag never closed with `>` runs to the end of the text: the parser would drop it
        // and all that follows, so it is text (and `unsafe-html` for the checker).
        if !tag.closed {
            text(out, &source[tag.span.range()]);
            return;
        }
        let mut copied = tag.span.start;
        for value in tag.attributes.iter().filter_map(|a| a.value.as_ref()) {
            let Some(hashtag) = &value.hashtag else { continue };
            out.push_str(&source[copied..value.span.start]);
            match self.resolve(hashtag) {
                Some(Value::Url(url)) => attribute(out, &url),
                Some(Value::Image(url)) => attribute(out, url),
                _ => {}
            }
            copied = value.span.end;
        }
        out.push_str(&source[copied..tag.span.end]);
    }

    /// Writes a hashtag's value; returns whether it is a block (table, address, bank).
    fn hashtag_html(&mut self, out: &mut String, hashtag: &Hashtag<'_>) -> bool {
        if hashtag.entry.is_none() {
            out.push_str("<mark class=\"dunning-unknown\">");
            text(out, &self.source[hashtag.span.range()]);
            out.push_str("</mark>");
            return false;
        }
        if hashtag.place != Place::Text {
            return false;
        }
        if self.show == Show::Names {
            let block = hashtag.entry.is_some_and(|entry| entry.ty.is_block());
            out.push_str(if block { "<div class=\"dunning-name\">" } else { "<span class=\"dunning-name\">" });
            text(out, &self.source[hashtag.span.range()]);
            out.push_str(if block { "</div>" } else { "</span>" });
            return block;
        }
        let Some(value) = self.resolve(hashtag) else { return false };
        let locale = self.values.locale;
        match value {
            Value::Text(value) => text(out, &value),
            Value::Money(totals) => text(out, &format::totals(locale, &totals, || self.values.currency_of_nothing())),
            Value::Percent(rate) => text(out, &format::percent(locale, rate)),
            Value::Date(date) => text(out, &format::long_date(locale, date)),
            Value::Url(url) => {
                out.push_str("<a href=\"");
                href(out, &url);
                out.push_str("\">");
                text(out, &url);
                out.push_str("</a>");
            }
            Value::Image(url) => {
                out.push_str("<img class=\"dunning-logo\" src=\"");
                href(out, url);
                out.push_str("\" alt=\"");
                attribute(out, &self.values.portfolio.company.name);
                out.push_str("\">");
            }
            Value::Address(lines) => {
                out.push_str("<p class=\"dunning-address\">");
                for (index, line) in lines.iter().enumerate() {
                    if index > 0 {
                        out.push_str("<br>");
                    }
                    text(out, line);
                }
                out.push_str("</p>");
                return true;
            }
            Value::Table(items) => {
                table::html(out, self.values.portfolio, &items, locale, self.values.date, self.medium);
                return true;
            }
            Value::Bank(bank) => {
                let words = crate::locale::words::words(locale);
                let iban = bank.iban.as_deref().map(super::values::group_iban);
                let lines =
                    [(words.bank_name, bank.name.clone()), (words.bank_iban, iban), (words.bank_bic, bank.bic.clone())];
                let lines = lines.into_iter().filter_map(|(label, value)| Some((label, value?)));
                // A definition list on paper; a table in an e-mail (mail clients lay out no grid).
                let [open, label_open, between, close, end] = match self.medium {
                    Medium::Paper => ["<dl class=\"dunning-bank\">", "<dt>", "</dt><dd>", "</dd>", "</dl>"],
                    Medium::Mail => [
                        "<table class=\"dunning-bank\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse: collapse; margin: 12px 0\">",
                        "<tr><td style=\"padding: 2px 16px 2px 0; color: #4b5563; vertical-align: top\">",
                        "</td><td style=\"padding: 2px 0; vertical-align: top\">",
                        "</td></tr>",
                        "</table>",
                    ],
                };
                out.push_str(open);
                for (label, value) in lines {
                    out.push_str(label_open);
                    text(out, label);
                    out.push_str(between);
                    text(out, &value);
                    out.push_str(close);
                }
                out.push_str(end);
                return true;
            }
        }
        false
    }
}

/// The same link or image, pointing at `dest_url`.
fn with_destination<'a>(tag: &Tag<'a>, dest_url: CowStr<'a>) -> Tag<'a> {
    match tag.clone() {
        Tag::Link { link_type, title, id, .. } => Tag::Link { link_type, dest_url, title, id },
        Tag::Image { link_type, title, id, .. } => Tag::Image { link_type, dest_url, title, id },
        other => other,
    }
}

fn is_destination(node: &Node<'_>) -> bool {
    matches!(node, Node::Hashtag(h) if matches!(h.place, Place::LinkDestination | Place::ImageDestination))
}

/// `<p>` + block + `</p>` → block.
fn unwrap_blocks(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut dropped = vec![false; events.len()];
    for index in 0..events.len().saturating_sub(2) {
        if matches!(
            (&events[index], &events[index + 1], &events[index + 2]),
            (Event::Start(Tag::Paragraph), Event::Html(_), Event::End(TagEnd::Paragraph))
        ) {
            dropped[index] = true;
            dropped[index + 2] = true;
        }
    }
    events.into_iter().zip(dropped).filter(|(_, dropped)| !dropped).map(|(event, _)| event).collect()
}

//! Template nodes → plain text (SMS bodies, e-mail subjects, `--as text`): values as text,
//! dates in their short form, markup dropped.

use pulldown_cmark::{Event, TagEnd};

use super::values::Value;
use super::{format, table, Renderer, Show};
use crate::template::{Hashtag, Node, Place, Template};

impl Renderer<'_, '_> {
    pub(super) fn text(&mut self, template: &Template<'_>) -> String {
        let mut out = String::with_capacity(template.source.len() + 64);
        for node in &template.nodes {
            match node {
                Node::Text(text, _) => out.push_str(text),
                Node::Literal(text, _) => out.push_str(text),
                Node::Hashtag(hashtag) if hashtag.place == Place::Text => self.hashtag_text(&mut out, hashtag),
                // HTML source of an HTML template: its text stays, its tags go.
                Node::Html(html, _) if !html.starts_with('<') => out.push_str(html),
                Node::Markdown(event, _) => match event {
                    Event::Code(code) => out.push_str(code),
                    Event::SoftBreak => out.push(' '),
                    Event::HardBreak => out.push('\n'),
                    Event::End(
                        TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableRow | TagEnd::CodeBlock,
                    ) => out.push('\n'),
                    _ => {}
                },
                _ => {}
            }
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out
    }

    fn hashtag_text(&mut self, out: &mut String, hashtag: &Hashtag<'_>) {
        if hashtag.entry.is_none() || self.show == Show::Names {
            out.push_str(&self.source[hashtag.span.range()]);
            return;
        }
        let Some(value) = self.resolve(hashtag) else { return };
        let locale = self.values.locale;
        match value {
            Value::Text(text) | Value::Url(text) => out.push_str(&text),
            Value::Money(totals) => {
                out.push_str(&format::totals(locale, &totals, || self.values.currency_of_nothing()))
            }
            Value::Percent(rate) => out.push_str(&format::percent(locale, rate)),
            Value::Date(date) => out.push_str(&format::short_date(locale, date)),
            Value::Image(url) => out.push_str(url),
            Value::Address(lines) => out.push_str(&lines.join("\n")),
            Value::Table(items) => table::text(out, self.values.portfolio, &items, locale, self.values.date),
            Value::Bank(bank) => {
                let parts = [&bank.name, &bank.iban, &bank.bic];
                out.push_str(&parts.iter().filter_map(|p| p.as_deref()).collect::<Vec<_>>().join(" · "));
            }
        }
    }
}

//! What to render, for whom: [`RenderOptions`], and [`Request`], the same options by name and
//! as text, which the JS API and the preview element read through one parser; the CLI's flags
//! have the same names and read their values with the same `FromStr`s.

use std::str::FromStr;

use crate::channel::{Channel, Context};
use crate::date::Date;
use crate::error::{Error, ErrorKind};
use crate::locale::Locale;
use crate::template::Format;

/// What to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// An HTML fragment: an e-mail body.
    Html,
    /// The e-mail as a mail client gets it: a complete HTML document, the body in a 600 px
    /// column, inline styles only.
    Email,
    /// A complete printable HTML document.
    Letter,
    /// Plain text: an SMS, a subject.
    Text,
}

impl FromStr for Output {
    type Err = Error;

    fn from_str(name: &str) -> Result<Output, Error> {
        match name {
            "html" => Ok(Output::Html),
            "email" => Ok(Output::Email),
            "letter" => Ok(Output::Letter),
            "text" => Ok(Output::Text),
            _ => Err(Error::new(
                ErrorKind::UnknownName,
                format!("unknown output \"{name}\"; expected html, email, letter or text"),
            )),
        }
    }
}

impl Output {
    /// What a channel shows by default: letters print, SMS and subjects are text.
    pub fn for_channel(channel: Channel) -> Output {
        if channel.is_letter() {
            Output::Letter
        } else if channel.is_text_only() {
            Output::Text
        } else {
            Output::Html
        }
    }
}

/// What a hashtag that prints text or a block shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Show {
    /// The customer's data: the real preview.
    #[default]
    Values,
    /// The hashtag's own name (`#items_list`), marked: the template's skeleton, for an author
    /// who wants to see where each value goes. URLs and images keep their values.
    Names,
}

impl FromStr for Show {
    type Err = Error;

    fn from_str(name: &str) -> Result<Show, Error> {
        match name {
            // `sample` is the preview element's former word for the data.
            "values" | "sample" => Ok(Show::Values),
            "names" => Ok(Show::Names),
            _ => Err(Error::new(ErrorKind::UnknownName, format!("unknown show \"{name}\"; expected values or names"))),
        }
    }
}

/// What to render, for whom.
#[derive(Clone, Debug)]
pub struct RenderOptions<'a> {
    pub customer: &'a str,
    /// The specific action's items; empty for a scenario action.
    pub selected: &'a [String],
    /// Default: `specific` when items are selected, else `scenario`.
    pub context: Option<Context>,
    pub channel: Channel,
    pub format: Format,
    /// Default: from the channel ([`Output::for_channel`]).
    pub output: Option<Output>,
    /// Default: the customer's, then the company's.
    pub locale: Option<Locale>,
    pub date: Date,
    /// The subject line's template (an e-mail's or a letter's), rendered as text.
    pub subject: Option<&'a str>,
    pub show: Show,
    /// The language the template is written in, when its action declares one: another
    /// language of the output is a `language-mismatch`.
    pub written_in: Option<Locale>,
}

impl<'a> RenderOptions<'a> {
    /// The options with no default, the customer and the date (the core has no clock); every
    /// other option at its default, to be changed with `..RenderOptions::new(customer, date)`.
    pub fn new(customer: &'a str, date: Date) -> RenderOptions<'a> {
        RenderOptions {
            customer,
            selected: &[],
            context: None,
            channel: Channel::default(),
            format: Format::default(),
            output: None,
            locale: None,
            date,
            written_in: None,
            subject: None,
            show: Show::default(),
        }
    }
}

/// Render options as the faces receive them, by name and as text: the JS API's options object,
/// the preview element's attributes and the CLI's flags (typed by clap with the same `FromStr`)
/// share these names and values. docs/api.md lists them.
#[derive(Clone, Debug, Default)]
pub struct Request {
    pub customer: Option<String>,
    pub selected: Vec<String>,
    pub context: Option<Context>,
    pub channel: Option<Channel>,
    pub format: Option<Format>,
    pub output: Option<Output>,
    pub locale: Option<Locale>,
    pub date: Option<Date>,
    pub subject: Option<String>,
    pub show: Show,
}

impl Request {
    /// The option names, in the order the documentation gives them.
    pub const NAMES: [&'static str; 10] =
        ["customer", "selected", "context", "channel", "format", "as", "locale", "date", "subject", "show"];

    /// Sets the option `name` from `value`; an empty value unsets it. `selected` takes item
    /// ids separated by commas or white space.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), Error> {
        fn parsed<T: FromStr<Err = Error>>(value: &str) -> Result<Option<T>, Error> {
            let value = value.trim();
            (!value.is_empty()).then(|| value.parse()).transpose()
        }
        match name {
            "customer" => self.customer = Some(value.trim()).filter(|id| !id.is_empty()).map(str::to_owned),
            "selected" => self.selected = split_ids(value),
            "context" => self.context = parsed(value)?,
            "channel" => self.channel = parsed(value)?,
            "format" => self.format = parsed(value)?,
            "as" => self.output = parsed(value)?,
            "locale" => self.locale = parsed(value)?,
            "date" => self.date = parsed(value)?,
            "subject" => self.subject = Some(value.to_owned()).filter(|subject| !subject.is_empty()),
            "show" => self.show = parsed(value)?.unwrap_or_default(),
            _ => {
                let detail = format!("unknown option \"{name}\"; expected {}", Request::NAMES.join(", "));
                return Err(Error::new(ErrorKind::InvalidArgument, detail));
            }
        }
        Ok(())
    }

    /// The options to render with; `today` is the date unless one is set.
    pub fn options(&self, today: Date) -> Result<RenderOptions<'_>, Error> {
        let customer =
            self.customer.as_deref().ok_or_else(|| Error::new(ErrorKind::InvalidArgument, "customer is required"))?;
        Ok(RenderOptions {
            selected: &self.selected,
            context: self.context,
            channel: self.channel.unwrap_or_default(),
            format: self.format.unwrap_or_default(),
            output: self.output,
            locale: self.locale,
            subject: self.subject.as_deref(),
            show: self.show,
            ..RenderOptions::new(customer, self.date.unwrap_or(today))
        })
    }
}

/// Item ids as an attribute or a flag lists them: separated by commas or white space.
pub fn split_ids(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c.is_whitespace()).filter(|id| !id.is_empty()).map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn a_request_reads_every_option_by_name() {
        let mut request = Request::default();
        for (name, value) in [
            ("customer", "C001"),
            ("selected", "i1, i2 i3"),
            ("context", "specific"),
            ("channel", "sms"),
            ("format", "text"),
            ("as", "text"),
            ("locale", "pt-BR"),
            ("date", "2026-11-23"),
            ("subject", "Reminder"),
            ("show", "names"),
        ] {
            request.set(name, value).unwrap();
        }
        let today = "2000-01-01".parse().unwrap();
        let options = request.options(today).unwrap();
        assert_eq!((options.customer, options.selected), ("C001", &["i1".to_owned(), "i2".into(), "i3".into()][..]));
        assert_eq!(
            (options.context, options.channel, options.format),
            (Some(Context::Specific), Channel::Sms, Format::Text)
        );
        assert_eq!(
            (options.output, options.locale, options.show),
            (Some(Output::Text), Some(Locale::PtBr), Show::Names)
        );
        assert_eq!((options.date.to_string().as_str(), options.subject), ("2026-11-23", Some("Reminder")));

        request.set("date", "").unwrap();
        request.set("show", "sample").unwrap();
        let options = request.options(today).unwrap();
        assert_eq!((options.date, options.show), (today, Show::Values));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_request_names_what_is_wrong() {
        let mut request = Request::default();
        let missing = request.options("2000-01-01".parse().unwrap()).unwrap_err();
        assert_eq!(
            (missing.kind(), missing.to_string().as_str()),
            (ErrorKind::InvalidArgument, "customer is required")
        );
        let fax = request.set("channel", "fax").unwrap_err();
        assert!(fax.kind() == ErrorKind::UnknownName && fax.to_string().contains("fax"), "{fax}");
        let mode = request.set("mode", "names").unwrap_err();
        assert_eq!(mode.kind(), ErrorKind::InvalidArgument);
        assert!(mode.to_string().starts_with("unknown option \"mode\"; expected customer"), "{mode}");
    }
}

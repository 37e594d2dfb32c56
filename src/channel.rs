//! Where a template is sent ([`Channel`]) and what it is attached to ([`Context`]).

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};

/// The medium a template is rendered for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Channel {
    #[default]
    Email,
    Subject,
    Sms,
    Letter,
    RegisteredLetter,
    ElectronicRegisteredLetter,
    PhoneCall,
    Task,
}

struct ChannelInfo {
    channel: Channel,
    name: &'static str,
    /// How a person calls it in a message.
    noun: &'static str,
    /// Its title in a user interface (the preview's bar).
    title: &'static str,
    /// Shows plain text only: no tables, address or bank blocks, no images.
    text_only: bool,
    /// Printed and posted (or sent as an electronic registered letter): a letter document.
    letter: bool,
    /// Its message has a subject line (e-mails and letters).
    subject: bool,
}

const CHANNELS: [ChannelInfo; 8] = [
    ChannelInfo {
        channel: Channel::Email,
        name: "email",
        noun: "an e-mail",
        title: "E-mail",
        text_only: false,
        letter: false,
        subject: true,
    },
    ChannelInfo {
        channel: Channel::Subject,
        name: "subject",
        noun: "an e-mail subject",
        title: "E-mail subject",
        text_only: true,
        letter: false,
        subject: false,
    },
    ChannelInfo {
        channel: Channel::Sms,
        name: "sms",
        noun: "an SMS",
        title: "SMS",
        text_only: true,
        letter: false,
        subject: false,
    },
    ChannelInfo {
        channel: Channel::Letter,
        name: "letter",
        noun: "a letter",
        title: "Letter",
        text_only: false,
        letter: true,
        subject: true,
    },
    ChannelInfo {
        channel: Channel::RegisteredLetter,
        name: "registered_letter",
        noun: "a registered letter",
        title: "Registered letter",
        text_only: false,
        letter: true,
        subject: true,
    },
    ChannelInfo {
        channel: Channel::ElectronicRegisteredLetter,
        name: "electronic_registered_letter",
        noun: "an electronic registered letter",
        title: "Electronic registered letter",
        text_only: false,
        letter: true,
        subject: true,
    },
    ChannelInfo {
        channel: Channel::PhoneCall,
        name: "phone_call",
        noun: "a phone-call note",
        title: "Phone call",
        text_only: false,
        letter: false,
        subject: false,
    },
    ChannelInfo {
        channel: Channel::Task,
        name: "task",
        noun: "a task note",
        title: "Task",
        text_only: false,
        letter: false,
        subject: false,
    },
];

impl Channel {
    /// Every channel, in the specification's order.
    pub fn all() -> impl Iterator<Item = Channel> {
        CHANNELS.iter().map(|info| info.channel)
    }

    fn info(self) -> &'static ChannelInfo {
        &CHANNELS[self as usize]
    }

    /// The channel's name in the CLI, the JS API and the portfolio (`registered_letter`).
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// Letters, registered letters and electronic registered letters: printable documents.
    pub fn is_letter(self) -> bool {
        self.info().letter
    }

    /// E-mails and letters: the message has a subject line (the subject template).
    pub fn has_subject(self) -> bool {
        self.info().subject
    }

    /// SMS and e-mail subjects show plain text only.
    pub fn is_text_only(self) -> bool {
        self.info().text_only
    }

    /// How a person calls it in a message (`an SMS`, `an e-mail subject`).
    pub fn noun(self) -> &'static str {
        self.info().noun
    }

    /// Its title in a user interface (`E-mail`, `Registered letter`).
    pub fn title(self) -> &'static str {
        self.info().title
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Channel {
    type Err = Error;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        CHANNELS.iter().find(|info| info.name == name).map(|info| info.channel).ok_or_else(|| {
            let names: Vec<_> = CHANNELS.iter().map(|info| info.name).collect();
            let detail = format!("unknown channel \"{name}\"; expected one of: {}", names.join(", "));
            Error::new(ErrorKind::UnknownName, detail)
        })
    }
}

/// What a template belongs to, which decides whether selected items exist.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Context {
    /// A collection-scenario action: no selected items.
    #[default]
    Scenario,
    /// A specific action, attached to selected items: every hashtag is allowed.
    Specific,
}

impl Context {
    pub const ALL: [Context; 2] = [Context::Scenario, Context::Specific];

    pub fn name(self) -> &'static str {
        match self {
            Context::Scenario => "scenario",
            Context::Specific => "specific",
        }
    }

    /// Its title in a user interface.
    pub fn title(self) -> &'static str {
        match self {
            Context::Scenario => "Scenario action",
            Context::Specific => "Specific action",
        }
    }
}

impl fmt::Display for Context {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Context {
    type Err = Error;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        match name {
            "scenario" => Ok(Context::Scenario),
            "specific" => Ok(Context::Specific),
            _ => Err(Error::new(
                ErrorKind::UnknownName,
                format!("unknown context \"{name}\"; expected scenario or specific"),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn table_rows_are_in_enum_order() {
        for (index, info) in CHANNELS.iter().enumerate() {
            assert_eq!(info.channel as usize, index);
            assert_eq!(info.name.parse::<Channel>(), Ok(info.channel));
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn the_three_letter_channels_are_letters() {
        let letters: Vec<_> = Channel::all().filter(|c| c.is_letter()).collect();
        assert_eq!(letters, [Channel::Letter, Channel::RegisteredLetter, Channel::ElectronicRegisteredLetter]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn only_sms_and_subject_are_text_only() {
        let text_only: Vec<_> = Channel::all().filter(|c| c.is_text_only()).collect();
        assert_eq!(text_only, [Channel::Subject, Channel::Sms]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn unknown_channel_lists_the_valid_ones() {
        let error = "fax".parse::<Channel>().unwrap_err();
        assert_eq!(error.kind(), ErrorKind::UnknownName);
        let message = error.to_string();
        assert!(message.contains("\"fax\"") && message.contains("registered_letter"), "{message}");
    }
}

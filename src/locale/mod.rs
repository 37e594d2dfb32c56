//! The 15 languages of the product.
//!
//! A [`Locale`] indexes every per-language table of the crate (catalogue descriptions, the
//! product's own words in `words/`, CLDR data in `data/`), so adding a language is adding a row here
//! and a column in each table; a missing column is a compile error, not a runtime surprise.

pub mod cldr;

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};
pub mod words;

/// One of the product's languages, in the order of every per-language table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    En,
    Fr,
    De,
    Es,
    It,
    Nl,
    Pl,
    PtPt,
    PtBr,
    Ro,
    Sv,
    Tr,
    Hr,
    Ja,
    ZhCn,
}

/// Number of languages; the length of every per-language table.
pub const LOCALE_COUNT: usize = 15;

impl Locale {
    /// Every locale, in table order.
    pub const ALL: [Locale; LOCALE_COUNT] = [
        Locale::En,
        Locale::Fr,
        Locale::De,
        Locale::Es,
        Locale::It,
        Locale::Nl,
        Locale::Pl,
        Locale::PtPt,
        Locale::PtBr,
        Locale::Ro,
        Locale::Sv,
        Locale::Tr,
        Locale::Hr,
        Locale::Ja,
        Locale::ZhCn,
    ];

    /// The BCP 47 tag the product uses for this locale (`pt-PT`, `zh-CN`, ...).
    pub fn tag(self) -> &'static str {
        TAGS[self as usize]
    }

    /// The language's name in itself (`Français`, `中文（简体）`), for a language menu.
    pub fn autonym(self) -> &'static str {
        AUTONYMS[self as usize]
    }

    /// Position of this locale in every per-language table.
    pub fn index(self) -> usize {
        self as usize
    }
}

const TAGS: [&str; LOCALE_COUNT] =
    ["en", "fr", "de", "es", "it", "nl", "pl", "pt-PT", "pt-BR", "ro", "sv", "tr", "hr", "ja", "zh-CN"];

const AUTONYMS: [&str; LOCALE_COUNT] = [
    "English",
    "Français",
    "Deutsch",
    "Español",
    "Italiano",
    "Nederlands",
    "Polski",
    "Português",
    "Português (Brasil)",
    "Română",
    "Svenska",
    "Türkçe",
    "Hrvatski",
    "日本語",
    "中文（简体）",
];

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl Locale {
    /// The locale for a BCP 47 language tag as a page gives it (`lang="fr-CA"`): the tag itself,
    /// else its language's (`fr`; `pt` is Portugal's, `zh` China's), else none.
    pub fn for_language_tag(tag: &str) -> Option<Locale> {
        if let Ok(locale) = tag.parse() {
            return Some(locale);
        }
        let language = tag.split(['-', '_']).next()?;
        match language.to_ascii_lowercase().as_str() {
            "zh" => Some(Locale::ZhCn),
            language => language.parse().ok(),
        }
    }
}

impl FromStr for Locale {
    type Err = Error;

    /// Tags compare case-insensitively, with `_` accepted for `-`; the portfolio's `pt`
    /// (data-model.md) is Portugal's Portuguese.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        let normalized = tag.replace('_', "-");
        if normalized.eq_ignore_ascii_case("pt") {
            return Ok(Locale::PtPt);
        }
        Locale::ALL.into_iter().find(|locale| locale.tag().eq_ignore_ascii_case(&normalized)).ok_or_else(|| {
            let detail = format!("unknown locale \"{tag}\"; expected one of: {}", TAGS.join(", "));
            Error::new(ErrorKind::UnknownName, detail)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn a_page_language_finds_its_locale() {
        let of = |tag| Locale::for_language_tag(tag).map(Locale::tag);
        assert_eq!(of("fr-CA"), Some("fr"));
        assert_eq!(of("pt-BR"), Some("pt-BR"));
        assert_eq!(of("pt"), Some("pt-PT"));
        assert_eq!(of("zh-Hans-CN"), Some("zh-CN"));
        assert_eq!(of("en-US"), Some("en"));
        assert_eq!(of("ko"), None);
        assert_eq!(of(""), None);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn tags_round_trip_in_table_order() {
        for (index, locale) in Locale::ALL.into_iter().enumerate() {
            assert_eq!(locale.index(), index);
            assert_eq!(locale.tag().parse::<Locale>(), Ok(locale));
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn portfolio_pt_is_portugal_and_case_is_ignored() {
        assert_eq!("pt".parse(), Ok(Locale::PtPt));
        assert_eq!("ZH_cn".parse(), Ok(Locale::ZhCn));
        assert!("xx".parse::<Locale>().unwrap_err().to_string().contains("pt-BR"));
    }
}

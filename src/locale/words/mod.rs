//! The product's own words: everything a rendered letter, e-mail, SMS preview or items table
//! prints that is neither data nor template text (table headers, item kinds, status words,
//! letter captions, preview meta), in each of the 15 languages.
//!
//! One file per language, each a `Words` struct literal, so a key missing in one language is a
//! compile error. Placeholders (`{page}`, `{pages}`, `{place}`, `{date}`, `{count}`) are
//! replaced by the renderers and stay verbatim in every language.

use crate::locale::{Locale, LOCALE_COUNT};

mod de;
mod en;
mod es;
mod fr;
mod hr;
mod it;
mod ja;
mod nl;
mod pl;
mod pt_br;
mod pt_pt;
mod ro;
mod sv;
mod tr;
mod zh_cn;

/// The product's words in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Words {
    /// Items table header: the item's reference (invoice number, ...).
    pub column_reference: &'static str,
    /// Items table header: the item's kind (invoice, credit note, ...).
    pub column_kind: &'static str,
    /// Items table header: the date the item was issued.
    pub column_issue_date: &'static str,
    /// Items table header: the item's due date.
    pub column_due_date: &'static str,
    /// Items table header: the item's original amount.
    pub column_amount: &'static str,
    /// Items table header: what remains to be paid on the item.
    pub column_outstanding: &'static str,
    /// Items table header: days past the due date (empty when not due).
    pub column_days_late: &'static str,
    /// Items table header: the item's status word.
    pub column_status: &'static str,
    /// Items table: label of the total row, one per currency.
    pub total: &'static str,
    /// Items table: shown instead of an empty table.
    pub no_items: &'static str,
    /// Items table, kind column: an invoice.
    pub kind_invoice: &'static str,
    /// Items table, kind column: a debit note.
    pub kind_debit_note: &'static str,
    /// Items table, kind column: a credit note.
    pub kind_credit_note: &'static str,
    /// Items table, kind column: a payment not yet allocated to an invoice.
    pub kind_payment: &'static str,
    /// Items table, status column: past its due date.
    pub status_overdue: &'static str,
    /// Items table, status column: not yet due.
    pub status_not_due: &'static str,
    /// Bank details block (`#company_bank_details`, letter footer): the bank's name.
    pub bank_name: &'static str,
    /// Bank details block (`#company_bank_details`, letter footer): the IBAN.
    pub bank_iban: &'static str,
    /// Bank details block (`#company_bank_details`, letter footer): the BIC.
    pub bank_bic: &'static str,
    /// Letter: the mention above the subject of a registered letter with acknowledgement of
    /// receipt, in the country's usual formula.
    pub registered_letter: &'static str,
    /// Letter: the mention above the subject of an electronic registered letter.
    pub electronic_registered_letter: &'static str,
    /// Letter: the label before the subject line, punctuation included (`Objet :`).
    pub subject: &'static str,
    /// Letter footer: the page number, with `{page}` and `{pages}`.
    pub page_of: &'static str,
    /// Letter footer in a batch: the page number within its letter, with `{page}` (CSS cannot
    /// count a letter's own pages, so no total).
    pub page: &'static str,
    /// Letter: the dateline, with `{date}` (the long date) and, where the country's letters
    /// name it, `{place}` (a city).
    pub place_date: &'static str,
    /// Letter: heading of the collector's signature and contact block.
    pub your_contact: &'static str,
    /// Letter contact block and footer: label of a phone number.
    pub phone: &'static str,
    /// Letter contact block and footer: label of an e-mail address.
    pub email: &'static str,
    /// SMS preview: the message length, with `{count}`.
    pub sms_characters: &'static str,
    /// SMS preview: the number of SMS segments, with `{count}`.
    pub sms_segments: &'static str,
    /// SMS preview: the GSM-7 encoding.
    pub encoding_gsm7: &'static str,
    /// SMS preview: the UCS-2 encoding.
    pub encoding_ucs2: &'static str,
    /// E-mail preview: label of the subject line.
    pub email_subject: &'static str,
    /// Preview: the print button.
    pub print: &'static str,
    /// Preview bar: how many sheets a letter prints on, with `{count}`.
    pub sheet_count: &'static str,
    /// Letter batch, printed for a duplex printer: the mention on screen of a blank back page.
    pub blank_back: &'static str,
    /// Preview: each channel's name, in `Channel` order (see [`Words::channel`]).
    pub channel_email: &'static str,
    pub channel_subject: &'static str,
    pub channel_sms: &'static str,
    pub channel_letter: &'static str,
    pub channel_registered_letter: &'static str,
    pub channel_electronic_registered_letter: &'static str,
    pub channel_phone_call: &'static str,
    pub channel_task: &'static str,
}

/// Number of keys in [`Words`].
pub const KEY_COUNT: usize = 44;

impl Words {
    /// The channel's name in this language.
    pub fn channel(&self, channel: crate::channel::Channel) -> &'static str {
        let names = [
            self.channel_email,
            self.channel_subject,
            self.channel_sms,
            self.channel_letter,
            self.channel_registered_letter,
            self.channel_electronic_registered_letter,
            self.channel_phone_call,
            self.channel_task,
        ];
        names[channel as usize]
    }

    /// Every key with its value, in declaration order.
    pub fn all(&self) -> [(&'static str, &'static str); KEY_COUNT] {
        [
            ("column_reference", self.column_reference),
            ("column_kind", self.column_kind),
            ("column_issue_date", self.column_issue_date),
            ("column_due_date", self.column_due_date),
            ("column_amount", self.column_amount),
            ("column_outstanding", self.column_outstanding),
            ("column_days_late", self.column_days_late),
            ("column_status", self.column_status),
            ("total", self.total),
            ("no_items", self.no_items),
            ("kind_invoice", self.kind_invoice),
            ("kind_debit_note", self.kind_debit_note),
            ("kind_credit_note", self.kind_credit_note),
            ("kind_payment", self.kind_payment),
            ("status_overdue", self.status_overdue),
            ("status_not_due", self.status_not_due),
            ("bank_name", self.bank_name),
            ("bank_iban", self.bank_iban),
            ("bank_bic", self.bank_bic),
            ("registered_letter", self.registered_letter),
            ("electronic_registered_letter", self.electronic_registered_letter),
            ("subject", self.subject),
            ("page_of", self.page_of),
            ("page", self.page),
            ("place_date", self.place_date),
            ("your_contact", self.your_contact),
            ("phone", self.phone),
            ("email", self.email),
            ("sms_characters", self.sms_characters),
            ("sms_segments", self.sms_segments),
            ("encoding_gsm7", self.encoding_gsm7),
            ("encoding_ucs2", self.encoding_ucs2),
            ("email_subject", self.email_subject),
            ("print", self.print),
            ("sheet_count", self.sheet_count),
            ("blank_back", self.blank_back),
            ("channel_email", self.channel_email),
            ("channel_subject", self.channel_subject),
            ("channel_sms", self.channel_sms),
            ("channel_letter", self.channel_letter),
            ("channel_registered_letter", self.channel_registered_letter),
            ("channel_electronic_registered_letter", self.channel_electronic_registered_letter),
            ("channel_phone_call", self.channel_phone_call),
            ("channel_task", self.channel_task),
        ]
    }
}

/// Indexed by [`Locale::index`].
static TABLE: [&Words; LOCALE_COUNT] = [
    &en::WORDS,
    &fr::WORDS,
    &de::WORDS,
    &es::WORDS,
    &it::WORDS,
    &nl::WORDS,
    &pl::WORDS,
    &pt_pt::WORDS,
    &pt_br::WORDS,
    &ro::WORDS,
    &sv::WORDS,
    &tr::WORDS,
    &hr::WORDS,
    &ja::WORDS,
    &zh_cn::WORDS,
];

/// The product's words in `locale`.
pub fn words(locale: Locale) -> &'static Words {
    TABLE[locale.index()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    const PLACEHOLDERS: [&str; 5] = ["{page}", "{pages}", "{place}", "{date}", "{count}"];

    /// Keys whose value may be the English one in more locales than one: acronyms, technical
    /// names, and words the languages share. Any other key: at most one locale.
    const SAME_AS_ENGLISH: [(&str, usize); 12] = [
        ("bank_iban", LOCALE_COUNT - 1),
        ("bank_bic", LOCALE_COUNT - 1),
        ("encoding_gsm7", LOCALE_COUNT - 1),
        // "Unicode (UCS-2)" everywhere but ja and zh-CN (full-width parentheses).
        ("encoding_ucs2", LOCALE_COUNT - 3),
        // "{place}, {date}": the European dateline.
        ("place_date", 9),
        // "E-mail": fr it nl pl pt-PT pt-BR ro.
        ("email", 7),
        ("channel_email", 7),
        // "SMS": all but sv, nl and zh-CN.
        ("channel_sms", 11),
        // "{count} SMS": fr de es it pt-PT pt-BR tr.
        ("sms_segments", 7),
        // "Status": de nl pl sv hr.
        ("column_status", 5),
        // "Total": fr es pt-PT pt-BR ro.
        ("total", 5),
        // "Bank": de nl pl sv.
        ("bank_name", 4),
    ];

    #[wasm_bindgen_test(unsupported = test)]
    fn every_key_has_a_clean_value_in_every_locale() {
        let keys = words(Locale::En).all().map(|(key, _)| key);
        for (index, key) in keys.iter().enumerate() {
            assert!(!keys[..index].contains(key), "{key} twice");
        }
        for locale in Locale::ALL {
            for (key, value) in words(locale).all() {
                assert!(!value.trim().is_empty(), "{key} is empty in {locale}");
                assert_eq!(value, value.trim(), "{key} {locale}: leading or trailing space");
                assert!(!value.contains("  "), "{key} {locale}: double space");
                assert!(!value.contains('\n'), "{key} {locale}: one line");
            }
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn placeholders_are_kept_exactly() {
        let english = words(Locale::En).all();
        for locale in Locale::ALL {
            for ((key, value), (_, en)) in words(locale).all().into_iter().zip(english) {
                for placeholder in PLACEHOLDERS {
                    let expected = en.matches(placeholder).count();
                    let found = value.matches(placeholder).count();
                    // Where business letters name no place (ja, zh-CN), the dateline is the date.
                    let optional = key == "place_date" && placeholder == "{place}";
                    assert!(
                        found == expected || (optional && found == 0),
                        "{key} {locale}: {placeholder} {found} times, English has it {expected} times"
                    );
                }
                // No other braces: a misspelt placeholder would print as is.
                let mut rest = value;
                while let Some(start) = rest.find('{') {
                    let tail = &rest[start..];
                    let known = PLACEHOLDERS.iter().find(|p| tail.starts_with(**p));
                    let placeholder =
                        known.unwrap_or_else(|| panic!("{key} {locale}: unknown placeholder in {value:?}"));
                    rest = &tail[placeholder.len()..];
                }
                assert!(!rest.contains('}'), "{key} {locale}: stray brace in {value:?}");
            }
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn translations_are_not_left_in_english() {
        for (key, _) in SAME_AS_ENGLISH {
            assert!(words(Locale::En).all().iter().any(|(k, _)| *k == key), "allowance for unknown key {key}");
        }
        for (index, (key, english)) in words(Locale::En).all().into_iter().enumerate() {
            let copies: Vec<Locale> =
                Locale::ALL[1..].iter().copied().filter(|&locale| words(locale).all()[index].1 == english).collect();
            let allowed = SAME_AS_ENGLISH.iter().find(|(k, _)| *k == key).map_or(1, |(_, n)| *n);
            assert!(copies.len() <= allowed, "{key} = {english:?} in {copies:?}, allowed in {allowed}");
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn typography_follows_each_language() {
        // French: a no-break space before the colon; the others: none.
        assert_eq!(words(Locale::Fr).subject, "Objet\u{a0}:");
        for locale in Locale::ALL {
            for (key, value) in words(locale).all() {
                if locale == Locale::Fr {
                    assert!(!value.contains(" :") && !value.contains("\u{202f}"), "{key} fr: {value:?}");
                    if let Some(colon) = value.find(':') {
                        assert!(value[..colon].ends_with('\u{a0}'), "{key} fr: no-break space before ':'");
                    }
                } else {
                    assert!(!value.contains('\u{a0}') && !value.contains('\u{202f}'), "{key} {locale}: {value:?}");
                }
                if matches!(locale, Locale::Ja | Locale::ZhCn) {
                    assert!(!value.contains(':') && !value.contains(','), "{key} {locale}: full-width punctuation");
                }
            }
        }
        assert!(words(Locale::Ja).subject.ends_with('：') && words(Locale::ZhCn).subject.ends_with('：'));
    }
}

//! What each hashtag stands for, for one customer on one date: the typed [`Value`]s the
//! renderers format. One resolver per catalogue name, in one table.

use std::cell::OnceCell;

use crate::account::{Account, PenaltySum};
use crate::catalogue::Entry;
use crate::date::Date;
use crate::locale::Locale;
use crate::money::{Decimal, Totals};
use crate::penalty;
use crate::portfolio::{Bank, Contact, Customer, Item, Portfolio};
use crate::safety;

/// A hashtag's value, before formatting.
#[derive(Debug)]
pub enum Value<'p> {
    Text(String),
    /// Sums per currency; empty means zero in the company currency.
    Money(Totals),
    /// An annual rate, in percent.
    Percent(Decimal),
    Date(Date),
    Url(String),
    Image(&'p str),
    /// Address lines.
    Address(Vec<&'p str>),
    Table(Vec<&'p Item>),
    Bank(&'p Bank),
}

/// Why a hashtag has no value: the text of a `missing-value` diagnostic.
#[derive(Debug, PartialEq)]
pub struct Missing(pub String);

/// Everything a hashtag can read, for one customer on one date.
pub struct Values<'p> {
    pub portfolio: &'p Portfolio,
    pub customer: &'p Customer,
    pub account: Account<'p>,
    /// The specific action's items (empty in a scenario).
    pub selected: &'p [String],
    pub date: Date,
    pub locale: Locale,
    /// The account's and the selection's penalties, computed once per render.
    pub penalties: [OnceCell<PenaltySum>; 2],
}

type Resolver = for<'p> fn(&Values<'p>) -> Result<Value<'p>, Missing>;

/// The resolver of each catalogue name.
const RESOLVERS: [(&str, Resolver); 38] = [
    ("items_list", |v| Ok(Value::Table(v.account.open_items().collect()))),
    ("items_list_overdue", |v| Ok(Value::Table(v.account.overdue_items().collect()))),
    ("items_amount", |v| Ok(Value::Money(Account::outstanding(v.account.open_items())))),
    ("items_amount_overdue", |v| Ok(Value::Money(Account::outstanding(v.account.overdue_items())))),
    ("items_amount_not_due", |v| {
        Ok(Value::Money(Account::outstanding(v.account.open_items().filter(|i| !v.account.is_overdue(i)))))
    }),
    ("items_amount_late_penalties", |v| Ok(Value::Money(v.penalties(false).total.clone()))),
    ("items_amount_include_late_penalties", |v| {
        let mut total = Account::outstanding(v.account.overdue_items());
        total.add_all(&v.penalties(false).total);
        Ok(Value::Money(total))
    }),
    ("items_list_selected", |v| Ok(Value::Table(v.account.selected_items(v.selected).collect()))),
    ("items_amount_selected", |v| Ok(Value::Money(Account::outstanding(v.account.selected_items(v.selected))))),
    ("items_amount_selected_late_penalties", |v| Ok(Value::Money(v.penalties(true).total.clone()))),
    ("items_amount_selected_include_late_penalties", |v| {
        let mut total = Account::outstanding(v.account.selected_items(v.selected));
        total.add_all(&v.penalties(true).total);
        Ok(Value::Money(total))
    }),
    ("customer_name", |v| Ok(Value::Text(v.customer.name.clone()))),
    ("customer_code", |v| text(v.customer.code.as_deref(), "the customer has no code")),
    ("customer_address", |v| {
        let lines = v.contact().and_then(|c| c.address.as_deref()).or(v.customer.address.as_deref());
        address(lines, "neither the collection contact nor the customer has an address")
    }),
    ("contact_title", |v| text(v.contact_field(|c| c.title.as_deref())?, "the collection contact has no title")),
    ("contact_first_name", |v| {
        text(v.contact_field(|c| c.first_name.as_deref())?, "the collection contact has no first name")
    }),
    ("contact_last_name", |v| {
        text(v.contact_field(|c| c.last_name.as_deref())?, "the collection contact has no last name")
    }),
    ("contact_name", |v| {
        let contact = v.contact().ok_or_else(no_contact)?;
        let parts = [&contact.title, &contact.first_name, &contact.last_name];
        let name: Vec<&str> = parts.iter().filter_map(|part| part.as_deref()).filter(|p| !p.is_empty()).collect();
        text(Some(&name.join(" ")).filter(|n| !n.is_empty()).map(String::as_str), "the collection contact has no name")
    }),
    ("contact_email", |v| text(v.contact_field(|c| c.email.as_deref())?, "the collection contact has no e-mail")),
    ("contact_phone", |v| {
        text(v.contact_field(|c| c.phone.as_deref().or(c.mobile.as_deref()))?, "the collection contact has no phone")
    }),
    ("user_name", |v| Ok(Value::Text(v.collector()?.name.clone()))),
    ("user_email", |v| text(v.collector()?.email.as_deref(), "the collector has no e-mail")),
    ("user_phone", |v| text(v.collector()?.phone.as_deref(), "the collector has no phone")),
    ("user_title", |v| text(v.collector()?.title.as_deref(), "the collector has no title")),
    ("company_name", |v| Ok(Value::Text(v.portfolio.company.name.clone()))),
    ("company_phone", |v| text(v.portfolio.company.phone.as_deref(), "the company has no phone")),
    ("company_email", |v| text(v.portfolio.company.email.as_deref(), "the company has no e-mail")),
    ("company_registration", |v| {
        text(v.portfolio.company.registration.as_deref(), "the company has no registration number")
    }),
    ("company_address", |v| address(v.portfolio.company.address.as_deref(), "the company has no address")),
    ("company_logo", |v| match v.portfolio.company.logo.as_deref() {
        Some(logo) if safety::url::allowed_logo(logo) => Ok(Value::Image(logo)),
        Some(_) => Err(Missing("the company logo is not an image URL".to_owned())),
        None => Err(Missing("the company has no logo".to_owned())),
    }),
    ("company_bank_details", |v| {
        v.portfolio
            .company
            .bank
            .as_ref()
            .map(Value::Bank)
            .ok_or_else(|| Missing("the company has no bank details".to_owned()))
    }),
    ("company_iban", |v| text(v.bank()?.iban.as_deref().map(group_iban).as_deref(), "the company has no IBAN")),
    ("company_bic", |v| text(v.bank()?.bic.as_deref(), "the company has no BIC")),
    ("company_late_penalty_rate", |v| {
        let schedule = v.portfolio.company.late_penalty_rate.as_ref();
        schedule
            .map(|s| Value::Percent(penalty::rate_on(s, v.date)))
            .ok_or_else(|| Missing("the company has no late-payment rate".to_owned()))
    }),
    ("company_recovery_cost", |v| {
        let company = &v.portfolio.company;
        let cost = company
            .recovery_cost
            .as_ref()
            .and_then(|costs| penalty::recovery_cost(crate::money::Money::zero(company.currency), costs));
        cost.map(|cost| Value::Money([cost].into_iter().collect()))
            .ok_or_else(|| Missing(format!("the company has no recovery cost in {}", company.currency)))
    }),
    ("today", |v| Ok(Value::Date(v.date))),
    ("payment_link", |v| v.link(v.portfolio.company.payment_url.as_deref(), "payment")),
    ("interactive_link", |v| v.link(v.portfolio.company.interactive_url.as_deref(), "interactive")),
];

fn text<'p>(value: Option<&str>, missing: &str) -> Result<Value<'p>, Missing> {
    match value {
        Some(value) if !value.trim().is_empty() => Ok(Value::Text(value.to_owned())),
        _ => Err(Missing(missing.to_owned())),
    }
}

fn address<'p>(lines: Option<&'p [String]>, missing: &str) -> Result<Value<'p>, Missing> {
    let lines: Vec<&str> =
        lines.unwrap_or_default().iter().map(String::as_str).filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        return Err(Missing(missing.to_owned()));
    }
    Ok(Value::Address(lines))
}

fn no_contact() -> Missing {
    Missing("the customer has no collection contact".to_owned())
}

/// `FR7630004000031234567890143` → `FR76 3000 4000 0312 3456 7890 143`.
pub(super) fn group_iban(iban: &str) -> String {
    let compact: Vec<char> = iban.chars().filter(|c| !c.is_whitespace()).collect();
    compact.chunks(4).map(|chunk| chunk.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

impl<'p> Values<'p> {
    /// The late-payment penalties of the account's open items, or of the selected ones.
    pub fn penalties(&self, selected: bool) -> &PenaltySum {
        self.penalties[usize::from(selected)].get_or_init(|| {
            if selected {
                self.account.penalties(self.account.selected_items(self.selected))
            } else {
                self.account.penalties(self.account.open_items())
            }
        })
    }

    /// The value of a catalogue hashtag.
    pub fn value(&self, entry: &Entry) -> Result<Value<'p>, Missing> {
        match RESOLVERS.iter().find(|(name, _)| *name == entry.name) {
            Some((_, resolve)) => resolve(self),
            None => Err(Missing(format!("#{} has no value yet", entry.name))),
        }
    }

    fn contact(&self) -> Option<&'p Contact> {
        self.portfolio.collection_contact(self.customer)
    }

    fn contact_field(&self, field: impl Fn(&'p Contact) -> Option<&'p str>) -> Result<Option<&'p str>, Missing> {
        Ok(field(self.contact().ok_or_else(no_contact)?))
    }

    fn collector(&self) -> Result<&'p crate::portfolio::User, Missing> {
        let id =
            self.customer.collector.as_deref().ok_or_else(|| Missing("the customer has no collector".to_owned()))?;
        self.portfolio.user(id).ok_or_else(|| Missing("the customer has no collector".to_owned()))
    }

    fn bank(&self) -> Result<&'p Bank, Missing> {
        self.portfolio.company.bank.as_ref().ok_or_else(|| Missing("the company has no bank details".to_owned()))
    }

    /// The company's URL template with `{customer}` replaced by the customer's code,
    /// percent-encoded; only http(s) and mailto URLs are links.
    fn link(&self, template: Option<&str>, which: &str) -> Result<Value<'p>, Missing> {
        let template = template.ok_or_else(|| Missing(format!("the company has no {which} URL")))?;
        let code = self.customer.code.as_deref().unwrap_or(&self.customer.id);
        let url = template.replace("{customer}", &percent_encode(code));
        let lower = url.trim_start().to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")) {
            return Err(Missing(format!("the company's {which} URL is not an http(s) URL")));
        }
        Ok(Value::Url(url))
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn every_catalogue_name_has_one_resolver() {
        for entry in crate::catalogue::entries() {
            assert_eq!(RESOLVERS.iter().filter(|(name, _)| *name == entry.name).count(), 1, "{}", entry.name);
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn customer_codes_are_percent_encoded() {
        assert_eq!(percent_encode("411 DUP/é&x"), "411%20DUP%2F%C3%A9%26x");
        assert_eq!(group_iban("FR76 3000 4000 0312 3456 7890 143"), "FR76 3000 4000 0312 3456 7890 143");
        assert_eq!(group_iban("FR7630004000031234567890143"), "FR76 3000 4000 0312 3456 7890 143");
    }
}

//! What each hashtag stands for, for one customer on one date: the typed [`Value`]s the
//! renderers format, read as each catalogue entry's [`Meaning`] says.

use std::cell::OnceCell;

use crate::account::{Account, PenaltySum};
use crate::catalogue::{Computed, DueFilter, Entry, ItemQuery, ItemsOf, ItemsReading, Meaning};
use crate::date::Date;
use crate::locale::Locale;
use crate::money::{Currency, Decimal, Money, Totals};
use crate::penalty;
use crate::portfolio::{Bank, Contact, Customer, Item, Portfolio};
use crate::safety::url;

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
    let mut grouped = String::with_capacity(iban.len() + iban.len() / 4);
    for (index, ch) in iban.chars().filter(|c| !c.is_whitespace()).enumerate() {
        if index > 0 && index % 4 == 0 {
            grouped.push(' ');
        }
        grouped.push(ch);
    }
    grouped
}

impl<'p> Values<'p> {
    /// The currency a sum of nothing is said in: the customer's, when their open items share
    /// one (a Brazilian customer's zero is `R$ 0,00`, not the company's `0,00 €`); else the
    /// company's.
    pub fn currency_of_nothing(&self) -> Currency {
        let mut currencies = self.account.open_items().map(|item| item.currency);
        match currencies.next() {
            Some(first) if currencies.all(|currency| currency == first) => first,
            _ => self.portfolio.company.currency,
        }
    }

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

    /// The value of a catalogue hashtag: what its [`Meaning`] reads.
    pub fn value(&self, entry: &Entry) -> Result<Value<'p>, Missing> {
        match entry.meaning {
            Meaning::Items(query) => Ok(self.items(query)),
            Meaning::Customer(field, missing) => text(field(self.customer), missing),
            Meaning::Contact(field, missing) => text(field(self.contact().ok_or_else(no_contact)?), missing),
            Meaning::Collector(field, missing) => text(field(self.collector()?), missing),
            Meaning::Company(field, missing) => text(field(&self.portfolio.company), missing),
            Meaning::Computed(computed) => self.computed(computed),
        }
    }

    fn items(&self, query: ItemQuery) -> Value<'p> {
        match query.of {
            ItemsOf::Account => self.read(self.account.open_items(), query),
            ItemsOf::Selection => self.read(self.account.selected_items(self.selected), query),
        }
    }

    /// What `query` shows of `items` (the account's or the selection's).
    fn read(&self, items: impl Iterator<Item = &'p Item>, query: ItemQuery) -> Value<'p> {
        let selection = query.of == ItemsOf::Selection;
        let items = items.filter(|item| match query.due {
            DueFilter::Any => true,
            DueFilter::Overdue => self.account.is_overdue(item),
            DueFilter::NotDue => !self.account.is_overdue(item),
        });
        match query.reading {
            ItemsReading::Table => Value::Table(items.collect()),
            ItemsReading::Outstanding => Value::Money(Account::outstanding(items)),
            ItemsReading::LatePenalties => Value::Money(self.penalties(selection).total.clone()),
            ItemsReading::OutstandingAndLatePenalties => {
                let mut total = Account::outstanding(items);
                total.add_all(&self.penalties(selection).total);
                Value::Money(total)
            }
        }
    }

    fn computed(&self, computed: Computed) -> Result<Value<'p>, Missing> {
        let company = &self.portfolio.company;
        match computed {
            Computed::ContactName => {
                let contact = self.contact().ok_or_else(no_contact)?;
                let parts = [&contact.title, &contact.first_name, &contact.last_name];
                let name: Vec<&str> =
                    parts.iter().filter_map(|part| part.as_deref()).filter(|p| !p.is_empty()).collect();
                text(Some(&name.join(" ")), "the collection contact has no name")
            }
            Computed::CustomerAddress => {
                let lines = self.contact().and_then(|c| c.address.as_deref()).or(self.customer.address.as_deref());
                address(lines, "neither the collection contact nor the customer has an address")
            }
            Computed::CompanyAddress => address(company.address.as_deref(), "the company has no address"),
            Computed::CompanyLogo => match company.logo.as_deref() {
                Some(logo) if url::allowed(logo, url::Use::Image) => Ok(Value::Image(logo)),
                Some(_) => Err(Missing(
                    "the company logo is neither a link nor a PNG, JPEG, GIF or WebP data: image".to_owned(),
                )),
                None => Err(Missing("the company has no logo".to_owned())),
            },
            Computed::BankDetails => self.bank().map(Value::Bank),
            Computed::Iban => text(self.bank()?.iban.as_deref().map(group_iban).as_deref(), "the company has no IBAN"),
            Computed::Bic => text(self.bank()?.bic.as_deref(), "the company has no BIC"),
            Computed::LatePenaltyRate => company
                .late_penalty_rate
                .as_ref()
                .map(|schedule| Value::Percent(penalty::rate_on(schedule, self.date)))
                .ok_or_else(|| Missing("the company has no late-payment rate".to_owned())),
            Computed::RecoveryCost => company
                .recovery_cost
                .as_ref()
                .and_then(|costs| penalty::recovery_cost(Money::zero(company.currency), costs))
                .map(|cost| Value::Money([cost].into_iter().collect()))
                .ok_or_else(|| Missing(format!("the company has no recovery cost in {}", company.currency))),
            Computed::Today => Ok(Value::Date(self.date)),
            Computed::PaymentLink => self.link(company.payment_url.as_deref(), "payment"),
            Computed::InteractiveLink => self.link(company.interactive_url.as_deref(), "interactive"),
        }
    }

    fn contact(&self) -> Option<&'p Contact> {
        self.portfolio.collection_contact(self.customer)
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

    /// A new hashtag is one catalogue row (and its words): its meaning is all the renderers
    /// read. Two rows that are not in the catalogue resolve without any code of their own.
    #[wasm_bindgen_test(unsupported = test)]
    fn a_catalogue_row_is_all_a_hashtag_needs() {
        use crate::catalogue::{Scope, Type};
        let portfolio = Portfolio::from_json(include_str!("../../tests/data/spec-portfolio.json")).unwrap();
        let customer = &portfolio.customers[0];
        let date = "2026-10-01".parse().unwrap(); // one item overdue, one not due
        let values = Values {
            portfolio: &portfolio,
            customer,
            account: Account::new(&portfolio, customer, date),
            selected: &[],
            date,
            locale: Locale::En,
            penalties: Default::default(),
        };
        let not_due =
            Meaning::Items(ItemQuery { of: ItemsOf::Account, due: DueFilter::NotDue, reading: ItemsReading::Table });
        let Ok(Value::Table(items)) =
            values.value(&Entry::unlisted("items_list_not_due", Type::Table, Scope::Items, not_due))
        else {
            panic!("a table")
        };
        let expected: Vec<&Item> = values.account.open_items().filter(|i| !values.account.is_overdue(i)).collect();
        assert!(!expected.is_empty(), "the customer has items not yet due");
        assert_eq!(items.iter().map(|i| &i.id).collect::<Vec<_>>(), expected.iter().map(|i| &i.id).collect::<Vec<_>>());

        let reference = Meaning::Customer(|c| c.code.as_deref(), "the customer has no reference");
        let entry = Entry::unlisted("customer_reference", Type::Text, Scope::Customer, reference);
        match (values.value(&entry), customer.code.as_deref()) {
            (Ok(Value::Text(text)), Some(code)) => assert_eq!(text, code),
            (Err(Missing(reason)), None) => assert_eq!(reason, "the customer has no reference"),
            other => panic!("{other:?}"),
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn customer_codes_are_percent_encoded() {
        assert_eq!(percent_encode("411 DUP/é&x"), "411%20DUP%2F%C3%A9%26x");
        assert_eq!(group_iban("FR76 3000 4000 0312 3456 7890 143"), "FR76 3000 4000 0312 3456 7890 143");
        assert_eq!(group_iban("FR7630004000031234567890143"), "FR76 3000 4000 0312 3456 7890 143");
        assert_eq!(
            (group_iban(""), group_iban("FR76"), group_iban(" FR763 ")),
            (String::new(), "FR76".into(), "FR76 3".into())
        );
    }
}

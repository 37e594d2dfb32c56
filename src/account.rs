//! A customer's account on a date: the item sets and the sums of catalogue.md's "Items" and
//! "Selected items" hashtags, penalties included.

use crate::date::Date;
use crate::money::{Currency, Totals};
use crate::penalty;
use crate::portfolio::{Customer, Item, Portfolio};

/// One customer's account, as of `date`.
pub struct Account<'p> {
    portfolio: &'p Portfolio,
    customer: &'p Customer,
    date: Date,
}

/// The late-payment penalties of a set of items, and what could not be computed.
#[derive(Debug, Default, PartialEq)]
pub struct PenaltySum {
    pub total: Totals,
    /// Penalised items' currencies without a recovery cost in `company.recovery_cost`.
    pub currencies_without_recovery_cost: Vec<Currency>,
    /// Interest is enabled and an item is penalised, but the company has no rate.
    pub missing_rate: bool,
}

impl<'p> Account<'p> {
    pub fn new(portfolio: &'p Portfolio, customer: &'p Customer, date: Date) -> Account<'p> {
        Account { portfolio, customer, date }
    }

    /// Every open item (non-zero outstanding): invoices, debit and credit notes, payments.
    pub fn open_items(&self) -> impl Iterator<Item = &'p Item> + '_ {
        self.portfolio.items_of(&self.customer.id).filter(|item| item.is_open())
    }

    /// Open items due before the account's date.
    pub fn overdue_items(&self) -> impl Iterator<Item = &'p Item> + '_ {
        self.open_items().filter(|item| item.due_date < self.date)
    }

    pub fn is_overdue(&self, item: &Item) -> bool {
        item.due_date < self.date
    }

    /// Open items among `ids`, in the order given.
    pub fn selected_items<'s>(&'s self, ids: &'s [String]) -> impl Iterator<Item = &'p Item> + 's {
        ids.iter()
            .filter_map(|id| self.portfolio.item(id))
            .filter(|item| item.is_open() && item.customer == self.customer.id)
    }

    /// `#items_amount` and friends: the outstanding of `items`, per currency.
    pub fn outstanding<'i>(items: impl Iterator<Item = &'i Item>) -> Totals {
        items.map(Item::outstanding).collect()
    }

    /// A penalised item: dunnable, open, overdue, and not in a status excluded from scenarios.
    pub fn is_penalised(&self, item: &Item) -> bool {
        item.kind.is_dunnable()
            && item.is_open()
            && self.is_overdue(item)
            && !self.portfolio.is_excluded_from_scenario(item)
    }

    /// `#items_amount_late_penalties` over `items` (the account's, or the selected ones):
    /// interest and recovery costs of the penalised ones, as the customer's settings enable.
    pub fn penalties<'i>(&self, items: impl Iterator<Item = &'i Item>) -> PenaltySum {
        let mut sum = PenaltySum::default();
        let enabled = self.customer.penalties.unwrap_or_default();
        if !enabled.interest && !enabled.recovery_cost {
            return sum;
        }
        let company = &self.portfolio.company;
        for item in items.filter(|item| self.is_penalised(item)) {
            if enabled.interest {
                match &company.late_penalty_rate {
                    Some(schedule) => {
                        sum.total.add(penalty::interest(item.outstanding(), item.due_date, self.date, schedule))
                    }
                    None => sum.missing_rate = true,
                }
            }
            if enabled.recovery_cost {
                let cost =
                    company.recovery_cost.as_ref().and_then(|costs| penalty::recovery_cost(item.amount(), costs));
                match cost {
                    Some(cost) => sum.total.add(cost),
                    None if !sum.currencies_without_recovery_cost.contains(&item.currency) => {
                        sum.currencies_without_recovery_cost.push(item.currency)
                    }
                    None => {}
                }
            }
        }
        sum
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    const SPEC: &str = include_str!("../tests/data/spec-portfolio.json");

    fn codes(totals: &Totals) -> Vec<String> {
        totals.iter().map(|money| money.to_string()).collect()
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn spec_example_sums() {
        let portfolio = Portfolio::from_json(SPEC).unwrap();
        let customer = portfolio.customer("C001").unwrap();
        let account = Account::new(&portfolio, customer, "2026-11-22".parse().unwrap());
        assert_eq!(codes(&Account::outstanding(account.open_items())), ["1050.00 EUR"]);
        assert_eq!(codes(&Account::outstanding(account.overdue_items())), ["1050.00 EUR"]);
        let penalties = account.penalties(account.open_items());
        assert_eq!(codes(&penalties.total), ["61.17 EUR"], "21.17 interest + 40.00 recovery cost");
        assert!(penalties.currencies_without_recovery_cost.is_empty() && !penalties.missing_rate);
        let selected = ["i1".to_owned()];
        assert_eq!(codes(&Account::outstanding(account.selected_items(&selected))), ["1200.00 EUR"]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn penalties_need_the_customer_to_enable_them() {
        let mut json: serde_json::Value = serde_json::from_str(SPEC).unwrap();
        json["customers"][0]["penalties"] = serde_json::json!({"interest": false, "recovery_cost": true});
        json["items"][0]["status"] = "reminded".into();
        let portfolio = Portfolio::from_json(&json.to_string()).unwrap();
        let account = Account::new(&portfolio, &portfolio.customers[0], "2026-11-22".parse().unwrap());
        assert_eq!(codes(&account.penalties(account.open_items()).total), ["40.00 EUR"]);
        json["items"][0]["status"] = "dispute".into();
        let portfolio = Portfolio::from_json(&json.to_string()).unwrap();
        let account = Account::new(&portfolio, &portfolio.customers[0], "2026-11-22".parse().unwrap());
        assert!(account.penalties(account.open_items()).total.is_empty(), "a disputed invoice bears no penalty");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_currency_without_recovery_cost_is_reported() {
        let mut json: serde_json::Value = serde_json::from_str(SPEC).unwrap();
        json["items"][0]["currency"] = "USD".into();
        let portfolio = Portfolio::from_json(&json.to_string()).unwrap();
        let account = Account::new(&portfolio, &portfolio.customers[0], "2026-11-22".parse().unwrap());
        let penalties = account.penalties(account.open_items());
        assert_eq!(codes(&penalties.total), ["21.17 USD"]);
        assert_eq!(penalties.currencies_without_recovery_cost, [Currency::from_code("USD").unwrap()]);
    }
}

//! Exact money: decimal amounts, ISO 4217 currencies and their minor units.
//!
//! An amount is an integer count of its currency's minor unit (cents for EUR, yen for JPY), so
//! sums are exact and never mix currencies. Decimal text from the portfolio (`"1200.50"`) is
//! parsed exactly with [`Decimal`] and converted only if it fits the currency's minor unit.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};

/// An ISO 4217 currency, ordered by its code (the order sums print in).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency {
    code: [u8; 3],
    minor_digits: u8,
}

/// Active ISO 4217 codes whose minor unit is not 2 digits; every other code of
/// [`TWO_DIGIT_CODES`] has 2.
const OTHER_DIGITS: [(&str, u8); 26] = [
    ("BHD", 3),
    ("BIF", 0),
    ("CLF", 4),
    ("CLP", 0),
    ("DJF", 0),
    ("GNF", 0),
    ("IQD", 3),
    ("ISK", 0),
    ("JOD", 3),
    ("JPY", 0),
    ("KMF", 0),
    ("KRW", 0),
    ("KWD", 3),
    ("LYD", 3),
    ("OMR", 3),
    ("PYG", 0),
    ("RWF", 0),
    ("TND", 3),
    ("UGX", 0),
    ("UYI", 0),
    ("UYW", 4),
    ("VND", 0),
    ("VUV", 0),
    ("XAF", 0),
    ("XOF", 0),
    ("XPF", 0),
];

/// Active ISO 4217 codes with a two-digit minor unit, sorted (looked up by binary search: a
/// million items each name their currency).
const TWO_DIGIT_CODES: [&str; 140] = [
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD", "BND",
    "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CNY", "COP", "COU",
    "CRC", "CUP", "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS",
    "GIP", "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR",
    "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU",
    "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK",
    "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS",
    "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD",
    "USN", "UYU", "UZS", "VED", "VES", "WST", "XCD", "XCG", "YER", "ZAR", "ZMW", "ZWG",
];

impl Currency {
    /// The currency of an ISO 4217 code (upper case), if it is an active one.
    pub fn from_code(code: &str) -> Option<Currency> {
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        if !bytes.iter().all(u8::is_ascii_uppercase) {
            return None;
        }
        let minor_digits = match OTHER_DIGITS.iter().find(|(other, _)| *other == code) {
            Some(&(_, digits)) => digits,
            None if TWO_DIGIT_CODES.binary_search(&code).is_ok() => 2,
            None => return None,
        };
        Some(Currency { code: bytes, minor_digits })
    }

    pub fn code(&self) -> &str {
        // Only ASCII upper-case letters get in (see `from_code`).
        std::str::from_utf8(&self.code).unwrap_or("XXX")
    }

    /// Digits after the decimal point: EUR 2, JPY 0, KWD 3.
    pub fn minor_digits(self) -> u8 {
        self.minor_digits
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An exact decimal number as written: `mantissa × 10^-scale`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: i128,
    pub scale: u32,
}

/// Most fraction digits a decimal may have (rates are the most precise values we read).
const MAX_SCALE: u32 = 12;

impl Decimal {
    pub const ZERO: Decimal = Decimal { mantissa: 0, scale: 0 };

    /// The value in units of 10^-`digits`, if it is a whole number of them and fits an i64.
    #[inline]
    pub fn to_units(self, digits: u32) -> Option<i64> {
        // A loaded amount already has its currency's digits: no scaling to do (every item's
        // amounts, read several times per letter: inlined).
        if self.scale == digits {
            return i64::try_from(self.mantissa).ok();
        }
        self.scaled_units(digits)
    }

    fn scaled_units(self, digits: u32) -> Option<i64> {
        if self.scale < digits {
            let scaled = self.mantissa.checked_mul(10i128.checked_pow(digits - self.scale)?)?;
            return i64::try_from(scaled).ok();
        }
        let divisor = 10i128.pow(self.scale - digits);
        (self.mantissa % divisor == 0).then(|| i64::try_from(self.mantissa / divisor).ok()).flatten()
    }

    /// The value with `scale` fraction digits (more or equal to its own).
    pub fn rescaled(self, scale: u32) -> Option<i128> {
        self.mantissa.checked_mul(10i128.checked_pow(scale.checked_sub(self.scale)?)?)
    }

    pub fn is_negative(self) -> bool {
        self.mantissa < 0
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.mantissa.unsigned_abs().to_string();
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let scale = self.scale as usize;
        if scale == 0 {
            return write!(f, "{sign}{digits}");
        }
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (whole, fraction) = padded.split_at(padded.len() - scale);
        write!(f, "{sign}{whole}.{fraction}")
    }
}

impl FromStr for Decimal {
    type Err = Error;

    /// `-?digits(.digits)?`: no exponent, no `+`, no grouping, at most 12 fraction digits.
    fn from_str(text: &str) -> Result<Decimal, Error> {
        let invalid = || {
            let detail = format!("invalid amount \"{text}\" (expected a decimal number such as \"1200.50\")");
            Error::new(ErrorKind::InvalidValue, detail)
        };
        let unsigned = text.strip_prefix('-').unwrap_or(text);
        let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) || unsigned.ends_with('.') {
            return Err(invalid());
        }
        let scale = u32::try_from(fraction.len()).ok().filter(|&scale| scale <= MAX_SCALE).ok_or_else(invalid)?;
        let magnitude = format!("{whole}{fraction}").parse::<i128>().map_err(|_| invalid())?;
        let mantissa = if unsigned.len() < text.len() { -magnitude } else { magnitude };
        Ok(Decimal { mantissa, scale })
    }
}

/// An amount in one currency, in minor units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    pub fn zero(currency: Currency) -> Money {
        Money { minor: 0, currency }
    }

    /// The amount as a decimal with the currency's minor digits.
    pub fn decimal(self) -> Decimal {
        Decimal { mantissa: i128::from(self.minor), scale: u32::from(self.currency.minor_digits) }
    }
}

impl fmt::Display for Money {
    /// `1200.50 EUR`: for logs and messages; letters use the locale's CLDR format.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.decimal(), self.currency)
    }
}

/// A sum per currency, never mixing them; iterates in currency-code order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// In currency-code order. A sum has a currency or two: a sorted list beats a tree.
    by_currency: Vec<(Currency, i64)>,
}

impl Totals {
    /// Inlined: sums add every item of a letter, several times over.
    #[inline]
    pub fn add(&mut self, money: Money) {
        // Portfolio amounts are bounded far below i64::MAX minor units (see `portfolio`), so
        // sums of a portfolio's items cannot overflow; saturate rather than wrap regardless.
        match self.by_currency.iter_mut().find(|(currency, _)| *currency == money.currency) {
            Some((_, total)) => *total = total.saturating_add(money.minor),
            None => self.insert(money),
        }
    }

    /// A currency not yet in the sum, at its place in code order.
    fn insert(&mut self, money: Money) {
        let at = self.by_currency.partition_point(|&(currency, _)| currency < money.currency);
        self.by_currency.insert(at, (money.currency, money.minor));
    }

    /// Adds every currency of `other`.
    pub fn add_all(&mut self, other: &Totals) {
        for money in other.iter() {
            self.add(money);
        }
    }

    /// The sums, in currency-code order (a currency appears once something was added to it).
    pub fn iter(&self) -> impl Iterator<Item = Money> + '_ {
        self.by_currency.iter().map(|&(currency, minor)| Money { minor, currency })
    }

    pub fn is_empty(&self) -> bool {
        self.by_currency.is_empty()
    }

    /// The total in `currency` (zero if nothing was added in it).
    pub fn get(&self, currency: Currency) -> Money {
        let minor = self.by_currency.iter().find(|&&(code, _)| code == currency).map_or(0, |&(_, minor)| minor);
        Money { minor, currency }
    }
}

impl FromIterator<Money> for Totals {
    fn from_iter<I: IntoIterator<Item = Money>>(amounts: I) -> Totals {
        let mut totals = Totals::default();
        amounts.into_iter().for_each(|money| totals.add(money));
        totals
    }
}

/// `numerator / denominator` rounded half away from zero (the spec's rounding), for a positive
/// denominator.
pub fn divide_rounding_half_away(numerator: i128, denominator: i128) -> i128 {
    debug_assert!(denominator > 0);
    // Interest on an invoice fits in 64 bits: the same division without 128-bit arithmetic
    // (a library call natively and in wasm).
    let small = (i64::try_from(numerator), i64::try_from(denominator).ok().filter(|&d| d > 0));
    if let (Ok(numerator), Some(denominator)) = small {
        let (quotient, remainder) = (numerator / denominator, numerator % denominator);
        let away = remainder.unsigned_abs() * 2 >= denominator.unsigned_abs();
        return i128::from(if away { quotient + numerator.signum() } else { quotient });
    }
    let quotient = numerator / denominator;
    let remainder = numerator % denominator;
    if remainder.unsigned_abs() * 2 >= denominator.unsigned_abs() {
        quotient + numerator.signum()
    } else {
        quotient
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn eur() -> Currency {
        Currency::from_code("EUR").unwrap()
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn iso_4217_minor_digits() {
        let digits = |code| Currency::from_code(code).map(Currency::minor_digits);
        assert_eq!((digits("EUR"), digits("JPY"), digits("KWD"), digits("CLF")), (Some(2), Some(0), Some(3), Some(4)));
        assert_eq!((digits("eur"), digits("EURO"), digits("ABC"), digits("")), (None, None, None, None));
        assert!(OTHER_DIGITS.iter().all(|(code, _)| !TWO_DIGIT_CODES.contains(code)));
        assert!(TWO_DIGIT_CODES.is_sorted(), "binary search needs the table sorted");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn decimals_parse_exactly() {
        assert_eq!("1200.50".parse(), Ok(Decimal { mantissa: 120050, scale: 2 }));
        assert_eq!("-150".parse(), Ok(Decimal { mantissa: -150, scale: 0 }));
        assert_eq!("0.000001".parse(), Ok(Decimal { mantissa: 1, scale: 6 }));
        for bad in ["", "-", "1.", ".5", "+1", "1e3", "1,5", "1 000", "--1", "1.2.3", "0x10", "1.0000000000001"] {
            let error = bad.parse::<Decimal>().unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidValue, "{bad}");
            assert!(error.to_string().starts_with(&format!("invalid amount \"{bad}\" (expected")), "{error}");
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn units_only_when_exact() {
        let d = |text: &str| text.parse::<Decimal>().unwrap();
        assert_eq!(d("1200.5").to_units(2), Some(120050));
        assert_eq!(d("1200.500").to_units(2), Some(120050));
        assert_eq!(d("12.345").to_units(2), None);
        assert_eq!(d("1234567").to_units(0), Some(1234567));
        assert_eq!(d("99999999999999999999").to_units(2), None);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn display_round_trips() {
        for text in ["0", "-0.05", "1200.50", "12.15", "-3"] {
            assert_eq!(text.parse::<Decimal>().unwrap().to_string(), text);
        }
        assert_eq!(Money::new(-15000, eur()).to_string(), "-150.00 EUR");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(divide_rounding_half_away(5, 2), 3);
        assert_eq!(divide_rounding_half_away(-5, 2), -3);
        assert_eq!(divide_rounding_half_away(4, 3), 1);
        assert_eq!(divide_rounding_half_away(-4, 3), -1);
        assert_eq!(divide_rounding_half_away(0, 7), 0);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn totals_keep_currencies_apart_in_code_order() {
        let usd = Currency::from_code("USD").unwrap();
        let chf = Currency::from_code("CHF").unwrap();
        let totals: Totals = [Money::new(100, usd), Money::new(250, eur()), Money::new(-50, usd), Money::new(1, chf)]
            .into_iter()
            .collect();
        let codes: Vec<_> = totals.iter().map(|m| (m.currency.code().to_owned(), m.minor)).collect();
        assert_eq!(codes, [("CHF".to_owned(), 1), ("EUR".to_owned(), 250), ("USD".to_owned(), 50)]);
        assert_eq!(totals.get(Currency::from_code("JPY").unwrap()).minor, 0);
    }
}

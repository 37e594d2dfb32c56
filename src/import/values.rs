//! Amounts and dates as exports write them, read exactly: the decimal mark and the date order
//! are declared in the mapping file or found from the whole column, never guessed value by
//! value. A column that does not say (every date could be day-first or month-first) is a
//! problem to declare, not a guess.

use crate::date::Date;
use crate::money::Decimal;

/// The character before an amount's fraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalMark {
    Point,
    Comma,
}

impl DecimalMark {
    pub fn parse(text: &str) -> Option<DecimalMark> {
        match text {
            "." => Some(DecimalMark::Point),
            "," => Some(DecimalMark::Comma),
            _ => None,
        }
    }

    /// The mark as written.
    pub fn char(self) -> char {
        match self {
            DecimalMark::Point => '.',
            DecimalMark::Comma => ',',
        }
    }
}

/// The mark a column of amounts uses: `Ok(None)` when no value tells (integers, or only
/// groups of three digits such as `1,234`), `Err` when values disagree.
pub fn decimal_mark<'v>(values: impl Iterator<Item = &'v str>) -> Result<Option<DecimalMark>, String> {
    let (mut point, mut comma) = (None, None);
    for value in values {
        let digits: String = value.chars().filter(|c| c.is_ascii_digit() || matches!(c, '.' | ',')).collect();
        let mark = match (digits.rfind('.'), digits.rfind(',')) {
            (Some(p), Some(c)) => Some(if p > c { DecimalMark::Point } else { DecimalMark::Comma }),
            // One mark: a fraction of other than three digits, or two marks of the same kind
            // (`1.234.567` groups thousands) says which it is.
            (Some(at), None) | (None, Some(at)) => {
                let mark = digits.as_bytes()[at] as char;
                let fraction = digits.len() - at - 1;
                let repeated = digits.matches(mark).count() > 1;
                let is = if mark == '.' { DecimalMark::Point } else { DecimalMark::Comma };
                let other = if mark == '.' { DecimalMark::Comma } else { DecimalMark::Point };
                match (repeated, fraction) {
                    (true, _) => Some(other),
                    (false, 3) => None,
                    (false, _) => Some(is),
                }
            }
            (None, None) => None,
        };
        match mark {
            Some(DecimalMark::Point) => point = point.or(Some(value)),
            Some(DecimalMark::Comma) => comma = comma.or(Some(value)),
            None => {}
        }
    }
    match (point, comma) {
        (Some(a), Some(b)) => Err(format!(
            "amounts disagree on the decimal mark (\"{a}\", \"{b}\"): declare `decimal` in the mapping file"
        )),
        (Some(_), None) => Ok(Some(DecimalMark::Point)),
        (None, Some(_)) => Ok(Some(DecimalMark::Comma)),
        (None, None) => Ok(None),
    }
}

/// An amount: thousands separators, spaces and a currency sign or code around it are dropped;
/// `-1.50`, `1.50-` (SAP) and `(1.50)` (accounting) are negative.
pub fn amount(text: &str, mark: DecimalMark) -> Result<Decimal, String> {
    let trimmed = text.trim();
    let (negative, body) = if let Some(inner) = trimmed.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        (true, inner)
    } else if let Some(inner) = trimmed.strip_suffix('-') {
        (true, inner)
    } else {
        (false, trimmed)
    };
    let mut number = String::with_capacity(body.len() + 1);
    let mut digits = false;
    for c in body.chars() {
        match c {
            '0'..='9' => {
                digits = true;
                number.push(c);
            }
            '-' if number.is_empty() => number.push('-'),
            c if c == mark.char() => number.push('.'),
            '.' | ',' | '\'' | ' ' | '\u{a0}' | '\u{202f}' => {}
            c if c.is_alphabetic() || "€$£¥₺₹₽".contains(c) => {}
            _ => return Err("is not an amount".into()),
        }
    }
    if !digits || number.matches('.').count() > 1 {
        return Err("is not an amount".into());
    }
    let decimal: Decimal = number.parse().map_err(|_| "is not an amount".to_owned())?;
    Ok(if negative { negate(decimal) } else { decimal })
}

fn negate(decimal: Decimal) -> Decimal {
    Decimal { mantissa: -decimal.mantissa, scale: decimal.scale }
}

/// A date pattern: `DD`, `MM`, `YYYY` (or `YY`: 20YY) and the separators between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateFormat(&'static str);

/// The patterns exports write, tried in this order when a file declares none.
pub const DATE_FORMATS: [DateFormat; 9] = [
    DateFormat("YYYY-MM-DD"),
    DateFormat("DD/MM/YYYY"),
    DateFormat("MM/DD/YYYY"),
    DateFormat("DD.MM.YYYY"),
    DateFormat("DD-MM-YYYY"),
    DateFormat("YYYYMMDD"),
    DateFormat("DD/MM/YY"),
    DateFormat("MM/DD/YY"),
    DateFormat("DD.MM.YY"),
];

impl DateFormat {
    pub fn named(name: &str) -> Option<DateFormat> {
        DATE_FORMATS.into_iter().find(|format| format.0 == name)
    }

    pub fn name(self) -> &'static str {
        self.0
    }

    pub fn parse(self, text: &str) -> Option<Date> {
        let text = text.trim();
        // Exports with times: "2026-11-23 00:00:00", "23/11/2026 00:00".
        let text = text.split([' ', 'T']).next().unwrap_or(text);
        if text.len() != self.0.len() {
            return None;
        }
        let (mut year, mut month, mut day) = (0i32, 0u8, 0u8);
        let mut at = 0;
        let pattern = self.0.as_bytes();
        while at < pattern.len() {
            let run = pattern[at..].iter().take_while(|&&b| b == pattern[at]).count();
            let part = &text[at..at + run];
            match pattern[at] {
                b'Y' | b'M' | b'D' if !part.bytes().all(|b| b.is_ascii_digit()) => return None,
                b'Y' => year = part.parse().ok()?,
                b'M' => month = part.parse().ok()?,
                b'D' => day = part.parse().ok()?,
                separator if part.as_bytes() != [separator] => return None,
                _ => {}
            }
            at += run;
        }
        if self.0.contains("YYYY") {
            Date::from_ymd(year, month, day)
        } else {
            Date::from_ymd(2000 + year, month, day)
        }
    }
}

/// The one pattern every date of the columns reads with, or why there is none: no pattern
/// reads them all (the best one is named), or several do (day-first and month-first alike).
pub fn date_format<'v>(values: impl Iterator<Item = &'v str> + Clone) -> Result<Option<DateFormat>, String> {
    if values.clone().all(|v| v.trim().is_empty()) {
        return Ok(None);
    }
    let reads =
        |format: &DateFormat| values.clone().filter(|v| !v.trim().is_empty()).all(|v| format.parse(v).is_some());
    let fitting: Vec<DateFormat> = DATE_FORMATS.into_iter().filter(reads).collect();
    match fitting.as_slice() {
        [] => {
            // The pattern that reads the most (the first of equals: the ISO one): its
            // failures are the values to fix.
            let best = DATE_FORMATS
                .into_iter()
                .rev()
                .max_by_key(|format| values.clone().filter(|v| format.parse(v).is_some()).count())
                .unwrap_or(DATE_FORMATS[0]);
            Ok(Some(best))
        }
        [one] => Ok(Some(*one)),
        several => {
            let names: Vec<&str> = several.iter().map(|format| format.name()).collect();
            Err(format!(
                "every date reads as {}: declare `date` in the mapping file (e.g. date = \"{}\")",
                names.join(" and as "),
                names[0]
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount_of(text: &str, mark: DecimalMark) -> String {
        amount(text, mark).map(|d| d.to_string()).unwrap_or_else(|e| e)
    }

    #[test]
    fn amounts_read_as_exports_write_them() {
        assert_eq!(amount_of("1.234,56", DecimalMark::Comma), "1234.56");
        assert_eq!(amount_of("1 234,56 €", DecimalMark::Comma), "1234.56");
        assert_eq!(amount_of("$1,234.56", DecimalMark::Point), "1234.56");
        assert_eq!(amount_of("(150.00)", DecimalMark::Point), "-150.00");
        assert_eq!(amount_of("150,00-", DecimalMark::Comma), "-150.00");
        assert_eq!(amount_of("-0.5", DecimalMark::Point), "-0.5");
        assert_eq!(amount_of("EUR 12", DecimalMark::Point), "12");
        assert_eq!(amount_of("1.2.3", DecimalMark::Comma), "123");
        assert_eq!(amount_of("12,5,0", DecimalMark::Comma), "is not an amount");
        assert_eq!(amount_of("n/a", DecimalMark::Point), "is not an amount");
    }

    #[test]
    fn the_decimal_mark_is_found_from_the_column() {
        let mark = |values: &[&str]| decimal_mark(values.iter().copied());
        assert_eq!(mark(&["1200", "1.234,50"]), Ok(Some(DecimalMark::Comma)));
        assert_eq!(mark(&["1,234", "12.5"]), Ok(Some(DecimalMark::Point)));
        assert_eq!(mark(&["1,234", "1.234.567"]), Ok(Some(DecimalMark::Comma)));
        assert_eq!(mark(&["1,234", "1200"]), Ok(None));
        assert!(mark(&["1,5", "2.5"]).is_err());
    }

    #[test]
    fn a_date_order_is_found_or_asked_for() {
        let format = |values: &[&str]| date_format(values.iter().copied()).map(|f| f.map(DateFormat::name));
        assert_eq!(format(&["23/11/2026", "01/02/2026"]), Ok(Some("DD/MM/YYYY")));
        assert_eq!(format(&["11/23/2026", "01/02/2026"]), Ok(Some("MM/DD/YYYY")));
        assert_eq!(format(&["2026-11-23 00:00:00"]), Ok(Some("YYYY-MM-DD")));
        assert_eq!(format(&["23.11.26"]), Ok(Some("DD.MM.YY")));
        assert!(format(&["01/02/2026", "03/04/2026"]).unwrap_err().contains("declare `date`"));
        assert_eq!(DateFormat("DD/MM/YYYY").parse("31/02/2026"), None);
    }
}

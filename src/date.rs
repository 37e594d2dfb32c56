//! Calendar dates (`YYYY-MM-DD`), as the portfolio writes them, with day arithmetic.
//!
//! A date is a count of days since 1970-01-01 in the proleptic Gregorian calendar, so that
//! comparing dates and counting the days between them (late-payment interest, scenario
//! offsets) is integer arithmetic.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};

/// A day of the Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    days: i32,
}

impl Date {
    /// The date of `year`-`month`-`day`, if it exists (years 1 to 9999).
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Years 1–9999 are about ±3 million days: they fit an i32.
        let days = days_from_civil(i64::from(year), i64::from(month), i64::from(day));
        Some(Date { days: days as i32 })
    }

    /// The date `days` after 1970-01-01 (a Unix timestamp divided by 86,400).
    pub fn from_days_since_1970(days: i32) -> Date {
        Date { days }
    }

    /// Year, month (1–12) and day (1–31).
    pub fn ymd(self) -> (i32, u8, u8) {
        let (year, month, day) = civil_from_days(i64::from(self.days));
        (year as i32, month as u8, day as u8)
    }

    /// The date `days` later (earlier when negative); saturates rather than overflow on
    /// absurd offsets from the data.
    pub fn add_days(self, days: i32) -> Date {
        Date { days: self.days.saturating_add(days) }
    }

    /// Days from `earlier` to `self` (negative when `earlier` is later).
    pub fn days_since(self, earlier: Date) -> i32 {
        self.days - earlier.days
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.days + 3).rem_euclid(7) as u8
    }
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// The two conversions below are Howard Hinnant's `days_from_civil` / `civil_from_days`
// algorithms (public domain), which count in 400-year eras of 146,097 days. They work on any
// i64 calendar (CLDR formatting also rolls impossible dates over, as `Date.UTC` does).

/// Days since 1970-01-01 of a proleptic Gregorian year, month (1–12) and day.
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Year, month (1–12) and day of a count of days since 1970-01-01.
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    (year_of_era + era * 400 + i64::from(month <= 2), month, day)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

impl FromStr for Date {
    type Err = Error;

    fn from_str(text: &str) -> Result<Date, Error> {
        let invalid = || Error::new(ErrorKind::InvalidValue, format!("invalid date \"{text}\" (expected YYYY-MM-DD)"));
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<i32> {
            bytes[range].iter().try_fold(0i32, |value, &b| b.is_ascii_digit().then(|| value * 10 + i32::from(b - b'0')))
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(invalid());
        }
        let (year, month, day) = (digits(0..4), digits(5..7), digits(8..10));
        let (Some(year), Some(month), Some(day)) = (year, month, day) else { return Err(invalid()) };
        Date::from_ymd(year, month as u8, day as u8).ok_or_else(invalid)
    }
}

/// A time of day, `HH:MM`, as minutes since midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    minutes: u16,
}

impl TimeOfDay {
    pub const MIDNIGHT: TimeOfDay = TimeOfDay { minutes: 0 };

    /// A whole hour, 0–24 (larger values are 24:00).
    pub const fn hours(hours: u8) -> TimeOfDay {
        let hours = if hours > 24 { 24 } else { hours };
        TimeOfDay { minutes: hours as u16 * 60 }
    }

    /// `hours` 0–23, `minutes` 0–59; 24:00 stands for the end of the day.
    pub fn from_hm(hours: u8, minutes: u8) -> Option<TimeOfDay> {
        let valid = (hours < 24 && minutes < 60) || (hours == 24 && minutes == 0);
        valid.then_some(TimeOfDay { minutes: u16::from(hours) * 60 + u16::from(minutes) })
    }

    pub fn minutes_since_midnight(self) -> u16 {
        self.minutes
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

impl FromStr for TimeOfDay {
    type Err = Error;

    fn from_str(text: &str) -> Result<TimeOfDay, Error> {
        let invalid = || Error::new(ErrorKind::InvalidValue, format!("invalid time \"{text}\" (expected HH:MM)"));
        let (hours, minutes) = text.split_once(':').ok_or_else(invalid)?;
        let two_digits = |part: &str| {
            (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse::<u8>().ok()).flatten()
        };
        let (Some(hours), Some(minutes)) = (two_digits(hours), two_digits(minutes)) else { return Err(invalid()) };
        TimeOfDay::from_hm(hours, minutes).ok_or_else(invalid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn round_trips_across_eras_and_leap_days() {
        for text in ["1970-01-01", "2000-02-29", "2026-11-22", "1600-03-01", "0001-01-01", "9999-12-31"] {
            assert_eq!(date(text).to_string(), text);
        }
        let mut day = date("1999-12-25");
        for _ in 0..800 {
            let next = day.add_days(1);
            assert_eq!(next.days_since(day), 1);
            assert_eq!(date(&next.to_string()), next);
            day = next;
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn spec_example_counts_53_days() {
        assert_eq!(date("2026-11-22").days_since(date("2026-09-30")), 53);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn weekdays() {
        assert_eq!(date("2026-11-22").weekday(), 6, "a Sunday");
        assert_eq!(date("2026-11-23").weekday(), 0, "a Monday");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn times_of_day() {
        assert_eq!("09:30".parse::<TimeOfDay>().map(|t| t.minutes_since_midnight()), Ok(570));
        assert_eq!("24:00".parse::<TimeOfDay>().map(|t| t.to_string()), Ok("24:00".to_owned()));
        for bad in ["9:30", "24:01", "12:60", "1230", "ab:cd", ""] {
            assert!(bad.parse::<TimeOfDay>().is_err(), "{bad}");
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn invalid_dates_are_rejected() {
        for text in
            ["2026-13-45", "2026-02-29", "2026-1-01", "20261122", "2026-11-22T00:00", "", "abcd-ef-gh", "0000-01-01"]
        {
            let invalid = format!("invalid date \"{text}\" (expected YYYY-MM-DD)");
            assert_eq!(text.parse::<Date>(), Err(Error::new(ErrorKind::InvalidValue, invalid)), "{text}");
        }
    }
}

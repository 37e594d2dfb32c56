//! SMS segments against an independent reference (3GPP TS 23.038, 23.040): the reference
//! encodes the text into its units, marking the second unit of an escape pair or a surrogate
//! pair, then cuts at every 153 (or 67) units, stepping a cut back when it would fall inside a
//! pair. The library counts widths instead; the two must agree on every text.
#![cfg(not(target_arch = "wasm32"))]

use dunning::sms::{measure, Encoding};
use proptest::prelude::*;

/// The default alphabet by septet value (0x1B, the escape, is not a character).
const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u{1b}ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// The extension table: form feed, ^ { } \ [ ~ ] | €, each sent as escape + septet.
const EXTENSION: [char; 10] = ['\u{c}', '^', '{', '}', '\\', '[', '~', ']', '|', '€'];

/// The text's units, each `true` when it continues the previous unit's character.
fn units(text: &str) -> (Encoding, Vec<bool>) {
    let gsm7 = text.chars().all(|c| (c != '\u{1b}' && BASIC.contains(c)) || EXTENSION.contains(&c));
    let mut units = Vec::new();
    for c in text.chars() {
        let count = if gsm7 { 1 + usize::from(EXTENSION.contains(&c)) } else { c.encode_utf16(&mut [0; 2]).len() };
        units.push(false);
        units.extend(std::iter::repeat_n(true, count - 1));
    }
    (if gsm7 { Encoding::Gsm7 } else { Encoding::Ucs2 }, units)
}

fn reference(text: &str) -> (Encoding, usize, usize) {
    let (encoding, units) = units(text);
    let (single, per_segment) = if encoding == Encoding::Gsm7 { (160, 153) } else { (70, 67) };
    if units.is_empty() {
        return (encoding, 0, 0);
    }
    if units.len() <= single {
        return (encoding, units.len(), 1);
    }
    let (mut start, mut segments) = (0, 0);
    while start < units.len() {
        let mut end = (start + per_segment).min(units.len());
        while end < units.len() && units[end] {
            end -= 1;
        }
        segments += 1;
        start = end;
    }
    (encoding, units.len(), segments)
}

fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec!["a", "€", "[", "\\", "é", "Ω", "ł", "😀", "中", " ", "\n", "~"]);
    (prop::collection::vec(pieces, 0..400), prop::bool::ANY).prop_map(|(pieces, gsm_only)| {
        let text: String = pieces.concat();
        if gsm_only {
            text.chars().filter(|c| BASIC.contains(*c) || EXTENSION.contains(c)).collect()
        } else {
            text
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn segments_agree_with_the_reference(text in text()) {
        let measured = measure(&text);
        prop_assert_eq!((measured.encoding, measured.length, measured.segments), reference(&text));
    }
}

#[test]
fn the_issues_cases() {
    for text in [format!("{}€{}", "a".repeat(152), "a".repeat(152)), format!("{}😀{}", "a".repeat(66), "a".repeat(66))]
    {
        assert_eq!(reference(&text).2, 3);
        assert_eq!(measure(&text).segments, 3);
    }
}

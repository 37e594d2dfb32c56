//! SMS length, encoding and segments (rendering.md): GSM-7 when every character is in the GSM
//! 03.38 basic or extension table, UCS-2 otherwise.

use serde::Serialize;

/// The GSM 03.38 basic character set: one septet each. (`\u{1b}`, the escape to the
/// extension table, is not a character a text can hold.)
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
    ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The extension table: an escape plus one septet, so each counts two.
const GSM7_EXTENSION: &str = "\u{c}^{}\\[~]|€";

/// Single-message capacity and per-segment capacity of a concatenated message (the user data
/// header takes the rest).
const GSM7_SINGLE: usize = 160;
const GSM7_SEGMENT: usize = 153;
const UCS2_SINGLE: usize = 70;
const UCS2_SEGMENT: usize = 67;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    #[serde(rename = "gsm-7")]
    Gsm7,
    #[serde(rename = "ucs-2")]
    Ucs2,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "GSM-7",
            Encoding::Ucs2 => "UCS-2",
        }
    }
}

/// What an SMS costs to send.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SmsLength {
    pub encoding: Encoding,
    /// Length in the encoding's units: septets (extension characters count two) or UTF-16
    /// code units (characters outside the BMP count two).
    pub length: usize,
    /// Messages the text is split into; an empty text is none.
    pub segments: usize,
}

/// Characters that CLDR puts in amounts and dates (the no-break and narrow no-break spaces of
/// `1 234,50 €`, the minus sign of `−150,00 kr`) but GSM-7 lacks, with the GSM-7 character
/// that reads the same. One of them would make a whole SMS UCS-2: 70 characters, not 160.
const GSM7_STAND_INS: [(char, char); 5] =
    [('\u{a0}', ' '), ('\u{202f}', ' '), ('\u{2009}', ' '), ('\u{2007}', ' '), ('\u{2212}', '-')];

/// `text` with the typographic characters of [`GSM7_STAND_INS`] replaced, as an SMS is sent.
pub fn with_gsm7_stand_ins(text: String) -> String {
    if !text.chars().any(|c| GSM7_STAND_INS.iter().any(|&(from, _)| from == c)) {
        return text;
    }
    text.chars().map(|c| GSM7_STAND_INS.iter().find(|&&(from, _)| from == c).map_or(c, |&(_, to)| to)).collect()
}

/// Measures `text` as an SMS (3GPP TS 23.038 and 23.040): one message holds 160 septets or
/// 70 UTF-16 units; a concatenated one 153 or 67 per segment, and a character of two units (an
/// extension character's escape pair, a surrogate pair) is never split across segments: it
/// moves whole to the next one, which then may need one segment more than the length says.
pub fn measure(text: &str) -> SmsLength {
    let gsm7 = text.chars().all(|c| GSM7_BASIC.contains(c) || GSM7_EXTENSION.contains(c));
    let (encoding, single, segment) =
        if gsm7 { (Encoding::Gsm7, GSM7_SINGLE, GSM7_SEGMENT) } else { (Encoding::Ucs2, UCS2_SINGLE, UCS2_SEGMENT) };
    let width = |c: char| match encoding {
        Encoding::Gsm7 => 1 + usize::from(GSM7_EXTENSION.contains(c)),
        Encoding::Ucs2 => c.len_utf16(),
    };
    let length: usize = text.chars().map(width).sum();
    let segments = match length {
        0 => 0,
        length if length <= single => 1,
        _ => {
            // Fill each segment with whole characters.
            let (mut segments, mut used) = (1, 0);
            for units in text.chars().map(width) {
                if used + units > segment {
                    segments += 1;
                    used = 0;
                }
                used += units;
            }
            segments
        }
    };
    SmsLength { encoding, length, segments }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn cldr_spaces_and_minus_become_gsm7() {
        let text = with_gsm7_stand_ins("1\u{202f}234,50\u{a0}€ · \u{2212}150,00 kr".to_owned());
        assert_eq!(text, "1 234,50 € · -150,00 kr");
        assert!(GSM7_STAND_INS.iter().all(|&(from, to)| !GSM7_BASIC.contains(from) && GSM7_BASIC.contains(to)));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn the_basic_table_has_128_characters_and_no_overlap() {
        assert_eq!(GSM7_BASIC.chars().count(), 127, "128 septets less the escape");
        assert!(GSM7_EXTENSION.chars().all(|c| !GSM7_BASIC.contains(c)));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn gsm7_single_and_concatenated() {
        assert_eq!(measure(&"a".repeat(160)), SmsLength { encoding: Encoding::Gsm7, length: 160, segments: 1 });
        assert_eq!(measure(&"a".repeat(161)).segments, 2);
        assert_eq!(measure(&"a".repeat(306)).segments, 2);
        assert_eq!(measure(&"a".repeat(307)).segments, 3);
        assert_eq!(measure("").segments, 0);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn extension_characters_count_two() {
        for c in ['€', '^', '{', '}', '[', ']', '~', '|', '\\'] {
            assert_eq!(measure(&c.to_string()), SmsLength { encoding: Encoding::Gsm7, length: 2, segments: 1 }, "{c}");
        }
        assert_eq!(measure(&format!("{}€", "a".repeat(158))).segments, 1);
        assert_eq!(measure(&format!("{}€", "a".repeat(159))).segments, 2);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn one_character_outside_gsm7_makes_it_ucs2() {
        assert_eq!(measure("Réglez 12 €"), SmsLength { encoding: Encoding::Gsm7, length: 12, segments: 1 });
        assert_eq!(measure("Merci, Łukasz"), SmsLength { encoding: Encoding::Ucs2, length: 13, segments: 1 });
        assert_eq!(measure(&"ł".repeat(70)).segments, 1);
        assert_eq!(measure(&"ł".repeat(71)).segments, 2);
        assert_eq!(measure(&"ł".repeat(135)).segments, 3);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_two_unit_character_is_never_split_across_segments() {
        // The cases: the escape pair or the surrogate pair moves whole to segment 2, so
        // the rest needs a third.
        let euro = format!("{}€{}", "a".repeat(152), "a".repeat(152));
        assert_eq!(measure(&euro), SmsLength { encoding: Encoding::Gsm7, length: 306, segments: 3 });
        let emoji = format!("{}😀{}", "a".repeat(66), "a".repeat(66));
        assert_eq!(measure(&emoji), SmsLength { encoding: Encoding::Ucs2, length: 134, segments: 3 });
        // One unit earlier, the pair fits its segment: 2.
        assert_eq!(measure(&format!("{}€{}", "a".repeat(151), "a".repeat(153))).segments, 2);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn characters_outside_the_bmp_count_two() {
        assert_eq!(measure("😀"), SmsLength { encoding: Encoding::Ucs2, length: 2, segments: 1 });
        assert_eq!(measure(&"😀".repeat(35)).segments, 1);
        assert_eq!(measure(&"😀".repeat(36)).segments, 2);
    }
}

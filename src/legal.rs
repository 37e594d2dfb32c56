//! The company's legal mentions in a letter's footer. They are the company's own, by its own
//! country's law, whatever the reader's language: a French company writing to a Brazilian
//! customer prints its SIREN, not a "CNPJ".
//!
//! `company.registration` is printed as the company wrote it when it names its register
//! itself ("SIREN 123 456 789", "RCS Lyon 852 741 963", "HRB 12345 Amtsgericht München"); a
//! bare number gets the label of the company's country's register; a country without a
//! label here prints the number alone.

/// The label of a company registration number, by ISO 3166 country code.
const REGISTERS: [(&str, &str); 24] = [
    ("AT", "FN"),
    ("BE", "BCE/KBO"),
    ("BR", "CNPJ"),
    ("CH", "UID"),
    ("CN", "统一社会信用代码"),
    ("CZ", "IČO"),
    ("DE", "Handelsregister"),
    ("DK", "CVR"),
    ("ES", "NIF"),
    ("FI", "Y-tunnus"),
    ("FR", "SIREN"),
    ("GB", "Company No."),
    ("HR", "MBS"),
    ("IE", "CRO No."),
    ("IT", "REA"),
    ("JP", "法人番号"),
    ("LU", "RCS Luxembourg"),
    ("NL", "KvK"),
    ("NO", "Org.nr."),
    ("PL", "KRS"),
    ("PT", "NIPC"),
    ("RO", "Nr. Reg. Com."),
    ("SE", "Org.nr"),
    ("TR", "Ticaret Sicil No."),
];

/// The register's label for a company of `country`, if this table knows it.
pub fn register_label(country: &str) -> Option<&'static str> {
    REGISTERS.iter().find(|(code, _)| code.eq_ignore_ascii_case(country)).map(|(_, label)| *label)
}

/// The registration as the footer prints it (see the module's rule).
pub fn registration_mention(registration: &str, country: Option<&str>) -> String {
    let registration = registration.trim();
    let bare_number = registration.chars().next().is_some_and(|c| c.is_ascii_digit());
    match country.and_then(register_label) {
        Some(label) if bare_number => format!("{label} {registration}"),
        _ => registration.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn a_labelled_registration_prints_as_written_and_a_bare_number_gets_its_country_label() {
        let lumen = "SAS au capital de 2 400 000 € · RCS Lyon 852 741 963";
        assert_eq!(registration_mention(lumen, Some("FR")), lumen);
        assert_eq!(registration_mention("852 741 963", Some("FR")), "SIREN 852 741 963");
        assert_eq!(registration_mention("HRB 12345", Some("DE")), "HRB 12345");
        assert_eq!(registration_mention("01234567", Some("gb")), "Company No. 01234567");
        assert_eq!(registration_mention("123", Some("ZZ")), "123");
        assert_eq!(registration_mention("123", None), "123");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn the_table_is_sorted_by_country_code_without_duplicates() {
        assert!(REGISTERS.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }
}

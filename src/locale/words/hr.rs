//! Croatian.

use super::Words;

pub const WORDS: Words = Words {
    column_reference: "Broj dokumenta",
    column_kind: "Vrsta",
    column_issue_date: "Datum izdavanja",
    column_due_date: "Datum dospijeća",
    column_amount: "Iznos",
    column_outstanding: "Preostali iznos",
    column_days_late: "Dana kašnjenja",
    column_status: "Status",
    total: "Ukupno",
    no_items: "Nema otvorenih stavki",
    kind_invoice: "Račun",
    kind_debit_note: "Terećenje",
    kind_credit_note: "Odobrenje",
    kind_payment: "Neraspoređena uplata",
    status_overdue: "Dospjelo",
    status_not_due: "Nedospjelo",
    bank_name: "Banka",
    bank_iban: "IBAN",
    bank_bic: "BIC",
    registered_letter: "Preporučeno s povratnicom",
    electronic_registered_letter: "Elektronička preporučena pošiljka",
    subject: "Predmet:",
    page_of: "Stranica {page} od {pages}",
    page: "Stranica {page}",
    // "Zagreb, 22. studenoga 2026." (CLDR's long date ends with its own period).
    place_date: "{place}, {date}",
    your_contact: "Kontakt osoba",
    phone: "Telefon",
    email: "E-pošta",
    // Label form: Croatian plurals have three forms (1 znak, 2 znaka, 5 znakova).
    sms_characters: "Broj znakova: {count}",
    sms_segments: "Broj SMS poruka: {count}",
    encoding_gsm7: "GSM-7",
    encoding_ucs2: "Unicode (UCS-2)",
    email_subject: "Predmet",
};

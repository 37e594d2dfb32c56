//! Polish.

use super::Words;

pub const WORDS: Words = Words {
    column_reference: "Nr dokumentu",
    column_kind: "Rodzaj",
    column_issue_date: "Data wystawienia",
    column_due_date: "Termin płatności",
    column_amount: "Kwota",
    column_outstanding: "Pozostało do zapłaty",
    column_days_late: "Dni zwłoki",
    column_status: "Status",
    total: "Razem",
    no_items: "Brak otwartych pozycji",
    kind_invoice: "Faktura",
    kind_debit_note: "Nota obciążeniowa",
    kind_credit_note: "Faktura korygująca",
    kind_payment: "Nierozliczona wpłata",
    status_overdue: "Po terminie",
    status_not_due: "Przed terminem",
    bank_name: "Bank",
    bank_iban: "IBAN",
    bank_bic: "BIC",
    registered_letter: "List polecony za potwierdzeniem odbioru",
    electronic_registered_letter: "Elektroniczny list polecony",
    subject: "Dotyczy:",
    page_of: "Strona {page} z {pages}",
    page: "Strona {page}",
    // "Warszawa, 22 listopada 2026 r.": CLDR's long date has no "r.", letters add it.
    place_date: "{place}, {date} r.",
    your_contact: "Osoba do kontaktu",
    phone: "Telefon",
    email: "E-mail",
    // Label form: Polish plurals have three forms (1 znak, 2 znaki, 5 znaków).
    sms_characters: "Liczba znaków: {count}",
    sms_segments: "Liczba SMS-ów: {count}",
    encoding_gsm7: "GSM-7",
    encoding_ucs2: "Unicode (UCS-2)",
    email_subject: "Temat",
};

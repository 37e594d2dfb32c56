//! Which column of an export is which field: the header names the common ERPs write, as data.
//! A header is compared folded (lower case, accents and punctuation dropped: "N° pièce",
//! "n piece" and "N.Piece" are one), and a mapping file names any other (`[items] due_date =
//! "Fälligkeitsdatum"`).

/// The files an import reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Customers,
    Items,
    Contacts,
}

impl Table {
    /// The table's name in a mapping file and in messages.
    pub fn name(self) -> &'static str {
        match self {
            Table::Customers => "customers",
            Table::Items => "items",
            Table::Contacts => "contacts",
        }
    }

    /// The table's fields: `(field, required, headers)`, headers folded.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Table::Customers => CUSTOMERS,
            Table::Items => ITEMS,
            Table::Contacts => CONTACTS,
        }
    }
}

/// One field an import knows: its name, whether a file must have it, the headers that mean it.
pub struct Field {
    pub name: &'static str,
    pub required: bool,
    pub headers: &'static [&'static str],
}

const fn field(name: &'static str, required: bool, headers: &'static [&'static str]) -> Field {
    Field { name, required, headers }
}

/// A customer's code in exports: also how items and contacts name their customer.
const CUSTOMER_CODE: &[&str] = &[
    "code",
    "customer code",
    "customer id",
    "customer no",
    "customer number",
    "customer account",
    "account",
    "account ref",
    "account code",
    "a c",
    "cardcode",
    "bp code",
    "partner ref",
    "code client",
    "client",
    "n client",
    "numero client",
    "compte",
    "compte client",
    "kundennummer",
    "kunden nr",
    "kundennr",
    "debitor",
    "debitorennummer",
    "debitor nr",
    "konto",
    "kontonummer",
    "konto nr",
    "codigo cliente",
    "cliente",
    "codice cliente",
    "klantnummer",
];

// English (Sage, QuickBooks, Xero, NetSuite), SAP Business One, Odoo, French (Sage FR, Cegid,
// EBP), German (DATEV, SAP FI, Lexware), Spanish, Italian and Dutch headers.
const CUSTOMERS: &[Field] = &[
    field("code", true, CUSTOMER_CODE),
    field(
        "name",
        true,
        &[
            "name",
            "customer name",
            "customer",
            "company",
            "company name",
            "account name",
            "cardname",
            "partner",
            "display name",
            "raison sociale",
            "nom",
            "nom client",
            "client nom",
            "firma",
            "kundenname",
            "name 1",
            "name1",
            "nombre",
            "razon social",
            "ragione sociale",
            "denominazione",
            "bedrijfsnaam",
            "naam",
        ],
    ),
    field(
        "address1",
        false,
        &[
            "address",
            "address 1",
            "address line 1",
            "address1",
            "street",
            "billing street",
            "adresse",
            "adresse 1",
            "adresse1",
            "rue",
            "strasse",
            "anschrift",
            "direccion",
            "indirizzo",
            "adres",
            "straat",
        ],
    ),
    field(
        "address2",
        false,
        &["address 2", "address line 2", "address2", "adresse 2", "adresse2", "complement", "zusatz"],
    ),
    field("address3", false, &["address 3", "address line 3", "address3", "adresse 3", "adresse3"]),
    field(
        "postal_code",
        false,
        &[
            "postal code",
            "postcode",
            "post code",
            "zip",
            "zip code",
            "zipcode",
            "billing zip",
            "code postal",
            "cp",
            "plz",
            "postleitzahl",
            "codigo postal",
            "cap",
        ],
    ),
    field(
        "city",
        false,
        &["city", "town", "billing city", "ville", "ort", "stadt", "ciudad", "citta", "localita", "plaats"],
    ),
    field(
        "country",
        false,
        &[
            "country",
            "country code",
            "country iso",
            "billing country",
            "pays",
            "code pays",
            "land",
            "landercode",
            "pais",
            "paese",
        ],
    ),
    field(
        "language",
        false,
        &["language", "lang", "language code", "locale", "langue", "sprache", "idioma", "lingua", "taal"],
    ),
    field(
        "email",
        false,
        &["email", "e mail", "mail", "email address", "courriel", "adresse email", "correo", "posta elettronica"],
    ),
    field("phone", false, &["phone", "telephone", "tel", "phone number", "telefon", "telefono", "telefoon"]),
    field(
        "mobile",
        false,
        &[
            "mobile",
            "mobile phone",
            "cell",
            "cell phone",
            "portable",
            "mobile telephone",
            "handy",
            "mobil",
            "movil",
            "cellulare",
            "mobiel",
        ],
    ),
    field(
        "contact",
        false,
        &["contact", "contact name", "contact person", "interlocuteur", "ansprechpartner", "contacto", "referente"],
    ),
    field(
        "collector",
        false,
        &[
            "collector",
            "credit controller",
            "account manager",
            "gestionnaire",
            "charge de recouvrement",
            "sachbearbeiter",
            "cobrador",
        ],
    ),
    field("scenario", false, &["scenario", "dunning procedure", "dunning scenario", "relance", "mahnverfahren"]),
];

/// How items and contacts name their customer: by code, or by name (QuickBooks' "Customer"),
/// matched against the customers' codes first.
const CUSTOMER_REFERENCE: &[&str] = &[
    "code",
    "customer code",
    "customer id",
    "customer no",
    "customer number",
    "customer account",
    "account",
    "account ref",
    "account code",
    "a c",
    "cardcode",
    "bp code",
    "partner ref",
    "code client",
    "client",
    "n client",
    "numero client",
    "compte",
    "compte client",
    "kundennummer",
    "kunden nr",
    "kundennr",
    "debitor",
    "debitorennummer",
    "debitor nr",
    "konto",
    "kontonummer",
    "konto nr",
    "codigo cliente",
    "cliente",
    "codice cliente",
    "klantnummer",
    "customer",
    "customer name",
    "partner",
    "nom client",
    "kunde",
    "klant",
];

const ITEMS: &[Field] = &[
    field("customer", true, CUSTOMER_REFERENCE),
    field(
        "reference",
        true,
        &[
            "reference",
            "document number",
            "document no",
            "doc no",
            "docnum",
            "invoice number",
            "invoice no",
            "invoice",
            "num",
            "number",
            "no",
            "inv ref",
            "ref",
            "transaction number",
            "n piece",
            "numero piece",
            "numero de piece",
            "piece",
            "numero facture",
            "n facture",
            "belegnummer",
            "belegnr",
            "beleg",
            "rechnungsnummer",
            "rechnungsnr",
            "numero factura",
            "numero documento",
            "factuurnummer",
        ],
    ),
    field(
        "kind",
        false,
        &[
            "kind",
            "type",
            "document type",
            "doc type",
            "transaction type",
            "type piece",
            "type de piece",
            "nature",
            "belegart",
            "belegtyp",
            "tipo",
            "tipo documento",
            "soort",
        ],
    ),
    field(
        "issue_date",
        false,
        &[
            "issue date",
            "date",
            "invoice date",
            "document date",
            "doc date",
            "posting date",
            "transaction date",
            "date piece",
            "date facture",
            "date document",
            "belegdatum",
            "rechnungsdatum",
            "fecha",
            "fecha factura",
            "data documento",
            "data fattura",
            "factuurdatum",
        ],
    ),
    field(
        "due_date",
        true,
        &[
            "due date",
            "due",
            "due on",
            "net due date",
            "date due",
            "echeance",
            "date echeance",
            "date d echeance",
            "faelligkeit",
            "falligkeit",
            "faellig am",
            "fallig am",
            "faelligkeitsdatum",
            "falligkeitsdatum",
            "fecha vencimiento",
            "vencimiento",
            "scadenza",
            "data scadenza",
            "vervaldatum",
        ],
    ),
    field(
        "amount",
        false,
        &[
            "amount",
            "total",
            "invoice amount",
            "original amount",
            "document amount",
            "gross amount",
            "amount in lc",
            "amount fc",
            "amount total",
            "montant",
            "montant ttc",
            "total ttc",
            "montant facture",
            "betrag",
            "bruttobetrag",
            "rechnungsbetrag",
            "importe",
            "importo",
            "bedrag",
        ],
    ),
    field(
        "outstanding",
        true,
        &[
            "outstanding",
            "open balance",
            "open amount",
            "balance",
            "amount due",
            "balance due",
            "remaining",
            "remaining amount",
            "residual",
            "amount residual",
            "open",
            "reste du",
            "restant du",
            "solde",
            "montant restant",
            "montant du",
            "offener betrag",
            "offen",
            "restbetrag",
            "saldo",
            "importe pendiente",
            "residuo",
            "openstaand",
        ],
    ),
    field(
        "currency",
        false,
        &["currency", "curr", "cur", "currency code", "ccy", "devise", "waehrung", "wahrung", "moneda", "valuta"],
    ),
    field("status", false, &["status", "statut", "state", "etat", "estado", "stato"]),
];

const CONTACTS: &[Field] = &[
    field("customer", true, CUSTOMER_REFERENCE),
    field(
        "first_name",
        false,
        &["first name", "firstname", "given name", "prenom", "vorname", "nombre", "nome", "voornaam"],
    ),
    field(
        "last_name",
        false,
        &[
            "last name",
            "lastname",
            "surname",
            "family name",
            "nom",
            "nom de famille",
            "nachname",
            "apellido",
            "cognome",
            "achternaam",
        ],
    ),
    field("name", false, &["name", "full name", "contact", "contact name", "interlocuteur", "ansprechpartner"]),
    field("title", false, &["title", "salutation", "civilite", "anrede", "tratamiento", "titolo", "aanhef"]),
    field("email", false, &["email", "e mail", "mail", "email address", "courriel", "correo"]),
    field("phone", false, &["phone", "telephone", "tel", "telefon", "telefono", "telefoon"]),
    field(
        "mobile",
        false,
        &["mobile", "mobile phone", "cell", "portable", "handy", "mobil", "movil", "cellulare", "mobiel"],
    ),
    field(
        "collection",
        false,
        &[
            "collection",
            "dunning",
            "dunning contact",
            "collection contact",
            "relance",
            "contact relance",
            "mahnkontakt",
            "mahnung",
        ],
    ),
];

/// A header as compared: lower case, accents dropped, every run of other characters one space.
pub fn fold(header: &str) -> String {
    let mut folded = String::with_capacity(header.len());
    for c in header.trim().chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | '°' | 'º' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ß' => 's',
            c => c,
        };
        if c.is_alphanumeric() {
            folded.push(c);
        } else if !folded.is_empty() && !folded.ends_with(' ') {
            folded.push(' ');
        }
    }
    // "N° pièce" reads "no piece": the number sign is "n".
    let folded = folded.trim_end().to_owned();
    folded.strip_prefix("no ").map_or(folded.clone(), |rest| format!("n {rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_fold_to_one_spelling() {
        assert_eq!(fold("N° pièce"), "n piece");
        assert_eq!(fold("  Fällig am "), "fallig am");
        assert_eq!(fold("E-Mail"), "e mail");
        assert_eq!(fold("Open Balance"), "open balance");
    }

    #[test]
    fn every_header_is_written_folded_and_means_one_field_per_table() {
        for table in [Table::Customers, Table::Items, Table::Contacts] {
            let mut seen = std::collections::BTreeMap::new();
            for field in table.fields() {
                for header in field.headers {
                    assert_eq!(&fold(header), header, "{}: {header:?} is not folded", table.name());
                    if let Some(other) = seen.insert(*header, field.name) {
                        panic!("{}: {header:?} means both {other} and {}", table.name(), field.name);
                    }
                }
            }
        }
    }
}

//! Customers, contacts and open items from an ERP's CSV exports, into a portfolio
//! (`dunning import`, feature `import`, native only). The common shape of an aged-receivables
//! export is read by its headers (`columns.rs`: the names SAP, Sage, QuickBooks, Odoo, DATEV,
//! Cegid… write), amounts and dates as the files write them (`values.rs`), and a mapping file
//! (`mapping.rs`) names what is not recognised and declares what cannot be found. Every
//! problem is reported at once as `file:line:column: what (value)`, and nothing is dropped in
//! silence: what is decided (the separator, the decimal mark, the date order, a default) and
//! what is not imported is said in the notes.
//!
//! The company, users, scenarios, item statuses and alert rules come from a base portfolio
//! (`--base`) or the mapping file's `[company]`; the customers and items of the base are
//! replaced by the files'. The result must load (`Portfolio::from_json`) or it is an error.

mod columns;
mod mapping;
mod values;

use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Map, Value};

use crate::error::Error;
use crate::locale::Locale;
use crate::money::Currency;
use crate::portfolio::Portfolio;
pub use columns::Table;
pub use mapping::Mapping;
use values::{DateFormat, DecimalMark};

/// One CSV file: its name (for messages) and bytes.
pub struct Source<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// What an import reads.
pub struct Files<'a> {
    pub customers: Source<'a>,
    pub items: Source<'a>,
    pub contacts: Option<Source<'a>>,
    /// The mapping file's name and text.
    pub mapping: Option<(&'a str, &'a str)>,
    /// A portfolio whose company, users, scenarios, statuses and rules the import keeps.
    pub base: Option<(&'a str, &'a str)>,
}

/// An imported portfolio (pretty JSON) and what was decided on the way.
pub struct Imported {
    pub portfolio: String,
    pub notes: Vec<String>,
}

/// Reads the files into a portfolio, or every problem found.
pub fn import(files: &Files<'_>) -> Result<Imported, Error> {
    let mut run = Run::default();
    let mapping = match files.mapping {
        Some((name, text)) => {
            Mapping::parse(text).map_err(|message| Error::invalid_import(vec![format!("{name}: {message}")]))?
        }
        None => Mapping::default(),
    };
    let mut portfolio = run.base(files, &mapping);
    let company_currency = portfolio["company"]["currency"].as_str().and_then(Currency::from_code);
    let customers = run.read(&files.customers, Table::Customers, &mapping);
    let items = run.read(&files.items, Table::Items, &mapping);
    let contacts = files.contacts.as_ref().map(|source| run.read(source, Table::Contacts, &mapping));
    let directory = Directory::of(&portfolio);

    let mut customer_ids: HashMap<String, (String, u64)> = HashMap::new();
    let mut by_name: HashMap<String, Option<String>> = HashMap::new();
    let mut records = Vec::new();
    if let Some(customers) = &customers {
        for row in &customers.rows {
            let Some(record) = run.customer(customers, row, &directory, &mapping) else { continue };
            let code = record["id"].as_str().unwrap_or_default().to_owned();
            if let Some((_, line)) = customer_ids.get(&code) {
                run.problem(customers.at(row, "code"), format!("customer code \"{code}\" is already on line {line}"));
                continue;
            }
            let name = record["name"].as_str().unwrap_or_default().to_lowercase();
            by_name.entry(name).and_modify(|id| *id = None).or_insert(Some(code.clone()));
            customer_ids.insert(code.clone(), (code, row.line));
            records.push(record);
        }
    }
    let find_customer = |value: &str| -> Option<String> {
        customer_ids
            .get(value)
            .map(|(id, _)| id.clone())
            .or_else(|| by_name.get(&value.to_lowercase()).cloned().flatten())
    };

    if let (Some(Some(contacts)), false) = (&contacts, records.is_empty()) {
        let mut of_customer: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        for row in &contacts.rows {
            let value = contacts.value(row, "customer");
            let Some(customer) = find_customer(value) else {
                run.problem(
                    contacts.at(row, "customer"),
                    format!("no customer \"{value}\" in {}", files.customers.name),
                );
                continue;
            };
            let list = of_customer.entry(customer).or_default();
            if let Some(contact) = run.contact(contacts, row, list.len() + 1) {
                list.push(contact);
            }
        }
        for record in &mut records {
            let id = record["id"].as_str().unwrap_or_default().to_owned();
            if let Some(mut list) = of_customer.remove(&id) {
                if !list.iter().any(|c| c["collection"] == true) {
                    list[0]["collection"] = true.into();
                    run.note(format!("{id}: no contact marked for collection; the first one ({}) is", list[0]["id"]));
                }
                record["contacts"] = list.into();
            }
        }
    }

    let mut item_records = Vec::new();
    let read_items = items.as_ref().filter(|_| customers.is_some()).map(|items| {
        let mark = run.decimal_mark(items, &["amount", "outstanding"], &mapping);
        let format = run.date_format(items, &["issue_date", "due_date"], &mapping);
        (items, mark, format)
    });
    // Rows are read once the file's marks are known: an undeclared one is one problem, not
    // one per row.
    if let Some((items, Some(mark), Some(format))) = read_items {
        let mut seen: HashMap<String, u64> = HashMap::new();
        let mut defaulted_currency = 0;
        for row in &items.rows {
            let value = items.value(row, "customer");
            let Some(customer) = find_customer(value) else {
                run.problem(items.at(row, "customer"), format!("no customer \"{value}\" in {}", files.customers.name));
                continue;
            };
            let currency = match (items.value(row, "currency"), mapping.defaults.currency.as_deref(), company_currency)
            {
                ("", Some(code), _) => Currency::from_code(code),
                ("", None, company) => {
                    defaulted_currency += 1;
                    company
                }
                (code, _, _) => Currency::from_code(&code.trim().to_uppercase()),
            };
            let Some(currency) = currency else {
                run.problem(items.at(row, "currency"), "is not an ISO 4217 currency code".into());
                continue;
            };
            let Some(mut item) = run.item(items, row, &customer, currency, (mark, format), &directory, &mapping) else {
                continue;
            };
            let id = format!("{customer}-{}", item["reference"].as_str().unwrap_or_default());
            if let Some(line) = seen.insert(id.clone(), row.line) {
                run.problem(
                    items.at(row, "reference"),
                    format!(
                        "{customer}'s item \"{}\" is already on line {line}",
                        item["reference"].as_str().unwrap_or_default()
                    ),
                );
                continue;
            }
            item["id"] = id.into();
            item_records.push(item);
        }
        if defaulted_currency > 0 {
            run.note(format!(
                "{}: no currency given for {defaulted_currency} item(s): the company's ({})",
                files.items.name, portfolio["company"]["currency"]
            ));
        }
    }

    if !run.problems.is_empty() {
        return Err(Error::invalid_import(run.problems));
    }
    // The base's records about customers are kept for the customers imported, the others
    // are said (they were about the base's own customers).
    for key in ["specific_actions", "confirmations", "history"] {
        let Some(Value::Array(list)) = portfolio.get_mut(key) else { continue };
        let before = list.len();
        list.retain(|record| record["customer"].as_str().is_some_and(|id| customer_ids.contains_key(id)));
        if list.len() < before {
            run.note(format!(
                "the base's {key}: {} of {before} are about customers not imported: left out",
                before - list.len()
            ));
        }
    }
    portfolio["customers"] = records.into();
    portfolio["items"] = item_records.into();
    let text = serde_json::to_string_pretty(&portfolio).unwrap_or_default();
    if let Err(error) = Portfolio::from_json(&text) {
        let problems =
            error.problems().iter().map(|problem| format!("the imported portfolio does not load: {problem}")).collect();
        return Err(Error::invalid_import(problems));
    }
    Ok(Imported { portfolio: text + "\n", notes: run.notes })
}

/// The problems and notes of one import, and the steps that find them.
#[derive(Default)]
struct Run {
    problems: Vec<String>,
    notes: Vec<String>,
}

/// One file read: its name, which column holds each field, the other columns, its rows.
struct Read<'a> {
    name: &'a str,
    fields: BTreeMap<&'static str, usize>,
    headers: Vec<String>,
    unmapped: Vec<usize>,
    rows: Vec<Row>,
}

struct Row {
    line: u64,
    cells: Vec<String>,
}

impl Read<'_> {
    fn value<'r>(&self, row: &'r Row, field: &str) -> &'r str {
        self.fields.get(field).and_then(|&at| row.cells.get(at)).map_or("", |cell| cell.trim())
    }

    /// `file:line:column` of a field's cell, for messages, with the value.
    fn at(&self, row: &Row, field: &str) -> String {
        let column = self.fields.get(field).map_or(0, |at| at + 1);
        let value = self.value(row, field);
        format!("{}:{}:{column}: {field} \"{value}\"", self.name, row.line)
    }
}

/// The base portfolio's users and scenarios, to resolve what customers name.
struct Directory {
    users: Vec<(String, Vec<String>)>,
    scenarios: Vec<(String, String)>,
    statuses: Vec<(String, String)>,
}

impl Directory {
    fn of(portfolio: &Value) -> Directory {
        let list = |key: &str| portfolio[key].as_array().cloned().unwrap_or_default();
        let text = |value: &Value, key: &str| value[key].as_str().unwrap_or_default().to_lowercase();
        Directory {
            users: list("users")
                .iter()
                .map(|u| {
                    (
                        u["id"].as_str().unwrap_or_default().to_owned(),
                        vec![text(u, "id"), text(u, "name"), text(u, "email")],
                    )
                })
                .collect(),
            scenarios: list("scenarios")
                .iter()
                .map(|s| (s["id"].as_str().unwrap_or_default().to_owned(), text(s, "name")))
                .collect(),
            statuses: list("item_statuses")
                .iter()
                .map(|s| (s["code"].as_str().unwrap_or_default().to_owned(), text(s, "label")))
                .collect(),
        }
    }
}

impl Run {
    fn problem(&mut self, at: String, what: String) {
        self.problems.push(format!("{at} {what}"));
    }

    fn note(&mut self, note: String) {
        self.notes.push(note);
    }

    /// The portfolio the records go into: the base's, or the mapping's company.
    fn base(&mut self, files: &Files<'_>, mapping: &Mapping) -> Value {
        if let Some((name, text)) = files.base {
            match serde_json::from_str::<Value>(text) {
                Ok(Value::Object(object)) => return Value::Object(object),
                Ok(_) => self.problems.push(format!("{name}: a portfolio is a JSON object")),
                Err(error) => self.problems.push(format!("{name}:{}:{}: {error}", error.line(), error.column())),
            }
        } else if let Some(company) = &mapping.company {
            return json!({ "company": company });
        } else {
            self.problems.push(
                "a portfolio needs its company: give --base portfolio.json (company, users, scenarios) or a [company] table in --map"
                    .into(),
            );
        }
        Value::Object(Map::new())
    }

    /// Reads a CSV file and finds its columns; `None` when it cannot be read at all.
    fn read<'a>(&mut self, source: &Source<'a>, table: Table, mapping: &Mapping) -> Option<Read<'a>> {
        let text = match mapping::decode(source.bytes, mapping.format.encoding.as_deref()) {
            Ok(text) => text,
            Err(message) => {
                self.problems.push(format!("{}: {message}", source.name));
                return None;
            }
        };
        let delimiter = match mapping.format.delimiter {
            Some(delimiter) => delimiter,
            None => {
                let delimiter = mapping::sniff_delimiter(&text);
                self.note(format!("{}: columns separated by {:?}", source.name, delimiter as char));
                delimiter
            }
        };
        let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
        let headers: Vec<String> = match reader.headers() {
            Ok(headers) => headers.iter().map(str::to_owned).collect(),
            Err(error) => {
                self.problems.push(format!("{}: {error}", source.name));
                return None;
            }
        };
        let mut rows = Vec::new();
        for record in reader.records() {
            match record {
                Ok(record) if record.iter().all(|cell| cell.trim().is_empty()) => {}
                Ok(record) => {
                    let line = record.position().map_or(0, |p| p.line());
                    if record.len() != headers.len() {
                        self.problems.push(format!(
                            "{}:{line}: {} fields, the header has {}",
                            source.name,
                            record.len(),
                            headers.len()
                        ));
                        continue;
                    }
                    rows.push(Row { line, cells: record.iter().map(str::to_owned).collect() });
                }
                Err(error) => {
                    let line = error.position().map_or(0, |p| p.line());
                    self.problems.push(format!("{}:{line}: {error}", source.name));
                }
            }
        }
        let mut fields = BTreeMap::new();
        let mut missing = Vec::new();
        let declared = mapping.columns(table);
        for field in table.fields() {
            let found = match declared.get(field.name) {
                Some(header) => match headers.iter().position(|h| h.trim() == header.trim()) {
                    Some(at) => Some(at),
                    None => {
                        self.problems.push(format!(
                            "{}: the mapping's [{}] {} = \"{header}\" is no column of the file (its columns: {})",
                            source.name,
                            table.name(),
                            field.name,
                            headers.join(", ")
                        ));
                        continue;
                    }
                },
                None => headers
                    .iter()
                    .enumerate()
                    .find(|(at, header)| {
                        !fields.values().any(|used| used == at) && field.is_named(&columns::fold(header))
                    })
                    .map(|(at, _)| at),
            };
            match found {
                Some(at) => {
                    fields.insert(field.name, at);
                }
                None if field.required => missing.push(format!(
                    "{}: no column for {} (its columns: {}); name it in the mapping file: [{}] {} = \"…\"",
                    source.name,
                    field.name,
                    headers.join(", "),
                    table.name(),
                    field.name
                )),
                None => {}
            }
        }
        // A file without a required column is not read further: its rows would only repeat it.
        if !missing.is_empty() {
            self.problems.extend(missing);
            return None;
        }
        let unmapped: Vec<usize> = (0..headers.len()).filter(|at| !fields.values().any(|used| used == at)).collect();
        if !unmapped.is_empty() && table != Table::Customers {
            let names: Vec<&str> = unmapped.iter().map(|&at| headers[at].as_str()).collect();
            self.note(format!("{}: not imported: {}", source.name, names.join(", ")));
        }
        Some(Read { name: source.name, fields, headers, unmapped, rows })
    }

    /// The file's decimal mark; `None` when it is to be declared (a problem said).
    fn decimal_mark(&mut self, read: &Read<'_>, fields: &[&str], mapping: &Mapping) -> Option<DecimalMark> {
        if let Some(mark) = mapping.format.decimal {
            return Some(mark);
        }
        let cells = read.rows.iter().flat_map(|row| fields.iter().map(|field| read.value(row, field)));
        match values::decimal_mark(cells) {
            Ok(Some(mark)) => {
                self.note(format!("{}: decimal mark {:?}", read.name, mark.char()));
                Some(mark)
            }
            Ok(None) => Some(DecimalMark::Point),
            Err(message) => {
                self.problems.push(format!("{}: {message}", read.name));
                None
            }
        }
    }

    /// The file's date pattern; `None` when it is to be declared (a problem said).
    fn date_format(&mut self, read: &Read<'_>, fields: &[&str], mapping: &Mapping) -> Option<DateFormat> {
        if let Some(format) = mapping.format.date {
            return Some(format);
        }
        let cells = read.rows.iter().flat_map(|row| fields.iter().map(|field| read.value(row, field)));
        match values::date_format(cells) {
            Ok(Some(format)) => {
                self.note(format!("{}: dates {}", read.name, format.name()));
                Some(format)
            }
            Ok(None) => Some(values::DATE_FORMATS[0]),
            Err(message) => {
                self.problems.push(format!("{}: {message}", read.name));
                None
            }
        }
    }

    fn customer(&mut self, read: &Read<'_>, row: &Row, directory: &Directory, mapping: &Mapping) -> Option<Value> {
        let value = |field: &str| read.value(row, field);
        let before = self.problems.len();
        for field in ["code", "name"] {
            if value(field).is_empty() {
                self.problem(read.at(row, field), "is empty".into());
            }
        }
        let mut customer = json!({ "id": value("code"), "code": value("code"), "name": value("name") });
        let postal = [value("postal_code"), value("city")]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let address: Vec<&str> = [value("address1"), value("address2"), value("address3"), postal.as_str()]
            .into_iter()
            .filter(|line| !line.is_empty())
            .collect();
        if !address.is_empty() {
            customer["address"] = address.into();
        }
        match value("country") {
            "" => {}
            code if code.len() == 2 && code.chars().all(|c| c.is_ascii_alphabetic()) => {
                customer["country"] = code.to_uppercase().into()
            }
            _ => self.problem(read.at(row, "country"), "is not an ISO 3166 country code (two letters)".into()),
        }
        match value("language") {
            "" => {}
            tag => match Locale::for_language_tag(tag) {
                Some(locale) => customer["locale"] = locale.tag().into(),
                None => self.problem(read.at(row, "language"), "is not one of the 15 languages".into()),
            },
        }
        match value("collector") {
            "" => {}
            who => match directory.users.iter().find(|(_, names)| names.contains(&who.to_lowercase())) {
                Some((id, _)) => customer["collector"] = id.clone().into(),
                None => self.problem(
                    read.at(row, "collector"),
                    "is no user of the base portfolio (by id, name or e-mail)".into(),
                ),
            },
        }
        let scenario = match (value("scenario"), mapping.defaults.scenario.as_deref()) {
            ("", Some(default)) => Some(default.to_owned()),
            ("", None) if directory.scenarios.len() == 1 => Some(directory.scenarios[0].0.clone()),
            ("", None) => None,
            (named, _) => {
                match directory.scenarios.iter().find(|(id, name)| id == named || *name == named.to_lowercase()) {
                    Some((id, _)) => Some(id.clone()),
                    None => {
                        self.problem(read.at(row, "scenario"), "is no scenario of the base portfolio".into());
                        None
                    }
                }
            }
        };
        if let Some(scenario) = scenario {
            customer["scenario"] = scenario.into();
        }
        // The customer's own contact columns make its collection contact.
        let (email, phone, mobile, contact) = (value("email"), value("phone"), value("mobile"), value("contact"));
        if [email, phone, mobile, contact].iter().any(|v| !v.is_empty()) {
            let mut person = json!({ "id": "k1", "collection": true });
            for (key, text) in [("last_name", contact), ("email", email), ("phone", phone), ("mobile", mobile)] {
                if !text.is_empty() {
                    person[key] = text.into();
                }
            }
            customer["contacts"] = json!([person]);
        }
        let fields: Map<String, Value> = read
            .unmapped
            .iter()
            .filter_map(|&at| {
                let cell = row.cells.get(at)?.trim();
                (!cell.is_empty()).then(|| (read.headers[at].trim().to_owned(), Value::from(cell)))
            })
            .collect();
        if !fields.is_empty() {
            customer["fields"] = fields.into();
        }
        (self.problems.len() == before).then_some(customer)
    }

    fn contact(&mut self, read: &Read<'_>, row: &Row, number: usize) -> Option<Value> {
        let value = |field: &str| read.value(row, field);
        let mut contact = json!({ "id": format!("k{number}") });
        let last = if value("last_name").is_empty() { value("name") } else { value("last_name") };
        for (key, text) in [
            ("title", value("title")),
            ("first_name", value("first_name")),
            ("last_name", last),
            ("email", value("email")),
            ("phone", value("phone")),
            ("mobile", value("mobile")),
        ] {
            if !text.is_empty() {
                contact[key] = text.into();
            }
        }
        let flag = columns::fold(value("collection"));
        contact["collection"] = match flag.as_str() {
            "" | "0" | "no" | "n" | "false" | "non" | "nein" | "nee" => false,
            "1" | "yes" | "y" | "x" | "true" | "oui" | "o" | "ja" | "j" | "si" | "sim" => true,
            _ => {
                self.problem(read.at(row, "collection"), "is neither yes nor no".into());
                return None;
            }
        }
        .into();
        Some(contact)
    }

    #[allow(clippy::too_many_arguments)]
    fn item(
        &mut self,
        read: &Read<'_>,
        row: &Row,
        customer: &str,
        currency: Currency,
        (mark, format): (DecimalMark, DateFormat),
        directory: &Directory,
        mapping: &Mapping,
    ) -> Option<Value> {
        let value = |field: &str| read.value(row, field);
        let before = self.problems.len();
        let amount_of = |run: &mut Run, field: &str| match value(field) {
            "" => None,
            text => values::amount(text, mark).map_err(|what| run.problem(read.at(row, field), what)).ok(),
        };
        let outstanding = amount_of(self, "outstanding");
        let amount = amount_of(self, "amount").or(outstanding);
        if value("outstanding").is_empty() {
            self.problem(read.at(row, "outstanding"), "is empty".into());
        }
        let date_of = |run: &mut Run, field: &str| match value(field) {
            "" => None,
            text => format.parse(text).or_else(|| {
                run.problem(read.at(row, field), format!("is not a date {}", format.name()));
                None
            }),
        };
        if value("reference").is_empty() {
            self.problem(read.at(row, "reference"), "is empty".into());
        }
        let due = date_of(self, "due_date");
        let issued = date_of(self, "issue_date");
        if value("due_date").is_empty() {
            self.problem(read.at(row, "due_date"), "is empty".into());
        }
        let kind = match columns::fold(value("kind")).as_str() {
            "" => None,
            folded => match KINDS.iter().find(|(_, names)| names.contains(&folded)) {
                Some((kind, _)) => Some(*kind),
                None => {
                    self.problem(
                        read.at(row, "kind"),
                        "is no kind of item this import knows (invoice, credit note, debit note, payment)".into(),
                    );
                    None
                }
            },
        };
        let status = match value("status") {
            "" => None,
            named => match directory.statuses.iter().find(|(code, label)| {
                mapping.statuses.get(named) == Some(code) || code == named || *label == named.to_lowercase()
            }) {
                Some((code, _)) => Some(code.clone()),
                None => {
                    self.problem(
                        read.at(row, "status"),
                        "is no item status of the base portfolio (map it: [statuses] in the mapping file)".into(),
                    );
                    None
                }
            },
        };
        if self.problems.len() != before {
            return None;
        }
        let (amount, outstanding, due) = (amount?, outstanding?, due?);
        // Without a kind column the sign says it; a credit note or payment is what the
        // customer is owed: written positive by some exports, made negative here.
        let kind =
            kind.unwrap_or(if outstanding.is_negative() || amount.is_negative() { "credit_note" } else { "invoice" });
        let owed = |d: crate::money::Decimal| {
            if matches!(kind, "credit_note" | "payment") && !d.is_negative() {
                crate::money::Decimal { mantissa: -d.mantissa, scale: d.scale }
            } else {
                d
            }
        };
        let mut item = json!({
            "customer": customer,
            "kind": kind,
            "reference": value("reference"),
            "due_date": due.to_string(),
            "amount": owed(amount).to_string(),
            "outstanding": owed(outstanding).to_string(),
            "currency": currency.code(),
            "status": status,
        });
        if let Some(issued) = issued {
            item["issue_date"] = issued.to_string().into();
        }
        Some(item)
    }
}

/// What exports call each kind of item, folded.
const KINDS: [(&str, &[&str]); 4] = [
    (
        "invoice",
        &[
            "invoice",
            "inv",
            "in",
            "ar invoice",
            "sales invoice",
            "facture",
            "fac",
            "fa",
            "f",
            "rechnung",
            "re",
            "ausgangsrechnung",
            "factura",
            "fattura",
            "factuur",
        ],
    ),
    (
        "credit_note",
        &[
            "credit note",
            "credit",
            "credit memo",
            "cn",
            "cr",
            "crn",
            "cm",
            "avoir",
            "av",
            "gutschrift",
            "gs",
            "abono",
            "nota de credito",
            "nota di credito",
            "creditnota",
        ],
    ),
    (
        "debit_note",
        &["debit note", "dn", "note de debit", "nd", "belastung", "nota de debito", "nota di debito", "debetnota"],
    ),
    (
        "payment",
        &[
            "payment",
            "pmt",
            "pay",
            "receipt",
            "payment on account",
            "unapplied payment",
            "paiement",
            "reglement",
            "zahlung",
            "pago",
            "pagamento",
            "betaling",
        ],
    ),
];

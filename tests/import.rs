//! `dunning import`: CSV exports as four kinds of ERP write them, into a portfolio the agenda
//! runs on; every problem at once, at its file, line and column.
#![cfg(all(feature = "import", not(target_arch = "wasm32")))]

use dunning::agenda::{agenda, Filters};
use dunning::import::{import, Files, Imported, Source};
use dunning::portfolio::Portfolio;

const BASE: &str = include_str!("../examples/portfolio.json");

fn run(customers: &str, items: &str, mapping: Option<&str>) -> Result<Imported, dunning::Error> {
    import(&Files {
        customers: Source { name: "customers.csv", bytes: customers.as_bytes() },
        items: Source { name: "items.csv", bytes: items.as_bytes() },
        contacts: None,
        mapping: mapping.map(|text| ("mapping.toml", text)),
        base: Some(("portfolio.json", BASE)),
    })
}

fn loaded(imported: &Imported) -> Portfolio {
    Portfolio::from_json(&imported.portfolio).expect("the import loads")
}

#[test]
fn the_example_export_imports_to_a_portfolio_the_agenda_runs_on() {
    let read = |path: &str| std::fs::read(path).unwrap();
    let (customers, items) = (read("examples/import/customers.csv"), read("examples/import/items.csv"));
    let mapping = std::fs::read_to_string("examples/import/mapping.toml").unwrap();
    let imported = import(&Files {
        customers: Source { name: "customers.csv", bytes: &customers },
        items: Source { name: "items.csv", bytes: &items },
        contacts: None,
        mapping: Some(("mapping.toml", &mapping)),
        base: Some(("portfolio.json", BASE)),
    })
    .unwrap();
    let portfolio = loaded(&imported);
    assert_eq!(portfolio.customers.len(), 4);
    assert_eq!(portfolio.items.len(), 8);
    for note in ["separated by ';'", "decimal mark ','", "dates DD/MM/YYYY"] {
        assert!(imported.notes.iter().any(|n| n.contains(note)), "{note}: {:?}", imported.notes);
    }
    let bru = portfolio.customer("411BRU").unwrap();
    assert_eq!(bru.collector.as_deref(), Some("u2"), "a collector named by name");
    assert_eq!(bru.fields.get("Segment").map(String::as_str), Some("ETI"), "other columns are custom fields");
    let credit = portfolio.items.iter().find(|i| i.reference == "AV2026-0012").unwrap();
    assert_eq!(credit.outstanding.to_string(), "-240.00", "a credit note written positive is owed to the customer");
    let disputed = portfolio.items.iter().find(|i| i.reference == "FA2026-0117").unwrap();
    assert_eq!(disputed.status.as_deref(), Some("dispute"), "a status mapped to the company's");
    let day = agenda(&portfolio, "2026-11-23".parse().unwrap(), None, &Filters::default());
    assert_eq!(day.actions.len(), 4, "each customer has a next action");
}

/// The four header styles README.md documents, each with its own separator, marks and dates;
/// QuickBooks names customers by their display name: one mapping line says it is the code.
#[test]
fn four_erp_header_styles_import() {
    let styles = [
        (
            "SAP Business One",
            "CardCode,CardName,Country,Language,E-Mail\nC100,Globex Corp,US,en,ar@globex.example\n",
            "CardCode,DocNum,Doc Type,Posting Date,Due Date,Document Total,Balance Due,Currency\n\
             C100,4711,IN,2026-09-01,2026-10-01,\"1,250.00\",\"1,250.00\",USD\n\
             C100,4712,CN,2026-09-05,2026-09-05,100.00,100.00,USD\n",
        ),
        (
            "Sage 50 (UK)",
            "A/C,Name,Address 1,Postcode,Town,Country Code\nACME01,Acme Ltd,1 High Street,LS1 1AA,Leeds,GB\n",
            "A/C,Type,Inv Ref,Date,Due Date,Amount,Outstanding\nACME01,Invoice,SI-1001,01/09/2026,01/10/2026,480.00,480.00\n\
             ACME01,Invoice,SI-1002,15/09/2026,15/10/2026,99.50,99.50\n",
        ),
        (
            "QuickBooks (aged receivables detail: the customer by name)",
            "Customer,Company Name,Email\nDunmore Bakery,Dunmore Bakery Ltd,books@dunmore.example\n",
            "Transaction Type,Date,Num,Customer,Due Date,Amount,Open Balance\nInvoice,09/03/2026,1045,Dunmore Bakery,10/03/2026,\"2,400.00\",\"2,400.00\"\n\
             Payment,09/20/2026,,Dunmore Bakery,09/20/2026,-500.00,-500.00\n",
        ),
        (
            "DATEV / SAP FI (German)",
            "Kundennummer;Firma;Straße;PLZ;Ort;Land;Sprache\n10001;Müller & Söhne GmbH;Industriestraße 12;70565;Stuttgart;DE;de\n",
            "Kundennummer;Belegnummer;Belegart;Belegdatum;Fälligkeit;Betrag;Offener Betrag;Währung\n\
             10001;RE-2026-0815;Rechnung;01.09.2026;01.10.2026;1.234,56;1.234,56;EUR\n\
             10001;GS-2026-0042;Gutschrift;10.09.2026;10.09.2026;-50,00;-50,00;EUR\n",
        ),
    ];
    for (style, customers, items) in styles {
        let mapping = style.starts_with("QuickBooks").then_some("[customers]\ncode = \"Customer\"\n");
        let result = run(customers, items, mapping);
        // QuickBooks' payment has no number: reported, with where it is.
        if style.starts_with("QuickBooks") {
            let error = result.err().expect("a payment without a number is a problem");
            assert_eq!(error.problems(), ["items.csv:3:3: reference \"\" is empty"], "{style}");
            continue;
        }
        let imported = result.unwrap_or_else(|error| panic!("{style}: {error}"));
        let portfolio = loaded(&imported);
        assert_eq!(portfolio.customers.len(), 1, "{style}");
        let total: i128 = portfolio.items.iter().map(|item| item.outstanding.rescaled(2).unwrap()).sum();
        let expected = match style {
            s if s.starts_with("SAP Business One") => 115_000,
            s if s.starts_with("Sage") => 57_950,
            _ => 118_456,
        };
        assert_eq!(
            total,
            expected,
            "{style}: {:?}",
            portfolio.items.iter().map(|i| i.outstanding.to_string()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn every_problem_is_reported_at_once_where_it_is() {
    let customers = "Code,Name,Country,Language\nC1,One,FR,fr\nC1,Again,FR,fr\nC2,Two,France,klingon\n";
    let items =
        "Customer,Number,Due date,Amount,Open amount\nC1,F1,2026-10-01,100.00,100.00\nC9,F2,2026-10-01,1.00,1.00\n\
                 C1,F3,2026-13-01,abc,5.00\nC1,F1,2026-10-02,1.00,1.00\n";
    let error = run(customers, items, None).err().expect("problems");
    assert_eq!(
        error.problems(),
        [
            "customers.csv:3:1: code \"C1\" customer code \"C1\" is already on line 2",
            "customers.csv:4:3: country \"France\" is not an ISO 3166 country code (two letters)",
            "customers.csv:4:4: language \"klingon\" is not one of the 15 languages",
            "items.csv:3:1: customer \"C9\" no customer \"C9\" in customers.csv",
            "items.csv:4:4: amount \"abc\" is not an amount",
            "items.csv:4:3: due_date \"2026-13-01\" is not a date YYYY-MM-DD",
            "items.csv:5:2: reference \"F1\" C1's item \"F1\" is already on line 2",
        ]
    );
}

#[test]
fn what_cannot_be_found_is_asked_for_and_a_mapping_answers() {
    let customers = "Kontonummer,Name\nK1,Alpha\n";
    let items = "Kontonummer,Beleg,Datum fällig,Offen\nK1,B1,01/02/2026,10.00\nK1,B2,03/04/2026,5.00\n";
    let problems = run(customers, items, None).err().unwrap().problems().to_vec();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0]
        .starts_with("items.csv: no column for due_date (its columns: Kontonummer, Beleg, Datum fällig, Offen)"));
    let mapping = "[items]\ndue_date = \"Datum fällig\"\n";
    let problems = run(customers, items, Some(mapping)).err().unwrap().problems().to_vec();
    assert_eq!(problems, ["items.csv: every date reads as DD/MM/YYYY and as MM/DD/YYYY: declare `date` in the mapping file (e.g. date = \"DD/MM/YYYY\")"]);
    let mapping = "[format]\ndate = \"MM/DD/YYYY\"\n[items]\ndue_date = \"Datum fällig\"\n";
    let portfolio = loaded(&run(customers, items, Some(mapping)).unwrap());
    assert_eq!(portfolio.items[1].due_date.to_string(), "2026-03-04");
    let unknown = run(customers, items, Some("[items]\ndue = \"x\"\n")).err().unwrap();
    assert!(unknown.problems()[0].starts_with("mapping.toml: [items] has no field \"due\""), "{unknown}");
}

#[test]
fn a_windows_1252_export_is_read_when_declared_and_refused_otherwise() {
    let customers = b"Code,Name\nC1,Soci\xe9t\xe9 G\xe9n\xe9rale\n";
    let items = "Code,Number,Due date,Outstanding\nC1,F1,2026-10-01,10.00\n";
    let files = |mapping| Files {
        customers: Source { name: "customers.csv", bytes: customers },
        items: Source { name: "items.csv", bytes: items.as_bytes() },
        contacts: None,
        mapping,
        base: Some(("portfolio.json", BASE)),
    };
    let refused = import(&files(None)).err().unwrap();
    assert!(refused.problems()[0].starts_with("customers.csv: line 2 is not UTF-8"), "{refused}");
    let imported = import(&files(Some(("mapping.toml", "[format]\nencoding = \"windows-1252\"\n")))).unwrap();
    assert_eq!(loaded(&imported).customers[0].name, "Société Générale");
}

#[test]
fn contacts_come_from_their_own_file_and_one_receives_the_dunning() {
    let customers = "Code,Name\nC1,Alpha SA\nC2,Beta GmbH\n";
    let items = "Code,Number,Due date,Outstanding\nC1,F1,2026-10-01,10.00\nC2,F2,2026-10-01,20.00\n";
    let contacts = "Customer,First name,Last name,Title,Email,Mobile,Dunning\n\
                    C1,Anne,Martin,Mme,anne@alpha.example,,no\nC1,Paul,Roux,M.,paul@alpha.example,+33600000000,yes\n\
                    Beta GmbH,Jonas,Weber,Herr,jonas@beta.example,,\nC3,Nobody,Here,,,,maybe\n";
    let files = |contacts: &'static str| Files {
        customers: Source { name: "customers.csv", bytes: customers.as_bytes() },
        items: Source { name: "items.csv", bytes: items.as_bytes() },
        contacts: Some(Source { name: "contacts.csv", bytes: contacts.as_bytes() }),
        mapping: None,
        base: Some(("portfolio.json", BASE)),
    };
    let error = import(&files(contacts)).err().unwrap();
    assert_eq!(
        error.problems(),
        ["contacts.csv:5:1: customer \"C3\" no customer \"C3\" in customers.csv"],
        "the unknown customer is said (its flag, read after, is not)"
    );
    let valid: &'static str = contacts.rsplit_once("C3,").unwrap().0;
    let imported = import(&files(valid)).unwrap();
    let portfolio = loaded(&imported);
    let alpha = portfolio.customer("C1").unwrap();
    assert_eq!(alpha.contacts.len(), 2);
    assert!(alpha.contacts[1].collection && !alpha.contacts[0].collection, "Paul receives the dunning");
    let beta = portfolio.customer("C2").unwrap();
    assert!(beta.contacts[0].collection, "a customer's only contact, unmarked, receives it");
    assert!(
        imported.notes.iter().any(|note| note.starts_with("C2: no contact marked for collection")),
        "{:?}",
        imported.notes
    );
}

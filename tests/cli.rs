//! The `dunning` command line: JSON shape, exit codes, directory walking (interfaces.md).
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{json, Value};

fn dunning(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dunning")).args(args).output().expect("the dunning binary runs")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dunning-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)))
}

#[test]
fn check_json_has_the_exact_shape_of_the_spec() {
    let dir = temp_dir("shape");
    let path = write(&dir, "letter.md", "Dear customer,\n\n# Title\nYour items: #items_lst\n");
    let output = dunning(&["check", "--output", "json", &path]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        json_of(&output),
        json!({"files": [{"path": path, "diagnostics": [{
            "severity": "error",
            "code": "unknown-hashtag",
            "message": "unknown hashtag #items_lst; did you mean #items_list?",
            "line": 4, "column": 13, "end_line": 4, "end_column": 22,
            "start": 36, "end": 46,
            "hashtag": "items_lst", "suggestion": "items_list"
        }]}]})
    );
}

#[test]
fn warnings_alone_exit_zero_and_omit_absent_keys() {
    let dir = temp_dir("warnings");
    let path = write(&dir, "empty.md", "  \n");
    let output = dunning(&["check", "--output", "json", &path]);
    assert_eq!(output.status.code(), Some(0));
    let diagnostic = &json_of(&output)["files"][0]["diagnostics"][0];
    assert_eq!(diagnostic["code"], "empty-template");
    assert_eq!(diagnostic["severity"], "warning");
    assert!(diagnostic.get("hashtag").is_none() && diagnostic.get("suggestion").is_none());
}

#[test]
fn directories_are_walked_and_formats_come_from_extensions() {
    let dir = temp_dir("walk");
    write(&dir, "a.md", "**#customer_name**");
    write(&dir, "b.html", "<a href=\"#customer_name\">x</a>");
    write(&dir, "nested/c.txt", "Hi <b>#customer_name</b>");
    write(&dir, "notes.json", "{}");
    let output = dunning(&["check", "--output", "json", "--channel", "sms", dir.to_str().unwrap()]);
    let report = json_of(&output);
    let files: Vec<(String, Vec<String>)> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| {
            let name = Path::new(file["path"].as_str().unwrap()).file_name().unwrap().to_str().unwrap().to_owned();
            let codes = file["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["code"].as_str().unwrap().to_owned())
                .collect();
            (name, codes)
        })
        .collect();
    assert_eq!(
        files,
        [
            ("a.md".to_owned(), vec![]),
            ("b.html".to_owned(), vec!["attribute-type".to_owned()]),
            ("c.txt".to_owned(), vec!["markup-in-text".to_owned(), "markup-in-text".to_owned()]),
        ]
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn format_channel_and_context_flags_apply() {
    let dir = temp_dir("flags");
    let path = write(&dir, "sms.md", "Pay #items_amount_selected now");
    assert_eq!(dunning(&["check", &path]).status.code(), Some(1));
    assert_eq!(dunning(&["check", "--context", "specific", &path]).status.code(), Some(0));
    let output =
        dunning(&["check", "--format", "text", "--channel", "sms", "--context", "specific", "--output", "json", &path]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stdout));
}

#[test]
fn usage_and_io_errors_exit_two_with_one_line() {
    let missing = dunning(&["check", "/nonexistent/template.md"]);
    assert_eq!(missing.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(stderr.contains("/nonexistent/template.md") && stderr.trim().lines().count() == 1, "{stderr}");
    assert_eq!(dunning(&["check", "--channel", "fax", "x.md"]).status.code(), Some(2));
    assert_eq!(dunning(&["check"]).status.code(), Some(2));
    let dir = temp_dir("usage");
    let unknown = write(&dir, "template.docx", "x");
    let output = dunning(&["check", &unknown]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--format"));
    let binary = dir.join("bad.md");
    std::fs::write(&binary, [0x66, 0xff, 0xfe]).unwrap();
    let output = dunning(&["check", binary.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not UTF-8"));
}

#[test]
fn human_output_shows_the_line_a_caret_and_the_fix() {
    let dir = temp_dir("human");
    let path = write(&dir, "letter.md", "Hello,\nYour items: #items_lst\n");
    let output = dunning(&["check", &path]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("error[unknown-hashtag]"), "{stdout}");
    assert!(stdout.contains("Your items: #items_lst"), "{stdout}");
    assert!(stdout.contains("^^^^^^^^^^"), "{stdout}");
    assert!(stdout.contains("help: write #items_list"), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "no colour when piped: {stdout}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("1 error(s)"));
}

#[test]
fn catalogue_lists_every_hashtag_with_type_scope_channels_and_localized_description() {
    let output = dunning(&["catalogue", "--output", "json", "--locale", "fr"]);
    assert_eq!(output.status.code(), Some(0));
    let entries = json_of(&output);
    let entries = entries.as_array().unwrap();
    assert_eq!(entries.len(), dunning::catalogue::entries().len());
    let items_list = entries.iter().find(|e| e["name"] == "items_list").unwrap();
    assert_eq!(items_list["type"], "table");
    assert_eq!(items_list["scope"], "items");
    assert!(!items_list["channels"].as_array().unwrap().contains(&json!("sms")));
    let french = dunning::catalogue::lookup("items_list").unwrap().description(dunning::Locale::Fr);
    assert_eq!(items_list["description"], french);
    let human = dunning(&["catalogue"]);
    assert!(String::from_utf8_lossy(&human.stdout).contains("#items_amount_selected_include_late_penalties"));
    assert_eq!(dunning(&["catalogue", "--locale", "xx"]).status.code(), Some(2));
}

#[test]
fn the_shipped_example_templates_are_clean() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/templates");
    let output = dunning(&["check", "--context", "specific", "--output", "json", examples.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stdout));
}

fn example(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path).display().to_string()
}

#[test]
fn render_prints_the_output_and_diagnostics_apart() {
    let dir = temp_dir("render");
    let template = write(&dir, "sms.txt", "#company_name: pay #items_amount_overdue, #contact_nme");
    let output = dunning(&[
        "render",
        &template,
        "--data",
        &example("examples/portfolio.json"),
        "--customer",
        "C001",
        "--channel",
        "sms",
        "--date",
        "2026-11-22",
    ]);
    assert_eq!(output.status.code(), Some(0), "check errors still render");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "Acme Industries SAS: pay 1 050,00 €, #contact_nme",
        "an SMS is sent with plain spaces"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown-hashtag") && stderr.contains("sms-segments"), "{stderr}");
}

#[test]
fn render_as_letter_is_a_document_and_locale_and_selection_apply() {
    let letter = dunning(&[
        "render",
        &example("examples/templates/promise-of-payment.md"),
        "--data",
        &example("examples/portfolio.json"),
        "--customer",
        "C003",
        "--selected",
        "i6",
        "--as",
        "letter",
        "--locale",
        "en",
        "--date",
        "2026-11-22",
    ]);
    assert_eq!(letter.status.code(), Some(0), "{}", String::from_utf8_lossy(&letter.stderr));
    let html = String::from_utf8_lossy(&letter.stdout);
    assert!(
        html.starts_with("<!doctype html>") && html.contains("Brighton Tools Ltd") && html.contains("£12,500.00"),
        "{html}"
    );
}

#[test]
fn render_errors_are_clear() {
    let portfolio = example("examples/portfolio.json");
    let template = example("examples/templates/reminder-sms.txt");
    let unknown = dunning(&["render", &template, "--data", &portfolio, "--customer", "C999"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&unknown.stderr).trim(), "dunning: unknown customer \"C999\"");
    let dir = temp_dir("render-errors");
    let broken = write(&dir, "broken.json", r#"{"company": {"name": "X", "currency": "EURO", "locale": "fr"}}"#);
    let invalid = dunning(&["render", &template, "--data", &broken, "--customer", "C001"]);
    assert_eq!(invalid.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&invalid.stderr);
    assert!(stderr.contains("broken.json: company.currency: unknown currency \"EURO\""), "{stderr}");
}

#[test]
fn check_with_data_reports_every_template_over_the_customers_it_reaches() {
    let portfolio = example("examples/portfolio.json");
    let output = dunning(&["check", "--data", &portfolio, "--date", "2026-11-22", "--output", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let actions: Vec<&str> =
        report["templates"].as_array().unwrap().iter().map(|t| t["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["pre", "r1", "call", "lr", "sa1"]);
    assert!(report["templates"][0]["reach"]["customers"].is_number());
    let human = dunning(&["check", "--data", &portfolio, "--date", "2026-11-22"]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("(scenario standard, step pre): reaches"), "{text}");
    assert!(String::from_utf8_lossy(&human.stderr).contains("checked 5 template(s) against their customers"));
}

#[test]
fn letters_without_actions_prints_the_days_letters() {
    // The demo's sample on its reference date, which has letters going out.
    let sample = dunning(&["sample", "--seed", "1", "--date", "2026-11-23"]);
    let portfolio = write(&temp_dir("days-letters"), "sample.json", &String::from_utf8_lossy(&sample.stdout));
    let agenda = dunning(&["agenda", "--data", &portfolio, "--date", "2026-11-23"]);
    let agenda: serde_json::Value = serde_json::from_slice(&agenda.stdout).unwrap();
    let expected: Vec<String> = agenda["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["channel"].as_str().unwrap().contains("letter") && a["state"] == "confirmed")
        .filter(|a| a["send_at"] == "2026-11-23")
        .map(|a| a["customer"].as_str().unwrap().to_owned())
        .collect();
    assert!(expected.len() >= 3, "{expected:?}");
    let output = dunning(&["letters", "--data", &portfolio, "--date", "2026-11-23"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let html = String::from_utf8_lossy(&output.stdout);
    assert_eq!(html.matches("<section class=\"letter\"").count(), expected.len(), "{expected:?}");
    let quiet = dunning(&["letters", "--data", &portfolio, "--date", "2020-01-01"]);
    assert_eq!(quiet.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&quiet.stderr).contains("no letters go out on 2020-01-01"));
}

#[test]
fn letters_batch_one_document_in_the_given_order() {
    let output = dunning(&[
        "letters",
        "--data",
        &example("examples/portfolio.json"),
        "--date",
        "2026-11-22",
        "--action",
        "C003:lr",
        "--action",
        "C001:lr",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let html = String::from_utf8_lossy(&output.stdout);
    assert_eq!(html.matches("<section class=\"letter\"").count(), 2);
    assert!(html.find("Brighton Tools Ltd").unwrap() < html.find("Dupont SARL").unwrap());
    // Each letter of a batch numbers its own pages.
    assert!(html.contains("<section class=\"letter\" style=\"page: letter-1\">"));
    assert!(html.contains("@page letter-1 { counter-increment: letter-1;"));
    assert!(
        output.stderr.is_empty() || !String::from_utf8_lossy(&output.stderr).contains('\u{1b}'),
        "no progress bar when piped"
    );
    let not_a_letter = dunning(&[
        "letters",
        "--data",
        &example("examples/portfolio.json"),
        "--date",
        "2026-11-22",
        "--action",
        "C001:r1",
    ]);
    assert_eq!(not_a_letter.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&not_a_letter.stderr).contains("is an e-mail, not a letter"));
    assert_eq!(
        dunning(&["letters", "--data", "x.json", "--date", "2026-11-22", "--action", "nocolon"]).status.code(),
        Some(2)
    );
}

#[test]
fn agenda_prints_the_json_of_the_spec_and_an_rfc4180_csv() {
    let portfolio = example("examples/portfolio.json");
    let output = dunning(&["agenda", "--data", &portfolio, "--date", "2026-11-22", "--now", "10:30"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let agenda = json_of(&output);
    assert_eq!(agenda["date"], "2026-11-22");
    let actions = agenda["actions"].as_array().unwrap();
    assert_eq!(agenda["indicators"]["scheduled"].as_u64(), Some(actions.len() as u64));
    for key in ["customer", "action", "kind", "channel", "mode", "date", "state", "colour", "error", "items", "send_at"]
    {
        assert!(actions[0].get(key).is_some(), "{key} in {}", actions[0]);
    }
    let dates: Vec<(&str, &str, &str)> = actions
        .iter()
        .map(|a| (a["date"].as_str().unwrap(), a["customer"].as_str().unwrap(), a["action"].as_str().unwrap()))
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "sorted by date, customer, action");

    let csv =
        dunning(&["agenda", "--data", &portfolio, "--date", "2026-11-22", "--output", "csv", "--field", "segment=SME"]);
    let text = String::from_utf8(csv.stdout).unwrap();
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert_eq!(lines[0], "customer,action,kind,channel,mode,date,state,colour,error,items,send_at");
    assert!(lines[1..].iter().all(|line| line.starts_with("C001,")), "only the SME customer: {text}");
    assert_eq!(
        dunning(&["agenda", "--data", &portfolio, "--date", "2026-11-22", "--state", "sleeping"]).status.code(),
        Some(2)
    );
}

#[test]
fn history_prints_rows_and_an_rfc4180_csv_under_filters_and_the_user_role() {
    let dir = temp_dir("history");
    let mut json: Value =
        serde_json::from_str(&std::fs::read_to_string(example("examples/portfolio.json")).unwrap()).unwrap();
    json["customers"][0]["name"] = json!("Dupont, \"Père & Fils\"\nSARL");
    json["users"][1]["role"] = json!("collector");
    for (customer, action, on, item) in
        [("C002", "pre", "2026-10-01", "i3"), ("C003", "r1", "2026-11-02", "i6"), ("C001", "r1", "2026-10-12", "i1")]
    {
        let entry = json!({"customer": customer, "action": action, "done_on": on, "items": [item], "by": "u2"});
        json["history"].as_array_mut().unwrap().push(entry);
    }
    let portfolio = write(&dir, "portfolio.json", &json.to_string());
    let entries = json["history"].as_array().unwrap().len();

    let output = dunning(&["history", "--data", &portfolio]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let rows = json_of(&output);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), entries);
    let dates: Vec<&str> = rows.iter().map(|row| row["done_on"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|pair| pair[0] >= pair[1]), "newest first: {dates:?}");

    // The csv crate reads back exactly the JSON's rows.
    let csv = dunning(&["history", "--data", &portfolio, "--output", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.stdout.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        header,
        [
            "done_on",
            "customer",
            "customer_name",
            "action",
            "action_name",
            "kind",
            "channel",
            "references",
            "overdue_amount",
            "currency",
            "by",
            "by_name"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), entries);
    for (record, row) in records.iter().zip(rows) {
        assert_eq!(&record[1], row["customer"].as_str().unwrap());
        assert_eq!(&record[2], row["customer_name"].as_str().unwrap());
        // The items by their own numbers, as the screen shows them, never by internal id.
        let references: Vec<&str> = row["references"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
        assert_eq!(&record[7], references.join(" "));
        assert!(
            !record[7].is_empty()
                && row["items"].as_array().unwrap().iter().all(|id| !record[7].contains(id.as_str().unwrap())),
            "{record:?}"
        );
        let overdue = row["overdue"].as_array().unwrap();
        let amounts: Vec<&str> = overdue.iter().map(|o| o["amount"].as_str().unwrap()).collect();
        assert_eq!(
            (&record[8], &record[9]),
            (
                amounts.join(" ").as_str(),
                overdue.iter().map(|o| o["currency"].as_str().unwrap()).collect::<Vec<_>>().join(" ").as_str()
            )
        );
    }
    // C001's r1 of 2026-10-12 names i1 (F2026-0412, 1,200.00 EUR due 2026-09-30): overdue then.
    let c001 = records.iter().find(|record| &record[1] == "C001" && &record[0] == "2026-10-12").unwrap();
    assert_eq!((&c001[7], &c001[8], &c001[9]), ("F2026-0412", "1200.00", "EUR"));
    assert!(records.iter().any(|record| &record[2] == "Dupont, \"Père & Fils\"\nSARL"));

    // u2 is a collector: by default, only u2's accounts.
    let own = json_of(&dunning(&["history", "--data", &portfolio, "--user", "u2"]));
    let u2_customers: Vec<&str> = json["customers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["collector"] == "u2")
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let own: Vec<&str> = own.as_array().unwrap().iter().map(|row| row["customer"].as_str().unwrap()).collect();
    assert_eq!(own, ["C003", "C002"]);
    assert_eq!(u2_customers, ["C002", "C003"]);
    let output = dunning(&["history", "--data", &portfolio, "--user", "nobody"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no user has id \"nobody\""));
}

#[test]
fn sample_prints_a_portfolio_of_the_asked_size_that_loads_with_its_agenda() {
    let dir = temp_dir("sample");
    let args = ["sample", "--seed", "3", "--date", "2026-11-23", "--customers", "40", "--items", "150"];
    let output = dunning(&args);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(dunning(&args).stdout, output.stdout, "the same for the same seed");
    let portfolio = json_of(&output);
    assert_eq!(portfolio["customers"].as_array().unwrap().len(), 40);
    assert_eq!(portfolio["items"].as_array().unwrap().len(), 150);
    let path = write(&dir, "sample.json", &String::from_utf8(output.stdout).unwrap());
    let agenda = dunning(&["agenda", "--data", &path, "--date", "2026-11-23"]);
    assert_eq!(agenda.status.code(), Some(0), "{}", String::from_utf8_lossy(&agenda.stderr));
    assert!(!json_of(&agenda)["actions"].as_array().unwrap().is_empty());
    assert_eq!(dunning(&["sample", "--date", "tomorrow"]).status.code(), Some(2));
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    // `dunning sample … | head -c 100`: megabytes of output, of which the reader takes 100 bytes.
    let mut child = Command::new(env!("CARGO_BIN_EXE_dunning"))
        .args(["sample", "--seed", "1", "--date", "2026-11-23", "--customers", "3000"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the dunning binary runs");
    let mut start = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut start).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "", "no panic, no message");
}

/// README's three commands: the example export → a portfolio → the day's agenda and a letter.
#[test]
fn import_reads_the_example_export_into_a_portfolio_the_other_commands_use() {
    let dir = temp_dir("import");
    let imported = dunning(&[
        "import",
        "--customers",
        "examples/import/customers.csv",
        "--items",
        "examples/import/items.csv",
        "--map",
        "examples/import/mapping.toml",
        "--base",
        "examples/portfolio.json",
    ]);
    assert!(imported.status.success(), "{}", String::from_utf8_lossy(&imported.stderr));
    let notes = String::from_utf8_lossy(&imported.stderr);
    assert!(notes.contains("dunning: note: examples/import/items.csv: dates DD/MM/YYYY"), "{notes}");
    let portfolio = write(&dir, "portfolio.json", std::str::from_utf8(&imported.stdout).unwrap());
    let agenda = json_of(&dunning(&["agenda", "--data", &portfolio, "--date", "2026-11-23"]));
    assert_eq!(agenda["actions"].as_array().unwrap().len(), 4);
    let letter = dunning(&[
        "render",
        "examples/templates/standard-letter.md",
        "--data",
        &portfolio,
        "--customer",
        "411BRU",
        "--date",
        "2026-11-23",
        "--channel",
        "letter",
    ]);
    assert!(letter.status.success());
    let letter = String::from_utf8_lossy(&letter.stdout);
    assert!(
        letter.contains("Brüggen Maschinenbau GmbH") && letter.contains("FA2026-0162"),
        "the letter of an imported customer"
    );

    // Broken files: every problem on stderr, exit 1, nothing on stdout.
    let items = write(
        &dir,
        "items.csv",
        "Code client;N° pièce;Échéance;Reste dû\n411ALP;F1;31/02/2026;1,00\n411XXX;F2;01/03/2026;2,00\n",
    );
    let failed = dunning(&[
        "import",
        "--customers",
        "examples/import/customers.csv",
        "--items",
        &items,
        "--base",
        "examples/portfolio.json",
    ]);
    assert_eq!(failed.status.code(), Some(1));
    assert!(failed.stdout.is_empty());
    let said = String::from_utf8_lossy(&failed.stderr);
    assert!(said.contains(&format!("{items}:2:3: due_date \"31/02/2026\" is not a date DD/MM/YYYY")), "{said}");
    assert!(
        said.contains(&format!(
            "{items}:3:1: customer \"411XXX\" no customer \"411XXX\" in examples/import/customers.csv"
        )),
        "{said}"
    );
    assert!(said.ends_with("dunning: 2 problem(s): nothing imported\n"), "{said}");
}

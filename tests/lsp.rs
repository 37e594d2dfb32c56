//! `dunning lsp`, driven as an editor drives it: the built binary on stdio, Content-Length
//! framed JSON-RPC messages in, its real responses and notifications out. Diagnostics are
//! compared with `dunning check --output json` on the same text.
#![cfg(feature = "cli")]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use serde_json::{json, Value};

/// A line with two-unit characters before its hashtags: é is one UTF-16 unit (two bytes), 😀
/// two units (four bytes), so bytes, characters and UTF-16 units all differ.
const LETTER: &str = "Bonjour,\n\nCafé 😀 #contact_nme, votre solde: #items_amount.\n\n#items_lst\n";

struct Server {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    /// Notifications received while waiting for something else.
    pending: Vec<Value>,
    next_id: i64,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dunning"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("dunning lsp starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, messages) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        Server { child, stdin, messages, pending: Vec::new(), next_id: 0 }
    }

    /// Starts a server and goes through `initialize` and `initialized`.
    fn initialized(root: &Path) -> Server {
        let mut server = Server::start();
        let result = server.request(
            "initialize",
            json!({"processId": null, "rootUri": uri(root), "capabilities": {}, "locale": "en-GB"}),
        );
        let capabilities = &result["result"]["capabilities"];
        assert_eq!(capabilities["completionProvider"]["triggerCharacters"], json!(["#"]), "{result}");
        assert_eq!(capabilities["hoverProvider"], json!(true));
        assert_eq!(capabilities["codeActionProvider"]["codeActionKinds"], json!(["quickfix"]));
        server.notify("initialized", json!({}));
        server
    }

    fn send_body(&mut self, body: &str) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn send(&mut self, message: Value) {
        self.send_body(&message.to_string());
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its whole response (`result` or `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.response(json!(id))
    }

    /// The response with `id`, keeping the notifications that come first.
    fn response(&mut self, id: Value) -> Value {
        loop {
            let message = self.receive();
            if message.get("method").is_none() && message["id"] == id {
                return message;
            }
            self.pending.push(message);
        }
    }

    fn receive(&mut self) -> Value {
        self.messages.recv_timeout(Duration::from_secs(20)).expect("the server answers within 20 s")
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let is_them =
            |message: &Value| message["method"] == "textDocument/publishDiagnostics" && message["params"]["uri"] == uri;
        if let Some(at) = self.pending.iter().position(is_them) {
            return self.pending.remove(at)["params"]["diagnostics"].as_array().unwrap().clone();
        }
        loop {
            let message = self.receive();
            if is_them(&message) {
                return message["params"]["diagnostics"].as_array().unwrap().clone();
            }
            self.pending.push(message);
        }
    }

    fn open(&mut self, path: &Path, language: &str, text: &str) -> String {
        let uri = uri(path);
        let document = json!({"uri": uri, "languageId": language, "version": 1, "text": text});
        self.notify("textDocument/didOpen", json!({"textDocument": document}));
        uri
    }

    /// `shutdown`, `exit`, and the exit status.
    fn stop(mut self) -> Option<i32> {
        let response = self.request("shutdown", Value::Null);
        assert_eq!(response["result"], Value::Null, "{response}");
        assert!(response.get("error").is_none());
        self.notify("exit", Value::Null);
        self.child.wait().unwrap().code()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    Some(serde_json::from_slice(&body).expect("the server writes JSON"))
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display()).replace(' ', "%20")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dunning-lsp-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `dunning check --output json` on `text` written to `path`: its diagnostics.
fn check_json(path: &Path, text: &str) -> Vec<Value> {
    std::fs::write(path, text).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_dunning"))
        .args(["check", "--output", "json"])
        .arg(path)
        .output()
        .expect("dunning check runs");
    let json: Value = serde_json::from_slice(&output.stdout).expect("check prints JSON");
    json["files"][0]["diagnostics"].as_array().unwrap().clone()
}

/// An LSP position (line, UTF-16 units into the line) of a UTF-16 offset in `text`, counted
/// here independently of the server.
fn position_at(text: &str, utf16: u64) -> Value {
    let (mut line, mut character, mut seen) = (0, 0, 0);
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        if seen >= utf16 {
            break;
        }
        seen += ch.len_utf16() as u64;
        if ch == '\n' || (ch == '\r' && chars.peek() != Some(&'\n')) {
            line += 1;
            character = 0;
        } else {
            character += ch.len_utf16() as u64;
        }
    }
    json!({"line": line, "character": character})
}

/// `check`'s diagnostics as the server should publish them: code, severity, message, and the
/// UTF-16 `start`/`end` as positions.
fn expected(text: &str, diagnostics: &[Value]) -> Vec<Value> {
    let severity = |name: &Value| match name.as_str() {
        Some("error") => 1,
        Some("warning") => 2,
        _ => 3,
    };
    diagnostics
        .iter()
        .map(|d| {
            let range = json!({
                "start": position_at(text, d["start"].as_u64().unwrap()),
                "end": position_at(text, d["end"].as_u64().unwrap()),
            });
            json!({"code": d["code"], "severity": severity(&d["severity"]), "message": d["message"], "range": range})
        })
        .collect()
}

fn published(diagnostics: &[Value]) -> Vec<Value> {
    diagnostics
        .iter()
        .map(|d| json!({"code": d["code"], "severity": d["severity"], "message": d["message"], "range": d["range"]}))
        .collect()
}

#[test]
fn diagnostics_as_you_type_have_checks_codes_and_utf16_ranges() {
    let dir = temp_dir("diagnostics");
    let path = dir.join("letter.md");
    let mut server = Server::initialized(&dir);
    let uri = server.open(&path, "markdown", LETTER);
    let diagnostics = server.diagnostics(&uri);
    let from_check = check_json(&path, LETTER);
    assert_eq!(published(&diagnostics), expected(LETTER, &from_check));
    // The hashtag after é and 😀: UTF-16 character 8 of line 2 (7 characters, 11 bytes before it).
    assert_eq!(
        diagnostics[0]["range"],
        json!({"start": {"line": 2, "character": 8}, "end": {"line": 2, "character": 20}})
    );
    assert_eq!(diagnostics[0]["code"], "unknown-hashtag");
    assert_eq!(diagnostics[0]["source"], "dunning");

    // An incremental change: "😀" typed before "Café" (range in UTF-16), then a whole new text.
    server.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}}, "text": "😀"}],
        }),
    );
    let edited = LETTER.replace("Café", "😀Café");
    let diagnostics = server.diagnostics(&uri);
    assert_eq!(published(&diagnostics), expected(&edited, &check_json(&path, &edited)));
    assert_eq!(diagnostics[0]["range"]["start"], json!({"line": 2, "character": 10}));

    // A fix typed over the misspelt name (its range in UTF-16), and a new problem at the end.
    server.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri, "version": 3},
            "contentChanges": [
                {"range": {"start": {"line": 2, "character": 10}, "end": {"line": 2, "character": 22}}, "text": "#contact_name"},
                {"range": {"start": {"line": 5, "character": 0}, "end": {"line": 5, "character": 0}}, "text": "<script>x</script>\n"},
            ],
        }),
    );
    let edited = edited.replace("#contact_nme", "#contact_name") + "<script>x</script>\n";
    let diagnostics = server.diagnostics(&uri);
    let codes: Vec<&str> = diagnostics.iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["unknown-hashtag", "unsafe-html"]);
    assert_eq!(published(&diagnostics), expected(&edited, &check_json(&path, &edited)));

    // The whole text replaced: no problem left, an empty list.
    server.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 4}, "contentChanges": [{"text": "Dear #contact_name,\n"}]}),
    );
    assert_eq!(server.diagnostics(&uri), Vec::<Value>::new());
    assert_eq!(server.stop(), Some(0));
}

#[test]
fn completion_after_a_hash_offers_the_usable_hashtags_with_type_and_description() {
    let dir = temp_dir("completion");
    let path = dir.join("letter.md");
    let text = "Café 😀 #ite\n";
    let mut server = Server::initialized(&dir);
    let uri = server.open(&path, "markdown", text);
    server.diagnostics(&uri);
    let response = server.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 12},
               "context": {"triggerKind": 1}}),
    );
    let items = response["result"]["items"].as_array().unwrap_or_else(|| panic!("{response}"));
    let item = items.iter().find(|item| item["label"] == "#items_amount").expect("#items_amount is offered");
    assert_eq!(item["detail"], "money");
    let documentation = item["documentation"]["value"].as_str().unwrap();
    assert!(documentation.starts_with("Total outstanding of all open items"), "{documentation}");
    // It replaces "#ite", from the `#` (UTF-16 character 8) to the cursor.
    assert_eq!(
        item["textEdit"],
        json!({"range": {"start": {"line": 0, "character": 8}, "end": {"line": 0, "character": 12}}, "newText": "#items_amount"})
    );
    // An e-mail template in a scenario: tables yes, the selection's hashtags no.
    let labels: Vec<&str> = items.iter().map(|item| item["label"].as_str().unwrap()).collect();
    assert!(labels.contains(&"#items_list") && labels.contains(&"#company_logo"));
    assert!(!labels.contains(&"#items_amount_selected"), "{labels:?}");

    // No `#` before the cursor, or a `#` inside a word: nothing to complete.
    for character in [3, 0] {
        let response = server.request(
            "textDocument/completion",
            json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": character}}),
        );
        assert_eq!(response["result"], Value::Null, "{response}");
    }
    assert_eq!(server.stop(), Some(0));
}

#[test]
fn hover_shows_a_hashtags_type_and_description() {
    let dir = temp_dir("hover");
    let path = dir.join("letter.md");
    let mut server = Server::initialized(&dir);
    let uri = server.open(&path, "markdown", LETTER);
    server.diagnostics(&uri);
    // On `#items_amount`, after "Café 😀 #contact_nme, votre solde: " (UTF-16 character 35).
    let response = server
        .request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 2, "character": 40}}));
    let hover = &response["result"];
    let value = hover["contents"]["value"].as_str().unwrap_or_else(|| panic!("{response}"));
    assert!(value.contains("#items_amount") && value.contains("money"), "{value}");
    assert!(value.contains("Total outstanding of all open items"), "{value}");
    assert_eq!(hover["range"], json!({"start": {"line": 2, "character": 35}, "end": {"line": 2, "character": 48}}));
    // Plain text is no hashtag.
    let response = server
        .request("textDocument/hover", json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}}));
    assert_eq!(response["result"], Value::Null);
    assert_eq!(server.stop(), Some(0));
}

#[test]
fn a_quick_fix_writes_the_suggestion_over_the_hashtag() {
    let dir = temp_dir("quickfix");
    let path = dir.join("letter.md");
    let mut server = Server::initialized(&dir);
    let uri = server.open(&path, "markdown", LETTER);
    let diagnostics = server.diagnostics(&uri);
    let misspelt = diagnostics[0].clone();
    let response = server.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": misspelt["range"], "context": {"diagnostics": [misspelt]}}),
    );
    let actions = response["result"].as_array().unwrap_or_else(|| panic!("{response}"));
    assert_eq!(actions.len(), 1, "{actions:?}");
    let action = &actions[0];
    assert_eq!(action["kind"], "quickfix");
    assert_eq!(action["title"], "Write #contact_name");
    assert_eq!(action["isPreferred"], true);
    assert_eq!(action["diagnostics"][0]["code"], "unknown-hashtag");
    assert_eq!(
        action["edit"]["changes"][&uri],
        json!([{"range": {"start": {"line": 2, "character": 8}, "end": {"line": 2, "character": 20}}, "newText": "#contact_name"}])
    );
    // The second misspelt hashtag, on line 4: its own fix only.
    let range = json!({"start": {"line": 4, "character": 3}, "end": {"line": 4, "character": 3}});
    let response = server.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}}),
    );
    let edits: Vec<&Value> =
        response["result"].as_array().unwrap().iter().map(|a| &a["edit"]["changes"][&uri][0]).collect();
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0]["newText"], "#items_list");
    assert_eq!(edits[0]["range"], json!({"start": {"line": 4, "character": 0}, "end": {"line": 4, "character": 10}}));
    assert_eq!(server.stop(), Some(0));
}

#[test]
fn the_project_file_sets_channel_context_and_the_descriptions_language() {
    let dir = temp_dir("project");
    std::fs::write(
        dir.join("dunning.toml"),
        "locale = \"fr\"\n\n[[override]]\nfiles = \"sms/*.txt\"\nchannel = \"sms\"\ncontext = \"specific\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("sms")).unwrap();
    let path = dir.join("sms").join("reminder.txt");
    let text = "Solde #items_amount_selected. #items_list\n#";
    let mut server = Server::initialized(&dir);
    let uri = server.open(&path, "plaintext", text);
    let diagnostics = server.diagnostics(&uri);
    // An SMS cannot show a table; a specific action has a selection.
    assert_eq!(published(&diagnostics), expected(text, &check_json(&path, text)));
    let codes: Vec<&str> = diagnostics.iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["channel-not-supported"]);
    let response = server.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": {"line": 1, "character": 1}}),
    );
    let items = response["result"]["items"].as_array().unwrap();
    let labels: Vec<&str> = items.iter().map(|item| item["label"].as_str().unwrap()).collect();
    assert!(labels.contains(&"#items_amount_selected") && !labels.contains(&"#items_list"), "{labels:?}");
    let amount = items.iter().find(|item| item["label"] == "#items_amount").unwrap();
    let description = amount["documentation"]["value"].as_str().unwrap();
    assert!(description.starts_with("Encours total de toutes les pièces ouvertes"), "in French: {description}");

    // A broken project file: said, and the defaults used meanwhile.
    std::fs::write(dir.join("dunning.toml"), "channel = \"fax\"\n").unwrap();
    let project_uri = self::uri(&dir.join("dunning.toml"));
    server.notify("workspace/didChangeWatchedFiles", json!({"changes": [{"uri": project_uri, "type": 2}]}));
    let project = server.diagnostics(&project_uri);
    assert!(project[0]["message"].as_str().unwrap().contains("unknown channel \"fax\""), "{project:?}");
    assert_eq!(project[0]["range"]["start"], json!({"line": 0, "character": 10}));
    let codes: Vec<String> = server.diagnostics(&uri).iter().map(|d| d["code"].as_str().unwrap().to_owned()).collect();
    assert_eq!(codes, ["selection-required"]);

    // The project file opened in the editor: validated as it is typed, not checked as a template.
    server.open(&dir.join("dunning.toml"), "toml", "context = \"specific\"\nlocal = \"fr\"\n");
    let project = server.diagnostics(&project_uri);
    assert!(project[0]["message"].as_str().unwrap().contains("unknown field `local`"), "{project:?}");
    assert_eq!(project[0]["range"]["start"], json!({"line": 1, "character": 0}));
    assert_eq!(server.stop(), Some(0));
}

#[test]
fn a_malformed_message_gets_an_error_and_the_server_goes_on() {
    let dir = temp_dir("malformed");
    let mut server = Server::start();
    // Before `initialize`: refused.
    let response = server.request("textDocument/hover", json!({}));
    assert_eq!(response["error"]["code"], -32002, "{response}");
    let mut server = {
        drop(server);
        Server::initialized(&dir)
    };
    // Not JSON: a parse error with no id.
    server.send_body("{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": ");
    let response = server.response(Value::Null);
    assert_eq!(response["error"]["code"], -32700, "{response}");
    // JSON, but no message.
    server.send(json!({"jsonrpc": "2.0", "id": 98, "hello": "world"}));
    assert_eq!(server.response(json!(98))["error"]["code"], -32600);
    // Parameters of the wrong shape, an unknown method.
    let response = server.request("textDocument/hover", json!({"textDocument": 3}));
    assert_eq!(response["error"]["code"], -32602, "{response}");
    let response = server.request("textDocument/formatting", json!({}));
    assert_eq!(response["error"]["code"], -32601, "{response}");
    // A notification of the wrong shape is logged, and a position past the text is its end.
    server.notify("textDocument/didOpen", json!({"textDocument": "nonsense"}));
    let path = dir.join("letter.md");
    let uri = server.open(&path, "markdown", "é\n#items_lst");
    assert_eq!(server.diagnostics(&uri).len(), 1);
    let response = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 99, "character": 99}}),
    );
    assert_eq!(response["result"], Value::Null);
    assert!(server.pending.iter().any(|m| m["method"] == "window/logMessage"), "{:?}", server.pending);
    assert_eq!(server.stop(), Some(0));
}

#[test]
fn exit_without_shutdown_is_status_one() {
    let mut server = Server::start();
    server.notify("exit", Value::Null);
    assert_eq!(server.child.wait().unwrap().code(), Some(1));
}

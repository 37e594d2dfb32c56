//! `dunning lsp`: the Language Server Protocol over stdin and stdout, for template files in
//! any editor with an LSP client.
//!
//! One thread, one message at a time (lsp-server's message types, our own reading of the
//! frames so that a malformed message is answered instead of ending the session):
//!
//! - diagnostics as the text changes: `check`'s, with its codes, each range its span in
//!   UTF-16 positions (`source::LineIndex`);
//! - completion of hashtags after `#`: the catalogue's hashtags usable on the file's channel
//!   and context, the type as detail and the description as documentation;
//! - hover on a hashtag: its type, scope and description;
//! - quick fixes: a diagnostic's suggestion, replacing the hashtag's name.
//!
//! A file's format, channel and context come from `dunning.toml` (`dunning::cli::project`, as
//! `check` reads it), else its extension (or the editor's language id), `email` and `scenario`;
//! the descriptions' language from `dunning.toml`, else the editor's, else English.

use std::collections::{HashMap, HashSet};
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use lsp_server::{ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use lsp_types::{
    notification, request, CodeAction, CodeActionKind, CodeActionOptions, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, CompletionItem, CompletionItemKind, CompletionList, CompletionOptions,
    CompletionParams, CompletionResponse, CompletionTextEdit, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams, Documentation, Hover,
    HoverContents, HoverParams, HoverProviderCapability, InitializeParams, InitializeResult, MarkupContent, MarkupKind,
    MessageType, NumberOrString, Position, PublishDiagnosticsParams, Range, SaveOptions, ServerCapabilities,
    ServerInfo, ShowMessageParams, TextDocumentItem, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, TextEdit, Uri, WorkspaceEdit,
};
use serde_json::Value;

use dunning::catalogue::{self, Entry};
use dunning::source::{LineIndex, LinePosition, Span};
use dunning::template::scan::hash_is_literal_after;
use dunning::{check, CheckOptions, Diagnostic, Format, Locale, Severity, Template};

use dunning::cli::project::{Project, ProjectError, Projects, Settings, FILE_NAME};

use crate::Disk;

/// Serves one session on stdin and stdout; the exit status is the protocol's (0 after a
/// `shutdown`, 1 without one).
pub fn run() -> Result<ExitCode, String> {
    let stdin = io::stdin();
    serve(stdin.lock(), io::stdout().lock()).map_err(|error| format!("lsp: {error}"))
}

/// The session on `input` and `output`, until `exit` or the end of the input.
pub fn serve(mut input: impl BufRead, output: impl Write) -> io::Result<ExitCode> {
    let mut server = Server::new(output);
    while let Some(frame) = read_frame(&mut input)? {
        let message = match parse_message(&frame) {
            Ok(message) => message,
            Err((id, code, message)) => {
                server.send_raw(serde_json::json!({
                    "jsonrpc": "2.0", "id": id, "error": { "code": code as i32, "message": message }
                }))?;
                continue;
            }
        };
        if let Some(code) = server.handle(message)? {
            return Ok(code);
        }
    }
    Ok(server.exit_status())
}

/// A message's body, read after its `Content-Length` header; `None` at the end of the input.
/// A header without a length cannot be skipped over: that ends the session.
fn read_frame(input: &mut impl BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut length = None;
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            if length.is_some() {
                break;
            }
            continue;
        }
        let unframed = || io::Error::new(io::ErrorKind::InvalidData, format!("not an LSP header: {header:?}"));
        let (name, value) = header.split_once(':').ok_or_else(unframed)?;
        if name.trim().eq_ignore_ascii_case("Content-Length") {
            length = Some(value.trim().parse::<usize>().map_err(|_| unframed())?);
        }
    }
    let mut body = vec![0; length.unwrap_or(0)];
    input.read_exact(&mut body)?;
    Ok(Some(body))
}

/// A frame's JSON-RPC message, or the error to answer it with (the id, if one can be read).
fn parse_message(body: &[u8]) -> Result<Message, (Value, ErrorCode, String)> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|error| (Value::Null, ErrorCode::ParseError, format!("not JSON: {error}")))?;
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    serde_json::from_value(value).map_err(|error| {
        (id, ErrorCode::InvalidRequest, format!("not a JSON-RPC request, response or notification: {error}"))
    })
}

/// An open template (or the project file, when the editor sends it).
struct Document {
    text: String,
    version: i32,
    language: String,
    options: Options,
}

/// What a document is checked as, and the language of its hashtags' descriptions.
#[derive(Clone, Copy, Debug)]
struct Options {
    check: CheckOptions,
    locale: Locale,
}

/// An answer to a request, or its error.
type Answer = Result<Value, (ErrorCode, String)>;

struct Server<W: Write> {
    output: W,
    initialized: bool,
    shut_down: bool,
    documents: HashMap<Uri, Document>,
    projects: Projects,
    /// Project files that could not be used when last read (their diagnostics are published).
    broken_projects: HashSet<PathBuf>,
    /// The project files' problems already shown in a message, so that each shows once.
    shown: HashSet<String>,
    /// The editor's language (`initialize`'s `locale`), if it is one of the catalogue's.
    client_locale: Option<Locale>,
}

impl<W: Write> Server<W> {
    fn new(output: W) -> Server<W> {
        Server {
            output,
            initialized: false,
            shut_down: false,
            documents: HashMap::new(),
            projects: Projects::default(),
            broken_projects: HashSet::new(),
            shown: HashSet::new(),
            client_locale: None,
        }
    }

    fn exit_status(&self) -> ExitCode {
        if self.shut_down {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    }

    fn send(&mut self, message: impl Into<Message>) -> io::Result<()> {
        message.into().write(&mut self.output)?;
        self.output.flush()
    }

    /// A message lsp-server's types cannot carry (an error answering no readable id).
    fn send_raw(&mut self, message: Value) -> io::Result<()> {
        let text = message.to_string();
        write!(self.output, "Content-Length: {}\r\n\r\n{text}", text.len())?;
        self.output.flush()
    }

    fn notify<N: notification::Notification>(&mut self, params: N::Params) -> io::Result<()> {
        self.send(Notification::new(N::METHOD.to_owned(), params))
    }

    /// Handles one message; `Some(status)` when the session ends.
    fn handle(&mut self, message: Message) -> io::Result<Option<ExitCode>> {
        match message {
            Message::Request(request) => {
                let id = request.id.clone();
                let response = match self.answer(request) {
                    Ok(result) => Response { id, response_result: Ok(result) },
                    Err((code, message)) => Response::new_err(id, code as i32, message),
                };
                self.send(response)?;
            }
            Message::Notification(notification) if notification.method == notification::Exit::METHOD => {
                return Ok(Some(self.exit_status()));
            }
            Message::Notification(notification) => {
                if self.initialized {
                    self.notified(notification)?;
                }
            }
            // We send no requests, so no response is awaited.
            Message::Response(_) => {}
        }
        Ok(None)
    }

    fn answer(&mut self, request: Request) -> Answer {
        if self.shut_down {
            return Err((ErrorCode::InvalidRequest, "the server is shut down".to_owned()));
        }
        if request.method == request::Initialize::METHOD {
            let params: InitializeParams = params_of(&request)?;
            self.client_locale = params.locale.as_deref().and_then(Locale::for_language_tag);
            self.initialized = true;
            return to_value(initialize_result());
        }
        if !self.initialized {
            return Err((ErrorCode::ServerNotInitialized, "initialize comes first".to_owned()));
        }
        match request.method.as_str() {
            request::Shutdown::METHOD => {
                self.shut_down = true;
                Ok(Value::Null)
            }
            request::Completion::METHOD => to_value(self.completion(params_of(&request)?)),
            request::HoverRequest::METHOD => to_value(self.hover(params_of(&request)?)),
            request::CodeActionRequest::METHOD => to_value(self.code_actions(params_of(&request)?)),
            method => Err((ErrorCode::MethodNotFound, format!("dunning lsp does not handle {method}"))),
        }
    }

    fn notified(&mut self, notification: Notification) -> io::Result<()> {
        match notification.method.as_str() {
            notification::DidOpenTextDocument::METHOD => self.with_params(&notification, Server::open),
            notification::DidChangeTextDocument::METHOD => self.with_params(&notification, Server::change),
            notification::DidCloseTextDocument::METHOD => self.with_params(&notification, Server::close),
            notification::DidSaveTextDocument::METHOD => {
                self.with_params(&notification, |server, _: DidSaveTextDocumentParams| server.reload())
            }
            notification::DidChangeWatchedFiles::METHOD => {
                self.with_params(&notification, |server, _: DidChangeWatchedFilesParams| server.reload())
            }
            // Everything else ($/cancelRequest, initialized, $/setTrace…) asks nothing of us.
            _ => Ok(()),
        }
    }

    /// Handles a notification's parameters; those that cannot be read have nobody to answer,
    /// and are said in the editor's log.
    fn with_params<P: serde::de::DeserializeOwned>(
        &mut self,
        notification: &Notification,
        handle: impl FnOnce(&mut Self, P) -> io::Result<()>,
    ) -> io::Result<()> {
        match params_of(notification) {
            Ok(params) => handle(self, params),
            Err((_, message)) => {
                let message = format!("dunning lsp: ignored {}: {message}", notification.method);
                let params = lsp_types::LogMessageParams { typ: MessageType::WARNING, message };
                self.notify::<notification::LogMessage>(params)
            }
        }
    }

    fn open(&mut self, params: DidOpenTextDocumentParams) -> io::Result<()> {
        let TextDocumentItem { uri, language_id: language, version, text } = params.text_document;
        let options = self.options_of(&uri, &language)?;
        self.documents.insert(uri.clone(), Document { text, version, language, options });
        self.publish(&uri)
    }

    /// Applies a change to a document's text (whole, or ranges in UTF-16 positions).
    fn change(&mut self, params: DidChangeTextDocumentParams) -> io::Result<()> {
        let uri = params.text_document.uri;
        let Some(document) = self.documents.get_mut(&uri) else { return Ok(()) };
        document.version = params.text_document.version;
        for change in params.content_changes {
            match change.range {
                Some(range) => {
                    let index = LineIndex::new(&document.text);
                    let start = index.offset(line_position(range.start));
                    let end = index.offset(line_position(range.end)).max(start);
                    document.text.replace_range(start..end, &change.text);
                }
                None => document.text = change.text,
            }
        }
        self.publish(&uri)
    }

    fn close(&mut self, params: DidCloseTextDocumentParams) -> io::Result<()> {
        let uri = params.text_document.uri;
        self.documents.remove(&uri);
        self.notify::<notification::PublishDiagnostics>(PublishDiagnosticsParams {
            uri,
            diagnostics: Vec::new(),
            version: None,
        })
    }

    /// A file was saved or changed on disk, perhaps a project file: read the project files
    /// again and check every open document under what they now say.
    fn reload(&mut self) -> io::Result<()> {
        self.projects.forget();
        let broken = std::mem::take(&mut self.broken_projects);
        let uris: Vec<Uri> = self.documents.keys().cloned().collect();
        for uri in uris {
            let language = self.documents[&uri].language.clone();
            let options = self.options_of(&uri, &language)?;
            if let Some(document) = self.documents.get_mut(&uri) {
                document.options = options;
            }
            self.publish(&uri)?;
        }
        // Those mended since: their diagnostics cleared.
        for path in broken {
            if self.broken_projects.contains(&path) {
                continue;
            }
            match Project::load(&Disk, &path) {
                Err(error) => self.report_project(&error)?,
                Ok(_) => {
                    if let Some(uri) = file_uri(&path) {
                        let params = PublishDiagnosticsParams { uri, diagnostics: Vec::new(), version: None };
                        self.notify::<notification::PublishDiagnostics>(params)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// How the document at `uri` is checked: its project file, its extension or language id,
    /// then the defaults. A project file that cannot be used is reported, and left out.
    fn options_of(&mut self, uri: &Uri, language: &str) -> io::Result<Options> {
        let path = file_path(uri);
        let settings = match &path {
            // The project file itself is no template (see `publish`).
            Some(path) if is_project_file(path) => Settings::default(),
            Some(path) => match self.projects.settings_for(&Disk, path) {
                Ok(settings) => settings,
                Err(error) => {
                    self.report_project(&error)?;
                    Settings::default()
                }
            },
            None => Settings::default(),
        };
        let extension = path.as_deref().and_then(Path::extension).and_then(|extension| extension.to_str());
        let format = settings
            .format
            .or_else(|| extension.and_then(Format::from_extension))
            .or_else(|| format_of_language(language))
            .unwrap_or_default();
        let check = CheckOptions {
            format,
            channel: settings.channel.unwrap_or_default(),
            context: settings.context.unwrap_or_default(),
        };
        Ok(Options { check, locale: settings.locale.or(self.client_locale).unwrap_or(Locale::En) })
    }

    /// Shows a project file's problem: a message, and a diagnostic on the file.
    fn report_project(&mut self, error: &ProjectError) -> io::Result<()> {
        self.broken_projects.insert(error.path.clone());
        let message = format!("dunning: {error}");
        if self.shown.insert(message.clone()) {
            self.notify::<notification::ShowMessage>(ShowMessageParams { typ: MessageType::ERROR, message })?;
        }
        let Some(uri) = file_uri(&error.path) else { return Ok(()) };
        let text = std::fs::read_to_string(&error.path).unwrap_or_default();
        self.publish_project(uri, &text, error)
    }

    fn publish_project(&mut self, uri: Uri, text: &str, error: &ProjectError) -> io::Result<()> {
        let index = LineIndex::new(text);
        let span = error.span.clone().unwrap_or(0..0);
        let diagnostic = lsp_types::Diagnostic {
            range: range_of(&index, Span::new(span.start.min(span.end), span.end)),
            severity: Some(lsp_types::DiagnosticSeverity::ERROR),
            source: Some("dunning".to_owned()),
            message: error.message.trim_end().to_owned(),
            ..lsp_types::Diagnostic::default()
        };
        self.notify::<notification::PublishDiagnostics>(PublishDiagnosticsParams {
            uri,
            diagnostics: vec![diagnostic],
            version: None,
        })
    }

    /// Publishes the document's diagnostics: `check`'s, or for the project file itself, whether
    /// it reads.
    fn publish(&mut self, uri: &Uri) -> io::Result<()> {
        let Some(document) = self.documents.get(uri) else { return Ok(()) };
        let version = Some(document.version);
        let diagnostics = match file_path(uri).filter(|path| is_project_file(path)) {
            Some(path) => match Project::parse(&path, &document.text) {
                Ok(_) => Vec::new(),
                Err(error) => {
                    let text = document.text.clone();
                    return self.publish_project(uri.clone(), &text, &error);
                }
            },
            None => {
                let index = LineIndex::new(&document.text);
                check(&document.text, &document.options.check).iter().map(|d| to_lsp(&index, d)).collect()
            }
        };
        self.notify::<notification::PublishDiagnostics>(PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics,
            version,
        })
    }

    /// The hashtags usable here, when the cursor ends `#` and the start of a name.
    fn completion(&self, params: CompletionParams) -> Option<CompletionResponse> {
        let at = params.text_document_position;
        let document = self.documents.get(&at.text_document.uri)?;
        let index = LineIndex::new(&document.text);
        let cursor = index.offset(line_position(at.position));
        let before = &document.text[..cursor];
        let name = before.bytes().rev().take_while(|b| b.is_ascii_alphanumeric() || *b == b'_').count();
        let hash = cursor.checked_sub(name + 1)?;
        if before.as_bytes()[hash] != b'#' {
            return None;
        }
        // `C#`, `/page#top`, `&#38;` and the escape `##` start no hashtag.
        if before[..hash].chars().next_back().is_some_and(|previous| hash_is_literal_after(previous) || previous == '#')
        {
            return None;
        }
        let range = range_of(&index, Span::new(hash, cursor));
        let Options { check, locale } = document.options;
        let items = catalogue::entries()
            .iter()
            .enumerate()
            .filter(|(_, entry)| entry.usable_in(check.channel, check.context))
            .map(|(rank, entry)| completion_item(entry, locale, rank, range))
            .collect();
        Some(CompletionResponse::List(CompletionList { is_incomplete: false, items }))
    }

    /// The type, scope and description of the catalogue hashtag under the cursor.
    fn hover(&self, params: HoverParams) -> Option<Hover> {
        let at = params.text_document_position_params;
        let document = self.documents.get(&at.text_document.uri)?;
        let index = LineIndex::new(&document.text);
        let cursor = index.offset(line_position(at.position));
        let template = Template::parse(&document.text, document.options.check.format);
        let hashtag =
            template.hashtags().find(|hashtag| hashtag.span.start <= cursor && cursor <= hashtag.name_span().end)?;
        let entry = hashtag.entry?;
        let value = format!(
            "**#{}** · {} · {}\n\n{}",
            entry.name,
            entry.ty.name(),
            entry.scope.name(),
            entry.description(document.options.locale)
        );
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value }),
            range: Some(range_of(&index, hashtag.name_span())),
        })
    }

    /// A quick fix for each diagnostic with a suggestion that meets the range.
    fn code_actions(&self, params: CodeActionParams) -> Option<Vec<CodeActionOrCommand>> {
        let uri = params.text_document.uri;
        let document = self.documents.get(&uri)?;
        let index = LineIndex::new(&document.text);
        let (from, to) =
            (index.offset(line_position(params.range.start)), index.offset(line_position(params.range.end)));
        let actions = check(&document.text, &document.options.check)
            .iter()
            .filter(|diagnostic| diagnostic.span.start <= to && from <= diagnostic.span.end)
            .filter_map(|diagnostic| {
                let suggestion = diagnostic.suggestion.as_deref()?;
                let edit = TextEdit {
                    range: range_of(&index, name_span(&document.text, diagnostic)),
                    new_text: format!("#{suggestion}"),
                };
                Some(CodeActionOrCommand::CodeAction(CodeAction {
                    title: format!("Write #{suggestion}"),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![to_lsp(&index, diagnostic)]),
                    edit: Some(WorkspaceEdit {
                        changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
                        ..WorkspaceEdit::default()
                    }),
                    is_preferred: Some(true),
                    ..CodeAction::default()
                }))
            })
            .collect();
        Some(actions)
    }
}

fn initialize_result() -> InitializeResult {
    InitializeResult {
        capabilities: ServerCapabilities {
            text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions { include_text: Some(false) })),
                ..TextDocumentSyncOptions::default()
            })),
            completion_provider: Some(CompletionOptions {
                trigger_characters: Some(vec!["#".to_owned()]),
                ..CompletionOptions::default()
            }),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                ..CodeActionOptions::default()
            })),
            ..ServerCapabilities::default()
        },
        server_info: Some(ServerInfo {
            name: "dunning".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        }),
    }
}

fn completion_item(entry: &Entry, locale: Locale, rank: usize, range: Range) -> CompletionItem {
    let label = format!("#{}", entry.name);
    CompletionItem {
        label: label.clone(),
        kind: Some(CompletionItemKind::VARIABLE),
        detail: Some(entry.ty.name().to_owned()),
        documentation: Some(Documentation::MarkupContent(MarkupContent {
            kind: MarkupKind::Markdown,
            value: format!("{}\n\n*{}* · {}", entry.description(locale), entry.ty.name(), entry.scope.name()),
        })),
        // The catalogue's order, which groups hashtags as catalogue.md does.
        sort_text: Some(format!("{rank:04}")),
        filter_text: Some(label.clone()),
        text_edit: Some(CompletionTextEdit::Edit(TextEdit { range, new_text: label })),
        ..CompletionItem::default()
    }
}

/// A request's or notification's parameters, or the error answering them.
fn params_of<P: serde::de::DeserializeOwned>(message: &impl HasParams) -> Result<P, (ErrorCode, String)> {
    serde_json::from_value(message.params().clone())
        .map_err(|error| (ErrorCode::InvalidParams, format!("{}: {error}", message.method())))
}

trait HasParams {
    fn params(&self) -> &Value;
    fn method(&self) -> &str;
}

impl HasParams for Request {
    fn params(&self) -> &Value {
        &self.params
    }
    fn method(&self) -> &str {
        &self.method
    }
}

impl HasParams for Notification {
    fn params(&self) -> &Value {
        &self.params
    }
    fn method(&self) -> &str {
        &self.method
    }
}

fn to_value(result: impl serde::Serialize) -> Answer {
    serde_json::to_value(result).map_err(|error| (ErrorCode::InternalError, error.to_string()))
}

/// A diagnostic of `check` as the protocol has it: the same code, its span in UTF-16 positions.
fn to_lsp(index: &LineIndex<'_>, diagnostic: &Diagnostic) -> lsp_types::Diagnostic {
    let severity = match diagnostic.severity {
        Severity::Error => lsp_types::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp_types::DiagnosticSeverity::WARNING,
        Severity::Info => lsp_types::DiagnosticSeverity::INFORMATION,
    };
    lsp_types::Diagnostic {
        range: range_of(index, diagnostic.span),
        severity: Some(severity),
        code: Some(NumberOrString::String(diagnostic.code.name().to_owned())),
        source: Some("dunning".to_owned()),
        message: diagnostic.message.clone(),
        data: diagnostic.suggestion.as_ref().map(|suggestion| serde_json::json!({ "suggestion": suggestion })),
        ..lsp_types::Diagnostic::default()
    }
}

/// What a quick fix replaces: the `#name` the diagnostic is about (not a fallback after it),
/// else the diagnostic's span.
fn name_span(source: &str, diagnostic: &Diagnostic) -> Span {
    let start = diagnostic.span.start;
    match &diagnostic.hashtag {
        Some(name) if source[start..].strip_prefix('#').is_some_and(|rest| rest.starts_with(name.as_str())) => {
            Span::new(start, start + 1 + name.len())
        }
        _ => diagnostic.span,
    }
}

fn range_of(index: &LineIndex<'_>, span: Span) -> Range {
    Range { start: position(index.position(span.start)), end: position(index.position(span.end)) }
}

fn position(at: LinePosition) -> Position {
    Position { line: at.line, character: at.character }
}

fn line_position(at: Position) -> LinePosition {
    LinePosition { line: at.line, character: at.character }
}

fn is_project_file(path: &Path) -> bool {
    path.file_name() == Some(FILE_NAME.as_ref())
}

/// The format an editor's language id names.
fn format_of_language(language: &str) -> Option<Format> {
    match language {
        "markdown" => Some(Format::Markdown),
        "html" => Some(Format::Html),
        "plaintext" | "text" => Some(Format::Text),
        _ => None,
    }
}

/// The local path of a `file:` URI (percent-decoded; `file:///C:/x` is `C:/x`).
fn file_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // An authority (`file://localhost/…`) before the path.
    let path = &rest[rest.find('/')?..];
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let mut bytes = Vec::with_capacity(path.len());
    let mut input = path.bytes();
    while let Some(byte) = input.next() {
        if byte == b'%' {
            let hex = [input.next()?, input.next()?];
            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
        } else {
            bytes.push(byte);
        }
    }
    let path = String::from_utf8(bytes).ok()?;
    let windows_drive = path.len() >= 3 && path.as_bytes()[2] == b':' && path.as_bytes()[1].is_ascii_alphabetic();
    Some(PathBuf::from(if windows_drive { &path[1..] } else { &path }))
}

/// The `file:` URI of an absolute path.
fn file_uri(path: &Path) -> Option<Uri> {
    let path = path.to_str()?.replace('\\', "/");
    let mut uri = String::from(if path.starts_with('/') { "file://" } else { "file:///" });
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/:".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.parse().ok()
}

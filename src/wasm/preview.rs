//! `<dunning-preview>`'s DOM half. The custom-element class (`www/shell/dunning-preview.js`)
//! only forwards its attributes and properties here; this builds the shadow DOM, coalesces
//! the changes of one task into one render (before the next paint), shows the page in a
//! sandboxed frame, scales letter sheets to the element's width, and tells the host what the
//! rendering found with a `diagnostics` event (and `error` when the data did not load).
//!
//! The frame is `dunning-frame.html`, served beside the module: a document of its own origin
//! (sandboxed: an opaque origin, no access to the host) with its own policy, which lets its one
//! script run and nothing else. It shows each page posted to it in place. A host's
//! Content-Security-Policy therefore governs only the frame's address (`frame-src`), not the
//! preview's styles, as it would for a `srcdoc` document, which inherits the host's policy
//! (docs/security.md, "The preview frame").
//!
//! The state sits in one `RefCell`; nothing that can call back into JS synchronously (events)
//! runs while it is borrowed, so a host listener may set properties again.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, CustomEvent, CustomEventInit, Document, HtmlElement, HtmlIFrameElement, MessageChannel,
    MessageEvent, MessagePort, ResizeObserver, ShadowRoot,
};

use super::portfolio::{as_array, today};
use super::{invalid, text, to_js, SharedPortfolio, StringArgument, Thrown};
use crate::channel::Channel;
use crate::diagnostic::Diagnostic;
use crate::locale::words::{words, Words};
use crate::locale::Locale;
use crate::portfolio::Portfolio;
use crate::render::preview::{preview, PreviewOptions};
use crate::render::{self, Request, Subject};
use crate::sms::SmsLength;

/// A letter sheet (A4 or US Letter) with the page margins around it, in CSS pixels: the width
/// at which a letter shows unscaled.
const SHEET_WIDTH_PX: f64 = 880.0;

// The layout lives in `.box`, not on `:host`, so that a host page's own `display` for the
// element (`dunning-preview { display: block }` is the usual rule) cannot collapse the frame;
// an inline host, whose height is no height, gets the box's own (`.inline`, see `fit`).
const STYLE: &str = ":host { display: block; height: 640px; min-height: 160px; box-sizing: border-box;
  border: 1px solid #d1d5db; border-radius: 8px; overflow: hidden; background: #fff;
  font: 13px/1.4 system-ui, \"DejaVu Sans\", Arial, sans-serif; color: #374151; }
:host([hidden]) { display: none; }
.box { display: flex; flex-direction: column; height: 100%; min-height: inherit; }
.box.inline { height: 640px; }
.bar { display: flex; align-items: center; gap: 8px; min-height: 34px; padding: 4px 10px; box-sizing: border-box;
  background: #f9fafb; border-bottom: 1px solid #e5e7eb; }
.heading { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.heading .label { color: #6b7280; margin-right: .4em; }
.heading.error { color: #b91c1c; white-space: normal; }
.print { font: inherit; padding: 3px 10px; border: 1px solid #9ca3af; border-radius: 6px; background: #fff; cursor: pointer; }
.print:hover { background: #f3f4f6; }
.print[hidden] { display: none; }
.viewport { flex: 1; position: relative; overflow: hidden; background: #e5e7eb; }
iframe { display: block; border: 0; width: 100%; height: 100%; background: #fff; transform-origin: 0 0; }
iframe.sheets { position: absolute; top: 0; left: 0; background: #e5e7eb; }";

/// Everything the element is told, as told: parsed at render time, so a bad value shows as an
/// error in the element rather than an exception in the host's setter.
#[derive(Default)]
struct Settings {
    template: String,
    /// The render options told, under `render::Request`'s names.
    told: Vec<(&'static str, String)>,
    selected: Vec<String>,
    outline_window: bool,
}

enum Data {
    None,
    Shared(Rc<RefCell<Portfolio>>),
    /// A portfolio that did not load (its JSON, or its `src`): the message is shown, and said
    /// once with an `error` event.
    Invalid {
        message: String,
        said: bool,
    },
}

/// The frame and what it shows: pages are posted to it once it has loaded.
struct Frame {
    element: HtmlIFrameElement,
    /// `dunning-frame.html`'s address.
    url: String,
    /// It has loaded our document and takes pages.
    ready: bool,
    /// The page it shows (or will, once ready), not posted again when a render gives the same.
    page: String,
    /// The number of the last page posted; the frame answers with it once shown.
    sent: u32,
    /// The port the frame takes pages on, given to it once it has loaded.
    port: Option<MessagePort>,
}

struct State {
    host: HtmlElement,
    heading: HtmlElement,
    print_button: HtmlElement,
    layout: HtmlElement,
    frame: Frame,
    viewport: HtmlElement,
    settings: Settings,
    data: Data,
    /// Whether the frame shows letter sheets (scaled to the width).
    sheets: bool,
    /// How many sheets the letter shown prints on, as the frame laid them out.
    sheet_count: Option<usize>,
    /// `fit` has run since the element was connected.
    fitted: bool,
    /// A render is queued (a microtask): cleared when it runs, or to cancel it.
    pending: bool,
    resize: Option<(ResizeObserver, Closure<dyn FnMut()>)>,
    _listeners: [EventListener; 3],
}

/// What a render tells the host page: `event.detail` of `diagnostics`.
#[derive(Serialize)]
struct Detail<'a> {
    diagnostics: &'a [Diagnostic],
    #[serde(skip_serializing_if = "Option::is_none")]
    sms: Option<SmsLength>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<&'a Subject>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// The Rust side of one `<dunning-preview>`.
#[wasm_bindgen]
pub struct PreviewElement {
    state: Rc<RefCell<State>>,
}

fn document() -> Result<Document, Thrown> {
    web_sys::window().and_then(|window| window.document()).ok_or_else(|| invalid("no document"))
}

fn create<T: JsCast>(document: &Document, tag: &str, class: &str) -> Result<T, Thrown> {
    let element = document.create_element(tag).map_err(|_| invalid("cannot create an element"))?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    element.dyn_into::<T>().map_err(|_| invalid("unexpected element type"))
}

#[wasm_bindgen]
impl PreviewElement {
    /// Builds the element's shadow DOM in `root` (the host's open shadow root); its frame
    /// loads `frame_url` (`dunning-frame.html`, beside the module).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "HTMLElement")] host: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ShadowRoot")] root: JsValue,
        frame_url: String,
    ) -> Result<PreviewElement, Thrown> {
        let host: HtmlElement =
            host.dyn_into().map_err(|_| invalid("PreviewElement: the host must be an HTMLElement"))?;
        let root: ShadowRoot = root.dyn_into().map_err(|_| invalid("PreviewElement: the root must be a ShadowRoot"))?;
        let document = document()?;
        // A constructed style sheet: a host's CSP governs `<style>` elements, not these.
        let style = CssStyleSheet::new().map_err(|_| invalid("cannot create a style sheet"))?;
        style.replace_sync(STYLE).map_err(|_| invalid("cannot fill the style sheet"))?;
        js_sys::Reflect::set(&root, &"adoptedStyleSheets".into(), &js_sys::Array::of1(&style))
            .map_err(|_| invalid("cannot adopt the style sheet"))?;
        let bar: HtmlElement = create(&document, "div", "bar")?;
        bar.set_attribute("part", "bar").ok();
        let heading: HtmlElement = create(&document, "span", "heading")?;
        heading.set_attribute("role", "status").ok();
        let print_button: HtmlElement = create(&document, "button", "print")?;
        print_button.set_text_content(Some("Print"));
        print_button.set_attribute("type", "button").ok();
        print_button.set_attribute("part", "print-button").ok();
        print_button.set_hidden(true);
        let viewport: HtmlElement = create(&document, "div", "viewport")?;
        viewport.set_attribute("part", "viewport").ok();
        let frame: HtmlIFrameElement = create(&document, "iframe", "")?;
        // Its own script only (its policy says so), a unique origin: no access to the host, no
        // forms, popups or navigation of the host. `allow-modals` lets it print.
        frame.set_attribute("sandbox", "allow-scripts allow-modals").ok();
        frame.set_attribute("title", "Preview").ok();
        frame.set_attribute("referrerpolicy", "no-referrer").ok();
        frame.set_attribute("data-loading", "").ok();
        frame.set_src(&frame_url);
        bar.append_with_node_2(&heading, &print_button).ok();
        viewport.append_child(&frame).ok();
        let layout: HtmlElement = create(&document, "div", "box")?;
        layout.append_child(&bar).ok();
        layout.append_child(&viewport).ok();
        root.append_child(&layout).map_err(|_| invalid("cannot fill the shadow root"))?;
        let window = web_sys::window().ok_or_else(|| invalid("no window"))?;

        let state = Rc::new_cyclic(|weak: &Weak<RefCell<State>>| {
            let on_state = |act: fn(&mut State, &web_sys::Event)| {
                let weak = weak.clone();
                move |event: &web_sys::Event| {
                    if let Some(state) = weak.upgrade() {
                        act(&mut state.borrow_mut(), event);
                    }
                }
            };
            let listeners = [
                EventListener::new(&print_button, "click", on_state(|state, _| state.print())),
                EventListener::new(&frame, "load", on_state(|state, _| state.frame_loaded())),
                EventListener::new(&window, "message", on_state(State::frame_answered)),
            ];
            RefCell::new(State {
                host,
                heading,
                print_button,
                layout,
                frame: Frame { element: frame, url: frame_url, ready: false, page: String::new(), sent: 0, port: None },
                viewport,
                settings: Settings::default(),
                data: Data::None,
                sheets: false,
                sheet_count: None,
                fitted: false,
                pending: false,
                resize: None,
                _listeners: listeners,
            })
        });
        let element = PreviewElement { state };
        element.connect();
        Ok(element)
    }

    /// An attribute changed (`None`: removed). Anything but a string is no value.
    pub fn set(&self, name: StringArgument, value: Option<StringArgument>) {
        let name = name.as_string().unwrap_or_default();
        let value = value.and_then(|value| value.as_string());
        let mut state = self.state.borrow_mut();
        let settings = &mut state.settings;
        match name.as_str() {
            "template" => settings.template = value.unwrap_or_default(),
            "selected" => settings.selected = render::split_ids(value.as_deref().unwrap_or("")),
            "window" => settings.outline_window = value.is_some(),
            // The bar's language: read from the page at each render (`bar_words`).
            "lang" => {}
            // The element shows each channel as it is sent: the output follows the channel.
            "as" => return,
            // `mode` is the attribute's former name (`sample` or `names`).
            name => {
                let name = if name == "mode" { "show" } else { name };
                let Some(&name) = Request::NAMES.iter().find(|known| **known == name) else { return };
                settings.told.retain(|(told, _)| *told != name);
                settings.told.extend(value.map(|value| (name, value)));
            }
        }
        drop(state);
        self.schedule();
    }

    #[wasm_bindgen(js_name = setTemplate)]
    pub fn set_template(&self, template: StringArgument) -> Result<(), Thrown> {
        self.state.borrow_mut().settings.template = text(&template, "the template")?;
        self.schedule();
        Ok(())
    }

    #[wasm_bindgen(js_name = setSelected)]
    pub fn set_selected(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string[]")] selected: JsValue,
    ) -> Result<(), Thrown> {
        let ids = as_array(selected).ok_or_else(|| invalid("selected must be an array of item ids"))?;
        let ids = ids.iter().map(|id| text(&id, "a selected item id")).collect::<Result<_, _>>()?;
        self.state.borrow_mut().settings.selected = ids;
        self.schedule();
        Ok(())
    }

    /// Shares a loaded portfolio: later `complete`/`confirm` calls on it show in the next render.
    #[wasm_bindgen(js_name = setPortfolio)]
    pub fn set_portfolio(&self, portfolio: &SharedPortfolio) {
        self.state.borrow_mut().data = Data::Shared(Rc::clone(&portfolio.inner));
        self.schedule();
    }

    /// Loads a portfolio from JSON text; one that does not load is shown as the error.
    #[wasm_bindgen(js_name = setPortfolioJson)]
    pub fn set_portfolio_json(&self, json: StringArgument) -> Result<(), Thrown> {
        let data = match Portfolio::from_json(&text(&json, "the portfolio JSON")?) {
            Ok(model) => Data::Shared(Rc::new(RefCell::new(model))),
            Err(error) => Data::Invalid { message: format!("The portfolio did not load: {error}"), said: false },
        };
        self.state.borrow_mut().data = data;
        self.schedule();
        Ok(())
    }

    /// The portfolio could not be had (the shell's fetch of `src` failed): `message` is shown
    /// and said with an `error` event.
    #[wasm_bindgen(js_name = portfolioFailed)]
    pub fn portfolio_failed(&self, message: String) {
        self.state.borrow_mut().data = Data::Invalid { message, said: false };
        self.schedule();
    }

    /// The HTML document the element shows (or will, once its frame has loaded).
    #[wasm_bindgen(getter)]
    pub fn page(&self) -> String {
        self.state.borrow().frame.page.clone()
    }

    #[wasm_bindgen(js_name = clearPortfolio)]
    pub fn clear_portfolio(&self) {
        self.state.borrow_mut().data = Data::None;
        self.schedule();
    }

    /// Renders now rather than once the current task is done (for a host that needs the result
    /// at once).
    #[wasm_bindgen(js_name = renderNow)]
    pub fn render_now(&self) {
        self.state.borrow_mut().pending = false;
        render(&self.state);
    }

    /// Prints what the element shows (a letter: its sheets, as they will be posted).
    pub fn print(&self) -> Result<(), Thrown> {
        let state = self.state.borrow();
        if state.frame.page.is_empty() || !state.frame.ready {
            return Err(invalid("nothing to print yet"));
        }
        state.print();
        Ok(())
    }

    /// The element entered a document: follow its size, and render.
    pub fn connect(&self) {
        let weak = Rc::downgrade(&self.state);
        let mut state = self.state.borrow_mut();
        state.fitted = false;
        if state.resize.is_none() {
            let callback = Closure::<dyn FnMut()>::new(move || {
                if let Some(state) = weak.upgrade() {
                    state.borrow().fit();
                }
            });
            if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                observer.observe(&state.host);
                state.resize = Some((observer, callback));
            }
        }
        drop(state);
        self.schedule();
    }

    /// The element left its document: stop following its size, drop any pending render.
    pub fn disconnect(&self) {
        let mut state = self.state.borrow_mut();
        if let Some((observer, _)) = state.resize.take() {
            observer.disconnect();
        }
        state.pending = false;
    }

    /// One render once the current task is done, however many changes it makes: before the
    /// browser paints, so that a keystroke's page reaches the frame within the keystroke's own
    /// frame (P7). An animation frame would wait up to 16 ms, and the frame, which may share
    /// the host's thread, would then wait for the host's painting too.
    fn schedule(&self) {
        let mut state = self.state.borrow_mut();
        if std::mem::replace(&mut state.pending, true) {
            return;
        }
        let weak = Rc::downgrade(&self.state);
        let run = Closure::once_into_js(move || {
            if let Some(state) = weak.upgrade() {
                if std::mem::replace(&mut state.borrow_mut().pending, false) {
                    render(&state);
                }
            }
        });
        if let Some(window) = web_sys::window() {
            window.queue_microtask(run.unchecked_ref());
        }
    }
}

/// Renders and shows; the events go out once the state is released.
fn render(state: &Rc<RefCell<State>>) {
    let events = state.borrow_mut().show();
    let host = state.borrow().host.clone();
    for event in events.into_iter().flatten() {
        let _ = host.dispatch_event(&event);
    }
}

/// A `name` event with `detail`; `bubbles` and `composed` like `diagnostics`, or neither like
/// an element's native `error`.
fn event(name: &str, detail: &JsValue, bubbles: bool) -> Option<CustomEvent> {
    let init = CustomEventInit::new();
    init.set_bubbles(bubbles);
    init.set_composed(bubbles);
    init.set_detail(detail);
    CustomEvent::new_with_event_init_dict(name, &init).ok()
}

impl State {
    /// Renders the settings and puts the result on screen; returns the `diagnostics` event, and
    /// the `error` event the first time a portfolio that did not load is shown.
    fn show(&mut self) -> [Option<CustomEvent>; 2] {
        let mut failure = None;
        let shared = match &mut self.data {
            Data::Shared(model) => Ok(Rc::clone(model)),
            Data::Invalid { message, said } => {
                if !std::mem::replace(said, true) {
                    failure = event("error", &object(&[("message", message.as_str().into())]), false);
                }
                Err(message.clone())
            }
            Data::None => Err("Give the preview a portfolio (its portfolio property or src attribute).".to_owned()),
        };
        let outcome = shared.and_then(|model| self.compose(&model.borrow()));
        let detail = match &outcome {
            Ok(shown) => {
                self.heading.class_list().remove_1("error").ok();
                self.print_button.set_hidden(!shown.sheets);
                self.set_page(&shown.page, shown.sheets);
                self.set_heading(shown);
                let rendered = &shown.rendered;
                to_js(&Detail {
                    diagnostics: &rendered.diagnostics,
                    sms: rendered.sms,
                    subject: rendered.subject.as_ref(),
                    error: None,
                })
            }
            Err(message) => {
                self.heading.class_list().add_1("error").ok();
                self.heading.set_text_content(Some(message));
                self.print_button.set_hidden(true);
                self.set_page("", false);
                to_js(&Detail { diagnostics: &[], sms: None, subject: None, error: Some(message) })
            }
        };
        [detail.ok().and_then(|detail| event("diagnostics", &detail, true)), failure]
    }

    fn compose(&self, model: &Portfolio) -> Result<Shown, String> {
        let settings = &self.settings;
        let mut request = Request::default();
        for (name, value) in &settings.told {
            request.set(name, value).map_err(|error| error.to_string())?;
        }
        if request.customer.is_none() {
            return Err("Choose a customer (the customer attribute).".to_owned());
        }
        request.selected.clone_from(&settings.selected);
        let render = request.options(today()).map_err(|error| error.to_string())?;
        let channel = render.channel;
        let options = PreviewOptions { render, outline_window: settings.outline_window };
        let preview = preview(model, &settings.template, &options).map_err(|error| error.to_string())?;
        Ok(Shown { page: preview.page, rendered: preview.rendered, channel, sheets: channel.is_letter() })
    }

    /// The bar speaks the page's language (the element's or its closest ancestor's `lang`), as
    /// the host's own labels around it do; the preview itself speaks the customer's.
    fn bar_words(&self) -> &'static Words {
        let tag = self.host.closest("[lang]").ok().flatten().and_then(|element| element.get_attribute("lang"));
        words(tag.as_deref().and_then(Locale::for_language_tag).unwrap_or(Locale::En))
    }

    fn set_heading(&self, shown: &Shown) {
        let heading = &self.heading;
        let words = self.bar_words();
        heading.set_text_content(None);
        self.print_button.set_text_content(Some(words.print));
        for name in ["data-length", "data-encoding", "data-segments"] {
            heading.remove_attribute(name).ok();
        }
        if let Some(sms) = shown.rendered.sms {
            let count = |phrase: &str, count: usize| phrase.replace("{count}", &count.to_string());
            let encoding = match sms.encoding {
                crate::sms::Encoding::Gsm7 => words.encoding_gsm7,
                crate::sms::Encoding::Ucs2 => words.encoding_ucs2,
            };
            heading.set_text_content(Some(&format!(
                "{} · {encoding} · {}",
                count(words.sms_characters, sms.length),
                count(words.sms_segments, sms.segments)
            )));
            heading.set_attribute("data-length", &sms.length.to_string()).ok();
            heading.set_attribute("data-encoding", sms.encoding.name()).ok();
            heading.set_attribute("data-segments", &sms.segments.to_string()).ok();
            return;
        }
        let label = match &shown.rendered.subject {
            Some(subject) => (words.email_subject, subject.text.as_str()),
            None => ("", words.channel(shown.channel)),
        };
        let document = heading.owner_document();
        if let Some(document) = document.filter(|_| !label.0.is_empty()) {
            if let Ok(span) = document.create_element("span") {
                span.set_class_name("label");
                span.set_text_content(Some(label.0));
                heading.append_child(&span).ok();
            }
        }
        heading.append_with_str_1(label.1).ok();
        self.show_sheet_count();
    }

    /// A letter's count of sheets, beside its channel once the frame has laid it out.
    fn show_sheet_count(&self) {
        let heading = &self.heading;
        if let Ok(Some(old)) = heading.query_selector(".sheet-count") {
            old.remove();
        }
        heading.remove_attribute("data-sheets").ok();
        let (Some(count), true) = (self.sheet_count, self.sheets) else { return };
        heading.set_attribute("data-sheets", &count.to_string()).ok();
        let Some(document) = heading.owner_document() else { return };
        if let Ok(span) = document.create_element("span") {
            span.set_class_name("sheet-count");
            span.set_text_content(Some(&format!(
                " · {}",
                self.bar_words().sheet_count.replace("{count}", &count.to_string())
            )));
            heading.append_child(&span).ok();
        }
    }

    fn set_page(&mut self, page: &str, sheets: bool) {
        if page != self.frame.page {
            page.clone_into(&mut self.frame.page);
            self.frame.post_page();
        }
        // Fitted only when the kind of page changes (and by the ResizeObserver): measuring the
        // element forces the host page's layout, in the middle of a keystroke's task.
        if sheets != self.sheets || !self.fitted {
            self.sheets = sheets;
            self.fitted = true;
            self.frame.element.class_list().toggle_with_force("sheets", sheets).ok();
            self.fit();
        }
    }

    /// The frame loaded: our document, which now takes the page. A load after that is the
    /// frame leaving it (nothing in a page can navigate it; should anything, it gets ours back
    /// before any page is posted again).
    fn frame_loaded(&mut self) {
        let frame = &mut self.frame;
        frame.ready = frame.element.get_attribute("data-loading").is_some();
        frame.element.remove_attribute("data-loading").ok();
        frame.port = None;
        if frame.ready {
            frame.give_port();
            frame.post_page();
        } else {
            frame.element.set_attribute("data-loading", "").ok();
            frame.element.set_src(&frame.url);
        }
    }

    /// The frame says which page it shows: marked on it (`data-shown`, against `data-sent`).
    fn frame_answered(&mut self, event: &web_sys::Event) {
        let Some(event) = event.dyn_ref::<MessageEvent>() else { return };
        let from_frame = match (event.source(), self.frame.element.content_window()) {
            (Some(source), Some(window)) => JsValue::from(source) == JsValue::from(window),
            _ => false,
        };
        let shown = js_sys::Reflect::get(&event.data(), &"shown".into()).ok().and_then(|shown| shown.as_f64());
        if let (true, Some(shown)) = (from_frame, shown) {
            // One letter's count of sheets (`sheets`: one count per letter of the page).
            let sheets = js_sys::Reflect::get(&event.data(), &"sheets".into()).ok();
            let count = sheets.filter(js_sys::Array::is_array).map(|sheets| js_sys::Array::from(&sheets));
            self.sheet_count = count
                .filter(|counts| counts.length() == 1)
                .and_then(|counts| counts.get(0).as_f64())
                .map(|n| n as usize);
            self.show_sheet_count();
            self.frame.element.set_attribute("data-shown", &shown.to_string()).ok();
        }
    }

    fn print(&self) {
        if self.frame.ready && !self.frame.page.is_empty() {
            self.frame.post(&[("print", true.into())]);
        }
    }

    /// Letters show at sheet width, scaled down to the element's width; the rest fills it.
    fn fit(&self) {
        let inline = web_sys::window()
            .and_then(|window| window.get_computed_style(&self.host).ok().flatten())
            .and_then(|style| style.get_property_value("display").ok())
            .is_some_and(|display| display == "inline");
        self.layout.class_list().toggle_with_force("inline", inline).ok();
        let style = self.frame.element.style();
        if !self.sheets {
            for property in ["width", "height", "transform", "left"] {
                style.remove_property(property).ok();
            }
            return;
        }
        let width = f64::from(self.viewport.client_width());
        let height = f64::from(self.viewport.client_height());
        let scale = if width > 0.0 { (width / SHEET_WIDTH_PX).min(1.0) } else { 1.0 };
        style.set_property("width", &format!("{SHEET_WIDTH_PX}px")).ok();
        // A sheet narrower than the element is centred.
        let margin = ((width - SHEET_WIDTH_PX * scale) / 2.0).max(0.0);
        style.set_property("left", &format!("{margin}px")).ok();
        style.set_property("height", &format!("{}px", (height / scale).ceil())).ok();
        style.set_property("transform", &format!("scale({scale})")).ok();
    }
}

struct Shown {
    page: String,
    rendered: crate::render::Rendered,
    channel: Channel,
    sheets: bool,
}

impl Frame {
    /// Posts the page (`{page, seq}`), once the frame takes pages; numbered, so that
    /// `data-shown` can say when it is on screen.
    fn post_page(&mut self) {
        if self.ready {
            self.sent += 1;
            self.element.set_attribute("data-sent", &self.sent.to_string()).ok();
            self.post(&[("page", self.page.as_str().into()), ("seq", self.sent.into())]);
        }
    }

    /// Gives the frame, just loaded, a port of its own to take pages on: a window's
    /// `postMessage` to a frame in another process is sent only after the sender's task, which
    /// in an editor is often after the host has painted; a port's message leaves at once (P7).
    /// Only this element holds the other end.
    fn give_port(&mut self) {
        let (Ok(channel), Some(window)) = (MessageChannel::new(), self.element.content_window()) else { return };
        let transfer = js_sys::Array::of1(&channel.port2());
        if window.post_message_with_transfer(&object(&[("port", true.into())]), "*", &transfer).is_ok() {
            self.port = Some(channel.port1());
        }
    }

    /// On the frame's port, else to its window, whatever its origin is: sandboxed, it has an
    /// opaque one ("*" is the only target that reaches it; what receives it is our document,
    /// see `frame_loaded`).
    fn post(&self, fields: &[(&str, JsValue)]) {
        let message = object(fields);
        if let Some(port) = &self.port {
            let _ = port.post_message(&message);
        } else if let Some(window) = self.element.content_window() {
            let _ = window.post_message(&message, "*");
        }
    }
}

/// A plain JS object of `fields` (a message to the frame, an event's detail).
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&object, &(*name).into(), value);
    }
    object.into()
}

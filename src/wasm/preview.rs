//! `<dunning-preview>`'s DOM half. The custom-element class (`www/shell/dunning-preview.js`)
//! only forwards its attributes and properties here; this builds the shadow DOM, coalesces
//! changes into one render per animation frame, shows the page in a sandboxed frame (no
//! scripts, no same origin: neither the letter's CSS nor its markup reaches the host), scales
//! letter sheets to the element's width, and tells the host what the rendering found with a
//! `diagnostics` event.
//!
//! The state sits in one `RefCell`; nothing that can call back into JS synchronously (events)
//! runs while it is borrowed, so a host listener may set properties again.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use gloo_render::{request_animation_frame, AnimationFrame};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Document, HtmlElement, HtmlIFrameElement, ResizeObserver, ShadowRoot};

use super::{as_array, invalid, text, to_js, today, SharedPortfolio, StringArgument, Thrown};
use crate::channel::Channel;
use crate::diagnostic::Diagnostic;
use crate::portfolio::Portfolio;
use crate::render::preview::{preview, PreviewOptions};
use crate::render::{self, Request, Subject};
use crate::sms::SmsLength;

/// A letter sheet (A4 or US Letter) with the page margins around it, in CSS pixels: the width
/// at which a letter shows unscaled.
const SHEET_WIDTH_PX: f64 = 880.0;

// The layout lives in `.box`, not on `:host`, so that a host page's own `display` for the
// element (`dunning-preview { display: block }` is the usual rule) cannot collapse the frame.
const STYLE: &str = ":host { display: block; height: 640px; min-height: 160px; box-sizing: border-box;
  border: 1px solid #d1d5db; border-radius: 8px; overflow: hidden; background: #fff;
  font: 13px/1.4 system-ui, \"DejaVu Sans\", Arial, sans-serif; color: #374151; }
:host([hidden]) { display: none; }
.box { display: flex; flex-direction: column; height: 100%; min-height: inherit; }
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
    /// JSON text that did not load: the message is shown.
    Invalid(String),
}

struct State {
    host: HtmlElement,
    heading: HtmlElement,
    print_button: HtmlElement,
    frame: HtmlIFrameElement,
    viewport: HtmlElement,
    settings: Settings,
    data: Data,
    /// The page in the frame, not set again when a render gives the same.
    shown: String,
    /// Whether the frame shows letter sheets (scaled to the width).
    sheets: bool,
    pending: Option<AnimationFrame>,
    resize: Option<(ResizeObserver, Closure<dyn FnMut()>)>,
    _print_click: EventListener,
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
    /// Builds the element's shadow DOM in `root` (the host's open shadow root).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "HTMLElement")] host: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ShadowRoot")] root: JsValue,
    ) -> Result<PreviewElement, Thrown> {
        let host: HtmlElement =
            host.dyn_into().map_err(|_| invalid("PreviewElement: the host must be an HTMLElement"))?;
        let root: ShadowRoot = root.dyn_into().map_err(|_| invalid("PreviewElement: the root must be a ShadowRoot"))?;
        let document = document()?;
        let style: HtmlElement = create(&document, "style", "")?;
        style.set_text_content(Some(STYLE));
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
        // An empty sandbox: no scripts, a unique origin, no forms, popups or navigation of the host.
        frame.set_attribute("sandbox", "").ok();
        frame.set_attribute("title", "Preview").ok();
        frame.set_attribute("referrerpolicy", "no-referrer").ok();
        bar.append_with_node_2(&heading, &print_button).ok();
        viewport.append_child(&frame).ok();
        let layout: HtmlElement = create(&document, "div", "box")?;
        layout.append_with_node_2(&bar, &viewport).ok();
        root.append_with_node_2(&style, &layout).map_err(|_| invalid("cannot fill the shadow root"))?;

        let state = Rc::new_cyclic(|weak: &Weak<RefCell<State>>| {
            let weak = weak.clone();
            let print_click = EventListener::new(&print_button, "click", move |_| {
                if let Some(state) = weak.upgrade() {
                    let page = state.borrow().shown.clone();
                    let _ = print(&page);
                }
            });
            RefCell::new(State {
                host,
                heading,
                print_button,
                frame,
                viewport,
                settings: Settings::default(),
                data: Data::None,
                shown: String::new(),
                sheets: false,
                pending: None,
                resize: None,
                _print_click: print_click,
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
            Err(error) => Data::Invalid(format!("The portfolio did not load: {error}")),
        };
        self.state.borrow_mut().data = data;
        self.schedule();
        Ok(())
    }

    #[wasm_bindgen(js_name = clearPortfolio)]
    pub fn clear_portfolio(&self) {
        self.state.borrow_mut().data = Data::None;
        self.schedule();
    }

    /// Renders now rather than at the next frame (for a host that needs the result at once).
    #[wasm_bindgen(js_name = renderNow)]
    pub fn render_now(&self) {
        self.state.borrow_mut().pending = None;
        render(&self.state);
    }

    /// Prints what the element shows (a letter: its sheets, as they will be posted).
    pub fn print(&self) -> Result<(), Thrown> {
        let page = self.state.borrow().shown.clone();
        print(&page)
    }

    /// The element entered a document: follow its size, and render.
    pub fn connect(&self) {
        let weak = Rc::downgrade(&self.state);
        let mut state = self.state.borrow_mut();
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
        state.pending = None;
    }

    /// One render at the next animation frame, however many changes come before it.
    fn schedule(&self) {
        let mut state = self.state.borrow_mut();
        if state.pending.is_some() {
            return;
        }
        let weak = Rc::downgrade(&self.state);
        state.pending = Some(request_animation_frame(move |_| {
            if let Some(state) = weak.upgrade() {
                state.borrow_mut().pending = None;
                render(&state);
            }
        }));
    }
}

/// Renders and shows; the event goes out once the state is released.
fn render(state: &Rc<RefCell<State>>) {
    let event = state.borrow_mut().show();
    let host = state.borrow().host.clone();
    if let Some(event) = event {
        let _ = host.dispatch_event(&event);
    }
}

impl State {
    /// Renders the settings and puts the result on screen; returns the `diagnostics` event.
    fn show(&mut self) -> Option<CustomEvent> {
        let shared = match &self.data {
            Data::Shared(model) => Ok(Rc::clone(model)),
            Data::Invalid(message) => Err(message.clone()),
            Data::None => Err("Give the preview a portfolio (its portfolio property).".to_owned()),
        };
        let outcome = shared.and_then(|model| self.compose(&model.borrow()));
        let detail = match &outcome {
            Ok(shown) => {
                self.heading.class_list().remove_1("error").ok();
                self.set_heading(shown);
                self.print_button.set_hidden(!shown.sheets);
                self.set_page(&shown.page, shown.sheets);
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
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail.ok()?);
        CustomEvent::new_with_event_init_dict("diagnostics", &init).ok()
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

    fn set_heading(&self, shown: &Shown) {
        let heading = &self.heading;
        heading.set_text_content(None);
        for name in ["data-length", "data-encoding", "data-segments"] {
            heading.remove_attribute(name).ok();
        }
        if let Some(sms) = shown.rendered.sms {
            let plural = if sms.segments == 1 { "" } else { "s" };
            heading.set_text_content(Some(&format!(
                "{} characters · {} · {} segment{plural}",
                sms.length,
                sms.encoding.name(),
                sms.segments
            )));
            heading.set_attribute("data-length", &sms.length.to_string()).ok();
            heading.set_attribute("data-encoding", sms.encoding.name()).ok();
            heading.set_attribute("data-segments", &sms.segments.to_string()).ok();
            return;
        }
        let label = match &shown.rendered.subject {
            Some(subject) => ("Subject", subject.text.as_str()),
            None => ("", shown.channel.title()),
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
    }

    fn set_page(&mut self, page: &str, sheets: bool) {
        if page != self.shown {
            self.frame.set_srcdoc(page);
            self.shown = page.to_owned();
        }
        if sheets != self.sheets {
            self.sheets = sheets;
            self.frame.class_list().toggle_with_force("sheets", sheets).ok();
        }
        self.fit();
    }

    /// Letters show at sheet width, scaled down to the element's width; the rest fills it.
    fn fit(&self) {
        let style = self.frame.style();
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

/// Prints `page` from a frame of its own, made for it and removed after: same origin so that
/// the host may call its `print()`, still without scripts (its sandbox has no `allow-scripts`
/// and the page's own policy forbids them), so printing never runs template code.
fn print(page: &str) -> Result<(), Thrown> {
    if page.is_empty() {
        return Err(invalid("nothing to print"));
    }
    let document = document()?;
    let frame: HtmlIFrameElement = create(&document, "iframe", "")?;
    frame.set_attribute("sandbox", "allow-same-origin allow-modals").ok();
    frame.set_attribute("aria-hidden", "true").ok();
    frame.set_attribute("style", "position: fixed; width: 0; height: 0; border: 0; visibility: hidden").ok();
    frame.set_srcdoc(page);
    let body = document.body().ok_or_else(|| invalid("no document body"))?;
    let target = frame.clone();
    EventListener::once(&frame, "load", move |_| {
        if let Some(window) = target.content_window() {
            let _ = window.print();
        }
        target.remove();
    })
    .forget();
    body.append_child(&frame).map_err(|_| invalid("cannot add the print frame"))?;
    Ok(())
}

//! The preview's page: the complete HTML document `<dunning-preview>` shows in its sandboxed
//! frame, for each channel — the e-mail body as a mail client shows it, the SMS as a message
//! bubble, the letter on its sheets (the envelope window outlined on request), a call or task
//! note — with the rendering's diagnostics, subject and SMS count beside it.
//!
//! Every page forbids scripts twice: the frame's `sandbox` (no `allow-scripts`) and a Content
//! Security Policy in the page itself, so it stays inert if a host copies it elsewhere (to
//! print it, say).

use super::{render, Output, RenderOptions, Rendered};
use crate::channel::Channel;
use crate::error::Error;
use crate::portfolio::Portfolio;

/// What to preview: a rendering, and how to show it.
#[derive(Clone, Debug)]
pub struct PreviewOptions<'a> {
    pub render: RenderOptions<'a>,
    /// Outline the envelope window on a letter, to check what shows through it.
    pub outline_window: bool,
}

/// A preview: the page, and the rendering it shows (diagnostics, subject, SMS count).
#[derive(Debug)]
pub struct Preview {
    pub page: String,
    pub rendered: Rendered,
}

/// No script, no fetch but images; inline styles only. `<base target>` keeps a clicked link
/// from replacing the preview (the sandbox refuses the new window).
const HEAD: &str = "<meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" \
    content=\"default-src 'none'; img-src data: http: https:; style-src 'unsafe-inline'\">\
    <base target=\"_blank\">";

/// How unknown hashtags and, in "hashtag names" mode, known ones are marked (letters too).
pub const MARKS_CSS: &str = "mark.dunning-unknown { background: #fde68a; }
.dunning-name { background: #e0e7ff; color: #3730a3; border-radius: 3px; padding: 0 .25em;
  font: .92em ui-monospace, \"DejaVu Sans Mono\", monospace; }
div.dunning-name { display: block; margin: .6em 0; padding: .8em; border: 1px dashed #6366f1; }
";

/// A text output shown as text (`as: "text"` outside SMS): an e-mail now shows as the whole
/// document mail clients get (`render::email`), with its own inline styles.
const TEXT_CSS: &str = "body { margin: 0; background: #fff; color: #1f2937;
  font: 15px/1.55 system-ui, \"DejaVu Sans\", Arial, sans-serif; }
main { max-width: 680px; margin: 0 auto; padding: 20px 24px 32px; overflow-wrap: anywhere; }
";

const SMS_CSS: &str = "body { margin: 0; min-height: 100vh; background: #f1f5f9;
  font: 16px/1.4 system-ui, \"DejaVu Sans\", Arial, sans-serif; }
.bubble { max-width: 300px; margin: 24px; padding: 10px 14px; background: #e2e8f0; color: #0f172a;
  border-radius: 18px 18px 18px 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
.bubble:empty::before { content: \"\\2026\"; color: #94a3b8; }
";

const WINDOW_OUTLINE_CSS: &str = ".window { outline: 0.5mm dashed #2563eb; outline-offset: -0.5mm; }";

/// Renders `template` for the preview.
pub fn preview(portfolio: &Portfolio, template: &str, options: &PreviewOptions<'_>) -> Result<Preview, Error> {
    // An e-mail shows as mail clients get it: the whole document, not the body alone.
    let output = match options.render.output.unwrap_or(Output::for_channel(options.render.channel)) {
        Output::Html => Output::Email,
        output => output,
    };
    let render_options = RenderOptions { output: Some(output), ..options.render.clone() };
    let rendered = render(portfolio, template, &render_options)?;
    let page = match output {
        Output::Letter => {
            let extra = if options.outline_window { WINDOW_OUTLINE_CSS } else { "" };
            with_preview_head(&rendered.output, extra)
        }
        Output::Email | Output::Html => with_preview_head(&rendered.output, MARKS_CSS),
        Output::Text if options.render.channel == Channel::Sms => {
            page(SMS_CSS, "<div class=\"bubble\">", &escaped(&rendered.output), "</div>")
        }
        Output::Text => page(TEXT_CSS, "<main><pre>", &escaped(&rendered.output), "</pre></main>"),
    };
    Ok(Preview { page, rendered })
}

fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    crate::escape::text(&mut out, text);
    out
}

fn page(css: &str, open: &str, body: &str, close: &str) -> String {
    let mut out = String::with_capacity(body.len() + css.len() + MARKS_CSS.len() + 512);
    out.push_str("<!doctype html><html><head>");
    out.push_str(HEAD);
    out.push_str("<style>");
    out.push_str(css);
    out.push_str(MARKS_CSS);
    out.push_str("</style></head><body>");
    out.push_str(open);
    out.push_str(body);
    out.push_str(close);
    out.push_str("</body></html>");
    out
}

/// A document (a letter, an e-mail) with the preview's head: the policy first, then any extra
/// style.
fn with_preview_head(document: &str, extra_css: &str) -> String {
    let Some(at) = document.find("<head>").map(|at| at + "<head>".len()) else { return document.to_owned() };
    let mut out = String::with_capacity(document.len() + HEAD.len() + extra_css.len() + 32);
    out.push_str(&document[..at]);
    out.push_str(HEAD);
    out.push_str(&document[at..]);
    if !extra_css.is_empty() {
        if let Some(end) = out.find("</head>") {
            out.insert_str(end, &format!("<style>{extra_css}</style>"));
        }
    }
    out
}

//! What template HTML may hold: the allowlist the rebuild reads. Data, not code: adding an
//! element or an attribute is one entry here.
//!
//! The lists cover what Markdown produces, what the renderer writes around values (tables,
//! addresses, bank details, marks) and what a rich-text editor's toolbar or a mail designer's
//! export needs (emphasis, headings, lists, links, images, tables with their legacy layout
//! attributes, inline colours and spacing).

/// Elements kept, and the attributes each may carry besides [`GLOBAL_ATTRIBUTES`].
pub const ELEMENTS: &[(&str, &[&str])] = &[
    ("a", &["href"]),
    ("abbr", &[]),
    ("address", &[]),
    ("article", &[]),
    ("b", &[]),
    ("bdi", &[]),
    ("bdo", &[]),
    ("big", &[]),
    ("blockquote", &["cite"]),
    ("br", &[]),
    ("caption", &[]),
    ("center", &[]),
    ("cite", &[]),
    ("code", &[]),
    ("col", &["span", "width"]),
    ("colgroup", &["span", "width"]),
    ("dd", &[]),
    ("del", &["cite", "datetime"]),
    ("dfn", &[]),
    ("div", &[]),
    ("dl", &[]),
    ("dt", &[]),
    ("em", &[]),
    ("figcaption", &[]),
    ("figure", &[]),
    ("font", &["color", "face", "size"]),
    ("footer", &[]),
    ("h1", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("header", &[]),
    ("hr", &[]),
    ("i", &[]),
    ("img", &["src", "alt", "width", "height", "border"]),
    ("ins", &["cite", "datetime"]),
    ("kbd", &[]),
    ("li", &["value"]),
    ("mark", &[]),
    ("ol", &["start", "reversed", "type"]),
    ("p", &[]),
    ("pre", &[]),
    ("q", &["cite"]),
    ("s", &[]),
    ("samp", &[]),
    ("section", &[]),
    ("small", &[]),
    ("span", &[]),
    ("strike", &[]),
    ("strong", &[]),
    ("sub", &[]),
    ("sup", &[]),
    ("table", &["width", "border", "cellpadding", "cellspacing", "bgcolor"]),
    ("tbody", &[]),
    ("td", &["colspan", "rowspan", "width", "height", "valign", "bgcolor"]),
    ("tfoot", &[]),
    ("th", &["colspan", "rowspan", "scope", "width", "height", "valign", "bgcolor"]),
    ("thead", &[]),
    ("time", &["datetime"]),
    ("tr", &["valign", "bgcolor"]),
    ("tt", &[]),
    ("u", &[]),
    ("ul", &["type"]),
    ("var", &[]),
    ("wbr", &[]),
];

/// Attributes any kept element may carry. Not `id` or `name`: in a portal's page they would
/// shadow the host's own elements and globals (DOM clobbering).
pub const GLOBAL_ATTRIBUTES: &[&str] = &["class", "title", "lang", "dir", "align", "style"];

/// Attributes that hold a URL, checked by [`super::url`].
pub const URL_ATTRIBUTES: &[&str] = &["href", "src", "cite"];

/// Elements with no content and no end tag.
pub const VOID_ELEMENTS: &[&str] = &["br", "col", "hr", "img", "wbr"];

/// Elements outside the list that are dropped *with* their content, because their content is
/// not prose (code, raw text, other documents, form controls) or because the parser gives them
/// a scope of their own (the HTML standard's "special" category): keeping their children
/// without them could nest what the parser never nests, and the output would not read back as
/// the tree that was checked. Any other element outside the list (`<x>`, `<nobr>`, a custom
/// element) is written as a `<span>`, its content kept. SVG and MathML elements are all
/// dropped with their content (see `super::rebuild`).
pub const DROPPED_WITH_CONTENT: &[&str] = &[
    "applet",
    "area",
    "aside",
    "audio",
    "base",
    "basefont",
    "bgsound",
    "body",
    "button",
    "canvas",
    "datalist",
    "details",
    "dialog",
    "dir",
    "embed",
    "fieldset",
    "form",
    "frame",
    "frameset",
    "head",
    "hgroup",
    "html",
    "iframe",
    "input",
    "keygen",
    "label",
    "legend",
    "link",
    "listing",
    "main",
    "map",
    "marquee",
    "menu",
    "meta",
    "meter",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "optgroup",
    "option",
    "output",
    "param",
    "picture",
    "plaintext",
    "portal",
    "progress",
    "script",
    "search",
    "select",
    "selectedcontent",
    "slot",
    "source",
    "style",
    "summary",
    "template",
    "textarea",
    "title",
    "track",
    "video",
    "xmp",
];

/// Elements whose content a parser reads as raw text (no markup in it): never written, even
/// when everything else is kept ([`super::canonical`]), since their text would be escaped.
pub const RAW_TEXT_ELEMENTS: &[&str] =
    &["iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"];

/// Elements that load or run code, hold raw text a browser may read differently, or change the
/// page around them: the ones the checker names as dangerous rather than merely unsupported.
pub const ACTIVE_ELEMENTS: &[&str] = &[
    "applet",
    "base",
    "embed",
    "form",
    "frame",
    "frameset",
    "iframe",
    "link",
    "meta",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "plaintext",
    "portal",
    "script",
    "style",
    "template",
    "xmp",
];

/// CSS properties `style=` may set: colours, type, alignment and spacing. Nothing that
/// positions, loads (`url()`), animates or hides.
pub const STYLE_PROPERTIES: &[&str] = &[
    "background-color",
    "border",
    "border-bottom",
    "border-collapse",
    "border-color",
    "border-left",
    "border-right",
    "border-style",
    "border-top",
    "border-width",
    "color",
    "font-family",
    "font-size",
    "font-style",
    "font-variant",
    "font-weight",
    "height",
    "letter-spacing",
    "line-height",
    "margin",
    "margin-bottom",
    "margin-left",
    "margin-right",
    "margin-top",
    "max-width",
    "min-width",
    "padding",
    "padding-bottom",
    "padding-left",
    "padding-right",
    "padding-top",
    "text-align",
    "text-decoration",
    "text-indent",
    "text-transform",
    "vertical-align",
    "white-space",
    "width",
    "word-spacing",
];

/// CSS functions a kept style value may call (colours).
pub const STYLE_FUNCTIONS: &[&str] = &["rgb", "rgba", "hsl", "hsla"];

/// URL schemes a link may use; anything without a scheme (`#top`, a relative path) is kept too.
pub const LINK_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Images may also be these `data:` types, inline: never SVG, which can hold script.
pub const DATA_IMAGE_TYPES: &[&str] = &["image/png", "image/jpeg", "image/gif", "image/webp"];

/// The attributes `element` may carry (`None` when the element is not kept).
pub fn attributes_of(element: &str) -> Option<&'static [&'static str]> {
    ELEMENTS.iter().find(|(name, _)| *name == element).map(|(_, attributes)| *attributes)
}

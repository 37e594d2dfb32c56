//! What the checker and the renderers report: stable codes, severities, messages in
//! plain English, and where in the source.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::source::{Location, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A diagnostic's stable identifier: tests, editors and users rely on these names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    UnknownHashtag,
    SelectionRequired,
    ChannelNotSupported,
    BlockInline,
    AttributeType,
    UnsafeHtml,
    MarkupInText,
    EmptyTemplate,
    SignatureInTemplate,
    FallbackNotAllowed,
    // Render time: from data, not text.
    MissingValue,
    NoPenaltyRate,
    SmsSegments,
    NonPositiveAmount,
    EmptyBeforeDue,
    LanguageMismatch,
}

struct CodeInfo {
    code: Code,
    name: &'static str,
    severity: Severity,
    /// Found while rendering (from data), not by `check` (from the text).
    render_time: bool,
}

/// Indexed by `Code as usize`: template-language.md's tables.
const CODES: [CodeInfo; 16] = [
    CodeInfo { code: Code::UnknownHashtag, name: "unknown-hashtag", severity: Severity::Error, render_time: false },
    CodeInfo {
        code: Code::SelectionRequired,
        name: "selection-required",
        severity: Severity::Error,
        render_time: false,
    },
    CodeInfo {
        code: Code::ChannelNotSupported,
        name: "channel-not-supported",
        severity: Severity::Error,
        render_time: false,
    },
    CodeInfo { code: Code::BlockInline, name: "block-inline", severity: Severity::Warning, render_time: false },
    CodeInfo { code: Code::AttributeType, name: "attribute-type", severity: Severity::Error, render_time: false },
    CodeInfo { code: Code::UnsafeHtml, name: "unsafe-html", severity: Severity::Error, render_time: false },
    CodeInfo { code: Code::MarkupInText, name: "markup-in-text", severity: Severity::Warning, render_time: false },
    CodeInfo { code: Code::EmptyTemplate, name: "empty-template", severity: Severity::Warning, render_time: false },
    CodeInfo {
        code: Code::SignatureInTemplate,
        name: "signature-in-template",
        severity: Severity::Warning,
        render_time: false,
    },
    CodeInfo {
        code: Code::FallbackNotAllowed,
        name: "fallback-not-allowed",
        severity: Severity::Error,
        render_time: false,
    },
    CodeInfo { code: Code::MissingValue, name: "missing-value", severity: Severity::Warning, render_time: true },
    CodeInfo { code: Code::NoPenaltyRate, name: "no-penalty-rate", severity: Severity::Warning, render_time: true },
    CodeInfo { code: Code::SmsSegments, name: "sms-segments", severity: Severity::Info, render_time: true },
    CodeInfo {
        code: Code::NonPositiveAmount,
        name: "non-positive-amount",
        severity: Severity::Warning,
        render_time: true,
    },
    CodeInfo { code: Code::EmptyBeforeDue, name: "empty-before-due", severity: Severity::Warning, render_time: true },
    CodeInfo {
        code: Code::LanguageMismatch,
        name: "language-mismatch",
        severity: Severity::Warning,
        render_time: true,
    },
];

impl Code {
    /// Every code, in the specification's order.
    pub fn all() -> impl Iterator<Item = Code> {
        CODES.iter().map(|info| info.code)
    }

    /// The stable name (`unknown-hashtag`).
    pub fn name(self) -> &'static str {
        CODES[self as usize].name
    }

    pub fn severity(self) -> Severity {
        CODES[self as usize].severity
    }

    /// Render-time codes come from data (`render`), the others from the text (`check`).
    pub fn is_render_time(self) -> bool {
        CODES[self as usize].render_time
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// One finding, with where it is.
///
/// Serialises to the shape of interfaces.md: `severity`, `code`, `message`, `line`, `column`,
/// `end_line`, `end_column`, the UTF-16 `start` and `end` for editors, and `hashtag` and
/// `suggestion` where they apply.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub message: String,
    pub location: Location,
    /// The byte span in the source.
    pub span: Span,
    /// The hashtag's name (without `#`), for diagnostics about a hashtag.
    pub hashtag: Option<String>,
    /// What to write instead (a hashtag name, without `#`), where one is known: an editor's
    /// quick fix replaces the hashtag's name with it.
    pub suggestion: Option<String>,
}

/// One flat object, field by field. Not `#[serde(flatten)]` of the location, which makes serde
/// write a map: serde-wasm-bindgen converts a map's every key to a JS string anew, a struct's
/// field names once (issue 19, P1: ten conversions less per diagnostic). The same JSON.
impl Serialize for Diagnostic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let optional = usize::from(self.hashtag.is_some()) + usize::from(self.suggestion.is_some());
        let mut out = serializer.serialize_struct("Diagnostic", 9 + optional)?;
        out.serialize_field("severity", &self.severity)?;
        out.serialize_field("code", &self.code)?;
        out.serialize_field("message", &self.message)?;
        let at = &self.location;
        out.serialize_field("line", &at.line)?;
        out.serialize_field("column", &at.column)?;
        out.serialize_field("end_line", &at.end_line)?;
        out.serialize_field("end_column", &at.end_column)?;
        out.serialize_field("start", &at.start)?;
        out.serialize_field("end", &at.end)?;
        match &self.hashtag {
            Some(hashtag) => out.serialize_field("hashtag", hashtag)?,
            None => out.skip_field("hashtag")?,
        }
        match &self.suggestion {
            Some(suggestion) => out.serialize_field("suggestion", suggestion)?,
            None => out.skip_field("suggestion")?,
        }
        out.end()
    }
}

/// Puts diagnostics in the order a reader meets them: by where they start, then by code.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    crate::sort::sort_by_key(diagnostics, |diagnostic| (diagnostic.span.start, diagnostic.code as usize));
}

/// Sets each diagnostic's line and column in `source`: one pass over the text for all of them.
pub fn locate(source: &str, diagnostics: &mut [Diagnostic]) {
    let spans: Vec<Span> = diagnostics.iter().map(|diagnostic| diagnostic.span).collect();
    for (diagnostic, location) in diagnostics.iter_mut().zip(crate::source::locate_all(source, &spans)) {
        diagnostic.location = location;
    }
}

impl Diagnostic {
    /// A diagnostic of `code` at `span`, located later (see [`crate::source::locate_all`]).
    pub fn new(code: Code, span: Span, message: String) -> Diagnostic {
        Diagnostic {
            severity: code.severity(),
            code,
            message,
            location: Location::default(),
            span,
            hashtag: None,
            suggestion: None,
        }
    }

    pub fn with_hashtag(mut self, name: &str) -> Diagnostic {
        self.hashtag = Some(name.to_owned());
        self
    }

    pub fn with_suggestion(mut self, suggestion: Option<&str>) -> Diagnostic {
        self.suggestion = suggestion.map(str::to_owned);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn table_rows_are_in_enum_order() {
        for (index, info) in CODES.iter().enumerate() {
            assert_eq!(info.code as usize, index, "{}", info.name);
        }
    }
}

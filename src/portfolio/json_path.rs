//! Where a byte offset of a JSON text lies, as a JSON path (`customers[3].contacts[0].email`).
//!
//! The portfolio is read by plain serde_json, which reports a data error (a bad date, an unknown
//! field, a missing one) with a line and column only. Only then is the text scanned again, up
//! to that position, to name the member being read. This costs nothing on the good path; a
//! path-tracking deserializer (serde_path_to_error) cost every load a wrapper around each
//! value, and the wasm bundle 18 KB gzip of wrappers, one per type.
//!
//! A member's path holds from its key until the `,` or bracket that ends it, so an error
//! reported just after a value (serde_json reports there) names that value, and one reported
//! at an object's closing brace (a missing field) names the object.

use std::fmt::Write;

enum Frame {
    /// In an object: the key of the member being read, once its key string has been seen.
    Object(Option<String>),
    /// In an array: the index of the element being read.
    Array(usize),
}

/// The JSON path of the value being read at byte `offset` of `text`: `.` for the document
/// itself. `text` is JSON as far as `offset` (serde_json read it that far).
pub fn path_at(text: &str, offset: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut frames: Vec<Frame> = Vec::new();
    let mut at = 0;
    while at < end {
        match bytes[at] {
            b'{' => frames.push(Frame::Object(None)),
            b'[' => frames.push(Frame::Array(0)),
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Object(key)) => *key = None,
                Some(Frame::Array(index)) => *index += 1,
                None => {}
            },
            b'"' => {
                let close = string_end(bytes, at);
                if let Some(Frame::Object(key @ None)) = frames.last_mut() {
                    *key = Some(unescape(&text[at..close.min(bytes.len())]));
                }
                at = close;
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object(Some(key)) if path.is_empty() => path.push_str(key),
            Frame::Object(Some(key)) => {
                path.push('.');
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => {
                let _ = write!(path, "[{index}]");
            }
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// The offset just past the string starting at `open` (its opening quote).
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut at = open + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return at + 1,
            _ => at += 1,
        }
    }
    bytes.len()
}

/// A key as its text says it (`"a\"b"` is `a"b`); a key cut short by the offset is kept raw.
fn unescape(quoted: &str) -> String {
    serde_json::from_str(quoted).unwrap_or_else(|_| quoted.trim_start_matches('"').to_owned())
}

/// The byte offset of serde_json's 1-based `line` and `column` in `text`.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start =
        if line <= 1 { 0 } else { text.match_indices('\n').nth(line - 2).map_or(text.len(), |(at, _)| at + 1) };
    (line_start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// The path at the first `^` of `marked`, which is removed.
    fn path_at_mark(marked: &str) -> String {
        let offset = marked.find('^').unwrap();
        path_at(&marked.replacen('^', "", 1), offset)
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_value_is_named_by_its_key_until_the_next_member() {
        assert_eq!(path_at_mark(r#"{"company": {"name": 5^, "x": 1}}"#), "company.name");
        assert_eq!(path_at_mark(r#"{"company": {"name": 5,^ "x": 1}}"#), "company");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn array_elements_are_named_by_their_index() {
        assert_eq!(path_at_mark(r#"{"items": [{"id": "a"}, {"id": "b", "due_date": "x"^}]}"#), "items[1].due_date");
        assert_eq!(path_at_mark(r#"[[1, 2], [3^]]"#), "[1][0]");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn an_object_closing_names_the_object() {
        assert_eq!(path_at_mark(r#"{"items": [{"id": "a"^}]}"#), "items[0].id");
        assert_eq!(path_at_mark(r#"{"items": [{"id": "a"}^]}"#), "items[0]");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_key_names_its_member_before_its_value() {
        assert_eq!(path_at_mark(r#"{"company": {"colour"^: "red"}}"#), "company.colour");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn strings_may_hold_brackets_quotes_and_commas() {
        assert_eq!(path_at_mark(r#"{"a\"]{,": {"b": "}],\"[{", "c": 1^}}"#), "a\"]{,.c");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn the_document_itself_is_a_dot() {
        assert_eq!(path_at_mark(r#"^{"a": 1}"#), ".");
        assert_eq!(path_at("", 10), ".");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn lines_and_columns_become_offsets() {
        let text = "{\n  \"a\": 1,\n  \"b\": x\n}";
        assert_eq!(offset_of(text, 1, 0), 0);
        assert_eq!(&text[offset_of(text, 3, 7)..], "x\n}");
        assert_eq!(offset_of(text, 9, 9), text.len());
    }
}

//! Long outputs handed to JavaScript as strings, the fastest way the host has (issue 19, P1).
//!
//! wasm-bindgen decodes a returned `String` with `TextDecoder` from UTF-8. Browsers do that
//! quickly, but Node 20's decoder takes a slow path at the first character that is not ASCII:
//! 48 µs for a 17 KB letter in French, a quarter of a `render` call, where the same text as
//! UTF-16 becomes a string in 3 µs through `Buffer`'s `ucs2Slice` (a copy). So under Node, a
//! text that is not all ASCII is widened to UTF-16 here and read by `Buffer`; everywhere else,
//! and for ASCII (which every decoder reads at once), wasm-bindgen's own path is kept.
//! Measured on the reference letter (Node 20, interleaved): `render` 181 → 149 µs.
//!
//! A long text (a day's letters: 30 MB for 10,000) is widened 64 KB at a time and its pieces
//! joined in JS, so that its UTF-16 copy never doubles the module's memory.

use js_sys::{Function, JsString, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// `Buffer.from` and `Buffer.prototype.ucs2Slice`, under Node only: a bundler's `Buffer`
/// polyfill in a browser is plain JS, slower than the browser's decoder.
struct NodeBuffer {
    buffer: JsValue,
    from: Function,
    ucs2_slice: Function,
}

/// The most bytes of a text widened at once.
const PIECE: usize = 1 << 16;

thread_local! {
    static NODE_BUFFER: Option<NodeBuffer> = NodeBuffer::find();
}

impl NodeBuffer {
    fn find() -> Option<NodeBuffer> {
        let global = js_sys::global();
        let get = |object: &JsValue, key: &str| Reflect::get(object, &JsValue::from_str(key)).ok();
        let versions = get(&global, "process").and_then(|process| get(&process, "versions"))?;
        get(&versions, "node")?.as_string()?;
        let buffer = get(&global, "Buffer")?;
        let from = get(&buffer, "from")?.dyn_into::<Function>().ok()?;
        let ucs2_slice = get(&buffer, "prototype").and_then(|proto| get(&proto, "ucs2Slice"))?.dyn_into().ok()?;
        Some(NodeBuffer { buffer, from, ucs2_slice })
    }

    /// `text` as a JS string, `PIECE` bytes widened at a time; None if Node refused one.
    fn text(&self, mut text: &str) -> Option<JsValue> {
        let mut utf16 = Vec::new();
        let mut joined: Option<JsString> = None;
        while !text.is_empty() {
            let mut end = text.len().min(PIECE);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            utf16le(&text[..end], &mut utf16);
            let piece: JsString = self.read(&utf16)?.unchecked_into();
            joined = Some(match joined {
                Some(before) => before.concat(&piece),
                None => piece,
            });
            text = &text[end..];
        }
        joined.map(JsValue::from)
    }

    /// UTF-16LE bytes as a JS string, read by a `Buffer` over the module's memory. None if
    /// Node refused, so that the caller falls back.
    fn read(&self, utf16le: &[u8]) -> Option<JsValue> {
        let memory = Reflect::get(&wasm_bindgen::memory(), &JsValue::from_str("buffer")).ok()?;
        let start = JsValue::from(utf16le.as_ptr() as u32);
        let bytes = JsValue::from(utf16le.len() as u32);
        let view = self.from.call3(&self.buffer, &memory, &start, &bytes).ok()?;
        self.ucs2_slice.call0(&view).ok()
    }
}

/// `text` as a JS string.
pub(super) fn js_text(text: &str) -> JsValue {
    if text.is_ascii() {
        return JsValue::from_str(text);
    }
    NODE_BUFFER.with(|node| node.as_ref().and_then(|node| node.text(text))).unwrap_or_else(|| JsValue::from_str(text))
}

/// `text` in UTF-16LE, its ASCII runs widened eight bytes at a time with integer arithmetic
/// (the module has no SIMD, and `encode_utf16`'s per-character decoding costs as much as
/// Node's decoder).
fn utf16le(text: &str, out: &mut Vec<u8>) {
    let bytes = text.as_bytes();
    // A UTF-16 text has at most as many units as its UTF-8 has bytes.
    out.clear();
    out.resize(2 * bytes.len(), 0);
    let (mut read, mut written) = (0, 0);
    while read < bytes.len() {
        // ASCII bytes before the next byte that is not: eight at a time, then one at a time.
        let mut ascii = 0;
        if let Some(chunk) = bytes.get(read..read + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            let high = word & 0x8080_8080_8080_8080;
            if high == 0 {
                out[written..written + 8].copy_from_slice(&widen(word as u32).to_le_bytes());
                out[written + 8..written + 16].copy_from_slice(&widen((word >> 32) as u32).to_le_bytes());
                read += 8;
                written += 16;
                continue;
            }
            ascii = high.trailing_zeros() as usize / 8;
        } else {
            while read + ascii < bytes.len() && bytes[read + ascii].is_ascii() {
                ascii += 1;
            }
        }
        for &byte in &bytes[read..read + ascii] {
            out[written] = byte;
            written += 2;
        }
        read += ascii;
        let Some(c) = text[read..].chars().next() else { break };
        for unit in c.encode_utf16(&mut [0; 2]) {
            out[written..written + 2].copy_from_slice(&unit.to_le_bytes());
            written += 2;
        }
        read += c.len_utf8();
    }
    out.truncate(written);
}

/// Four bytes `b3 b2 b1 b0` as four 16-bit units `0 b3 0 b2 0 b1 0 b0`.
fn widen(four: u32) -> u64 {
    let spread = u64::from(four);
    let spread = (spread | spread << 16) & 0x0000_FFFF_0000_FFFF;
    (spread | spread << 8) & 0x00FF_00FF_00FF_00FF
}

#[cfg(test)]
mod tests {
    use super::{js_text, utf16le, NODE_BUFFER};
    use wasm_bindgen_test::wasm_bindgen_test;

    const TEXTS: [&str; 7] = [
        "",
        "abc",
        "Montant dû : 1 234,56 €",
        "12345678é12345678\u{202f}x",
        "😀 and 日本語",
        "aé",
        "\u{0}\u{7f}\u{80}\u{ffff}",
    ];

    #[wasm_bindgen_test]
    fn utf16le_is_the_standard_encoding() {
        let long = TEXTS.concat().repeat(3);
        for text in TEXTS.iter().copied().chain([long.as_str()]) {
            let expected: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
            let mut utf16 = vec![1; 3];
            utf16le(text, &mut utf16);
            assert_eq!(utf16, expected, "{text}");
        }
    }

    /// In Node through `Buffer` (asserted), in a browser through wasm-bindgen's decoder.
    #[wasm_bindgen_test]
    fn js_text_is_the_text() {
        let node = js_sys::eval("typeof process === 'object' && !!process.versions?.node").unwrap().is_truthy();
        assert_eq!(NODE_BUFFER.with(Option::is_some), node);
        // Several pieces, each cut at a character boundary.
        let long = TEXTS.concat().repeat(9000);
        assert!(long.len() > 5 * super::PIECE);
        for text in TEXTS.iter().copied().chain([long.as_str()]) {
            assert_eq!(js_text(text).as_string().as_deref(), Some(text));
        }
    }
}

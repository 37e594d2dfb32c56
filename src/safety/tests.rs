//! The rebuild against the constructs that fooled the earlier filter (issue 13), and its
//! invariants: the output reads back as itself, and markup that is all allowed is unchanged.

use super::*;
use wasm_bindgen_test::wasm_bindgen_test;

fn html(source: &str) -> String {
    rebuild(source).html
}

#[wasm_bindgen_test(unsupported = test)]
fn noscript_is_read_with_scripting_on_and_dropped() {
    let rebuilt = rebuild(r#"<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>"#);
    assert_eq!(rebuilt.html, "<img src=\"x\">\"&gt;");
    assert!(rebuilt.changes.contains(&Change { element: "noscript".into(), what: Dropped::Element }));
    assert!(rebuilt.changes.contains(&Change { element: "img".into(), what: Dropped::Attribute("onerror".into()) }));
}

#[wasm_bindgen_test(unsupported = test)]
fn script_content_never_becomes_markup() {
    assert_eq!(html("<script><script>alert(1)</script>"), "");
    assert_eq!(html("a<script><img src=x onerror=alert(1)></script>b"), "ab");
}

#[wasm_bindgen_test(unsupported = test)]
fn markup_that_leaves_foreign_content_is_rebuilt_as_html() {
    assert_eq!(html("<svg><style><img src=x onerror=alert(1)></style></svg>"), "<img src=\"x\">");
    let rebuilt = rebuild(r#"<svg><![CDATA[><image xlink:href="]]><img src=xx:x onerror=alert(2)//"></svg>"#);
    assert_eq!(rebuilt.html, "<img>");
    assert!(rebuilt.changes.contains(&Change { element: "img".into(), what: Dropped::Url("src".into()) }));
}

#[wasm_bindgen_test(unsupported = test)]
fn urls_that_run_or_hold_svg_are_dropped() {
    assert_eq!(html(r#"<IMG SRC="livescript:[code]">"#), "<img>");
    assert_eq!(html(r#"<a href="jav&#x09;ascript:alert(1)">x</a>"#), "<a>x</a>");
    assert_eq!(html(r#"<img src="data:image/svg+xml;base64,PHN2Zz4=">"#), "<img>");
    assert_eq!(html(r#"<img src="data:image/png;base64,iVBO">"#), "<img src=\"data:image/png;base64,iVBO\">");
}

#[wasm_bindgen_test(unsupported = test)]
fn nothing_escapes_its_container() {
    // An element left open is closed; a stray end tag is dropped.
    assert_eq!(html(r#"<DIV STYLE="color: red">x"#), "<div style=\"color: red\">x</div>");
    assert_eq!(html("a</div></td></table>b"), "ab");
    assert_eq!(html(r#"<div draggable="true" ondrag="alert(1)">test</div>"#), "<div>test</div>");
    // `script*` is an unknown element to a browser too: a span of inert text.
    assert_eq!(html("<script*>alert(1)</script>x"), "<span>alert(1)x</span>");
    assert_eq!(html("<!-- a comment --x"), "");
}

#[wasm_bindgen_test(unsupported = test)]
fn iframe_reached_through_foreign_object_is_dropped() {
    let source = r#"<svg><foreignobject><p><style><p title="</style><iframe onload=alert(1)>">"#;
    assert!(!html(source).contains("iframe"), "{}", html(source));
}

#[wasm_bindgen_test(unsupported = test)]
fn allowed_markup_is_kept_as_written() {
    let source = "<p>Dear <b>Sir</b>,<br>see <a href=\"https://pay.example/x?a=1&amp;b=2\" title=\"pay\">this</a>.</p>\
        <table><tbody><tr><td style=\"text-align: right\">1</td></tr></tbody></table>";
    let rebuilt = rebuild(source);
    assert_eq!(rebuilt.html, source);
    assert!(rebuilt.changes.is_empty());
}

#[wasm_bindgen_test(unsupported = test)]
fn unknown_elements_become_spans_and_special_ones_are_dropped() {
    assert_eq!(html("<x onclick=alert(1)>click</x>"), "<span>click</span>");
    // Not unwrapped: <h2> in <h2> would not read back as itself.
    assert_eq!(html("<h2><x><h2>t"), "<h2><span><h2>t</h2></span></h2>");
    assert_eq!(html("<form action=x><p>text</p></form>after"), "after");
    assert_eq!(html("<p id=top name=x class=c>t</p>"), "<p class=\"c\">t</p>");
}

#[wasm_bindgen_test(unsupported = test)]
fn pre_keeps_its_leading_newline() {
    let once = html("<pre>\n\nx</pre>");
    assert_eq!(once, "<pre>\n\nx</pre>");
    assert_eq!(html(&once), once);
    // Also when what came first is dropped (found by proptest: a comment, then a newline).
    for source in ["<pre>\n<!--c-->\nx</pre>", "<pre><script>s</script>\nx</pre>"] {
        let once = html(source);
        assert_eq!(once, "<pre>\n\nx</pre>", "{source}");
        assert_eq!(html(&once), once);
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn nesting_as_deep_as_a_browser_builds_is_kept_and_deeper_is_text() {
    assert!(html(&"<div>".repeat(500)).starts_with("<div><div>"));
    let rebuilt = rebuild(&"<div>".repeat(5_000));
    assert!(rebuilt.html.starts_with("&lt;div&gt;"));
    assert_eq!(rebuilt.changes, [Change { element: String::new(), what: Dropped::Nesting }]);
}

#[wasm_bindgen_test(unsupported = test)]
fn a_link_the_parser_nests_in_a_link_is_unwrapped() {
    // After a <select>, the parser reconstructs the open link inside the outer one, without
    // rearranging anything; written as is, it would read back untangled (found by proptest).
    let source = r#"<a href="https://x.example/"><p><b><select><a href="https://y.example/"><select><img src="https://x.example/a.png" alt="a">"#;
    let rebuilt = rebuild(source);
    assert_eq!(rebuild(&rebuilt.html).html, rebuilt.html);
    assert_eq!(rebuilt.html.matches("<a ").count(), 1, "{}", rebuilt.html);
    assert!(rebuilt.changes.contains(&Change { element: "a".into(), what: Dropped::LinkInLink }));
}

//! The template language and the checker, rule by rule (template-language.md).
//!
//! Every test runs natively (`cargo test`), as wasm in Node and as wasm in headless Chromium
//! (`make test-wasm-node`, `make test-wasm-browser`).

use dunning::{check, Channel, CheckOptions, Context, Diagnostic, Format};
use wasm_bindgen_test::wasm_bindgen_test;

fn options(format: Format, channel: Channel, context: Context) -> CheckOptions {
    CheckOptions { format, channel, context }
}

fn markdown(source: &str) -> Vec<Diagnostic> {
    check(source, &CheckOptions::default())
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<&'static str> {
    diagnostics.iter().map(|d| d.code.name()).collect()
}

/// `(code, line, column, hashtag)` of each diagnostic.
fn found(diagnostics: &[Diagnostic]) -> Vec<(&'static str, u32, u32, Option<&str>)> {
    diagnostics.iter().map(|d| (d.code.name(), d.location.line, d.location.column, d.hashtag.as_deref())).collect()
}

fn assert_clean(diagnostics: &[Diagnostic]) {
    assert!(diagnostics.is_empty(), "expected no diagnostics, got {diagnostics:#?}");
}

// ---- Hashtags -------------------------------------------------------------------------

#[wasm_bindgen_test(unsupported = test)]
fn longest_run_is_one_hashtag() {
    let specific = options(Format::Markdown, Channel::Email, Context::Specific);
    assert_clean(&check("Total: #items_amount_selected_include_late_penalties.", &specific));
    let typo = check("Total: #items_amount_selected_include_late_penaltie.", &specific);
    assert_eq!(found(&typo), [("unknown-hashtag", 1, 8, Some("items_amount_selected_include_late_penaltie"))]);
}

#[wasm_bindgen_test(unsupported = test)]
fn trailing_underscores_are_text() {
    assert_clean(&markdown("Dear _#customer_name_,"));
    let text = options(Format::Text, Channel::Sms, Context::Scenario);
    assert_clean(&check("Hi #customer_name_ and #today__", &text));
}

#[wasm_bindgen_test(unsupported = test)]
fn names_are_case_sensitive() {
    let diagnostics = markdown("See #Items_list");
    assert_eq!(found(&diagnostics), [("unknown-hashtag", 1, 5, Some("Items_list"))]);
    assert_eq!(diagnostics[0].suggestion.as_deref(), Some("items_list"));
}

#[wasm_bindgen_test(unsupported = test)]
fn title_in_running_text_is_unknown_and_says_how_to_escape() {
    let diagnostics = markdown("#Title of the letter");
    assert_eq!(found(&diagnostics), [("unknown-hashtag", 1, 1, Some("Title"))]);
    assert_eq!(diagnostics[0].suggestion, None);
    assert!(diagnostics[0].message.contains("##Title"), "{}", diagnostics[0].message);
}

#[wasm_bindgen_test(unsupported = test)]
fn double_hash_is_a_literal_hash() {
    assert_clean(&markdown("##items_list and ##Title"));
    let html = options(Format::Html, Channel::Email, Context::Scenario);
    assert_clean(&check("<p>##whatever</p>", &html));
    let text = options(Format::Text, Channel::Sms, Context::Scenario);
    assert_clean(&check("Ref ##nothing", &text));
}

#[wasm_bindgen_test(unsupported = test)]
fn hash_not_followed_by_a_letter_is_literal() {
    assert_clean(&markdown("# Title\n\nInvoice #123, #, # x, #_x, #1st, C#."));
}

#[wasm_bindgen_test(unsupported = test)]
fn hash_after_letter_digit_slash_or_ampersand_is_literal() {
    assert_clean(&markdown("See https://acme.example/page#terms, code INV#42, 12#ab and C#sharp."));
    let html = options(Format::Html, Channel::Email, Context::Scenario);
    assert_clean(&check("<p>&#x41;&#65; /path#frag</p>", &html));
    let text = options(Format::Text, Channel::Sms, Context::Scenario);
    assert_clean(&check("Pay at https://pay.example/#x INV#42", &text));
}

#[wasm_bindgen_test(unsupported = test)]
fn hashtag_ends_at_first_character_outside_the_name_set() {
    assert_clean(&markdown("Dear #customer_name, (#today) #today: #today. #today!"));
    let diagnostics = markdown("Dear #customer_nam, hello");
    assert_eq!(found(&diagnostics), [("unknown-hashtag", 1, 6, Some("customer_nam"))]);
    assert_eq!((diagnostics[0].location.end_line, diagnostics[0].location.end_column), (1, 18));
}

// ---- Markdown ---------------------------------------------------------------------------

#[wasm_bindgen_test(unsupported = test)]
fn code_spans_and_code_blocks_are_literal() {
    assert_clean(&markdown("Write `#items_lst` for the table.\n\n```\n#nope\n```\n\n    #indented_nope\n"));
}

#[wasm_bindgen_test(unsupported = test)]
fn emphasis_around_a_hashtag_works() {
    assert_clean(&markdown("**#items_amount_overdue** and *#today* and ~~#customer_name~~ and __#customer_code__"));
    assert_eq!(
        found(&markdown("Total **#items_amount_overdeu**")),
        [("unknown-hashtag", 1, 9, Some("items_amount_overdeu"))]
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn underscores_inside_a_hashtag_never_split_it() {
    // pulldown-cmark splits text at every `_`; the hashtag must come back whole.
    assert_clean(&markdown("Overdue: #items_amount_include_late_penalties_ and _#items_amount_not_due_"));
    let diagnostics = markdown("x #items_list_overdeu y");
    assert_eq!(found(&diagnostics), [("unknown-hashtag", 1, 3, Some("items_list_overdeu"))]);
    assert_eq!(diagnostics[0].suggestion.as_deref(), Some("items_list_overdue"));
}

#[wasm_bindgen_test(unsupported = test)]
fn backslash_escaped_hash_is_literal_in_markdown() {
    assert_clean(&markdown(r"Use \#anything here, and &#35;other"));
}

#[wasm_bindgen_test(unsupported = test)]
fn link_destination_hashtag_must_be_a_url() {
    assert_clean(&markdown("[pay online](#payment_link) or [top](#top) or ![logo](#company_logo)"));
    let diagnostics = markdown("[x](#today) and [y](#customer_name)");
    assert_eq!(
        found(&diagnostics),
        [("attribute-type", 1, 5, Some("today")), ("attribute-type", 1, 21, Some("customer_name")),]
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn hashtags_in_link_text_and_tables_are_found() {
    let source = "[#customer_nme](#payment_link)\n\n| a | b |\n|---|---|\n| #today | #todya |\n";
    assert_eq!(
        found(&markdown(source)),
        [("unknown-hashtag", 1, 2, Some("customer_nme")), ("unknown-hashtag", 5, 12, Some("todya")),]
    );
}

// ---- HTML -------------------------------------------------------------------------------

fn html(source: &str) -> Vec<Diagnostic> {
    check(source, &options(Format::Html, Channel::Email, Context::Scenario))
}

#[wasm_bindgen_test(unsupported = test)]
fn whole_attribute_value_hashtag_is_a_hashtag() {
    assert_clean(&html(
        r##"<a href="#payment_link">pay</a> <img src='#company_logo'> <a href=#interactive_link>x</a>"##,
    ));
    let diagnostics = html(r##"<a href="#customer_name">x</a>"##);
    assert_eq!(found(&diagnostics), [("attribute-type", 1, 10, Some("customer_name"))]);
}

#[wasm_bindgen_test(unsupported = test)]
fn any_other_hash_in_a_tag_is_literal() {
    assert_clean(&html(
        r##"<span style="color:#c00000">x</span> <a href="#top">top</a> <a href="#Payment_link">y</a> <a title="#itms_list x">z</a>"##,
    ));
}

#[wasm_bindgen_test(unsupported = test)]
fn hashtags_in_html_text_are_found() {
    let diagnostics = html("<p>Dear <b>#customer_name</b>,</p>\n<p>You owe #items_amount_overdu.</p>");
    assert_eq!(found(&diagnostics), [("unknown-hashtag", 2, 12, Some("items_amount_overdu"))]);
}

#[wasm_bindgen_test(unsupported = test)]
fn raw_html_inside_markdown_is_checked_like_html() {
    let source = "Dear #customer_name,\n\n<div style=\"color:#c00\">\n<a href=\"#today\">x</a> #todai\n</div>\n\nInline <a href=\"#customer_code\">y</a>.";
    assert_eq!(
        found(&markdown(source)),
        [
            ("attribute-type", 4, 10, Some("today")),
            ("unknown-hashtag", 4, 24, Some("todai")),
            ("attribute-type", 7, 17, Some("customer_code")),
        ]
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn style_and_comment_content_is_not_scanned() {
    // <style> is not allowed (it would restyle the page around the output), but its content is
    // not read for hashtags either: one error, no unknown hashtag.
    let diagnostics = html("<style>p { color: #cc0000; } #header { }</style><!-- #nothing here -->");
    assert_eq!(found(&diagnostics), [("unsafe-html", 1, 1, None)]);
}

// ---- Positions ----------------------------------------------------------------------------

#[wasm_bindgen_test(unsupported = test)]
fn crlf_ends_a_line_as_lf_does() {
    let lf = markdown("Dear #contact_name,\n\nSee #itms_list\n");
    let crlf = markdown("Dear #contact_name,\r\n\r\nSee #itms_list\r\n");
    assert_eq!(found(&lf), [("unknown-hashtag", 3, 5, Some("itms_list"))]);
    assert_eq!(found(&crlf), found(&lf));
    assert_eq!(crlf[0].location.start, lf[0].location.start + 2);
}

#[wasm_bindgen_test(unsupported = test)]
fn columns_count_unicode_characters_and_offsets_utf16_units() {
    let diagnostics = markdown("Größe 😀 #itms_list");
    let location = diagnostics[0].location;
    assert_eq!((location.line, location.column, location.end_column), (1, 9, 18));
    // "Größe " is 6 units, the emoji 2, the space 1.
    assert_eq!((location.start, location.end), (9, 19));
}

#[wasm_bindgen_test(unsupported = test)]
fn spec_example_position() {
    let diagnostics = markdown("Dear customer,\n\nHere is your account:\n\n\n");
    assert_clean(&diagnostics);
    let diagnostics = markdown("a\nb\nYour items: #items_lst\n");
    assert_eq!(found(&diagnostics), [("unknown-hashtag", 3, 13, Some("items_lst"))]);
    assert_eq!((diagnostics[0].location.end_line, diagnostics[0].location.end_column), (3, 22));
}

// ---- Every error at once -------------------------------------------------------------------

#[wasm_bindgen_test(unsupported = test)]
fn all_diagnostics_come_at_once_in_source_order() {
    let source =
        "Dear #contact_nme,\n\nSee #items_list_selected and #items_list here.\n\n<script>x</script>\n\n[a](#today)";
    let diagnostics = markdown(source);
    assert_eq!(
        codes(&diagnostics),
        ["unknown-hashtag", "selection-required", "block-inline", "block-inline", "unsafe-html", "attribute-type",]
    );
    assert_eq!(diagnostics[0].suggestion.as_deref(), Some("contact_name"));
}

// ---- Contexts and channels -----------------------------------------------------------------

#[wasm_bindgen_test(unsupported = test)]
fn selected_hashtags_need_a_specific_context() {
    let source = "Total #items_amount_selected_include_late_penalties";
    let scenario = markdown(source);
    assert_eq!(found(&scenario), [("selection-required", 1, 7, Some("items_amount_selected_include_late_penalties"))]);
    assert_eq!(scenario[0].suggestion.as_deref(), Some("items_amount_include_late_penalties"));
    assert_clean(&check(source, &options(Format::Markdown, Channel::Email, Context::Specific)));
}

#[wasm_bindgen_test(unsupported = test)]
fn text_channels_cannot_show_blocks_or_images() {
    for channel in [Channel::Sms, Channel::Subject] {
        let text = options(Format::Text, channel, Context::Scenario);
        let diagnostics = check(
            "#items_list #customer_address #company_bank_details #company_logo #items_amount #today #payment_link",
            &text,
        );
        assert_eq!(codes(&diagnostics), ["channel-not-supported"; 4], "{channel}");
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn html_channels_show_everything() {
    let source = "#items_list\n\n#customer_address\n\n#company_bank_details\n\n![logo](#company_logo) #company_logo";
    for channel in [
        Channel::Email,
        Channel::Letter,
        Channel::RegisteredLetter,
        Channel::ElectronicRegisteredLetter,
        Channel::PhoneCall,
        Channel::Task,
    ] {
        assert_clean(&check(source, &options(Format::Markdown, channel, Context::Scenario)));
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn selection_and_channel_errors_add_up() {
    let diagnostics = check("#items_list_selected", &options(Format::Text, Channel::Sms, Context::Scenario));
    assert_eq!(codes(&diagnostics), ["selection-required", "channel-not-supported"]);
}

// ---- Blocks ---------------------------------------------------------------------------------

#[wasm_bindgen_test(unsupported = test)]
fn block_hashtag_sharing_a_paragraph_warns() {
    assert_eq!(found(&markdown("Your items: #items_list")), [("block-inline", 1, 13, Some("items_list"))]);
    assert_eq!(codes(&markdown("Dear #customer_name\n#customer_address")), ["block-inline"]);
    assert_eq!(codes(&markdown("#items_list #company_bank_details")), ["block-inline", "block-inline"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn block_hashtag_alone_is_fine() {
    assert_clean(&markdown("Your items:\n\n#items_list\n\n**#customer_address**\n\n- #company_bank_details\n"));
    assert_clean(&html(
        "<p>Your items:</p>\n<p>#items_list</p>\n<div>\n  #customer_address\n</div>Text<br>#company_address<br>",
    ));
}

#[wasm_bindgen_test(unsupported = test)]
fn block_hashtag_sharing_an_html_line_warns() {
    assert_eq!(found(&html("<p>Total: #items_list</p>")), [("block-inline", 1, 11, Some("items_list"))]);
    assert_eq!(codes(&html("<p><b>#customer_address</b> and more</p>")), ["block-inline"]);
}

// ---- Unsafe HTML -----------------------------------------------------------------------------

#[wasm_bindgen_test(unsupported = test)]
fn unsafe_elements_are_errors() {
    for element in ["script", "iframe", "object", "embed", "form", "base", "meta", "SCRIPT"] {
        let diagnostics = html(&format!("<p>x</p><{element} a=\"b\">"));
        assert_eq!(found(&diagnostics), [("unsafe-html", 1, 9, None)], "{element}");
    }
    assert_eq!(codes(&markdown("Hello <iframe src=x></iframe>")), ["unsafe-html"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn event_handler_attributes_are_errors() {
    assert_eq!(found(&html("<img src=x onerror=\"alert(1)\">")), [("unsafe-html", 1, 12, None)]);
    assert_eq!(codes(&html("<p ONCLICK='x'>y</p>")), ["unsafe-html"]);
    assert_clean(&html("<p title=\"onclick\">ok</p>"));
    // Outside the allowlist, data attributes are dropped too: a portal's framework may act on
    // them (script gadgets such as `data-hx-get`).
    assert_eq!(codes(&html("<p data-on=\"y\" on>ok</p>")), ["unsafe-html", "unsafe-html"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn script_urls_are_errors_but_data_images_are_fine() {
    assert_eq!(codes(&html("<a href=\"javascript:alert(1)\">x</a>")), ["unsafe-html"]);
    assert_eq!(codes(&html("<a href=\" jav&#x09;ascript:alert(1)\">x</a>")), ["unsafe-html"]);
    assert_eq!(codes(&html("<a href=\"vbscript:x\">x</a>")), ["unsafe-html"]);
    assert_eq!(codes(&html("<a href=\"data:text/html;base64,AAAA\">x</a>")), ["unsafe-html"]);
    assert_clean(&html("<img src=\"data:image/png;base64,iVBORw0KGgo=\"> <a href=\"https://x.example\">x</a>"));
    assert_eq!(codes(&markdown("[click](javascript:alert(1)) ![x](data:text/html,x)")), ["unsafe-html", "unsafe-html"]);
    assert_eq!(codes(&markdown("<javascript:alert(1)>")), ["unsafe-html"]);
}

// ---- Text templates ---------------------------------------------------------------------------

#[wasm_bindgen_test(unsupported = test)]
fn markup_in_a_text_template_warns() {
    let sms = options(Format::Text, Channel::Sms, Context::Scenario);
    assert_eq!(
        found(&check("Hello <b>#customer_name</b>", &sms)),
        [("markup-in-text", 1, 7, None), ("markup-in-text", 1, 24, None),]
    );
    let diagnostics = check("Pay **now**: #items_amount", &sms);
    assert_eq!(found(&diagnostics), [("markup-in-text", 1, 5, None)]);
    assert!(diagnostics[0].message.contains("an SMS"), "{}", diagnostics[0].message);
    assert_clean(&check("5 * 3 = 15, a < b, 2*x and snake_case_word", &sms));
}

#[wasm_bindgen_test(unsupported = test)]
fn empty_template_warns() {
    for source in ["", "   ", "\n\t\r\n"] {
        for format in [Format::Markdown, Format::Html, Format::Text] {
            let diagnostics = check(source, &options(format, Channel::Email, Context::Scenario));
            assert_eq!(codes(&diagnostics), ["empty-template"]);
            assert_eq!(diagnostics[0].severity.name(), "warning");
        }
    }
}

// ---- Letters ------------------------------------------------------------------------------------

#[wasm_bindgen_test(unsupported = test)]
fn a_letter_template_that_signs_itself_warns_and_an_email_does_not() {
    let source = "Dear #contact_name,\n\nPlease pay.\n\nYours faithfully,\n\n#user_name\\\n#user_title\n";
    let letter = check(source, &options(Format::Markdown, Channel::Letter, Context::Scenario));
    assert_eq!(found(&letter), [("signature-in-template", 7, 1, Some("user_name"))]);
    assert_eq!(letter[0].severity.name(), "warning");
    assert!(letter[0].message.contains("layout's block is left out"), "{}", letter[0].message);
    assert_clean(&check(source, &options(Format::Markdown, Channel::Email, Context::Scenario)));
    let unsigned = "Dear #contact_name,\n\nCall #user_name on #user_phone.\n\nYours faithfully,\n";
    assert_clean(&check(unsigned, &options(Format::Markdown, Channel::RegisteredLetter, Context::Scenario)));
}

#[wasm_bindgen_test(unsupported = test)]
fn a_fallback_only_follows_a_text_that_can_be_missing() {
    assert_clean(&markdown("Dear #contact_name{Sir or Madam}, from #user_name{our credit team}."));
    let found = markdown("#today{soon} #customer_code #contact_nme{Sir}\n\n#items_list{none}");
    assert_eq!(codes(&found), ["fallback-not-allowed", "unknown-hashtag", "fallback-not-allowed"]);
    assert!(found[0].message.contains("#today is a date, and a fallback is text"), "{}", found[0].message);
    assert!(found[2].message.contains("#items_list is a table"), "{}", found[2].message);
    // The quick fix of a typo replaces the name and keeps the fallback.
    assert_eq!((found[1].span.start, found[1].span.end), (28, 40));
    assert_eq!(found[1].suggestion.as_deref(), Some("contact_name"));
}

#[wasm_bindgen_test(unsupported = test)]
fn every_code_is_exercised() {
    // A guard that this file covers the whole table of template-language.md.
    let mut seen = Vec::new();
    seen.extend(codes(&markdown("#nope #items_list_selected x #items_list [a](#today) <script>")));
    seen.extend(codes(&check("#items_list <b>x</b>", &options(Format::Text, Channel::Sms, Context::Specific))));
    seen.extend(codes(&markdown("")));
    seen.extend(codes(&markdown("#today{soon}")));
    seen.extend(codes(&check(
        "Regards,\n\n#user_name",
        &options(Format::Markdown, Channel::Letter, Context::Scenario),
    )));
    for code in dunning::Code::all().filter(|code| !code.is_render_time()) {
        assert!(seen.contains(&code.name()), "{} not produced: {seen:?}", code.name());
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn an_unclosed_tag_is_unsafe_html() {
    let html = options(Format::Html, Channel::Email, Context::Scenario);
    let found = check("<p>Hello</p>\n<span title=\"x #customer_name", &html);
    assert_eq!(codes(&found), ["unsafe-html"]);
    assert!(found[0].message.contains("never closed"), "{}", found[0].message);
    assert_eq!(codes(&check("Dear #customer_name,</p", &html)), ["unsafe-html"], "an end tag too");
    assert_clean(&check("<p>a < b, 3<4</p>", &html));
}

#[wasm_bindgen_test(unsupported = test)]
fn an_unclosed_comment_is_text_whose_hashtags_count() {
    let html = options(Format::Html, Channel::Email, Context::Scenario);
    assert_eq!(found(&check("<!-- draft: #contact_nme", &html)), [("unknown-hashtag", 1, 13, Some("contact_nme"))]);
    assert_clean(&check("<!-- #contact_nme -->", &html));
}

// The agenda page as its tests reach it: its tabs and rows, and the CSV it downloads, read by
// RFC 4180 (shared by agenda.test.mjs and agenda-collector.test.mjs).
import assert from "node:assert/strict";

/** The rows of a tab's table, as their data attributes. */
export async function rows(page, tab) {
  return page.locator(`#panel-${tab} tr[data-customer]`).evaluateAll((trs) => trs.map((tr) => ({ ...tr.dataset })));
}

/** One row by customer and action. */
export function row(page, tab, { customer, action }) {
  return page.locator(`#panel-${tab} tr[data-customer="${customer}"][data-action="${action}"]`);
}

/** Opens a tab. */
export async function tab(page, name) {
  await page.click(`#tab-${name}`);
  await page.locator(`#panel-${name}`).waitFor();
}

/** RFC 4180: fields separated by commas, records ended by CRLF, quoted fields with doubled quotes. */
export function parseCsv(text) {
  const records = [];
  let record = [];
  let at = 0;
  while (at < text.length) {
    let field = "";
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        assert.ok(quote >= 0, "a quoted field is closed");
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at++;
      }
    } else {
      const length = text.slice(at).search(/,|\r\n/);
      assert.ok(length >= 0, "the last record ends with CRLF");
      const end = at + length;
      field = text.slice(at, end);
      assert.doesNotMatch(field, /["\r\n]/, `a bare quote or line break in an unquoted field at ${at}`);
      at = end;
    }
    record.push(field);
    if (text[at] === ",") {
      at++;
    } else {
      assert.ok(text.startsWith("\r\n", at), `a record ends with CRLF at ${at}`);
      records.push(record);
      record = [];
      at += 2;
    }
  }
  return records;
}

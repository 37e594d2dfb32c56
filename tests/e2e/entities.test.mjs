// Character references, read by our rebuild and by Chromium's own parser: every one of the
// WHATWG's 2,231 names (vendor/web_atoms/entities.rs, the table html5ever matches against, which
// we keep in another form: vendor/web_atoms/PATCHED.md), in text and in an attribute, whole,
// cut short and followed by what changes a browser's reading (a letter, `=`). The rebuild must
// give the same text as the browser for each; the browser's table is its own, so a name our
// table lacks or reads wrongly shows too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import init, { Portfolio } from "../../www/pkg/dunning.js";
import { launch } from "./browser.mjs";

const NAMES = [...readFileSync("vendor/web_atoms/entities.rs", "utf8").matchAll(/\("&([^"]+)", \d+, \d+\)/g)].map((match) => match[1]);
let browser;
let portfolio;

before(async () => {
  await init({ module_or_path: readFileSync("www/pkg/dunning_bg.wasm") });
  portfolio = Portfolio.fromJson(readFileSync("examples/portfolio.json", "utf8"));
  browser = await launch();
});
after(() => browser?.close());

/** What follows `&name` in each case: nothing, a letter, `=`, and the name cut by one. */
function cases(name) {
  const references = [`&${name}`, `&${name}x`, `&${name}=`];
  if (name.length > 1) references.push(`&${name.slice(0, -1)}`);
  return references;
}

test("the names table lists the WHATWG's 2,231 character references", () => {
  assert.equal(NAMES.length, 2231);
  assert.ok(NAMES.includes("notin;") && NAMES.includes("not") && NAMES.includes("acE;"));
});

test("every character reference reads as Chromium reads it, in text and in an attribute", async () => {
  const references = NAMES.flatMap(cases);
  const template = `<ul>${references.map((reference) => `<li title="${reference}">${reference}</li>`).join("")}</ul>`;
  const { output, diagnostics } = portfolio.render(template, { customer: "C002", channel: "email", format: "html" });
  assert.deepEqual(diagnostics, [], "no reference is unsafe HTML");
  const page = await browser.newPage();
  const [browsers, ours] = await page.evaluate(([template, output]) => {
    const read = (html) => [...new DOMParser().parseFromString(html, "text/html").querySelectorAll("li")]
      .map((item) => [item.textContent, item.getAttribute("title")]);
    return [read(template), read(output)];
  }, [template, output]);
  assert.equal(references.length, 8924);
  assert.equal(ours.length, references.length, "the rebuild keeps every item");
  const differences = references
    .map((reference, index) => ({ reference, ours: ours[index], chromium: browsers[index] }))
    .filter(({ ours, chromium }) => ours[0] !== chromium[0] || ours[1] !== chromium[1]);
  assert.deepEqual(differences.slice(0, 20), [], `${differences.length} references read differently`);
});

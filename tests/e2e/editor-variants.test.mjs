// An action's wordings side by side in the demo editor, served for real and driven in
// headless Chromium: a scenario step opens as a tab per language, each tab counts the
// customers who get its wording (the engine's rule: their language, else the company's, else
// the action's own), a tab keeps its own text and previews one of its readers, a new language
// takes its customers from the fallback, and the action comes out as JSON with its translations.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch, screenshotDir } from "./browser.mjs";

// The sample's scenarios are worded in French (the company's language) with seven translations.
const portfolio = JSON.parse(readFileSync("www/sample-portfolio.json", "utf8"));
/** The step under test: the standard scenario's first reminder e-mail. */
const scenario = portfolio.scenarios.find((s) => s.id === "standard");
const step = scenario.actions.find((action) => action.id === "r1");
const KEY = `scenario:${encodeURIComponent(scenario.id)}:${encodeURIComponent(step.id)}`;
const onScenario = portfolio.customers.filter((customer) => customer.scenario === scenario.id);
const localeOf = (id) => {
  const customer = portfolio.customers.find((c) => c.id === id);
  return customer.locale ?? portfolio.company.locale;
};
const english = JSON.parse(readFileSync("www/editor/words/en.json", "utf8"));
const french = JSON.parse(readFileSync("www/editor/words/fr.json", "utf8"));

let server;
let browser;

before(async () => {
  server = await serve("www");
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh browser profile on the editor, on the sample. */
async function openEditor() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  // The first open's welcome takes room the screenshot is for (it would leave on its own).
  await page.evaluate(() => document.querySelector('[data-notice="welcome"] .notice-close')?.click());
  return { page, context };
}

const tabs = (page) => page.locator("#variant-tabs .variant-tab");
const tab = (page, locale) => page.locator(`#variant-tabs .variant-tab[data-locale="${locale}"]`);

/** `{ locale: readers }` of every tab, in order. */
async function readersByTab(page) {
  const pairs = await tabs(page).evaluateAll((all) => all.map((node) => [node.dataset.locale, Number(node.dataset.readers)]));
  return Object.fromEntries(pairs);
}

/** The editor's first line (CodeMirror draws only the lines in view: the JSON copied says the rest). */
const firstLine = (page) => page.locator(".cm-line").first().textContent();

const previewPage = (page) => page.locator("dunning-preview").evaluate((element) => element.page ?? "");

/** Opens tab `locale` and waits until the preview speaks its language. */
async function openTab(page, locale) {
  await tab(page, locale).locator(".variant-tab-button").click();
  await page.locator(`#variant-tabs .variant-tab.active[data-locale="${locale}"]`).waitFor();
  await page.waitForFunction((locale) => document.getElementById("preview").getAttribute("locale") === locale, locale);
}

test("a scenario step opens as a tab per language, counts who gets each, keeps each tab's text and copies out as JSON", async () => {
  const { page, context } = await openEditor();
  const plainLine = await firstLine(page);
  assert.ok(plainLine.length > 0, "a draft is on screen");

  // The picker lists the step; opening it shows one tab per wording, the action's own first.
  await page.selectOption("#variants-action", KEY);
  await page.locator("#variants").waitFor();
  const languages = [step.locale, ...step.translations.map((t) => t.locale)];
  assert.deepEqual(await tabs(page).evaluateAll((all) => all.map((node) => node.dataset.locale)), languages);
  assert.equal(await page.locator('#variant-tabs .variant-tab[data-own="true"]').getAttribute("data-locale"), step.locale);
  assert.equal(await firstLine(page), step.body.split("\n")[0], "the own wording is in the editor");
  assert.equal(await page.locator("#subject").inputValue(), step.subject);
  assert.equal(await page.locator("#locale").inputValue(), step.locale, "the preview speaks the tab's language");
  assert.ok(await page.locator("#context").isDisabled(), "a step's context is the scenario's");

  // Every customer on the scenario gets exactly one wording.
  const before = await readersByTab(page);
  assert.equal(Object.values(before).reduce((sum, count) => sum + count, 0), onScenario.length, JSON.stringify(before));
  for (const locale of languages) {
    const natives = onScenario.filter((customer) => localeOf(customer.id) === locale).length;
    assert.ok(before[locale] >= natives, `the ${locale} tab reaches at least the ${natives} ${locale} customers`);
  }

  // The German tab: its text, a German customer previewed in German; an edit shows in the preview.
  const germanStep = step.translations.find((t) => t.locale === "de");
  await openTab(page, "de");
  assert.equal(await firstLine(page), germanStep.body.split("\n")[0]);
  assert.equal(await page.locator("#subject").inputValue(), germanStep.subject ?? "");
  const germanCustomer = await page.locator("#customer").inputValue();
  assert.equal(localeOf(germanCustomer), "de", `${germanCustomer} reads German`);
  assert.equal(await page.locator("#preview").getAttribute("customer"), germanCustomer);
  await page.waitForFunction(() => (document.querySelector("dunning-preview").page ?? "").includes("Guten Tag"));
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.insertText("Sehr geehrte Damen und Herren,");
  await page.waitForFunction(() => (document.querySelector("dunning-preview").page ?? "").includes("Sehr geehrte Damen und Herren,"));
  assert.doesNotMatch(await previewPage(page), /Guten Tag/);
  assert.equal(await page.locator("#save-state").textContent(), "Saved");

  // The own (French) tab kept its text; it covers the languages the action lacks (the
  // company's language is French), marked as such.
  await openTab(page, step.locale);
  assert.equal(await firstLine(page), step.body.split("\n")[0]);
  assert.equal(localeOf(await page.locator("#customer").inputValue()), step.locale);
  await page.waitForFunction(() => !(document.querySelector("dunning-preview").page ?? "").includes("Sehr geehrte Damen und Herren,"));
  const fallback = page.locator("#variant-readers .variant-fallback");
  assert.match(await fallback.textContent(), /^language-mismatch\d+ of them get it in place of their language:/);
  const polishBefore = fallback.locator('.variant-language[data-locale="pl"]');
  const polishCustomers = onScenario.filter((customer) => localeOf(customer.id) === "pl").length;
  assert.ok(polishCustomers > 0, "the scenario has Polish customers");
  assert.equal(await polishBefore.locator(".variant-count").textContent(), String(polishCustomers));
  await shoot(page, "editor-variants");
  // Back in German, the edit is still there.
  await openTab(page, "de");
  assert.equal(await firstLine(page), "Sehr geehrte Damen und Herren,");

  // A Polish wording takes the Polish customers from the fallback.
  await page.locator(".variant-add summary").click();
  await page.locator('.variant-add [data-locale="pl"]').click();
  await tab(page, "pl").waitFor();
  assert.equal(await page.locator('#variant-tabs .variant-tab.active').getAttribute("data-locale"), "pl");
  const after = await readersByTab(page);
  assert.equal(after.pl, polishCustomers, JSON.stringify(after));
  const fellBackTo = Object.keys(before).find((locale) => before[locale] - (after[locale] ?? 0) === polishCustomers);
  assert.ok(fellBackTo, `the ${polishCustomers} Polish customers left the tab they fell back to: ${JSON.stringify({ before, after })}`);
  assert.equal(Object.values(after).reduce((sum, count) => sum + count, 0), onScenario.length);
  assert.equal(await page.locator("#variant-readers .variant-fallback").count(), 0, "Polish customers read Polish");
  assert.equal(await firstLine(page), step.body.split("\n")[0], "a new language starts from the own wording");
  assert.equal(await page.locator("#locale").inputValue(), "pl");
  const polishCustomer = await page.locator("#customer").inputValue();
  assert.equal(localeOf(polishCustomer), "pl");
  await openTab(page, fellBackTo);
  assert.equal(await page.locator('#variant-readers .variant-language[data-locale="pl"]').count(), 0, "no longer a fallback");

  // A customer's id previews that customer.
  const id = page.locator("#variant-readers .reach-customer").nth(1);
  const other = await id.getAttribute("data-customer");
  await id.click();
  await page.waitForFunction((other) => document.getElementById("customer").value === other, other);
  assert.equal(await page.locator("#preview").getAttribute("customer"), other);
  assert.ok(await page.locator(`#variant-readers .reach-customer.current[data-customer="${other}"]`).isVisible());

  // The action as JSON: the own wording, the edited German one, the new Polish one.
  await page.locator("#variants-copy").click();
  await page.locator('[data-notice="variant-copy"]').waitFor();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.id, step.id);
  assert.equal(copied.channel, step.channel);
  assert.equal(copied.body, step.body);
  assert.equal(copied.locale, step.locale);
  assert.deepEqual(copied.translations.map((t) => t.locale), [...languages.slice(1), "pl"]);
  const copiedGerman = copied.translations.find((t) => t.locale === "de");
  assert.ok(copiedGerman.body.startsWith("Sehr geehrte Damen und Herren,\n"), copiedGerman.body.slice(0, 40));
  assert.equal(copiedGerman.body.split("\n").slice(1).join("\n"), germanStep.body.split("\n").slice(1).join("\n"));
  assert.equal(copied.translations.find((t) => t.locale === "pl").body, step.body);

  // Kept across a reload: the action is marked edited and reopens as it was left.
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await firstLine(page), plainLine, "the page reopens on the plain draft");
  assert.match(await page.locator(`#variants-action option[value="${KEY}"]`).textContent(), / \(edited\)$/);
  await page.selectOption("#variants-action", KEY);
  assert.deepEqual(Object.keys(await readersByTab(page)), [...languages, "pl"]);
  await openTab(page, "de");
  assert.equal(await firstLine(page), "Sehr geehrte Damen und Herren,");

  // Removing a language gives its customers back to the fallback; Undo restores it.
  assert.equal(await tab(page, "pl").locator(".variant-remove").count(), 0, "only the open translation has its remove button");
  await openTab(page, "pl");
  await tab(page, "pl").locator(".variant-remove").click();
  await tab(page, "pl").waitFor({ state: "detached" });
  assert.deepEqual(await readersByTab(page), before);
  await page.locator('[data-notice="variant-removed"] .notice-action').click();
  await tab(page, "pl").waitFor();

  // The tab bar speaks the editor's language.
  await page.selectOption("#ui-locale", "fr");
  await page.waitForSelector('html[lang="fr"]');
  assert.equal(await page.locator(".variant-add summary").textContent(), french["variants.addLanguage"]);
  assert.equal(await page.locator("#variants-close").textContent(), french["variants.close"]);
  await page.selectOption("#ui-locale", "en");
  await page.waitForSelector('html[lang="en"]');
  assert.equal(await page.locator("#variants-close").textContent(), english["variants.close"]);

  // Closing returns to the plain draft, untouched.
  await page.locator("#variants-close").click();
  await page.locator("#variants").waitFor({ state: "hidden" });
  assert.equal(await firstLine(page), plainLine);
  assert.equal(await page.locator("#variants-action").inputValue(), "");
  assert.ok(await page.locator("#context").isEnabled());
  await context.close();
});

async function shoot(page, name) {
  const path = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path });
  console.log(`screenshot: ${path}`);
}

// The demo template editor, served for real and driven in headless Chromium: completion from
// the catalogue, diagnostics underlined with quick fixes, pickers that re-check, drafts that
// survive a reload. (The preview's own content is tested with <dunning-preview>.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { emptyStorageFiller, fillStorage, launch, screenshotDir } from "./browser.mjs";

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

/** A fresh browser profile (empty localStorage) at 1280×800, on the editor. */
async function openEditor({ locale = "en-GB", route } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  if (route) await page.route(...route);
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  return { page, errors, context };
}

async function reload(page) {
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
}

const content = (page) => page.locator(".cm-content");

/** Replaces the whole template with `text` (one input event). */
async function setTemplate(page, text) {
  await content(page).click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  if (text) await page.keyboard.insertText(text);
}

async function templateText(page) {
  return page.evaluate(() => [...document.querySelectorAll(".cm-line")].map((line) => line.textContent).join("\n"));
}

async function newBlankDraft(page) {
  await page.locator("#new-menu summary").click();
  await page.locator('#new-list [data-ready="0"]').click();
}

async function shoot(page, name) {
  const path = join(screenshotDir(), `${name}.png`);
  await page.screenshot({ path });
  console.log(`screenshot: ${path}`);
}

test("typing #items_am offers the amount hashtags with their types; accepting one inserts it", async () => {
  const { page, errors, context } = await openEditor();
  await newBlankDraft(page);
  await setTemplate(page, "Total due: ");
  await page.keyboard.type("#items_am");
  const list = page.locator(".cm-tooltip-autocomplete");
  await list.waitFor();
  const options = await list.locator("li").evaluateAll((items) =>
    items.map((li) => [li.querySelector(".cm-completionLabel")?.textContent, li.querySelector(".cm-completionDetail")?.textContent]));
  const details = Object.fromEntries(options);
  assert.equal(details["#items_amount_overdue"], "money", JSON.stringify(options));
  assert.equal(details["#items_amount_include_late_penalties"], "money");
  // A scenario action cannot use the selected items: offered apart, saying why.
  assert.equal(details["#items_amount_selected"], "money · specific actions only");
  const sections = await list.locator("completion-section").allTextContents();
  assert.deepEqual(sections, ["Hashtags", "Not usable here"]);
  await shoot(page, "editor-completion");

  await list.locator("li", { hasText: /^#items_amount_overdue/ }).click();
  assert.equal(await templateText(page), "Total due: #items_amount_overdue");
  await page.locator("#status.clean").waitFor();
  assert.match(await page.locator("#status").textContent(), /No problems/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("hashtag descriptions follow the UI language", async () => {
  const { page, errors, context } = await openEditor({ locale: "fr-FR" });
  assert.equal(await page.locator("#ui-locale").inputValue(), "fr", "navigator.language picks the UI language");
  await newBlankDraft(page);
  await setTemplate(page, "");
  await page.keyboard.type("#items_list_ov");
  await page.locator(".cm-completionInfo").waitFor();
  assert.match(await page.locator(".cm-completionInfo").textContent(), /pièces/);
  await page.keyboard.press("Escape");
  // Switching takes effect at once, and throws nothing (it threw "… is not a function").
  await page.selectOption("#ui-locale", "de");
  await setTemplate(page, "");
  await page.keyboard.type("#items_list_ov");
  await page.locator(".cm-completionInfo", { hasText: "offenen Posten" }).waitFor();
  await page.keyboard.press("Escape");
  await reload(page);
  assert.equal(await page.locator("#ui-locale").inputValue(), "de", "the choice is remembered");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a typo is underlined and listed, and its quick fix repairs it", async () => {
  const { page, errors, context } = await openEditor();
  await newBlankDraft(page);
  await setTemplate(page, "");
  await page.keyboard.type("Dear #contact_nme, you owe #items_amount_overdue.");
  // Checked as typed: once the typing stops, one problem is left.
  await page.waitForFunction(() => document.querySelectorAll('#diagnostics li[data-where="body"]').length === 1);
  const underline = page.locator(".cm-lintRange-error");
  assert.equal(await underline.count(), 1);
  assert.equal(await underline.textContent(), "#contact_nme");
  const listed = page.locator('#diagnostics li[data-code="unknown-hashtag"]');
  await listed.waitFor();
  assert.equal(await page.locator('#diagnostics li[data-where="body"]').count(), 1);
  assert.match(await listed.textContent(), /1:6.*unknown hashtag #contact_nme; did you mean #contact_name\?/);
  assert.match(await page.locator("#status").textContent(), /^1 error$/);
  await shoot(page, "editor-typo");

  // The quick fix in the underline's tooltip.
  await underline.hover();
  const action = page.locator(".cm-tooltip-lint .cm-diagnosticAction");
  await action.waitFor();
  assert.equal(await action.textContent(), "Replace with #contact_name");
  await action.click();
  assert.equal(await templateText(page), "Dear #contact_name, you owe #items_amount_overdue.");
  await underline.waitFor({ state: "detached" });
  await page.locator("#status.clean").waitFor();

  // The same fix from the list under the editor.
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" #user_nme");
  await page.locator('#diagnostics li[data-code="unknown-hashtag"] .fix').click();
  assert.equal(await templateText(page), "Dear #contact_name, you owe #items_amount_overdue. #user_name");
  await page.locator("#status.clean").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("switching format, channel and context re-checks the same template", async () => {
  const { page, context } = await openEditor();
  await newBlankDraft(page);
  await setTemplate(page, "Your items:\n\n#items_list\n");
  await page.locator("#status.clean").waitFor();
  await page.selectOption("#channel", "sms");
  await page.locator('#diagnostics li[data-code="channel-not-supported"]').waitFor();
  assert.match(await page.locator("#status").textContent(), /^1 error$/);
  assert.ok(await page.locator("#bold").isDisabled(), "no bold in an SMS");
  assert.match(await page.locator("#format-note").textContent(), /plain text/);
  assert.ok(await page.locator("#subject-row").isHidden(), "an SMS has no subject");

  await page.selectOption("#channel", "email");
  await page.locator("#status.clean").waitFor();
  await page.selectOption("#format", "text");
  assert.ok(await page.locator("#bold").isDisabled(), "no bold in plain text");
  await page.selectOption("#format", "markdown");

  await setTemplate(page, "We note your promise to pay #items_amount_selected.");
  await page.locator('#diagnostics li[data-code="selection-required"]').waitFor();
  assert.ok(await page.locator("#items-field").isHidden());
  await page.selectOption("#context", "specific");
  await page.locator("#status.clean").waitFor();
  // The customer's open items, what is owed selected by default; the preview gets the choice.
  await page.locator("#items-summary").click();
  const boxes = page.locator("#items input[type=checkbox]");
  const checked = () => page.locator("#items input:checked").evaluateAll((all) => all.map((box) => box.value).join(" "));
  const selected = () => page.locator("#preview").getAttribute("selected");
  assert.ok((await checked()).length > 0, "something is selected by default");
  assert.equal(await selected(), await checked());
  for (const box of await boxes.all()) await box.check();
  assert.equal(await selected(), await checked());
  const count = await boxes.count();
  assert.equal(await page.locator("#items-summary").textContent(), `${count} of ${count} selected`);
  await context.close();
});

test("bold, italic and colour write the template's own markup", async () => {
  const { page, context } = await openEditor();
  await newBlankDraft(page);
  await setTemplate(page, "overdue");
  await page.keyboard.press("ControlOrMeta+A");
  await page.locator("#bold").click();
  assert.equal(await templateText(page), "**overdue**");
  await page.locator("#colour-button").click();
  await page.locator('#colour-list [data-colour="#c00000"]').click();
  assert.equal(await templateText(page), '**<span style="color: #c00000">overdue</span>**');
  await page.locator("#status.clean").waitFor();

  await page.selectOption("#format", "html");
  await setTemplate(page, "overdue");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+B");
  await page.locator("#italic").click();
  assert.equal(await templateText(page), "<strong><em>overdue</em></strong>");

  await page.locator("#insert-hashtag").click();
  await page.locator(".cm-tooltip-autocomplete").waitFor();
  await context.close();
});

test("drafts survive a reload: the ready templates, a second named draft, the last one open", async () => {
  const { page, errors, context } = await openEditor();
  const names = () => page.locator("#draft option").allTextContents();
  assert.deepEqual(await names(), [
    "First reminder e-mail",
    "SMS reminder",
    "Standard letter",
    "Formal notice with penalties (registered letter)",
    "Promise of payment e-mail",
  ]);
  await page.locator("#status.clean").waitFor();

  // An edit of the first draft, then a second draft of our own, named and edited.
  await content(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\nP.S. #user_phone");
  await newBlankDraft(page);
  await page.locator("#draft-name").fill("My second draft");
  await setTemplate(page, "Hello #contact_first_name");
  await page.selectOption("#channel", "letter");
  await page.locator("#subject").fill("About #customer_code");
  await page.locator("label", { has: page.locator("#mode-names") }).click();
  assert.equal(await page.locator("#save-state").textContent(), "Saved");

  await reload(page);
  assert.equal(await page.locator("#draft option:checked").textContent(), "My second draft", "the last draft reopens");
  assert.equal(await templateText(page), "Hello #contact_first_name");
  assert.equal(await page.locator("#channel").inputValue(), "letter");
  assert.equal(await page.locator("#subject").inputValue(), "About #customer_code");
  assert.ok(await page.locator("#mode-names").isChecked());
  assert.equal(await page.locator("#preview").getAttribute("show"), "names");

  await page.selectOption("#draft", { label: "First reminder e-mail" });
  assert.match(await templateText(page), /P\.S\. #user_phone$/);

  // Delete, then undo: nothing is lost.
  await page.locator("#draft-delete").click();
  assert.equal((await names()).length, 5);
  await page.locator('[data-notice="deleted"] .notice-action').click();
  assert.equal((await names()).length, 6);
  await reload(page);
  assert.ok((await names()).includes("First reminder e-mail"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("an unreadable saved draft is set aside and reported; the others stay", async () => {
  const { page, context } = await openEditor();
  await page.evaluate(() => localStorage.setItem("dunning.draft.garbled", "{not json"));
  await reload(page);
  const notice = page.locator('[data-notice="aside-dunning.aside.garbled"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /could not be read.*dunning\.aside\.garbled/);
  assert.equal(await page.locator("#draft option").count(), 5);
  assert.equal(await page.evaluate(() => localStorage.getItem("dunning.aside.garbled")), "{not json");
  await context.close();
});

test("a save the browser refuses is reported, and the next change saves again", async () => {
  const { page, context } = await openEditor();
  await newBlankDraft(page);
  await setTemplate(page, "Dear #contact_name");
  await fillStorage(page);
  // More than the filler can leave free (less than one of its keys and a character), so that a
  // save of this typing is refused whatever was left.
  await page.keyboard.type(", hello and welcome back");
  const notice = page.locator('[data-notice="save"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /the browser's storage for this page is full: draft "Untitled draft" was not saved/);
  assert.equal(await page.locator("#save-state").textContent(), "Not saved");

  await emptyStorageFiller(page);
  await page.keyboard.type("!");
  await notice.waitFor({ state: "detached" });
  assert.equal(await page.locator("#save-state").textContent(), "Saved");
  await reload(page);
  assert.equal(await templateText(page), "Dear #contact_name, hello and welcome back!", "nothing typed while it was full is lost");
  await context.close();
});

test("a portfolio that cannot be loaded is reported, and templates are still checked", async () => {
  const { page, context } = await openEditor({
    route: ["**/sample-portfolio.json", (route) => route.fulfill({ status: 200, body: '{"company": {"name": "X"}}' })],
  });
  const notice = page.locator('[data-notice="portfolio"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /sample portfolio could not be loaded \(.*company/);
  await setTemplate(page, "#contact_nme");
  await page.locator('#diagnostics li[data-code="unknown-hashtag"]').waitFor();
  await context.close();
});

test("screenshots of the editor in each channel", async () => {
  const { page, context } = await openEditor();
  for (const [channel, draft] of [
    ["email", "First reminder e-mail"],
    ["sms", "SMS reminder"],
    ["letter", "Standard letter"],
  ]) {
    await page.selectOption("#draft", { label: draft });
    assert.equal(await page.locator("#channel").inputValue(), channel);
    await page.locator("#status.clean").waitFor();
    await shoot(page, `editor-${channel}`);
  }
  await context.close();
});

test("the reach panel shows what the draft does to the sample's customers, and previews one of them", async () => {
  const { page, errors, context } = await openEditor();
  await newBlankDraft(page);
  await setTemplate(page, "");
  await page.keyboard.type("Hello,");
  const reach = page.locator("#reach");
  await reach.locator(".reach-head").waitFor();
  assert.equal(await reach.locator(".reach-line", { hasText: "have no #" }).count(), 0, "no hashtag yet, no value missing");
  const runs = Number(await reach.getAttribute("data-runs"));
  await page.keyboard.type(" #contact_name, please pay #items_amount_overdue.");
  const missing = reach.locator(".reach-line", { hasText: "have no #contact_name" });
  await missing.waitFor();
  assert.match(await missing.textContent(), /^\d+ of \d+ customers have no #contact_name/);
  const negative = reach.locator(".reach-line", { hasText: "would be asked for zero or less (#items_amount_overdue)" });
  await negative.waitFor();
  assert.ok(Number(await reach.getAttribute("data-runs")) > runs, "recomputed as the template changed");
  console.log(`reach over the sample: ${await reach.getAttribute("data-ms")} ms in wasm`);
  const first = missing.locator(".reach-customer").first();
  const id = await first.textContent();
  await first.click();
  await page.waitForFunction((id) => document.getElementById("customer").value === id, id);
  await shoot(page, "editor-reach");

  // A fallback covers the missing names: highlighted as one hashtag, no longer counted.
  await setTemplate(page, "");
  await page.keyboard.type("Dear #contact_name{Sir or Madam},");
  await page.locator(".cm-hashtag", { hasText: "#contact_name{Sir or Madam}" }).waitFor();
  await page.waitForFunction(() => document.querySelector("#reach .reach-head") && !document.querySelector("#reach").textContent.includes("#contact_name"));
  assert.match(await page.locator("dunning-preview").evaluate((el) => el.page), /Dear Sir or Madam,/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the editor previews on the sample's date, and a channel switch closes the completion it offered", async () => {
  const { page, errors, context } = await openEditor();
  const makefile = (await import("node:fs")).readFileSync("Makefile", "utf8");
  const sampleDate = makefile.match(/^SAMPLE_DATE := (\S+)$/m)[1];
  await newBlankDraft(page);
  assert.equal(await page.locator("#date").inputValue(), sampleDate, "the README's promise: the demo opens on the sample's date");
  assert.equal(await page.locator("#preview").getAttribute("date"), sampleDate);
  await setTemplate(page, "");
  await page.keyboard.type("#items_am");
  await page.locator(".cm-tooltip-autocomplete").waitFor();
  await page.selectOption("#channel", "sms");
  await page.locator(".cm-tooltip-autocomplete").waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the envelope-window outline is kept with the draft", async () => {
  const { page, errors, context } = await openEditor();
  await newBlankDraft(page);
  await page.selectOption("#channel", "letter");
  await page.locator("#window").check();
  assert.equal(await page.locator("#preview").getAttribute("window"), "");
  await reload(page);
  assert.equal(await page.locator("#window").isChecked(), true, "ticked after a reload");
  assert.equal(await page.locator("#preview").getAttribute("window"), "");
  assert.deepEqual(errors, []);
  await context.close();
});

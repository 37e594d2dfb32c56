// The demo page, served for real and driven in headless Chromium: a keystroke goes through
// the wasm engine and its diagnostic appears in the DOM.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch, screenshotDir } from "./browser.mjs";

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

async function openEditor() {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  return { page, errors };
}

test("typing a hashtag with a typo shows its diagnostic and fix", async () => {
  const { page, errors } = await openEditor();
  const editor = page.locator("#template");
  await editor.fill("");
  await editor.pressSequentially("Dear #contact_nme, you owe #items_amount_overdue.");
  const diagnostic = page.locator('#diagnostics li[data-code="unknown-hashtag"]');
  await diagnostic.waitFor();
  assert.equal(await page.locator("#diagnostics li").count(), 1);
  assert.match(await diagnostic.textContent(), /1:6.*unknown hashtag #contact_nme; did you mean #contact_name\?/);
  const shot = join(screenshotDir(), "editor-typo.png");
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`screenshot: ${shot}`);

  // Fixing the typo clears the list.
  await editor.fill("Dear #contact_name, you owe #items_amount_overdue.");
  await page.locator("#diagnostics li").first().waitFor({ state: "detached" });
  assert.match(await page.locator("#status").textContent(), /No problems/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("switching the channel to SMS re-checks the same template", async () => {
  const { page } = await openEditor();
  await page.locator("#template").fill("Your items: #items_list");
  await page.locator('#diagnostics li[data-code="block-inline"]').waitFor();
  await page.selectOption("#channel", "sms");
  await page.locator('#diagnostics li[data-code="channel-not-supported"]').waitFor();
  assert.match(await page.locator("#status").textContent(), /1 error/);
  await page.close();
});

test("the catalogue comes from the engine", async () => {
  const { page } = await openEditor();
  const names = await page.locator("#catalogue code").allTextContents();
  assert.ok(names.includes("#items_amount_selected_include_late_penalties"), names.join(" "));
  assert.equal(names.length, 38);
  await page.close();
});

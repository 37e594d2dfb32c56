// <dunning-preview> in a real page (www/embed.html, served), in headless Chromium: renders
// coalesced per task, the sandbox that keeps data and templates from running script in the
// host, SMS counts, e-mail subjects, letters scaled and printed to PDF, errors shown in place.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { serve } from "./serve.mjs";
import { launch, printFrame, screenshotDir } from "./browser.mjs";

const PORTFOLIO = readFileSync("examples/portfolio.json", "utf8");
const OUT = resolve("test-results/preview");

let server;
let browser;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await serve("www");
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A blank host page with one element, the engine loaded, and a log of its events. */
async function host({ width = 1100, height = 900 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(`${server.url}embed.html`);
  await page.waitForSelector("body[data-ready=true]");
  await page.evaluate(() => {
    document.querySelector("main").replaceChildren();
    document.querySelector("main").style.display = "block";
    const element = document.createElement("dunning-preview");
    element.id = "subject";
    document.querySelector("main").append(element);
    window.events = [];
    element.addEventListener("diagnostics", (event) => window.events.push(event.detail));
  });
  return { page, errors };
}

/** Sets properties in one task; resolves with the event of the render they cause, once the
 * frame shows the page (its `data-shown` answers the `data-sent` number). */
async function set(page, properties) {
  return page.evaluate(async (properties) => {
    const element = document.getElementById("subject");
    const frame = element.shadowRoot.querySelector("iframe");
    const before = window.events.length;
    for (const [name, value] of Object.entries(properties)) element[name] = value;
    while (window.events.length === before) await new Promise(requestAnimationFrame);
    while (frame.dataset.sent !== frame.dataset.shown) await new Promise(requestAnimationFrame);
    return window.events.at(-1);
  }, properties);
}

const heading = (page) => page.locator("#subject").locator(".heading");

test("changes made together render once, before the next frame", async () => {
  const { page, errors } = await host();
  const renders = await page.evaluate(async (portfolio) => {
    const element = document.getElementById("subject");
    const frames = async (count) => {
      for (let frame = 0; frame < count; frame++) await new Promise(requestAnimationFrame);
    };
    await frames(2);
    let start = window.events.length;
    element.portfolio = portfolio;
    element.customer = "C001";
    element.channel = "email";
    element.locale = "de";
    element.template = "Hallo #contact_name";
    element.setAttribute("date", "2026-11-22");
    await frames(4);
    const first = window.events.length - start;
    start = window.events.length;
    element.template = "Hallo #contact_name, #items_amount_overdue";
    element.template = "Hallo #contact_name, #items_amount_overdue.";
    await frames(4);
    return [first, window.events.length - start];
  }, PORTFOLIO);
  assert.deepEqual(renders, [1, 1]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an SMS shows as a bubble with its characters, encoding and segments", async () => {
  const { page } = await host({ width: 700 });
  const short = await set(page, { portfolio: PORTFOLIO, customer: "C001", channel: "sms", format: "text", template: "Pay #items_amount_overdue at #payment_link" });
  assert.equal(short.sms.segments, 1);
  assert.equal(await heading(page).getAttribute("data-segments"), "1");
  assert.equal(await heading(page).getAttribute("data-encoding"), "GSM-7");
  const bubble = page.frameLocator("#subject >> iframe").locator(".bubble");
  assert.equal(await bubble.textContent(), "Pay 1 050,00 € at https://pay.acme.example/411DUP");

  const long = await set(page, { template: "Reminder: ".repeat(20) + "#items_amount_overdue" });
  assert.equal(long.sms.segments, 2);
  assert.equal(await heading(page).getAttribute("data-segments"), "2");
  const unicode = await set(page, { template: "Rappel 😀 #customer_name" });
  assert.equal(unicode.sms.encoding, "ucs-2");
  assert.match(await heading(page).textContent(), /characters · Unicode \(UCS-2\) · 1 SMS$/, "the engine's words (issue 17)");
  const shot = join(screenshotDir(), "preview-sms.png");
  await page.locator("#subject").screenshot({ path: shot });
  console.log(`screenshot: ${shot}`);
  await page.close();
});

test("an e-mail shows its rendered subject above the body", async () => {
  const { page } = await host();
  const detail = await set(page, {
    portfolio: PORTFOLIO, customer: "C002", channel: "email", subject: "Konto #customer_code: Zahlungserinnerung",
    template: "Guten Tag #contact_name,\n\n#items_list_overdue",
  });
  assert.equal(detail.subject.text, "Konto 411MUL: Zahlungserinnerung");
  assert.match(await heading(page).textContent(), /^SubjectKonto 411MUL: Zahlungserinnerung$/);
  const table = page.frameLocator("#subject >> iframe").locator("table.dunning-items");
  assert.equal(await table.count(), 1);
  assert.equal(await page.locator("#subject").locator(".print").isHidden(), true, "no print button for e-mails");
  await page.close();
});

test("hostile data and templates never run script in the host page", async () => {
  const { page, errors } = await host();
  const hostile = JSON.parse(PORTFOLIO);
  hostile.customers[0].name = '<img src=x onerror="window.parent.__pwned=1;window.top.__pwned=1">';
  hostile.customers[0].contacts[0].last_name = "<script>top.__pwned=1</script>";
  const templates = [
    ["html", '<script>window.parent.__pwned=1</script><img src=x onerror="parent.__pwned=1"><a href="javascript:top.__pwned=1">x</a> #customer_name #contact_name'],
    ["markdown", '<img src=x onerror="parent.__pwned=1"> [pay](javascript:top.__pwned=1) #customer_name\n\n<style>body{display:none}</style>'],
    ["text", "#customer_name <script>parent.__pwned=1</script>"],
  ];
  for (const channel of ["email", "letter", "sms"]) {
    for (const [format, template] of templates) {
      await set(page, { portfolio: JSON.stringify(hostile), customer: "C001", channel, format, template });
      await page.waitForTimeout(50);
    }
  }
  // The frame is sandboxed (its own script, an opaque origin), and the data prints as text.
  assert.equal(await page.locator("#subject").locator("iframe").getAttribute("sandbox"), "allow-scripts allow-modals");
  await set(page, { channel: "email", format: "text", template: "#customer_name" });
  const shown = await page.frameLocator("#subject >> iframe").locator("body").textContent();
  assert.match(shown, /<img src=x onerror=/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const inside = page.frames().find((frame) => frame !== page.mainFrame());
  assert.equal(await inside.evaluate(() => window.__pwned), undefined, "nothing of the data ran in the frame either");
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), "block", "the template's CSS stays in its frame");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a letter shows on scaled sheets, outlines its window on request, and prints to PDF page by page", async () => {
  const { page } = await host({ width: 760, height: 900 });
  const many = JSON.parse(PORTFOLIO);
  for (let n = 0; n < 60; n++) {
    many.items.push({
      id: `x${n}`, customer: "C001", kind: "invoice", reference: `F2026-${1000 + n}`, issue_date: "2026-08-01",
      due_date: "2026-09-15", amount: "100.00", outstanding: "100.00", currency: "EUR",
    });
  }
  await set(page, { portfolio: PORTFOLIO, customer: "C001", channel: "registered_letter", template: "Madame, Monsieur,\n\n#items_list_overdue", date: "2026-11-22" });
  const frame = page.locator("#subject").locator("iframe");
  const transform = await frame.evaluate((element) => getComputedStyle(element).transform);
  const scale = Number(/matrix\(([\d.]+)/.exec(transform)?.[1]);
  assert.ok(scale > 0.7 && scale < 0.9, `sheets scaled to the element's width: ${transform}`);
  assert.equal(await page.locator("#subject").locator(".print").isVisible(), true, "letters can be printed");

  const outlineOf = () => page.frameLocator("#subject >> iframe").locator(".window").evaluate((w) => getComputedStyle(w).outlineStyle);
  assert.equal(await outlineOf(), "none");
  await set(page, { window: true });
  assert.equal(await outlineOf(), "dashed");
  const shot = join(screenshotDir(), "preview-letter.png");
  await page.locator("#subject").screenshot({ path: shot });
  console.log(`screenshot: ${shot}`);

  const pagesOf = async (portfolio, name) => {
    await set(page, { portfolio, window: false });
    // What the frame shows, laid out on its sheets (continuation headers), as it prints.
    const pdf = join(OUT, `${name}.pdf`);
    await printFrame(page, browser, pdf);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]);
    // The bar says the count the frame laid out, which is what the printer makes of the
    // document the element shows.
    assert.equal(await heading(page).getAttribute("data-sheets"), String(pages), `${name}: the bar's count of sheets`);
    assert.match(await heading(page).textContent(), new RegExp(`Sheets: ${pages}$`));
    return pages;
  };
  assert.equal(await pagesOf(PORTFOLIO, "letter-2-items"), 1);
  // Issue 15's tighter layout (8 pt rows of about 4.4 mm) puts 62 items on two sheets; the
  // table's header repeats on the second, under the continuation sheet's header.
  assert.equal(await pagesOf(JSON.stringify(many), "letter-62-items"), 2);
  const continued = await page.frameLocator("#subject >> iframe").locator(".body .continued").textContent();
  assert.match(continued, /^Acme Industries SAS · Dupont SARL \(411DUP\)Page 2 sur 2$/);
  await page.close();
});

test("the names mode shows each hashtag by its name", async () => {
  const { page } = await host();
  await set(page, { portfolio: PORTFOLIO, customer: "C001", channel: "email", template: "Dear #contact_name,\n\n#items_list", show: "names" });
  const body = page.frameLocator("#subject >> iframe").locator("body");
  assert.deepEqual(await body.locator(".dunning-name").allTextContents(), ["#contact_name", "#items_list"]);
  await set(page, { mode: "sample" }); // the attribute's former name and word still work
  assert.equal(await body.locator(".dunning-name").count(), 0);
  assert.match(await body.textContent(), /^Dear M\. Jean Dupont,/);
  await page.close();
});

test("what cannot render is said in the element, not thrown at the host", async () => {
  const { page, errors } = await host();
  const noData = await set(page, { customer: "C001", template: "Hello" });
  assert.match(noData.error, /portfolio/);
  const unknown = await set(page, { portfolio: PORTFOLIO, customer: "C404" });
  assert.equal(unknown.error, 'unknown customer "C404"');
  assert.match(await heading(page).textContent(), /unknown customer "C404"/);
  const badChannel = await set(page, { customer: "C001", channel: "fax" });
  assert.match(badChannel.error, /unknown channel "fax"/);
  const badJson = await set(page, { channel: "email", portfolio: '{"company": {"name": 1}}' });
  assert.match(badJson.error, /company\.name: invalid type/);
  const fine = await set(page, { portfolio: PORTFOLIO });
  assert.equal(fine.error, undefined);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a loaded Portfolio object can be given, and replaced", async () => {
  const { page, errors } = await host();
  const [before, after] = await page.evaluate(async (text) => {
    const { Portfolio } = await import("./pkg/dunning.js");
    const element = document.getElementById("subject");
    const portfolio = Portfolio.fromJson(text);
    const rendered = async () => {
      const count = window.events.length;
      element.template = `${element.template} `;
      while (window.events.length === count) await new Promise(requestAnimationFrame);
      return element.page;
    };
    element.portfolio = portfolio;
    Object.assign(element, { customer: "C001", channel: "email", template: "#items_amount" });
    const before = await rendered();
    const data = JSON.parse(portfolio.toJson());
    data.items[0].outstanding = "0";
    const paid = Portfolio.fromJson(JSON.stringify(data));
    element.portfolio = paid;
    return [before, await rendered()];
  }, PORTFOLIO);
  assert.match(before, /1\u202f050,00/);
  assert.match(after, /-150,00/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the host page's own CSS for the element cannot collapse the preview, and a narrow sheet is centred", async () => {
  const { page, errors } = await host({ width: 1400, height: 900 });
  // The rule most portals write for a custom element, and the element in a grid cell.
  await page.addStyleTag({ content: "dunning-preview { display: block } main { display: grid !important; grid-template-columns: 1fr; }" });
  await set(page, { portfolio: PORTFOLIO, customer: "C001", channel: "letter", template: "Madame, Monsieur,\n\n#items_list_overdue", date: "2026-11-22" });
  const box = await page.locator("#subject").locator("iframe").boundingBox();
  assert.ok(box && box.height > 300, `the frame keeps its height: ${JSON.stringify(box)}`);
  const element = await page.locator("#subject").boundingBox();
  const left = box.x - element.x;
  const right = element.x + element.width - (box.x + box.width);
  assert.ok(Math.abs(left - right) < 4 && left > 50, `the 880 px sheet is centred in a ${element.width} px element (${left}, ${right})`);
  assert.match(await page.frameLocator("#subject >> iframe").locator("body").textContent(), /Madame, Monsieur/);
  await page.locator("#subject").screenshot({ path: join(screenshotDir(), "preview-host-css.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

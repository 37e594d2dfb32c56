// The agenda page as a collector uses it (www/agenda.html), served for real and driven in
// headless Chromium on the generated sample: the row preview is a drawer over the page that
// leaves the table as it was (every column, every name, at 1280 and 1024 px) and gives the
// focus back; alerts, amounts and dates in the reader's locale (the editor's language, else
// the browser's); what the page says after a confirmation (the engine's send_at, never a past
// day as to come) and after a completion (a next step already due says it is late); the
// history and its CSV by invoice numbers, with the overdue amount and its currency.
//
// The expectations come from the same engine run in Node (www/pkg, the build the page loads),
// and the expected formats from Node's Intl (the same CLDR data as Chromium's).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { serve } from "./serve.mjs";
import { launch } from "./browser.mjs";
import { parseCsv, row, rows, tab } from "./agenda-page.mjs";
import init, { Portfolio } from "../../www/pkg/dunning.js";

const SAMPLE_TEXT = readFileSync("www/sample-portfolio.json", "utf8");
const SAMPLE = JSON.parse(SAMPLE_TEXT);
const SAMPLE_DATE = readFileSync("Makefile", "utf8").match(/^SAMPLE_DATE := (\S+)$/m)[1];
const OUT = resolve("test-results/agenda-collector");
const ITEM_IDS = new Set(SAMPLE.items.map((item) => item.id));
const REFERENCES = new Set(SAMPLE.items.map((item) => item.reference));
/** An internal item id (`C0170-01`), which a collector never sees. */
const ITEM_ID = /\bC\d{4}-\d{2}\b/;

let server;
let browser;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  await init({ module_or_path: readFileSync("www/pkg/dunning_bg.wasm") });
  server = await serve("www");
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The sample as the page starts with it, in the engine (a fresh copy: `complete` changes it). */
function engine() {
  return Portfolio.fromJson(SAMPLE_TEXT);
}

const date = (locale, options) => new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options });
const longDate = (locale, day) => date(locale, { weekday: "short", day: "numeric", month: "short" }).format(new Date(`${day}T00:00:00Z`));
const money = (locale, amount, currency) => new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount);
const daysLate = (day) => Math.round((Date.parse(SAMPLE_DATE) - Date.parse(day)) / 86_400_000);

/** A fresh browser profile at `width`×800 in `locale`, on the agenda. */
async function openAgenda({ width = 1280, locale = "en-GB", context } = {}) {
  context ??= await browser.newContext({ viewport: { width, height: 800 }, locale, acceptDownloads: true });
  const page = await context.newPage();
  // Fail in seconds, not never, if a control is covered or missing.
  page.setDefaultTimeout(20_000);
  await page.goto(`${server.url}agenda.html`);
  await page.waitForSelector("body[data-ready=true]");
  return { page, context };
}

/** Each column header's box, whether each is shown, and the customer names cut short. */
function layout(page, tab) {
  return page.locator(`#panel-${tab}`).evaluate((panel) => {
    const box = panel.getBoundingClientRect();
    const columns = [...panel.querySelectorAll("thead th")].map((th) => {
      const { left, width } = th.getBoundingClientRect();
      return { name: th.textContent, left: Math.round(left), width: Math.round(width), display: getComputedStyle(th).display };
    });
    const rows = [...panel.querySelectorAll("tbody tr")].slice(0, 40);
    const hiddenCells = rows.flatMap((tr) => [...tr.cells].filter((td) => getComputedStyle(td).display === "none" || td.getBoundingClientRect().width === 0));
    const cut = [...panel.querySelectorAll(".cell-customer .main, .cell-items .main")]
      .filter((node) => node.scrollWidth > node.clientWidth + 1).map((node) => node.textContent);
    return {
      columns, hiddenCells: hiddenCells.length, cut,
      overflows: panel.scrollWidth > panel.clientWidth + 1,
      inside: columns.every((column) => column.left >= box.left - 1 && column.left + column.width <= box.right + 1),
    };
  });
}


for (const width of [1280, 1024]) {
  test(`at ${width} px the preview opens as a drawer over the page: the table keeps its width and every column; Escape closes it and the focus returns to the row`, async () => {
    const { page, context } = await openAgenda({ width });
    for (const name of ["automatic", "manual"]) {
      await tab(page, name);
      const before = await layout(page, name);
      assert.ok(before.columns.length >= 7, `${name}: ${before.columns.map((column) => column.name)}`);
      assert.equal(before.hiddenCells, 0);
      assert.deepEqual(before.cut, [], "no name is cut even without the preview");

      // Opened from the keyboard, from the row's Preview button.
      const target = (await rows(page, name))[3];
      await row(page, name, target).locator('[data-role="open"]').focus();
      await page.keyboard.press("Enter");
      const drawer = page.locator("#action-preview");
      await drawer.waitFor();
      // Measured once it has slid in.
      await drawer.evaluate((node) => Promise.all(node.getAnimations().map((animation) => animation.finished)));
      assert.equal(await drawer.evaluate((node) => node.open && node.matches(":modal")), true, "a modal dialog");
      assert.equal(await page.evaluate(() => document.getElementById("action-preview").contains(document.activeElement)), true, "the focus moves into it");
      assert.equal(await page.getAttribute("#preview", "customer"), target.customer);
      const box = await drawer.boundingBox();
      assert.equal(Math.round(box.x + box.width), width, "at the right edge");
      assert.equal(Math.round(box.height), 800, "the whole height");

      const open = await layout(page, name);
      assert.deepEqual(open.columns, before.columns, "every column header keeps its box: nothing squeezed, nothing hidden");
      assert.equal(open.hiddenCells, 0);
      assert.deepEqual(open.cut, [], "customer names and items are not cut");
      assert.equal(open.overflows, before.overflows);
      assert.equal(open.inside, true, "every column within the table's pane");
      assert.match(await row(page, name, target).getAttribute("class"), /opened/);
      if (width === 1280 && name === "automatic") {
        await page.waitForFunction(() => document.getElementById("preview").page?.length > 0);
        await page.waitForTimeout(300);
        await page.screenshot({ path: "/tmp/agenda-drawer.png" });
        console.log("screenshot: /tmp/agenda-drawer.png");
      }

      await page.keyboard.press("Escape");
      await drawer.waitFor({ state: "hidden" });
      assert.deepEqual(await page.evaluate(() => {
        const tr = document.activeElement.closest("tr");
        return [document.activeElement.dataset.role, tr?.dataset.customer, tr?.dataset.action];
      }), ["open", target.customer, target.action], "the focus is back on the row");
      assert.doesNotMatch(await row(page, name, target).getAttribute("class"), /opened/);
      assert.deepEqual((await layout(page, name)).columns, before.columns);

      // The close button closes it too, and a click on a row opens it.
      await row(page, name, target).locator(".cell-date").click();
      await drawer.waitFor();
      await page.click("#preview-close");
      await drawer.waitFor({ state: "hidden" });
      assert.equal(await page.evaluate(() => document.activeElement.closest("tr")?.dataset.customer), target.customer);
    }
    await context.close();
  });
}

test("the drawer steps through the list and confirms the row it shows", async () => {
  const { page, context } = await openAgenda();
  await tab(page, "automatic");
  const list = await rows(page, "automatic");
  const at = list.findIndex((each) => each.state === "overdue_unconfirmed");
  assert.ok(at > 0);
  await row(page, "automatic", list[at - 1]).locator('[data-role="open"]').click();
  assert.equal(await page.textContent("#preview-position"), `${at} / ${list.length}`);
  await page.click("#preview-next");
  assert.equal(await page.getAttribute("#preview", "customer"), list[at].customer);
  assert.equal(await page.textContent("#preview-position"), `${at + 1} / ${list.length}`);
  await page.click('#preview-act [data-role="confirm"]');
  await row(page, "automatic", list[at]).and(page.locator('[data-state="confirmed"]')).waitFor({ state: "attached" });
  assert.equal(await page.locator("#action-preview").evaluate((node) => node.open), true, "the drawer stays on the row");
  assert.equal(await page.locator('#preview-facts [data-state]').getAttribute("data-state"), "confirmed");
  assert.equal(await page.locator('#preview-act [data-role]').getAttribute("data-role"), "complete");
  await page.click("#preview-previous");
  assert.equal(await page.getAttribute("#preview", "customer"), list[at - 1].customer);
  await page.keyboard.press("Escape");
  await context.close();
});

/** The alert of rule `rule` for `customer`, as the alerts tab shows it. */
function alertCell(page, rule, customer) {
  return page.locator(`#panel-alerts tr[data-rule="${rule}"][data-customer="${customer}"] .cell-detail`);
}

test("alerts say their amounts and dates for an English reader", async () => {
  const { page, context } = await openAgenda({ locale: "en-GB" });
  await tab(page, "alerts");
  const alerts = engine().agenda(SAMPLE_DATE).alerts;
  const due = alerts.find((alert) => alert.findings.some((found) => found.condition === "due_within_days"));
  const cell = await alertCell(page, due.rule, due.customer).textContent();
  const outstanding = due.findings.find((found) => found.condition === "outstanding_above");
  const dueSoon = due.findings.find((found) => found.condition === "due_within_days");
  assert.ok(cell.includes(money("en-GB", outstanding.amount, outstanding.currency)), cell);
  assert.ok(cell.includes(`${dueSoon.reference} due ${longDate("en-GB", dueSoon.due_date)}`), cell);
  assert.ok(!cell.includes(outstanding.amount) && !cell.includes(dueSoon.due_date), `nothing left unformatted: ${cell}`);
  // Every alert of the sample: each finding said, no raw engine amount.
  for (const alert of alerts) {
    const text = await alertCell(page, alert.rule, alert.customer).textContent();
    for (const found of alert.findings) {
      if (found.amount) assert.ok(text.includes(money("en-GB", found.amount, found.currency)) && !text.includes(found.amount), text);
      if (found.reference) assert.ok(text.includes(found.reference), text);
      if (found.days) assert.ok(text.includes(`${found.days} ${found.days === 1 ? "day" : "days"}`), text);
    }
  }
  await context.close();
});

test("alerts, dates and amounts follow a French reader: the browser's language, or the editor's when one was chosen", async () => {
  const alerts = engine().agenda(SAMPLE_DATE).alerts;
  const alert = alerts.find((each) => each.customer === "C0054" && each.findings.some((found) => found.condition === "outstanding_above"))
    ?? alerts.find((each) => each.findings.some((found) => found.condition === "outstanding_above"));
  const outstanding = alert.findings.find((found) => found.condition === "outstanding_above");
  const french = money("fr-FR", outstanding.amount, outstanding.currency);
  assert.match(french, /^\d{1,3}(\u202f\d{3})*,\d{2}\u00a0€$/, "CLDR's French: narrow no-break spaces");

  // A browser in French.
  {
    const { page, context } = await openAgenda({ locale: "fr-FR" });
    await tab(page, "alerts");
    const text = await alertCell(page, alert.rule, alert.customer).textContent();
    assert.ok(text.includes(french), `${JSON.stringify(french)} in ${JSON.stringify(text)}`);
    assert.ok(!text.includes(money("en-GB", outstanding.amount, outstanding.currency)));
    const dueSoon = alert.findings.find((found) => found.condition === "due_within_days");
    if (dueSoon) assert.ok(text.includes(longDate("fr-FR", dueSoon.due_date)), text);
    assert.match(await page.textContent("#date-note"), /generated for lun\. 23 nov\. 2026/);
    // The shot shows the rules with a date and an amount (the last ones).
    await page.locator("#panel-alerts tr.alert-row").last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await page.screenshot({ path: "/tmp/agenda-alerts-fr.png" });
    console.log("screenshot: /tmp/agenda-alerts-fr.png");
    await context.close();
  }

  // A browser in English whose reader chose French in the editor: the agenda follows the editor.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB" });
    const editor = await context.newPage();
    editor.setDefaultTimeout(20_000);
    await editor.goto(`${server.url}index.html`);
    await editor.waitForSelector("#ui-locale option[value=fr]", { state: "attached" });
    await editor.selectOption("#ui-locale", "fr");
    await editor.waitForFunction(() => document.documentElement.lang === "fr");
    await editor.close();
    const { page } = await openAgenda({ context });
    await tab(page, "alerts");
    const text = await alertCell(page, alert.rule, alert.customer).textContent();
    assert.ok(text.includes(french), `the editor's French: ${JSON.stringify(text)}`);
    // Everywhere on the page: the table's dates, the chart, the history's amounts.
    await tab(page, "manual");
    const first = (await rows(page, "manual"))[0];
    assert.equal(await row(page, "manual", first).locator(".cell-date time").getAttribute("title"), longDate("fr", first.date));
    assert.match(await page.textContent("#chart-range"), / nov\. – /);
    await tab(page, "history");
    const history = engine().history({});
    const owed = history[0].overdue[0];
    assert.equal(await page.locator("#panel-history tr.history-row").first().locator(".cell-amount").textContent(), money("fr", owed.amount, owed.currency));
    await context.close();
  }
});

test("after completing a call whose next step is already due, the message says it is late, in the state's colour", async () => {
  // From the engine: late manual actions whose next step, once they are done, is due already.
  const before = engine();
  const candidates = before.agenda(SAMPLE_DATE).actions.filter((action) => action.mode === "manual" && action.state === "late");
  const cases = [];
  for (const action of candidates) {
    const after = engine();
    after.complete(action.customer, action.action, SAMPLE_DATE);
    const next = after.agenda(SAMPLE_DATE).actions.find((each) => each.customer === action.customer);
    after.free();
    if (next && next.date < SAMPLE_DATE && (next.mode === "manual" || next.state === "overdue_unconfirmed")) cases.push({ action, next });
  }
  const manual = cases.find(({ next }) => next.mode === "manual");
  const toConfirm = cases.find(({ action, next }) => next.state === "overdue_unconfirmed" && action.customer !== manual?.action.customer);
  assert.ok(manual && toConfirm, "the sample has both");

  const { page, context } = await openAgenda();
  for (const { action, next } of [manual, toConfirm]) {
    await row(page, "manual", action).locator('[data-role="complete"]').click();
    await row(page, "manual", action).waitFor({ state: "detached" });
    const notice = page.locator('[data-notice="done"]');
    const text = await notice.textContent();
    const late = daysLate(next.date);
    const expected = `due since ${longDate("en-GB", next.date)} (${late} ${late === 1 ? "day" : "days"} late)`;
    assert.ok(text.includes(expected), `${JSON.stringify(expected)} in ${JSON.stringify(text)}`);
    assert.match(text, /is done; next: “/);
    if (next.state === "overdue_unconfirmed") assert.match(text, /To confirm, overdue due since/, "its state says what it waits for");
    const step = notice.locator(".next-step");
    assert.equal(await step.getAttribute("data-state"), next.state);
    assert.match(await step.locator(".state").getAttribute("class"), /state-red/, "late: red, as its row");
    assert.equal(await step.locator(".state .dot").evaluate((dot) => getComputedStyle(dot).backgroundColor), "rgb(220, 38, 38)");
  }
  await page.screenshot({ path: join(OUT, "late-next-step.png") });
  await context.close();
});

test("confirming an overdue letter says it goes out today, never on its past date; an e-mail already due goes out now", async () => {
  const agenda = engine().agenda(SAMPLE_DATE, { now: "10:30" });
  const letter = agenda.actions.find((action) => action.channel === "letter" && action.state === "overdue_unconfirmed" && action.date < SAMPLE_DATE);
  const email = agenda.actions.find((action) => action.channel === "email" && action.state === "overdue_unconfirmed" && action.date < SAMPLE_DATE);

  const { page, context } = await openAgenda();
  await tab(page, "automatic");
  await row(page, "automatic", letter).locator('[data-role="confirm"]').click();
  await row(page, "automatic", letter).and(page.locator('[data-state="confirmed"]')).waitFor();
  let text = await page.textContent('[data-notice="done"]');
  assert.ok(text.includes(`is confirmed: it goes out today (${longDate("en-GB", SAMPLE_DATE)})`), text);
  assert.ok(!text.includes(longDate("en-GB", letter.date)), `not its past date: ${text}`);

  await page.fill("#now", "10:30");
  await row(page, "automatic", email).locator('[data-role="confirm"]').click();
  await row(page, "automatic", email).and(page.locator('[data-state="confirmed"]')).waitFor();
  text = await page.textContent('[data-notice="done"]');
  assert.match(text, /is confirmed: it goes out now \(10:30\)/);
  await context.close();
});

test("the history and its CSV name the invoices (never internal ids), with the overdue amount and its currency", async () => {
  const { page, context } = await openAgenda();
  // A completion of this session is listed first, with its invoices.
  const done = (await rows(page, "manual")).find((action) => action.state === "late" && SAMPLE.items.filter((item) => item.customer === action.customer).length > 1);
  await row(page, "manual", done).locator('[data-role="complete"]').click();
  await row(page, "manual", done).waitFor({ state: "detached" });
  await tab(page, "history");

  const expected = engine();
  expected.complete(done.customer, done.action, SAMPLE_DATE, await page.inputValue("#user"));
  const history = expected.history({});
  const shown = await page.locator("#panel-history tr.history-row").evaluateAll((trs) => trs.map((tr) => ({
    customer: tr.dataset.customer,
    items: tr.querySelector(".cell-items").textContent,
    overdue: tr.querySelector(".cell-amount").textContent,
    text: tr.textContent,
  })));
  assert.equal(shown.length, history.length);
  assert.equal(shown[0].customer, done.customer);
  const headers = await page.locator("#panel-history th").allTextContents();
  assert.deepEqual(headers, ["Done on", "Customer", "Action", "Channel", "Items", "Overdue", "By"]);
  shown.forEach((tr, index) => {
    const entry = history[index];
    assert.doesNotMatch(tr.text, ITEM_ID, `no internal id: ${tr.text}`);
    assert.equal(tr.items, entry.references.join(", "));
    for (const reference of tr.items.split(", ")) assert.ok(REFERENCES.has(reference) && !ITEM_IDS.has(reference), reference);
    assert.equal(tr.overdue, entry.overdue.length ? entry.overdue.map(({ amount, currency }) => money("en-GB", amount, currency)).join("") : "—");
  });
  assert.match(shown[0].items, /^FA2026-/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#history-csv")]);
  const path = join(OUT, download.suggestedFilename());
  await download.saveAs(path);
  const text = readFileSync(path, "utf8");
  assert.equal(text, expected.historyCsv({}), "the engine's CSV, as it is");
  const [header, ...records] = parseCsv(text);
  for (const column of ["customer_name", "references", "overdue_amount", "currency"]) assert.ok(header.includes(column), column);
  assert.ok(!header.includes("items"), "no column of internal ids");
  assert.doesNotMatch(text, ITEM_ID, "no internal item id anywhere in the file");
  const column = (name) => header.indexOf(name);
  assert.equal(records.length, history.length);
  records.forEach((record, index) => {
    const entry = history[index];
    assert.equal(record[column("customer_name")], entry.customer_name);
    assert.deepEqual(record[column("references")].split(" "), entry.references);
    for (const reference of entry.references) assert.ok(REFERENCES.has(reference) && !ITEM_IDS.has(reference), reference);
    if (entry.overdue.length === 1) {
      assert.equal(record[column("overdue_amount")], entry.overdue[0].amount);
      assert.equal(record[column("currency")], entry.overdue[0].currency);
    }
  });
  assert.deepEqual(records[0].slice(0, 2), [SAMPLE_DATE, done.customer]);
  await context.close();
});

// The demo's agenda page (www/agenda.html), served for real and driven in headless Chromium on
// the generated sample portfolio: the engine's agenda shown faithfully (checked against the
// CLI's), dates that move states, confirm and complete, the history CSV, batch letters printed
// to PDF, filters and the signed-in user, the preview of a row, and a portfolio that survives
// reloads (and a full storage) until "Reset sample".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { serve } from "./serve.mjs";
import { emptyStorageFiller, fillStorage, launch, printFrame, screenshotDir } from "./browser.mjs";
import { addDays, series } from "../../www/agenda/chart.js";
import { parseCsv, row, rows, tab } from "./agenda-page.mjs";

const DUNNING = resolve(process.env.DUNNING_BIN ?? "target/debug/dunning");
const SAMPLE_PATH = "www/sample-portfolio.json";
const SAMPLE = JSON.parse(readFileSync(SAMPLE_PATH, "utf8"));
const SAMPLE_DATE = readFileSync("Makefile", "utf8").match(/^SAMPLE_DATE := (\S+)$/m)[1];
const OUT = resolve("test-results/agenda");
const LETTERS = new Set(["letter", "registered_letter", "electronic_registered_letter"]);
/** scenarios-agenda.md, "State and colour of each action". */
const COLOUR_OF = {
  late: "red", current: "red", upcoming: "blue", confirmed: "green",
  overdue_unconfirmed: "red", upcoming_unconfirmed: "white", error: "yellow",
};

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

/** The CLI's agenda of the sample on `date` (the same engine, natively). */
function cliAgenda(date, ...args) {
  return JSON.parse(execFileSync(DUNNING, ["agenda", "--data", SAMPLE_PATH, "--date", date, ...args], { encoding: "utf8" }));
}

/** A fresh browser profile (empty localStorage) at 1280×800, on the agenda. */
async function openAgenda() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB", acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(`${server.url}agenda.html`);
  await page.waitForSelector("body[data-ready=true]");
  return { page, errors, context };
}

async function reload(page) {
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
}

/** The rows of a tab's table, as the page marks them. */
async function shoot(page, name, locator) {
  const path = join(screenshotDir(), `${name}.png`);
  await (locator ?? page).screenshot({ path });
  console.log(`screenshot: ${path}`);
}

const customerOf = (id) => SAMPLE.customers.find((customer) => customer.id === id);


test("the page opens on the sample's date and shows the engine's agenda, each row in its state's colour", async () => {
  const { page, errors, context } = await openAgenda();
  assert.equal(await page.inputValue("#date"), SAMPLE_DATE, "the Makefile's SAMPLE_DATE");
  assert.match(await page.textContent("#date-note"), /generated for Mon, 23 Nov 2026/, "the date as en-GB writes it");
  const expected = cliAgenda(SAMPLE_DATE);
  assert.equal(await page.textContent("#scheduled"), String(expected.indicators.scheduled));
  assert.equal(await page.textContent("#to-complete"), String(expected.indicators.to_complete));

  const manual = await rows(page, "manual");
  const automatic = await rows(page, "automatic");
  const shown = (list) => list.map(({ customer, action, state, colour, date }) => ({ customer, action, state, colour, date }));
  const cli = (list) => list.map(({ customer, action, state, colour, date }) => ({ customer, action, state, colour, date }));
  assert.deepEqual(shown(manual), cli(expected.actions.filter((action) => action.mode === "manual")), "manual tab = the CLI's manual actions, in order");
  assert.deepEqual(shown(automatic), cli(expected.actions.filter((action) => action.mode !== "manual")), "automatic tab = the rest");
  for (const action of [...manual, ...automatic]) assert.equal(action.colour, COLOUR_OF[action.state], JSON.stringify(action));
  const states = new Set([...manual, ...automatic].map((action) => action.state));
  assert.deepEqual([...states].sort(), Object.keys(COLOUR_OF).sort(), "the sample shows every state on its date");

  // Each row carries its colour (bar and pill), and the legend explains the five.
  const first = page.locator("#panel-manual tr.action-row").first();
  assert.equal(await first.locator("td").first().evaluate((td) => getComputedStyle(td).boxShadow), "rgb(220, 38, 38) 4px 0px 0px 0px inset");
  assert.deepEqual(await page.locator("#legend li").evaluateAll((items) => items.map((item) => item.dataset.colour)),
    ["red", "blue", "green", "white", "yellow"]);
  // Errors show their reason.
  await tab(page, "automatic");
  const error = expected.actions.find((action) => action.error);
  assert.match(await row(page, "automatic", error).locator(".error-chip").getAttribute("title"), new RegExp(error.error));
  await shoot(page, "agenda-automatic-colours");
  await tab(page, "manual");
  await shoot(page, "agenda-manual");
  assert.deepEqual(errors, []);
  await context.close();
});

test("changing the date moves an upcoming manual action to current, then late", async () => {
  const { page, context } = await openAgenda();
  const upcoming = (await rows(page, "manual")).find((action) => action.state === "upcoming" && action.kind === "scenario");
  assert.ok(upcoming, "the sample has an upcoming manual action");
  assert.equal(upcoming.colour, "blue");

  await page.fill("#date", upcoming.date);
  await row(page, "manual", upcoming).and(page.locator('[data-state="current"]')).waitFor();
  assert.equal(await row(page, "manual", upcoming).getAttribute("data-colour"), "red");
  assert.match(await page.textContent("#date-note"), /Back to 23 Nov/);

  await page.fill("#date", addDays(upcoming.date, 3));
  await row(page, "manual", upcoming).and(page.locator('[data-state="late"]')).waitFor();
  assert.match(await row(page, "manual", upcoming).locator(".cell-date .sub").textContent(), /3 days ago/);
  await page.click("#date-note button");
  assert.equal(await page.inputValue("#date"), SAMPLE_DATE);
  await context.close();
});

test("confirming an overdue unconfirmed action turns it green", async () => {
  const { page, context } = await openAgenda();
  await tab(page, "automatic");
  const action = (await rows(page, "automatic")).find((each) => each.state === "overdue_unconfirmed");
  assert.equal(action.colour, "red");
  const before = Number(await page.textContent("#to-complete"));
  await row(page, "automatic", action).locator('[data-role="confirm"]').click();
  await row(page, "automatic", action).and(page.locator('[data-state="confirmed"]')).waitFor();
  assert.equal(await row(page, "automatic", action).getAttribute("data-colour"), "green");
  assert.equal(Number(await page.textContent("#to-complete")), before - 1, "no longer needs a person");
  assert.match(await page.textContent('[data-notice="done"]'), /is confirmed/);
  await context.close();
});

test("completing an action shows the customer's next step, and the history lists it", async () => {
  const { page, context } = await openAgenda();
  const done = (await rows(page, "manual")).find((action) => action.state === "late" && action.kind === "scenario");
  const scenario = SAMPLE.scenarios.find((each) => each.id === customerOf(done.customer).scenario);
  const position = scenario.actions.findIndex((step) => step.id === done.action);

  await row(page, "manual", done).locator('[data-role="complete"]').click();
  await row(page, "manual", done).waitFor({ state: "detached" });
  const notice = await page.textContent('[data-notice="done"]');
  const after = [...(await rows(page, "manual")), ...(await rows(page, "automatic"))].filter((each) => each.customer === done.customer);
  if (position === scenario.actions.length - 1) {
    assert.match(notice, /every step of its scenario is done/);
    assert.equal(after.length, 0);
  } else {
    assert.match(notice, /next: “/);
    const next = after.find((each) => each.kind === "scenario");
    assert.ok(next, `customer ${done.customer} has a next step`);
    const nextPosition = scenario.actions.findIndex((step) => step.id === next.action);
    assert.ok(nextPosition > position, `${next.action} follows ${done.action} in ${scenario.id}`);
  }

  await tab(page, "history");
  const newest = (await rows(page, "history"))[0];
  assert.deepEqual([newest.customer, newest.action, newest.doneOn], [done.customer, done.action, SAMPLE_DATE]);
  await context.close();
});

test("the history CSV downloads under the active filters and holds the action just completed (RFC 4180)", async () => {
  const { page, context } = await openAgenda();
  await page.selectOption("#user", "u2");
  const done = (await rows(page, "manual")).find((action) => action.state === "late");
  await row(page, "manual", done).locator('[data-role="complete"]').click();
  await row(page, "manual", done).waitFor({ state: "detached" });

  await tab(page, "history");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#history-csv")]);
  assert.equal(download.suggestedFilename(), `history-${SAMPLE_DATE}.csv`);
  const path = join(OUT, download.suggestedFilename());
  await download.saveAs(path);
  const [header, ...records] = parseCsv(readFileSync(path, "utf8"));
  assert.deepEqual(header, ["done_on", "customer", "customer_name", "action", "action_name", "kind", "channel", "references", "overdue_amount", "currency", "by", "by_name"]);
  const column = (name) => header.indexOf(name);
  assert.deepEqual(records[0].slice(0, 4), [SAMPLE_DATE, done.customer, customerOf(done.customer).name, done.action]);
  assert.equal(records[0][column("by")], "u2", "done by the signed-in user");
  assert.equal(records[0][column("by_name")], "Jonas Weber");
  // Jonas Weber is a collector: the export, like the page, holds his accounts only.
  assert.ok(records.every((record) => customerOf(record[column("customer")]).collector === "u2"));
  assert.equal(records.length, (await rows(page, "history")).length);
  await shoot(page, "agenda-history");
  await context.close();
});

test("selected letters print as one document, one letter per sheet, in agenda order", async () => {
  const { page, context } = await openAgenda();
  await tab(page, "automatic");
  const all = (await rows(page, "automatic")).filter((action) => LETTERS.has(action.channel));
  const unaddressed = all.find((action) => action.error === "contact_missing_address");
  assert.equal(await row(page, "automatic", unaddressed).locator('[data-role="select"]').isDisabled(), true, "a letter without an address cannot be printed");
  const letters = all.filter((action) => action.state !== "error");
  const chosen = [letters[4], letters[0], letters[2]];
  for (const action of chosen) await row(page, "automatic", action).locator('[data-role="select"]').check();
  assert.equal(await page.textContent("#print-letters"), "Print selected letters (3)");
  await page.click("#print-letters");
  const frame = page.locator("#letters-frame");
  await frame.waitFor();
  assert.equal(await frame.getAttribute("sandbox"), "allow-scripts allow-modals", "no same origin; the frame's own policy runs its one script");
  // The frame lays the letters out and says their sheets: the caption gives the pages.
  const shown = async () => {
    await page.waitForFunction(() => {
      const frame = document.querySelector("#letters-frame");
      return frame.dataset.shown && frame.dataset.shown === frame.dataset.sent;
    });
    return Number(await frame.getAttribute("data-pages"));
  };
  const pages = await shown();
  assert.match(await page.textContent("#letters-caption"), new RegExp(`^3 letters of .*, in agenda order: ${pages} pages, each letter on new sheets$`));
  await page.waitForTimeout(300);
  await shoot(page, "agenda-letters");

  /** What the frame shows, printed: its laid-out document in a page of its own. */
  const print = async (name) => {
    const pdf = join(OUT, `${name}.pdf`);
    await printFrame(page, context, pdf);
    return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
  };
  const text = await print("letters");
  assert.equal(text.length, pages, "the caption's count of pages is the printer's");
  // The agenda's order (date, customer, action), whatever the order they were ticked in.
  const order = letters.filter((action) => chosen.includes(action));
  const starts = order.map(({ customer }) => text.findIndex((sheet) => sheet.includes(customerOf(customer).name)));
  assert.ok(starts.every((start) => start >= 0), `every letter printed: ${starts}`);
  assert.deepEqual([...starts].sort((a, b) => a - b), starts, "in agenda order");
  assert.equal(new Set(starts).size, 3, "each letter starts its own sheet");

  // Duplex: a blank back after each letter of odd count but the last.
  await page.check("#letters-duplex");
  const duplex = await shown();
  assert.equal(duplex, pages + 2, "three one-sheet letters: two blank backs");
  assert.match(await page.textContent("#letters-caption"), new RegExp(`: ${duplex} pages \\(2 blank backs\\) on 3 sheets, printed on both sides$`));
  const backs = await print("letters-duplex");
  assert.equal(backs.length, duplex);
  assert.deepEqual([1, 3].map((at) => backs[at].trim()), ["", ""], "the backs are blank");
  await page.click("#letters-close");
  await context.close();
});

test("a reload keeps the confirmations, completions and filters; Reset sample restores the generated portfolio", async () => {
  const { page, context } = await openAgenda();
  await page.selectOption("#filter-field", "segment");
  await page.selectOption("#filter-value", "SME");
  const segment = (list) => list.every((action) => customerOf(action.customer).fields.segment === "SME");
  const manual = await rows(page, "manual");
  assert.ok(manual.length > 0 && segment(manual), "the field filter keeps SME customers only");
  const done = manual.find((action) => action.state === "late");
  await row(page, "manual", done).locator('[data-role="complete"]').click();
  await row(page, "manual", done).waitFor({ state: "detached" });
  await tab(page, "automatic");
  const confirmed = (await rows(page, "automatic")).find((action) => action.state === "overdue_unconfirmed");
  await row(page, "automatic", confirmed).locator('[data-role="confirm"]').click();
  await row(page, "automatic", confirmed).and(page.locator('[data-state="confirmed"]')).waitFor();
  assert.equal(await page.textContent("#save-state"), "Saved in this browser");

  await reload(page);
  assert.equal(await page.inputValue("#filter-field"), "segment");
  assert.equal(await page.inputValue("#filter-value"), "SME");
  assert.equal(await page.getAttribute("#tab-automatic", "aria-selected"), "true", "the open tab too");
  assert.equal(await row(page, "automatic", confirmed).getAttribute("data-state"), "confirmed");
  assert.equal(await row(page, "manual", done).count(), 0);
  assert.ok(segment(await rows(page, "automatic")));
  await tab(page, "history");
  assert.deepEqual((await rows(page, "history"))[0], { customer: done.customer, action: done.action, doneOn: SAMPLE_DATE });

  // Reset asks first; cancelling (the button, or Escape) changes nothing.
  await page.click("#reset");
  await page.locator("#reset-dialog[open]").waitFor();
  await page.click('#reset-dialog button[value="cancel"]');
  await page.click("#reset");
  await page.keyboard.press("Escape");
  await page.locator("#reset-dialog[open]").waitFor({ state: "detached" });
  await tab(page, "automatic");
  assert.equal(await row(page, "automatic", confirmed).getAttribute("data-state"), "confirmed");
  await page.click("#reset");
  await page.click("#reset-confirm");
  await row(page, "automatic", confirmed).and(page.locator('[data-state="overdue_unconfirmed"]')).waitFor();
  assert.equal(await row(page, "manual", done).getAttribute("data-state"), "late");
  assert.equal(await page.textContent("#save-state"), "Sample, unchanged");
  await reload(page);
  assert.equal(await row(page, "automatic", confirmed).getAttribute("data-state"), "overdue_unconfirmed", "and stays restored");
  assert.equal(await page.inputValue("#filter-value"), "SME", "the view is not the portfolio: it stays");
  await context.close();
});

test("the page works from the keyboard: tabs by arrows, Confirm keeps the focus on its row", async () => {
  const { page, context } = await openAgenda();
  await page.focus("#tab-manual");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.id), "tab-automatic");
  assert.equal(await page.getAttribute("#tab-automatic", "aria-selected"), "true");
  assert.equal(await page.isHidden("#panel-manual"), true);
  assert.deepEqual(await page.locator("[role=tab]").evaluateAll((tabs) => tabs.map((tab) => tab.tabIndex)), [-1, 0, -1, -1, -1]);
  await page.keyboard.press("End");
  assert.equal(await page.evaluate(() => document.activeElement.id), "tab-closed");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");

  const action = (await rows(page, "automatic")).find((each) => each.state === "overdue_unconfirmed");
  await row(page, "automatic", action).locator('[data-role="confirm"]').focus();
  await page.keyboard.press("Enter");
  await row(page, "automatic", action).and(page.locator('[data-state="confirmed"]')).waitFor();
  assert.deepEqual(await page.evaluate(() => [document.activeElement.dataset.role, document.activeElement.closest("tr")?.dataset.customer]),
    ["complete", action.customer]);
  // Every table has column headers; every control a name.
  assert.ok(await page.locator("#panel-automatic th[scope=col]").count() >= 7);
  const unnamed = await page.locator("button, select, input").evaluateAll((controls) =>
    controls.filter((control) => !control.closest("[hidden]") && !(control.labels?.length || control.getAttribute("aria-label") || control.textContent.trim())).map((control) => control.outerHTML));
  assert.deepEqual(unnamed, []);
  await context.close();
});

test("a save the browser refuses is shown, the change stays on screen, and a retry saves it", async () => {
  const { page, context } = await openAgenda();
  await tab(page, "automatic");
  await fillStorage(page);
  const action = (await rows(page, "automatic")).find((each) => each.state === "overdue_unconfirmed");
  await row(page, "automatic", action).locator('[data-role="confirm"]').click();
  const notice = page.locator('[data-notice="save"]');
  await notice.waitFor();
  assert.equal(await notice.getAttribute("role"), "alert");
  assert.match(await notice.textContent(), /on screen, but the browser's storage for this page is full: the portfolio was not saved\. .* lost when this page is closed or reloaded/);
  assert.equal(await page.textContent("#save-state"), "Not saved");
  assert.equal(await row(page, "automatic", action).getAttribute("data-state"), "confirmed", "the change is on screen");

  await emptyStorageFiller(page);
  await notice.getByRole("button", { name: "Try again" }).click();
  assert.equal(await page.textContent("#save-state"), "Saved in this browser");
  await reload(page);
  await tab(page, "automatic");
  assert.equal(await row(page, "automatic", action).getAttribute("data-state"), "confirmed");
  await context.close();
});

test("a saved portfolio that no longer loads is set aside, and the sample is shown", async () => {
  const { page, context } = await openAgenda();
  const entry = '{"version":1}\n{"company": {"name": "broken"}}';
  await page.evaluate((entry) => localStorage.setItem("dunning.agenda.portfolio", entry), entry);
  await reload(page);
  assert.match(await page.textContent('[data-notice="aside"]'), /could not be loaded .* kept aside .* “dunning\.agenda\.aside”/);
  assert.equal(await page.evaluate(() => localStorage.getItem("dunning.agenda.aside")), entry);
  assert.equal(await page.textContent("#scheduled"), String(cliAgenda(SAMPLE_DATE).indicators.scheduled));
  await context.close();
});

test("the alerts tab lists the customers the sample's alert rules flag", async () => {
  const { page, context } = await openAgenda();
  await tab(page, "alerts");
  const expected = cliAgenda(SAMPLE_DATE).alerts;
  assert.ok(expected.length > 0);
  const shown = await page.locator("#panel-alerts tr[data-rule]").evaluateAll((trs) =>
    trs.map((tr) => ({ rule: tr.dataset.rule, customer: tr.dataset.customer, detail: tr.dataset.detail })));
  assert.deepEqual(shown, expected.map(({ rule, customer, detail }) => ({ rule, customer, detail })));
  assert.equal(await page.textContent("#count-alerts"), String(expected.length));
  assert.equal(new Set(shown.map((alert) => alert.rule)).size, SAMPLE.alert_rules.length, "every rule flags someone on the sample's date");
  await shoot(page, "agenda-alerts");
  // Cancelled and finished have their tab.
  await tab(page, "closed");
  const { cancelled, finished } = cliAgenda(SAMPLE_DATE);
  assert.equal(await page.locator("#panel-closed tr.cancelled-row").count(), cancelled.length);
  assert.equal(await page.locator("#panel-closed tr.finished-row").count(), finished.length);
  await context.close();
});

test("a collector signed in sees their own accounts by default; filters narrow the agenda", async () => {
  const { page, context } = await openAgenda();
  await page.selectOption("#user", "u3");
  assert.equal(await page.locator("#filter-collector option:checked").textContent(), "My accounts (Emily Carter)");
  const own = [...(await rows(page, "manual")), ...(await rows(page, "automatic"))];
  assert.ok(own.length > 0);
  assert.ok(own.every((action) => customerOf(action.customer).collector === "u3"));
  assert.equal(await page.textContent("#scheduled"), String(cliAgenda(SAMPLE_DATE, "--user", "u3").indicators.scheduled));

  await page.selectOption("#filter-collector", "u1");
  assert.ok([...(await rows(page, "manual")), ...(await rows(page, "automatic"))].every((action) => customerOf(action.customer).collector === "u1"));
  await page.click("#filters-clear");
  await page.selectOption("#filter-channel", "email");
  await page.selectOption("#filter-state", "confirmed");
  await tab(page, "automatic");
  const filtered = await rows(page, "automatic");
  assert.ok(filtered.length > 0 && filtered.every((action) => action.channel === "email" && action.state === "confirmed"));
  assert.equal(await page.textContent("#count-manual"), "0");
  await context.close();
});

test("a row opens its rendered action in the preview", async () => {
  const { page, errors, context } = await openAgenda();
  await tab(page, "automatic");
  const letter = (await rows(page, "automatic")).find((action) => action.channel === "registered_letter");
  await row(page, "automatic", letter).locator('[data-role="open"]').click();
  const preview = page.locator("#preview");
  await page.locator("#action-preview").waitFor();
  assert.equal(await preview.getAttribute("customer"), letter.customer);
  assert.equal(await preview.getAttribute("channel"), "registered_letter");
  assert.equal(await preview.getAttribute("date"), SAMPLE_DATE);
  const step = SAMPLE.scenarios.find((each) => each.id === customerOf(letter.customer).scenario).actions.find((each) => each.id === letter.action);
  // The customer's language's wording (the spec's rule, written out here: theirs, else the
  // company's, else the step's own).
  const language = customerOf(letter.customer).locale ?? SAMPLE.company.locale;
  const wording = [language, SAMPLE.company.locale].map((wanted) => step.translations?.find((t) => t.locale === wanted)).find(Boolean) ?? step;
  assert.equal(await preview.evaluate((element) => element.template), wording.body);
  const frame = preview.locator("iframe");
  await page.waitForFunction(
    (name) => document.getElementById("preview").page.includes(name),
    customerOf(letter.customer).name.replaceAll("&", "&amp;"),
  );
  assert.equal(await frame.getAttribute("sandbox"), "allow-scripts allow-modals", "its own script only, no same origin");
  assert.match(await row(page, "automatic", letter).getAttribute("class"), /opened/);
  await page.waitForTimeout(300);
  await shoot(page, "agenda-preview");

  // A specific action previews its own template with its selected items (the drawer is
  // modal: it closes first).
  await page.keyboard.press("Escape");
  await tab(page, "manual");
  const specific = (await rows(page, "manual")).find((action) => action.kind === "specific");
  await row(page, "manual", specific).click();
  const own = SAMPLE.specific_actions.find((each) => each.id === specific.action);
  assert.equal(await preview.getAttribute("context"), "specific");
  assert.deepEqual(await preview.evaluate((element) => element.selected), own.items);
  assert.equal(await preview.evaluate((element) => element.template), own.body);
  await page.click("#preview-close");
  assert.equal(await page.locator("#action-preview").isHidden(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the chart counts the agenda's actions and the history per day", async () => {
  // The pure function: actions by their date against the agenda's, history by its day.
  const data = series(
    { actions: [{ date: "2026-11-20" }, { date: "2026-11-23" }, { date: "2026-11-23" }, { date: "2026-11-25" }, { date: "2026-10-01" }, { date: "2027-01-01" }] },
    [{ done_on: "2026-11-20" }, { done_on: "2026-09-01" }],
    "2026-11-23",
    { before: 3, after: 2 },
  );
  assert.deepEqual(data.days.map((day) => day.day), ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25"]);
  assert.deepEqual(data.days[0], { day: "2026-11-20", done: 1, late: 1, due: 0, upcoming: 0 });
  assert.equal(data.days[3].due, 2);
  assert.equal(data.days[5].upcoming, 1);
  assert.deepEqual([data.earlier, data.later], [1, 1]);

  // On the page: the bar of the agenda's date counts the actions due that day.
  const { page, context } = await openAgenda();
  const due = cliAgenda(SAMPLE_DATE).actions.filter((action) => action.date === SAMPLE_DATE).length;
  const bar = page.locator(`#chart g[data-day="${SAMPLE_DATE}"]`);
  assert.equal(Number(await bar.getAttribute("data-due")), due);
  assert.match(await bar.locator("title").textContent(), new RegExp(`Mon 23 Nov: .*${due} due`));
  await shoot(page, "agenda-chart", page.locator(".summary"));
  await context.close();
});

test("the current time sets when e-mails already due go out", async () => {
  const { page, context } = await openAgenda();
  await tab(page, "automatic");
  const email = (await rows(page, "automatic")).find((action) => action.channel === "email" && action.date < SAMPLE_DATE && action.state !== "error");
  const window = SAMPLE.company.sending_window;
  assert.ok(window.days.includes("mon") && window.days.includes("tue") && window.from < "10:30" && window.to < "19:00");
  const cell = `#panel-automatic tr[data-customer="${email.customer}"][data-action="${email.action}"] .cell-send`;
  const sendsAt = (text) => page.waitForFunction(([cell, text]) => document.querySelector(cell)?.textContent === text, [cell, text]);
  await sendsAt(`Mon 23 Nov, ${window.from}`);
  await page.fill("#now", "10:30");
  await sendsAt("Mon 23 Nov, 10:30");
  const expected = cliAgenda(SAMPLE_DATE, "--now", "10:30").actions.find((action) => action.customer === email.customer);
  assert.equal(expected.send_at, `${SAMPLE_DATE}T10:30`, "as the CLI says");
  await page.fill("#now", "19:00");
  await sendsAt(`Tue 24 Nov, ${window.from}`);
  await context.close();
});

test("a change made in another tab shows here", async () => {
  const { page, context } = await openAgenda();
  const other = await context.newPage();
  await other.goto(`${server.url}agenda.html`);
  await other.waitForSelector("body[data-ready=true]");
  await tab(other, "automatic");
  const action = (await rows(other, "automatic")).find((each) => each.state === "overdue_unconfirmed");
  await row(other, "automatic", action).locator('[data-role="confirm"]').click();
  await tab(page, "automatic");
  await row(page, "automatic", action).and(page.locator('[data-state="confirmed"]')).waitFor();
  assert.match(await page.textContent('[data-notice="other-tab"]'), /another tab/);
  await context.close();
});

// Garbage through every entry point of the JS API and the element, in Chromium, through the
// real JS glue: each call returns or throws an `Error`, never traps (a Rust panic aborts the
// wasm instance: a `WebAssembly.RuntimeError`, and the module is dead for the page's life).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve } from "./serve.mjs";
import { launch } from "./browser.mjs";

const PORTFOLIO = readFileSync("examples/portfolio.json", "utf8");
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

test("no argument makes the engine trap, and it still works afterwards", async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}embed.html`);
  const outcome = await page.evaluate(async (text) => {
    const api = await import("./pkg/dunning.js");
    await api.default();
    const hostile = new Proxy({}, {
      ownKeys() { throw new Error("ownKeys"); },
      get() { throw new Error("get"); },
      getOwnPropertyDescriptor() { throw new Error("descriptor"); },
    });
    const garbage = [
      undefined, null, 0, -1, NaN, Infinity, 1e308, 10n, true, "", "x", "\u0000", "\ud800", "😀".repeat(5000),
      "2026-02-30", "C001", "C001:lr", [], [1, 2], [["C001"]], [["C001", 1]], [[null, null]], {}, { channel: 1 },
      { channel: "fax" }, { customer: "C001", selected: [1] }, { customer: "C001", selected: "i1" },
      { customer: "C001", date: "2026-13-01" }, { filters: { fields: { segment: 1 } } }, { filters: 3 }, { now: "25:61" },
      { toString() { throw new Error("toString"); } }, Symbol("s"), () => 1, hostile, Object.create(null), new Date(0),
      new Uint8Array(4), "{\"company\": {}}", "[".repeat(100000), "{\"a\":".repeat(5000),
    ];
    const portfolio = api.Portfolio.fromJson(text);
    const drafts = api.DraftStore.open("garbage");
    const calls = {
      check: (a, b) => api.check(a, b),
      catalogue: (a) => api.catalogue(a),
      fromJson: (a) => api.Portfolio.fromJson(a),
      render: (a, b) => portfolio.render(a, b),
      renderTemplate: (a) => portfolio.render(a, { customer: "C001" }),
      letters: (a, b) => portfolio.letters(a, b),
      agenda: (a, b) => portfolio.agenda(a, b),
      agendaOptions: (a) => portfolio.agenda("2026-11-22", a),
      complete: (a, b) => portfolio.complete(a, b, a, b),
      confirm: (a, b) => portfolio.confirm(a, b, "2026-11-22"),
      history: (a) => portfolio.history(a),
      historyCsv: (a) => portfolio.historyCsv(a),
      hashtags: (a, b) => api.hashtags(a, b),
      openDrafts: (a) => api.DraftStore.open(a),
      createDraft: (a) => drafts.create(a),
      saveDraft: (a) => drafts.save(a),
      getDraft: (a) => drafts.get(a),
      selectDraft: (a) => drafts.select(a),
      renameDraft: (a, b) => drafts.rename(a, b),
      duplicateDraft: (a) => drafts.duplicate(a),
      removeDraft: (a) => drafts.remove(a),
      discardAside: (a) => drafts.discard(a),
      setUiLocale: (a) => drafts.setUiLocale(a),
    };
    const element = document.createElement("dunning-preview");
    document.body.append(element);
    const traps = [];
    let calls_made = 0;
    const attempt = (name, call) => {
      calls_made++;
      try {
        call();
      } catch (error) {
        if (error instanceof WebAssembly.RuntimeError || !(error instanceof Error)) traps.push(`${name}: ${error}`);
      }
    };
    for (const [name, call] of Object.entries(calls)) {
      for (const a of garbage) {
        attempt(name, () => call(a, undefined));
        for (const b of garbage.slice(0, 30)) attempt(name, () => call(a, b));
      }
    }
    for (const property of ["template", "portfolio", "selected", "channel", "customer", "context", "format", "locale", "show", "mode", "date", "subject", "window"]) {
      for (const value of garbage) {
        attempt(`element.${property}`, () => { element[property] = value; });
        await new Promise(requestAnimationFrame);
      }
    }
    const alive = api.check("Dear #contact_nme", { format: "markdown" })[0]?.suggestion;
    Object.keys(localStorage).filter((key) => key.startsWith("garbage.")).forEach((key) => localStorage.removeItem(key));
    Object.assign(element, { context: null, format: null, locale: null, show: null, mode: null, date: null, subject: null, window: false, selected: [] });
    element.portfolio = text;
    element.customer = "C001";
    element.channel = "email";
    element.template = "Hello #customer_name";
    const detail = await new Promise((done) => element.addEventListener("diagnostics", (event) => done(event.detail), { once: true }));
    return { traps, calls: calls_made, alive, error: detail.error ?? null };
  }, PORTFOLIO);
  assert.deepEqual(outcome.traps, []);
  assert.ok(outcome.calls > 10000, `${outcome.calls} calls`);
  assert.equal(outcome.alive, "contact_name", "the engine still answers");
  assert.equal(outcome.error, null, "the element still renders");
  await page.close();
});

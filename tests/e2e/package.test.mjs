// The npm package as a portal meets it: `npm pack` of pkg/, installed by path into a separate
// folder, then imported there — in Node (the API), by the TypeScript compiler (the declarations
// describe the real shapes) and in Chromium (one module script, one <dunning-preview>).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serve } from "./serve.mjs";
import { launch } from "./browser.mjs";

const ROOT = resolve(".");
const PORTFOLIO = readFileSync("examples/portfolio.json", "utf8");
let consumer;
let files;

before(() => {
  const packed = mkdtempSync(join(tmpdir(), "dunning-pack-"));
  const [tarball] = JSON.parse(execFileSync("npm", ["pack", join(ROOT, "pkg"), "--json", "--pack-destination", packed], { encoding: "utf8" }));
  files = tarball.files.map((file) => file.path).sort();
  consumer = mkdtempSync(join(tmpdir(), "dunning-portal-"));
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "portal", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", join(packed, tarball.filename)], { cwd: consumer, stdio: "pipe" });
  console.log(`consumer: ${consumer}`);
});

test("the package holds the module, its glue, the element, their types and the CLI, nothing else", () => {
  assert.deepEqual(files, [
    "README.md", "bin/dunning.mjs", "check/dunning.d.ts", "check/dunning.js", "check/dunning_bg.wasm", "cli/dunning.js", "cli/dunning_bg.wasm", "dunning-frame.html", "dunning-preview.d.ts",
    "dunning-preview.js", "dunning.d.ts", "dunning.js", "dunning_bg.wasm", "dunning_bg.wasm.d.ts", "package.json",
    "portfolio.d.ts", "portfolio.schema.json",
  ]);
  assert.equal(readFileSync(join(consumer, "node_modules/dunning/portfolio.schema.json"), "utf8"), readFileSync("schema/portfolio.schema.json", "utf8"));
  const manifest = JSON.parse(readFileSync(join(consumer, "node_modules/dunning/package.json"), "utf8"));
  const cargo = readFileSync("Cargo.toml", "utf8");
  assert.equal(manifest.version, /^version = "(.*)"$/m.exec(cargo)[1], "the version comes from Cargo.toml");
  assert.deepEqual(manifest.sideEffects, ["./dunning-preview.js"]);
});

test("Node imports the package by name and uses the API", () => {
  writeFileSync(join(consumer, "use.mjs"), `
    import { readFileSync } from "node:fs";
    import { fileURLToPath } from "node:url";
    import { initSync, check, catalogue, Portfolio } from "dunning";
    initSync({ module: readFileSync(fileURLToPath(import.meta.resolve("dunning/dunning_bg.wasm"))) });
    const portfolio = Portfolio.fromJson(readFileSync(0, "utf8"));
    let loadError;
    try { Portfolio.fromJson('{"company": {"name": "X"}}'); } catch (error) { loadError = error; }
    console.log(JSON.stringify({
      diagnostic: check("Dear #contact_nme", { format: "markdown" })[0],
      entries: catalogue("de").length,
      output: portfolio.render("#customer_name", { customer: "C002", channel: "sms", format: "text" }).output,
      loadError: loadError instanceof Error && loadError.message,
    }));
  `);
  const result = JSON.parse(execFileSync("node", ["use.mjs"], { cwd: consumer, input: PORTFOLIO, encoding: "utf8" }));
  assert.equal(result.diagnostic.suggestion, "contact_name");
  assert.equal(result.entries, 38);
  assert.equal(result.output, "Müller & Söhne GmbH");
  assert.match(result.loadError, /^company: missing field `currency`/);
});

test("dunning/check, the checker alone, finds what the engine's check finds (but the HTML rebuild's unsafe-html)", () => {
  // Every example template and a sample of the XSS corpora's payloads, in every format,
  // channel and context: the light entry's diagnostics are the full engine's, less the
  // findings of rebuilding the template's HTML (docs/decisions.md, "The checker-only entry").
  const templates = readdirSync("examples/templates").map((name) => readFileSync(join("examples/templates", name), "utf8"));
  const corpus = ".tools/xss-corpus/xss-filters-seed.txt";
  if (existsSync(corpus)) templates.push(...readFileSync(corpus, "utf8").split("\n").filter((line, index) => line && index % 4 === 0).map((line) => `Dear #contact_nme, ${line} #items_list`));
  writeFileSync(join(consumer, "templates.json"), JSON.stringify(templates));
  writeFileSync(join(consumer, "both.mjs"), `
    import { readFileSync } from "node:fs";
    import { fileURLToPath } from "node:url";
    import * as full from "dunning";
    import * as light from "dunning/check";
    for (const [module, path] of [[full, "dunning/dunning_bg.wasm"], [light, "dunning/check/dunning_bg.wasm"]])
      module.initSync({ module: readFileSync(fileURLToPath(import.meta.resolve(path))) });
    const templates = JSON.parse(readFileSync("templates.json", "utf8"));
    const runs = [];
    for (const template of templates)
      for (const format of ["markdown", "html", "text"])
        for (const channel of ["email", "letter", "sms"])
          for (const context of ["scenario", "specific"]) {
            const options = { format, channel, context };
            runs.push({ full: full.check(template, options), light: light.check(template, options) });
          }
    console.log(JSON.stringify({ runs, catalogue: [full.catalogue("fr"), light.catalogue("fr")], hashtags: templates.map((t) => [full.hashtags(t), light.hashtags(t)]) }));
  `);
  const result = JSON.parse(execFileSync("node", ["both.mjs"], { cwd: consumer, encoding: "utf8", maxBuffer: 1 << 28 }));
  let unsafe = 0;
  for (const { full, light } of result.runs) {
    const rest = full.filter((diagnostic) => !(diagnostic.code === "unsafe-html" && !light.some((other) => JSON.stringify(other) === JSON.stringify(diagnostic))));
    unsafe += full.length - rest.length;
    assert.deepEqual(light, rest);
  }
  assert.deepEqual(result.catalogue[1], result.catalogue[0]);
  for (const [fullSpans, lightSpans] of result.hashtags) assert.deepEqual(lightSpans, fullSpans);
  console.log(`dunning/check: ${result.runs.length} checks (${templates.length} templates), the same diagnostics but ${unsafe} unsafe-html of the HTML rebuild`);
  assert.ok(result.runs.length > 300 && unsafe > 0, "the comparison saw templates with markup");
  const types = readFileSync(join(consumer, "node_modules/dunning/check/dunning.d.ts"), "utf8");
  assert.match(types, /export function check\(/);
  assert.doesNotMatch(types, /class Portfolio/, "no renderer in the light entry");
});

test("the TypeScript declarations describe the real shapes", () => {
  writeFileSync(join(consumer, "use.ts"), `
    import { check, catalogue, Portfolio, type Diagnostic, type Agenda } from "dunning";
    import type { DunningPreview, PreviewDiagnostics } from "dunning/preview";
    const diagnostics: Diagnostic[] = check("#x");
    const first: string | undefined = diagnostics[0]?.suggestion;
    const line: number = diagnostics[0].line;
    const types: string[] = catalogue("fr").map((entry) => entry.type);
    declare const portfolio: Portfolio;
    const rendered = portfolio.render("#items_list", { customer: "C001", channel: "letter", show: "names" });
    const segments: number | undefined = rendered.sms?.segments;
    const agenda: Agenda = portfolio.agenda("2026-11-23", { now: "10:00", filters: { state: "late" } });
    const colour: "red" | "blue" | "green" | "white" | "yellow" = agenda.actions[0].colour;
    const element: DunningPreview = document.createElement("dunning-preview");
    element.portfolio = portfolio;
    element.window = true;
    element.addEventListener("diagnostics", (event) => {
      const detail: PreviewDiagnostics = event.detail;
      console.log(detail.diagnostics.length, detail.error, first, line, types, segments, colour);
    });
    // The portfolio input's type, made from the JSON Schema: a document as the spec writes it.
    import type { Portfolio as PortfolioJson } from "dunning/portfolio";
    const input: PortfolioJson = ${PORTFOLIO.trim()};
    Portfolio.fromJson(JSON.stringify(input));
    // @ts-expect-error: a portfolio's company has a name
    const nameless: PortfolioJson = { company: { currency: "EUR", locale: "fr" } };
    // @ts-expect-error: a language the engine does not know
    const klingon: PortfolioJson = { company: { name: "X", currency: "EUR", locale: "tlh" } };
    console.log(nameless, klingon);
    // @ts-expect-error: a channel the engine does not know
    check("x", { channel: "fax" });
    // @ts-expect-error: render needs a customer
    portfolio.render("x", { channel: "email" });
  `);
  writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", lib: ["es2022", "dom"], skipLibCheck: false },
    files: ["use.ts"],
  }));
  execFileSync(join(ROOT, "node_modules/.bin/tsc"), ["-p", "."], { cwd: consumer, encoding: "utf8" });
});

test("a portal page loads the element with one module script", async () => {
  writeFileSync(join(consumer, "portfolio.json"), PORTFOLIO);
  writeFileSync(join(consumer, "index.html"), `<!doctype html><meta charset="utf-8">
    <script type="module" src="./node_modules/dunning/dunning-preview.js"></script>
    <dunning-preview channel="email" customer="C003" subject="Account #customer_code"></dunning-preview>
    <script type="module">
      const preview = document.querySelector("dunning-preview");
      preview.addEventListener("diagnostics", (event) => { window.detail = event.detail; });
      preview.portfolio = await (await fetch("portfolio.json")).text();
      preview.template = "Dear #contact_name";
    </script>`);
  const server = await serve(consumer);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => window.detail && !window.detail.error);
    assert.equal(await page.evaluate(() => window.detail.subject.text), "Account 411BRI");
    const body = page.frameLocator("dunning-preview >> iframe").locator("body");
    assert.match(await body.textContent(), /^Dear /);
  } finally {
    await browser.close();
    await server.close();
  }
});

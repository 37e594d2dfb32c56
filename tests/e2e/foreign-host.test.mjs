// <dunning-preview> as a portal embeds it, not as our own pages do: the package served from a
// second origin (a CDN), the host page from the first with its own Content-Security-Policy and
// its own CSS, and the host's script an external file (no inline script under a strict CSP).
// The preview must render (a sheet of non-zero height, the expected text in its frame), and a
// failure to load must show its message in the element and fire `error`, never an empty box.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch, screenshotDir } from "./browser.mjs";

/** The element's own content: what shows while its module loads, and stays if it cannot. */
const FALLBACK = "Chargement de l'aperçu… (s'il reste affiché, son module n'a pas pu être chargé)";
const TEMPLATE = "Madame, Monsieur,\n\nNous restons dans l'attente du règlement de #items_amount_overdue.\n\n#items_list_overdue";

let browser;
let cdn; // the package, from another origin, with CORS
let bareCdn; // the same files, without CORS headers
let missingWasm; // the package without its .wasm
const hosts = [];

before(async () => {
  browser = await launch();
  cdn = await serve("pkg", { host: "localhost", headers: () => ({ "access-control-allow-origin": "*" }) });
  bareCdn = await serve("pkg", { host: "localhost" });
  const partial = mkdtempSync(join(tmpdir(), "dunning-nowasm-"));
  for (const file of ["dunning.js", "dunning-preview.js"]) cpSync(join("pkg", file), join(partial, file));
  missingWasm = await serve(partial, { host: "localhost", headers: () => ({ "access-control-allow-origin": "*" }) });
});

after(async () => {
  await browser?.close();
  for (const server of [cdn, bareCdn, missingWasm, ...hosts]) await server?.close();
});

/**
 * A portal: its page (`css` in its own stylesheet, `attributes` on the element, the README's
 * fallback text inside it), its script (sets the template, logs events; loads the sample
 * itself unless the element has `src`) and its CSP header, served from 127.0.0.1; the package
 * comes from `engine`.
 */
async function portal({ engine, csp, css = "", attributes = "", data = true }) {
  const dir = mkdtempSync(join(tmpdir(), "dunning-portal-"));
  cpSync("www/sample-portfolio.json", join(dir, "portfolio.json"));
  writeFileSync(join(dir, "portal.css"), `body { margin: 0; font: 16px Georgia, serif; }\n${css}`);
  writeFileSync(
    join(dir, "portal.js"),
    `window.events = [];
const preview = document.querySelector("dunning-preview");
for (const type of ["diagnostics", "error"]) preview.addEventListener(type, (event) => window.events.push({ type, detail: event.detail }));
${data ? 'preview.portfolio = await (await fetch("portfolio.json")).text();' : ""}
preview.template = ${JSON.stringify(TEMPLATE)};
`,
  );
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portail</title>
<link rel="stylesheet" href="portal.css">
<script type="module" src="${engine}dunning-preview.js"></script>
<script type="module" src="portal.js"></script></head>
<body><h1>Mon compte</h1><div class="cell"><dunning-preview channel="letter" customer="C0001" date="2026-11-23" ${attributes}>${FALLBACK}</dunning-preview></div></body></html>`,
  );
  const server = await serve(dir, { headers: (path) => (csp && (path === "/" || path.endsWith(".html")) ? { "content-security-policy": csp } : {}) });
  hosts.push(server);
  return server;
}

/** Opens the portal; resolves with the page, its page errors and the CSP violations it logged. */
async function open(server, viewport = { width: 1000, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems = { errors: [], violations: [] };
  page.on("pageerror", (error) => problems.errors.push(String(error)));
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) problems.violations.push(message.text());
  });
  await page.goto(server.url);
  return { page, problems };
}

/** Once the element has said something (a render or an error): what it shows, its frame's box
 * and the text of the page in the frame. */
async function shown(page) {
  await page.waitForFunction(() => {
    const frame = document.querySelector("dunning-preview").shadowRoot?.querySelector("iframe");
    return window.events?.some((event) => event.type === "error") || (frame?.dataset.shown && frame.dataset.shown === frame.dataset.sent);
  }, null, { timeout: 20000 });
  const element = await page.evaluate(() => {
    const host = document.querySelector("dunning-preview");
    const root = host.shadowRoot;
    const frame = root?.querySelector("iframe");
    const box = frame?.getBoundingClientRect();
    const hostBox = host.getBoundingClientRect();
    return {
      said: root?.textContent ?? "",
      host: { left: hostBox.left, width: hostBox.width, height: hostBox.height },
      frame: box ? { left: box.left, width: box.width, height: box.height } : null,
      error: window.events.find((event) => event.type === "error")?.detail?.message ?? null,
    };
  });
  const frame = page.frames().find((frame) => frame !== page.mainFrame());
  element.text = frame && !element.error ? await frame.evaluate(() => document.body?.innerText ?? "") : "";
  return element;
}

const STRICT = (engine) =>
  [
    "default-src 'none'",
    `script-src 'self' ${engine} 'wasm-unsafe-eval'`,
    `connect-src 'self' ${engine}`,
    `frame-src ${engine}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

test("from a CDN's origin, under the portal's strict CSP, the letter renders styled, with no violation", async () => {
  const server = await portal({ engine: cdn.url, csp: STRICT(cdn.origin) });
  const { page, problems } = await open(server);
  const result = await shown(page);
  const shot = join(screenshotDir(), "foreign-host-strict-csp.png");
  await page.screenshot({ path: shot });
  console.log(`screenshot: ${shot}`);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.violations, []);
  assert.equal(result.error, null);
  assert.ok(result.frame.height > 300, `the sheet's frame is ${result.frame.height} px high`);
  assert.match(result.text, /Madame, Monsieur/);
  assert.match(result.text, /règlement de \d/);
  // The bar speaks the portal's language (its <html lang="fr">).
  assert.match(result.said, /^Lettre · Feuilles\u00a0: 1\s*Imprimer$/);
  // The letter's own styles apply in its frame: the sheet is an A4 sheet's width (210 mm).
  const frame = page.frames().find((frame) => frame !== page.mainFrame());
  const sheet = await frame.evaluate(() => document.querySelector(".letter")?.getBoundingClientRect().width ?? 0);
  assert.ok(Math.abs(sheet - 793.7) < 2, `an A4 sheet, 794 px wide: ${sheet}`);
  await page.close();
});

test("the element's src attribute loads the portfolio, and one that cannot load is said", async () => {
  const fine = await portal({ engine: cdn.url, csp: STRICT(cdn.origin), data: false, attributes: 'src="portfolio.json"' });
  const { page } = await open(fine);
  const result = await shown(page);
  assert.equal(result.error, null);
  assert.match(result.text, /Madame, Monsieur/);
  await page.close();

  const missing = await portal({ engine: cdn.url, csp: STRICT(cdn.origin), data: false, attributes: 'src="missing.json"' });
  const second = await open(missing);
  const failed = await shown(second.page);
  assert.match(failed.error, /The portfolio did not load from missing\.json: 404/);
  assert.match(failed.said, /The portfolio did not load from missing\.json/);
  await second.page.close();
});

test("a package served without CORS headers leaves the portal's fallback text, not an empty box", async () => {
  const server = await portal({ engine: bareCdn.url });
  const { page } = await open(server);
  await page.waitForLoadState("networkidle");
  const state = await page.evaluate(() => ({
    defined: Boolean(customElements.get("dunning-preview")),
    text: document.querySelector("dunning-preview").innerText,
  }));
  assert.deepEqual(state, { defined: false, text: FALLBACK });
  await page.close();
});

test("a missing .wasm is said in the element, with an error event", async () => {
  const server = await portal({ engine: missingWasm.url });
  const { page } = await open(server);
  const result = await shown(page);
  assert.match(result.error, /The preview engine did not load \(.*404.*\)\. Serve dunning_bg\.wasm beside dunning-preview\.js/);
  assert.equal(result.said, result.error);
  assert.ok(result.host.height > 40, "the message shows");
  await page.close();
});

test("a CSP without 'wasm-unsafe-eval', or without the frame's origin, is said in the element", async () => {
  const noWasm = await portal({ engine: cdn.url, csp: STRICT(cdn.origin).replace(" 'wasm-unsafe-eval'", "") });
  const first = await open(noWasm);
  assert.match((await shown(first.page)).error, /Content-Security-Policy must allow WebAssembly: add 'wasm-unsafe-eval' to script-src/);
  await first.page.close();

  const noFrame = await portal({ engine: cdn.url, csp: STRICT(cdn.origin).replace(`frame-src ${cdn.origin}`, "frame-src 'none'") });
  const second = await open(noFrame);
  assert.match((await shown(second.page)).error, new RegExp(`refuses the preview's frame: add ${cdn.origin} to frame-src`));
  await second.page.close();
});

// The rules portals write for custom elements, each with the element in its usual container.
const HOST_CSS = [
  ["display: block, no height", "dunning-preview { display: block; }"],
  ["display: inline", "dunning-preview { display: inline; }"],
  ["a grid cell", ".cell { display: grid; grid-template-columns: 1fr 2fr; } dunning-preview { grid-column: 2; }"],
  ["a flex child", ".cell { display: flex; } dunning-preview { flex: 1; }"],
  ["a fixed height", "dunning-preview { display: block; height: 400px; }"],
  ["a wide element", "dunning-preview { display: block; width: 1400px; height: 500px; }"],
];

for (const [name, css] of HOST_CSS) {
  test(`under the host's CSS (${name}) the sheet shows, centred`, async () => {
    const server = await portal({ engine: cdn.url, csp: STRICT(cdn.origin), css });
    const { page, problems } = await open(server, { width: 1500, height: 900 });
    const result = await shown(page);
    assert.deepEqual(problems.errors, []);
    assert.ok(result.frame.height > 150, `the frame is ${result.frame.height} px high`);
    assert.ok(result.frame.width > 200, `the frame is ${result.frame.width} px wide`);
    assert.match(result.text, /Madame, Monsieur/);
    const [left, right] = [result.frame.left - result.host.left, result.host.left + result.host.width - (result.frame.left + result.frame.width)];
    assert.ok(Math.abs(left - right) < 4, `centred in the element: ${left} px left, ${right} px right`);
    await page.close();
  });
}

test("the frame's policy names its one script by hash: the script as written is the one allowed", () => {
  const frame = readFileSync("www/shell/dunning-frame.html", "utf8");
  const script = /<script>([\s\S]*)<\/script>/.exec(frame)[1];
  const allowed = /script-src 'sha256-([^']+)'/.exec(frame)[1];
  assert.equal(createHash("sha256").update(script).digest("base64"), allowed, "edit the script, then `make frame-hash`");
  assert.doesNotMatch(frame, /unsafe-inline'[^;]*script|script-src[^;]*unsafe/);
});

test("the README's embedding snippet runs as written against the sample", async () => {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("## Embed the preview in a portal"));
  const html = /```html\n([\s\S]*?)```/.exec(section)[1];
  const js = /```js\n([\s\S]*?)```/.exec(section)[1];
  const dir = mkdtempSync(join(tmpdir(), "dunning-readme-"));
  cpSync("pkg", join(dir, "pkg"), { recursive: true });
  cpSync("www/sample-portfolio.json", join(dir, "sample-portfolio.json"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head><body>${html}</body></html>`);
  writeFileSync(join(dir, "portal.js"), `window.events = [];\n${js}\nfor (const type of ["diagnostics", "error"]) preview.addEventListener(type, (event) => window.events.push({ type, detail: event.detail }));\n`);
  const server = await serve(dir);
  hosts.push(server);
  const { page, problems } = await open(server);
  const result = await shown(page);
  assert.deepEqual(problems.errors, []);
  assert.equal(result.error, null);
  assert.match(result.text, /Madame, Monsieur/);
  assert.match(result.text, /Dubois Transports SA/, "the sample's C0001 in the window");
  await page.close();
});

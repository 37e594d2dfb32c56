// Issue 13: the HTML we deliver cannot run script, shown in a real Chromium with public XSS
// corpora (scripts/xss-corpus.sh takes them from the registries; tests/xss/SOURCES.md says what).
//
// examples/xss_corpus.rs puts every payload in a Markdown template's body, in an HTML
// template's body and in every text field of a portfolio, and writes each output: the e-mail
// body (a fragment), the letter document, the preview page, and for data also the letter
// preview, a batch of letters and an HTML template with the URL hashtags in attributes. Each is
// loaded here with scripts ON and no sandbox (as a mail client or a browser opening a saved
// letter sees it): fragments in a container `<div>` of one page followed by a marker
// `<span>`, documents in frames (srcdoc, same origin). Every frame hooks alert, confirm,
// prompt, print, open and document.write; Chromium's debugger reports every script compiled
// in the page's own world; then every element gets the events a reader and the page cause
// (clicks, mouse, focus, keys, load, error, animation…) and the type of any on* attribute it
// has, focusable ones get focus, links a click (links to script URLs are followed, other links
// and forms are kept from navigating), the mouse sweeps the page, and handlers get time to
// run. Then the DOM is read:
//   - no execution (hook, native dialog, compiled script, popup, script blocked by CSP);
//   - in the output (a fragment's container, a document's <body>): no on* attribute, no
//     javascript:/vbscript:/livescript: URL in any attribute (alt and title are text),
//     nor in a style, no non-image data: URL, no script, iframe, object, embed, base, meta,
//     form, frame, frameset, noscript, applet, link, style, svg, math, template, portal;
//   - a document's <head> holds only what the library writes there (meta charset, the
//     preview's CSP meta and base target, title, style);
//   - nothing swallowed or closed early: a fragment's marker is still its container's next
//     sibling; a document's body holds exactly its <main> or its letter sections, each letter's
//     body (last in its section) ending with its signature block.
// A meta-test feeds known-bad markup through the same harness, so it cannot pass vacuously.
//
// By default a deterministic sample: every XSS_EVERY-th payload (8 by default), all its
// fragments and a rotating quarter of its documents; XSS_FULL=1 loads every output of every
// payload. XSS_CORPUS overrides the corpus folder.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { join, resolve } from "node:path";
import { createHash } from "node:crypto";
import { launch } from "./browser.mjs";
import { serve } from "./serve.mjs";

const CORPUS = resolve(process.env.XSS_CORPUS ?? ".tools/xss-corpus");
const FULL = process.env.XSS_FULL === "1";
const EVERY = FULL ? 1 : Number(process.env.XSS_EVERY ?? 8);
const OUT = resolve("test-results/xss");
/** Outputs loaded in one page; pages run this many at once. */
const BATCH = Number(process.env.XSS_BATCH ?? 40);
const PAGES = Number(process.env.XSS_PAGES ?? 2);
/** Time left for timers, animations, image errors and navigations to script URLs. */
const SETTLE_MS = 150;

const FORBIDDEN = [
  "script", "iframe", "object", "embed", "base", "meta", "form", "frame", "frameset", "noscript", "applet",
  "link", "style", "svg", "math", "template", "portal",
];

/** Runs in every frame before its own content: the hooks, and the listeners (which
 * `document.open` erases: `__xssListen` puts them back once a batch is written). */
function harness() {
  if (window.__xss) return;
  const state = (window.__xss = { hits: [] });
  if (window === window.top) window.__xssAll = [];
  const where = () => {
    let frame = null;
    try { frame = window.frameElement ? window.frameElement.id : null; } catch { frame = "cross-origin"; }
    if (frame) return frame;
    let node = null;
    try { node = (window.event && window.event.target) || document.currentScript; } catch {}
    try { const box = node && node.closest && node.closest("[data-xss]"); return box ? box.id : null; } catch { return null; }
  };
  const report = (how) => {
    const hit = { how, where: where(), stack: String(new Error().stack || "").split("\n").slice(2, 5).join(" | ") };
    state.hits.push(hit);
    try { window.top.__xssAll.push(hit); } catch {}
  };
  for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
    const hook = function () { report(name); return name === "confirm" ? false : null; };
    try { Object.defineProperty(window, name, { value: hook, writable: true, configurable: true }); } catch { window[name] = hook; }
  }
  for (const name of ["write", "writeln"]) {
    const hook = function () { report("document." + name); };
    try { Object.defineProperty(Document.prototype, name, { value: hook, writable: true, configurable: true }); } catch {}
  }
  // Links and forms do not navigate away, but script URLs are followed: to see if they run.
  const scriptUrl = /^(javascript|vbscript|livescript):/i;
  const clean = (url) => String(url).replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "");
  const listen = () => {
    addEventListener("securitypolicyviolation", (event) => {
      if (/script/.test(event.effectiveDirective)) report("blocked by CSP: " + event.effectiveDirective);
    }, true);
    addEventListener("click", (event) => {
      const link = event.target && event.target.closest && event.target.closest("a[href], area[href]");
      if (link && !scriptUrl.test(clean(link.getAttribute("href")))) event.preventDefault();
    }, true);
    addEventListener("submit", (event) => event.preventDefault(), true);
  };
  window.__xssListen = listen;
  listen();
}
const HARNESS = `(${harness})();\n//# sourceURL=xss-harness.js`;
/** After a batch is written into the page. */
const relisten = () => window.__xssListen();

let browser;
/** The document outputs, in the order the sample rotates through them. */
const DOCUMENTS = [
  "markdown:letter", "html:preview", "data:letter", "data:preview-letter",
  "markdown:preview", "html:letter", "data:preview", "data:batch",
  "data:email-document",
];
const figures = { payloads: 0, generated: 0, outputs: 0, fragments: 0, documents: 0, executions: 0, violations: 0, errors: 0 };
const checks = { markdown: new Map(), html: new Map() };

before(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

function escapeAttribute(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/** The page of a batch: `outputs` are `{ box, html, fragment, kind }`. */
function batchPage(outputs) {
  const parts = ["<!doctype html><html><head><meta charset=\"utf-8\"><title>xss batch</title></head><body><div id=\"batch\">"];
  for (const { box, html, fragment, kind } of outputs) {
    if (fragment) {
      parts.push(`<div data-xss data-kind="${kind}" id="${box}">${html}</div><span id="m${box}"></span>`);
    } else {
      parts.push(`<iframe data-xss data-kind="${kind}" id="${box}" width="400" height="300" srcdoc="${escapeAttribute(html)}"></iframe><span id="m${box}"></span>`);
    }
  }
  parts.push("</div></body></html>");
  return parts.join("");
}

/** Opens a page set up for the harness: hooks, routes, a debugger listening for scripts. */
async function harnessPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true });
  await context.addInitScript(HARNESS);
  // No request leaves: relative URLs do not resolve (the pages are about:blank's), absolute
  // ones fail at once.
  await context.route("**/*", (route) => route.abort());
  const page = await context.newPage();
  const events = { dialogs: [], popups: [], scripts: [] };
  page.on("dialog", (dialog) => {
    events.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  context.on("page", (popup) => {
    if (popup !== page) {
      events.popups.push(popup.url());
      popup.close().catch(() => {});
    }
  });
  const cdp = await context.newCDPSession(page);
  const defaultWorlds = new Set();
  cdp.on("Runtime.executionContextCreated", ({ context: world }) => {
    if (world.auxData?.isDefault) defaultWorlds.add(world.id);
  });
  // Every script compiled in a page's own world (not Playwright's utility world): the harness's
  // are known by their SHA-256 (which the debugger reports), any other is an execution.
  cdp.on("Debugger.scriptParsed", (script) => {
    if (!defaultWorlds.has(script.executionContextId) || script.url === "xss-harness.js") return;
    if (harnessHashes.has(script.hash)) return;
    events.scripts.push(
      cdp.send("Debugger.getScriptSource", { scriptId: script.scriptId }).then(
        ({ scriptSource }) => {
          if (!isHarnessSource(scriptSource)) return `script compiled: ${script.url || "(no url)"}: ${JSON.stringify(scriptSource.slice(0, 120))}`;
          harnessHashes.add(script.hash);
          return null;
        },
        () => (harnessHashes.has(script.hash) ? null : `script compiled: ${script.url || "(no url)"}, source gone, SHA-256 ${script.hash}`),
      ),
    );
  });
  await cdp.send("Runtime.enable");
  await cdp.send("Debugger.enable");
  return {
    page,
    events,
    /** A new window for each batch (its hooks fresh, nothing left from the last batch), the
     * batch written into it (no request: relative URLs resolve to nothing, absolute ones are
     * refused), then the listeners that writing erased put back. */
    async load(html) {
      await page.goto("about:blank");
      await page.setContent(html, { waitUntil: "load", timeout: 120_000 });
      await page.evaluate(relisten);
    },
    close: () => context.close(),
  };
}

/** Fires every event at every element of every output, focuses and clicks, sweeps the mouse. */
async function interact(page) {
  await page.evaluate(fireEverything);
  for (let step = 0; step <= 4; step++) await page.mouse.move(10 + step * 300, 10 + step * 200);
  await page.evaluate(settle, SETTLE_MS);
}

/** In the page: every event at every element of every output, focus, clicks on links. */
const fireEverything = () => {
  // What a reader does, and what happens by itself; and below, the type of any on* attribute.
  const types = [
    "click", "dblclick", "contextmenu", "mousedown", "mouseup", "mouseover", "mouseenter", "mousemove", "pointerover",
    "pointerdown", "focus", "blur", "focusin", "keydown", "input", "change", "scroll", "wheel", "load", "error",
    "toggle", "animationstart", "animationend", "transitionend", "copy", "paste", "dragstart",
  ];
  const roots = [];
  for (const box of document.querySelectorAll("[data-xss]")) {
    if (box.localName === "iframe") {
      let doc = null;
      try { doc = box.contentDocument; } catch {}
      if (doc) roots.push({ root: doc.documentElement, win: box.contentWindow });
    } else {
      roots.push({ root: box, win: null });
    }
  }
  const fire = (target, type) => {
    try { target.dispatchEvent(new Event(type, { bubbles: false, cancelable: true })); } catch {}
  };
  for (const { root, win } of roots) {
    if (!root) continue;
    for (const element of root.querySelectorAll("*")) {
      for (const type of types) fire(element, type);
      for (const attribute of element.attributes) if (/^on/i.test(attribute.name)) fire(element, attribute.name.slice(2).toLowerCase());
      if (element.tabIndex >= 0 || element.isContentEditable) try { element.focus({ preventScroll: true }); element.blur(); } catch {}
      if (element.localName === "a" || element.localName === "area") try { element.click(); } catch {}
    }
    if (win) {
      for (const type of types) fire(win, type);
      try { win.scrollTo(0, 1e6); win.scrollTo(0, 0); } catch {}
    }
  }
  window.scrollTo(0, 0);
};

/** In the page: two frames and `ms` for what the events set off. */
const settle = (ms) => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ms))));

/** Reads the DOM after the fact: what each output left that it must not have. */
function inspect(page) {
  return page.evaluate(readDom, FORBIDDEN);
}

/** In the page: each output's violations, and the hooks' record of executions. */
const readDom = (forbidden) => {
  // What the library writes in each document's head (src/render/letter.rs, preview.rs); "page"
  // (the meta-test's) is only held to the element types.
  const heads = {
    letter: "meta title style",
    batch: "meta title style",
    preview: "meta meta base meta meta title style",
    "email-document": "meta meta title",
    "preview-letter": "meta meta base meta title style style",
  };
  const scriptScheme = /^(javascript|vbscript|livescript):/i;
  const clean = (value) => value.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "");
  const dataUrl = /^data:/i;
  const imageData = /^data:\s*image\/(png|jpeg|gif|webp)\s*[;,]/i;
  const scan = (root, found) => {
    for (const element of root.querySelectorAll("*")) {
      const name = element.localName.toLowerCase();
      if (forbidden.includes(name)) found.push(`<${name}> element`);
      for (const attribute of element.attributes) {
        const key = attribute.name.toLowerCase();
        const value = clean(attribute.value);
        if (key.startsWith("on")) found.push(`${key} attribute on <${name}>`);
        if (key === "alt" || key === "title") continue;
        if (scriptScheme.test(value)) found.push(`script URL in ${key} on <${name}>: ${value.slice(0, 60)}`);
        if (key === "style" && /(url\s*\(\s*['"]?\s*(javascript|vbscript|livescript):|expression\s*\()/i.test(attribute.value.replace(/[\u0000-\u0020]/g, "")))
          found.push(`script in style on <${name}>`);
        if (dataUrl.test(value) && !(key === "src" && name === "img" && imageData.test(value)))
          found.push(`data: URL in ${key} on <${name}>`);
      }
    }
  };
  const results = {};
  const boxes = [...document.querySelectorAll("[data-xss]")];
  const batch = document.getElementById("batch");
  for (const box of boxes) {
    const found = [];
    const marker = document.getElementById(`m${box.id}`);
    if (!marker || box.nextElementSibling !== marker || box.parentElement !== batch)
      found.push("the marker after the output is not its next sibling (something swallowed or closed early)");
    const kind = box.dataset.kind;
    if (box.localName === "iframe") {
      let doc = null;
      try { doc = box.contentDocument; } catch {}
      if (!doc) {
        found.push("the frame's document cannot be read (navigated away?)");
      } else {
        if (doc.URL !== "about:srcdoc") found.push(`the frame navigated to ${doc.URL.slice(0, 80)}`);
        const head = doc.head ? [...doc.head.children] : [];
        for (const element of head) {
          const name = element.localName;
          const ok =
            name === "title" || name === "style" ||
            (name === "meta" && (element.hasAttribute("charset") || element.getAttribute("http-equiv") === "Content-Security-Policy") && element.attributes.length <= 2) ||
            (name === "meta" && element.getAttribute("name") === "viewport" && element.getAttribute("content") === "width=device-width, initial-scale=1" && element.attributes.length === 2) ||
            (name === "base" && !element.hasAttribute("href") && element.attributes.length === 1);
          if (!ok) found.push(`unexpected <${name}> in <head>`);
        }
        const shape = head.map((element) => element.localName).join(" ");
        if (heads[kind] !== undefined && shape !== heads[kind]) found.push(`the <head> holds ${shape || "nothing"}, not ${heads[kind]}`);
        const body = doc.body;
        if (!body) {
          found.push("no <body>");
        } else {
          scan(body, found);
          const children = [...body.children];
          if (kind === "preview" || kind === "email-document") {
            // The e-mail as mail clients get it: one centred column (src/render/email.rs).
            if (children.length !== 1 || children[0].localName !== "table" || children[0].className !== "dunning-email")
              found.push("the e-mail's body is not its one column table");
          } else if (kind === "page") {
            if (children.length !== 1 || children[0].localName !== "main") found.push("the page's body is not its one <main>");
          } else {
            if (children.length !== 1 || !children.every((c) => c.localName === "section" && c.className === "letter"))
              found.push(`the letter's body is not its one letter section (${children.map((c) => c.localName + "." + c.className).join(" ")})`);
            for (const section of children) {
              const text = section.querySelector(":scope > div.body");
              const signature = text?.querySelector(":scope > div.signature");
              if (!text || !signature || text.lastElementChild !== signature || section.lastElementChild !== text)
                found.push("the letter's body does not end with its signature, last in its section");
            }
          }
        }
      }
    } else {
      scan(box, found);
    }
    results[box.id] = found;
  }
  return { results, hits: window.__xssAll ?? [] };
};

/** Scripts the harness itself has compiled in a page's main world (Playwright's evaluation
 * wrapper and utility script, and the three functions above); any other is an execution. */
const HARNESS_SOURCES = new Set([fireEverything, settle, readDom, relisten].map(String));
const harnessHashes = new Set(
  [...HARNESS_SOURCES, "((utilityScript, ...args) => utilityScript.evaluate(...args))"].map((source) => createHash("sha256").update(source, "utf8").digest("hex")),
);
function isHarnessSource(source) {
  return (
    HARNESS_SOURCES.has(source) ||
    source === "((utilityScript, ...args) => utilityScript.evaluate(...args))" ||
    /^\s*\(\(\) => \{\s*const module = \{\};/.test(source)
  );
}

/** Loads one batch and returns, per output, its executions and violations, and the batch's own. */
async function runBatch(harness, outputs) {
  const { events } = harness;
  const before = { dialogs: events.dialogs.length, popups: events.popups.length, scripts: events.scripts.length };
  let loaded = true;
  let results = {};
  let hits = [];
  try {
    await harness.load(batchPage(outputs));
    await interact(harness.page);
    ({ results, hits } = await inspect(harness.page));
  } catch (error) {
    loaded = false;
    hits = [{ how: `the batch did not load or run: ${String(error).split("\n")[0]}`, where: null }];
  }
  const scripts = (await Promise.all(events.scripts.slice(before.scripts))).filter(Boolean);
  const unattributed = [
    ...hits.filter((hit) => !outputs.some((o) => o.box === hit.where)).map((hit) => `${hit.how} (${hit.stack ?? ""})`),
    ...events.dialogs.slice(before.dialogs).map((d) => `native dialog ${d}`),
    ...events.popups.slice(before.popups).map((p) => `popup ${p}`),
    ...scripts,
  ];
  const perOutput = outputs.map((output) => ({
    output,
    executions: hits.filter((hit) => hit.where === output.box).map((hit) => `${hit.how} (${hit.stack ?? ""})`),
    violations: loaded ? (results[output.box] ?? ["the output's container is missing"]) : [],
  }));
  return { perOutput, unattributed, loaded };
}

/** A batch, and when something in it cannot be told apart, each of its outputs alone. */
async function runAttributed(harness, outputs) {
  const run = await runBatch(harness, outputs);
  const swallowed = run.perOutput.some((r) => r.violations.some((v) => v.startsWith("the marker") || v.includes("missing")));
  if ((run.unattributed.length === 0 && !swallowed && run.loaded) || outputs.length === 1) {
    if (outputs.length === 1) {
      run.perOutput[0].executions.push(...run.unattributed);
      if (!run.loaded) run.perOutput[0].violations.push("the output did not load");
    }
    return run.perOutput;
  }
  const alone = [];
  for (const output of outputs) alone.push(...(await runAttributed(harness, [output])));
  return alone;
}

/** Runs the generator on `files`, streams its records. */
async function* generated(args) {
  const path = join(OUT, `outputs-${process.pid}.jsonl`);
  try {
    const child = spawn("cargo", ["run", "--quiet", "--example", "xss_corpus", "--", ...args], { stdio: ["ignore", "pipe", "inherit"] });
    const file = createWriteStream(path);
    child.stdout.pipe(file);
    const [code] = await Promise.all([
      new Promise((done, fail) => child.on("error", fail).on("close", done)),
      new Promise((done, fail) => file.on("error", fail).on("finish", done)),
    ]);
    if (code !== 0) throw new Error(`cargo run --example xss_corpus exited with ${code}`);
    const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line);
  } finally {
    rmSync(path, { force: true });
  }
}

/** Runs outputs through `PAGES` harness pages in batches; returns the failures. */
async function runAll(records, onFailure) {
  const harnesses = await Promise.all(Array.from({ length: PAGES }, () => harnessPage()));
  const idle = [...harnesses];
  const waiting = [];
  const running = new Set();
  let box = 0;
  let batch = [];
  const take = () => (idle.length ? Promise.resolve(idle.pop()) : new Promise((done) => waiting.push(done)));
  const give = (harness) => (waiting.length ? waiting.shift()(harness) : idle.push(harness));
  const launchBatch = async (outputs) => {
    const harness = await take();
    const job = runAttributed(harness, outputs)
      .then((results) => {
        for (const { output, executions, violations } of results) {
          figures.executions += executions.length;
          figures.violations += violations.length;
          if (executions.length || violations.length) onFailure({ id: output.id, payload: output.payload, html: output.html, executions, violations });
        }
      })
      .finally(() => {
        running.delete(job);
        give(harness);
      });
    running.add(job);
  };
  const payloads = new Map();
  for await (const record of records) {
    figures.generatedAt ??= Date.now();
    if (record.kind === "check") {
      const [context] = record.id.split(":").slice(-2, -1);
      checks[context].set(record.id, record);
      continue;
    }
    const payload = record.id.split(":").slice(0, 2).join(":");
    if (!payloads.has(payload)) payloads.set(payload, payloads.size);
    figures.generated++;
    if (record.error !== undefined) {
      figures.errors++;
      figures.violations++;
      onFailure({ id: record.id, payload: record.payload, html: "", executions: [], violations: [`not rendered: ${record.error}`] });
      continue;
    }
    if (record.fragment && record.fixpoint === false) {
      figures.violations++;
      onFailure({ id: record.id, payload: record.payload, html: record.html, executions: [], violations: [`not a fixed point of the sanitizer: ${JSON.stringify(record.changes ?? "canonical form differs")}`] });
    }
    const kind = record.id.split(":").at(-1);
    // The sample loads every fragment, and a rotating quarter of the documents (each payload
    // two of its eight); the full run loads everything.
    const documentIndex = DOCUMENTS.indexOf(record.id.split(":").slice(-2).join(":"));
    if (!record.fragment && !FULL && (payloads.get(payload) + documentIndex) % 4 !== 0) continue;
    figures.outputs++;
    figures[record.fragment ? "fragments" : "documents"]++;
    batch.push({ ...record, box: `o${box++}`, kind });
    if (batch.length >= BATCH) {
      await launchBatch(batch);
      batch = [];
    }
  }
  if (batch.length) await launchBatch(batch);
  while (running.size) await Promise.all([...running]);
  figures.payloads = payloads.size;
  await Promise.all(harnesses.map((h) => h.close()));
}

function corpusFiles() {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith(".txt") || name.endsWith(".jsonl"))
    .sort()
    .map((name) => join(CORPUS, name));
}

test("the harness sees real executions and violations (it cannot pass vacuously)", async () => {
  const harness = await harnessPage();
  try {
    const known = [
      { id: "img-onerror", html: "<img src=x onerror=alert(1)>", fragment: true, kind: "email", executes: true, violates: /onerror attribute/ },
      { id: "fragment-script", html: "<script>alert(1)</script>", fragment: true, kind: "email", executes: true, violates: /<script> element/ },
      { id: "mouseover", html: "<div onmouseover=prompt(1)>x</div>", fragment: true, kind: "email", executes: true, violates: /onmouseover attribute/ },
      { id: "script-url", html: "<a href=\" java&#x09;script:confirm(1)\">x</a>", fragment: true, kind: "email", executes: true, violates: /script URL in href/ },
      { id: "silent", html: "<img src=x onerror=\"void 0\">", fragment: true, kind: "email", executes: true, violates: /onerror/ },
      { id: "swallow", html: "<plaintext>", fragment: true, kind: "email", executes: false, violates: /marker/ },
      { id: "closed-early", html: "</div><b>x</b>", fragment: true, kind: "email", executes: false, violates: /marker/ },
      { id: "document-script", html: "<!doctype html><html><head><meta charset=utf-8></head><body><main><script>alert(1)</script></main></body></html>", fragment: false, kind: "page", executes: true, violates: /<script> element/ },
      { id: "document-event", html: "<!doctype html><html><head><meta charset=utf-8></head><body><main><b onanimationend=print()>x</b></main></body></html>", fragment: false, kind: "page", executes: true, violates: /onanimationend/ },
      { id: "document-head", html: "<!doctype html><html><head><meta charset=utf-8><meta http-equiv=refresh content=\"9999\"></head><body><main>x</main></body></html>", fragment: false, kind: "page", executes: false, violates: /unexpected <meta>/ },
      { id: "letter-swallowed", html: "<!doctype html><html><head></head><body><section class=\"letter\"><div class=\"body\"><textarea></div><div class=\"signature\"></div></section></body></html>", fragment: false, kind: "letter", executes: false, violates: /signature/ },
      { id: "preview-csp", html: "<!doctype html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"><base target=\"_blank\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title></title><style></style></head><body><table class=\"dunning-email\"><tr><td><img src=x onerror=alert(1)></td></tr></table></body></html>", fragment: false, kind: "preview", executes: true, violates: /onerror/ },
      { id: "clean-preview", html: "<!doctype html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"><base target=\"_blank\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title></title><style></style></head><body><table class=\"dunning-email\"><tr><td><p>ok <a href=\"https://x.example/\">x</a></p></td></tr></table></body></html>", fragment: false, kind: "preview", executes: false, violates: null },
      { id: "clean", html: "<p>Dear <b>Jean</b>, <a href=\"https://pay.acme.example/x\">pay</a> <img src=\"data:image/png;base64,AA\" alt=\"javascript:x\"></p>", fragment: true, kind: "email", executes: false, violates: null },
      { id: "clean-document", html: "<!doctype html><html><head><meta charset=utf-8><title>t</title><style>p{}</style></head><body><main><p>ok</p></main></body></html>", fragment: false, kind: "page", executes: false, violates: null },
    ];
    // Each alone, and all in one batch (where what cannot be told apart is run again alone).
    const alone = [];
    for (const [index, item] of known.entries()) alone.push(...(await runAttributed(harness, [{ ...item, box: `k${index}` }])));
    const together = await runAttributed(harness, known.map((item, index) => ({ ...item, box: `t${index}` })));
    for (const results of [alone, together]) {
      for (const { output, executions, violations } of results) {
        const item = known.find((k) => k.id === output.id);
        if (item.executes) assert.ok(executions.length > 0, `${item.id}: the harness missed an execution`);
        else assert.deepEqual(executions, [], `${item.id}: the harness saw an execution`);
        if (item.violates) assert.ok(violations.some((v) => item.violates.test(v)), `${item.id}: the harness missed ${item.violates} (${violations})`);
        else assert.deepEqual(violations, [], `${item.id}: a clean output was flagged`);
      }
    }
  } finally {
    await harness.close();
  }
});

test("no output of the XSS corpus runs script or leaves markup that could", async () => {
  const started = Date.now();
  const files = corpusFiles();
  assert.ok(files.length > 0, `no corpus in ${CORPUS}`);
  const failures = [];
  const args = EVERY > 1 ? ["--every", String(EVERY), ...files] : files;
  await runAll(generated(args), (failure) => failures.push(failure));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const generation = (((figures.generatedAt ?? Date.now()) - started) / 1000).toFixed(1);
  console.log(
    `xss: ${FULL ? "full corpus" : `sample (every ${EVERY}th payload; XSS_FULL=1 for all)`}: ${figures.payloads} payloads, ` +
      `${figures.outputs} of their ${figures.generated} outputs loaded (${figures.fragments} fragments, ${figures.documents} documents), ` +
      `${figures.executions} executions, ${figures.violations} violations, ${seconds} s (${generation} s of it generating)`,
  );
  const shown = failures.slice(0, 20).map((f) =>
    `${f.id}\n  payload: ${JSON.stringify(f.payload).slice(0, 300)}\n  executions: ${f.executions.join("; ") || "none"}\n  violations: ${f.violations.join("; ") || "none"}\n  output: ${JSON.stringify(f.html).slice(0, 600)}`,
  );
  assert.equal(failures.length, 0, `${failures.length} outputs failed:\n${shown.join("\n")}`);
  const lines = files.reduce((sum, file) => sum + readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "").length, 0);
  assert.equal(figures.payloads, Math.ceil(lines / EVERY), `every sampled payload of the ${lines} in the corpus is loaded`);
});

test("check reports unsafe-html for every payload whose markup the rebuild changes", () => {
  const lines = [];
  const missed = {};
  for (const [context, records] of Object.entries(checks)) {
    const all = [...records.values()];
    const changed = all.filter((r) => r.changed);
    const reported = all.filter((r) => r.codes.includes("unsafe-html"));
    missed[context] = changed.filter((r) => !r.codes.includes("unsafe-html"));
    lines.push(`${context}: ${all.length} templates, markup changed by the rebuild ${changed.length}, unsafe-html reported ${reported.length}, changed but not reported ${missed[context].length}`);
  }
  console.log(`xss check/render agreement:\n  ${lines.join("\n  ")}`);
  assert.ok(checks.html.size > 0, "no check records (the corpus test did not run)");
  // In an HTML template the payload is all markup: what the rebuild changes, check reports.
  assert.deepEqual(missed.html.map((r) => r.id), [], "HTML templates whose markup changed without unsafe-html");
  // In Markdown, part of a payload is often text (a tag Markdown does not read as HTML is
  // escaped): the payload's own rebuild overstates what changes, so the count is printed only.
  if (missed.markdown.length) {
    console.log(`  markdown, changed but not reported (Markdown reads the changed part as text), e.g.:\n    ${missed.markdown.slice(0, 3).map((r) => `${r.id}: ${JSON.stringify(r.payload).slice(0, 120)}`).join("\n    ")}`);
  }
});

// Issue 19 (P7): the preview's frame no longer loads a document per keystroke; it changes the
// page it shows in place (`morph` in www/shell/dunning-frame.html) and takes pages on a port.
// The payloads go through that path, one after another as an author's keystrokes would (each
// page morphed from the last): in the frame (scripts on, sandboxed, its own policy) nothing
// runs, no policy violation is even attempted, and what it shows is exactly the engine's page
// (the same DOM as that page parsed fresh).
test("the preview's frame, updated in place as keystrokes do, runs no payload and shows exactly each page", async () => {
  const server = await serve("www");
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  try {
    await context.addInitScript(HARNESS);
    const page = await context.newPage();
    const dialogs = [];
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    await page.goto(`${server.url}embed.html`);
    await page.waitForSelector("body[data-ready=true]");
    const element = await page.evaluateHandle(() => {
      const element = document.createElement("dunning-preview");
      document.querySelector("main").replaceChildren(element);
      return element;
    });
    const portfolio = readFileSync("examples/portfolio.json", "utf8");
    await element.evaluate((element, portfolio) => {
      element.portfolio = portfolio;
      element.customer = "C001";
    }, portfolio);
    const payloads = corpusFiles().flatMap((file) =>
      readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "")
        .map((line) => (file.endsWith(".jsonl") ? JSON.parse(line) : line)),
    ).filter((_, index) => index % (EVERY * 2) === 0);
    const frameOf = async () => (await element.evaluateHandle((element) => element.shadowRoot.querySelector("iframe"))).asElement().contentFrame();
    const problems = [];
    let shown = 0;
    let lastHead = null;
    let bodiesAlone = 0;
    for (const [index, payload] of payloads.entries()) {
      const format = index % 2 ? "html" : "markdown";
      // Runs of one channel: within a run the head stays and the frame parses bodies alone.
      const channel = ["email", "letter", "sms"][Math.floor(index / 6) % 3];
      const template = `Dear #contact_name,\n\n${payload}\n\n#items_list_overdue`;
      await element.evaluate(async (element, [format, channel, template]) => {
        const frame = element.shadowRoot.querySelector("iframe");
        const before = Number(frame.dataset.sent ?? 0);
        Object.assign(element, { format: channel === "sms" ? "text" : format, channel, template });
        for (let spins = 0; !(Number(frame.dataset.sent) > before && frame.dataset.shown === frame.dataset.sent); spins++) {
          if (spins > 200) return;
          await new Promise((done) => setTimeout(done, 10));
        }
      }, [format, channel, template]);
      const sent = await element.evaluate((element) => element.page);
      const head = sent.slice(0, sent.indexOf("</head><body"));
      if (head === lastHead) bodiesAlone += 1;
      lastHead = head;
      const frame = await frameOf();
      // In the frame: every element gets the events a reader causes, then the DOM is compared
      // with the page parsed fresh (the layout's continuation headers taken out first).
      const found = await frame.evaluate((sent) => {
        for (const node of document.querySelectorAll("*")) {
          for (const type of ["click", "mouseover", "focus", "error", "load", "animationstart"]) node.dispatchEvent(new Event(type));
        }
        undoLayout();
        const fresh = new DOMParser().parseFromString(sent, "text/html").documentElement;
        return { same: document.documentElement.isEqualNode(fresh), hits: window.__xss.hits.splice(0).map((hit) => hit.how) };
      }, sent);
      shown += 1;
      if (!found.same) problems.push(`${index}: the frame does not show the page it was sent (${channel}, ${format}): ${JSON.stringify(payload).slice(0, 100)}`);
      for (const hit of found.hits) problems.push(`${index}: ${hit} in the frame (${channel}, ${format}): ${JSON.stringify(payload).slice(0, 100)}`);
    }
    const host = await page.evaluate(() => window.__xss.hits.map((hit) => hit.how));
    console.log(`xss through the preview's frame, in place: ${payloads.length} payloads, ${shown} pages morphed (${bodiesAlone} with the head shown: their body parsed alone), ${problems.length + host.length + dialogs.length} problems`);
    assert.deepEqual([...problems, ...host, ...dialogs], []);
    assert.ok(payloads.length > 100, "the corpus is there");
    assert.ok(bodiesAlone > payloads.length / 2, "most pages keep the head shown");
  } finally {
    await context.close();
    await server.close();
  }
});
